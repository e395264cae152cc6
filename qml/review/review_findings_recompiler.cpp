#include "review_findings_recompiler.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

ReviewFindingsRecompiler::ReviewFindingsRecompiler(QObject *parent)
    : QObject(parent)
{
}

int ReviewFindingsRecompiler::start(std::shared_ptr<const review::FindingsSnapshot> snapshot,
                                    const review::FindingsRequest &request)
{
    const int generation = ++requested_;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != requested_)
            return; // superseded: the newer request's result is on its way
        shown_ = generation;
        emit finished(generation, watcher->result());
    });
    // The worker gets its own copies: the immutable snapshot (shared) and the request.
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(snapshot), request]() -> Result {
        return std::make_shared<const review::FindingsResult>(
            review::compileFindings(snapshot, request));
    }));
    return generation;
}

void ReviewFindingsRecompiler::drop()
{
    ++requested_;
    shown_ = requested_;
}
