#include "ordersync.h"

#include "common/logging.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <memory>

namespace sd::connectors {

OrderSync::OrderSync(
    OrderConnector *connector, store::StoreWriter *writer, QString workspaceId, QString connectionId, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
    , m_writer(writer)
    , m_workspaceId(std::move(workspaceId))
    , m_connectionId(std::move(connectionId))
{
    connect(m_connector, &OrderConnector::pageReady, this, &OrderSync::onPage);
    connect(m_connector, &OrderConnector::finished, this, &OrderSync::onFetchFinished);
    connect(m_connector, &OrderConnector::progress, this, &OrderSync::progress);
}

void OrderSync::start(qint64 cursorMs, qint64 nowMs)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_fetchDone = false;
    m_pendingWrites = 0;
    m_report = {};
    m_previousCursor = cursorMs;
    const qint64 oldest = nowMs - m_connector->maxLookbackMs();
    m_report.windowFromMs = cursorMs > 0 ? qMax(oldest, cursorMs - m_overlapMs) : oldest;
    m_report.windowToMs = nowMs;
    m_connector->fetchOrders(m_report.windowFromMs, m_report.windowToMs);
}

void OrderSync::cancel()
{
    if (m_running && m_connector)
        m_connector->cancel();
}

void OrderSync::onPage(const OrderPage &page)
{
    if (!m_running)
        return;
    m_report.mappingErrors += page.errors;
    if (page.orders.isEmpty() || !m_writer)
        return;
    ++m_pendingWrites;
    auto stats = std::make_shared<OrderIngestStats>();
    auto error = std::make_shared<std::optional<Error>>();
    const QList<domain::Order> orders = page.orders;
    const QString workspaceId = m_workspaceId;
    const QString connectionId = m_connectionId;
    m_writer->submit(
        [orders, workspaceId, connectionId, stats, error](store::Transaction &tx) -> Status {
            Result<OrderIngestStats> r = OrderIngest::writePage(tx, workspaceId, connectionId, orders);
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
            if (status.ok())
                m_report.stats += *stats;
            else if (!m_report.storeError)
                m_report.storeError = error->value_or(status.error());
            if (!status.ok() && m_connector) {
                qCWarning(lcConnectors) << "order page not written:" << status.error().message;
                m_connector->cancel();
            }
            maybeFinish();
        });
}

void OrderSync::onFetchFinished(const FetchSummary &summary)
{
    if (!m_running)
        return;
    m_report.fetch = summary;
    m_fetchDone = true;
    maybeFinish();
}

void OrderSync::maybeFinish()
{
    if (!m_fetchDone || m_pendingWrites > 0)
        return;
    m_running = false;
    m_report.nextCursorMs = m_report.ok() ? m_report.windowToMs : m_previousCursor;
    Q_EMIT finished(m_report);
}

} // namespace sd::connectors
