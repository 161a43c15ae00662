// An RAII transaction: rolled back unless committed. Collects the rows it changed and hands them to the
// database's ChangeNotifier after a successful commit.
#pragma once

#include "changenotifier.h"
#include "common/result.h"

namespace sd::store {

class Database;

class Transaction
{
public:
    enum class Kind {
        Deferred, // readers
        Immediate // writers: take the write lock up front instead of failing later with SQLITE_BUSY
    };

    [[nodiscard]] static Result<Transaction> begin(Database &db, Kind kind = Kind::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    Status rollback();

    [[nodiscard]] bool isActive() const noexcept { return m_active; }
    [[nodiscard]] Database &database() const noexcept { return *m_db; }

    // Called by whoever writes a row inside this transaction.
    void recordChange(const QString &table, const QString &id, ChangeKind kind)
    {
        m_changes.record(table, id, kind);
    }
    [[nodiscard]] const ChangeSet &changes() const noexcept { return m_changes; }

private:
    explicit Transaction(Database &db) : m_db(&db) { }

    Database *m_db = nullptr;
    bool m_active = false;
    ChangeSet m_changes;
};

} // namespace sd::store
