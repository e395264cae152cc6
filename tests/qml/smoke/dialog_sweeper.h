#pragma once
// Opens and closes every dialog, popup and drop-down found in a window, once per declaration,
// and remembers which declarations of the app's QML files it has opened. Qt's own FileDialog
// (QtQuick.Dialogs.quickimpl) is opened for real, so a missing QML module crashes or warns here.

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class QObject;
class QQuickItem;
class QQuickWindow;

class DialogSweeper
{
public:
    explicit DialogSweeper(QQuickWindow *window);

    // Opens and closes every dialog under the window not opened before. Returns false (see
    // failures()) when one did not open or close, or when any warning was logged meanwhile.
    bool sweep(const QString &where);
    QStringList failures() const { return m_failures; }

    // Declarations (`Dialog {`, `FileDialog {`, `ComboBox {`, a type named *Dialog, `Popup`,
    // `Menu`, `Drawer`) per QML file of the app's module, read from the compiled resources.
    static QHash<QString, int> declaredPerFile();
    // Declarations opened so far, per file (file name -> ids, object names or types).
    QHash<QString, QSet<QString>> opened() const { return m_opened; }

    // With a folder, each opened dialog is also saved as <prefix>-<what>.png there, to look at.
    void saveShots(const QString &folder, const QString &prefix);

    // Every warning logged by Qt or QML while the sweeper is alive.
    static QStringList &warnings();

private:
    bool exercise(QObject *object, QObject *popup, const QString &where);
    QQuickItem *overlay() const;

    QQuickWindow *m_window;
    QSet<QString> m_done;
    QHash<QString, QSet<QString>> m_opened;
    QStringList m_failures;
    QString m_shotFolder;
    QString m_shotPrefix;
};
