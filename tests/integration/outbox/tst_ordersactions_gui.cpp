// The Orders view's parameterised actions end to end, offscreen: the detail pane's button opens the action's
// dialog, the form is filled like a user would, OK checks the platform's rules (a refusal stays in the dialog),
// asks for confirmation where the action cannot be undone, and the real outbox sends it to the in-process
// sandbox. Also: a failed item retried from the detail pane, the "Actions failed" button, the status history
// timeline after an action, and line thumbnails fetched once over the job layer.
#include "connectors/hepsiburada/hepsiburadaclient.h"
#include "connectors/n11/n11client.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "net/networkcontext.h"
#include "orders/actioninputdialog.h"
#include "orders/bulkactiondialog.h"
#include "orders/orderdetailpane.h"
#include "orders/ordersmodel.h"
#include "orders/ordersview.h"
#include "orders/outboxactionservice.h"
#include "orders/thumbnailloader.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "outboxharness.h"
#include "settings/settings.h"
#include "store/changenotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::outbox;
using namespace sd::connectors;
using namespace sd::connectors::test;
using namespace sd::outbox::test;
using namespace sd::ui;

class TestOrdersActionsGui : public QObject
{
    Q_OBJECT

    SyncHarness h;
    store::ChangeNotifier notifier;
    std::unique_ptr<Outbox> box;
    std::unique_ptr<OutboxRunner> runner;
    std::unique_ptr<OutboxActionService> service;
    std::unique_ptr<ProfileSettings> settings;
    std::unique_ptr<OrdersView> view;

    bool sync(OrderConnector &connector, const QString &connectionId)
    {
        OrderSync s(&connector, h.writer.get(), kWorkspace, connectionId);
        QSignalSpy done(&s, &OrderSync::finished);
        s.start(0, Reference);
        return done.wait(60000) && done.first().first().value<OrderSyncReport>().ok();
    }

