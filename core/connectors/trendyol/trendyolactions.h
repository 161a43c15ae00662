// Trendyol package actions with Trendyol's own rules checked before the call: Picking (from Created), Invoiced
// (from Picking, with an invoice number), tracking number (Picking/Invoiced/Shipped), cancel lines as
// unsupplied (Created/Picking/Invoiced, reason 500–506), invoice link (https, 16-character number). Each
// call returns a job that is not started yet: connect to finished(), then start(). core/outbox records, sends
// and retries them.
#pragma once

#include "common/result.h"
#include "connectors/actionerror.h"
#include "domain/order.h"

#include <QList>
#include <QString>

namespace sd::net {
class HttpJob;
}

namespace sd::connectors::trendyol {

class TrendyolClient;

using connectors::ActionError;
using connectors::kActionErrorDomain;

enum class CancelReason {
    StockOut = 500,
    DefectiveProduct = 501,
    IncorrectPrice = 502,
    IntegrationProblem = 504,
    BulkPurchase = 505,
    ForceMajeure = 506,
};

struct LineQuantity
{
    QString lineId; // OrderLine::platformLineId
    int quantity = 0;
};

class TrendyolActions
{
public:
    explicit TrendyolActions(TrendyolClient &client)
        : m_client(client)
    { }

    [[nodiscard]] Result<net::HttpJob *> moveToPicking(const domain::Order &package) const;
    [[nodiscard]] Result<net::HttpJob *> moveToInvoiced(
        const domain::Order &package, const QString &invoiceNumber) const;
    [[nodiscard]] Result<net::HttpJob *> updateTrackingNumber(
        const domain::Order &package, const QString &trackingNumber) const;
    // The package is re-created by Trendyol with a new id (sync again afterwards).
    [[nodiscard]] Result<net::HttpJob *> cancelLines(
        const domain::Order &package, const QList<LineQuantity> &lines, CancelReason reason) const;
    // invoiceDateMs: UTC ms. Not retried automatically (a POST; Trendyol answers 409 to a second link).
    [[nodiscard]] Result<net::HttpJob *> sendInvoiceLink(const domain::Order &package, const QString &invoiceLink,
        const QString &invoiceNumber, qint64 invoiceDateMs) const;

    // Trendyol's invoice number: 3 letters or digits, then 13 digits.
    [[nodiscard]] static bool isValidInvoiceNumber(const QString &number);

private:
    TrendyolClient &m_client;
};

} // namespace sd::connectors::trendyol
