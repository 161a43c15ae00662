// The order desk from the command line, end to end: sellerdesk-sandbox as a real process, sellerdesk-cli
// connecting Trendyol and WooCommerce (credentials through the real keychain), syncing into the encrypted cache,
// listing orders — compared with the sandbox's own state.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliOrders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_ready;
    QProcessEnvironment m_env;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
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

    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_ready.value(u"control"_qs).toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QString platformValue(const QString &platform, const QString &key) const
    {
        return m_ready.value(u"platforms"_qs).toObject().value(platform).toObject().value(key).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        m_sandbox.start(qEnvironmentVariable("SELLERDESK_SANDBOX"), {u"--port"_qs, u"0"_qs, u"--seed"_qs, u"5"_qs});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        m_ready = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        QVERIFY(!m_ready.value(u"control"_qs).toString().isEmpty());
        QCOMPARE(cli({u"profile"_qs, u"create"_qs, u"Sipariş Masası"_qs}).code, 0);
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void connectSyncAndList()
    {
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

        auto sync = cli({u"--json"_qs, u"sync"_qs});
        QVERIFY2(sync.code == 0, sync.err.constData());
        const QJsonArray reports = QJsonDocument::fromJson(sync.out).array();
        QCOMPARE(reports.size(), 2);
        for (const QJsonValue &r : reports)
            QVERIFY(r.toObject().value(u"ok"_qs).toBool());

        auto listed = cli({u"--json"_qs, u"--limit"_qs, u"100000"_qs, u"orders"_qs, u"list"_qs});
        QCOMPARE(listed.code, 0);
        const QJsonArray orders = QJsonDocument::fromJson(listed.out).array();
        QHash<QString, QJsonObject> byNumber;
        int trendyol = 0, woo = 0;
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            (o.value(u"platform"_qs).toString() == u"trendyol" ? trendyol : woo)++;
            byNumber.insert(o.value(u"platform"_qs).toString() + o.value(u"number"_qs).toString(), o);
        }
        const QJsonArray packages = sandboxState(u"trendyol"_qs).value(u"packages"_qs).toArray();
        const QJsonArray wooOrders = sandboxState(u"woocommerce"_qs).value(u"orders"_qs).toArray();
        QCOMPARE(trendyol, packages.size());
        QCOMPARE(woo, wooOrders.size());
        // Every WooCommerce order is there with its total in minor units and its status.
        for (const QJsonValue &v : wooOrders) {
            const QJsonObject w = v.toObject();
            const QJsonObject mine = byNumber.value(u"woocommerce"_qs + w.value(u"number"_qs).toString());
            QVERIFY2(!mine.isEmpty(), qPrintable(w.value(u"number"_qs).toString()));
            const QString total = w.value(u"total"_qs).toString();
            QCOMPARE(mine.value(u"totalMinor"_qs).toInteger(),
                     qint64(qRound64(total.toDouble() * 100)));
            QCOMPARE(mine.value(u"currency"_qs).toString(), w.value(u"currency"_qs).toString());
        }

        // A second sync changes nothing.
        auto again = cli({u"--json"_qs, u"sync"_qs});
        QCOMPARE(again.code, 0);
        for (const QJsonValue &r : QJsonDocument::fromJson(again.out).array()) {
            QCOMPARE(r.toObject().value(u"inserted"_qs).toInt(), 0);
            QCOMPARE(r.toObject().value(u"updated"_qs).toInt(), 0);
        }

        // Filter by status.
        auto shipped = cli({u"--json"_qs, u"--status"_qs, u"shipped"_qs, u"orders"_qs, u"list"_qs});
        for (const QJsonValue &v : QJsonDocument::fromJson(shipped.out).array())
            QCOMPARE(v.toObject().value(u"status"_qs).toString(), u"shipped"_qs);
        QCOMPARE(cli({u"--status"_qs, u"lost"_qs, u"orders"_qs, u"list"_qs}).code, 2);
    }

    void wrongCredentialsAreExplained()
    {
        // The same account twice is refused with a reason.
        auto twice = cli({u"connect"_qs, u"trendyol"_qs, u"--account"_qs, platformValue(u"trendyol"_qs, u"sellerId"_qs),
                          u"--base-url"_qs, platformValue(u"trendyol"_qs, u"baseUrl"_qs)},
                         "k\ns\n");
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.err.contains("already connected"));

        // Wrong credentials: the platform is asked first, and nothing is saved when it refuses.
        auto bad = cli({u"connect"_qs, u"trendyol"_qs, u"--account"_qs, u"200301"_qs, u"--base-url"_qs,
                        platformValue(u"trendyol"_qs, u"baseUrl"_qs), u"--name"_qs, u"Yanlış"_qs},
                       "wrongKey\nwrongSecret\n");
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("Trendyol"), bad.err.constData());
        QVERIFY(!bad.err.contains("wrongSecret"));
        auto listed = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        QVERIFY(!listed.out.contains("Yanlış"));

        // A platform that fails: sync exits 1, names the connection, marks it, and keeps its reason.
        QCOMPARE(control("POST", u"/faults"_qs,
                         QJsonObject{{u"platform"_qs, u"trendyol"_qs}, {u"fault"_qs, u"status=401"_qs},
                                     {u"count"_qs, -1}}),
                 201);
        auto sync = cli({u"sync"_qs});
        QCOMPARE(sync.code, 1);
        QVERIFY2(sync.err.contains("Trendyol"), sync.err.constData());
        QVERIFY(!sync.err.contains(platformValue(u"trendyol"_qs, u"apiSecret"_qs).toUtf8()));
        auto list = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        bool sawError = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            if (v.toObject().value(u"status"_qs).toString() == u"error") {
                sawError = true;
                QVERIFY(!v.toObject().value(u"lastError"_qs).toString().isEmpty());
            }
        }
        QVERIFY(sawError);
        QCOMPARE(control("DELETE", u"/faults"_qs), 204);
        auto again = cli({u"sync"_qs});
        QVERIFY2(again.code == 0, again.err.constData());
    }

    void removeConnection()
    {
        auto list = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        QString trendyolId, trendyolName;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"platform"_qs).toString() == u"trendyol" && o.value(u"status"_qs).toString() == u"active") {
                trendyolId = o.value(u"id"_qs).toString();
                trendyolName = o.value(u"name"_qs).toString();
            }
        }
        QVERIFY(!trendyolId.isEmpty());
        const QString secret = u"connection."_qs + trendyolId + u".apikey"_qs;
        QCOMPARE(cli({u"secret"_qs, u"check"_qs, secret}).code, 0);

        // Asks first.
        QCOMPARE(cli({u"connections"_qs, u"remove"_qs, trendyolId}).code, 2);
        QCOMPARE(cli({u"connections"_qs, u"remove"_qs, u"no-such-id"_qs, u"--yes"_qs}).code, 1);

        auto removed = cli({u"--yes"_qs, u"connections"_qs, u"remove"_qs, trendyolId});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QCOMPARE(cli({u"secret"_qs, u"check"_qs, secret}).code, 1);
        auto after = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        QVERIFY(!after.out.contains(trendyolId.toUtf8()));
        auto orders = cli({u"--json"_qs, u"--limit"_qs, u"100000"_qs, u"orders"_qs, u"list"_qs});
        int trendyolOrders = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(orders.out).array())
            trendyolOrders += v.toObject().value(u"platform"_qs).toString() == u"trendyol";
        QCOMPARE(trendyolOrders, 0); // the other Trendyol connection (wrong credentials) never fetched any
        // The search index forgot them too, and the cache is intact.
        QCOMPARE(cli({u"store"_qs, u"check"_qs}).code, 0);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("connect unknown platform") << QStringList{u"connect"_qs, u"amazon"_qs};
        QTest::newRow("connect without account") << QStringList{u"connect"_qs, u"trendyol"_qs};
        QTest::newRow("connect bad url") << QStringList{u"connect"_qs, u"n11"_qs, u"--account"_qs, u"x"_qs,
                                                        u"--base-url"_qs, u"not a url"_qs};
        QTest::newRow("connections without list") << QStringList{u"connections"_qs};
        QTest::newRow("orders without list") << QStringList{u"orders"_qs};
        QTest::newRow("remove without id") << QStringList{u"connections"_qs, u"remove"_qs};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cli_orders.moc"
