// verifyCredentials() of the four marketplace connectors against the sandbox, one table: good credentials are
// accepted; a wrong key, a wrong account id, nothing listening and a failing server each come back as the
// typed failure (with the platform's own message where it sends one), after a bounded number of attempts.
#include "connectors/connectorregistry.h"
#include "connectors/orderconnector.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"

#include <QTcpServer>
#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::sandbox::test;

namespace {

ConnectionConfig goodConfig(const QString &platform, const QUrl &base)
{
    ConnectionConfig c;
    c.connectionId = u"conn-verify"_qs;
    c.baseUrl = base;
    c.retryBaseDelay = std::chrono::milliseconds(10);
    c.rateLimitFloor = std::chrono::milliseconds(100);
    if (platform == u"trendyol") {
        c.accountId = u"200300"_qs;
        c.credentials = { { u"apiKey"_qs, u"tyDemoApiKey7Qx2"_qs }, { u"apiSecret"_qs, u"tyDemoApiSecret9Lm4"_qs } };
    } else if (platform == u"hepsiburada") {
        c.accountId = u"7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13"_qs;
        c.credentials = { { u"serviceKey"_qs, u"hbDemoKey12A"_qs }, { u"integratorName"_qs, u"sellerdesk_dev"_qs } };
    } else if (platform == u"n11") {
        c.credentials = { { u"appKey"_qs, u"n11-demo-appkey-4b7e"_qs }, { u"appSecret"_qs, u"n11DemoSecret83Qz"_qs } };
    } else {
        c.credentials = { { u"consumerKey"_qs, u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs },
            { u"consumerSecret"_qs, u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs } };
    }
    return c;
}

// The credential that is the secret key of each platform.
QString keyName(const QString &platform)
{
    if (platform == u"trendyol")
        return u"apiSecret"_qs;
    if (platform == u"hepsiburada")
        return u"serviceKey"_qs;
    if (platform == u"n11")
        return u"appSecret"_qs;
    return u"consumerSecret"_qs;
}

} // namespace

class TestVerifyCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("kind"); // -1: accepted
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("message"); // the platform's message, verbatim
        const QStringList platforms{ u"trendyol"_qs, u"hepsiburada"_qs, u"n11"_qs, u"woocommerce"_qs };
        for (const QString &p : platforms) {
            QTest::addRow("%s good", qPrintable(p)) << p << u"good"_qs << -1 << 0 << QString();
            QTest::addRow("%s nothing listening", qPrintable(p))
                << p << u"closed port"_qs << int(net::NetError::ConnectionRefused) << 0 << QString();
            QTest::addRow("%s 500", qPrintable(p)) << p << u"500"_qs << int(net::NetError::Server) << 500 << QString();
        }
        const int unauthorized = int(net::NetError::Unauthorized);
        QTest::newRow("trendyol wrong key")
            << u"trendyol"_qs << u"wrong key"_qs << unauthorized << 401 << u"Unauthorized"_qs;
        // Hepsiburada's OMS answers bad credentials with an empty 401: there is no message to carry.
        QTest::newRow("hepsiburada wrong key")
            << u"hepsiburada"_qs << u"wrong key"_qs << unauthorized << 401 << QString();
        QTest::newRow("n11 wrong key") << u"n11"_qs << u"wrong key"_qs << unauthorized << 403
                                       << u"Authentication failed"_qs;
        QTest::newRow("woocommerce wrong key")
            << u"woocommerce"_qs << u"wrong key"_qs << unauthorized << 401 << u"Consumer secret is invalid."_qs;
        // N11 and WooCommerce calls carry no account id (the keys name the shop).
        QTest::newRow("trendyol wrong seller id")
            << u"trendyol"_qs << u"wrong account"_qs << int(net::NetError::Forbidden) << 403
            << u"Seller id does not belong to these credentials"_qs;
        QTest::newRow("hepsiburada wrong merchant id")
            << u"hepsiburada"_qs << u"wrong account"_qs << unauthorized << 401 << QString();
    }
    void verify()
    {
        QFETCH(QString, platform);
        QFETCH(QString, scenario);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, message);
        SandboxFixture sandbox;
        QVERIFY(sandbox.started());
        net::NetworkContext network;
        ConnectionConfig config = goodConfig(platform, QUrl(sandbox.url(u"/"_qs + platform)));
        if (scenario == u"wrong key")
            config.credentials.insert(keyName(platform), u"Wrong0Key0123"_qs);
        if (scenario == u"wrong account")
            config.accountId = platform == u"trendyol" ? u"999999"_qs : u"00000000-0000-0000-0000-000000000000"_qs;
        if (scenario == u"closed port") {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            config.baseUrl = QUrl(u"http://127.0.0.1:%1/"_qs.arg(port));
        }
        if (scenario == u"500") {
            QString error;
            sandbox.sandbox().faults().addRule(
                QJsonObject{ { u"platform"_qs, platform }, { u"fault"_qs, u"status=500"_qs }, { u"count"_qs, 10 } },
                &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        std::unique_ptr<OrderConnector> connector(ConnectorRegistry::builtIn().create(platform, &network, config));
        QVERIFY(connector);
        QSignalSpy checked(connector.get(), &OrderConnector::credentialsChecked);
        connector->verifyCredentials();
        QVERIFY(checked.wait(30000));
        QTest::qWait(50); // a second signal would be a bug
        QCOMPARE(checked.size(), 1);
        const auto failure = checked.first().first().value<std::optional<net::NetFailure>>();
        if (kind < 0) {
            QVERIFY2(!failure, failure ? qPrintable(failure->logLine()) : "");
            return;
        }
        QVERIFY(failure);
        QCOMPARE(int(failure->kind), kind);
        QCOMPARE(failure->httpStatus, httpStatus);
        QVERIFY(!failure->userMessage().isEmpty());
        if (kind == int(net::NetError::Unauthorized) || kind == int(net::NetError::Forbidden))
            QCOMPARE(failure->platformMessage, message);
        if (scenario == u"500") {
            // Bounded: four attempts in all, then the failure (6 of the 10 injected answers are left).
            const QJsonArray rules = sandbox.sandbox().faults().toJson().value(u"rules").toArray();
            QCOMPARE(rules.size(), 1);
            QCOMPARE(rules.first()[u"remaining"].toInt(), 6);
        }
        QVERIFY(!failure->logLine().contains(u"Wrong0Key0123"));
    }

    void refusedWhileFetching()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started());
        net::NetworkContext network;
        std::unique_ptr<OrderConnector> connector(ConnectorRegistry::builtIn().create(
            u"hepsiburada"_qs, &network, goodConfig(u"hepsiburada"_qs, QUrl(sandbox.url(u"/hepsiburada"_qs)))));
        QSignalSpy checked(connector.get(), &OrderConnector::credentialsChecked);
        QSignalSpy finished(connector.get(), &OrderConnector::finished);
        connector->fetchOrders(Reference - Day, Reference);
        connector->verifyCredentials();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().value<std::optional<net::NetFailure>>()->kind, net::NetError::Cancelled);
        QVERIFY(finished.wait(30000));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCredentials)
#include "tst_verifycredentials.moc"
