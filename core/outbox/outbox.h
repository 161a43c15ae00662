// The store side of the outbox: every platform action is recorded here before it is sent, and every change
// of its state is one committed transaction through the StoreWriter, published on the ChangeNotifier as
// table "outbox" (so views follow it live). Reads use a reader connection of this thread.
#pragma once

#include "common/result.h"
#include "outboxitem.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace sd::store {
class Database;
class StoreWriter;
class Transaction;
}

namespace sd::outbox {

inline constexpr QLatin1StringView kOutboxErrorDomain{ "outbox" };

enum class OutboxError {
    NotFound = 1, // no such item or order
    InvalidState, // the transition is not allowed from the item's state (e.g. retrying a done item)
    InvalidArgument,
};

struct EnqueueRequest
{
    QString action; // "pick", "invoice", … (ActionDispatcher::actions())
    QString orderId; // orders.id; its connection is looked up
    QJsonObject payload;
    QString idempotencyKey; // empty: a new random key; the same key twice returns the first item
    QString batchId; // set by enqueueBulk()
};

// An item that targets something other than an order (a Meta reply: table "messages" + the row id).
struct TargetRequest
{
    QString action;
    QString targetTable;
    QString targetId;
    QString connectionId;
    QJsonObject payload;
    QString idempotencyKey; // empty: a new random key
};

struct OutboxQuery
{
    QList<OutboxState> states; // empty: all
    QString orderId; // empty: all
    QString batchId;
    QString connectionId;
    int limit = 500;
};

// A state change of one item, applied by Outbox::applyIn() after checking it is allowed from the current state.
struct Transition
{
    OutboxState to = OutboxState::Pending;
    bool countAttempt = false; // attempts + 1 (a request is about to leave)
    std::optional<qint64> nextAttemptAtMs;
    std::optional<QString> lastError;
    std::optional<QString> errorCode;
    std::optional<QString> errorMessage;
    std::optional<QJsonObject> result;
    std::optional<qint64> sentAtMs; // 0 clears it
    // Runs in the same transaction (e.g. the local order update after done); an error rolls everything back.
    std::function<Status(store::Transaction &tx)> alongside;
};

class Outbox : public QObject
{
    Q_OBJECT

public:
    using ItemDone = std::function<void(const Result<OutboxItem> &item)>;
    using IdsDone = std::function<void(const Result<QStringList> &ids)>;

    // writer must outlive the Outbox. Items are created in workspaceId.
    Outbox(store::StoreWriter *writer, QString workspaceId, QObject *parent = nullptr);
    ~Outbox() override;

    [[nodiscard]] store::StoreWriter *writer() const { return m_writer; }
    [[nodiscard]] const QString &workspaceId() const { return m_workspaceId; }
    // Tests fix the time; default: the system clock (UTC ms).
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }
    [[nodiscard]] qint64 now() const { return m_now(); }

    // --- reading (this thread's reader connection) ---
    [[nodiscard]] Result<OutboxItem> item(const QString &id);
    [[nodiscard]] Result<QList<OutboxItem>> list(const OutboxQuery &query = {});
    // Pending items due at nowMs, oldest first.
    [[nodiscard]] Result<QList<OutboxItem>> due(qint64 nowMs, int limit = 50);
    // The earliest next_attempt_at of a pending item (0: none pending).
    [[nodiscard]] Result<qint64> nextDueAt();

    // --- writing (asynchronous; done is called on this thread after the commit, unless context is gone) ---
    void enqueue(const EnqueueRequest &request, QObject *context = nullptr, ItemDone done = {});
    // One action for many orders in one transaction; done gets the item ids in the order of orderIds. An
    // order that does not exist fails the whole batch (nothing is recorded).
    void enqueueBulk(const QString &action, const QStringList &orderIds, const QJsonObject &payload,
        QObject *context = nullptr, IdsDone done = {});
    // User-initiated: a failed or needs-check item goes back to pending, due now, attempts counted afresh.
    void retry(const QString &id, QObject *context = nullptr, ItemDone done = {});
    void apply(const QString &id, const Transition &transition, QObject *context = nullptr, ItemDone done = {});
    // At start-up: items left running by a process that died mid-call become pending with their outcome marked
    // unknown (sent_at kept), so the runner reconciles them before anything is sent again.
    void recoverInterrupted(QObject *context = nullptr, IdsDone done = {});

    // --- the same inside a caller's transaction (writer thread) ---
    [[nodiscard]] static Result<OutboxItem> enqueueIn(
        store::Transaction &tx, const QString &workspaceId, const EnqueueRequest &request, qint64 nowMs);
    [[nodiscard]] static Result<OutboxItem> enqueueTargetIn(
        store::Transaction &tx, const QString &workspaceId, const TargetRequest &request, qint64 nowMs);
    [[nodiscard]] static Result<OutboxItem> applyIn(
        store::Transaction &tx, const QString &id, const Transition &transition, qint64 nowMs);
    [[nodiscard]] static Result<OutboxItem> itemIn(store::Database &db, const QString &id);
    // The item that targets a row (newest first), if any.
    [[nodiscard]] static Result<std::optional<OutboxItem>> itemForTarget(
        store::Database &db, const QString &targetTable, const QString &targetId);
    // What retry() does, inside a caller's transaction.
    [[nodiscard]] static Result<OutboxItem> retryIn(store::Transaction &tx, const QString &id, qint64 nowMs);
    [[nodiscard]] static bool isAllowed(OutboxState from, OutboxState to);

Q_SIGNALS:
    // After every committed change made through this Outbox (enqueue, transitions, retry).
    void itemChanged(const sd::outbox::OutboxItem &item);

private:
    Result<store::Database *> reader();
    void submitItem(std::function<Result<OutboxItem>(store::Transaction &, qint64)> job, QObject *context,
        ItemDone done);

    store::StoreWriter *m_writer;
    QString m_workspaceId;
    std::function<qint64()> m_now;
    std::unique_ptr<store::Database> m_reader;
};

} // namespace sd::outbox
