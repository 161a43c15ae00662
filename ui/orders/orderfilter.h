// What the Orders view shows: statuses, channels, a date range and a search text, and the SQL that selects it.
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sd::ui {

struct OrderFilter
{
    QStringList statuses;  // unified status names ("new", "picking" …); empty = every status
    QStringList platforms; // connections.platform ("trendyol" …); empty = every channel
    QDate from;            // first local day included; null = open
    QDate to;              // last local day included; null = open
    QString text;          // order number, customer, city, product title, SKU or barcode

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static OrderFilter fromJson(const QJsonObject &json);
    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

// A WHERE clause over `orders o` (never joined, so that the planner walks the orders indexes) and its values for
// positional `?` parameters, in order.
struct OrderSql
{
    QString where;
    QVariantList binds;
};

enum class FilterPart { All, WithoutStatus, WithoutPlatform };
// platform → its connections' ids. With it, a channel filter names the connections (`o.connection_id = ?`), which
// lets SQLite walk the connection index in date order; without it, a subquery over connections.
using ConnectionsByPlatform = QHash<QString, QStringList>;

[[nodiscard]] OrderSql orderFilterSql(const OrderFilter &filter, FilterPart part = FilterPart::All,
                                      const ConnectionsByPlatform *connections = nullptr);

} // namespace sd::ui
