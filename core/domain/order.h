// The unified order: one platform order (for Trendyol and N11: one shipment package) in the shape every
// connector maps into and the store ingests.
#pragma once

#include "address.h"
#include "orderline.h"
#include "shipment.h"
#include "unifiedstatus.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd::domain {

struct OrderCustomer
{
    QString externalId; // the platform's customer id; empty when the platform gives none
    QString fullName;
    QString email;
    QString phone;

    friend bool operator==(const OrderCustomer &, const OrderCustomer &) = default;
};

struct Order
{
    QString externalId; // unique within the connection (Trendyol: shipment package id)
    QString orderNumber; // what the seller and buyer see
    QString platformStatus; // verbatim
    UnifiedStatus status = UnifiedStatus::Unknown;
    QString currency; // ISO 4217
    qint64 grossMinor = 0; // before discounts
    qint64 discountMinor = 0;
    qint64 totalMinor = 0; // what the buyer pays
    qint64 orderedAtMs = 0; // UTC
    qint64 platformUpdatedAtMs = 0; // UTC, 0 when unknown
    OrderCustomer customer;
    Address shippingAddress;
    Address invoiceAddress;
    QList<OrderLine> lines;
    std::optional<Shipment> shipment;
    QString invoiceLink;

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace sd::domain
