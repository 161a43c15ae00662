#include "ordersmodel.h"

#include "domain/unifiedstatus.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace sd::ui {

namespace {

// Columns of the page query, in this order.
QString selectColumns(const QString &key)
{
    return u"SELECT o.seq, o.id, "_qs % key
           % u", (SELECT platform FROM connections WHERE id = o.connection_id), o.order_number, o.ordered_at,"
             u" coalesce(o.customer_name, o.shipping_name, ''), coalesce(o.shipping_city, ''),"
             u" (SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = o.id AND deleted = 0),"
             u" (SELECT count(*) FROM order_lines WHERE order_id = o.id AND deleted = 0),"
             u" o.total_minor, o.currency, o.unified_status, coalesce(o.cargo_company, ''),"
             u" coalesce(o.tracking_number, '') FROM orders o";
}

Result<store::Statement> prepare(store::Database &db, const QString &sql)
{
    return db.prepare(sql);
}

Status bindValues(store::Statement &stmt, const QVariantList &values)
{
    int index = 1;
    for (const QVariant &v : values) {
        Status s;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            s = stmt.bind(index, v.toLongLong());
            break;
        default:
            s = v.isNull() ? stmt.bind(index, nullptr) : stmt.bind(index, v.toString());
            break;
        }
        if (!s)
            return s;
        ++index;
    }
    return {};
}

// "key >= ?1 AND (key > ?1 OR seq > ?2)": rows after (key, seq) in ascending order (greater) or before it.
QString keysetCondition(const QString &key, bool greater)
{
    const QString ge = greater ? QStringLiteral(">=") : QStringLiteral("<=");
    const QString gt = greater ? QStringLiteral(">") : QStringLiteral("<");
    return key % u' ' % ge % u" ? AND (" % key % u' ' % gt % u" ? OR o.seq " % gt % u" ?)";
}

int minorDigits(const QString &currency)
{
    static const QStringList none{ QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
        QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("UGX") };
    return none.contains(currency) ? 0 : 2;
}

} // namespace

OrdersModel::OrdersModel(std::unique_ptr<store::Database> reader, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(reader))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(40); // a sync commits page after page: one refresh for a burst
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh();
        if (!m_arrived.isEmpty())
            Q_EMIT ordersArrived(std::exchange(m_arrived, {}));
    });
    loadConnections();
    m_where = filterSql(FilterPart::All);
    m_count = std::max(0, queryCount(m_where));
    queryCounts();
}

OrderSql OrdersModel::filterSql(FilterPart part) const
{
    return orderFilterSql(m_filter, part, &m_connections, m_matchTable);
}

void OrdersModel::fillTextMatches()
{
    // The orders that match the search text, collected once from the indexes into a temporary table (in memory:
    // temp_store=MEMORY; allowed on a read-only connection), so that the table's count, pages and side-list counts
    // look them up by seq instead of testing every order against the text.
    m_matchTable.clear();
    const OrderSql match = orderTextMatchSql(m_filter.text);
    if (match.where.isEmpty())
        return;
    if (!m_db->exec(u"CREATE TEMP TABLE IF NOT EXISTS sd_order_matches(seq INTEGER PRIMARY KEY);"
                    u" DELETE FROM temp.sd_order_matches;"_qs))
        return; // the inline match still works
    auto fill = prepare(*m_db, u"INSERT OR IGNORE INTO temp.sd_order_matches(seq) "_qs % match.where);
    if (!fill) {
        fail(QStringLiteral("search"), fill.error().message);
        return;
    }
    Status filled = bindValues(*fill, match.binds);
    if (filled)
        filled = fill->exec();
    if (!filled) {
        fail(QStringLiteral("search"), filled.error().message);
        return;
    }
    m_matchTable = QStringLiteral("temp.sd_order_matches");
}

