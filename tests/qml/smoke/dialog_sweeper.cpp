#include "dialog_sweeper.h"

#include <QDirIterator>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kModuleUrl = QStringLiteral("qrc:/InTheirShoes/");
const QString kModuleDir = QStringLiteral(":/InTheirShoes/");

struct Declaration
{
    QString file; // relative to the module, e.g. "library/LibraryPage.qml"
    QString name; // its id, else its objectName without a row number, else its type
};

// Every .qml file of the module by file name ("OutcomeDialog.qml" -> "walk/...").
const QHash<QString, QString> &moduleFiles()
{
    static const QHash<QString, QString> files = [] {
        QHash<QString, QString> out;
        QDirIterator it(kModuleDir, {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out.insert(QFileInfo(path).fileName(), path.mid(kModuleDir.size()));
        }
        return out;
    }();
    return files;
}

// Where an object is declared in the app's QML: in the file whose context created it and, for
// the root of one of our own types (OutcomeDialog), in that type's file and its base types' too.
// Empty for Qt's own popups (a ComboBox's list, the FileDialog's implementation).
QList<Declaration> declarationsOf(QObject *object)
{
    QList<Declaration> out;
    if (QQmlContext *context = qmlContext(object)) {
        const QString url = context->baseUrl().toString();
        if (url.startsWith(kModuleUrl)) {
            QString name = context->nameForObject(object);
            if (name.isEmpty())
                name = object->objectName().remove(QRegularExpression(QStringLiteral("\\d+$")));
            if (name.isEmpty())
                name = QString::fromLatin1(object->metaObject()->className());
            out << Declaration{url.mid(kModuleUrl.size()), name};
        }
    }
    // Our type and the types it builds on (OutcomeDialog on ItsDialog): opening one opens all.
    for (const QMetaObject *meta = object->metaObject(); meta; meta = meta->superClass()) {
        const QString type = QString::fromLatin1(meta->className());
        const qsizetype cut = type.indexOf(QLatin1String("_QMLTYPE_"));
        if (cut <= 0)
            continue;
        const QString file = moduleFiles().value(type.left(cut) + QStringLiteral(".qml"));
        if (!file.isEmpty() && (out.isEmpty() || out.constFirst().file != file))
            out << Declaration{file, QStringLiteral("root")};
    }
    return out;
}

int visibleChildren(QQuickItem *item)
{
    int n = 0;
    if (item) {
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            n += child->isVisible() ? 1 : 0;
    }
    return n;
}
} // namespace

DialogSweeper::DialogSweeper(QQuickWindow *window)
    : m_window(window)
{
}

QStringList &DialogSweeper::warnings()
{
    static QStringList list;
    return list;
}

QHash<QString, int> DialogSweeper::declaredPerFile()
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*(\w*Dialog|\w*ComboBox|Popup|Menu|Drawer)\s*\{)"),
        QRegularExpression::MultilineOption);
    QHash<QString, int> out;
    for (const QString &file : moduleFiles()) {
        QFile source(kModuleDir + file);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        int n = 0;
        auto it = declaration.globalMatch(QString::fromUtf8(source.readAll()));
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        if (n > 0)
            out.insert(file, n);
    }
    return out;
}

QQuickItem *DialogSweeper::overlay() const
{
    // The window's popup layer (QQuickOverlay is private API: found by its class name).
    const auto items = m_window->contentItem()->parentItem()
                           ? m_window->contentItem()->parentItem()->childItems()
                           : m_window->contentItem()->childItems();
    for (QQuickItem *item : items)
        if (item->inherits("QQuickOverlay"))
            return item;
    return nullptr;
}

bool DialogSweeper::sweep(const QString &where)
{
    bool ok = true;
    QList<QPointer<QObject>> targets;
    // Repeater and ListView delegates are not QObject children of their view: walk the items
    // on screen too, with the objects each one owns (its dialogs).
    QSet<QObject *> objects;
    for (QObject *object : m_window->findChildren<QObject *>())
        objects.insert(object);
    QList<QQuickItem *> pending = {m_window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        objects.insert(item);
        for (QObject *object : item->findChildren<QObject *>())
            objects.insert(object);
        pending << item->childItems();
    }
    for (QObject *object : std::as_const(objects)) {
        if (object->inherits("QQuickComboBox") || object->inherits("QQuickPopup") ||
            object->inherits("QQuickAbstractDialog"))
            targets << object;
    }
    for (const QPointer<QObject> &target : targets) {
        if (!target)
            continue;
        const QList<Declaration> declarations = declarationsOf(target);
        if (declarations.isEmpty())
            continue;
        const QString key = declarations.constFirst().file + '#' + declarations.constFirst().name;
        if (m_done.contains(key))
            continue;
        m_done.insert(key);
        QObject *popup = target->inherits("QQuickComboBox")
                             ? target->property("popup").value<QObject *>()
                             : target.data();
        if (!exercise(target, popup, where + ": " + key)) {
            ok = false;
            continue;
        }
        for (const Declaration &declaration : declarations)
            m_opened[declaration.file].insert(declaration.name);
    }
    return ok;
}

void DialogSweeper::saveShots(const QString &folder, const QString &prefix)
{
    m_shotFolder = folder;
    m_shotPrefix = prefix;
}

bool DialogSweeper::exercise(QObject *object, QObject *popup, const QString &what)
{
    const QPointer<QObject> guard(popup);
    const QPointer<QQuickItem> layer(overlay());
    if (!guard || !layer) {
        m_failures << what + ": no popup or no overlay";
        return false;
    }
    const qsizetype firstWarning = warnings().size();
    const int before = visibleChildren(layer);
    const bool isDialog = object->inherits("QQuickAbstractDialog");
    QMetaObject::invokeMethod(popup, "open");
    // Shown: something new on the window's overlay (Qt's FileDialog is a popup there too).
    const bool shown = QTest::qWaitFor(
        [&] {
            return guard && visibleChildren(layer) > before &&
                   (isDialog || guard->property("opened").toBool());
        },
        10000);
    if (shown && !m_shotFolder.isEmpty()) {
        QTest::qWait(300); // the enter transition ends, so the picture shows the dialog whole
        QString name = what;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        m_window->grabWindow().save(m_shotFolder + '/' + m_shotPrefix + '-' + name + ".png");
    }
    if (guard)
        QMetaObject::invokeMethod(popup, isDialog ? "reject" : "close");
    const bool closed = QTest::qWaitFor(
        [&] {
            return !guard ||
                   (!guard->property("visible").toBool() && visibleChildren(layer) <= before);
        },
        10000);
    QStringList problems;
    if (!shown)
        problems << QStringLiteral("did not open");
    if (!closed)
        problems << QStringLiteral("did not close");
    problems << warnings().mid(firstWarning);
    if (problems.isEmpty())
        return true;
    m_failures << what + ":\n    " + problems.join(QStringLiteral("\n    "));
    return false;
}
