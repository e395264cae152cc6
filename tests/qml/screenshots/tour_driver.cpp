#include "tour_driver.h"

#include "app_controller.h"

#include <QPointer>
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

bool TourDriver::settle()
{
    // Let bindings, layouts, polish and the renderer catch up. Not a timing assertion.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
    // A page still sliding in would be shot half off screen: wait for every StackView.
    // Guarded: waiting runs the event loop, which may delete pages and their stacks.
    QList<QPointer<QQuickItem>> stacks;
    for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
        if (item->inherits("QQuickStackView"))
            stacks << item;
    }
    for (const QPointer<QQuickItem> &stack : stacks) {
        if (!QTest::qWaitFor([stack] { return !stack || !stack->property("busy").toBool(); },
                             5000)) {
            m_error = QStringLiteral("a StackView (%1) is still busy").arg(stack->objectName());
            return false;
        }
    }
    return true;
}

bool TourDriver::shoot(const QString &name, const std::function<void()> &arrange)
{
    bool ok = true;
    for (const QSize &size : sizes()) {
        m_window->resize(size);
        if (!settle()) {
            ok = false;
            continue;
        }
        if (arrange) {
            arrange();
            settle();
        }
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

void TourDriver::resize(const QSize &size)
{
    m_window->resize(size);
    settle();
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

QStringList TourDriver::truncatedTexts(const QString &objectName) const
{
    QStringList out;
    const auto items = m_window->findChildren<QQuickItem *>();
    for (QQuickItem *item : items) {
        if (!item->isVisible() || !item->inherits("QQuickText"))
            continue;
        if (!objectName.isEmpty() && item->objectName() != objectName)
            continue;
        if (item->property("truncated").toBool())
            out << item->property("text").toString();
    }
    return out;
}

QStringList TourDriver::overlappingTexts(const QString &objectName) const
{
    QStringList out;
    QList<QPair<QString, QRectF>> boxes;
    const auto items = m_window->findChildren<QQuickItem *>(objectName);
    for (QQuickItem *item : items) {
        if (!item->isVisible() || !item->inherits("QQuickText"))
            continue;
        const QString text = item->property("text").toString();
        const qreal painted = item->property("contentWidth").toReal();
        if (painted > item->width() + 0.5)
            out << QStringLiteral("\"%1\" is %2 px wide in a %3 px box")
                       .arg(text)
                       .arg(painted, 0, 'f', 1)
                       .arg(item->width(), 0, 'f', 1);
        // The painted text, centred or aligned as the item says, in window coordinates.
        const qreal left = item->property("horizontalAlignment").toInt() == Qt::AlignHCenter
                               ? (item->width() - painted) / 2
                               : 0;
        boxes.append({text, item->mapRectToScene(QRectF(left, 0, painted, item->height()))});
    }
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].second.intersects(boxes[j].second))
                out << QStringLiteral("\"%1\" overlaps \"%2\"").arg(boxes[i].first, boxes[j].first);
    return out;
}
