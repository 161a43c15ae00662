// A prepared SQLite statement: bind, step, read columns. Move-only; finalized on destruction.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace sd::store {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) noexcept : m_db(db), m_stmt(stmt) { }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    [[nodiscard]] bool isValid() const noexcept { return m_stmt != nullptr; }
    [[nodiscard]] sqlite3_stmt *handle() const noexcept { return m_stmt; }

    // Parameters are 1-based, as in SQLite. Names include their prefix (":id").
    template<typename I>
        requires std::is_integral_v<I>
    Status bind(int index, I value)
    {
        return bindInt64(index, static_cast<qint64>(value));
    }
    Status bind(int index, double value);
    Status bind(int index, QStringView text);
    Status bind(int index, const QString &text) { return bind(index, QStringView(text)); }
    Status bind(int index, const char16_t *text) { return bind(index, QStringView(text)); }
    Status bind(int index, const QByteArray &blob);
    Status bind(int index, std::nullptr_t);
    template<typename T>
    Status bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    template<typename T>
    Status bind(const char *name, const T &value)
    {
        const int index = parameterIndex(name);
        if (index <= 0)
            return unknownParameter(name);
        return bind(index, value);
    }

    // Binds the arguments to parameters 1..n.
    template<typename... Args>
    Status bindAll(const Args &...args)
    {
        Status status;
        int index = 1;
        ((status ? (void)(status = bind(index++, args)) : void()), ...);
        return status;
    }

    [[nodiscard]] int parameterIndex(const char *name) const;

    // true: a row is available; false: done.
    [[nodiscard]] Result<bool> step();
    // Steps until done (rows are ignored), then resets.
    Status exec();
    void reset();          // ready to step again; bindings kept
    void clearBindings();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] QString columnName(int column) const;

    [[nodiscard]] QString sql() const;

private:
    Status bindInt64(int index, qint64 value);
    Status check(int rc, QStringView what) const;
    Status unknownParameter(const char *name) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace sd::store
