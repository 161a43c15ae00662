// bench_ordersmodel: the Orders view's model over an encrypted cache of 200 000 orders written through
// OrderIngest (as the connectors write them). Times opening the model and showing the first rows, jumping to the
// end, scrolling through every row, filtering (status, channel, text, date) and sorting; each next to a baseline in
// the same run and the ratio. The baseline is the least any lazy table needs, on a second connection to the same
// file: count(*) of the filter and the visible rows with one plain SELECT … LIMIT/OFFSET. The model also counts per
// status and channel for the side list, reads a page of 200 rows (with each order's line count and item sum) and
// resets its views.
// Prints JSON lines. Peak RSS at the end.
//
//   bench_ordersmodel [--orders N] [--seed S] [--dir PATH] [--quick]
#include "connectors/orderingest.h"
#include "domain/order.h"
#include "orders/ordersmodel.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/securekey.h"
#include "store/statement.h"
#include "syntheticdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace sd;
using namespace sd::store;
using sd::ui::OrderFilter;
using sd::ui::OrdersModel;

namespace {

const QString kWorkspace = u"bench-workspace"_qs;
const QStringList kPlatforms{ u"trendyol"_qs, u"hepsiburada"_qs, u"n11"_qs, u"woocommerce"_qs };
constexpr int kVisibleRows = 40; // what a window shows

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "bench_ordersmodel: %s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Realistic orders: Turkish buyers and cities, one to three lines of the synthetic catalogue, statuses weighted
// the way a shop's history looks (most delivered), cargo and tracking once shipped.
QList<domain::Order> makeOrders(bench::SyntheticData &data, QRandomGenerator &random, int first, int count,
                                const QString &platform)
{
    static const QStringList cargos{ u"Yurtiçi Kargo"_qs, u"Aras Kargo"_qs, u"MNG Kargo"_qs, u"Sürat Kargo"_qs,
        u"PTT Kargo"_qs, u"Trendyol Express"_qs, u"HepsiJet"_qs };
    using S = domain::UnifiedStatus;
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<domain::Order> orders;
    for (int i = first; i < first + count; ++i) {
        domain::Order o;
        o.externalId = platform + u'-' + QString::number(i);
        o.orderNumber = QString::number(100000000 + i * 7);
        const int roll = int(random.bounded(100));
        o.status = roll < 6 ? S::New : roll < 10 ? S::Picking : roll < 13 ? S::Invoiced : roll < 22 ? S::Shipped
                 : roll < 88 ? S::Delivered : roll < 95 ? S::Cancelled : S::Returned;
        o.platformStatus = domain::unifiedStatusName(o.status);
        o.currency = platform == u"woocommerce" && random.bounded(4) == 0 ? u"EUR"_qs : u"TRY"_qs;
        o.orderedAtMs = start + qint64(i) * 150000 + random.bounded(100000);
        o.customer.externalId = u"c"_qs + QString::number(random.bounded(60000));
        o.customer.fullName = data.personName();
        o.shippingAddress.fullName = o.customer.fullName;
        o.shippingAddress.city = data.city();
        o.shippingAddress.line1 = u"Cumhuriyet Mah. "_qs + QString::number(random.bounded(200)) + u". Sok. No: 4"_qs;
        o.shippingAddress.phone = data.phone();
        o.invoiceAddress = o.shippingAddress;
        const int lines = 1 + int(random.bounded(3));
        for (int l = 0; l < lines; ++l) {
            domain::OrderLine line;
            line.externalId = o.externalId + u'-' + QString::number(l);
            const int product = int(random.bounded(2000));
            line.sku = u"SKU-"_qs + QString::number(product);
            line.barcode = u"869"_qs + QString::number(1000000000 + product);
            line.title = data.productTitle();
            line.quantity = 1 + int(random.bounded(3));
            line.unitPriceMinor = 2000 + random.bounded(150000);
            line.lineTotalMinor = line.unitPriceMinor * line.quantity;
            line.vatRatePercent = 20;
            o.lines.append(line);
            o.grossMinor += line.lineTotalMinor;
        }
        o.totalMinor = o.grossMinor;
        if (o.status == S::Shipped || o.status == S::Delivered || o.status == S::Returned) {
            domain::Shipment s;
            s.externalId = o.externalId + u"-s"_qs;
            s.carrier = cargos[int(random.bounded(cargos.size()))];
            s.trackingNumber = QString::number(7000000000LL + i);
            s.state = o.status == S::Delivered ? domain::Shipment::State::Delivered : domain::Shipment::State::InTransit;
            o.shipment = s;
        }
        orders.append(o);
    }
    return orders;
}

// Reads kVisibleRows rows from first, every column a view paints.
void show(OrdersModel &model, int first)
{
    for (int r = first; r < std::min(model.rowCount(), first + kVisibleRows); ++r) {
        for (int c = 0; c < OrdersModel::ColumnCount; ++c)
            (void)model.index(r, c).data();
    }
}

// The baseline: the same page with one plain SELECT on the same connection (no model, no count).
double baseline(Database &db, const QString &where, const QString &orderBy, int offset)
{
    QElapsedTimer t;
    t.start();
    auto st = db.prepare(QString(u"SELECT o.id, o.order_number, o.ordered_at, o.customer_name, o.shipping_city, o.total_minor,"
                         u" o.currency, o.unified_status, o.cargo_company FROM orders o WHERE "_qs
                         % where % u" ORDER BY " % orderBy % u" LIMIT " % QString::number(kVisibleRows) % u" OFFSET "
                         % QString::number(offset)));
    if (!st)
        fail(u"baseline"_qs, st.error().message);
    while (st->step().valueOr(false))
        (void)st->text(1);
    return ms(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(u"orders"_qs, u"Orders in the cache."_qs, u"N"_qs, u"200000"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, u"Random seed."_qs, u"S"_qs, u"7"_qs);
    const QCommandLineOption dirOption(u"dir"_qs, u"Folder for the cache (default: a temporary one)."_qs, u"PATH"_qs);
    const QCommandLineOption quickOption(u"quick"_qs, u"Small sizes (smoke test; times mean nothing)."_qs);
    parser.addOptions({ ordersOption, seedOption, dirOption, quickOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int orderCount = quick && !parser.isSet(ordersOption) ? 3000 : std::max(100, parser.value(ordersOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    QTemporaryDir tempDir;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    QDir().mkpath(root);
    const QString path = QDir(root).filePath(u"cache.db"_qs);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
    SecureKey key = SecureKey::random();
    OpenOptions options;
    options.key = key.bytes();
    auto writer = Database::open(path, options);
    if (!writer)
        fail(u"open"_qs, writer.error().message);
    if (auto s = Migrator::migrate(**writer); !s)
        fail(u"migrate"_qs, s.error().message);
    QString seedSql = u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs % kWorkspace
                      % u"', 'Bench', 1, 1);";
    for (const QString &p : kPlatforms)
        seedSql += u"INSERT INTO connections(id, workspace_id, platform, display_name, account_external_id, created_at,"
                   u" updated_at) VALUES ('conn-"_qs
                   % p % u"', '" % kWorkspace % u"', '" % p % u"', '" % p % u"', '" % p % u"', 1, 1);";
    if (auto s = (*writer)->exec(seedSql); !s)
        fail(u"seed"_qs, s.error().message);

    const QJsonObject common{ { u"orders"_qs, orderCount }, { u"seed"_qs, qint64(seed) }, { u"quick"_qs, quick },
        { u"encrypted"_qs, true } };
    auto line = [&common](QJsonObject object) {
        for (auto it = common.begin(); it != common.end(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };

    // Ingest through OrderIngest, one page of 500 orders per transaction, the channels taking turns.
    bench::SyntheticData data(seed);
    QRandomGenerator random(seed);
    QElapsedTimer ingest;
    ingest.start();
    constexpr int kPage = 500;
    for (int first = 0; first < orderCount; first += kPage) {
        const QString platform = kPlatforms[(first / kPage) % kPlatforms.size()];
        const auto orders = makeOrders(data, random, first, std::min(kPage, orderCount - first), platform);
        auto stats = connectors::OrderIngest::writePage(**writer, kWorkspace, u"conn-"_qs + platform, orders, 1);
        if (!stats)
            fail(u"ingest"_qs, stats.error().message);
    }
    const double ingestMs = ms(ingest);
    line({ { u"bench"_qs, u"ingest_orders"_qs }, { u"ms"_qs, ingestMs },
           { u"orders_per_s"_qs, double(orderCount) / (ingestMs / 1000.0) } });
    (void)(*writer)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);

    OpenOptions readOptions = options;
    readOptions.mode = OpenOptions::Mode::ReadOnly;
    auto reader = Database::open(path, readOptions);
    auto baseReader = Database::open(path, readOptions);
    if (!reader || !baseReader)
        fail(u"reader"_qs, (!reader ? reader.error() : baseReader.error()).message);
    Database &base = **baseReader;
    const QString live = u"o.deleted = 0"_qs;
    const QString byDate = u"o.ordered_at DESC, o.seq DESC"_qs;

    auto report = [&line](const QString &name, double modelMs, double baseMs, QJsonObject extra = {}) {
        extra.insert(u"bench"_qs, name);
        extra.insert(u"model_ms"_qs, modelMs);
        extra.insert(u"baseline_ms"_qs, baseMs);
        extra.insert(u"ratio"_qs, baseMs > 0 ? modelMs / baseMs : 0.0);
        line(extra);
    };

    // Open and show the first rows: count + page 0 + counts per status and channel.
    QElapsedTimer t;
    t.start();
    OrdersModel model(std::move(reader).value());
    show(model, 0);
    const double openMs = ms(t);
    t.restart();
    (void)base.queryInt(u"SELECT count(*) FROM orders o WHERE o.deleted = 0"_qs);
    const double openBase = ms(t) + baseline(base, live, byDate, 0);
    report(u"open_first_rows"_qs, openMs, openBase, { { u"rows"_qs, model.rowCount() } });

    // Jump to the end (the scrollbar dragged down).
    t.restart();
    show(model, model.rowCount() - kVisibleRows);
    report(u"jump_to_end"_qs, ms(t), baseline(base, live, byDate, model.rowCount() - kVisibleRows));

    // Scroll through every row, page after page (what holding Page Down does); baseline: one SELECT of all rows.
    t.restart();
    for (int r = 0; r < model.rowCount(); ++r)
        (void)model.index(r, OrdersModel::NumberColumn).data();
    const double scrollMs = ms(t);
    t.restart();
    {
        auto st = base.prepare(QString(u"SELECT o.id, o.order_number FROM orders o WHERE o.deleted = 0 ORDER BY "_qs % byDate));
        while (st && st->step().valueOr(false))
            (void)st->text(1);
    }
    report(u"scroll_all_rows"_qs, scrollMs, ms(t), { { u"cached_rows"_qs, model.cachedRows() } });

    struct Case
    {
        QString name;
        OrderFilter filter;
        QString baseWhere;
    };
    OrderFilter status;
    status.statuses = { u"new"_qs };
    OrderFilter channel;
    channel.platforms = { u"n11"_qs };
    OrderFilter text;
    text.text = data.personName().section(u' ', 0, 0); // a first name, as a user types it
    OrderFilter sku;
    sku.text = u"SKU-123"_qs;
    OrderFilter dates;
    dates.from = QDate(2025, 1, 2); // the generated orders start on 1 January 2025, 2.5 minutes apart
    dates.to = QDate(2025, 1, 3);
    const QList<Case> cases{
        { u"filter_status"_qs, status, u"o.deleted = 0 AND o.unified_status = 'new'"_qs },
        { u"filter_channel"_qs, channel, u"o.deleted = 0 AND o.connection_id = 'conn-n11'"_qs },
        { u"filter_text_name"_qs, text, {} },
        { u"filter_text_sku"_qs, sku, {} },
        { u"filter_date_range"_qs, dates, u"o.deleted = 0 AND o.ordered_at >= "_qs
                                              % QString::number(QDateTime(dates.from, QTime(0, 0)).toMSecsSinceEpoch())
                                              % u" AND o.ordered_at < "
                                              % QString::number(QDateTime(dates.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()) },
    };
    for (const Case &c : cases) {
        t.restart();
        model.setFilter(c.filter);
        show(model, 0);
        const double modelMs = ms(t);
        // Baseline: the model's own WHERE (for text, the FTS and SKU subqueries) in one plain SELECT, no counts.
        const ui::OrderSql sql = ui::orderFilterSql(c.filter);
        double baseMs = 0;
        if (c.baseWhere.isEmpty()) {
            t.restart();
            auto st = base.prepare(QString(u"SELECT o.id, o.order_number FROM orders o WHERE "_qs % sql.where % u" ORDER BY "
                                   % byDate % u" LIMIT " % QString::number(kVisibleRows)));
            int i = 1;
            for (const QVariant &v : sql.binds)
                (void)(v.typeId() == QMetaType::LongLong ? st->bind(i++, v.toLongLong()) : st->bind(i++, v.toString()));
            while (st->step().valueOr(false))
                (void)st->text(1);
            auto count = base.prepare(QString(u"SELECT count(*) FROM orders o WHERE "_qs % sql.where));
            i = 1;
            for (const QVariant &v : sql.binds)
                (void)(v.typeId() == QMetaType::LongLong ? count->bind(i++, v.toLongLong()) : count->bind(i++, v.toString()));
            (void)count->step();
            baseMs = ms(t);
        } else {
            t.restart();
            (void)base.queryInt(u"SELECT count(*) FROM orders o WHERE "_qs + c.baseWhere);
            baseMs = ms(t) + baseline(base, c.baseWhere, byDate, 0);
        }
        report(c.name, modelMs, baseMs, { { u"rows"_qs, model.rowCount() }, { u"text"_qs, c.filter.text } });
    }
    model.setFilter({});

    const QList<std::tuple<QString, int, Qt::SortOrder, QString>> sorts{
        { u"sort_customer"_qs, OrdersModel::CustomerColumn, Qt::AscendingOrder,
          u"coalesce(o.customer_name, o.shipping_name, '') ASC, o.seq ASC"_qs },
        { u"sort_total"_qs, OrdersModel::TotalColumn, Qt::DescendingOrder, u"o.total_minor DESC, o.seq DESC"_qs },
        { u"sort_status"_qs, OrdersModel::StatusColumn, Qt::AscendingOrder, u"o.unified_status ASC, o.seq ASC"_qs },
    };
    for (const auto &[name, column, order, orderBy] : sorts) {
        t.restart();
        model.sort(column, order);
        show(model, 0);
        show(model, model.rowCount() / 2); // the middle: by offset from the nearer end
        const double modelMs = ms(t);
        const double baseMs = baseline(base, live, orderBy, 0) + baseline(base, live, orderBy, model.rowCount() / 2);
        report(name, modelMs, baseMs);
    }

    line({ { u"bench"_qs, u"memory"_qs }, { u"peak_rss_kb"_qs, statusKb("VmHWM:") },
           { u"rss_kb"_qs, statusKb("VmRSS:") }, { u"cached_rows"_qs, model.cachedRows() },
           { u"note"_qs, u"includes the writer connection that generated the orders"_qs } });
    return 0;
}
