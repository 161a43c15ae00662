#include "woocommerceactions.h"

#include "connectors/actionerror.h"
#include "net/httpjob.h"
#include "woocommerceclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::woocommerce {

namespace {

Error invalid(ActionError code, const QString &message)
{
    return Error{ QString(kActionErrorDomain), static_cast<int>(code), message };
}

} // namespace

Result<net::HttpJob *> WooCommerceActions::setStatus(const domain::Order &order, const QString &status) const
{
    static const QStringList core{ QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("on-hold"),
        QStringLiteral("completed"), QStringLiteral("cancelled"), QStringLiteral("refunded"),
        QStringLiteral("failed") };
    if (!core.contains(status))
        return invalid(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "%1 is not a WooCommerce order status.").arg(status));
    if (order.platformStatus == status)
        return invalid(ActionError::InvalidState,
            QCoreApplication::translate("sd::connectors", "The order is already %1.").arg(status));
    net::HttpRequest request
        = m_client.api().request("PUT", QStringLiteral("wp-json/wc/v3/orders/%1").arg(order.externalId));
    request.body = QJsonDocument(QJsonObject{ { u"status"_qs, status } }).toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = QStringLiteral("orders");
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> WooCommerceActions::addNote(
    const domain::Order &order, const QString &note, bool toCustomer) const
{
    const QString text = note.trimmed();
    if (text.isEmpty() || text.size() > 5000)
        return invalid(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "A note needs between 1 and 5000 characters."));
    net::HttpRequest request
        = m_client.api().request("POST", QStringLiteral("wp-json/wc/v3/orders/%1/notes").arg(order.externalId));
    request.body = QJsonDocument(QJsonObject{ { u"note"_qs, text }, { u"customer_note"_qs, toCustomer } })
                       .toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = QStringLiteral("notes");
    return m_client.api().createJob(request);
}

} // namespace sd::connectors::woocommerce
