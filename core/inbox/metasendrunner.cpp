#include "metasendrunner.h"

#include "common/logging.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metamapper.h"
#include "connectors/meta/metasend.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace sd::inbox {

using namespace sd::connectors::meta;
using outbox::OutboxItem;
using outbox::OutboxState;
using outbox::Transition;

namespace {

// The request provably did not reach Meta, or Meta said it did not process it: a plain resend is safe.
bool notProcessed(const net::NetFailure &f)
{
    switch (f.kind) {
    case net::NetError::Offline:
    case net::NetError::Dns:
    case net::NetError::ConnectionRefused:
    case net::NetError::RateLimited:
        return true;
    default:
        return false;
    }
}

QString errorCode(const net::NetFailure &f)
{
    if (!f.platformCode.isEmpty())
        return f.platformCode;
    return f.httpStatus ? QString::number(f.httpStatus) : net::netErrorName(f.kind);
}

} // namespace

QJsonObject MetaReplyPayload::toJson() const
{
    return QJsonObject{ { QStringLiteral("conversationId"), conversationId },
        { QStringLiteral("conversationExternalId"), conversationExternalId },
        { QStringLiteral("channel"), channelName(channel) }, { QStringLiteral("recipientId"), recipientId },
        { QStringLiteral("text"), text }, { QStringLiteral("tag"), tag },
        { QStringLiteral("attachmentUrl"), attachmentUrl }, { QStringLiteral("attachmentKind"), attachmentKind },
        { QStringLiteral("lastCustomerMessageMs"), lastCustomerMessageMs },
        { QStringLiteral("writtenByPerson"), writtenByPerson } };
}

MetaReplyPayload MetaReplyPayload::fromJson(const QJsonObject &o)
{
    MetaReplyPayload p;
    p.conversationId = o.value(u"conversationId").toString();
    p.conversationExternalId = o.value(u"conversationExternalId").toString();
    p.channel = channelFromName(o.value(u"channel").toString()).value_or(Channel::Messenger);
    p.recipientId = o.value(u"recipientId").toString();
    p.text = o.value(u"text").toString();
    p.tag = o.value(u"tag").toString();
    p.attachmentUrl = o.value(u"attachmentUrl").toString();
    p.attachmentKind = o.value(u"attachmentKind").toString();
    p.lastCustomerMessageMs = o.value(u"lastCustomerMessageMs").toInteger();
    p.writtenByPerson = o.value(u"writtenByPerson").toBool(true);
    return p;
}

MetaSendRunner::MetaSendRunner(
    outbox::Outbox *outbox, net::NetworkContext *network, ConnectionResolver resolver, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_network(network)
    , m_resolver(std::move(resolver))
{
    qRegisterMetaType<sd::inbox::ConnectionHealth>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MetaSendRunner::pump);
    connect(m_outbox, &outbox::Outbox::itemChanged, this, [this](const OutboxItem &item) {
        if (item.action != kAction)
            return;
        Q_EMIT itemChanged(item);
        if (item.state == OutboxState::Pending && !m_busy)
            schedulePump();
    });
}

MetaSendRunner::~MetaSendRunner() = default;

qint64 MetaSendRunner::now() const
{
    return m_outbox->now();
}

store::Database *MetaSendRunner::reader()
{
    if (!m_reader) {
        auto r = m_outbox->writer()->openReader();
        if (!r)
            return nullptr;
        m_reader = std::move(r).value();
    }
    return m_reader.get();
}

Result<OutboxItem> MetaSendRunner::enqueueIn(store::Transaction &tx, const QString &workspaceId,
    const MetaThread &thread, const QString &text, const QString &tag, qint64 nowMs)
{
    MetaReplyPayload p;
    p.text = text;
    p.tag = tag;
    return enqueueIn(tx, workspaceId, thread, p, nowMs);
}

