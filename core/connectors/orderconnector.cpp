#include "orderconnector.h"

#include <QDateTime>

#include <memory>

namespace sd::connectors {

void OrderConnector::verifyCredentials()
{
    if (isFetching()) {
        net::NetFailure busy;
        busy.kind = net::NetError::Cancelled;
        busy.detail = QStringLiteral("verifyCredentials while a fetch runs");
        Q_EMIT credentialsChecked(busy);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &OrderConnector::finished, this, [this, connection](const FetchSummary &summary) {
        disconnect(*connection);
        Q_EMIT credentialsChecked(summary.failure);
    });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fetchOrders(now - 10 * 60 * 1000, now);
}

} // namespace sd::connectors
