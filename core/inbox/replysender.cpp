#include "replysender.h"

#include "common/logging.h"
#include "connectors/meta/metaingest.h"
#include "connectors/meta/metasend.h"
#include "inboxquery.h"
#include "outbox/outbox.h"
#include "secrets/secretstore.h"
#include "store/localstore.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sd::inbox {

using namespace sd::connectors::meta;
using outbox::OutboxItem;
using outbox::OutboxState;

ReplySender::ReplySender(store::StoreWriter *writer, net::NetworkContext *network, Resolver resolver, QObject *parent)
    : QObject(parent), m_writer(writer), m_network(network), m_resolver(std::move(resolver)),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<sd::inbox::ReplyOutcome>();
}

ReplySender::~ReplySender() = default;

ReplySender::Resolver ReplySender::keychainResolver(store::LocalStore *store, SecretStore *secrets,
    const QString &profileId)
{
    return [store, secrets, profileId](const QString &connectionId, QObject *context, Resolved done) {
        auto reader = store->openReader();
        if (!reader)
            return done(reader.error());
        auto row = InboxQuery::metaConnection(*reader.value(), connectionId);
        if (!row)
            return done(row.error());
        if (!row.value())
            return done(Error{QStringLiteral("inbox"), 1,
                QCoreApplication::translate("sd::inbox::ReplySender", "The conversation's Meta connection is gone.")});
        const MetaConnectionRow r = *row.value();
        secrets->read(SecretStore::keyFor(profileId, InboxQuery::tokenSecretName(connectionId)), context,
            [r, done](Result<QByteArray> token) {
                if (!token)
                    return done(token.error());
                done(r.connection(QString::fromUtf8(token.value())));
            });
    };
}

void ReplySender::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
    for (MetaSendRunner *runner : std::as_const(m_runners))
        runner->outbox()->setNow(m_now);
}

void ReplySender::setPolicy(const outbox::RunnerPolicy &policy)
{
    m_policy = policy;
    for (MetaSendRunner *runner : std::as_const(m_runners))
        runner->setPolicy(policy);
}

MetaSendRunner *ReplySender::ensureRunner(const QString &workspaceId)
{
    if (MetaSendRunner *existing = m_runners.value(workspaceId))
        return existing;
    auto *box = new outbox::Outbox(m_writer, workspaceId, this);
    box->setNow(m_now);
    auto *runner = new MetaSendRunner(box, m_network, m_resolver, box);
    if (m_policy)
        runner->setPolicy(*m_policy);
    connect(runner, &MetaSendRunner::itemChanged, this, &ReplySender::onItemChanged);
    connect(runner, &MetaSendRunner::healthChanged, this, &ReplySender::healthChanged);
    m_runners.insert(workspaceId, runner);
    runner->start();
    return runner;
}

void ReplySender::start(const QString &workspaceId)
{
    ensureRunner(workspaceId);
}

void ReplySender::refuse(ReplyOutcome outcome, const QString &reason)
{
    outcome.reason = reason;
    outcome.refused = outcome.messageId.isEmpty();
    --m_starting;
    Q_EMIT finished(outcome);
}

void ReplySender::onItemChanged(const OutboxItem &item)
{
    if (item.targetTable != MetaSendRunner::kTargetTable)
        return;
    ReplyOutcome outcome = m_inFlight.value(item.targetId);
    const MetaReplyPayload payload = MetaReplyPayload::fromJson(item.payload);
    outcome.conversationId = payload.conversationId;
    outcome.messageId = item.targetId;
    outcome.text = payload.text;
    outcome.reason = item.lastError;
    if (!item.isFinal()) {
        // Waiting for a later attempt (rate limit, 5xx): the row stays pending, the view says why.
        if (item.state == OutboxState::Pending && !item.lastError.isEmpty() && m_inFlight.contains(item.targetId)) {
            outcome.waiting = true;
            Q_EMIT queued(outcome);
        }
        return;
    }
    m_inFlight.remove(item.targetId);
    outcome.waiting = false;
    outcome.sent = item.state == OutboxState::Done;
    outcome.outcomeUnknown = item.state == OutboxState::NeedsCheck;
    outcome.reconnect = item.result.value(u"class").toString() == u"reconnect";
    if (outcome.sent)
        outcome.reason.clear();
    Q_EMIT finished(outcome);
}

