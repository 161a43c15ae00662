// One line of an order: what was bought, how many, at what price.
#pragma once

#include <QString>
#include <optional>

namespace sd::domain {

struct OrderLine
{
    QString externalId; // unique within the connection
    QString platformLineId; // the id the platform's actions take (Trendyol lineId)
    QString sku; // the seller's stock code
    QString barcode;
    QString title;
    int quantity = 0;
    qint64 unitPriceMinor = 0; // before discounts
    qint64 unitDiscountMinor = 0;
    qint64 lineTotalMinor = 0; // what the buyer pays for the line, discounts applied
    std::optional<int> vatRatePercent;
    QString platformStatus;
    QString imageUrl; // the product image the platform gives (https), empty when it gives none

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

} // namespace sd::domain
