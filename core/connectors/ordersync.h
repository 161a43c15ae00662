// One incremental order sync of one connection: asks the connector for everything modified since the last
// sync (minus an overlap, so a change that landed while the previous sync ran is not missed), and writes each
// mapped page through the StoreWriter as its own transaction. Reports once, after the last write.
#pragma once

#include "orderconnector.h"
#include "orderingest.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace sd::store {
class StoreWriter;
}

namespace sd::connectors {

struct OrderSyncReport
{
    FetchSummary fetch;
    OrderIngestStats stats;
    QList<MappingError> mappingErrors;
    std::optional<Error> storeError;
    qint64 windowFromMs = 0;
    qint64 windowToMs = 0;
    // Where the next sync starts (its overlap is subtracted then): the window's end when everything was
    // fetched and written, otherwise the previous cursor (the window is fetched again).
    qint64 nextCursorMs = 0;

    [[nodiscard]] bool ok() const { return fetch.ok() && !storeError; }
};

class OrderSync : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultOverlapMs = 5 * 60 * 1000;

    OrderSync(OrderConnector *connector, store::StoreWriter *writer, QString workspaceId, QString connectionId,
        QObject *parent = nullptr);

    void setOverlapMs(qint64 overlapMs) { m_overlapMs = overlapMs; }
    // cursorMs: the previous report's nextCursorMs, 0 for a first (full) sync back to the platform's lookback.
    void start(qint64 cursorMs, qint64 nowMs);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int pagesDone);
    void finished(const sd::connectors::OrderSyncReport &report);

private:
    void onPage(const OrderPage &page);
    void onFetchFinished(const FetchSummary &summary);
    void maybeFinish();

    QPointer<OrderConnector> m_connector;
    QPointer<store::StoreWriter> m_writer;
    QString m_workspaceId;
    QString m_connectionId;
    qint64 m_overlapMs = kDefaultOverlapMs;
    qint64 m_previousCursor = 0;
    bool m_running = false;
    bool m_fetchDone = false;
    int m_pendingWrites = 0;
    OrderSyncReport m_report;
};

} // namespace sd::connectors
