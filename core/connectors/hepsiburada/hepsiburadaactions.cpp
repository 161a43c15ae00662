#include "hepsiburadaactions.h"

#include "hepsiburadaclient.h"
#include "hepsiburadamapper.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd::connectors::hepsiburada {

namespace {

Error actionError(ActionError code, const QString &message)
{
    return Error{ QString(kActionErrorDomain), static_cast<int>(code), message };
}

Error wrongState(const domain::Order &order, const char *action)
{
    return actionError(ActionError::InvalidState,
        QCoreApplication::translate("sd::connectors", "%1 is not possible for an order in status %2.")
            .arg(QCoreApplication::translate("sd::connectors", action), order.platformStatus));
}

const QString kOpen = HepsiburadaMapper::listName(HepsiburadaList::Open);
const QString kPacked = HepsiburadaMapper::listName(HepsiburadaList::Packed);
const QString kShipped = HepsiburadaMapper::listName(HepsiburadaList::Shipped);

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString packageOf(const domain::Order &order)
{
    return order.shipment ? order.shipment->externalId : QString();
}

QString localNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(3 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
}

} // namespace

Result<net::HttpJob *> HepsiburadaActions::createPackage(const domain::Order &order, const QStringList &lineIds,
    double deci, int parcels, const QString &cargoShortName) const
{
    QJsonArray requests;
    for (const domain::OrderLine &l : order.lines) {
        if (!lineIds.isEmpty() && !lineIds.contains(l.platformLineId))
            continue;
        if (l.platformStatus != kOpen) {
            if (lineIds.isEmpty())
                continue;
            return actionError(ActionError::InvalidState,
                QCoreApplication::translate("sd::connectors", "Line %1 is not waiting to be packed.")
                    .arg(l.platformLineId));
        }
        // Hepsiburada packs a line whole.
        requests.append(QJsonObject{
            { u"id"_qs, l.platformLineId }, { u"quantity"_qs, l.quantity }, { u"serialNumbers"_qs, QJsonArray{} } });
    }
    for (const QString &id : lineIds) {
        bool found = false;
        for (const domain::OrderLine &l : order.lines)
            found = found || l.platformLineId == id;
        if (!found)
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Line %1 is not in this order.").arg(id));
    }
    if (requests.isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Packing"));
    if (!(deci > 0) || deci > 10000 || parcels < 1 || parcels > 100)
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Enter a desi above 0 and between 1 and 100 parcels."));
    QJsonObject body{ { u"lineItemRequests"_qs, requests }, { u"parcelQuantity"_qs, parcels }, { u"deci"_qs, deci } };
    if (!cargoShortName.isEmpty())
        body.insert(u"cargoCompany"_qs, cargoShortName);
    net::HttpRequest request = m_client.api().request("POST", u"packages/merchantid/%1"_qs.arg(m_client.merchantId()));
    request.body = compact(body);
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Json;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::cancelLine(
    const domain::Order &order, const QString &lineId, CancelReason reason) const
{
    const domain::OrderLine *line = nullptr;
    for (const domain::OrderLine &l : order.lines) {
        if (l.platformLineId == lineId)
            line = &l;
    }
    if (!line)
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Line %1 is not in this order.").arg(lineId));
    // Only unpacked lines: a packed line is cancelled through a split of its package.
    if (line->platformStatus != kOpen)
        return actionError(ActionError::InvalidState,
            QCoreApplication::translate("sd::connectors", "Only lines that are not packed yet can be cancelled."));
    if (reason != CancelReason::CannotSupply)
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose a cancellation reason."));
    net::HttpRequest request = m_client.api().request(
        "POST", u"lineitems/merchantid/%1/id/%2/cancelbymerchant"_qs.arg(m_client.merchantId(), lineId));
    request.body = compact(QJsonObject{ { u"reasonId"_qs, static_cast<int>(reason) } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::unpack(const domain::Order &order) const
{
    if (order.platformStatus != kPacked || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Unpacking"));
    net::HttpRequest request = m_client.api().request(
        "POST", u"packages/merchantid/%1/packagenumber/%2/unpack"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::splitPackage(const domain::Order &order, const QList<QStringList> &groups,
    const QStringList &cancelled, CancelReason reason) const
{
    if (order.platformStatus != kPacked || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Splitting the package"));
    if (reason != CancelReason::CannotSupply)
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose a cancellation reason."));
    if (groups.size() + (cancelled.isEmpty() ? 0 : 1) < 2 || groups.isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate(
                "sd::connectors", "A split needs two packages, or one package and a line to cancel."));
    QStringList named;
    auto packedLine = [&](const QString &id) -> const domain::OrderLine * {
        for (const domain::OrderLine &l : order.lines) {
            if (l.platformLineId == id && l.platformStatus == kPacked && !named.contains(id))
                return &l;
        }
        return nullptr;
    };
    QJsonArray details;
    for (const QStringList &group : groups) {
        QJsonArray lines;
        for (const QString &id : group) {
            const domain::OrderLine *line = packedLine(id);
            if (!line)
                return actionError(ActionError::InvalidArgument,
                    QCoreApplication::translate(
                        "sd::connectors", "Line %1 is not a packed line of this order, or named twice.")
                        .arg(id));
            named.append(id);
            lines.append(QJsonObject{ { u"orderLineId"_qs, id }, { u"quantity"_qs, line->quantity } });
        }
        if (lines.isEmpty())
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Every new package needs a line."));
        details.append(QJsonObject{ { u"lines"_qs, lines }, { u"parcelQuantity"_qs, 1 }, { u"deci"_qs, 1 } });
    }
    QJsonArray cancelItems;
    for (const QString &id : cancelled) {
        const domain::OrderLine *line = packedLine(id);
        if (!line)
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate(
                    "sd::connectors", "Line %1 is not a packed line of this order, or named twice.")
                    .arg(id));
        named.append(id);
        cancelItems.append(QJsonObject{ { u"orderLineId"_qs, id }, { u"quantity"_qs, line->quantity },
            { u"cancelReasonId"_qs, static_cast<int>(reason) } });
    }
    net::HttpRequest request = m_client.api().request(
        "POST", u"packages/merchantid/%1/packagenumber/%2/split"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body = compact(QJsonObject{ { u"packageDetails"_qs, details }, { u"cancelledItems"_qs, cancelItems } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::sendInvoiceLink(const domain::Order &order, const QString &invoiceLink) const
{
    const QUrl url(invoiceLink, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "The invoice link must be an https address."));
    if (packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Sending the invoice link"));
    net::HttpRequest request = m_client.api().request(
        "PUT", u"packages/merchantid/%1/packagenumber/%2/invoice"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body = compact(QJsonObject{ { u"invoiceLink"_qs, invoiceLink } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::changeCargoCompany(
    const domain::Order &order, const QString &cargoShortName) const
{
    if (order.platformStatus != kPacked || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Changing the carrier"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{2,20}$"));
    if (!pattern.match(cargoShortName).hasMatch())
        return actionError(
            ActionError::InvalidArgument, QCoreApplication::translate("sd::connectors", "Choose a carrier."));
    net::HttpRequest request = m_client.api().request("PUT",
        u"packages/merchantid/%1/packagenumber/%2/changecargocompany"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body = compact(QJsonObject{ { u"CargoCompanyShortName"_qs, cargoShortName } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::markInTransit(
    const domain::Order &order, const QString &trackingNumber, const QString &trackingUrl) const
{
    if (order.platformStatus != kPacked || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Marking as shipped"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{4,40}$"));
    if (!pattern.match(trackingNumber.trimmed()).hasMatch())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "The tracking number must be 4 to 40 letters or digits."));
    if (!trackingUrl.isEmpty()) {
        const QUrl url(trackingUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "The tracking link must be a web address."));
    }
    net::HttpRequest request = m_client.api().request(
        "POST", u"packages/merchantid/%1/packagenumber/%2/intransit"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body = compact(QJsonObject{ { u"trackingNumber"_qs, trackingNumber.trimmed() },
        { u"trackingUrl"_qs, trackingUrl }, { u"shippedDate"_qs, localNow() } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::markDelivered(const domain::Order &order, const QString &receivedBy) const
{
    if (order.platformStatus != kShipped || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Marking as delivered"));
    if (receivedBy.trimmed().isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Enter who received the parcel."));
    net::HttpRequest request = m_client.api().request(
        "POST", u"packages/merchantid/%1/packagenumber/%2/deliver"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body = compact(QJsonObject{ { u"receivedDate"_qs, localNow() }, { u"receivedBy"_qs, receivedBy.trimmed() },
        { u"digitalCodes"_qs, QJsonArray{} } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> HepsiburadaActions::markUndelivered(const domain::Order &order, const QString &reason) const
{
    if (order.platformStatus != kShipped || packageOf(order).isEmpty())
        return wrongState(order, QT_TRANSLATE_NOOP("sd::connectors", "Marking as not delivered"));
    if (reason.trimmed().isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Enter why the parcel was not delivered."));
    net::HttpRequest request = m_client.api().request(
        "POST", u"packages/merchantid/%1/packagenumber/%2/undeliver"_qs.arg(m_client.merchantId(), packageOf(order)));
    request.body
        = compact(QJsonObject{ { u"undeliveredDate"_qs, localNow() }, { u"undeliveredReason"_qs, reason.trimmed() } });
    request.setHeader("Content-Type", "application/json");
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

} // namespace sd::connectors::hepsiburada
