#include "outbox.h"

#include "store/database.h"
#include "store/ids.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

namespace sd::outbox {

namespace {

const QString kTable = QStringLiteral("outbox");
const QString kColumns = QStringLiteral(
    "id, workspace_id, connection_id, action, target_table, target_id, payload, idempotency_key, state, attempts,"
    " next_attempt_at, last_error, error_code, error_message, result, sent_at, batch_id, created_at, updated_at");

Error outboxError(OutboxError code, const QString &message)
{
    return Error{ QString(kOutboxErrorDomain), static_cast<int>(code), message };
}

QString text(store::Statement &s, int column)
{
    return s.isNull(column) ? QString() : s.text(column);
}

QJsonObject jsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QString> nullable(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

OutboxItem readItem(store::Statement &s)
{
    OutboxItem i;
    i.id = s.text(0);
    i.workspaceId = s.text(1);
    i.connectionId = text(s, 2);
    i.action = s.text(3);
    i.targetTable = text(s, 4);
    i.targetId = text(s, 5);
    i.payload = jsonObject(s.text(6));
    i.idempotencyKey = s.text(7);
    i.state = outboxStateFromName(s.text(8)).value_or(OutboxState::Pending);
    i.attempts = s.int32(9);
    i.nextAttemptAtMs = s.int64(10);
    i.lastError = text(s, 11);
    i.errorCode = text(s, 12);
    i.errorMessage = text(s, 13);
    i.result = jsonObject(text(s, 14));
    i.sentAtMs = s.int64(15);
    i.batchId = text(s, 16);
    i.createdAtMs = s.int64(17);
    i.updatedAtMs = s.int64(18);
    return i;
}

Result<QList<OutboxItem>> readAll(store::Statement &s)
{
    QList<OutboxItem> items;
    for (;;) {
        Result<bool> row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        items.append(readItem(s));
    }
    return items;
}

Result<std::optional<OutboxItem>> findBy(store::Database &db, const QString &column, const QString &value)
{
    Result<store::Statement *> st
        = db.cached(u"SELECT "_qs + kColumns + u" FROM outbox WHERE "_qs + column + u" = ?1"_qs);
    if (!st)
        return st.error();
    if (Status s = (*st)->bindAll(value); !s)
        return s.error();
    Result<QList<OutboxItem>> items = readAll(**st);
    (*st)->reset();
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->first());
}

} // namespace

Outbox::Outbox(store::StoreWriter *writer, QString workspaceId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_workspaceId(std::move(workspaceId))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<sd::outbox::OutboxItem>();
}

Outbox::~Outbox() = default;

Result<store::Database *> Outbox::reader()
{
    if (!m_reader) {
        auto r = m_writer->openReader();
        if (!r)
            return r.error();
        m_reader = std::move(r).value();
    }
    return m_reader.get();
}

bool Outbox::isAllowed(OutboxState from, OutboxState to)
{
    switch (from) {
    case OutboxState::Pending:
        return true; // running (send), done (reconciled), failed (refused before the call), needs check, pending
    case OutboxState::Running:
        return to != OutboxState::Running;
    case OutboxState::Failed:
    case OutboxState::NeedsCheck:
        return to == OutboxState::Pending; // the user's retry
    case OutboxState::Done:
        return false;
    }
    return false;
}

Result<OutboxItem> Outbox::itemIn(store::Database &db, const QString &id)
{
    auto found = findBy(db, QStringLiteral("id"), id);
    if (!found)
        return found.error();
    if (!*found)
        return outboxError(
            OutboxError::NotFound, QCoreApplication::translate("sd::outbox", "There is no outbox item %1.").arg(id));
    return **found;
}

namespace {

Result<OutboxItem> insertItem(store::Database &db, store::Transaction &tx, OutboxItem item)
{
    Result<store::Statement *> insert = db.cached(QStringLiteral(
        "INSERT INTO outbox(id, workspace_id, connection_id, action, target_table, target_id, payload,"
        " idempotency_key, state, attempts, next_attempt_at, batch_id, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', 0, ?9, ?10, ?11, ?11)"));
    if (!insert)
        return insert.error();
    if (Status s = (*insert)->bindAll(item.id, item.workspaceId, item.connectionId, item.action, item.targetTable,
            item.targetId, compact(item.payload), item.idempotencyKey, item.nextAttemptAtMs, nullable(item.batchId),
            item.createdAtMs);
        !s)
        return s.error();
    if (Status s = (*insert)->exec(); !s)
        return s.error();
    tx.recordChange(kTable, item.id, store::ChangeKind::Inserted);
    return item;
}

} // namespace

Result<OutboxItem> Outbox::enqueueIn(
    store::Transaction &tx, const QString &workspaceId, const EnqueueRequest &request, qint64 nowMs)
{
    store::Database &db = tx.database();
    if (request.action.isEmpty())
        return outboxError(OutboxError::InvalidArgument, QCoreApplication::translate("sd::outbox", "No action given."));
    if (!request.idempotencyKey.isEmpty()) {
        auto existing = findBy(db, QStringLiteral("idempotency_key"), request.idempotencyKey);
        if (!existing)
            return existing.error();
        if (*existing)
            return **existing; // the same action asked twice: recorded once
    }
    Result<store::Statement *> order
        = db.cached(QStringLiteral("SELECT connection_id FROM orders WHERE id = ?1 AND workspace_id = ?2"));
    if (!order)
        return order.error();
    if (Status s = (*order)->bindAll(request.orderId, workspaceId); !s)
        return s.error();
    Result<bool> row = (*order)->step();
    if (!row)
        return row.error();
    if (!*row)
        return outboxError(OutboxError::NotFound,
            QCoreApplication::translate("sd::outbox", "There is no order %1 in this workspace.").arg(request.orderId));
    const QString connectionId = (*order)->text(0);
    (*order)->reset();

    OutboxItem item;
    item.id = store::newId();
    item.workspaceId = workspaceId;
    item.connectionId = connectionId;
    item.action = request.action;
    item.targetTable = QStringLiteral("orders");
    item.targetId = request.orderId;
    item.payload = request.payload;
    item.idempotencyKey = request.idempotencyKey.isEmpty() ? store::newId() : request.idempotencyKey;
    item.nextAttemptAtMs = nowMs;
    item.batchId = request.batchId;
    item.createdAtMs = nowMs;
    item.updatedAtMs = nowMs;
    return insertItem(db, tx, item);
}

Result<OutboxItem> Outbox::enqueueTargetIn(
    store::Transaction &tx, const QString &workspaceId, const TargetRequest &request, qint64 nowMs)
{
    store::Database &db = tx.database();
    if (request.action.isEmpty() || request.targetTable.isEmpty() || request.targetId.isEmpty())
        return outboxError(OutboxError::InvalidArgument, QCoreApplication::translate("sd::outbox", "No action given."));
    if (!request.idempotencyKey.isEmpty()) {
        auto existing = findBy(db, QStringLiteral("idempotency_key"), request.idempotencyKey);
        if (!existing)
            return existing.error();
        if (*existing)
            return **existing;
    }
    OutboxItem item;
    item.id = store::newId();
    item.workspaceId = workspaceId;
    item.connectionId = request.connectionId;
    item.action = request.action;
    item.targetTable = request.targetTable;
    item.targetId = request.targetId;
    item.payload = request.payload;
    item.idempotencyKey = request.idempotencyKey.isEmpty() ? store::newId() : request.idempotencyKey;
    item.nextAttemptAtMs = nowMs;
    item.createdAtMs = nowMs;
    item.updatedAtMs = nowMs;
    return insertItem(db, tx, item);
}

Result<OutboxItem> Outbox::applyIn(store::Transaction &tx, const QString &id, const Transition &t, qint64 nowMs)
{
    store::Database &db = tx.database();
    Result<OutboxItem> current = itemIn(db, id);
    if (!current)
        return current;
    OutboxItem item = *current;
    if (!isAllowed(item.state, t.to))
        return outboxError(OutboxError::InvalidState,
            QCoreApplication::translate("sd::outbox", "The action is %1; it cannot become %2.")
                .arg(outboxStateLabel(item.state), outboxStateLabel(t.to)));
    item.state = t.to;
    if (t.countAttempt)
        ++item.attempts;
    if (t.nextAttemptAtMs)
        item.nextAttemptAtMs = *t.nextAttemptAtMs;
    if (t.lastError)
        item.lastError = *t.lastError;
    if (t.errorCode)
        item.errorCode = *t.errorCode;
    if (t.errorMessage)
        item.errorMessage = *t.errorMessage;
    if (t.result)
        item.result = *t.result;
    if (t.sentAtMs)
        item.sentAtMs = *t.sentAtMs;
    item.updatedAtMs = nowMs;
    Result<store::Statement *> update = db.cached(QStringLiteral(
        "UPDATE outbox SET state = ?2, attempts = ?3, next_attempt_at = ?4, last_error = ?5, error_code = ?6,"
        " error_message = ?7, result = ?8, sent_at = ?9, updated_at = ?10 WHERE id = ?1"));
    if (!update)
        return update.error();
    if (Status s = (*update)->bindAll(item.id, outboxStateName(item.state), item.attempts, item.nextAttemptAtMs,
            nullable(item.lastError), nullable(item.errorCode), nullable(item.errorMessage),
            item.result.isEmpty() ? std::nullopt : std::optional<QString>(compact(item.result)),
            item.sentAtMs ? std::optional<qint64>(item.sentAtMs) : std::nullopt, nowMs);
        !s)
        return s.error();
    if (Status s = (*update)->exec(); !s)
        return s.error();
    if (t.alongside) {
        if (Status s = t.alongside(tx); !s)
            return s.error();
    }
    tx.recordChange(kTable, item.id, store::ChangeKind::Updated);
    return item;
}

Result<OutboxItem> Outbox::item(const QString &id)
{
    auto db = reader();
    if (!db)
        return db.error();
    return itemIn(**db, id);
}

Result<QList<OutboxItem>> Outbox::list(const OutboxQuery &q)
{
    auto db = reader();
    if (!db)
        return db.error();
    QStringList states;
    for (OutboxState s : q.states)
        states << outboxStateName(s);
    Result<store::Statement> st = (*db)->prepare(QString(u"SELECT "_qs + kColumns
        + u" FROM outbox WHERE workspace_id = ?1 AND (ifnull(?2, '') = '' OR instr(?2, ',' || state || ',') > 0)"
          u" AND (ifnull(?3, '') = '' OR (target_table = 'orders' AND target_id = ?3))"
          u" AND (ifnull(?4, '') = '' OR batch_id = ?4) AND (ifnull(?5, '') = '' OR connection_id = ?5) ORDER BY seq DESC LIMIT ?6"_qs));
    if (!st)
        return st.error();
    const QString stateList = states.isEmpty() ? QString() : u","_qs + states.join(u',') + u","_qs;
    if (Status s = st->bindAll(
            m_workspaceId, stateList, q.orderId, q.batchId, q.connectionId, qint64(q.limit > 0 ? q.limit : 500));
        !s)
        return s.error();
    return readAll(*st);
}

Result<QList<OutboxItem>> Outbox::due(qint64 nowMs, int limit)
{
    auto db = reader();
    if (!db)
        return db.error();
    Result<store::Statement *> st = (*db)->cached(u"SELECT "_qs + kColumns
        + u" FROM outbox WHERE state = 'pending' AND workspace_id = ?1 AND ifnull(next_attempt_at, 0) <= ?2"
          u" ORDER BY next_attempt_at, seq LIMIT ?3"_qs);
    if (!st)
        return st.error();
    if (Status s = (*st)->bindAll(m_workspaceId, nowMs, qint64(limit)); !s)
        return s.error();
    auto items = readAll(**st);
    (*st)->reset();
    return items;
}

Result<qint64> Outbox::nextDueAt()
{
    auto db = reader();
    if (!db)
        return db.error();
    Result<store::Statement *> st = (*db)->cached(QStringLiteral(
        "SELECT ifnull(min(ifnull(next_attempt_at, 0)), 0) FROM outbox WHERE state = 'pending' AND workspace_id = ?1"));
    if (!st)
        return st.error();
    if (Status s = (*st)->bindAll(m_workspaceId); !s)
        return s.error();
    Result<bool> row = (*st)->step();
    if (!row)
        return row.error();
    const qint64 at = *row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return at;
}

void Outbox::submitItem(
    std::function<Result<OutboxItem>(store::Transaction &, qint64)> job, QObject *context, ItemDone done)
{
    auto out = std::make_shared<std::optional<Result<OutboxItem>>>();
    const qint64 nowMs = m_now();
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_writer->submit(
        [job = std::move(job), out, nowMs](store::Transaction &tx) -> Status {
            Result<OutboxItem> r = job(tx, nowMs);
            const Status status = r ? Status() : Status(r.error());
            *out = std::move(r);
            return status;
        },
        this,
        [this, out, guard, hadContext, done = std::move(done)](const Status &status) {
            Result<OutboxItem> result = status ? (out->has_value() ? **out : Result<OutboxItem>(status.error()))
                                               : Result<OutboxItem>(status.error());
            if (result)
                Q_EMIT itemChanged(*result);
            if (done && (!hadContext || guard))
                done(result);
        });
}

void Outbox::enqueue(const EnqueueRequest &request, QObject *context, ItemDone done)
{
    const QString ws = m_workspaceId;
    submitItem([request, ws](store::Transaction &tx, qint64 nowMs) { return enqueueIn(tx, ws, request, nowMs); },
        context, std::move(done));
}

void Outbox::enqueueBulk(
    const QString &action, const QStringList &orderIds, const QJsonObject &payload, QObject *context, IdsDone done)
{
    auto items = std::make_shared<QList<OutboxItem>>();
    const QString ws = m_workspaceId;
    const qint64 nowMs = m_now();
    const QString batchId = store::newId();
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_writer->submit(
        [items, ws, nowMs, batchId, action, orderIds, payload](store::Transaction &tx) -> Status {
            for (const QString &orderId : orderIds) {
                Result<OutboxItem> item = enqueueIn(tx, ws, EnqueueRequest{ action, orderId, payload, {}, batchId }, nowMs);
                if (!item)
                    return item.error();
                items->append(*item);
            }
            return {};
        },
        this,
        [this, items, guard, hadContext, done = std::move(done)](const Status &status) {
            QStringList ids;
            if (status) {
                for (const OutboxItem &i : *items) {
                    ids << i.id;
                    Q_EMIT itemChanged(i);
                }
            }
            if (done && (!hadContext || guard))
                done(status ? Result<QStringList>(ids) : Result<QStringList>(status.error()));
        });
}

Result<OutboxItem> Outbox::retryIn(store::Transaction &tx, const QString &id, qint64 nowMs)
{
    Result<OutboxItem> current = itemIn(tx.database(), id);
    if (!current)
        return current;
    if (current->state != OutboxState::Failed && current->state != OutboxState::NeedsCheck)
        return outboxError(OutboxError::InvalidState,
            QCoreApplication::translate("sd::outbox", "Only failed actions or actions that need a check can be retried (this one is %1).")
                .arg(outboxStateLabel(current->state)));
    Transition t;
    t.to = OutboxState::Pending;
    t.nextAttemptAtMs = nowMs;
    t.lastError = QString();
    t.errorCode = QString();
    t.errorMessage = QString();
    // A fresh round of attempts; sent_at stays, so an unknown outcome is still reconciled first.
    Result<OutboxItem> r = applyIn(tx, id, t, nowMs);
    if (!r)
        return r;
    Result<store::Statement *> reset
        = tx.database().cached(QStringLiteral("UPDATE outbox SET attempts = 0 WHERE id = ?1"));
    if (!reset)
        return reset.error();
    if (Status s = (*reset)->bindAll(id); !s)
        return s.error();
    if (Status s = (*reset)->exec(); !s)
        return s.error();
    OutboxItem item = *r;
    item.attempts = 0;
    return item;
}

Result<std::optional<OutboxItem>> Outbox::itemForTarget(
    store::Database &db, const QString &targetTable, const QString &targetId)
{
    Result<store::Statement *> st = db.cached(u"SELECT "_qs + kColumns
        + u" FROM outbox WHERE target_table = ?1 AND target_id = ?2 ORDER BY seq DESC LIMIT 1"_qs);
    if (!st)
        return st.error();
    if (Status s = (*st)->bindAll(targetTable, targetId); !s)
        return s.error();
    Result<QList<OutboxItem>> items = readAll(**st);
    (*st)->reset();
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->first());
}

