#include "record/sqlite/sql.h"

#include <sqlite3.h>

#include <thread>
#include <utility>

#include "core/error.h"

namespace kokuho::record::sqlite::sql {

connection::connection(const std::string& path, std::chrono::milliseconds busy_timeout)
    : path_(path), busy_timeout_(busy_timeout) {
    int code = sqlite3_open_v2(path.c_str(), &db_,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                               nullptr);
    if (code != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
        sqlite3_close(db_);
        db_ = nullptr;
        fail_input({path_}, "cannot open the issue-history database: " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, int(busy_timeout.count()));
}

connection::connection(connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)),
      busy_timeout_(other.busy_timeout_) {}

connection& connection::operator=(connection&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        busy_timeout_ = other.busy_timeout_;
    }
    return *this;
}

connection::~connection() { sqlite3_close_v2(db_); }

void connection::fail(int code, std::string_view during) const {
    int primary = code & 0xff;
    if (primary == SQLITE_BUSY)
        throw error(error_kind::busy, {path_},
                    "the issue-history database is locked: another process kept it busy "
                    "for longer than the " + std::to_string(busy_timeout_.count()) +
                        " ms wait (" + std::string(during) + "); run again when it has finished");
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    if (primary == SQLITE_NOTADB)
        fail_input({path_}, "not an issue-history database (SQLite: " + message + ")");
    throw error(error_kind::internal, {path_},
                "SQLite failed (" + std::string(during) + "): " + message);
}

void connection::exec(std::string_view sql) {
    std::string text(sql);
    int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) fail(code, text);
}

bool connection::try_exec(const char* sql) noexcept {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::string connection::query_text(std::string_view sql) {
    statement s(*this, sql);
    if (!s.step()) fail_internal("SQLite returned no row for: " + std::string(sql));
    return s.text(0);
}

std::string connection::query_text_retrying(std::string_view sql) {
    auto deadline = std::chrono::steady_clock::now() + busy_timeout_;
    for (;;) {
        statement s(*this, sql);
        int code = s.step_code();
        if (code == SQLITE_ROW) return s.text(0);
        bool busy = (code & 0xff) == SQLITE_BUSY;
        if (!busy || std::chrono::steady_clock::now() >= deadline) fail(code, sql);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

long connection::query_integer(std::string_view sql) {
    statement s(*this, sql);
    if (!s.step()) fail_internal("SQLite returned no row for: " + std::string(sql));
    return s.integer(0);
}

long connection::changes() const { return long(sqlite3_changes(db_)); }

statement::statement(connection& db, std::string_view sql) : db_(db) {
    int code = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &stmt_, nullptr);
    if (code != SQLITE_OK) db_.fail(code, "prepare " + std::string(sql));
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int index, std::string_view text) {
    int code = sqlite3_bind_text(stmt_, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK) db_.fail(code, "bind");
    return *this;
}

statement& statement::bind(int index, long value) {
    int code = sqlite3_bind_int64(stmt_, index, sqlite3_int64(value));
    if (code != SQLITE_OK) db_.fail(code, "bind");
    return *this;
}

statement& statement::bind(int index, const std::optional<long long>& value) {
    if (value) return bind(index, long(*value));
    int code = sqlite3_bind_null(stmt_, index);
    if (code != SQLITE_OK) db_.fail(code, "bind");
    return *this;
}

statement& statement::bind_or_null(int index, std::string_view text) {
    if (!text.empty()) return bind(index, text);
    int code = sqlite3_bind_null(stmt_, index);
    if (code != SQLITE_OK) db_.fail(code, "bind");
    return *this;
}

int statement::step_code() { return sqlite3_step(stmt_); }

bool statement::step() {
    int code = step_code();
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    db_.fail(code, sqlite3_sql(stmt_));
}

void statement::run() {
    while (step()) {
    }
}

void statement::reset() { sqlite3_reset(stmt_); }

std::string statement::text(int column) const {
    auto bytes = sqlite3_column_text(stmt_, column);
    if (!bytes) return {};
    return std::string(reinterpret_cast<const char*>(bytes),
                       std::size_t(sqlite3_column_bytes(stmt_, column)));
}

long statement::integer(int column) const { return long(sqlite3_column_int64(stmt_, column)); }

std::optional<long long> statement::optional_integer(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    return static_cast<long long>(sqlite3_column_int64(stmt_, column));
}

write_transaction::write_transaction(connection& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

write_transaction::~write_transaction() {
    // SQLite has already rolled back after some errors (disk full, out of memory).
    if (!done_ && !sqlite3_get_autocommit(db_.handle()))
        db_.try_exec("ROLLBACK");
}

void write_transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace kokuho::record::sqlite::sql
