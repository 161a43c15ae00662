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
    QStringList orderIds;  // only these orders (the "Actions failed" filter); empty = no limit; not saved

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

// matchTable: a table of the seqs that match filter.text (filled with orderTextMatchSql); empty = the text is
// matched inline, row by row.
[[nodiscard]] OrderSql orderFilterSql(const OrderFilter &filter, FilterPart part = FilterPart::All,
                                      const ConnectionsByPlatform *connections = nullptr,
                                      const QString &matchTable = {});

// The seqs of the live orders whose number, customer, city, product title, SKU or barcode match text, as one
// SELECT in which every part starts from an index (search_fts, the customer, SKU and barcode indexes). Empty when
// text has nothing to search.
[[nodiscard]] OrderSql orderTextMatchSql(const QString &text);

} // namespace sd::ui
