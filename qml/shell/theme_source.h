#pragma once
// Reads qml/theme/theme.json (compiled into the module) so design values live in one file.
// Theme.qml turns them into typed properties; pass `dark` as an argument so bindings update
// when the theme flips.

#include <QColor>
#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class ThemeSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ThemeSource(QObject *parent = nullptr);

    // colors.light.<role> or colors.dark.<role>; magenta when missing so a typo is visible.
    Q_INVOKABLE QColor color(const QString &role, bool dark) const;
    // A number from one of the metric groups, e.g. metric("spacing", "m"); 0 when missing.
    Q_INVOKABLE qreal metric(const QString &group, const QString &name) const;

    static QJsonObject load(const QString &path);

private:
    QJsonObject m_root;
};
