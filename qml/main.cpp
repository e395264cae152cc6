// The InTheirShoes app: real platform, real vault in the platform's private data folder.
#include "app_controller.h"
#include "its_ui_module.h"
#include "startup_probe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("InTheirShoes"));
    QGuiApplication::setApplicationName(QStringLiteral("InTheirShoes"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("InTheirShoes"));

    AppController controller(its::platform::makePlatform(), AppController::Options{});
    AppController::setInstance(&controller);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    controller.attachEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(EXIT_FAILURE); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/InTheirShoes/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return EXIT_FAILURE;
    its::ui::installStartupProbe(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return QGuiApplication::exec();
}
