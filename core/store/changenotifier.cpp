#include "changenotifier.h"

#include <QThread>

namespace sd::store {

void ChangeSet::record(const QString &table, const QString &id, ChangeKind kind)
{
    const Key key{table, id};
    auto it = m_kinds.find(key);
    if (it == m_kinds.end()) {
        m_kinds.insert(key, kind);
        m_order.append(key);
        return;
    }
    const ChangeKind before = it.value();
    if (before == ChangeKind::Inserted && kind == ChangeKind::Deleted) {
        // Never seen outside the transaction: nothing to report.
        m_kinds.erase(it);
        m_order.removeOne(key);
        return;
    }
    if (before == ChangeKind::Inserted)
        return; // still an insert as far as anyone outside can tell
    if (before == ChangeKind::Deleted && kind == ChangeKind::Inserted) {
        it.value() = ChangeKind::Updated; // deleted and re-created: the row changed
        return;
    }
    it.value() = kind;
}

void ChangeSet::clear()
{
    m_kinds.clear();
    m_order.clear();
}

ChangeBatch ChangeSet::batch() const
{
    ChangeBatch out;
    QHash<std::pair<QString, int>, qsizetype> groups;
    for (const Key &key : m_order) {
        const ChangeKind kind = m_kinds.value(key);
        const auto groupKey = std::make_pair(key.table, int(kind));
        auto it = groups.constFind(groupKey);
        if (it == groups.constEnd()) {
            it = groups.insert(groupKey, out.size());
            out.append(Change{key.table, kind, {}});
        }
        out[it.value()].ids.append(key.id);
    }
    return out;
}

ChangeNotifier::ChangeNotifier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sd::store::Change>();
    qRegisterMetaType<sd::store::ChangeBatch>();
}

void ChangeNotifier::publish(const ChangeBatch &batch)
{
    if (batch.isEmpty())
        return;
    if (QThread::currentThread() == thread()) {
        Q_EMIT changed(batch);
        return;
    }
    // Always emitted on the notifier's own thread, in commit order, whatever thread committed.
    QMetaObject::invokeMethod(this, [this, batch] { Q_EMIT changed(batch); }, Qt::QueuedConnection);
}

} // namespace sd::store
