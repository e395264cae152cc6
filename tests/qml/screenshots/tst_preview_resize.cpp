// The journey preview in the real window, resized from phone to desktop: every criterion's
// Must-be / Delighter badge stays inside its touchpoint card (they once piled up outside), and
// choosing another journey in the desktop split view starts it at the top, not at the previous
// journey's scroll position.
#include "app_controller.h"
#include "its_ui_module.h"
#include "tour_driver.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace {
QQuickItem *cardOf(QQuickItem *item)
{
    for (QQuickItem *p = item; p; p = p->parentItem())
        if (p->objectName().startsWith(QLatin1String("touchpointCard_")))
            return p;
    return nullptr;
}

// Badges drawn outside their card (or with no card), as "journey/card: text" lines.
QStringList strayBadges(QQuickWindow *window)
{
    QStringList out;
    int seen = 0;
    // Repeater delegates are not QObject children of their view: walk the items on screen.
    QList<QQuickItem *> badges;
    QList<QQuickItem *> pending = {window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (item->objectName() == QLatin1String("criterionKind"))
            badges << item;
        pending << item->childItems();
    }
    for (QQuickItem *badge : badges) {
        if (!badge->isVisible())
            continue;
        ++seen;
        QQuickItem *card = cardOf(badge);
        const QRectF box = badge->mapRectToScene(QRectF(0, 0, badge->width(), badge->height()));
        const QRectF inside =
            card ? card->mapRectToScene(QRectF(0, 0, card->width(), card->height())) : QRectF();
        if (!card || !inside.contains(box) || box.isEmpty())
            out << QStringLiteral("%1: badge at %2,%3 %4x%5 outside card %6,%7 %8x%9")
                       .arg(card ? card->objectName() : QStringLiteral("no card"))
                       .arg(box.x())
                       .arg(box.y())
                       .arg(box.width())
                       .arg(box.height())
                       .arg(inside.x())
                       .arg(inside.y())
                       .arg(inside.width())
                       .arg(inside.height());
    }
    if (seen == 0)
        out << QStringLiteral("no criterion badges on screen");
    return out;
}
} // namespace

class TstPreviewResize : public QObject
{
    Q_OBJECT
    QTemporaryDir m_out;

private slots:
    void badgesStayInTheirCardsAndJourneysStartAtTheTop()
    {
        TourDriver tour(QStringLiteral("en"), QStringLiteral("light"), QDir(m_out.path()));
        QVERIFY2(tour.start(), qPrintable(tour.error()));
        AppController *app = tour.controller();
        app->session()->create(QStringLiteral("preview resize test passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->unlocked(), 20000);
        app->finishFirstRun();
        QTRY_VERIFY(tour.find("homePage"));
        const QSize phone = TourDriver::sizes().constFirst();
        const QSize desktop = TourDriver::sizes().constLast();
        tour.resize(phone);
        QTRY_VERIFY(tour.find("templateModel") &&
                    tour.find("templateModel")->property("count").toInt() >= 2);

        // Phone: the preview is pushed; then the window grows to desktop size.
        tour.eval("libraryPage", QStringLiteral("open('telco-switch-provider')"));
        QTRY_VERIFY(tour.find("journeyPreviewPage") &&
                    tour.find("previewDocument")->property("loaded").toBool());
        tour.resize(phone);
        QStringList stray = strayBadges(tour.window());
        QVERIFY2(stray.isEmpty(), qPrintable("phone: " + stray.join('\n')));
        tour.resize(desktop);
        stray = strayBadges(tour.window());
        QVERIFY2(stray.isEmpty(), qPrintable("after growing to desktop: " + stray.join('\n')));

        // Desktop split view: scroll one journey down, choose another: it starts at the top.
        tour.eval("libraryStack", QStringLiteral("pop(null)"));
        QObject *pane = tour.find("previewPane");
        QVERIFY(pane);
        QTRY_VERIFY(pane->property("item").value<QObject *>());
        auto *preview = pane->property("item").value<QQuickItem *>();
        auto *flick = preview->findChild<QQuickItem *>(QStringLiteral("previewFlick"));
        QVERIFY(flick);
        QTRY_VERIFY(flick->property("contentHeight").toReal() > flick->height() + 300);
        flick->setProperty("contentY", 300);
        QCOMPARE(flick->property("contentY").toReal(), 300.0);
        const QString other =
            tour.eval("templateModel", QStringLiteral("templateId(1)")).toString() ==
                    QLatin1String("telco-switch-provider")
                ? tour.eval("templateModel", QStringLiteral("templateId(0)")).toString()
                : tour.eval("templateModel", QStringLiteral("templateId(1)")).toString();
        tour.eval("libraryPage", QStringLiteral("open('%1')").arg(other));
        QTRY_COMPARE(preview->findChild<QObject *>(QStringLiteral("previewDocument"))
                         ->property("templateId")
                         .toString(),
                     other);
        QTRY_COMPARE(flick->property("contentY").toReal(), 0.0);
        stray = strayBadges(tour.window());
        QVERIFY2(stray.isEmpty(), qPrintable("another journey on desktop: " + stray.join('\n')));
    }
};

QTEST_MAIN(TstPreviewResize)
#include "tst_preview_resize.moc"