OrdersModel::~OrdersModel() = default;

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == ItemsColumn || section == TotalColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case NumberColumn:
        return tr("Order");
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case CityColumn:
        return tr("City");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case CargoColumn:
        return tr("Cargo");
    default:
        return {};
    }
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn:
            return {}; // the icon; the name is its tooltip
        case NumberColumn:
            return r->number;
        case DateColumn:
            return m_locale.toString(QDateTime::fromMSecsSinceEpoch(r->orderedAt).toLocalTime(), QLocale::ShortFormat);
        case CustomerColumn:
            return r->customer;
        case CityColumn:
            return r->city;
        case ItemsColumn:
            return m_locale.toString(r->items);
        case TotalColumn:
            return formatMoney(r->totalMinor, r->currency, m_locale);
        case StatusColumn:
            return statusLabel(r->status);
        case CargoColumn:
            return r->cargo;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return channelIcon(r->platform);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == ChannelColumn)
            return platformName(r->platform);
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        if (index.column() == ItemsColumn)
            return tr("%n line(s)", nullptr, r->lines);
        if (index.column() == CargoColumn && !r->tracking.isEmpty())
            return tr("Tracking number: %1").arg(r->tracking);
        return {};
    case OrderIdRole:
        return r->id;
    case PlatformRole:
        return r->platform;
    case StatusRole:
        return r->status;
    case TotalMinorRole:
        return r->totalMinor;
    case CurrencyRole:
        return r->currency;
    case OrderedAtRole:
        return r->orderedAt;
    case TrackingNumberRole:
        return r->tracking;
    default:
        return {};
    }
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void OrdersModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void OrdersModel::setChangeNotifier(store::ChangeNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &OrdersModel::onChanges);
}

