#pragma once
// The dashboard's compile away from the UI thread: each request (the shared immutable snapshot
// and a copy of the filter) goes to QtConcurrent::run and comes back through a QFutureWatcher;
// a newer request supersedes an older one, whose result is dropped and never reported.

#include "review_findings_compile.h"

#include <QObject>
#include <memory>

class ReviewFindingsRecompiler : public QObject
{
    Q_OBJECT

public:
    using Result = std::shared_ptr<const review::FindingsResult>;

    explicit ReviewFindingsRecompiler(QObject *parent = nullptr);

    // Starts a compile; returns its generation (the newest one requested).
    int start(std::shared_ptr<const review::FindingsSnapshot> snapshot,
              const review::FindingsRequest &request);
    // Whatever is still compiling is dropped; nothing is pending afterwards.
    void drop();
    bool pending() const { return shown_ != requested_; }
    int shown() const { return shown_; }

signals:
    // The newest request's result (superseded ones never arrive).
    void finished(int generation, const ReviewFindingsRecompiler::Result &result);

private:
    int requested_ = 0;
    int shown_ = 0;
};
