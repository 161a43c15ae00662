#include "trendyolactions.h"

#include "net/httpjob.h"
#include "trendyolclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::connectors::trendyol {

namespace {

Error actionError(ActionError code, const QString &message)
{
    return Error{ QString(kActionErrorDomain), static_cast<int>(code), message };
}

Error wrongState(const domain::Order &package, const char *action)
{
    return actionError(ActionError::InvalidState,
        QCoreApplication::translate("sd::connectors", "%1 is not possible for a package in status %2.")
            .arg(QCoreApplication::translate("sd::connectors", action), package.platformStatus));
}

bool statusIn(const domain::Order &package, std::initializer_list<QStringView> statuses)
{
    for (QStringView s : statuses) {
        if (package.platformStatus == s)
            return true;
    }
    return false;
}

QJsonArray allLines(const domain::Order &package)
{
    QJsonArray lines;
    for (const domain::OrderLine &l : package.lines)
        lines.append(QJsonObject{ { u"lineId"_qs, l.platformLineId.toLongLong() }, { u"quantity"_qs, l.quantity } });
    return lines;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

bool TrendyolActions::isValidInvoiceNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{3}[0-9]{13}$"));
    return pattern.match(number).hasMatch();
}

Result<net::HttpJob *> TrendyolActions::moveToPicking(const domain::Order &package) const
{
    if (!statusIn(package, { u"Created" }))
        return wrongState(package, QT_TRANSLATE_NOOP("sd::connectors", "Moving to picking"));
    if (package.lines.isEmpty())
        return actionError(
            ActionError::InvalidArgument, QCoreApplication::translate("sd::connectors", "The package has no lines."));
    net::HttpRequest request = m_client.api().request(
        "PUT", u"integration/order/sellers/%1/shipment-packages/%2"_qs.arg(m_client.sellerId(), package.externalId));
    request.body = compact(QJsonObject{
        { u"lines"_qs, allLines(package) }, { u"params"_qs, QJsonObject{} }, { u"status"_qs, u"Picking"_qs } });
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = TrendyolClient::kPackageGroup;
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> TrendyolActions::moveToInvoiced(const domain::Order &package, const QString &invoiceNumber) const
{
    // Trendyol wants Picking first, then Invoiced.
    if (!statusIn(package, { u"Picking" }))
        return wrongState(package, QT_TRANSLATE_NOOP("sd::connectors", "Marking as invoiced"));
    if (invoiceNumber.trimmed().isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "An invoice number is required."));
    net::HttpRequest request = m_client.api().request(
        "PUT", u"integration/order/sellers/%1/shipment-packages/%2"_qs.arg(m_client.sellerId(), package.externalId));
    request.body = compact(QJsonObject{ { u"lines"_qs, allLines(package) },
        { u"params"_qs, QJsonObject{ { u"invoiceNumber"_qs, invoiceNumber.trimmed() } } },
        { u"status"_qs, u"Invoiced"_qs } });
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = TrendyolClient::kPackageGroup;
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> TrendyolActions::updateTrackingNumber(
    const domain::Order &package, const QString &trackingNumber) const
{
    if (!statusIn(package, { u"Picking", u"Invoiced", u"Shipped" }))
        return wrongState(package, QT_TRANSLATE_NOOP("sd::connectors", "Updating the tracking number"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{4,40}$"));
    if (!pattern.match(trackingNumber.trimmed()).hasMatch())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "The tracking number must be 4 to 40 letters or digits."));
    net::HttpRequest request = m_client.api().request("PUT",
        u"integration/order/sellers/%1/shipment-packages/%2/update-tracking-number"_qs.arg(
            m_client.sellerId(), package.externalId));
    request.body = compact(QJsonObject{ { u"trackingNumber"_qs, trackingNumber.trimmed() } });
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = u"tracking"_qs;
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> TrendyolActions::cancelLines(
    const domain::Order &package, const QList<LineQuantity> &lines, CancelReason reason) const
{
    if (!statusIn(package, { u"Created", u"Picking", u"Invoiced" }))
        return wrongState(package, QT_TRANSLATE_NOOP("sd::connectors", "Cancelling lines"));
    switch (reason) {
    case CancelReason::StockOut:
    case CancelReason::DefectiveProduct:
    case CancelReason::IncorrectPrice:
    case CancelReason::IntegrationProblem:
    case CancelReason::BulkPurchase:
    case CancelReason::ForceMajeure:
        break;
    default:
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose a cancellation reason."));
    }
    if (lines.isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose at least one line to cancel."));
    QJsonArray body;
    for (const LineQuantity &l : lines) {
        const domain::OrderLine *line = nullptr;
        for (const domain::OrderLine &candidate : package.lines) {
            if (candidate.platformLineId == l.lineId)
                line = &candidate;
        }
        if (!line)
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Line %1 is not in this package.").arg(l.lineId));
        if (l.quantity < 1 || l.quantity > line->quantity)
            return actionError(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Line %1: cancel between 1 and %2 items.")
                    .arg(l.lineId)
                    .arg(line->quantity));
        body.append(QJsonObject{ { u"lineId"_qs, l.lineId.toLongLong() }, { u"quantity"_qs, l.quantity } });
    }
    net::HttpRequest request = m_client.api().request("PUT",
        u"integration/order/sellers/%1/shipment-packages/%2/items/unsupplied"_qs.arg(
            m_client.sellerId(), package.externalId));
    request.body = compact(QJsonObject{ { u"lines"_qs, body }, { u"reasonId"_qs, static_cast<int>(reason) } });
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = u"unsupplied"_qs;
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

Result<net::HttpJob *> TrendyolActions::sendInvoiceLink(
    const domain::Order &package, const QString &invoiceLink, const QString &invoiceNumber, qint64 invoiceDateMs) const
{
    const QUrl url(invoiceLink, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "The invoice link must be an https address."));
    if (!isValidInvoiceNumber(invoiceNumber))
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate(
                "sd::connectors", "The invoice number must be 3 letters or digits followed by 13 digits."));
    if (!package.invoiceLink.isEmpty())
        return actionError(ActionError::InvalidState,
            QCoreApplication::translate("sd::connectors", "This package already has an invoice link."));
    if (invoiceDateMs <= 0)
        return actionError(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "The invoice date is missing."));
    net::HttpRequest request
        = m_client.api().request("POST", u"integration/sellers/%1/seller-invoice-links"_qs.arg(m_client.sellerId()));
    request.body = compact(
        QJsonObject{ { u"invoiceLink"_qs, invoiceLink }, { u"shipmentPackageId"_qs, package.externalId.toLongLong() },
            { u"invoiceDateTime"_qs, invoiceDateMs }, { u"invoiceNumber"_qs, invoiceNumber } });
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = u"invoice-links"_qs;
    request.expect = net::BodyExpectation::Any;
    return m_client.api().createJob(request);
}

} // namespace sd::connectors::trendyol