    // The first order of the connection in that platform status with at least minLines lines.
    QString order(const QString &connectionId, const QString &platformStatus, int minLines = 1, int skip = 0)
    {
        auto st = h.reader->prepare(
            u"SELECT o.id FROM orders o WHERE o.connection_id = ?1 AND o.platform_status = ?2 AND o.deleted = 0"
            u" AND (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.deleted = 0) >= ?3"
            u" ORDER BY o.seq LIMIT 1 OFFSET ?4");
        if (!st || !st->bindAll(connectionId, platformStatus, minLines, skip).ok() || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    QString externalId(const QString &orderId)
    {
        auto st = h.reader->prepare(u"SELECT external_id FROM orders WHERE id = ?1");
        if (!st || !st->bindAll(orderId).ok() || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    // Shows the order in the detail pane (the view filtered to it) and presses its action button.
    ActionInputDialog *openAction(const QString &orderId, const QString &actionId)
    {
        OrderFilter only;
        only.orderIds = { orderId };
        view->setFilter(only);
        if (!QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, 5000))
            return nullptr;
        view->table()->setCurrentIndex(view->model()->index(0, OrdersModel::NumberColumn));
        if (!QTest::qWaitFor([&] { return view->currentOrderId() == orderId; }, 5000))
            return nullptr;
        auto *button = view->detailActions()->findChild<QPushButton *>(u"orderAction_"_qs + actionId);
        if (!button) {
            qWarning("no button for %s", qPrintable(actionId));
            return nullptr;
        }
        QSignalSpy opened(view.get(), &OrdersView::inputDialogOpened);
        button->click();
        if (opened.isEmpty())
            return nullptr;
        return opened.first().first().value<ActionInputDialog *>();
    }

    static void ok(ActionInputDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    // The next modal message box (the confirmation) is answered with its action button.
    static void confirmNext(QString *question = nullptr)
    {
        QTimer::singleShot(0, qApp, [question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (question)
                *question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
    }

    // Submits the dialog and waits for the action's result (one order): its outbox item.
    OutboxItem submitAndWait(ActionInputDialog *dialog, bool confirm)
    {
        QSignalSpy started(view.get(), &OrdersView::actionStarted);
        if (confirm)
            confirmNext();
        ok(dialog);
        if (started.isEmpty()) {
            qWarning("not started: %s", qPrintable(dialog->errorText()));
            return {};
        }
        auto *progress = started.first().first().value<BulkActionDialog *>();
        if (!QTest::qWaitFor([&] { return progress->finishedCount() == 1; }, 20000))
            return {};
        progress->close();
        auto items = box->list({});
        return items && !items->isEmpty() ? items->first() : OutboxItem{};
    }

    OutboxItem latestItem(const QString &orderId)
    {
        OutboxQuery q;
        q.orderId = orderId;
        auto items = box->list(q);
        return items && !items->isEmpty() ? items->first() : OutboxItem{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ActionInputDialog *>();
        qRegisterMetaType<BulkActionDialog *>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(h.sandbox.started());
        QVERIFY(h.dir.isValid());
        const QString path = h.dir.filePath(u"store.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            QVERIFY(db->exec(u"INSERT INTO connections(id, workspace_id, platform, display_name, created_at,"
                             u" updated_at) VALUES ('%1', '%2', 'n11', 'N11', 1, 1), ('%3', '%2', 'woocommerce',"
                             u" 'Woo', 1, 1), ('%4', '%2', 'hepsiburada', 'HB', 1, 1)"_qs.arg(
                                 kN11Connection, kWorkspace, kWooConnection, kHbConnection))
                        .ok());
        }
        auto w = store::StoreWriter::open(path, {}, &notifier);
        QVERIFY(w);
        h.writer = std::move(w).value();
        auto r = store::Database::open(path);
        QVERIFY(r);
        h.reader = std::move(r).value();
        trendyol::TrendyolClient ty(&h.network, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
        hepsiburada::HepsiburadaClient hb(&h.network, hbConfig(h.sandbox.url(u"/hepsiburada"_qs)));
        woocommerce::WooCommerceClient wc(&h.network, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
        QVERIFY(sync(ty, kConnection));
        QVERIFY(sync(hb, kHbConnection));
        QVERIFY(sync(wc, kWooConnection));

        box = std::make_unique<Outbox>(h.writer.get(), kWorkspace);
        const auto dispatcher = ActionDispatcher::builtIn();
        runner = std::make_unique<OutboxRunner>(box.get(), dispatcher, &h.network);
        runner->setPolicy(fastPolicy());
        runner->setConnection(u"trendyol"_qs, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
        runner->setConnection(u"hepsiburada"_qs, hbConfig(h.sandbox.url(u"/hepsiburada"_qs)));
        runner->setConnection(u"woocommerce"_qs, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
        auto reader = store::Database::open(path);
        QVERIFY(reader);
        service = std::make_unique<OutboxActionService>(std::move(reader).value(), box.get(), runner.get(), dispatcher);
        runner->start();

        settings = std::make_unique<ProfileSettings>(h.dir.filePath(u"profile.ini"_qs));
        view = std::make_unique<OrdersView>(settings.get());
        view->resize(1400, 900);
        view->show();
        auto viewReader = store::Database::open(path);
        QVERIFY(viewReader);
        view->setDatabase(std::move(viewReader).value(), &notifier);
        view->setActionService(service.get());
        view->setNetwork(&h.network);
    }

    void cleanupTestCase()
    {
        view.reset();
        service.reset();
        if (runner)
            runner->stop();
        runner.reset();
        box.reset();
    }

    // Trendyol tracking: an illegal number is refused in the dialog with Trendyol's rule, a good one is sent.
    void trendyolTrackingNumber()
    {
        const QString orderId = order(kConnection, u"Picking"_qs);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"track"_qs);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *number = dialog->findChild<QLineEdit *>(u"number"_qs);
        QVERIFY(number);
        number->setText(u"x!"_qs);
        ok(dialog);
        QVERIFY(dialog->isVisible()); // refused: the dialog stays, with the platform's rule
        QCOMPARE(dialog->errorText(), u"The tracking number must be 4 to 40 letters or digits."_qs);
        QCOMPARE(box->list({})->size(), 0); // nothing was queued
        number->setText(u"YK7700112233"_qs);
        const OutboxItem item = submitAndWait(dialog, false);
        QCOMPARE(item.action, u"track"_qs);
        QCOMPARE(outboxStateName(item.state), u"done"_qs);
        QVERIFY(QJsonDocument(h.sandbox.state(u"trendyol"_qs)).toJson().contains("YK7700112233"));
        // The detail pane lists the item as done.
        QTRY_COMPARE(view->detailPane()->outboxItems()->topLevelItemCount(), 1);
        QTRY_COMPARE(view->detailPane()->outboxItems()->topLevelItem(0)->text(1), u"Done"_qs);
    }

    // Trendyol invoice number: confirmed (status cannot go back), sent, and the status history timeline shows it.
    void trendyolInvoiceNumberAndHistory()
    {
        const QString orderId = order(kConnection, u"Picking"_qs, 1, 1);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"invoice"_qs);
        QVERIFY(dialog);
        ok(dialog);
        QCOMPARE(dialog->errorText(), u"Enter the invoice number."_qs);
        dialog->findChild<QLineEdit *>(u"number"_qs)->setText(u"GIB2026000000123"_qs);
        const OutboxItem item = submitAndWait(dialog, true);
        QCOMPARE(outboxStateName(item.state), u"done"_qs);
        QCOMPARE(item.payload.value(u"invoiceNumber").toString(), u"GIB2026000000123"_qs);
        const QString external = externalId(orderId);
        bool invoiced = false;
        for (const QJsonValue &p : h.sandbox.state(u"trendyol"_qs).value(u"packages").toArray()) {
            if (QString::number(p.toObject().value(u"id").toInteger()) == external)
                invoiced = p.toObject().value(u"status").toString() == u"Invoiced";
        }
        QVERIFY(invoiced);
        // The action's local change is one history row, shown in the timeline.
        QCOMPARE(h.count(u"SELECT count(*) FROM order_status_history WHERE order_id = '%1' AND source = 'action'"
                         u" AND from_status = 'picking' AND to_status = 'invoiced'"_qs.arg(orderId)),
            1);
        QTRY_VERIFY(view->detailBrowser()->toPlainText().contains(u"Status: Picking → Invoiced (Invoiced) · by an action from SellerDesk"_qs));
    }

    // Trendyol cancel: a line ticked with its quantity and a reason from Trendyol's list, confirmed, sent.
    void trendyolCancelLinesWithReason()
    {
        const QString orderId = order(kConnection, u"Created"_qs);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"cancel"_qs);
        QVERIFY(dialog);
        auto *lines = dialog->findChild<QTableWidget *>(u"lines"_qs);
        QVERIFY(lines);
        QVERIFY(lines->rowCount() >= 1);
        ok(dialog);
        QCOMPARE(dialog->errorText(), u"Tick the lines to cancel."_qs);
        lines->item(0, 0)->setCheckState(Qt::Checked);
        auto *reason = dialog->findChild<QComboBox *>(u"reason"_qs);
        QCOMPARE(reason->count(), 6);
        reason->setCurrentIndex(reason->findData(502));
        QCOMPARE(reason->currentText(), u"Wrong price"_qs);
        QString question;
        QSignalSpy started(view.get(), &OrdersView::actionStarted);
        confirmNext(&question);
        ok(dialog);
        QVERIFY(question.contains(u"cannot be undone"_qs));
        QCOMPARE(started.size(), 1);
        auto *progress = started.first().first().value<BulkActionDialog *>();
        QTRY_COMPARE_WITH_TIMEOUT(progress->finishedCount(), 1, 20000);
        QCOMPARE(progress->failedCount(), 0);
        progress->close();
        const OutboxItem item = latestItem(orderId);
        QCOMPARE(item.action, u"cancel"_qs);
        QCOMPARE(item.payload.value(u"reason").toInt(), 502);
        QCOMPARE(item.payload.value(u"lines").toArray().size(), 1);
        QCOMPARE(outboxStateName(item.state), u"done"_qs);
        const QString external = externalId(orderId);
        for (const QJsonValue &p : h.sandbox.state(u"trendyol"_qs).value(u"packages").toArray()) {
            if (QString::number(p.toObject().value(u"id").toInteger()) == external)
                QVERIFY(p.toObject().value(u"status").toString() != u"Created");
        }
    }

    // WooCommerce note to the customer: no confirmation, sent, in the shop's notes with customer_note.
    void wooCommerceCustomerNote()
    {
        const QString orderId = order(kWooConnection, u"processing"_qs);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"note"_qs);
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(u"note"_qs)->setPlainText(u"Kargonuz yarın yola çıkıyor 📦"_qs);
        dialog->findChild<QRadioButton *>(u"customerNote"_qs)->setChecked(true);
        const OutboxItem item = submitAndWait(dialog, false);
        QCOMPARE(item.action, u"note"_qs);
        QCOMPARE(outboxStateName(item.state), u"done"_qs);
        QCOMPARE(item.payload.value(u"toCustomer").toBool(), true);
        const QByteArray state = QJsonDocument(h.sandbox.state(u"woocommerce"_qs)).toJson(QJsonDocument::Compact);
        QVERIFY(state.contains(u"Kargonuz yarın yola çıkıyor 📦"_qs.toUtf8()));
    }

    // Hepsiburada, the merchant's own carrier: in transit with a tracking number (confirmed).
    void hepsiburadaInTransit()
    {
        const QString orderId = order(kHbConnection, u"Packed"_qs);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"in-transit"_qs);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"number"_qs)->setText(u"HBTRK4455667"_qs);
        dialog->findChild<QLineEdit *>(u"url"_qs)->setText(u"http://kargo.example/HBTRK4455667"_qs);
        ok(dialog);
        QCOMPARE(dialog->errorText(), u"The tracking link must be a complete web address."_qs); // https only
        dialog->findChild<QLineEdit *>(u"url"_qs)->clear();
        const OutboxItem item = submitAndWait(dialog, true);
        QCOMPARE(item.action, u"in-transit"_qs);
        QCOMPARE(outboxStateName(item.state), u"done"_qs);
        QVERIFY(QJsonDocument(h.sandbox.state(u"hepsiburada"_qs)).toJson().contains("HBTRK4455667"));
    }

    // A note the shop refuses (a 400 once): failed with the shop's reason, listed in the detail pane with Retry,
    // the "Actions failed" button appears; Retry sends it again and it is done.
    void failedItemRetriedFromTheDetailPane()
    {
        QCOMPARE(h.sandbox.control("POST", u"/faults"_qs,
                     { { u"platform"_qs, u"woocommerce"_qs }, { u"method"_qs, u"POST"_qs }, { u"path"_qs, u"*/notes"_qs },
                         { u"fault"_qs, u"status=400"_qs }, { u"count"_qs, 1 } })
                     .status,
            201);
        const QString orderId = order(kWooConnection, u"processing"_qs, 1, 1);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"note"_qs);
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(u"note"_qs)->setPlainText(u"Paketiniz hazırlanıyor."_qs);
        const OutboxItem failed = submitAndWait(dialog, false);
        QCOMPARE(outboxStateName(failed.state), u"failed"_qs);
        QVERIFY(!failed.lastError.isEmpty());

        OrderDetailPane *pane = view->detailPane();
        QTRY_COMPARE(pane->outboxItems()->topLevelItemCount(), 1);
        QTRY_COMPARE(pane->outboxItems()->topLevelItem(0)->text(1), u"Failed"_qs);
        QVERIFY(!pane->outboxItems()->topLevelItem(0)->text(4).isEmpty()); // the shop's reason
        QTRY_VERIFY(view->failedActionsButton()->isVisible());
        QVERIFY(view->failedActionsButton()->text().contains(u"(1)"_qs));
        // The filter shows exactly that order.
        view->failedActionsButton()->click();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->orderId(0), orderId);
        view->failedActionsButton()->click();

        auto *retry = pane->outboxItems()->findChild<QPushButton *>(u"retryItem_"_qs + failed.id);
        QVERIFY(retry);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(outboxStateName(box->item(failed.id)->state), u"done"_qs, 20000);
        QTRY_COMPARE(pane->outboxItems()->topLevelItem(0)->text(1), u"Done"_qs);
        QVERIFY(!pane->outboxItems()->findChild<QPushButton *>(u"retryItem_"_qs + failed.id));
        QTRY_VERIFY(!view->failedActionsButton()->isVisible());
        QVERIFY(QJsonDocument(h.sandbox.state(u"woocommerce"_qs)).toJson().contains(u"Paketiniz hazırlanıyor."_qs.toUtf8()));
    }

    // Bulk: one WooCommerce note for two orders, from the selection's action (one dialog, one item per order).
    void bulkNoteForTwoOrders()
    {
        const QStringList ids{ order(kWooConnection, u"processing"_qs, 1, 2), order(kWooConnection, u"processing"_qs, 1, 3) };
        QVERIFY(!ids.at(0).isEmpty() && !ids.at(1).isEmpty());
        QSignalSpy opened(view.get(), &OrdersView::inputDialogOpened);
        QVERIFY(!view->runAction(u"note"_qs, ids));
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.first().first().value<ActionInputDialog *>();
        QCOMPARE(dialog->orderIds(), ids);
        QVERIFY(dialog->windowTitle().contains(u"2 order"_qs));
        dialog->findChild<QPlainTextEdit *>(u"note"_qs)->setPlainText(u"Bayram nedeniyle kargolar 1 gün gecikebilir."_qs);
        QSignalSpy started(view.get(), &OrdersView::actionStarted);
        ok(dialog);
        QCOMPARE(started.size(), 1);
        auto *progress = started.first().first().value<BulkActionDialog *>();
        QCOMPARE(progress->total(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(progress->finishedCount(), 2, 20000);
        QCOMPARE(progress->failedCount(), 0);
        progress->close();
        for (const QString &id : ids)
            QCOMPARE(outboxStateName(latestItem(id).state), u"done"_qs);
    }

    // An irreversible action whose confirmation is declined: nothing is queued, the dialog stays for a change.
    void declinedConfirmationQueuesNothing()
    {
        const QString orderId = order(kHbConnection, u"Packed"_qs, 1, 1);
        QVERIFY(!orderId.isEmpty());
        ActionInputDialog *dialog = openAction(orderId, u"in-transit"_qs);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"number"_qs)->setText(u"HBTRK0000001"_qs);
        const int before = int(box->list({})->size());
        QTimer::singleShot(0, qApp, [] {
            if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                question->button(QMessageBox::Cancel)->click();
        });
        ok(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(int(box->list({})->size()), before);
        dialog->reject();
    }

    // WooCommerce gives line images: thumbnails arrive over the job layer, once per URL.
    void lineThumbnails()
    {
        auto st = h.reader->prepare(u"SELECT order_id, image_url FROM order_lines WHERE connection_id = ?1"
                                    u" AND image_url IS NOT NULL ORDER BY seq LIMIT 1");
        QVERIFY(st && st->bindAll(kWooConnection).ok() && st->step().valueOr(false));
        const QString orderId = st->text(0);
        const QUrl url(st->text(1));
        OrderFilter only;
        only.orderIds = { orderId };
        view->setFilter(only);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->table()->setCurrentIndex(view->model()->index(0, OrdersModel::NumberColumn));
        QTRY_COMPARE(view->currentOrderId(), orderId);
        QTRY_VERIFY(!view->thumbnails()->thumbnail(url).isNull());
        const int requests = view->thumbnails()->requestCount();
        QVERIFY(requests >= 1);
        const qint64 key = view->thumbnails()->thumbnail(url).cacheKey();
        auto shownKey = [&] {
            QTableWidget *lines = view->detailPane()->lines();
            for (int r = 0; r < lines->rowCount(); ++r) {
                if (lines->item(r, 0)->data(Qt::UserRole + 1).toUrl() == url)
                    return lines->item(r, 0)->data(Qt::DecorationRole).value<QPixmap>().cacheKey();
            }
            return qint64(0);
        };
        QTRY_COMPARE(shownKey(), key); // the placeholder was replaced when the image arrived
        // Shown again: from the cache, no new request.
        view->detailPane()->showOrder(orderId);
        QCOMPARE(shownKey(), key);
        QCOMPARE(view->thumbnails()->requestCount(), requests);
        view->setFilter({});
    }
};

QTEST_MAIN(TestOrdersActionsGui)
#include "tst_ordersactions_gui.moc"
