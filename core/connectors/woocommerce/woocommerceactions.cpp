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

Result<net::HttpJob *> WooCommerceActions::addShipmentTracking(const domain::Order &order,
    const QString &trackingNumber, const QString &provider, const QString &customLink, const QDate &shippedOn) const
{
    static const QStringList closed{ u"cancelled"_qs, u"refunded"_qs, u"failed"_qs, u"trash"_qs, u"checkout-draft"_qs };
    if (closed.contains(order.platformStatus))
        return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidState),
            QCoreApplication::translate("sd::connectors", "An order in status %1 is not shipped.")
                .arg(order.platformStatus) };
    const QString number = trackingNumber.trimmed();
    if (number.isEmpty() || number.size() > 100)
        return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidArgument),
            QCoreApplication::translate("sd::connectors", "Enter the tracking number.") };
    if (provider.trimmed().isEmpty())
        return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidArgument),
            QCoreApplication::translate("sd::connectors", "Choose the carrier.") };
    QJsonObject body{ { u"tracking_number"_qs, number } };
    if (customLink.isEmpty()) {
        body.insert(u"tracking_provider"_qs, provider.trimmed());
    } else {
        const QUrl url(QString(customLink).replace(u"%1$s"_qs, u"x"_qs), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidArgument),
                QCoreApplication::translate("sd::connectors", "The tracking link must be a web address.") };
        body.insert(u"custom_tracking_provider"_qs, provider.trimmed());
        body.insert(u"custom_tracking_link"_qs, customLink);
    }
    if (shippedOn.isValid())
        body.insert(u"date_shipped"_qs, shippedOn.toString(Qt::ISODate));
    net::HttpRequest request = m_client.api().request(
        "POST", u"wp-json/wc-shipment-tracking/v3/orders/%1/shipment-trackings"_qs.arg(order.externalId));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    return m_client.api().createJob(request);
}

} // namespace sd::connectors::woocommerce
