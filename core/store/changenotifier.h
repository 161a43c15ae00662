// Precise change notifications: which rows of which table were inserted, updated or deleted, published
// once per committed transaction (never for a rolled-back one).
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace sd::store {

enum class ChangeKind : quint8 { Inserted, Updated, Deleted };

struct Change
{
    QString table;
    ChangeKind kind = ChangeKind::Updated;
    QStringList ids; // the rows' id column, in the order they were first touched

    friend bool operator==(const Change &, const Change &) = default;
};

using ChangeBatch = QList<Change>;

// Collects the changes of one transaction and folds repeated touches of a row into one:
// inserted+updated = inserted, inserted+deleted = nothing, updated+deleted = deleted.
class ChangeSet
{
public:
    void record(const QString &table, const QString &id, ChangeKind kind);
    [[nodiscard]] bool isEmpty() const { return m_order.isEmpty(); }
    void clear();
    // Grouped by (table, kind), groups in the order of their first row.
    [[nodiscard]] ChangeBatch batch() const;

private:
    struct Key
    {
        QString table;
        QString id;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return qHashMulti(seed, key.table, key.id); }
    };
    QHash<Key, ChangeKind> m_kinds;
    QList<Key> m_order;
};

class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Thread-safe: called after a commit. changed() is emitted on the notifier's thread (normally the GUI
    // thread), so UI models can connect to it directly.
    void publish(const ChangeBatch &batch);

Q_SIGNALS:
    void changed(const sd::store::ChangeBatch &batch);
};

} // namespace sd::store

Q_DECLARE_METATYPE(sd::store::Change)
Q_DECLARE_METATYPE(sd::store::ChangeBatch)
