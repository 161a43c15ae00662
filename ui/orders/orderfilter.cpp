#include "orderfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "common/textfold.h"
#include "store/searchindex.h"

#include <QDateTime>
#include <QJsonArray>

namespace sd::ui {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

qint64 startOfDayMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

bool OrderFilter::isEmpty() const
{
    return statuses.isEmpty() && platforms.isEmpty() && from.isNull() && to.isNull() && text.trimmed().isEmpty() && orderIds.isEmpty();
}

QJsonObject OrderFilter::toJson() const
{
    QJsonObject o;
    if (!statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), toArray(statuses));
    if (!platforms.isEmpty())
        o.insert(QStringLiteral("platforms"), toArray(platforms));
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

OrderFilter OrderFilter::fromJson(const QJsonObject &json)
{
    OrderFilter f;
    f.statuses = fromArray(json.value(QStringLiteral("statuses")));
    f.platforms = fromArray(json.value(QStringLiteral("platforms")));
    f.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.text = json.value(QStringLiteral("text")).toString();
    return f;
}

OrderSql orderTextMatchSql(const QString &userText)
{
    OrderSql sql;
    const QString text = userText.trimmed();
    if (text.isEmpty())
        return sql;
    QStringList parts;
    const QString match = store::SearchIndex::matchExpression(text);
    if (!match.isEmpty()) {
        parts.append(QStringLiteral("SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 4"));
        parts.append(QStringLiteral("SELECT o.seq FROM orders o WHERE o.customer_id IN (SELECT id FROM customers WHERE seq IN"
                                    " (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 2))"));
        parts.append(QStringLiteral("SELECT o.seq FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.deleted = 0"
                                    " AND l.product_id IN (SELECT id FROM products WHERE seq IN"
                                    " (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 5))"));
        sql.binds << match << match << match;
    }
    const QString code = sd::text::foldForSearch(text).toUpper();
    if (!code.isEmpty()) {
        QString next = code;
        next[next.size() - 1] = QChar(char16_t(next.back().unicode() + 1));
        parts.append(QStringLiteral("SELECT o.seq FROM order_lines l JOIN orders o ON o.id = l.order_id"
                                    " WHERE l.deleted = 0 AND upper(l.sku) >= ? AND upper(l.sku) < ?"));
        parts.append(QStringLiteral("SELECT o.seq FROM order_lines l JOIN orders o ON o.id = l.order_id"
                                    " WHERE l.deleted = 0 AND l.barcode >= ? AND l.barcode < ?"));
        sql.binds << code << next << code << next;
    }
    sql.where = parts.join(QStringLiteral(" UNION "));
    return sql;
}

OrderSql orderFilterSql(const OrderFilter &filter, FilterPart part, const ConnectionsByPlatform *connections,
                        const QString &matchTable)
{
    OrderSql sql;
    QStringList terms{ QStringLiteral("o.deleted = 0") };
    if (part != FilterPart::WithoutStatus && !filter.statuses.isEmpty()) {
        terms.append(filter.statuses.size() == 1 ? QStringLiteral("o.unified_status = ?")
                                                 : u"o.unified_status IN (" % placeholders(filter.statuses.size()) % u')');
        for (const QString &s : filter.statuses)
            sql.binds.append(s);
    }
    if (part != FilterPart::WithoutPlatform && !filter.platforms.isEmpty() && connections) {
        QStringList ids;
        for (const QString &p : filter.platforms)
            ids += connections->value(p);
        if (ids.isEmpty())
            terms.append(QStringLiteral("0"));
        else
            terms.append(ids.size() == 1 ? QStringLiteral("o.connection_id = ?")
                                         : u"o.connection_id IN (" % placeholders(ids.size()) % u')');
        for (const QString &id : std::as_const(ids))
            sql.binds.append(id);
    } else if (part != FilterPart::WithoutPlatform && !filter.platforms.isEmpty()) {
        terms.append(u"o.connection_id IN (SELECT id FROM connections WHERE platform IN ("
                     % placeholders(filter.platforms.size()) % u"))");
        for (const QString &p : filter.platforms)
            sql.binds.append(p);
    }
    if (!filter.orderIds.isEmpty()) {
        terms.append(QStringLiteral("o.id IN (SELECT value FROM json_each(?))"));
        sql.binds.append(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(filter.orderIds)).toJson(QJsonDocument::Compact)));
    }
    if (filter.from.isValid()) {
        terms.append(QStringLiteral("o.ordered_at >= ?"));
        sql.binds.append(startOfDayMs(filter.from));
    }
    if (filter.to.isValid()) {
        terms.append(QStringLiteral("o.ordered_at < ?"));
        sql.binds.append(startOfDayMs(filter.to.addDays(1)));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty() && !matchTable.isEmpty()) {
        terms.append(u"o.seq IN (SELECT seq FROM "_qs % matchTable % u')');
    } else if (!text.isEmpty()) {
        QStringList any;
        // rowid = seq * 8 + kind in search_fts (resources/sql/0002_search.sql): 4 orders (number; shipping name
        // and city), 2 customers (name; city), 5 products (title; SKU, barcode, brand).
        const QString match = store::SearchIndex::matchExpression(text);
        if (!match.isEmpty()) {
            any.append(QStringLiteral(
                "o.seq IN (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 4)"));
            sql.binds.append(match);
            any.append(QStringLiteral(
                "o.customer_id IN (SELECT id FROM customers WHERE seq IN"
                " (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 2))"));
            sql.binds.append(match);
            any.append(QStringLiteral(
                "o.id IN (SELECT order_id FROM order_lines WHERE deleted = 0 AND product_id IN (SELECT id FROM products"
                " WHERE seq IN (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH ? AND rowid % 8 = 5)))"));
            sql.binds.append(match);
        }
        // Stock codes and barcodes are codes, not words: a prefix of the whole text, case-insensitive (SQLite's
        // upper() folds ASCII; the input is folded the Turkish way first, so "ı" finds "I").
        const QString code = sd::text::foldForSearch(text).toUpper();
        if (!code.isEmpty()) {
            QString next = code;
            next[next.size() - 1] = QChar(char16_t(next.back().unicode() + 1));
            any.append(QStringLiteral(
                "o.id IN (SELECT order_id FROM order_lines WHERE deleted = 0 AND"
                " ((upper(sku) >= ? AND upper(sku) < ?) OR (barcode >= ? AND barcode < ?)))"));
            sql.binds << code << next << code << next;
        }
        terms.append(u'(' % any.join(QStringLiteral(" OR ")) % u')');
    }
    sql.where = terms.join(QStringLiteral(" AND "));
    return sql;
}

} // namespace sd::ui
