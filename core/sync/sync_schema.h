#pragma once
// The sync layer's tables in the vault, migrated as component "sync" (vault/migrations.h).
// Executive side: sync_device (this device's identity and enrollment), sync_outbox.
// Review side: sync_review_circle, sync_roster, sync_received (every envelope name seen, and
// what became of it), sync_summaries (the latest accepted revision of every walk).

#include "vault/database.h"

#include <QByteArray>
#include <QString>
#include <span>
#include <string>

namespace its::sync {

void migrateSyncSchema(Database &db);

// Small glue between Qt strings/bytes and the vault's std::string/blob API.
inline std::string toStd(const QString &text)
{
    return text.toStdString();
}
inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}
inline std::span<const unsigned char> blob(const QByteArray &bytes)
{
    return {reinterpret_cast<const unsigned char *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}
QByteArray columnBytes(const Statement &statement, int column);

} // namespace its::sync
