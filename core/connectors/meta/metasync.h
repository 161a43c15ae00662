// One incremental inbox sync of one Meta connection, like OrderSync for orders: per channel (Messenger, then
// Instagram when linked) the conversation list newest first until the conversations are older than the cursor
// (minus an overlap), then for every changed conversation the person's profile and its messages, newest first,
// until they are older than the cursor. Every page is written through the StoreWriter as one transaction.
#pragma once

#include "connectors/mappingerror.h"
#include "metaclient.h"
#include "metaingest.h"
#include "net/neterror.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <optional>

namespace sd::store {
class StoreWriter;
}

namespace sd::net {
struct PaginationSummary;
class HttpResponse;
}

namespace sd::connectors::meta {

// Where the next sync starts, per channel: the newest conversation updated_time seen (UTC ms; 0 = never).
struct MetaSyncCursor
{
    qint64 messengerMs = 0;
    qint64 instagramMs = 0;
    [[nodiscard]] qint64 of(Channel c) const { return c == Channel::Instagram ? instagramMs : messengerMs; }
    void set(Channel c, qint64 ms) { (c == Channel::Instagram ? instagramMs : messengerMs) = ms; }
};

struct MetaSyncReport
{
    int pages = 0;
    int conversations = 0; // changed conversations whose messages were fetched
    int messages = 0;
    MetaIngestStats stats;
    QList<MappingError> mappingErrors;
    std::optional<net::NetFailure> failure;
    std::optional<Error> storeError;
    MetaSyncCursor nextCursor; // the old one where the sync did not complete

    [[nodiscard]] bool ok() const { return !failure && !storeError; }
};

class MetaSync : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultOverlapMs = 5 * 60 * 1000;

    MetaSync(MetaClient *client, store::StoreWriter *writer, QString workspaceId, QString connectionId,
        QObject *parent = nullptr);
    ~MetaSync() override;

    void setOverlapMs(qint64 overlapMs) { m_overlapMs = overlapMs; }
    void start(const MetaSyncCursor &cursor);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int pagesDone);
    void finished(const sd::connectors::meta::MetaSyncReport &report);

private:
    struct Thread
    {
        QString id;
        QString customerId;
    };

    void nextChannel();
    void onConversationPage(const net::HttpResponse &page);
    void onConversationsDone(const net::PaginationSummary &summary);
    void nextThread();
    void fetchMessages();
    void onMessagePage(const net::HttpResponse &page);
    void onMessagesDone(const net::PaginationSummary &summary);
    void submit(std::function<Result<MetaIngestStats>(store::Transaction &)> write);
    void fail(const net::NetFailure &failure);
    void maybeFinish();
    [[nodiscard]] qint64 threshold() const;

    QPointer<MetaClient> m_client;
    QPointer<store::StoreWriter> m_writer;
    QString m_workspaceId;
    QString m_connectionId;
    qint64 m_overlapMs = kDefaultOverlapMs;

    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopPaging = false; // the page just read reached what the previous sync had
    bool m_fetchDone = false;
    int m_pendingWrites = 0;
    MetaSyncCursor m_cursor;
    QList<Channel> m_channels;
    Channel m_channel = Channel::Messenger;
    qint64 m_newestSeen = 0;
    QQueue<Thread> m_threads;
    Thread m_thread;
    QPointer<net::Paginator> m_paginator;
    MetaSyncReport m_report;
};

} // namespace sd::connectors::meta

Q_DECLARE_METATYPE(sd::connectors::meta::MetaSyncReport)