void ReplySender::send(const QString &conversationId, const QString &text)
{
    ++m_starting;
    auto thread = std::make_shared<MetaThread>();
    auto workspace = std::make_shared<QString>();
    ReplyOutcome base;
    base.conversationId = conversationId;
    base.text = text;
    m_writer->submit(
        [thread, workspace, conversationId](store::Transaction &tx) -> Status {
            auto t = MetaIngest::thread(tx, conversationId);
            if (!t)
                return t.error();
            *thread = t.value();
            auto ws = tx.database().prepare(u"SELECT workspace_id FROM conversations WHERE id = ?1");
            if (!ws)
                return ws.error();
            if (auto b = ws->bindAll(conversationId); !b)
                return b;
            if (auto s = ws->step(); !s || !s.value())
                return Error{QStringLiteral("inbox"), 2, QStringLiteral("conversation vanished")};
            *workspace = ws->text(0);
            return {};
        },
        this,
        [this, thread, workspace, text, base](const Status &read) {
            if (!read)
                return refuse(base, read.error().message);
            m_resolver(thread->connectionId, this, [this, thread, workspace, text, base](Result<MetaConnection> resolved) {
                if (!resolved)
                    return refuse(base, resolved.error().message);
                MetaOutgoing outgoing;
                outgoing.channel = thread->channel;
                outgoing.recipientId = thread->recipientId;
                outgoing.text = text;
                outgoing.lastCustomerMessageMs = thread->lastCustomerMessageMs;
                const qint64 now = m_now();
                const bool humanAgent = resolved.value().humanAgentApproved;
                // The rules first: nothing is written or sent when they refuse.
                if (Status ok = MetaSend::validate(outgoing, now, humanAgent); !ok)
                    return refuse(base, ok.error().message);
                const QString tag = MetaSend::check(outgoing, now, humanAgent).window.tag();
                MetaSendRunner *runner = ensureRunner(*workspace);
                auto item = std::make_shared<OutboxItem>();
                const MetaThread t = *thread;
                const QString ws = *workspace;
                m_writer->submit(
                    [t, ws, text, tag, now, item](store::Transaction &tx) -> Status {
                        auto r = MetaSendRunner::enqueueIn(tx, ws, t, text, tag, now);
                        if (!r)
                            return r.error();
                        *item = r.value();
                        return {};
                    },
                    this,
                    [this, runner, item, base](const Status &written) {
                        if (!written)
                            return refuse(base, written.error().message);
                        --m_starting;
                        ReplyOutcome outcome = base;
                        outcome.messageId = item->targetId;
                        m_inFlight.insert(outcome.messageId, outcome);
                        Q_EMIT queued(outcome);
                        runner->wake();
                    });
            });
        });
}

void ReplySender::retry(const QString &messageId)
{
    ++m_starting;
    auto item = std::make_shared<OutboxItem>();
    const qint64 now = m_now();
    m_writer->submit(
        [messageId, now, item](store::Transaction &tx) -> Status {
            auto r = MetaSendRunner::retryIn(tx, messageId, now);
            if (!r)
                return r.error();
            *item = r.value();
            return {};
        },
        this,
        [this, item, messageId](const Status &done) {
            ReplyOutcome outcome;
            outcome.messageId = messageId;
            if (!done) {
                --m_starting;
                outcome.reason = done.error().message;
                Q_EMIT finished(outcome);
                return;
            }
            --m_starting;
            const MetaReplyPayload payload = MetaReplyPayload::fromJson(item->payload);
            outcome.conversationId = payload.conversationId;
            outcome.text = payload.text;
            m_inFlight.insert(messageId, outcome);
            Q_EMIT queued(outcome);
            ensureRunner(item->workspaceId)->wake();
        });
}

} // namespace sd::inbox
