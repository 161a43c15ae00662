// Order actions from the command line, end to end: sellerdesk-sandbox as a real process, sellerdesk-cli
// connecting Trendyol and WooCommerce (credentials in the real keychain), syncing, then showing orders and
// moving them through the outbox — each outcome compared with the sandbox's own state.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliOrderActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_ready;
    QProcessEnvironment m_env;
    QJsonArray m_orders; // orders list --json after the sync

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(QStringList args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(qEnvironmentVariable("SELLERDESK_CLI"), QStringList{u"--profile"_qs, m_dir.filePath(u"ws"_qs)} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {-1, {}, {}};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonObject sandboxState(const QString &platform)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(m_ready.value(u"control"_qs).toString() + u"/state/"_qs + platform)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QJsonObject sandboxRecord(const QString &platform, const QString &externalId)
    {
        const QJsonObject state = sandboxState(platform);
        for (const QJsonValue &v : state.value(platform == u"woocommerce" ? u"orders"_qs : u"packages"_qs).toArray()) {
            if (QString::number(v.toObject().value(u"id"_qs).toInteger()) == externalId)
                return v.toObject();
        }
        return {};
    }

    QString platformValue(const QString &platform, const QString &key) const
    {
        return m_ready.value(u"platforms"_qs).toObject().value(platform).toObject().value(key).toString();
    }

    // Our id of an order of that platform in that platform status (via orders show, which gives the status).
    QJsonObject orderIn(const QString &platform, const QString &platformStatus, int skip = 0)
    {
        for (const QJsonValue &v : m_orders) {
            const QJsonObject o = v.toObject();
            if (o.value(u"platform"_qs).toString() != platform || o.value(u"platformStatus"_qs).toString() != platformStatus)
                continue;
            if (skip-- > 0)
                continue;
            return cli({u"--json"_qs, u"orders"_qs, u"show"_qs, o.value(u"id"_qs).toString()}).object();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        m_sandbox.start(qEnvironmentVariable("SELLERDESK_SANDBOX"), {u"--port"_qs, u"0"_qs, u"--seed"_qs, u"9"_qs});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        m_ready = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        QVERIFY(!m_ready.value(u"control"_qs).toString().isEmpty());
        QCOMPARE(cli({u"profile"_qs, u"create"_qs, u"Kargo Masası"_qs}).code, 0);
        auto ty = cli({u"connect"_qs, u"trendyol"_qs, u"--account"_qs, platformValue(u"trendyol"_qs, u"sellerId"_qs),
                       u"--base-url"_qs, platformValue(u"trendyol"_qs, u"baseUrl"_qs)},
                      (platformValue(u"trendyol"_qs, u"apiKey"_qs) + u'\n' + platformValue(u"trendyol"_qs, u"apiSecret"_qs)
                       + u'\n')
                          .toUtf8());
        QVERIFY2(ty.code == 0, ty.err.constData());
        auto wc = cli({u"connect"_qs, u"woocommerce"_qs, u"--base-url"_qs, platformValue(u"woocommerce"_qs, u"baseUrl"_qs)},
                      (platformValue(u"woocommerce"_qs, u"consumerKey"_qs) + u'\n'
                       + platformValue(u"woocommerce"_qs, u"consumerSecret"_qs) + u'\n')
                          .toUtf8());
        QVERIFY2(wc.code == 0, wc.err.constData());
        auto sync = cli({u"sync"_qs});
        QVERIFY2(sync.code == 0, sync.err.constData());
        auto listed = cli({u"--json"_qs, u"--limit"_qs, u"100000"_qs, u"orders"_qs, u"list"_qs});
        QCOMPARE(listed.code, 0);
        m_orders = QJsonDocument::fromJson(listed.out).array();
        QVERIFY(!m_orders.isEmpty());
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void showMatchesTheSandbox()
    {
        const QJsonObject order = orderIn(u"trendyol"_qs, u"Created"_qs);
        QVERIFY(!order.isEmpty());
        const QJsonObject package = sandboxRecord(u"trendyol"_qs, order.value(u"externalId"_qs).toString());
        QCOMPARE(order.value(u"number"_qs).toString(), package.value(u"orderNumber"_qs).toString());
        QCOMPARE(order.value(u"lines"_qs).toArray().size(), package.value(u"lines"_qs).toArray().size());
        QCOMPARE(order.value(u"status"_qs).toString(), u"new"_qs);
        QVERIFY(order.value(u"outbox"_qs).toArray().isEmpty());
        // By the platform's order number too (unique here), and as text.
        auto byNumber = cli({u"orders"_qs, u"show"_qs, order.value(u"number"_qs).toString()});
        QVERIFY2(byNumber.code == 0, byNumber.err.constData());
        QVERIFY(byNumber.out.contains(order.value(u"number"_qs).toString().toUtf8()));
        QCOMPARE(cli({u"orders"_qs, u"show"_qs, u"no-such-order"_qs}).code, 1);
    }

    void pickAndInvoiceTrendyol()
    {
        const QJsonObject order = orderIn(u"trendyol"_qs, u"Created"_qs);
        const QString id = order.value(u"id"_qs).toString();
        const QString ext = order.value(u"externalId"_qs).toString();
        auto picked = cli({u"--json"_qs, u"orders"_qs, u"pick"_qs, id});
        QVERIFY2(picked.code == 0, picked.err.constData());
        QCOMPARE(picked.object().value(u"state"_qs).toString(), u"done"_qs);
        QCOMPARE(sandboxRecord(u"trendyol"_qs, ext).value(u"status"_qs).toString(), u"Picking"_qs);

        auto invoiced = cli({u"orders"_qs, u"invoice"_qs, id, u"--number"_qs, u"GIB2026000000555"_qs});
        QVERIFY2(invoiced.code == 0, invoiced.err.constData());
        QCOMPARE(sandboxRecord(u"trendyol"_qs, ext).value(u"status"_qs).toString(), u"Invoiced"_qs);

        // The order shows its new status and both actions at once (before any sync).
        const QJsonObject shown = cli({u"--json"_qs, u"orders"_qs, u"show"_qs, id}).object();
        QCOMPARE(shown.value(u"status"_qs).toString(), u"invoiced"_qs);
        QCOMPARE(shown.value(u"outbox"_qs).toArray().size(), 2);
        for (const QJsonValue &v : shown.value(u"outbox"_qs).toArray())
            QCOMPARE(v.toObject().value(u"state"_qs).toString(), u"done"_qs);

        // Picking it again is refused by Trendyol's rules before any call: failed, exit 1, reason on stderr.
        auto again = cli({u"orders"_qs, u"pick"_qs, id});
        QCOMPARE(again.code, 1);
        QVERIFY2(!again.err.isEmpty(), again.out.constData());
        auto failed = cli({u"--json"_qs, u"--state"_qs, u"failed"_qs, u"outbox"_qs, u"list"_qs});
        const QJsonArray items = QJsonDocument::fromJson(failed.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"errorCode"_qs).toString(), u"local"_qs);
        // Retrying it fails the same way (the rule still holds).
        QCOMPARE(cli({u"outbox"_qs, u"retry"_qs, items.first().toObject().value(u"id"_qs).toString()}).code, 1);
    }

    void wooStatusAndNote()
    {
        const QJsonObject order = orderIn(u"woocommerce"_qs, u"processing"_qs);
        const QString id = order.value(u"id"_qs).toString();
        const QString ext = order.value(u"externalId"_qs).toString();
        auto status = cli({u"--json"_qs, u"orders"_qs, u"status"_qs, id, u"completed"_qs});
        QVERIFY2(status.code == 0, status.err.constData());
        QCOMPARE(sandboxRecord(u"woocommerce"_qs, ext).value(u"status"_qs).toString(), u"completed"_qs);

        auto note = cli({u"orders"_qs, u"note"_qs, id, u"--to-customer"_qs}, "Kargonuz yolda, takip no: YK123 — teşekkürler!\n");
        QVERIFY2(note.code == 0, note.err.constData());
        int found = 0;
        for (const QJsonValue &n : sandboxState(u"woocommerce"_qs).value(u"notes"_qs).toObject().value(ext).toArray())
            found += n.toObject().value(u"note"_qs).toString() == u"Kargonuz yolda, takip no: YK123 — teşekkürler!";
        QCOMPARE(found, 1);
        // Trendyol-only actions are named as impossible.
        auto pick = cli({u"orders"_qs, u"pick"_qs, id});
        QCOMPARE(pick.code, 1);
        QVERIFY(pick.err.contains("note"));
    }

    void noWaitThenRetry()
    {
        const QJsonObject order = orderIn(u"trendyol"_qs, u"Created"_qs, 1);
        const QString id = order.value(u"id"_qs).toString();
        auto queued = cli({u"--json"_qs, u"--no-wait"_qs, u"orders"_qs, u"pick"_qs, id});
        QVERIFY2(queued.code == 0, queued.err.constData());
        QCOMPARE(queued.object().value(u"state"_qs).toString(), u"pending"_qs);
        QCOMPARE(sandboxRecord(u"trendyol"_qs, order.value(u"externalId"_qs).toString()).value(u"status"_qs).toString(),
                 u"Created"_qs);
        auto pending = cli({u"--json"_qs, u"outbox"_qs, u"list"_qs, u"--state"_qs, u"pending"_qs});
        QCOMPARE(QJsonDocument::fromJson(pending.out).array().size(), 1);
        // A pending item is not "retried"; the next action of the connection sends it along.
        QCOMPARE(cli({u"outbox"_qs, u"retry"_qs, queued.object().value(u"id"_qs).toString()}).code, 1);
        const QJsonObject other = orderIn(u"trendyol"_qs, u"Created"_qs, 2);
        QCOMPARE(cli({u"orders"_qs, u"pick"_qs, other.value(u"id"_qs).toString()}).code, 0);
        QCOMPARE(sandboxRecord(u"trendyol"_qs, order.value(u"externalId"_qs).toString()).value(u"status"_qs).toString(),
                 u"Picking"_qs);
    }

    void cancelTrackAndInvoiceLink()
    {
        const QJsonObject created = orderIn(u"trendyol"_qs, u"Created"_qs, 3);
        const QJsonObject line = created.value(u"lines"_qs).toArray().first().toObject();
        auto cancelled = cli({u"--json"_qs, u"orders"_qs, u"cancel"_qs, created.value(u"id"_qs).toString(), u"--line"_qs,
                              line.value(u"lineId"_qs).toString() + u":1"_qs, u"--reason"_qs, u"stock-out"_qs});
        QVERIFY2(cancelled.code == 0, cancelled.err.constData());
        const QString status = sandboxRecord(u"trendyol"_qs, created.value(u"externalId"_qs).toString())
                                   .value(u"status"_qs)
                                   .toString();
        QVERIFY2(status == u"UnPacked" || status == u"Cancelled", qPrintable(status));

        const QJsonObject invoiced = orderIn(u"trendyol"_qs, u"Invoiced"_qs);
        const QString ext = invoiced.value(u"externalId"_qs).toString();
        auto tracked = cli({u"orders"_qs, u"track"_qs, invoiced.value(u"id"_qs).toString(), u"--number"_qs, u"7330000012345678"_qs});
        QVERIFY2(tracked.code == 0, tracked.err.constData());
        QCOMPARE(sandboxRecord(u"trendyol"_qs, ext).value(u"cargoSenderNumber"_qs).toString(), u"7330000012345678"_qs);
        auto linked = cli({u"--json"_qs, u"orders"_qs, u"invoice-link"_qs, invoiced.value(u"id"_qs).toString(), u"--url"_qs,
                           u"https://fatura.example.com.tr/GIB2026000000444.pdf"_qs, u"--number"_qs, u"GIB2026000000444"_qs,
                           u"--date"_qs, u"2026-11-23"_qs});
        QVERIFY2(linked.code == 0, linked.err.constData());
        QCOMPARE(sandboxRecord(u"trendyol"_qs, ext).value(u"invoiceLink"_qs).toString(),
                 u"https://fatura.example.com.tr/GIB2026000000444.pdf"_qs);
        const QJsonObject shown = cli({u"--json"_qs, u"orders"_qs, u"show"_qs, invoiced.value(u"id"_qs).toString()}).object();
        QCOMPARE(shown.value(u"invoiceLink"_qs).toString(), u"https://fatura.example.com.tr/GIB2026000000444.pdf"_qs);
        QCOMPARE(shown.value(u"shipment"_qs).toObject().value(u"trackingNumber"_qs).toString(), u"7330000012345678"_qs);
    }

    // The actions wired after the first three platforms: Hepsiburada (connected here) and WooCommerce's Shipment
    // Tracking, through the same CLI path (credentials from the keychain via ConnectionService).
    void hepsiburadaPackAndWooTracking()
    {
        auto hb = cli({u"connect"_qs, u"hepsiburada"_qs, u"--account"_qs, platformValue(u"hepsiburada"_qs, u"merchantId"_qs),
                       u"--base-url"_qs, platformValue(u"hepsiburada"_qs, u"baseUrl"_qs)},
                      (platformValue(u"hepsiburada"_qs, u"serviceKey"_qs) + u'\n'
                       + platformValue(u"hepsiburada"_qs, u"userAgent"_qs) + u'\n')
                          .toUtf8());
        QVERIFY2(hb.code == 0, hb.err.constData());
        auto sync = cli({u"sync"_qs});
        QVERIFY2(sync.code == 0, sync.err.constData());
        auto listed = cli({u"--json"_qs, u"--limit"_qs, u"100000"_qs, u"orders"_qs, u"list"_qs});
        QCOMPARE(listed.code, 0);
        m_orders = QJsonDocument::fromJson(listed.out).array();
        const QJsonObject open = orderIn(u"hepsiburada"_qs, u"Open"_qs);
        QVERIFY(!open.isEmpty());
        auto packed = cli({u"--json"_qs, u"orders"_qs, u"pack"_qs, open.value(u"id"_qs).toString(), u"--deci"_qs, u"2.5"_qs});
        QVERIFY2(packed.code == 0, packed.err.constData());
        QCOMPARE(packed.object().value(u"state"_qs).toString(), u"done"_qs);
        const QJsonArray lines = sandboxState(u"hepsiburada"_qs).value(u"lines"_qs).toArray();
        for (const QJsonValue &l : open.value(u"lines"_qs).toArray()) {
            bool seen = false;
            for (const QJsonValue &s : lines) {
                if (s.toObject().value(u"id"_qs).toString() == l.toObject().value(u"lineId"_qs).toString()) {
                    seen = true;
                    QVERIFY(!s.toObject().value(u"packageNumber"_qs).toString().isEmpty());
                }
            }
            QVERIFY(seen);
        }
        // A Hepsiburada-only action on a WooCommerce order is named as impossible.
        const QJsonObject woo = orderIn(u"woocommerce"_qs, u"processing"_qs, 1);
        QVERIFY(!woo.isEmpty());
        auto wrong = cli({u"orders"_qs, u"unpack"_qs, woo.value(u"id"_qs).toString()});
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains("tracking"));

        auto tracked = cli({u"--json"_qs, u"orders"_qs, u"tracking"_qs, woo.value(u"id"_qs).toString(), u"--number"_qs,
                            u"YK5566778899"_qs, u"--cargo"_qs, u"Yurtiçi Kargo"_qs});
        QVERIFY2(tracked.code == 0, tracked.err.constData());
        int found = 0;
        for (const QJsonValue &o : sandboxState(u"woocommerce"_qs).value(u"orders"_qs).toArray()) {
            if (QString::number(o.toObject().value(u"id"_qs).toInteger()) != woo.value(u"externalId"_qs).toString())
                continue;
            for (const QJsonValue &m : o.toObject().value(u"meta_data"_qs).toArray()) {
                for (const QJsonValue &t : m.toObject().value(u"value"_qs).toArray())
                    found += t.toObject().value(u"tracking_number"_qs).toString() == u"YK5566778899";
            }
        }
        QCOMPARE(found, 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("invoice without number") << QStringList{u"orders"_qs, u"invoice"_qs, u"x"_qs};
        QTest::newRow("cancel without lines") << QStringList{u"orders"_qs, u"cancel"_qs, u"x"_qs, u"--reason"_qs, u"stock-out"_qs};
        QTest::newRow("cancel bad line") << QStringList{u"orders"_qs, u"cancel"_qs, u"x"_qs, u"--line"_qs, u"12"_qs, u"--reason"_qs, u"stock-out"_qs};
        QTest::newRow("cancel bad reason") << QStringList{u"orders"_qs, u"cancel"_qs, u"x"_qs, u"--line"_qs, u"12:1"_qs, u"--reason"_qs, u"bored"_qs};
        QTest::newRow("invoice-link bad date") << QStringList{u"orders"_qs, u"invoice-link"_qs, u"x"_qs, u"--url"_qs, u"https://a.b/c"_qs, u"--number"_qs, u"GIB2026000000001"_qs, u"--date"_qs, u"23.11.2026"_qs};
        QTest::newRow("unknown action") << QStringList{u"orders"_qs, u"teleport"_qs, u"x"_qs};
        QTest::newRow("outbox what") << QStringList{u"outbox"_qs, u"explode"_qs};
        QTest::newRow("bad state") << QStringList{u"outbox"_qs, u"list"_qs, u"--state"_qs, u"lost"_qs};
        QTest::newRow("note without text") << QStringList{u"orders"_qs, u"note"_qs, u"x"_qs};
        QTest::newRow("tracking without cargo") << QStringList{u"orders"_qs, u"tracking"_qs, u"x"_qs, u"--number"_qs, u"YK1"_qs};
        QTest::newRow("split without groups") << QStringList{u"orders"_qs, u"split"_qs, u"x"_qs};
        QTest::newRow("cancel-line without line") << QStringList{u"orders"_qs, u"cancel-line"_qs, u"x"_qs};
        QTest::newRow("pack bad desi") << QStringList{u"orders"_qs, u"pack"_qs, u"x"_qs, u"--deci"_qs, u"much"_qs};
        QTest::newRow("delivered without receiver") << QStringList{u"orders"_qs, u"delivered"_qs, u"x"_qs};
        QTest::newRow("carrier without cargo") << QStringList{u"orders"_qs, u"carrier"_qs, u"x"_qs};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOrderActions)
#include "tst_cli_orderactions.moc"
