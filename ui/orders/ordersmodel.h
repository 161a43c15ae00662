// The Orders view's table: every live order of the workspace cache, filtered and sorted in SQL, read lazily in
// pages (keyset from a neighbouring page, else from the nearer end), so 200 000 orders cost a count and the pages
// on screen. Store changes arrive through the ChangeNotifier and move persistent indexes (selection, current row)
// to where their orders went.
#pragma once

#include "orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace sd::store {
class ChangeNotifier;
class Database;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        NumberColumn,
        DateColumn,
        CustomerColumn,
        CityColumn,
        ItemsColumn,
        TotalColumn,
        StatusColumn,
        CargoColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        PlatformRole,
        StatusRole, // unified status name
        TotalMinorRole,
        CurrencyRole,
        OrderedAtRole, // UTC ms
        TrackingNumberRole,
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    // reader: a read-only connection of the workspace cache (LocalStore::openReader), used on this thread only.
    explicit OrdersModel(std::unique_ptr<store::Database> reader, QObject *parent = nullptr);
    ~OrdersModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    [[nodiscard]] static bool isSortable(int column) { return column != ItemsColumn && column >= 0 && column < ColumnCount; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilter(const OrderFilter &filter);
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }

    // Orders changes (and their lines, connections) re-read the model shortly after, with precise signals.
    void setChangeNotifier(store::ChangeNotifier *notifier);
    // Re-reads count, counts and pages now; persistent indexes follow their orders.
    void refresh();

    [[nodiscard]] QString orderId(int row) const;
    // The row of an order under the current filter and sort, -1 when it does not match.
    [[nodiscard]] int rowOf(const QString &orderId) const;
    // Live orders per unified status under the filter without its statuses, and per platform without its
    // platforms (the side list shows what a click there would give).
    [[nodiscard]] const QHash<QString, int> &statusCounts() const { return m_statusCounts; }
    [[nodiscard]] const QHash<QString, int> &channelCounts() const { return m_channelCounts; }
    // Live orders in the cache, whatever the filter.
    [[nodiscard]] int totalOrders() const { return m_totalOrders; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Rows held in memory (tests: the model never holds the whole table).
    [[nodiscard]] int cachedRows() const;
    [[nodiscard]] store::Database &database() const { return *m_db; }

    // The current filter as SQL over `orders o` (what the table shows).
    [[nodiscard]] const OrderSql &whereSql() const { return m_where; }
    // The sort of the current view as SQL (ORDER BY …) for exports that follow the table.
    [[nodiscard]] QString orderBySql() const;

    // "1.234,56 ₺" in Turkish, "€1,234.56" in English: the amount in the locale, the currency's symbol.
    [[nodiscard]] static QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = {});
    [[nodiscard]] static QString currencySymbol(const QString &currency);
    [[nodiscard]] static QString platformName(const QString &platform);
    [[nodiscard]] static QIcon channelIcon(const QString &platform);
    [[nodiscard]] static QString statusLabel(const QString &statusName);
    [[nodiscard]] static QStringList statusNames();

Q_SIGNALS:
    // After a filter change or a refresh: counts, totalOrders and rowCount are current.
    void countsChanged();
    // Orders the store inserted while the model watched (new orders from a sync), whether or not they match.
    void ordersArrived(const QStringList &orderIds);
    void queryFailed(const QString &message);

private:
    struct Row
    {
        qint64 seq = 0;
        QString id;
        QVariant key;
        QString platform;
        QString number;
        qint64 orderedAt = 0;
        QString customer;
        QString city;
        int items = 0;
        int lines = 0;
        qint64 totalMinor = 0;
        QString currency;
        QString status;
        QString cargo;
        QString tracking;
    };
    using Page = QList<Row>;

    void onChanges(const store::ChangeBatch &batch);
    void reload(); // after a filter or sort change: reset
    int queryCount(const OrderSql &where) const;
    void queryCounts();
    void loadConnections();
    void fillTextMatches();
    [[nodiscard]] OrderSql filterSql(FilterPart part) const;
    [[nodiscard]] QHash<QString, int> groupCounts(const OrderSql &where, const QString &key, const QString &groupBy) const;
    const Row *rowAt(int row) const;
    bool fetchPage(int page) const;
    bool runPageQuery(const QString &extraWhere, const QVariantList &extraBinds, bool reversed, int limit,
                      int offset, Page *out) const;
    [[nodiscard]] QString keyExpression() const;
    [[nodiscard]] bool keyIsInteger() const;
    void fail(const QString &what, const QString &message) const;

    std::unique_ptr<store::Database> m_db;
    QPointer<store::ChangeNotifier> m_notifier;
    OrderFilter m_filter;
    OrderSql m_where;
    ConnectionsByPlatform m_connections;
    QString m_matchTable; // temp table of the orders matching the search text; empty: matched inline
    QHash<QString, QString> m_platformOf; // connection id → platform
    mutable QHash<QString, QHash<QString, int>> m_countCache; // until the store changes
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    int m_totalOrders = 0;
    QHash<QString, int> m_statusCounts;
    QHash<QString, int> m_channelCounts;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable QString m_lastError;
    bool m_frozen = false; // while rows are inserted at the end before a layout change: no queries
    QTimer m_refreshTimer;
    QStringList m_arrived;
    QLocale m_locale;
};

} // namespace sd::ui
