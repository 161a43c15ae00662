#include "transaction.h"

#include "common/logging.h"
#include "database.h"

#include <utility>

namespace sd::store {

Result<Transaction> Transaction::begin(Database &db, Kind kind)
{
    Transaction tx(db);
    if (Status s = db.exec(kind == Kind::Immediate ? u"BEGIN IMMEDIATE"_qs : u"BEGIN"_qs); !s)
        return s.error();
    tx.m_active = true;
    return tx;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_active(std::exchange(other.m_active, false)), m_changes(std::move(other.m_changes))
{
}

Transaction::~Transaction()
{
    if (m_active) {
        if (Status s = rollback(); !s)
            qCWarning(lcStore) << "rollback failed:" << s.error().message;
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return {};
    if (Status s = m_db->exec(u"COMMIT"_qs); !s) {
        // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open: roll it back so nothing lingers.
        (void)rollback();
        return s;
    }
    m_active = false;
    if (ChangeNotifier *notifier = m_db->changeNotifier())
        notifier->publish(m_changes.batch());
    m_changes.clear();
    return {};
}

Status Transaction::rollback()
{
    if (!m_active)
        return {};
    m_active = false;
    m_changes.clear();
    if (!m_db->inTransaction())
        return {}; // SQLite already rolled back (after some errors it does)
    return m_db->exec(u"ROLLBACK"_qs);
}

} // namespace sd::store