Result<OutboxItem> MetaSendRunner::enqueueIn(store::Transaction &tx, const QString &workspaceId,
    const MetaThread &thread, const MetaReplyPayload &payload, qint64 nowMs)
{
    Result<QString> row = MetaIngest::recordPending(tx, thread, workspaceId, payload.text, payload.tag, nowMs);
    if (!row)
        return row.error();
    MetaReplyPayload p = payload;
    p.conversationId = thread.conversationId;
    p.conversationExternalId = thread.externalId;
    p.channel = thread.channel;
    p.recipientId = thread.recipientId;
    p.lastCustomerMessageMs = thread.lastCustomerMessageMs;
    outbox::TargetRequest request;
    request.action = kAction;
    request.payload = p.toJson();
    request.targetTable = kTargetTable;
    request.targetId = *row;
    request.connectionId = thread.connectionId;
    return outbox::Outbox::enqueueTargetIn(tx, workspaceId, request, nowMs);
}

Result<OutboxItem> MetaSendRunner::retryIn(store::Transaction &tx, const QString &messageId, qint64 nowMs)
{
    auto found = outbox::Outbox::itemForTarget(tx.database(), kTargetTable, messageId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ QString(outbox::kOutboxErrorDomain), int(outbox::OutboxError::NotFound),
            tr("This message was not sent through the outbox; write it again.") };
    Result<OutboxItem> item = outbox::Outbox::retryIn(tx, (*found)->id, nowMs);
    if (!item)
        return item;
    auto st = tx.database().prepare(
        u"UPDATE messages SET status = 'pending', failure_reason = NULL, updated_at = ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(messageId, nowMs); !s)
        return s.error();
    if (Status s = st->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("messages"), messageId, store::ChangeKind::Updated);
    return item;
}

void MetaSendRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_busy = true; // nothing is sent before the interrupted items are marked for reconciliation
    m_outbox->recoverInterrupted(this, [this](const Result<QStringList> &ids) {
        m_busy = false;
        if (!ids)
            qCWarning(lcOutbox) << "could not recover interrupted items:" << ids.error().message;
        schedulePump();
    });
}

void MetaSendRunner::stop()
{
    m_started = false;
    m_timer.stop();
}

void MetaSendRunner::wake()
{
    schedulePump();
}

