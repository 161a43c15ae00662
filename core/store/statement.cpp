#include "statement.h"

#include "common/logging.h"
#include "storeerror.h"

#include <sqlite3.h>

#include <utility>

namespace sd::store {

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Status Statement::check(int rc, QStringView what) const
{
    if (rc == SQLITE_OK)
        return {};
    return sqliteError(m_db, rc, what);
}

Status Statement::unknownParameter(const char *name) const
{
    return storeError(StoreError::Misuse, u"unknown SQL parameter " % QString::fromUtf8(name));
}

Status Statement::bindInt64(int index, qint64 value)
{
    return check(sqlite3_bind_int64(m_stmt, index, value), u"bind");
}

Status Statement::bind(int index, double value)
{
    return check(sqlite3_bind_double(m_stmt, index, value), u"bind");
}

Status Statement::bind(int index, QStringView text)
{
    if (text.isNull())
        return bind(index, nullptr);
    // ASCII (ids, external ids, statuses, numbers) is narrowed straight into a buffer SQLite takes over: one
    // allocation and no second copy. Anything else goes through QString's UTF-8 conversion, as always.
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && p[i] < 0x80)
        ++i;
    if (i == n) {
        auto *ascii = static_cast<char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(n) + 1));
        if (!ascii)
            return check(SQLITE_NOMEM, u"bind");
        for (qsizetype k = 0; k < n; ++k)
            ascii[k] = char(p[k]);
        ascii[n] = '\0';
        // SQLite calls sqlite3_free on the buffer even when binding fails.
        return check(sqlite3_bind_text64(m_stmt, index, ascii, static_cast<sqlite3_uint64>(n), sqlite3_free,
                                         SQLITE_UTF8),
                     u"bind");
    }
    const QByteArray utf8 = text.toUtf8();
    return check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8),
                 u"bind");
}

Status Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bind(index, nullptr);
    return check(sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()),
                                     SQLITE_TRANSIENT),
                 u"bind");
}

Status Statement::bind(int index, std::nullptr_t)
{
    return check(sqlite3_bind_null(m_stmt, index), u"bind");
}

int Statement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Only the statement's text is logged, never its bound values.
    qCDebug(lcStore) << "step failed:" << rc << sqlite3_sql(m_stmt);
    sd::Error error = sqliteError(m_db, rc, u"step");
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::exec()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QString Statement::sql() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString();
}

} // namespace sd::store