void OrdersModel::onChanges(const store::ChangeBatch &batch)
{
    bool relevant = false;
    for (const store::Change &c : batch) {
        if (c.table == u"orders") {
            relevant = true;
            if (c.kind == store::ChangeKind::Inserted)
                m_arrived += c.ids;
        } else if (c.table == u"order_lines" || c.table == u"connections" || c.table == u"customers"
                   || c.table == u"shipments") {
            relevant = true;
        }
    }
    if (relevant && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OrdersModel::reload()
{
    beginResetModel();
    fillTextMatches();
    m_where = filterSql(FilterPart::All);
    m_pages.clear();
    m_pageUse.clear();
    m_count = std::max(0, queryCount(m_where));
    endResetModel();
    queryCounts();
    Q_EMIT countsChanged();
}

void OrdersModel::refresh()
{
    if (m_frozen)
        return;
    m_refreshTimer.stop();
    m_countCache.clear(); // the store changed
    loadConnections();
    fillTextMatches();
    m_where = filterSql(FilterPart::All);
    const int newCount = queryCount(m_where);
    if (newCount < 0)
        return;
    const QHash<int, Page> oldPages = m_pages;
    if (newCount > m_count) {
        // Room first (at the end, where no persistent index points), then the layout change moves everyone.
        m_frozen = true;
        beginInsertRows({}, m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
        m_frozen = false;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    QHash<QString, int> moved;
    for (const QModelIndex &index : from) {
        const auto page = oldPages.constFind(index.row() / kPageSize);
        const int offset = index.row() % kPageSize;
        if (page == oldPages.constEnd() || offset >= page->size()) {
            to.append(QModelIndex()); // never shown, so not selected by id: dropped
            continue;
        }
        const QString &id = page->at(offset).id;
        auto it = moved.constFind(id);
        if (it == moved.constEnd())
            it = moved.insert(id, rowOf(id));
        to.append(*it >= 0 && *it < newCount ? createIndex(*it, index.column()) : QModelIndex());
    }
    m_pages.clear();
    m_pageUse.clear();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (newCount < m_count) {
        beginRemoveRows({}, newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }
    queryCounts();
    Q_EMIT countsChanged();
}

QString OrdersModel::orderId(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : QString();
}

int OrdersModel::rowOf(const QString &orderId) const
{
    const QString key = keyExpression();
    Result<store::Statement> find =
        prepare(*m_db, u"SELECT "_qs % key % u", o.seq FROM orders o WHERE o.id = ? AND " % m_where.where);
    if (!find) {
        fail(QStringLiteral("rowOf"), find.error().message);
        return -1;
    }
    QVariantList binds{ orderId };
    binds += m_where.binds;
    if (Status s = bindValues(*find, binds); !s) {
        fail(QStringLiteral("rowOf"), s.error().message);
        return -1;
    }
    Result<bool> found = find->step();
    if (!found || !*found)
        return -1;
    const QVariant k = keyIsInteger() ? QVariant(find->int64(0)) : QVariant(find->text(0));
    const qint64 seq = find->int64(1);
    // Rows before it in the view's order.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    Result<store::Statement> count = prepare(*m_db, u"SELECT count(*) FROM orders o WHERE "_qs % m_where.where
                                                   % u" AND " % keysetCondition(key, !ascending) % u" AND o.seq <> ?");
    if (!count) {
        fail(QStringLiteral("rowOf"), count.error().message);
        return -1;
    }
    QVariantList countBinds = m_where.binds;
    countBinds << k << k << seq << seq;
    if (Status s = bindValues(*count, countBinds); !s)
        return -1;
    Result<bool> row = count->step();
    if (!row || !*row)
        return -1;
    return int(count->int64(0));
}

int OrdersModel::cachedRows() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += int(p.size());
    return n;
}

QString OrdersModel::orderBySql() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return keyExpression() % dir % u", o.seq" % dir;
}

int OrdersModel::queryCount(const OrderSql &where) const
{
    Result<store::Statement> stmt = prepare(*m_db, u"SELECT count(*) FROM orders o WHERE "_qs % where.where);
    if (!stmt) {
        fail(QStringLiteral("count"), stmt.error().message);
        return -1;
    }
    if (Status s = bindValues(*stmt, where.binds); !s) {
        fail(QStringLiteral("count"), s.error().message);
        return -1;
    }
    Result<bool> row = stmt->step();
    if (!row) {
        fail(QStringLiteral("count"), row.error().message);
        return -1;
    }
    return *row ? int(stmt->int64(0)) : 0;
}

void OrdersModel::loadConnections()
{
    m_connections.clear();
    m_platformOf.clear();
    if (auto stmt = prepare(*m_db, u"SELECT id, platform FROM connections WHERE deleted = 0"_qs)) {
        while (stmt->step().valueOr(false)) {
            m_connections[stmt->text(1)].append(stmt->text(0));
            m_platformOf.insert(stmt->text(0), stmt->text(1));
        }
    }
}

QHash<QString, int> OrdersModel::groupCounts(const OrderSql &where, const QString &key, const QString &groupBy) const
{
    // Filters come and go (a click in the side list and back): counts are kept until the store changes.
    // The matches table's name stands for the search text: the text is part of the key.
    QString cacheKey = key % u'|' % groupBy % u'|' % where.where % u'|' % (m_matchTable.isEmpty() ? QString() : m_filter.text);
    for (const QVariant &v : where.binds)
        cacheKey += u'|' % v.toString();
    if (auto it = m_countCache.constFind(cacheKey); it != m_countCache.constEnd())
        return *it;
    const bool byPlatform = key == u"o.connection_id";
    QHash<QString, int> counts;
    if (auto stmt = prepare(*m_db, u"SELECT "_qs % key % u", count(*) FROM orders o WHERE " % where.where
                                       % u" GROUP BY " % groupBy);
        stmt && bindValues(*stmt, where.binds)) {
        while (stmt->step().valueOr(false)) {
            const QString group = byPlatform ? m_platformOf.value(stmt->text(0)) : stmt->text(0);
            counts[group] += int(stmt->int64(1));
        }
    }
    m_countCache.insert(cacheKey, counts);
    return counts;
}

void OrdersModel::queryCounts()
{
    int total = 0;
    const QString status = QStringLiteral("o.unified_status");
    const QHash<QString, int> all = groupCounts(orderFilterSql({}), status, status);
    for (int n : all)
        total += n;
    m_totalOrders = total;
    m_statusCounts = groupCounts(filterSql(FilterPart::WithoutStatus), status, status);
    // Grouped in the order of the counts index (resources/sql/0007: status, then connection), so no sort.
    m_channelCounts = groupCounts(filterSql(FilterPart::WithoutPlatform),
                                  QStringLiteral("o.connection_id"), QStringLiteral("o.unified_status, o.connection_id"));
}

const OrdersModel::Row *OrdersModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (m_frozen || !fetchPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row - page * kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool OrdersModel::fetchPage(int page) const
{
    const int first = page * kPageSize;
    const int limit = std::min(kPageSize, m_count - first);
    if (limit <= 0)
        return false;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString key = keyExpression();
    Page rows;
    bool ok = false;
    if (auto prev = m_pages.constFind(page - 1); prev != m_pages.constEnd() && prev->size() == kPageSize) {
        // Keyset: the rows after the previous page's last row.
        const Row &last = prev->last();
        ok = runPageQuery(keysetCondition(key, ascending), { last.key, last.key, last.seq }, false, limit, 0, &rows);
    } else if (auto next = m_pages.constFind(page + 1); next != m_pages.constEnd() && !next->isEmpty()) {
        const Row &firstOfNext = next->first();
        ok = runPageQuery(keysetCondition(key, !ascending), { firstOfNext.key, firstOfNext.key, firstOfNext.seq },
                          true, limit, 0, &rows);
    } else if (first > m_count / 2) {
        // From the far end: the last page of 200 000 rows costs as little as the first.
        ok = runPageQuery({}, {}, true, limit, m_count - first - limit, &rows);
    } else {
        ok = runPageQuery({}, {}, false, limit, first, &rows);
    }
    if (!ok)
        return false;
    m_pages.insert(page, rows);
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    while (m_pages.size() > kMaxCachedPages && !m_pageUse.isEmpty())
        m_pages.remove(m_pageUse.takeFirst());
    return true;
}

bool OrdersModel::runPageQuery(const QString &extraWhere, const QVariantList &extraBinds, bool reversed, int limit,
                               int offset, Page *out) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString key = keyExpression();
    QString sql = selectColumns(key) % u" WHERE " % m_where.where;
    if (!extraWhere.isEmpty())
        sql += u" AND " % extraWhere;
    sql += u" ORDER BY " % key % dir % u", o.seq" % dir % u" LIMIT ? OFFSET ?";
    Result<store::Statement *> stmt = m_db->cached(sql);
    if (!stmt) {
        fail(QStringLiteral("page"), stmt.error().message);
        return false;
    }
    QVariantList binds = m_where.binds;
    binds += extraBinds;
    binds << qint64(limit) << qint64(std::max(0, offset));
    if (Status s = bindValues(**stmt, binds); !s) {
        fail(QStringLiteral("page"), s.error().message);
        return false;
    }
    store::Statement &st = **stmt;
    const bool integerKey = keyIsInteger();
    out->reserve(limit);
    for (;;) {
        Result<bool> more = st.step();
        if (!more) {
            st.reset();
            fail(QStringLiteral("page"), more.error().message);
            return false;
        }
        if (!*more)
            break;
        Row r;
        r.seq = st.int64(0);
        r.id = st.text(1);
        r.key = integerKey ? QVariant(st.int64(2)) : QVariant(st.text(2));
        r.platform = st.text(3);
        r.number = st.text(4);
        r.orderedAt = st.int64(5);
        r.customer = st.text(6);
        r.city = st.text(7);
        r.items = st.int32(8);
        r.lines = st.int32(9);
        r.totalMinor = st.int64(10);
        r.currency = st.text(11);
        r.status = st.text(12);
        r.cargo = st.text(13);
        r.tracking = st.text(14);
        out->append(std::move(r));
    }
    st.reset();
    if (reversed)
        std::reverse(out->begin(), out->end());
    return true;
}

QString OrdersModel::keyExpression() const
{
    switch (m_sortColumn) {
    case ChannelColumn:
        return QStringLiteral("o.connection_id");
    case NumberColumn:
        return QStringLiteral("o.order_number");
    case CustomerColumn:
        return QStringLiteral("coalesce(o.customer_name, o.shipping_name, '')");
    case CityColumn:
        return QStringLiteral("coalesce(o.shipping_city, '')");
    case TotalColumn:
        return QStringLiteral("o.total_minor");
    case StatusColumn:
        return QStringLiteral("o.unified_status");
    case CargoColumn:
        return QStringLiteral("coalesce(o.cargo_company, '')");
    case DateColumn:
    default:
        return QStringLiteral("o.ordered_at");
    }
}

bool OrdersModel::keyIsInteger() const
{
    return m_sortColumn == DateColumn || m_sortColumn == TotalColumn || m_sortColumn == ItemsColumn;
}

void OrdersModel::fail(const QString &what, const QString &message) const
{
    m_lastError = what % u": " % message;
    Q_EMIT const_cast<OrdersModel *>(this)->queryFailed(m_lastError);
}

QString OrdersModel::currencySymbol(const QString &currency)
{
    if (currency == u"TRY")
        return QStringLiteral("₺");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency;
}

QString OrdersModel::formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    QString amount = locale.toString(qulonglong(magnitude / quint64(divisor)));
    if (digits > 0)
        amount += locale.decimalPoint()
                  % QString::number(magnitude % quint64(divisor)).rightJustified(digits, QLatin1Char('0'));
    const QString symbol = currencySymbol(currency);
    const QString sign = negative ? locale.negativeSign() : QString();
    // English writes the symbol first (€1,234.56); Turkish and most of Europe after the amount (1.234,56 ₺).
    if (locale.language() == QLocale::English)
        return sign % symbol % (symbol.size() > 1 ? QStringLiteral(" ") : QString()) % amount;
    return sign % amount % u' ' % symbol;
}

QString OrdersModel::platformName(const QString &platform)
{
    if (platform == u"trendyol")
        return QStringLiteral("Trendyol");
    if (platform == u"hepsiburada")
        return QStringLiteral("Hepsiburada");
    if (platform == u"n11")
        return QStringLiteral("N11");
    if (platform == u"woocommerce")
        return QStringLiteral("WooCommerce");
    if (platform == u"instagram")
        return QStringLiteral("Instagram");
    if (platform == u"messenger")
        return QStringLiteral("Messenger");
    return platform;
}

QIcon OrdersModel::channelIcon(const QString &platform)
{
    static QHash<QString, QIcon> icons;
    if (auto it = icons.constFind(platform); it != icons.constEnd())
        return *it;
    // A coloured badge with the channel's initial (not the platforms' logos, which are their trademarks).
    QColor color(0x6b, 0x72, 0x80);
    QString letter = platformName(platform).left(1);
    if (platform == u"trendyol")
        color = QColor(0xf2, 0x7a, 0x1a);
    else if (platform == u"hepsiburada")
        color = QColor(0xff, 0x60, 0x00).darker(115);
    else if (platform == u"n11")
        color = QColor(0x5c, 0x2d, 0x91);
    else if (platform == u"woocommerce") {
        color = QColor(0x7f, 0x54, 0xb3);
        letter = QStringLiteral("W");
    }
    QIcon icon;
    for (const int size : { 16, 32, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.62));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter);
        p.end();
        icon.addPixmap(pixmap);
    }
    icons.insert(platform, icon);
    return icon;
}

QString OrdersModel::statusLabel(const QString &statusName)
{
    const auto status = domain::unifiedStatusFromName(statusName);
    return domain::unifiedStatusLabel(status.value_or(domain::UnifiedStatus::Unknown));
}

QStringList OrdersModel::statusNames()
{
    return { QStringLiteral("new"), QStringLiteral("picking"), QStringLiteral("invoiced"), QStringLiteral("shipped"),
        QStringLiteral("delivered"), QStringLiteral("cancelled"), QStringLiteral("returned"), QStringLiteral("unknown") };
}

} // namespace sd::ui
