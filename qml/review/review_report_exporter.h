#pragma once
// Makes a report file from the app (ReviewExportDialog): the board pack (PDF) or one
// department's brief (PDF or self-contained HTML), in the language asked for, over the received
// summaries of a period (core/report). The vault is read on the UI thread (it owns the
// connection); compiling and laying out the pages run on a worker thread, so the window stays
// responsive, and the file is written whole or not at all.

#include "report/report_input.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class ReviewReportExporter : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Every department a received walk mentions, sorted: the brief's choices.
    Q_PROPERTY(QStringList departments READ departments NOTIFY departmentsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last run: what went wrong ("" when it worked), and the file it wrote.
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY finished)

public:
    explicit ReviewReportExporter(QObject *parent = nullptr);
    ~ReviewReportExporter() override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    QStringList departments() const { return departments_; }
    bool busy() const { return busy_; }
    QString errorString() const { return errorString_; }
    QString savedPath() const { return savedPath_; }

    Q_INVOKABLE void reload();
    // department "" = the board pack (PDF); else that department's brief, format "pdf" or
    // "html". language "it" or "en". from/to: "YYYY-MM-DD" (to included), "" = open. path: a
    // local path or a file:// URL. False (and errorString set) when it cannot start.
    Q_INVOKABLE bool start(const QString &department, const QString &format,
                           const QString &language, const QString &from, const QString &to,
                           const QString &path);
    // The file the dialog proposes, in the documents folder: "board-pack-2026-12-03.pdf",
    // "brief-billing-2026-12-03.html".
    Q_INVOKABLE QString suggestedPath(const QString &department, const QString &format) const;

signals:
    void sessionChanged();
    void departmentsChanged();
    void busyChanged();
    void finished();

private:
    void fail(const QString &error);

    QPointer<VaultSession> session_;
    QStringList departments_;
    bool busy_ = false;
    QString errorString_;
    QString savedPath_;
    QFutureWatcher<QString> watcher_; // the worker's error, "" when written
};
