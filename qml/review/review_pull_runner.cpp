#include "review_pull_runner.h"

#include "review/review_circle.h"
#include "review_support.h"
#include "session_access.h"
#include "vault_session.h"

using namespace its::sync;

namespace {
constexpr int kBatch = 64; // envelopes checked per UI-thread step: keeps each step short
constexpr int kWindow = 8;
} // namespace

ReviewPullRunner::ReviewPullRunner(QObject *parent)
    : QObject(parent)
{
    connect(&runner_, &SyncRunner::busyChanged, this, &ReviewPullRunner::busyChanged);
    connect(&runner_, &SyncRunner::credentialsChanged, this, &ReviewPullRunner::credentialsChanged);
    connect(&runner_, &SyncRunner::cancelled, this, [this] {
        const PullReport report = pull_ ? pull_->report() : PullReport{};
        pull_.reset(); // before the vault closes: it refers to the open database
        emit finished(report, tr("The vault was locked during the pull."));
    });
}

ReviewPullRunner::~ReviewPullRunner() = default;

void ReviewPullRunner::setSession(VaultSession *session)
{
    session_ = session;
    runner_.setSession(session);
}

bool ReviewPullRunner::start(QString &error)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        error = tr("The vault is locked.");
        return false;
    }
    if (runner_.busy()) {
        error = tr("A pull is already running.");
        return false;
    }
    QString address;
    try {
        address = requireReviewCircle(*db).targetUrl;
        pull_ = std::make_unique<PullSession>(*db, review::nowMs(), PullOptions{kBatch, kWindow});
    } catch (const std::exception &e) {
        error = errorText(e);
        return false;
    }
    return runner_.begin(address, [this] {
        auto files = std::make_shared<QStringList>();
        runner_.post(
            [files](SyncTarget &target) { *files = PullSession::listEnvelopeFiles(target); },
            [this, files](const QString &listError) {
                if (!listError.isEmpty())
                    return finish(listError);
                pull_->plan(*files);
                fetchNext();
            });
    });
}

void ReviewPullRunner::fetchNext()
{
    const QStringList batch = pull_->nextBatch();
    if (batch.isEmpty())
        return finish({});
    auto fetched = std::make_shared<std::vector<SyncTarget::Fetched>>();
    runner_.post(
        [batch, fetched](SyncTarget &target) { *fetched = target.getMany(batch, kWindow); },
        [this, fetched](const QString &error) {
            if (!error.isEmpty())
                return finish(error);
            try {
                pull_->apply(std::move(*fetched));
            } catch (const std::exception &e) {
                return finish(errorText(e));
            }
            fetchNext();
        });
}

void ReviewPullRunner::finish(const QString &error)
{
    const PullReport report = pull_ ? pull_->report() : PullReport{};
    pull_.reset();
    runner_.end();
    emit finished(report, error);
}
