// The Orders view offscreen, over a real migrated store: side list and filters, detail pane, actions through an
// OrderActionService, the CSV export byte by byte, the picking list, saved filters, the rail badge.
#include "orders/bulkactiondialog.h"
#include "orders/orderdetailpane.h"
#include "orders/ordersmodel.h"
#include "orders/ordersview.h"
#include "orderstestdata.h"
#include "profile/profile.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "shell/navigationrail.h"
#include "store/changenotifier.h"
#include "widgets/emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

// The actions the view is built against, done the way the outbox reports them: queued at once, then one item
// after the other finishes asynchronously. Cancelled orders refuse every action (the platform's rule).
class LoopbackActionService : public OrderActionService
{
public:
    explicit LoopbackActionService(store::Database *db) : m_db(db) { }

    QList<OrderAction> actionsFor(const QString &orderId) const override
    {
        const QString status = statusOf(orderId);
        if (status == u"new")
            return { { u"picking"_qs, u"Start picking"_qs, {}, false },
                     { u"cancel"_qs, u"Cancel order"_qs, u"Cancel this order?"_qs, true } };
        if (status == u"picking")
            return { { u"invoiced"_qs, u"Mark invoiced"_qs, {}, false } };
        return {};
    }

    QStringList enqueue(const QString &actionId, const QStringList &orderIds, const QVariantMap &) override
    {
        QStringList items;
        for (const QString &id : orderIds) {
            const QString item = u"item-"_qs + QString::number(++m_next);
            items.append(item);
            enqueued.append({ actionId, id });
            const bool allowed = statusOf(id) == u"new" || (statusOf(id) == u"picking" && actionId == u"invoiced");
            QTimer::singleShot(int(5 * items.size()), this, [this, item, allowed] {
                Q_EMIT itemChanged(item, ItemState::Running, {});
                Q_EMIT itemChanged(item, allowed ? ItemState::Done : ItemState::Failed,
                                   allowed ? QString() : u"Package status does not allow this change"_qs);
            });
        }
        return items;
    }

    QList<std::pair<QString, QString>> enqueued;

private:
    QString statusOf(const QString &orderId) const
    {
        auto st = m_db->prepare(u"SELECT unified_status FROM orders WHERE id = ?1");
        if (!st || !st->bindAll(orderId) || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    store::Database *m_db;
    int m_next = 0;
};

QTreeWidgetItem *sideItem(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

int rowOfNumber(OrdersModel *model, const QString &number)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, OrdersModel::NumberColumn).data().toString() == number)
            return r;
    }
    return -1;
}

QString localStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs);
}

} // namespace

class TestOrdersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cache.db"_qs);
        m_writer = testdata::createStore(m_path);
        QVERIFY(m_writer);
        m_writer->setChangeNotifier(&m_notifier);
        QList<testdata::OrderSpec> orders = testdata::fixedOrders();
        // A second order of the same mug (picking list grouping) whose customer needs CSV quoting.
        orders.append({ u"TY-1004"_qs, u"trendyol"_qs, domain::UnifiedStatus::New, testdata::day(19),
                        u"Kaya, \"Usta\" Ali"_qs, u"Konya"_qs, 17980, u"KUPA-001"_qs, 2, {} });
        QVERIFY(testdata::write(*m_writer, orders));
    }

    void emptyStoreSaysWhatToDo()
    {
        const QString path = m_dir.filePath(u"empty.db"_qs);
        QVERIFY(testdata::createStore(path));
        ProfileSettings settings(m_dir.filePath(u"empty.ini"_qs));
        OrdersView view(&settings);
        view.resize(1200, 700);
        view.show();
        QVERIFY(view.emptyState()->isVisible()); // before the cache is open
        view.setDatabase(testdata::openReader(path), nullptr);
        QVERIFY(view.emptyState()->isVisible());
        QCOMPARE(view.emptyState()->title(), u"No orders yet"_qs);
        QVERIFY(view.emptyState()->body().contains(u"Settings"_qs));
        QSignalSpy settingsSpy(&view, &OrdersView::openSettingsRequested);
        QTest::mouseClick(view.emptyState()->actionButton(), Qt::LeftButton);
        QCOMPARE(settingsSpy.size(), 1);
    }

    void sideListSearchAndNoMatch()
    {
        ProfileSettings settings(m_dir.filePath(u"side.ini"_qs));
        OrdersView view(&settings);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        OrdersModel *model = view.model();
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(view.table()->isVisible());

        QTreeWidgetItem *newItem = sideItem(view.sideList(), u"New"_qs);
        QVERIFY(newItem);
        QCOMPARE(newItem->text(1), u"3"_qs);
        QCOMPARE(sideItem(view.sideList(), u"Trendyol"_qs)->text(1), u"4"_qs);
        QCOMPARE(sideItem(view.sideList(), u"All orders"_qs)->text(1), u"10"_qs);
        view.sideList()->itemClicked(newItem, 0);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(view.filter().statuses, QStringList{ u"new"_qs });
        // Channel counts follow the status filter.
        QCOMPARE(sideItem(view.sideList(), u"Trendyol"_qs)->text(1), u"2"_qs);

        // Ctrl+F focuses the search; typing filters after a short pause; Turkish folding.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.searchField()->hasFocus());
        QTest::keyClicks(view.searchField(), u"cagri"_qs);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OrdersModel::NumberColumn).data().toString(), u"HB-2001"_qs);

        QTest::keyClicks(view.searchField(), u"xyz"_qs);
        QTRY_VERIFY(view.emptyState()->isVisible());
        QCOMPARE(view.emptyState()->title(), u"No order matches these filters"_qs);
        QTest::mouseClick(view.emptyState()->actionButton(), Qt::LeftButton); // clear filters
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(view.searchField()->text().isEmpty());
        QVERIFY(view.table()->isVisible());
    }

    void headerSortsInSql()
    {
        ProfileSettings settings(m_dir.filePath(u"sort.ini"_qs));
        OrdersView view(&settings);
        view.resize(1300, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        OrdersModel *model = view.model();
        QCOMPARE(model->sortColumn(), int(OrdersModel::DateColumn)); // newest first from the start
        QCOMPARE(model->index(0, OrdersModel::NumberColumn).data().toString(), u"WC-4002"_qs);
        QHeaderView *header = view.table()->horizontalHeader();
        auto clickHeader = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(OrdersModel::TotalColumn);
        QCOMPARE(model->sortColumn(), int(OrdersModel::TotalColumn));
        const qint64 first = model->index(0, 0).data(OrdersModel::TotalMinorRole).toLongLong();
        const qint64 last = model->index(model->rowCount() - 1, 0).data(OrdersModel::TotalMinorRole).toLongLong();
        QVERIFY(model->sortOrder() == Qt::AscendingOrder ? first <= last : first >= last);
        QCOMPARE(first == 4999 || first == 123456, true); // the EUR mug or the biggest TRY order, by minor units
        // Items cannot be sorted in SQL: the click changes nothing and the indicator stays on Total.
        const Qt::SortOrder order = model->sortOrder();
        clickHeader(OrdersModel::ItemsColumn);
        QCOMPARE(model->sortColumn(), int(OrdersModel::TotalColumn));
        QCOMPARE(model->sortOrder(), order);
        QCOMPARE(header->sortIndicatorSection(), int(OrdersModel::TotalColumn));
    }

    void detailPaneAndKeyboard()
    {
        ProfileSettings settings(m_dir.filePath(u"detail.ini"_qs));
        OrdersView view(&settings);
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        OrdersModel *model = view.model();
        const int row = rowOfNumber(model, u"TY-1003"_qs);
        QVERIFY(row >= 0);
        view.table()->setFocus();
        view.table()->setCurrentIndex(model->index(row, OrdersModel::NumberColumn));
        QTRY_VERIFY(view.detailPane()->header()->text().contains(u"TY-1003"_qs));
        const QString text = view.detailBrowser()->toPlainText();
        // The lines: a table with the title elided (full title and codes in the tooltip), VAT in its column, and
        // a placeholder where the platform gives no image.
        QTableWidget *lines = view.detailPane()->lines();
        QVERIFY(lines->isVisible());
        QCOMPARE(lines->rowCount(), 1);
        QVERIFY(lines->item(0, 1)->toolTip().contains(u"SKU TSHIRT-MAV-L"_qs));
        QVERIFY(lines->item(0, 1)->toolTip().contains(lines->item(0, 1)->text().toHtmlEscaped()));
        QCOMPARE(lines->textElideMode(), Qt::ElideRight);
        QVERIFY(!lines->wordWrap());
        QCOMPARE(lines->item(0, 4)->text(), u"20%"_qs); // VAT
        QVERIFY(!lines->item(0, 0)->data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(lines->item(0, 0)->toolTip(), u"The platform gives no product image for this line."_qs);
        QVERIFY(text.contains(u"Ömer Öztürk"_qs));
        QVERIFY(text.contains(u"Iğdır"_qs));
        QVERIFY(text.contains(u"Atatürk Cad. No: 5"_qs));
        QVERIFY(text.contains(u"Yurtiçi Kargo"_qs));
        QVERIFY(text.contains(u"TRKTY-1003"_qs));
        QVERIFY(text.contains(u"Ordered"_qs)); // history: what is known
        QVERIFY(text.contains(u"Status changes are recorded from the first sync that sees one."_qs));
        const QString html = view.detailBrowser()->toHtml();
        QVERIFY(html.contains(u"https://kargo.example/takip/TRKTY-1003"_qs));
        QVERIFY(html.contains(u"partner.trendyol.com"_qs));
        // No action service: no action buttons at all.
        QVERIFY(!view.detailActions()->isVisible());
        QVERIFY(!view.findChild<QToolButton *>(u"ordersBulkActions"_qs)->isVisible());

        // Down arrow moves, Enter opens the detail (focus goes there).
        const QString before = view.currentOrderId();
        QTest::keyClick(view.table(), Qt::Key_Down);
        QTRY_VERIFY(view.currentOrderId() != before);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QTRY_VERIFY(view.detailBrowser()->hasFocus());
        // Ctrl+A selects every order.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectedOrderIds().size(), 10);
    }

    // The detail pane starts wide enough for product names; the user's splitter sizes survive a new view.
    // At the width the app gives the view on a 1280-px screen, the detail pane keeps its room: the toolbar's minimum
    // width must not squeeze it (it once left ~130 px).
    void detailPaneKeepsItsWidthInANormalWindow()
    {
        ProfileSettings settings(m_dir.filePath(u"narrow.ini"_qs));
        OrdersView view(&settings);
        view.resize(1150, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        const auto sizes = view.splitter()->sizes();
        QVERIFY2(sizes.at(2) >= 400, qPrintable(u"%1 %2 %3"_qs.arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2))));
    }

    void splitterRemembersItsSizes()
    {
        ProfileSettings settings(m_dir.filePath(u"splitter.ini"_qs));
        QList<int> moved;
        {
            OrdersView view(&settings);
            view.resize(1400, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const auto initial = view.splitter()->sizes();
            QVERIFY2(initial.at(2) >= 440, qPrintable(u"%1 %2 %3 (view %4)"_qs.arg(initial.at(0)).arg(initial.at(1)).arg(initial.at(2)).arg(view.width())));
            QList<int> sizes = view.splitter()->sizes();
            sizes[1] -= 120;
            sizes[2] += 120;
            view.splitter()->setSizes(sizes);
            moved = view.splitter()->sizes();
            Q_EMIT view.splitter()->splitterMoved(sizes[0] + sizes[1], 2); // what a drag reports
            QTRY_VERIFY(!settings.ordersSplitterState().isEmpty());
        }
        OrdersView again(&settings);
        again.resize(1400, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.splitter()->sizes(), moved);
    }

    void actionsThroughTheService()
    {
        ProfileSettings settings(m_dir.filePath(u"actions.ini"_qs));
        OrdersView view(&settings);
        view.resize(1300, 800);
        view.show();
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        LoopbackActionService service(m_writer.get());
        view.setActionService(&service);
        OrdersModel *model = view.model();
        QVERIFY(view.findChild<QToolButton *>(u"ordersBulkActions"_qs)->isVisible());

        // A new order offers its actions in the detail pane.
        view.table()->setCurrentIndex(model->index(rowOfNumber(model, u"HB-2001"_qs), 0));
        QTRY_VERIFY(view.detailActions()->isVisible());
        QVERIFY(view.detailActions()->findChild<QPushButton *>(u"orderAction_picking"_qs));
        QVERIFY(view.detailActions()->findChild<QPushButton *>(u"orderAction_cancel"_qs));
        // A delivered one offers none.
        view.table()->setCurrentIndex(model->index(rowOfNumber(model, u"HB-2002"_qs), 0));
        QTRY_VERIFY(!view.detailActions()->isVisible());

        // Bulk: three orders, one of which (cancelled) the platform refuses.
        const QStringList ids{ model->orderId(rowOfNumber(model, u"TY-1001"_qs)),
                               model->orderId(rowOfNumber(model, u"HB-2001"_qs)),
                               model->orderId(rowOfNumber(model, u"N11-3001"_qs)) };
        BulkActionDialog *dialog = view.runAction(u"picking"_qs, ids, false);
        QVERIFY(dialog);
        QCOMPARE(dialog->total(), 3);
        QCOMPARE(service.enqueued.size(), 3);
        QCOMPARE(service.enqueued.first().first, u"picking"_qs);
        QTRY_COMPARE(dialog->finishedCount(), 3);
        QCOMPARE(dialog->failedCount(), 1);
        QCOMPARE(dialog->progressBar()->value(), 3);
        QCOMPARE(dialog->progressBar()->maximum(), 3);
        QTreeWidgetItem *refused = dialog->results()->topLevelItem(2);
        QCOMPARE(refused->text(0), u"N11-3001"_qs);
        QCOMPARE(refused->text(1), u"Failed"_qs);
        QCOMPARE(refused->text(2), u"Package status does not allow this change"_qs);
        QCOMPARE(dialog->results()->topLevelItem(0)->text(1), u"Done"_qs);
        dialog->close();
        // With confirmation: Cancel sends nothing; the action's own button sends it.
        auto answer = [](QMessageBox::StandardButton which, QString *question) {
            QTimer::singleShot(0, qApp, [which, question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                *question = box->text();
                box->button(which)->click();
            });
        };
        QString question;
        const qsizetype sent = service.enqueued.size();
        answer(QMessageBox::Cancel, &question);
        QVERIFY(!view.runAction(u"cancel"_qs, { ids[0] }));
        QCOMPARE(question, u"Cancel this order?"_qs);
        QCOMPARE(service.enqueued.size(), sent);
        answer(QMessageBox::Yes, &question);
        BulkActionDialog *confirmed = view.runAction(u"cancel"_qs, { ids[0] });
        QVERIFY(confirmed);
        QCOMPARE(service.enqueued.size(), sent + 1);
        QCOMPARE(service.enqueued.last().first, u"cancel"_qs);
        QTRY_COMPARE(confirmed->finishedCount(), 1);
        confirmed->close();
        // An action no selected order allows starts nothing.
        QVERIFY(!view.runAction(u"invoiced"_qs, { ids[2] }, false));
    }

    void csvExportByteByByte_data()
    {
        QTest::addColumn<bool>("turkish");
        QTest::addRow("comma, decimal point") << false;
        QTest::addRow("Turkish Excel") << true;
    }

    void csvExportByteByByte()
    {
        QFETCH(bool, turkish);
        ProfileSettings settings(m_dir.filePath(u"csv.ini"_qs));
        OrdersView view(&settings);
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        OrderFilter f;
        f.platforms = { u"trendyol"_qs };
        view.setFilter(f);
        const QString path = m_dir.filePath(turkish ? u"tr.csv"_qs : u"en.csv"_qs);
        QList<std::pair<int, int>> progress;
        CsvOptions options;
        options.turkishDecimals = turkish;
        auto rows = view.exportCsv(path, options, [&progress](int done, int total) {
            progress.append({ done, total });
            return true;
        });
        QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, 4);
        QCOMPARE(progress.last(), std::make_pair(4, 4));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString s = turkish ? u";"_qs : u","_qs;
        auto money = [turkish](const char *en) { return turkish ? QString::fromLatin1(en).replace(u'.', u',') : QString::fromLatin1(en); };
        // Newest first (the table's order), every field as written, the customer quoted with doubled quotes.
        const QString expected =
            QStringList{ u"Channel"_qs, u"Order number"_qs, u"Date"_qs, u"Customer"_qs, u"City"_qs, u"Items"_qs,
                         u"Total"_qs, u"Currency"_qs, u"Status"_qs, u"Platform status"_qs, u"Cargo"_qs,
                         u"Tracking number"_qs }.join(s) + u"\r\n"
            + QStringList{ u"Trendyol"_qs, u"TY-1002"_qs, localStamp(testdata::day(20, 15)), u"Işıl Çelik"_qs,
                           u"Şanlıurfa"_qs, u"1"_qs, money("89.90"), u"TRY"_qs, u"Picking"_qs, u"picking"_qs, {}, {} }.join(s)
            + u"\r\n"
            + QStringList{ u"Trendyol"_qs, u"TY-1001"_qs, localStamp(testdata::day(20, 9)), u"Ayşe Yılmaz"_qs,
                           u"İstanbul"_qs, u"2"_qs, money("1234.56"), u"TRY"_qs, u"New"_qs, u"new"_qs, {}, {} }.join(s)
            + u"\r\n"
            + QStringList{ u"Trendyol"_qs, u"TY-1004"_qs, localStamp(testdata::day(19)), u"\"Kaya, \"\"Usta\"\" Ali\""_qs,
                           u"Konya"_qs, u"2"_qs, money("179.80"), u"TRY"_qs, u"New"_qs, u"new"_qs, {}, {} }.join(s)
            + u"\r\n"
            + QStringList{ u"Trendyol"_qs, u"TY-1003"_qs, localStamp(testdata::day(18)), u"Ömer Öztürk"_qs, u"Iğdır"_qs,
                           u"3"_qs, money("450.00"), u"TRY"_qs, u"Shipped"_qs, u"shipped"_qs, u"Yurtiçi Kargo"_qs,
                           u"TRKTY-1003"_qs }.join(s)
            + u"\r\n";
        QCOMPARE(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
        QCOMPARE(OrdersExport::csvField(u"a\nb"_qs, u','), u"\"a\nb\""_qs);
        QCOMPARE(OrdersExport::csvField(u"1,5"_qs, u';'), u"1,5"_qs);
        QCOMPARE(OrdersExport::inertText(u"=HYPERLINK(\"x\")"_qs), u"'=HYPERLINK(\"x\")"_qs);
        QCOMPARE(OrdersExport::inertText(u"@SUM(A1)"_qs), u"'@SUM(A1)"_qs);
        QCOMPARE(OrdersExport::inertText(u"Ayşe"_qs), u"Ayşe"_qs);

        // Cancelled half-way: nothing is left behind, the earlier file stays as it was.
        auto cancelled = view.exportCsv(path, options, [](int, int) { return false; });
        QVERIFY(!cancelled.ok() || *cancelled == 4); // fewer than 500 rows: the only report comes at the end
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().left(3), QByteArray("\xEF\xBB\xBF"));
    }

    void pickingListGroupsBySku()
    {
        ProfileSettings settings(m_dir.filePath(u"pick.ini"_qs));
        OrdersView view(&settings);
        view.resize(1200, 700);
        view.show();
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        OrdersModel *model = view.model();
        auto *selection = view.table()->selectionModel();
        for (const QString &number : { u"TY-1002"_qs, u"TY-1004"_qs, u"TY-1001"_qs }) {
            selection->select(model->index(rowOfNumber(model, number), 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto html = view.pickingListHtml();
        QVERIFY(html.ok());
        QTextDocument doc;
        doc.setHtml(*html);
        const QStringList lines = doc.toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(u"Picking list"_qs));
        QVERIFY(doc.toPlainText().contains(u"3 orders · 2 products · 5 pieces"_qs));
        // One row per SKU: the mug from two orders (1 + 2), the t-shirt from one.
        const int kupa = int(lines.indexOf(u"KUPA-001"_qs));
        QVERIFY(kupa > 0);
        QCOMPARE(lines.mid(kupa, 4), (QStringList{ u"KUPA-001"_qs, u"Pamuklu Tişört"_qs, u"3"_qs, u"TY-1002, TY-1004"_qs }));
        const int shirt = int(lines.indexOf(u"TSHIRT-KRM-M"_qs));
        QVERIFY(shirt > kupa);
        QCOMPARE(lines.mid(shirt, 5), (QStringList{ u"TSHIRT-KRM-M"_qs, u"Pamuklu Tişört"_qs, u"8690000000011"_qs, u"2"_qs, u"TY-1001"_qs }));

        const QString pdf = m_dir.filePath(u"picking.pdf"_qs);
        view.savePickingListPdf(pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void savedFilters()
    {
        const QString ini = m_dir.filePath(u"saved.ini"_qs);
        {
            ProfileSettings settings(ini);
            OrdersView view(&settings);
            view.setDatabase(testdata::openReader(m_path), &m_notifier);
            OrderFilter f;
            f.statuses = { u"new"_qs };
            f.text = u"ayşe"_qs;
            view.setFilter(f);
            QCOMPARE(view.model()->rowCount(), 1);
            view.saveFilter(u"Yeni Ayşe"_qs);
            QCOMPARE(view.savedFilterNames(), QStringList{ u"Yeni Ayşe"_qs });
        }
        ProfileSettings settings(ini); // from the file
        OrdersView view(&settings);
        view.setDatabase(testdata::openReader(m_path), &m_notifier);
        QCOMPARE(view.model()->rowCount(), 10);
        QTreeWidgetItem *saved = sideItem(view.sideList(), u"Yeni Ayşe"_qs);
        QVERIFY(saved);
        view.sideList()->itemClicked(saved, 0);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.searchField()->text(), u"ayşe"_qs);
        view.removeSavedFilter(u"Yeni Ayşe"_qs);
        QVERIFY(view.savedFilterNames().isEmpty());
        QVERIFY(!sideItem(view.sideList(), u"Yeni Ayşe"_qs));
    }

    void firstImportRaisesNoBadge()
    {
        const QString path = m_dir.filePath(u"first-import.db"_qs);
        auto writer = testdata::createStore(path);
        QVERIFY(writer);
        store::ChangeNotifier notifier;
        writer->setChangeNotifier(&notifier);
        auto created = ProfileManager::createAt(m_dir.filePath(u"first-import"_qs), u"First"_qs);
        QVERIFY(created.ok());
        ProfileSettings settings(created->settingsPath());
        settings.setNewOrderNotifications(false);
        MainWindow w(*created, &settings);
        w.show();
        w.showView(u"inbox"_qs);
        w.ordersView()->setDatabase(testdata::openReader(path), &notifier);
        // The first sync of an empty cache: history, no badge.
        QVERIFY(testdata::write(*writer, testdata::generatedOrders(70000, 5)));
        QTRY_COMPARE(w.ordersView()->model()->rowCount(), 5);
        QTest::qWait(100);
        QCOMPARE(w.rail()->badge(u"orders"_qs), 0);
        // The next order is news.
        QVERIFY(testdata::write(*writer, testdata::generatedOrders(70100, 1)));
        QTRY_COMPARE(w.rail()->badge(u"orders"_qs), 1);
        w.ordersView()->setDatabase(nullptr, nullptr);
    }

    void newOrdersRaiseTheRailBadge()
    {
        auto created = ProfileManager::createAt(m_dir.filePath(u"shop"_qs), u"Badge"_qs);
        QVERIFY(created.ok());
        ProfileSettings settings(created->settingsPath());
        settings.setNewOrderNotifications(false); // no tray in the offscreen platform anyway
        MainWindow w(*created, &settings);
        w.show();
        w.showView(u"inbox"_qs);
        w.ordersView()->setDatabase(testdata::openReader(m_path), &m_notifier);
        QCOMPARE(w.rail()->badge(u"orders"_qs), 0);

        QList<testdata::OrderSpec> fresh = testdata::generatedOrders(90000, 2);
        QVERIFY(testdata::write(*m_writer, fresh));
        QTRY_COMPARE(w.rail()->badge(u"orders"_qs), 2);
        QVERIFY(w.rail()->badgeLabel(u"orders"_qs)->isVisible());
        QCOMPARE(w.rail()->badgeLabel(u"orders"_qs)->text(), u"2"_qs);
        QVERIFY(w.rail()->button(u"orders"_qs)->accessibleName().contains(u"2 new"_qs));
        QTRY_COMPARE(w.ordersView()->model()->rowCount(), 12);

        w.showView(u"orders"_qs); // seen
        QCOMPARE(w.rail()->badge(u"orders"_qs), 0);
        QVERIFY(!w.rail()->badgeLabel(u"orders"_qs)->isVisible());
        // While the view is shown, new orders raise no badge.
        QVERIFY(testdata::write(*m_writer, testdata::generatedOrders(90100, 1)));
        QTRY_COMPARE(w.ordersView()->model()->rowCount(), 13);
        QCOMPARE(w.rail()->badge(u"orders"_qs), 0);

        // The notification switch (View menu) is kept in the workspace's settings.
        QAction *notify = w.ordersView()->notifyAction();
        QVERIFY(w.menuBar()->actions().at(1)->menu()->actions().contains(notify));
        QVERIFY(!notify->isChecked());
        notify->setChecked(true);
        QVERIFY(ProfileSettings(created->settingsPath()).newOrderNotifications());
    }

    // SELLERDESK_SCREENSHOT=<file.png>: the main window on the Orders view with a realistic shop, for README.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("SELLERDESK_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set SELLERDESK_SCREENSHOT to write the screenshot");
        const QString path = m_dir.filePath(u"shot.db"_qs);
        auto db = testdata::createStore(path);
        QVERIFY(db);
        QList<testdata::OrderSpec> orders = testdata::generatedOrders(0, 400);
        // A shop's day: the newest orders still to be handled, older ones shipped and delivered.
        using S = domain::UnifiedStatus;
        for (int i = 0; i < orders.size(); ++i) {
            orders[i].orderedAt = testdata::day(22, 23) - qint64(i) * 37 * 60 * 1000;
            const int roll = (i * 37) % 100;
            orders[i].status = i < 6 ? S::New : i < 10 ? (roll < 50 ? S::Picking : S::New) : i < 25 ? (roll < 40 ? S::Invoiced : S::Shipped)
                             : roll < 75 ? S::Delivered : roll < 88 ? S::Shipped : roll < 95 ? S::Cancelled : S::Returned;
            if (orders[i].status == S::New || orders[i].status == S::Picking || orders[i].status == S::Cancelled)
                orders[i].cargo.clear();
            else if (orders[i].cargo.isEmpty())
                orders[i].cargo = u"Yurtiçi Kargo"_qs;
        }
        orders += testdata::fixedOrders();
        for (auto &o : orders) {
            if (o.sku.startsWith(u"SKU-"_qs))
                o.sku = u"TSHIRT-"_qs + o.sku.mid(4);
        }
        QVERIFY(testdata::write(*db, orders));
        auto created = ProfileManager::createAt(m_dir.filePath(u"shot-profile"_qs), u"Anadolu Tekstil"_qs);
        QVERIFY(created.ok());
        ProfileSettings settings(created->settingsPath());
        MainWindow w(*created, &settings);
        w.resize(1440, 860);
        w.show();
        w.showView(u"orders"_qs);
        w.ordersView()->setDatabase(testdata::openReader(path), nullptr);
        LoopbackActionService service(db.get());
        w.ordersView()->setActionService(&service);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.ordersView()->table()->selectRow(1);
        w.ordersView()->table()->setFocus();
        w.setSyncState(u"Encrypted cache ready · 4 marketplaces"_qs);
        QTest::qWait(300);
        QVERIFY(w.grab().save(out));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::Database> m_writer;
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
