#include "ordersexport.h"

#include "ordersmodel.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace sd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::ui::OrdersExport", text);
}

QString decimal(qint64 minor, QChar point)
{
    const bool negative = minor < 0;
    const quint64 m = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return (negative ? QStringLiteral("-") : QString()) % QString::number(m / 100) % point
           % QString::number(m % 100).rightJustified(2, QLatin1Char('0'));
}

Status bindText(store::Statement &stmt, const QVariantList &values)
{
    int i = 1;
    for (const QVariant &v : values) {
        Status s = v.typeId() == QMetaType::LongLong ? stmt.bind(i, v.toLongLong()) : stmt.bind(i, v.toString());
        if (!s)
            return s;
        ++i;
    }
    return {};
}

} // namespace

QString OrdersExport::csvField(const QString &value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' % quoted % u'"';
}

QString OrdersExport::inertText(const QString &value)
{
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
            || value.front() == u'\t' || value.front() == u'\r'))
        return u'\'' + value;
    return value;
}

Result<int> OrdersExport::writeCsv(store::Database &db, const OrderFilter &filter, const QString &orderBy,
                                   QIODevice &out, const CsvOptions &options, const Progress &progress)
{
    const QChar sep = options.turkishDecimals ? u';' : u',';
    const QChar point = options.turkishDecimals ? u',' : u'.';
    const OrderSql where = orderFilterSql(filter);

    int total = 0;
    {
        Result<store::Statement> count = db.prepare(QString(u"SELECT count(*) FROM orders o WHERE "_qs % where.where));
        if (!count)
            return count.error();
        if (Status s = bindText(*count, where.binds); !s)
            return s.error();
        if (Result<bool> row = count->step(); !row)
            return row.error();
        total = int(count->int64(0));
    }
    Result<store::Statement> stmt = db.prepare(QString(
        u"SELECT (SELECT platform FROM connections WHERE id = o.connection_id), o.order_number, o.ordered_at,"
        u" coalesce(o.customer_name, o.shipping_name, ''), coalesce(o.shipping_city, ''),"
        u" (SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = o.id AND deleted = 0),"
        u" o.total_minor, o.currency, o.unified_status, coalesce(o.platform_status, ''),"
        u" coalesce(o.cargo_company, ''), coalesce(o.tracking_number, '')"
        u" FROM orders o WHERE "_qs
        % where.where % u" ORDER BY " % (orderBy.isEmpty() ? u"o.ordered_at DESC, o.seq DESC"_qs : orderBy)));
    if (!stmt)
        return stmt.error();
    if (Status s = bindText(*stmt, where.binds); !s)
        return s.error();

    auto writeLine = [&](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f, sep));
        const QByteArray line = (quoted.join(sep) + QStringLiteral("\r\n")).toUtf8();
        return out.write(line) == line.size();
    };
    if (out.write("\xEF\xBB\xBF", 3) != 3)
        return store::storeError(store::StoreError::Io, out.errorString());
    if (!writeLine({ tr("Channel"), tr("Order number"), tr("Date"), tr("Customer"), tr("City"), tr("Items"),
                     tr("Total"), tr("Currency"), tr("Status"), tr("Platform status"), tr("Cargo"),
                     tr("Tracking number") }))
        return store::storeError(store::StoreError::Io, out.errorString());
    int done = 0;
    for (;;) {
        Result<bool> more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QString date =
            QDateTime::fromMSecsSinceEpoch(stmt->int64(2)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!writeLine({ OrdersModel::platformName(stmt->text(0)), inertText(stmt->text(1)), date,
                         inertText(stmt->text(3)), inertText(stmt->text(4)), QString::number(stmt->int64(5)),
                         decimal(stmt->int64(6), point), stmt->text(7), OrdersModel::statusLabel(stmt->text(8)),
                         inertText(stmt->text(9)), inertText(stmt->text(10)), inertText(stmt->text(11)) }))
            return store::storeError(store::StoreError::Io, out.errorString());
        ++done;
        if (progress && (done % 500 == 0 || done == total) && !progress(done, std::max(total, done)))
            return store::storeError(store::StoreError::InvalidArgument, tr("The export was cancelled."));
    }
    if (progress && done == 0)
        progress(0, 0);
    return done;
}

Result<int> OrdersExport::writeCsvFile(store::Database &db, const OrderFilter &filter, const QString &orderBy,
                                       const QString &path, const CsvOptions &options, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return store::storeError(store::StoreError::CantOpen, tr("Cannot write %1: %2").arg(path, file.errorString()));
    Result<int> rows = writeCsv(db, filter, orderBy, file, options, progress);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return store::storeError(store::StoreError::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

Result<QString> OrdersExport::pickingListHtml(store::Database &db, const QStringList &orderIds)
{
    QJsonArray ids;
    for (const QString &id : orderIds)
        ids.append(id);
    Result<store::Statement> stmt = db.prepare(QString(
        u"SELECT coalesce(nullif(l.sku, ''), nullif(l.barcode, ''), l.title) AS k, coalesce(nullif(l.sku, ''), ''),"
        u" min(l.title), coalesce(max(l.barcode), ''), sum(l.quantity), group_concat(DISTINCT o.order_number)"
        u" FROM order_lines l JOIN orders o ON o.id = l.order_id"
        u" WHERE l.deleted = 0 AND o.deleted = 0 AND l.order_id IN (SELECT value FROM json_each(?1))"
        u" GROUP BY k ORDER BY k"_qs));
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))); !s)
        return s.error();
    const QLocale locale;
    QString body;
    int units = 0;
    int skus = 0;
    for (;;) {
        Result<bool> more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        QStringList numbers = stmt->text(5).split(u',', Qt::SkipEmptyParts);
        numbers.sort();
        const int qty = stmt->int32(4);
        units += qty;
        ++skus;
        body += u"<tr><td>" % stmt->text(1).toHtmlEscaped() % u"</td><td>" % stmt->text(2).toHtmlEscaped()
                % u"</td><td>" % stmt->text(3).toHtmlEscaped() % u"</td><td align='right'><b>" % locale.toString(qty)
                % u"</b></td><td>" % numbers.join(QStringLiteral(", ")).toHtmlEscaped() % u"</td></tr>";
    }
    const QString title = tr("Picking list");
    QString html = u"<html><head><meta charset='utf-8'><title>"_qs % title.toHtmlEscaped() % u"</title></head><body>"
                   % u"<h1>" % title.toHtmlEscaped() % u"</h1><p>"
                   % tr("%1 · %2 orders · %3 products · %4 pieces")
                         .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                         .arg(orderIds.size())
                         .arg(skus)
                         .arg(units)
                         .toHtmlEscaped()
                   % u"</p><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th align='left'>"
                   % tr("SKU").toHtmlEscaped() % u"</th><th align='left'>" % tr("Product").toHtmlEscaped()
                   % u"</th><th align='left'>" % tr("Barcode").toHtmlEscaped() % u"</th><th align='right'>"
                   % tr("Quantity").toHtmlEscaped() % u"</th><th align='left'>" % tr("Orders").toHtmlEscaped()
                   % u"</th></tr>" % body % u"</table></body></html>";
    return html;
}

} // namespace sd::ui
