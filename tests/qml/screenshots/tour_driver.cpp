#include "tour_driver.h"

#include "app_controller.h"

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

TourDriver::TourDriver(QString language, QString theme, QDir outDir)
    : m_language(std::move(language))
    , m_theme(std::move(theme))
    , m_outDir(std::move(outDir))
{
}

TourDriver::~TourDriver()
{
    m_engine.reset(); // the window and its bindings go before the controller they read
}

const QList<QSize> &TourDriver::sizes()
{
    static const QList<QSize> list = {QSize(390, 844), QSize(1440, 900)};
    return list;
}

bool TourDriver::start()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    AppController::Options options;
    options.kdfCost = its::KdfCost::Test;
    options.systemLanguage = m_language;
    m_controller = std::make_unique<AppController>(
        its::platform::makeFakePlatform(m_dataDir->path()), options);
    m_controller->settings()->setLanguage(m_language);
    m_controller->settings()->setThemeMode(m_theme);
    AppController::setInstance(m_controller.get());

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_controller->attachEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/InTheirShoes/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        m_error = QStringLiteral("Main.qml did not load");
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window)) {
        m_error = QStringLiteral("no exposed window");
        return false;
    }
    return true;
}

void TourDriver::settle()
{
    // Let bindings, layouts, polish and the renderer catch up. Not a timing assertion.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

bool TourDriver::shoot(const QString &name)
{
    bool ok = true;
    for (const QSize &size : sizes()) {
        m_window->resize(size);
        settle();
        const QImage image = m_window->grabWindow();
        const QString kind =
            size.width() < 900 ? QStringLiteral("phone") : QStringLiteral("desktop");
        const QString file = m_outDir.filePath(
            QStringLiteral("%1-%2-%3-%4.png").arg(kind, m_language, m_theme, name));
        if (image.isNull() || image.size() != size || !image.save(file)) {
            m_error = QStringLiteral("could not grab or save %1").arg(file);
            ok = false;
            continue;
        }
        m_saved << file;
    }
    return ok;
}

QObject *TourDriver::find(const QString &objectName) const
{
    return m_window->findChild<QObject *>(objectName);
}

bool TourDriver::setProperty(const QString &objectName, const char *property, const QVariant &value)
{
    QObject *object = find(objectName);
    return object && object->setProperty(property, value);
}

QVariant TourDriver::eval(const QString &objectName, const QString &script)
{
    QObject *object = find(objectName);
    if (!object)
        return {};
    QQmlExpression expression(qmlContext(object), object, script);
    const QVariant result = expression.evaluate();
    if (expression.hasError())
        m_error = expression.error().toString();
    settle();
    return result;
}

QStringList TourDriver::truncatedTexts() const
{
    QStringList out;
    const auto items = m_window->findChildren<QQuickItem *>();
    for (QQuickItem *item : items) {
        if (!item->isVisible() || !item->inherits("QQuickText"))
            continue;
        if (item->property("truncated").toBool())
            out << item->property("text").toString();
    }
    return out;
}
