// Everything the detail pane shows about one order, read from the cache in one go.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace sd::store {
class Database;
}

namespace sd::ui {

struct OrderDetails
{
    struct Line
    {
        QString sku;
        QString barcode;
        QString title;
        int quantity = 0;
        qint64 unitPriceMinor = 0;
        qint64 unitDiscountMinor = 0;
        qint64 lineTotalMinor = 0;
        int vatRate = -1; // percent; -1 = unknown
        QString platformStatus;
        QUrl imageUrl; // none stored yet: the connectors do not keep line images
    };
    struct Shipment
    {
        QString carrier;
        QString trackingNumber;
        QUrl trackingUrl;
        QString state;
        qint64 shippedAt = 0;
        qint64 deliveredAt = 0;
    };

    QString id;
    QString externalId;
    QString number;
    QString platform;
    QString connectionName;
    QString status; // unified status name
    QString platformStatus;
    qint64 orderedAt = 0;
    qint64 platformUpdatedAt = 0;
    qint64 updatedAt = 0;
    QString customerName;
    QString customerEmail;
    QString currency;
    qint64 grossMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    QString cargo;
    QString trackingNumber;
    QUrl trackingUrl;
    QUrl invoiceLink;
    QJsonObject shippingAddress;
    QJsonObject invoiceAddress;
    QList<Line> lines;
    QList<Shipment> shipments;

    [[nodiscard]] static Result<OrderDetails> load(store::Database &db, const QString &orderId);

    // The order in the platform's seller panel (the panel's order search; WooCommerce: unknown here).
    [[nodiscard]] QUrl platformLink() const;
    // What is known of the order's history, oldest first: (UTC ms, translated text).
    [[nodiscard]] QList<std::pair<qint64, QString>> history() const;
    // The pane's body as HTML (lines, customer, addresses, cargo, history), in locale.
    [[nodiscard]] QString toHtml(const QLocale &locale = {}) const;
    [[nodiscard]] static QString addressText(const QJsonObject &address);
};

} // namespace sd::ui
