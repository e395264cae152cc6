// Minimal Qt Quick Controls app: the startup baseline for the InTheirShoes unlock screen.
#include "startup_probe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/bench/baseline.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    its::ui::installStartupProbe(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return QGuiApplication::exec();
}
