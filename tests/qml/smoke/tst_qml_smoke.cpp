// Every .qml file of the module (found in the compiled resources, so nothing can be forgotten)
// must compile, and instantiate without errors or warnings against an unlocked real vault.
#include "app_controller.h"
#include "its_ui_module.h"

#include <QDirIterator>
#include <QMediaDevices>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TstQmlSmoke : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlEngine> m_engine;
    QQuickWindow m_window;

private slots:
    void initTestCase()
    {
        AppController::Options options;
        options.kdfCost = its::KdfCost::Test;
        options.systemLanguage = QStringLiteral("en");
        m_controller =
            std::make_unique<AppController>(its::platform::makeFakePlatform(m_dir.path()), options);
        AppController::setInstance(m_controller.get());
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        // Pages expect an open vault: make one the real way.
        m_controller->session()->create(QStringLiteral("smoke test passphrase words"));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->unlocked(), 20000);
        // The first QMediaDevices (QML MediaDevices) connects to the sound server and warns once
        // per process when there is none (a headless test box): make one before collecting, so
        // the machine is not blamed on whichever file first uses MediaDevices.
        {
            const QMediaDevices devices;
        }
        g_previous = qInstallMessageHandler(collect);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void loads_data()
    {
        QTest::addColumn<QString>("url");
        QStringList files;
        QDirIterator it(QStringLiteral(":/InTheirShoes"), {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        QVERIFY2(files.size() >= 20, "the module's QML files are not in the resources");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file.mid(15))) << QStringLiteral("qrc") + file;
    }

    void loads()
    {
        QFETCH(QString, url);
        g_warnings.clear();
        QQmlComponent component(m_engine.get(), QUrl(url));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));

        QFile source(QString(url).mid(3));
        QVERIFY(source.open(QIODevice::ReadOnly));
        if (source.readAll().contains("pragma Singleton"))
            return; // singletons are created by the engine on first use, not by components

        std::unique_ptr<QObject> object(component.create());
        // Delegates and cards declare `required` properties (their model roles, their page's
        // controller): alone they can only be compiled, which isReady() above checked. The
        // pages that host them are instantiated here and driven by the QtQuickTest flows.
        if (!object && component.errorString().contains(QStringLiteral("Required property")))
            QSKIP("needs its required properties; compiled only");
        QVERIFY2(object, qPrintable(component.errorString()));
        if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
            item->setSize(QSizeF(390, 844));
            item->setParentItem(m_window.contentItem());
        }
        QCoreApplication::processEvents();
        object.reset();
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
    }
};

QTEST_MAIN(TstQmlSmoke)
#include "tst_qml_smoke.moc"
