// Pending waits and walk history against a real vault: a days-long wait shows up overdue and
// can be moved on or closed; history filters, reopens and exports (bad targets explained).
#include "formats/summary_json.h"
#include "formats/walk_json.h"
#include "model_fixture.h"
#include "pending_waits_model.h"
#include "vault/template_store.h"
#include "vault/walk_store.h"
#include "walk_history_model.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QTest>

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

// A moment `daysAgo` days back, on another boot (so only the wall clock can compare it).
its::TimePoint daysAgo(int days)
{
    its::TimePoint at;
    at.wallMs = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
    at.monoMs = 1000;
    at.anchor = "an-earlier-boot";
    return at;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TstWaitHistoryModels : public QObject
{
    Q_OBJECT

private slots:
    void pendingWaitsListMoveOnAndClose()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("telco-switch-provider"));
        its::WalkStore store(fixture.db());
        const its::JourneyTemplate journey =
            its::TemplateStore(fixture.db()).load("telco-switch-provider");
        const std::string walkId = store.createWalk(journey, "Switcher", daysAgo(4));
        const std::string emailContact =
            store.startContact(walkId, "contract-email", daysAgo(3), "awaiting_reply");

        PendingWaitsModel waits;
        QAbstractItemModelTester tester(&waits, Mode::QtTest);
        waits.setSession(fixture.session());
        QCOMPARE(waits.rowCount(), 1);
        const QModelIndex row = waits.index(0, 0);
        QCOMPARE(waits.data(row, PendingWaitsModel::ContactIdRole).toString(),
                 QString::fromStdString(emailContact));
        QCOMPARE(waits.data(row, PendingWaitsModel::PhaseRole).toString(),
                 QStringLiteral("awaiting_reply"));
        QVERIFY(waits.data(row, PendingWaitsModel::WaitedMsRole).toLongLong() >=
                3 * kDayMs - 60000);
        QCOMPARE(waits.data(row, PendingWaitsModel::DueMsRole).toLongLong(), 86400LL * 1000);
        QVERIFY(waits.data(row, PendingWaitsModel::OverdueRole).toBool());
        QCOMPARE(waits.overdueCount(), 1);
        QVERIFY(!waits.data(row, PendingWaitsModel::TouchpointNameRole).toString().isEmpty());
        QCOMPARE(waits.data(row, PendingWaitsModel::NextPhaseRole).toString(),
                 QStringLiteral("reading"));

        QVERIFY(!waits.moveOn(5)); // no such row
        QVERIFY(waits.moveOn(0));
        QCOMPARE(waits.rowCount(), 0);
        QCOMPARE(waits.overdueCount(), 0);
        its::Walk stored = store.loadWalk(walkId);
        QVERIFY(stored.contacts.front().events.back().phase == std::string("reading"));
        QVERIFY(!stored.contacts.front().isClosed());

        // A second wait, ended from the list with an outcome.
        const std::string letter =
            store.startContact(walkId, "first-invoice", daysAgo(1), "awaiting_letter");
        waits.reload();
        QCOMPARE(waits.rowCount(), 1);
        QVERIFY(!waits.data(waits.index(0, 0), PendingWaitsModel::OverdueRole).toBool());
        QVERIFY(!waits.close(0, QStringLiteral("open")));
        QVERIFY(waits.close(0, QStringLiteral("unresolved")));
        QCOMPARE(waits.rowCount(), 0);
        stored = store.loadWalk(walkId);
        QVERIFY(stored.contacts.back().id == letter);
        QVERIFY(stored.contacts.back().outcome == its::Outcome::Unresolved);
        QVERIFY(stored.contacts.back().isClosed());
    }

    void historyFiltersReopensAndExports()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("insurance-claim"));
        fixture.importTemplate(QStringLiteral("bank-mortgage-request"));
        its::WalkStore store(fixture.db());
        its::TemplateStore templates(fixture.db());
        const std::string old =
            store.createWalk(templates.load("insurance-claim"), "Claimant", daysAgo(40));
        store.finishWalk(old, daysAgo(39));
        const std::string recent =
            store.createWalk(templates.load("bank-mortgage-request"), "Young couple", daysAgo(1));

        WalkHistoryModel history;
        QAbstractItemModelTester tester(&history, Mode::QtTest);
        history.setSession(fixture.session());
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.walkId(0), QString::fromStdString(recent)); // newest first
        history.setStatus(QStringLiteral("finished"));
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.walkId(0), QString::fromStdString(old));
        history.setStatus({});
        history.setSector(QStringLiteral("bank"));
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.data(history.index(0, 0), WalkHistoryModel::PersonaRole).toString(),
                 QStringLiteral("Young couple"));
        history.setSector({});
        history.setWithinDays(7);
        QCOMPARE(history.rowCount(), 1);
        history.setWithinDays(0);
        QCOMPARE(history.rowCount(), 2);

        const QString walkFile = fixture.path(QStringLiteral("walk.json"));
        QCOMPARE(history.exportWalk(QString::fromStdString(old), QUrl::fromLocalFile(walkFile)),
                 QString());
        QVERIFY(its::parseWalk(readAll(walkFile).toStdString()).id == old);
        const QString summaryFile = fixture.path(QStringLiteral("summary.json"));
        QCOMPARE(
            history.exportSummary(QString::fromStdString(old), QUrl::fromLocalFile(summaryFile)),
            QString());
        QVERIFY(its::parseSummary(readAll(summaryFile).toStdString()).walkId == old);

        const QString nowhere = fixture.path(QStringLiteral("no/such/folder/walk.json"));
        const QString error =
            history.exportWalk(QString::fromStdString(old), QUrl::fromLocalFile(nowhere));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("walk.json")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!history.exportWalk(QStringLiteral("no-such-walk"), QUrl::fromLocalFile(walkFile))
                     .isEmpty());
        QVERIFY(its::parseWalk(readAll(walkFile).toStdString()).id == old); // earlier export intact

        QVERIFY(history.reopen(QString::fromStdString(old)));
        QVERIFY(store.loadWalk(old).status == its::WalkStatus::InProgress);
        history.setStatus(QStringLiteral("finished"));
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstWaitHistoryModels)
#include "tst_wait_history_models.moc"