void MetaSendRunner::schedulePump()
{
    if (m_pumpQueued || !m_started)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void MetaSendRunner::pump()
{
    if (!m_started || m_busy)
        return;
    m_timer.stop();
    const qint64 t = now();
    Result<QList<OutboxItem>> due = m_outbox->due(t, 200);
    if (!due) {
        qCWarning(lcOutbox) << "reading the outbox failed:" << due.error().message;
        Q_EMIT idle();
        return;
    }
    for (const OutboxItem &item : *due) {
        if (item.action == kAction && item.targetTable == kTargetTable) {
            process(item);
            return;
        }
    }
    Result<qint64> next = m_outbox->nextDueAt();
    if (next && *next > t)
        m_timer.start(std::chrono::milliseconds(qMin<qint64>(*next - t, 24LL * 3600 * 1000)));
    Q_EMIT idle();
}

void MetaSendRunner::withClient(const OutboxItem &item, std::function<void(MetaClient *)> next)
{
    m_resolver(item.connectionId, this, [this, item, next = std::move(next)](Result<MetaConnection> resolved) {
        if (!resolved) {
            Transition t;
            t.to = item.sentAtMs ? OutboxState::NeedsCheck : OutboxState::Failed;
            t.lastError = resolved.error().message;
            t.errorCode = QStringLiteral("local");
            finish(item, t, resolved.error().message, std::nullopt);
            return;
        }
        const MetaConnection connection = resolved.value();
        MetaClient *&client = m_clients[connection.connectionId];
        if (!client || client->connection().baseUrl() != connection.baseUrl()
            || client->connection().pageId != connection.pageId
            || client->connection().instagramId != connection.instagramId) {
            delete client;
            client = new MetaClient(m_network, connection, this);
        } else {
            client->setAccessToken(connection.accessToken);
        }
        next(client);
    });
}

void MetaSendRunner::process(const OutboxItem &item)
{
    m_busy = true;
    // A sync may have claimed the row meanwhile (MetaIngest matches our pending reply with Meta's message).
    if (store::Database *db = reader()) {
        auto st = db->prepare(u"SELECT ifnull(external_id, '') FROM messages WHERE id = ?1");
        if (st && st->bindAll(item.targetId).ok()) {
            auto row = st->step();
            if (row && !*row) {
                Transition t;
                t.to = OutboxState::Failed;
                t.lastError = tr("The message was deleted before it was sent.");
                t.errorCode = QStringLiteral("local");
                t.sentAtMs = 0;
                finish(item, t, {}, std::nullopt);
                return;
            }
            if (row && *row && !st->text(0).isEmpty()) {
                Transition t;
                t.to = OutboxState::Done;
                t.sentAtMs = 0;
                t.lastError = QString();
                t.result = QJsonObject{ { QStringLiteral("messageId"), st->text(0) },
                    { QStringLiteral("reconciled"), true } };
                finish(item, t, {}, std::nullopt);
                return;
            }
        }
    }
    withClient(item, [this, item](MetaClient *client) {
        if (item.sentAtMs != 0)
            reconcile(item, client);
        else
            send(item, client);
    });
}

void MetaSendRunner::send(const OutboxItem &item, MetaClient *client)
{
    const MetaReplyPayload p = MetaReplyPayload::fromJson(item.payload);
    MetaOutgoing outgoing;
    outgoing.channel = p.channel;
    outgoing.recipientId = p.recipientId;
    outgoing.text = p.text;
    if (!p.attachmentUrl.isEmpty()) {
        outgoing.attachmentUrl = QUrl(p.attachmentUrl);
        outgoing.attachmentKind = p.attachmentKind;
    }
    outgoing.lastCustomerMessageMs = p.lastCustomerMessageMs;
    outgoing.writtenByPerson = p.writtenByPerson;
    // The rules again at the time of sending (a retried reply may have left the window meanwhile).
    Result<net::HttpJob *> built = MetaSend::prepare(*client, outgoing, now());
    if (!built) {
        Transition t;
        t.to = OutboxState::Failed;
        t.lastError = built.error().message;
        t.errorCode = QStringLiteral("local");
        t.sentAtMs = 0;
        finish(item, t, built.error().message, std::nullopt);
        return;
    }
    net::HttpJob *job = *built;
    job->setRetryPolicy(net::RetryPolicy::none());
    job->setSendOnce(true);
    Transition running;
    running.to = OutboxState::Running;
    running.countAttempt = true;
    running.sentAtMs = now();
    QPointer<net::HttpJob> guard(job);
    // Committed before the request leaves: a crash from here on is reconciled at the next start.
    m_outbox->apply(item.id, running, this, [this, guard](const Result<OutboxItem> &marked) {
        if (!guard)
            return;
        net::HttpJob *sending = guard;
        if (!marked) {
            qCWarning(lcOutbox) << "could not mark the reply running:" << marked.error().message;
            sending->deleteLater();
            m_busy = false;
            schedulePump();
            return;
        }
        const OutboxItem current = *marked;
        connect(sending, &net::HttpJob::finished, this, [this, sending, current](const Result<net::HttpResponse> &r) {
            onSent(current, r.ok(), r ? *r : sending->lastResponse(), sending->failure());
        });
        qCDebug(lcOutbox) << "sending reply" << current.id << "attempt" << current.attempts;
        sending->start();
    });
}

void MetaSendRunner::onSent(
    const OutboxItem &item, bool ok, const net::HttpResponse &response, const net::NetFailure &failure)
{
    const qint64 at = now();
    const QString mid = ok ? MetaSend::messageIdOf(response) : QString();
    Transition t;
    if (ok && !mid.isEmpty()) {
        t.to = OutboxState::Done;
        t.sentAtMs = 0;
        t.lastError = QString();
        t.errorCode = QString();
        t.errorMessage = QString();
        t.result = QJsonObject{ { QStringLiteral("messageId"), mid } };
        finish(item, t, {}, ConnectionHealth::ok(at), mid);
        return;
    }
    net::NetFailure f = failure;
    if (ok) // a 2xx without a message id: Meta may have it
        f = net::NetFailure::make(net::NetError::Malformed, QStringLiteral("send answer without message_id"));
    qCInfo(lcOutbox) << "reply" << item.id << "attempt" << item.attempts << "failed:" << f.logLine();
    const MetaErrorClass cls = MetaErrors::classOf(f);
    const std::optional<ConnectionHealth> health = ConnectionHealth::fromFailure(f, at);
    QString reason = MetaErrors::explain(f);
    t.errorCode = errorCode(f);
    t.errorMessage = f.platformMessage;
    t.result = QJsonObject{ { QStringLiteral("class"),
        MetaErrors::stateName(MetaErrors::connectionStateFor(f)) } };
    const bool unknown = MetaSend::outcomeUnknown(f);
    const bool transient = unknown || notProcessed(f) || cls == MetaErrorClass::RateLimited
        || cls == MetaErrorClass::Transient || (cls == MetaErrorClass::Network && f.isTransient());
    if (!transient) {
        t.to = OutboxState::Failed; // refused: the reason is kept, no retry
        t.sentAtMs = 0;
        t.lastError = reason;
        finish(item, t, reason, health);
        return;
    }
    if (item.attempts >= m_policy.maxAttempts) {
        if (unknown) {
            t.to = OutboxState::NeedsCheck;
            reason = tr("No answer from Meta after %n attempt(s): the reply may have arrived. Look at the conversation "
                        "on Facebook or Instagram; Retry sends it again if it is not there.",
                nullptr, item.attempts);
        } else {
            t.to = OutboxState::Failed;
            t.sentAtMs = 0;
        }
        t.lastError = reason;
        finish(item, t, reason, health);
        return;
    }
    t.to = OutboxState::Pending;
    t.lastError = reason;
    if (!unknown)
        t.sentAtMs = 0; // provably not sent: a plain resend next time
    qint64 wait = backoffMs(item.attempts);
    if (f.retryAfter)
        wait = qMax<qint64>(wait, f.retryAfter->count());
    if (health && health->state == HealthState::RateLimited)
        wait = qMax<qint64>(wait, health->untilMs - at);
    t.nextAttemptAtMs = at + wait;
    finish(item, t, {}, health);
}

void MetaSendRunner::reconcile(const OutboxItem &item, MetaClient *client)
{
    const MetaReplyPayload p = MetaReplyPayload::fromJson(item.payload);
    qCInfo(lcOutbox) << "reply" << item.id << "may have reached Meta; reading the conversation first";
    net::HttpJob *job = client->createJob(client->messagesRequest(p.conversationExternalId));
    const QStringList businessIds = client->businessIds();
    QPointer<MetaClient> conn(client);
    connect(job, &net::HttpJob::finished, this, [this, job, item, p, businessIds, conn](const Result<net::HttpResponse> &r) {
        const qint64 at = now();
        if (!r) {
            const net::NetFailure f = job->failure();
            Transition t;
            t.countAttempt = true; // reads count: the loop stays bounded
            t.lastError = MetaErrors::explain(f);
            t.errorCode = errorCode(f);
            t.errorMessage = f.platformMessage;
            const std::optional<ConnectionHealth> health = ConnectionHealth::fromFailure(f, at);
            if (!f.isTransient() || item.attempts + 1 >= m_policy.maxAttempts) {
                t.to = OutboxState::NeedsCheck;
                finish(item, t, *t.lastError, health);
                return;
            }
            t.to = OutboxState::Pending;
            qint64 wait = backoffMs(item.attempts + 1);
            if (f.retryAfter)
                wait = qMax<qint64>(wait, f.retryAfter->count());
            t.nextAttemptAtMs = at + wait;
            finish(item, t, {}, health);
            return;
        }
        // Ours: from the Page (or its Instagram account), the same text, not before the send (less clock skew),
        // and not a message another row of ours already is.
        const MetaMessagePage page = MetaMapper::mapMessages(r->json.object(), businessIds);
        QString found;
        store::Database *db = reader();
        for (const MetaMessage &m : page.messages) {
            if (!m.outgoing || m.text != p.text || m.createdMs < item.sentAtMs - kMatchSkewMs)
                continue;
            if (!p.attachmentUrl.isEmpty() && m.attachments.isEmpty())
                continue;
            if (db) {
                auto st = db->prepare(u"SELECT count(*) FROM messages WHERE connection_id = ?1 AND external_id = ?2"
                                      u" AND id <> ?3");
                if (st && st->bindAll(item.connectionId, m.id, item.targetId).ok() && st->step().valueOr(false)
                    && st->int64(0) > 0)
                    continue;
            }
            found = m.id;
            break;
        }
        if (!found.isEmpty()) {
            qCInfo(lcOutbox) << "reply" << item.id << "had reached Meta before its answer was lost";
            Transition t;
            t.to = OutboxState::Done;
            t.sentAtMs = 0;
            t.lastError = QString();
            t.errorCode = QString();
            t.errorMessage = QString();
            t.result = QJsonObject{ { QStringLiteral("messageId"), found }, { QStringLiteral("reconciled"), true } };
            finish(item, t, {}, ConnectionHealth::ok(at), found);
            return;
        }
        if (item.result.contains(u"notFoundAt") && conn) {
            // The seller looked and chose Retry, and Meta still does not list it: send it.
            qCInfo(lcOutbox) << "reply" << item.id << "is still not on Meta after the seller's check; sending it";
            OutboxItem again = item;
            again.sentAtMs = 0;
            send(again, conn);
            return;
        }
        Transition t;
        t.to = OutboxState::NeedsCheck;
        t.result = QJsonObject{ { QStringLiteral("notFoundAt"), at } };
        const QString reason = tr("The connection dropped while sending and Meta does not list the reply in the "
                                  "conversation. Look at the conversation on Facebook or Instagram; Retry sends it "
                                  "again if it is not there.");
        t.lastError = reason;
        finish(item, t, reason, std::nullopt);
    });
    job->start();
}

void MetaSendRunner::finish(const OutboxItem &item, Transition t, const QString &rowReason,
    const std::optional<ConnectionHealth> &health, const QString &sentMessageId)
{
    const QString rowId = item.targetId;
    const QString connectionId = item.connectionId;
    const qint64 at = now();
    const OutboxState to = t.to;
    t.alongside = [rowId, connectionId, at, to, rowReason, health, sentMessageId](store::Transaction &tx) -> Status {
        if (to == OutboxState::Done && !sentMessageId.isEmpty()) {
            if (Status s = MetaIngest::recordSent(tx, rowId, sentMessageId, at); !s)
                return s;
        } else if (to == OutboxState::Failed || to == OutboxState::NeedsCheck) {
            if (Status s = MetaIngest::recordFailed(tx, rowId, rowReason, at); !s)
                return s;
        }
        if (health)
            return health->recordIn(tx, connectionId, at);
        return {};
    };
    m_outbox->apply(item.id, t, this, [this, id = item.id, connectionId, health](const Result<OutboxItem> &r) {
        if (!r)
            qCWarning(lcOutbox) << "could not record the outcome of reply" << id << ":" << r.error().message;
        else if (health)
            Q_EMIT healthChanged(connectionId, *health);
        m_busy = false;
        schedulePump();
    });
}

qint64 MetaSendRunner::backoffMs(int attempts) const
{
    const qint64 base = m_policy.baseDelay.count();
    const qint64 ceiling = qMin<qint64>(m_policy.maxDelay.count(), base << qMin(qMax(attempts - 1, 0), 20));
    return ceiling / 2 + qint64(QRandomGenerator::global()->bounded(double(ceiling / 2 + 1)));
}

} // namespace sd::inbox