void Outbox::retry(const QString &id, QObject *context, ItemDone done)
{
    submitItem([id](store::Transaction &tx, qint64 nowMs) { return retryIn(tx, id, nowMs); }, context, std::move(done));
}

void Outbox::apply(const QString &id, const Transition &transition, QObject *context, ItemDone done)
{
    submitItem([id, transition](store::Transaction &tx, qint64 nowMs) { return applyIn(tx, id, transition, nowMs); },
        context, std::move(done));
}

void Outbox::recoverInterrupted(QObject *context, IdsDone done)
{
    auto items = std::make_shared<QList<OutboxItem>>();
    const QString ws = m_workspaceId;
    const qint64 nowMs = m_now();
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_writer->submit(
        [items, ws, nowMs](store::Transaction &tx) -> Status {
            Result<store::Statement *> st = tx.database().cached(
                QStringLiteral("SELECT id, sent_at FROM outbox WHERE state = 'running' AND workspace_id = ?1"));
            if (!st)
                return st.error();
            if (Status s = (*st)->bindAll(ws); !s)
                return s;
            QList<std::pair<QString, qint64>> running;
            for (;;) {
                Result<bool> row = (*st)->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                running.append({ (*st)->text(0), (*st)->int64(1) });
            }
            (*st)->reset();
            for (const auto &[id, sentAt] : running) {
                Transition t;
                t.to = OutboxState::Pending;
                t.nextAttemptAtMs = nowMs;
                t.sentAtMs = sentAt ? sentAt : nowMs; // running means it may have left
                Result<OutboxItem> item = applyIn(tx, id, t, nowMs);
                if (!item)
                    return item.error();
                items->append(*item);
            }
            return {};
        },
        this,
        [this, items, guard, hadContext, done = std::move(done)](const Status &status) {
            QStringList ids;
            if (status) {
                for (const OutboxItem &i : *items) {
                    ids << i.id;
                    Q_EMIT itemChanged(i);
                }
            }
            if (done && (!hadContext || guard))
                done(status ? Result<QStringList>(ids) : Result<QStringList>(status.error()));
        });
}

} // namespace sd::outbox
