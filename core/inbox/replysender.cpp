#include "replysender.h"

#include "common/logging.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metaingest.h"
#include "connectors/meta/metasend.h"
#include "inboxquery.h"
#include "net/httpjob.h"
#include "secrets/secretstore.h"
#include "store/localstore.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sd::inbox {

using namespace sd::connectors::meta;

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

void ReplySender::fail(ReplyOutcome outcome, const QString &reason)
{
    outcome.reason = reason;
    --m_inFlight;
    Q_EMIT finished(outcome);
}

void ReplySender::send(const QString &conversationId, const QString &text)
{
    ++m_inFlight;
    auto thread = std::make_shared<MetaThread>();
    ReplyOutcome base;
    base.conversationId = conversationId;
    base.text = text;
    m_writer->submit(
        [thread, conversationId](store::Transaction &tx) -> Status {
            auto t = MetaIngest::thread(tx, conversationId);
            if (!t)
                return t.error();
            *thread = t.value();
            return {};
        },
        this,
        [this, thread, text, base](const Status &read) {
            if (!read)
                return fail(base, read.error().message);
            m_resolver(thread->connectionId, this, [this, thread, text, base](Result<MetaConnection> resolved) {
                if (!resolved)
                    return fail(base, resolved.error().message);
                const MetaConnection connection = resolved.value();
                MetaClient *&client = m_clients[connection.connectionId];
                if (!client || client->connection().host != connection.host
                    || client->connection().pageId != connection.pageId) {
                    delete client;
                    client = new MetaClient(m_network, connection, this);
                } else {
                    client->setAccessToken(connection.accessToken);
                }
                MetaOutgoing outgoing;
                outgoing.channel = thread->channel;
                outgoing.recipientId = thread->recipientId;
                outgoing.text = text;
                outgoing.lastCustomerMessageMs = thread->lastCustomerMessageMs;
                const qint64 now = m_now();
                // The rules first: nothing is written or sent when they refuse.
                auto job = MetaSend::prepare(*client, outgoing, now);
                if (!job) {
                    ReplyOutcome refused = base;
                    refused.refused = true;
                    return fail(refused, job.error().message);
                }
                const MetaSendCheck check = MetaSend::check(outgoing, now, connection.humanAgentApproved);
                auto messageId = std::make_shared<QString>();
                net::HttpJob *sendJob = job.value();
                const MetaThread t = *thread;
                const QString tag = check.window.tag();
                m_writer->submit(
                    [t, text, tag, now, messageId](store::Transaction &tx) -> Status {
                        // The workspace of the conversation row.
                        auto ws = tx.database().prepare(u"SELECT workspace_id FROM conversations WHERE id = ?1");
                        if (!ws)
                            return ws.error();
                        if (auto b = ws->bindAll(t.conversationId); !b)
                            return b;
                        if (auto s = ws->step(); !s || !s.value())
                            return Error{QStringLiteral("inbox"), 2, QStringLiteral("conversation vanished")};
                        auto r = MetaIngest::recordPending(tx, t, ws->text(0), text, tag, now);
                        if (!r)
                            return r.error();
                        *messageId = r.value();
                        return {};
                    },
                    this,
                    [this, sendJob, messageId, base](const Status &pending) {
                        if (!pending) {
                            delete sendJob;
                            return fail(base, pending.error().message);
                        }
                        ReplyOutcome outcome = base;
                        outcome.messageId = *messageId;
                        connect(sendJob, &net::HttpJob::finished, this,
                            [this, sendJob, outcome](const Result<net::HttpResponse> &answer) mutable {
                                const QString platformId = answer ? MetaSend::messageIdOf(answer.value()) : QString();
                                const qint64 at = m_now();
                                if (answer && !platformId.isEmpty()) {
                                    outcome.sent = true;
                                    m_writer->submit(
                                        [id = outcome.messageId, platformId, at](store::Transaction &tx) {
                                            return MetaIngest::recordSent(tx, id, platformId, at);
                                        },
                                        this, [this, outcome](const Status &) {
                                            --m_inFlight;
                                            Q_EMIT finished(outcome);
                                        });
                                    return;
                                }
                                net::NetFailure failure = sendJob->failure();
                                if (answer)
                                    failure = net::NetFailure::make(net::NetError::Malformed,
                                        QStringLiteral("send answer without message_id"));
                                QString reason = MetaErrors::explain(failure);
                                outcome.outcomeUnknown = MetaSend::outcomeUnknown(failure);
                                outcome.reconnect = MetaErrors::classOf(failure) == MetaErrorClass::Reconnect;
                                if (outcome.outcomeUnknown)
                                    reason += u' '
                                        + QCoreApplication::translate("sd::inbox::ReplySender",
                                            "Meta may have received it: the next sync shows whether it arrived; "
                                            "check before sending again.");
                                outcome.reason = reason;
                                m_writer->submit(
                                    [id = outcome.messageId, reason, at](store::Transaction &tx) {
                                        return MetaIngest::recordFailed(tx, id, reason, at);
                                    },
                                    this, [this, outcome](const Status &) {
                                        --m_inFlight;
                                        Q_EMIT finished(outcome);
                                    });
                            });
                        sendJob->start();
                    });
            });
        });
}

} // namespace sd::inbox
