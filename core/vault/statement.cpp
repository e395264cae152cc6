#include "database.h"

#include <sqlite3.h>
#include <utility>

namespace its {

Statement::Statement(const Database *db, sqlite3_stmt *stmt)
    : db_(db)
    , stmt_(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement &&other) noexcept
    : db_(std::exchange(other.db_, nullptr))
    , stmt_(std::exchange(other.stmt_, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

namespace {
void check(const Database *db, int rc, const char *what)
{
    if (rc != SQLITE_OK)
        db->fail(rc, what);
}
} // namespace

Statement &Statement::bindInt64(int index, std::int64_t value)
{
    check(db_, sqlite3_bind_int64(stmt_, index, value), "cannot bind an integer");
    return *this;
}

Statement &Statement::bindDouble(int index, double value)
{
    check(db_, sqlite3_bind_double(stmt_, index, value), "cannot bind a number");
    return *this;
}

Statement &Statement::bindText(int index, std::string_view value)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to pass.
    check(db_,
          sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          "cannot bind text");
    return *this;
}

Statement &Statement::bindBlob(int index, std::span<const unsigned char> value)
{
    check(db_, sqlite3_bind_blob64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT),
          "cannot bind a blob");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(db_, sqlite3_bind_null(stmt_, index), "cannot bind NULL");
    return *this;
}

Statement &Statement::bindOptInt64(int index, std::optional<std::int64_t> value)
{
    return value ? bindInt64(index, *value) : bindNull(index);
}

Statement &Statement::bindOptText(int index, std::optional<std::string_view> value)
{
    return value ? bindText(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_->fail(rc, "cannot run SQL statement");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(stmt_, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(stmt_, column);
    if (text == nullptr)
        return {};
    const int size = sqlite3_column_bytes(stmt_, column);
    return std::string(reinterpret_cast<const char *>(text), static_cast<std::size_t>(size));
}

std::vector<unsigned char> Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    if (data == nullptr || size <= 0)
        return {};
    return std::vector<unsigned char>(data, data + size);
}

std::optional<std::int64_t> Statement::columnOptInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt64(column);
}

Transaction::Transaction(Database &db)
    : db_(db)
    , nested_(sqlite3_get_autocommit(db.handle()) == 0)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here, not half-way through.
    // Inside another transaction (a restore that stores a walk and its evidence at once) this
    // one is a savepoint: its commit keeps its rows for the outer commit, its rollback undoes
    // only them.
    db_.exec(nested_ ? "SAVEPOINT its_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!done_ && db_.isOpen()) {
        // Errors are ignored: after SQLITE_FULL/IOERR SQLite may already have rolled back.
        sqlite3_exec(db_.handle(),
                     nested_ ? "ROLLBACK TO its_nested; RELEASE its_nested" : "ROLLBACK", nullptr,
                     nullptr, nullptr);
    }
}

void Transaction::commit()
{
    db_.exec(nested_ ? "RELEASE its_nested" : "COMMIT");
    done_ = true;
}

} // namespace its
