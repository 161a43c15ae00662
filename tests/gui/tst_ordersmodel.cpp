// OrdersModel: paging, sorting and filtering in SQL against a real migrated store, live updates through the
// ChangeNotifier, QAbstractItemModelTester throughout.
#include "orders/ordersmodel.h"
#include "orderstestdata.h"
#include "store/changenotifier.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(sd::ui::OrderFilter)

using namespace sd;
using namespace sd::ui;
using sd::domain::UnifiedStatus;

namespace {

QStringList numbersOf(OrdersModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, OrdersModel::NumberColumn).data().toString());
    return out;
}

struct RefRow
{
    qint64 seq;
    QString number;
    QString connection;
    qint64 orderedAt;
    QString customer;
    QString city;
    qint64 total;
    QString status;
    QString cargo;
};

// Every live order, read with one plain SELECT: the reference the model's pages are compared with.
QList<RefRow> referenceRows(store::Database &db)
{
    QList<RefRow> rows;
    auto st = db.prepare(u"SELECT seq, order_number, connection_id, ordered_at, coalesce(customer_name, shipping_name, ''),"
                         u" coalesce(shipping_city, ''), total_minor, unified_status, coalesce(cargo_company, '')"
                         u" FROM orders WHERE deleted = 0");
    while (st->step().valueOr(false))
        rows.append({ st->int64(0), st->text(1), st->text(2), st->int64(3), st->text(4), st->text(5), st->int64(6),
                      st->text(7), st->text(8) });
    return rows;
}

} // namespace

class TestOrdersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixedPath = m_dir.filePath(u"fixed.db"_qs);
        auto db = testdata::createStore(m_fixedPath);
        QVERIFY(db);
        QVERIFY(testdata::write(*db, testdata::fixedOrders()));
        m_bigPath = m_dir.filePath(u"big.db"_qs);
        auto big = testdata::createStore(m_bigPath);
        QVERIFY(big);
        QVERIFY(testdata::write(*big, testdata::generatedOrders(0, 1500)));
    }

    void modelTesterOverPagesFiltersAndSorts()
    {
        OrdersModel model(testdata::openReader(m_bigPath));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.columnCount(), int(OrdersModel::ColumnCount));
        QVERIFY(!model.index(1499, OrdersModel::NumberColumn).data().toString().isEmpty());
        model.sort(OrdersModel::CustomerColumn, Qt::AscendingOrder);
        OrderFilter f;
        f.statuses = { u"new"_qs };
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < 1500);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(OrdersModel::StatusRole).toString(), u"new"_qs);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 1500);
    }

    void neverHoldsTheWholeTable()
    {
        OrdersModel model(testdata::openReader(m_bigPath));
        QCOMPARE(model.cachedRows(), 0); // opening reads the count only
        (void)model.index(0, 0).data();
        QCOMPARE(model.cachedRows(), OrdersModel::kPageSize);
        (void)model.index(1499, 0).data(); // from the far end, not through 1 300 rows
        QCOMPARE(model.cachedRows(), OrdersModel::kPageSize + 1500 % OrdersModel::kPageSize);
        for (int r = 0; r < model.rowCount(); ++r)
            (void)model.index(r, 1).data();
        QVERIFY(model.cachedRows() <= OrdersModel::kMaxCachedPages * OrdersModel::kPageSize);
    }

    // The model's order, read page by page in a scrambled order (keyset forward and backward, from the far end,
    // by offset), equals the reference sort of every row, for every sortable column and both directions.
    void sortMatchesReference_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
            if (!OrdersModel::isSortable(c))
                continue;
            QTest::addRow("column %d asc", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d desc", c) << c << int(Qt::DescendingOrder);
        }
    }

    void sortMatchesReference()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        auto db = testdata::openReader(m_bigPath);
        QList<RefRow> ref = referenceRows(*db);
        auto key = [column](const RefRow &r) -> QVariant {
            switch (column) {
            case OrdersModel::ChannelColumn: return r.connection;
            case OrdersModel::NumberColumn: return r.number;
            case OrdersModel::CustomerColumn: return r.customer;
            case OrdersModel::CityColumn: return r.city;
            case OrdersModel::TotalColumn: return r.total;
            case OrdersModel::StatusColumn: return r.status;
            case OrdersModel::CargoColumn: return r.cargo;
            default: return r.orderedAt;
            }
        };
        const bool asc = order == Qt::AscendingOrder;
        std::sort(ref.begin(), ref.end(), [&](const RefRow &a, const RefRow &b) {
            const QVariant ka = key(a), kb = key(b);
            int c = 0;
            if (ka.typeId() == QMetaType::LongLong)
                c = ka.toLongLong() < kb.toLongLong() ? -1 : ka.toLongLong() > kb.toLongLong() ? 1 : 0;
            else // SQLite's BINARY collation: UTF-8 bytes
                c = ka.toString().toUtf8() < kb.toString().toUtf8() ? -1 : ka.toString().toUtf8() > kb.toString().toUtf8() ? 1 : 0;
            if (c == 0)
                c = a.seq < b.seq ? -1 : 1;
            return asc ? c < 0 : c > 0;
        });

        OrdersModel model(std::move(db));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), ref.size());
        // Pages in a scrambled order: 3, 4 (keyset forward), 2 (keyset backward), 7 (far end), 0, 1, 5, 6.
        const QList<int> pages{ 3, 4, 2, 7, 0, 1, 5, 6 };
        for (int p : pages) {
            for (int r = p * OrdersModel::kPageSize; r < std::min<int>(ref.size(), (p + 1) * OrdersModel::kPageSize); ++r)
                QCOMPARE(model.index(r, OrdersModel::NumberColumn).data().toString(), ref[r].number);
        }
    }

    void filters_data()
    {
        QTest::addColumn<OrderFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // in the default order: newest first
        auto f = [](auto setup) {
            OrderFilter filter;
            setup(filter);
            return filter;
        };
        QTest::addRow("none") << OrderFilter() << QStringList{ u"WC-4002"_qs, u"N11-3002"_qs, u"HB-2001"_qs, u"TY-1002"_qs, u"TY-1001"_qs, u"TY-1003"_qs, u"N11-3001"_qs, u"HB-2002"_qs, u"WC-4001"_qs };
        QTest::addRow("status new") << f([](OrderFilter &x) { x.statuses = { u"new"_qs }; })
                                    << QStringList{ u"HB-2001"_qs, u"TY-1001"_qs };
        QTest::addRow("shipped or delivered") << f([](OrderFilter &x) { x.statuses = { u"shipped"_qs, u"delivered"_qs }; })
                                              << QStringList{ u"WC-4002"_qs, u"TY-1003"_qs, u"HB-2002"_qs };
        QTest::addRow("channel n11") << f([](OrderFilter &x) { x.platforms = { u"n11"_qs }; })
                                     << QStringList{ u"N11-3002"_qs, u"N11-3001"_qs };
        QTest::addRow("date range 18-20") << f([](OrderFilter &x) { x.from = QDate(2026, 11, 18); x.to = QDate(2026, 11, 20); })
                                          << QStringList{ u"TY-1002"_qs, u"TY-1001"_qs, u"TY-1003"_qs };
        QTest::addRow("from 22") << f([](OrderFilter &x) { x.from = QDate(2026, 11, 22); })
                                 << QStringList{ u"WC-4002"_qs, u"N11-3002"_qs };
        QTest::addRow("folded customer ayse") << f([](OrderFilter &x) { x.text = u"ayse"_qs; })
                                              << QStringList{ u"TY-1001"_qs, u"HB-2002"_qs };
        QTest::addRow("AYŞE upper") << f([](OrderFilter &x) { x.text = u"AYŞE"_qs; })
                                    << QStringList{ u"TY-1001"_qs, u"HB-2002"_qs };
        QTest::addRow("isil finds Işıl") << f([](OrderFilter &x) { x.text = u"isil"_qs; })
                                         << QStringList{ u"TY-1002"_qs };
        QTest::addRow("ISIK finds Işık") << f([](OrderFilter &x) { x.text = u"IŞIK"_qs; })
                                         << QStringList{ u"N11-3002"_qs };
        QTest::addRow("city istanbul") << f([](OrderFilter &x) { x.text = u"istanbul"_qs; })
                                       << QStringList{ u"N11-3002"_qs, u"TY-1001"_qs };
        QTest::addRow("city Iğdır as igdir") << f([](OrderFilter &x) { x.text = u"igdir"_qs; })
                                            << QStringList{ u"TY-1003"_qs };
        QTest::addRow("two words") << f([](OrderFilter &x) { x.text = u"ayşe kaya"_qs; }) << QStringList{ u"HB-2002"_qs };
        QTest::addRow("order number prefix") << f([](OrderFilter &x) { x.text = u"TY-100"_qs; })
                                             << QStringList{ u"TY-1002"_qs, u"TY-1001"_qs, u"TY-1003"_qs };
        QTest::addRow("sku prefix lower case") << f([](OrderFilter &x) { x.text = u"tshirt-krm"_qs; })
                                               << QStringList{ u"TY-1001"_qs, u"N11-3001"_qs };
        QTest::addRow("sku stored lower case") << f([](OrderFilter &x) { x.text = u"AB-77"_qs; })
                                               << QStringList{ u"N11-3002"_qs };
        QTest::addRow("barcode prefix") << f([](OrderFilter &x) { x.text = u"86900000"_qs; }) << QStringList{ u"TY-1001"_qs };
        QTest::addRow("status and text") << f([](OrderFilter &x) { x.statuses = { u"delivered"_qs }; x.text = u"ayşe"_qs; })
                                         << QStringList{ u"HB-2002"_qs };
        QTest::addRow("no match") << f([](OrderFilter &x) { x.text = u"zzzz"_qs; }) << QStringList{};
        QTest::addRow("fts syntax is text") << f([](OrderFilter &x) { x.text = u"\"ayşe* OR -(NEAR"_qs; })
                                            << QStringList{};
        QTest::addRow("only punctuation") << f([](OrderFilter &x) { x.text = u"***"_qs; }) << QStringList{};
    }

    void filters()
    {
        QFETCH(OrderFilter, filter);
        QFETCH(QStringList, expected);
        OrdersModel model(testdata::openReader(m_fixedPath));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(numbersOf(model), expected);
        // The inline form of the filter (exports use it; the model matches text through a temporary table) selects
        // the same orders.
        auto db = testdata::openReader(m_fixedPath);
        const OrderSql inline_ = orderFilterSql(filter);
        auto st = db->prepare(QString(u"SELECT o.order_number FROM orders o WHERE "_qs % inline_.where
                                      % u" ORDER BY o.ordered_at DESC, o.seq DESC"));
        QVERIFY(st.ok());
        int i = 1;
        for (const QVariant &v : inline_.binds)
            QVERIFY(v.typeId() == QMetaType::LongLong ? st->bind(i++, v.toLongLong()).ok() : st->bind(i++, v.toString()).ok());
        QStringList inlineNumbers;
        while (st->step().valueOr(false))
            inlineNumbers.append(st->text(0));
        QCOMPARE(inlineNumbers, expected);
        // Saved filters go through JSON and come back the same.
        QCOMPARE(OrderFilter::fromJson(filter.toJson()), filter);
    }

    void countsPerStatusAndChannel()
    {
        OrdersModel model(testdata::openReader(m_fixedPath));
        QCOMPARE(model.totalOrders(), 9);
        QCOMPARE(model.statusCounts().value(u"new"_qs), 2);
        QCOMPARE(model.statusCounts().value(u"shipped"_qs), 2);
        QCOMPARE(model.channelCounts().value(u"trendyol"_qs), 3);
        QCOMPARE(model.channelCounts().value(u"woocommerce"_qs), 2);
        // Status counts ignore the status filter (the side list shows what a click would give) but follow the
        // rest; channel counts ignore the channel filter.
        OrderFilter f;
        f.statuses = { u"new"_qs };
        f.platforms = { u"trendyol"_qs };
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.statusCounts().value(u"new"_qs), 1);
        QCOMPARE(model.statusCounts().value(u"picking"_qs), 1);
        QCOMPARE(model.statusCounts().value(u"shipped"_qs), 1);
        QCOMPARE(model.channelCounts().value(u"trendyol"_qs), 1);
        QCOMPARE(model.channelCounts().value(u"hepsiburada"_qs), 1);
        QCOMPARE(model.totalOrders(), 9);
    }

    void displayedValues()
    {
        QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
        OrdersModel model(testdata::openReader(m_fixedPath));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        OrderFilter f;
        f.text = u"TY-1001"_qs;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&model](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(OrdersModel::ChannelColumn, Qt::ToolTipRole).toString(), u"Trendyol"_qs);
        QCOMPARE(cell(OrdersModel::ChannelColumn, Qt::AccessibleTextRole).toString(), u"Trendyol"_qs);
        QCOMPARE(cell(OrdersModel::ChannelColumn, OrdersModel::PlatformRole).toString(), u"trendyol"_qs);
        QVERIFY(!cell(OrdersModel::ChannelColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(OrdersModel::CustomerColumn).toString(), u"Ayşe Yılmaz"_qs);
        QCOMPARE(cell(OrdersModel::CityColumn).toString(), u"İstanbul"_qs);
        QCOMPARE(cell(OrdersModel::ItemsColumn).toString(), u"2"_qs);
        QCOMPARE(cell(OrdersModel::TotalColumn).toString(), u"1.234,56 ₺"_qs);
        QCOMPARE(cell(OrdersModel::DateColumn).toString(),
                 QLocale(QLocale::Turkish, QLocale::Turkey)
                     .toString(QDateTime::fromMSecsSinceEpoch(testdata::day(20, 9)).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(OrdersModel::TotalColumn, OrdersModel::TotalMinorRole).toLongLong(), 123456);
        QCOMPARE(cell(OrdersModel::StatusColumn, OrdersModel::StatusRole).toString(), u"new"_qs);
        QVERIFY(cell(OrdersModel::TotalColumn, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }

    void money_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const QLocale tr(QLocale::Turkish, QLocale::Turkey);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::addRow("TRY tr") << qint64(123456) << u"TRY"_qs << tr << u"1.234,56 ₺"_qs;
        QTest::addRow("TRY tr millions") << qint64(123456789012) << u"TRY"_qs << tr << u"1.234.567.890,12 ₺"_qs;
        QTest::addRow("TRY tr kuruş") << qint64(5) << u"TRY"_qs << tr << u"0,05 ₺"_qs;
        QTest::addRow("TRY tr negative") << qint64(-9990) << u"TRY"_qs << tr << u"-99,90 ₺"_qs;
        QTest::addRow("EUR tr") << qint64(4999) << u"EUR"_qs << tr << u"49,99 €"_qs;
        QTest::addRow("EUR de") << qint64(123456) << u"EUR"_qs << de << u"1.234,56 €"_qs;
        QTest::addRow("EUR en") << qint64(123456) << u"EUR"_qs << en << u"€1,234.56"_qs;
        QTest::addRow("TRY en") << qint64(99900) << u"TRY"_qs << en << u"₺999.00"_qs;
        QTest::addRow("USD en") << qint64(100) << u"USD"_qs << en << u"$1.00"_qs;
        QTest::addRow("JPY no minor unit") << qint64(1500) << u"JPY"_qs << tr << u"1.500 JPY"_qs;
        QTest::addRow("other code en") << qint64(250) << u"CHF"_qs << en << u"CHF 2.50"_qs;
    }

    void money()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(OrdersModel::formatMoney(minor, currency, locale), expected);
    }

    // New orders from a sync, a status change that takes an order out of the filter: precise signals, the
    // persistent index (the selection) follows its order, ordersArrived names the new ones.
    void liveUpdatesKeepSelection()
    {
        const QString path = m_dir.filePath(u"live.db"_qs);
        auto writer = testdata::createStore(path);
        QVERIFY(writer);
        store::ChangeNotifier notifier;
        writer->setChangeNotifier(&notifier);
        QVERIFY(testdata::write(*writer, testdata::generatedOrders(0, 450)));

        OrdersModel model(testdata::openReader(path));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChangeNotifier(&notifier);
        QCOMPARE(model.rowCount(), 450);
        // The user looks at row 10 (and the view has read its page).
        const QString watched = model.orderId(10);
        QPersistentModelIndex selected(model.index(10, OrdersModel::NumberColumn));
        QSignalSpy arrived(&model, &OrdersModel::ordersArrived);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Three orders newer than everything: they go on top.
        QList<testdata::OrderSpec> fresh = testdata::generatedOrders(10000, 3);
        for (auto &s : fresh)
            s.orderedAt = testdata::day(28);
        QVERIFY(testdata::write(*writer, fresh));
        QVERIFY(arrived.wait(2000));
        QCOMPARE(arrived.first().first().toStringList().size(), 3);
        QCOMPARE(model.rowCount(), 453);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 13);
        QCOMPARE(model.orderId(selected.row()), watched);
        QCOMPARE(model.index(0, OrdersModel::DateColumn).data(OrdersModel::OrderedAtRole).toLongLong(), testdata::day(28));

        // Filter "new"; the watched order, if new, leaves the filter when it is shipped.
        OrderFilter f;
        f.statuses = { u"new"_qs };
        model.setFilter(f);
        const int before = model.rowCount();
        QVERIFY(before > 2);
        const QString leaving = model.orderId(1);
        QPersistentModelIndex leavingIndex(model.index(1, 0));
        QPersistentModelIndex staying(model.index(2, 0));
        const QString stayingId = model.orderId(2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(writer->exec(u"UPDATE orders SET unified_status = 'shipped' WHERE id = '"_qs + leaving + u"'").ok());
        // A write outside a Transaction is not announced: announce it the way Transaction::commit does.
        notifier.publish({ store::Change{ u"orders"_qs, store::ChangeKind::Updated, { leaving } } });
        QTRY_COMPARE(model.rowCount(), before - 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!leavingIndex.isValid());
        QCOMPARE(staying.row(), 1);
        QCOMPARE(model.orderId(staying.row()), stayingId);
        QCOMPARE(model.statusCounts().value(u"new"_qs), before - 1);
        QCOMPARE(model.rowOf(leaving), -1);
        QCOMPARE(model.rowOf(stayingId), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_fixedPath;
    QString m_bigPath;
};


QTEST_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
