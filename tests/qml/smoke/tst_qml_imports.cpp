// Every QML module imported by our QML (the app's module and the test flows) and by Qt's own
// fallback dialogs (QtQuick.Dialogs.quickimpl, used for every FileDialog where the platform has
// no native one) must resolve on this machine. A module whose Debian package is missing from
// scripts/install-deps.sh (qml6-module-qt-labs-folderlistmodel once crashed every file picker)
// fails here, in CI, instead of on a user's machine.
#include <QDirIterator>
#include <QLibraryInfo>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTest>

namespace {
// URI -> the files importing it
using Imports = QMap<QString, QStringList>;

void collectImports(const QString &file, Imports &imports)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return;
    static const QRegularExpression line(QStringLiteral(R"(^\s*import\s+([A-Za-z][\w.]*))"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(source.readAll()));
    while (it.hasNext())
        imports[it.next().captured(1)] << file;
}

void collectTree(const QString &root, Imports &imports)
{
    QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        collectImports(it.next(), imports);
}

const QString kDialogImpl = QStringLiteral(":/qt-project.org/imports/QtQuick/Dialogs/quickimpl");
} // namespace

class TstQmlImports : public QObject
{
    Q_OBJECT
    QQmlEngine m_engine;

    // Compiles a one-line component importing `uri`: the engine's own resolution, so a missing
    // qmldir, plugin or dependency of the module all fail.
    QString resolve(const QString &uri)
    {
        QQmlComponent component(&m_engine);
        component.setData(
            QStringLiteral("import %1\nimport QtQml\nQtObject {}\n").arg(uri).toUtf8(),
            QUrl(QStringLiteral("qrc:/imports-check.qml")));
        return component.isReady() ? QString() : component.errorString().trimmed();
    }

private slots:
    void initTestCase()
    {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        // Loads Qt's dialog implementation, which brings its QML files into the resources.
        QVERIFY2(resolve(QStringLiteral("QtQuick.Dialogs.quickimpl")).isEmpty(),
                 "QtQuick.Dialogs.quickimpl does not resolve: install qml6-module-qtquick-dialogs");
    }

    void everyImportResolves_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QStringList>("importedBy");
        Imports imports;
        collectTree(QStringLiteral(":/InTheirShoes"), imports);
        const qsizetype ours = imports.size();
        QVERIFY2(ours >= 4, "the app's QML files are not in the resources");
        collectTree(QStringLiteral(ITS_SOURCE_DIR "/tests/qml"), imports);
        QStringList qtDialogFiles;
        QDirIterator it(kDialogImpl, {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            qtDialogFiles << it.next();
        QVERIFY2(qtDialogFiles.size() >= 5, "Qt's dialog implementation has no QML files");
        for (const QString &file : qtDialogFiles)
            collectImports(file, imports);
        QVERIFY2(imports.contains(QStringLiteral("Qt.labs.folderlistmodel")),
                 "Qt's FileDialog no longer imports Qt.labs.folderlistmodel: update this test");

        static const QRegularExpression testModule(QStringLiteral("^InTheirShoes\\w*Test$"));
        for (auto i = imports.cbegin(); i != imports.cend(); ++i) {
            // The flows' hook modules are built with their own test targets.
            if (testModule.match(i.key()).hasMatch())
                continue;
            QStringList files = i.value();
            files.removeDuplicates();
            QTest::newRow(qPrintable(i.key())) << i.key() << files;
        }
    }

    void everyImportResolves()
    {
        QFETCH(QString, uri);
        QFETCH(QStringList, importedBy);
        const QString error = resolve(uri);
        QVERIFY2(error.isEmpty(),
                 qPrintable(QStringLiteral("%1 (imported by %2) does not resolve in %3: %4\n"
                                           "Add its Debian package to scripts/install-deps.sh.")
                                .arg(uri, importedBy.mid(0, 3).join(", "),
                                     QLibraryInfo::path(QLibraryInfo::QmlImportsPath), error)));
        // A Qt module comes with its qmldir from a Debian package (dpkg -S names it).
        if (!uri.startsWith(QLatin1String("InTheirShoes"))) {
            const QString qmldir = QLibraryInfo::path(QLibraryInfo::QmlImportsPath) + '/' +
                                   QString(uri).replace('.', '/') + QStringLiteral("/qmldir");
            QVERIFY2(QFile::exists(qmldir), qPrintable(qmldir + " is missing"));
        }
    }
};

QTEST_MAIN(TstQmlImports)
#include "tst_qml_imports.moc"
