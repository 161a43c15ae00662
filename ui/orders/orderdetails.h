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
        QString lineId; // the platform's line id (what line actions take)
        QUrl imageUrl; // the product image the platform gives (WooCommerce); invalid when none
    };
    struct StatusChange // a row of order_status_history (migration 0010)
    {
        QString from; // unified status names; from empty = unknown
        QString to;
        QString platformStatus;
        qint64 at = 0;
        QString source; // "sync" | "action"
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
    QList<StatusChange> statusChanges; // oldest first

    [[nodiscard]] static Result<OrderDetails> load(store::Database &db, const QString &orderId);

    // The order in the platform's seller panel (the panel's order search; WooCommerce: unknown here).
    [[nodiscard]] QUrl platformLink() const;
    // What is known of the order's history, oldest first: (UTC ms, translated text).
    [[nodiscard]] QList<std::pair<qint64, QString>> history() const;
    // The pane's header as HTML (number, channel, date, status), in locale.
    [[nodiscard]] QString headerHtml(const QLocale &locale = {}) const;
    // The pane's body as HTML (totals, customer, addresses, cargo, history timeline), in locale; the lines are a
    // table widget of their own.
    [[nodiscard]] QString toHtml(const QLocale &locale = {}) const;
    [[nodiscard]] static QString addressText(const QJsonObject &address);
    // A VAT rate as the locale writes it (Turkish: %20).
    [[nodiscard]] static QString percentText(const QLocale &locale, int value);
};

} // namespace sd::ui
