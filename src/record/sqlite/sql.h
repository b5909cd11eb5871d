#pragma once
// A thin RAII layer over SQLite: a connection, prepared statements and write transactions.
// Every failing call becomes a kokuho::error (internal), naming the database file.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kokuho::record::sqlite::sql {

class connection {
public:
    // Opens (creating when missing) the database file and sets the busy timeout.
    connection(const std::string& path, std::chrono::milliseconds busy_timeout);
    connection(connection&& other) noexcept;
    connection& operator=(connection&& other) noexcept;
    connection(const connection&) = delete;
    connection& operator=(const connection&) = delete;
    ~connection();

    // Runs one or more statements that return nothing of interest.
    void exec(std::string_view sql);
    // The same without throwing, for destructors: false when it failed.
    bool try_exec(const char* sql) noexcept;
    // The first column of the first row of a one-row query, as text.
    std::string query_text(std::string_view sql);
    // The same for a statement that needs a lock SQLite will not wait for (switching a new
    // file to WAL: an upgrade that could deadlock fails at once with SQLITE_BUSY): retries
    // until the busy timeout has passed.
    std::string query_text_retrying(std::string_view sql);
    long query_integer(std::string_view sql);
    long changes() const;

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Throws the error for a failed call: "locked" when the busy timeout ran out.
    [[noreturn]] void fail(int code, std::string_view during) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
    std::chrono::milliseconds busy_timeout_{0};
};

class statement {
public:
    statement(connection& db, std::string_view sql);
    statement(const statement&) = delete;
    statement& operator=(const statement&) = delete;
    ~statement();

    statement& bind(int index, std::string_view text);
    statement& bind(int index, long value);
    statement& bind_or_null(int index, std::string_view text);  // empty text binds NULL
    statement& bind(int index, const std::optional<long long>& value);  // empty binds NULL

    // Binds the values to parameters 1, 2, ... in order.
    template <class... values>
    statement& bind_all(const values&... v) {
        int index = 0;
        (bind(++index, v), ...);
        return *this;
    }

    bool step();  // true while there is a row to read
    int step_code();  // the SQLite result of one step, without throwing
    void run();   // steps to the end, for statements that return no rows
    void reset();  // ready to run again; bindings are kept until rebound

    std::string text(int column) const;  // NULL reads as ""
    long integer(int column) const;
    std::optional<long long> optional_integer(int column) const;  // NULL reads as empty

private:
    connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Every row the statement gives, each read by `read(statement)`.
template <class F>
auto all_rows(statement& s, F read) -> std::vector<decltype(read(s))> {
    std::vector<decltype(read(s))> rows;
    while (s.step()) rows.push_back(read(s));
    return rows;
}

// BEGIN IMMEDIATE: takes the write lock at once, waiting through the busy timeout, so that
// two writers queue instead of failing when a read would upgrade to a write. Rolls back
// unless committed.
class write_transaction {
public:
    explicit write_transaction(connection& db);
    write_transaction(const write_transaction&) = delete;
    write_transaction& operator=(const write_transaction&) = delete;
    ~write_transaction();

    void commit();

private:
    connection& db_;
    bool done_ = false;
};

}  // namespace kokuho::record::sqlite::sql
