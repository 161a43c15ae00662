#include "metasync.h"

#include "common/logging.h"
#include "metaerrors.h"
#include "metamapper.h"
#include "net/httpjob.h"
#include "net/paginator.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <memory>

namespace sd::connectors::meta {

using net::NetError;
using net::NetFailure;

MetaSync::MetaSync(
    MetaClient *client, store::StoreWriter *writer, QString workspaceId, QString connectionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_workspaceId(std::move(workspaceId))
    , m_connectionId(std::move(connectionId))
{
}

MetaSync::~MetaSync() = default;

void MetaSync::start(const MetaSyncCursor &cursor)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_fetchDone = false;
    m_pendingWrites = 0;
    m_report = {};
    m_report.nextCursor = cursor;
    m_cursor = cursor;
    m_channels = m_client ? m_client->channels() : QList<Channel>{};
    QMetaObject::invokeMethod(this, &MetaSync::nextChannel, Qt::QueuedConnection);
}

void MetaSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_paginator)
        m_paginator->cancel();
}

qint64 MetaSync::threshold() const
{
    const qint64 c = m_cursor.of(m_channel);
    return c > 0 ? c - m_overlapMs : 0;
}

void MetaSync::nextChannel()
{
    if (m_cancelled) {
        fail(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (m_channels.isEmpty() || !m_client) {
        m_fetchDone = true;
        maybeFinish();
        return;
    }
    m_channel = m_channels.takeFirst();
    m_newestSeen = 0;
    m_stopPaging = false;
    m_threads.clear();
    m_paginator = m_client->paginate(m_client->conversationsRequest(m_channel), this);
    connect(m_paginator, &net::Paginator::pageReady, this,
        [this](int, const net::HttpResponse &page) { onConversationPage(page); });
    connect(m_paginator, &net::Paginator::finished, this, &MetaSync::onConversationsDone);
    m_paginator->start();
}

void MetaSync::onConversationPage(const net::HttpResponse &page)
{
    const QJsonObject body = page.json.object();
    if (!body.value(u"data").isArray()) {
        fail(NetFailure::make(NetError::Malformed, QStringLiteral("conversation page without data"), page.status));
        return;
    }
    MetaConversationPage mapped = MetaMapper::mapConversations(body, m_channel, m_client->businessIds());
    ++m_report.pages;
    m_report.mappingErrors += mapped.errors;
    Q_EMIT progress(m_report.pages);
    const qint64 since = threshold();
    QList<MetaConversation> changed;
    for (const MetaConversation &c : std::as_const(mapped.conversations)) {
        m_newestSeen = qMax(m_newestSeen, c.updatedMs);
        if (c.updatedMs > since) {
            changed << c;
            m_threads.enqueue({ c.id, c.customer.id });
        } else {
            m_stopPaging = true; // newest first: everything after this is older still
        }
    }
    if (!changed.isEmpty()) {
        const QString ws = m_workspaceId;
        const QString conn = m_connectionId;
        submit([ws, conn, changed](store::Transaction &tx) {
            return MetaIngest::writeConversations(tx, ws, conn, changed);
        });
    }
    if (m_stopPaging && m_paginator) {
        disconnect(m_paginator, &net::Paginator::finished, this, &MetaSync::onConversationsDone);
        m_paginator->cancel();
        m_paginator->deleteLater();
        QMetaObject::invokeMethod(this, &MetaSync::nextThread, Qt::QueuedConnection);
    }
}

void MetaSync::onConversationsDone(const net::PaginationSummary &summary)
{
    if (m_paginator)
        m_paginator->deleteLater();
    if (summary.failure) {
        fail(*summary.failure);
        return;
    }
    nextThread();
}

void MetaSync::nextThread()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        fail(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (m_threads.isEmpty()) {
        // The channel is complete: its cursor moves to the newest conversation seen.
        if (m_newestSeen > m_report.nextCursor.of(m_channel))
            m_report.nextCursor.set(m_channel, m_newestSeen);
        nextChannel();
        return;
    }
    m_thread = m_threads.dequeue();
    ++m_report.conversations;
    if (m_thread.customerId.isEmpty()) {
        fetchMessages();
        return;
    }
    // The person's name and picture (Meta's user profile); not fatal when refused.
    net::HttpJob *job = m_client->createJob(m_client->profileRequest(m_thread.customerId, m_channel));
    connect(job, &net::HttpJob::finished, this, [this, job](const Result<net::HttpResponse> &r) {
        if (!m_running)
            return;
        if (!r) {
            const MetaErrorClass cls = MetaErrors::classOf(job->failure());
            if (cls == MetaErrorClass::Reconnect || cls == MetaErrorClass::RateLimited || cls == MetaErrorClass::Network) {
                fail(job->failure());
                return;
            }
            qCInfo(lcConnectors) << "meta: no profile for a customer:" << job->failure().logLine();
            fetchMessages();
            return;
        }
        const MetaPerson person = MetaMapper::mapPerson(r->json.object());
        const QString conn = m_connectionId;
        const QString conversation = m_thread.id;
        if (!person.pictureUrl.isEmpty() || !person.displayName().isEmpty()) {
            submit([conn, conversation, person](store::Transaction &tx) -> Result<MetaIngestStats> {
                Result<store::Statement> st = tx.database().prepare(
                    u"UPDATE conversations SET participant_picture_url = ?3,"
                    u" participant_name = coalesce(nullif(?4, ''), participant_name)"
                    u" WHERE connection_id = ?1 AND external_id = ?2 AND (participant_picture_url IS NOT ?3"
                    u" OR (?4 <> '' AND participant_name IS NOT ?4)) RETURNING id");
                if (!st)
                    return st.error();
                if (Status s = st->bindAll(conn, conversation,
                        person.pictureUrl.isEmpty() ? std::optional<QString>() : std::optional<QString>(person.pictureUrl),
                        person.displayName());
                    !s)
                    return s.error();
                MetaIngestStats stats;
                Result<bool> row = st->step();
                if (!row)
                    return row.error();
                if (*row) {
                    ++stats.updated;
                    tx.recordChange(QStringLiteral("conversations"), st->text(0), store::ChangeKind::Updated);
                }
                return stats;
            });
        }
        fetchMessages();
    });
    job->start();
}

void MetaSync::fetchMessages()
{
    if (m_cancelled) {
        fail(NetFailure::make(NetError::Cancelled));
        return;
    }
    m_stopPaging = false;
    m_paginator = m_client->paginate(m_client->messagesRequest(m_thread.id), this);
    connect(m_paginator, &net::Paginator::pageReady, this,
        [this](int, const net::HttpResponse &page) { onMessagePage(page); });
    connect(m_paginator, &net::Paginator::finished, this, &MetaSync::onMessagesDone);
    m_paginator->start();
}

void MetaSync::onMessagePage(const net::HttpResponse &page)
{
    const QJsonObject body = page.json.object();
    if (!body.value(u"data").isArray()) {
        fail(NetFailure::make(NetError::Malformed, QStringLiteral("message page without data"), page.status));
        return;
    }
    MetaMessagePage mapped = MetaMapper::mapMessages(body, m_client->businessIds());
    ++m_report.pages;
    m_report.messages += int(mapped.messages.size());
    m_report.mappingErrors += mapped.errors;
    Q_EMIT progress(m_report.pages);
    const qint64 since = threshold();
    for (const MetaMessage &m : std::as_const(mapped.messages)) {
        if (since > 0 && m.createdMs <= since)
            m_stopPaging = true;
    }
    if (!mapped.messages.isEmpty()) {
        const QString ws = m_workspaceId;
        const QString conn = m_connectionId;
        const QString conversation = m_thread.id;
        const QList<MetaMessage> messages = mapped.messages;
        submit([ws, conn, conversation, messages](store::Transaction &tx) {
            return MetaIngest::writeMessages(tx, ws, conn, conversation, messages);
        });
    }
    if (m_stopPaging && m_paginator) {
        disconnect(m_paginator, &net::Paginator::finished, this, &MetaSync::onMessagesDone);
        m_paginator->cancel();
        m_paginator->deleteLater();
        QMetaObject::invokeMethod(this, &MetaSync::nextThread, Qt::QueuedConnection);
    }
}

void MetaSync::onMessagesDone(const net::PaginationSummary &summary)
{
    if (m_paginator)
        m_paginator->deleteLater();
    if (summary.failure) {
        fail(*summary.failure);
        return;
    }
    nextThread();
}

void MetaSync::submit(std::function<Result<MetaIngestStats>(store::Transaction &)> write)
{
    if (!m_writer)
        return;
    ++m_pendingWrites;
    auto stats = std::make_shared<MetaIngestStats>();
    auto error = std::make_shared<std::optional<Error>>();
    m_writer->submit(
        [write, stats, error](store::Transaction &tx) -> Status {
            Result<MetaIngestStats> r = write(tx);
            if (!r) {
                *error = r.error();
                return r.error();
            }
            *stats = *r;
            return {};
        },
        this,
        [this, stats, error](const Status &status) {
            --m_pendingWrites;
            if (status.ok()) {
                m_report.stats += *stats;
            } else {
                if (!m_report.storeError)
                    m_report.storeError = error->value_or(status.error());
                qCWarning(lcConnectors) << "meta: page not written:" << m_report.storeError->message;
                cancel();
            }
            maybeFinish();
        });
}

void MetaSync::fail(const NetFailure &failure)
{
    if (!m_running || m_fetchDone)
        return;
    if (m_paginator) {
        disconnect(m_paginator, nullptr, this, nullptr);
        m_paginator->cancel();
        m_paginator->deleteLater();
    }
    if (!(failure.kind == NetError::Cancelled && m_report.storeError))
        m_report.failure = failure;
    qCWarning(lcConnectors) << "meta: sync stopped:" << failure.logLine();
    m_fetchDone = true;
    maybeFinish();
}

void MetaSync::maybeFinish()
{
    if (!m_running || !m_fetchDone || m_pendingWrites > 0)
        return;
    m_running = false;
    if (!m_report.ok())
        m_report.nextCursor = m_cursor;
    Q_EMIT finished(m_report);
}

} // namespace sd::connectors::meta
