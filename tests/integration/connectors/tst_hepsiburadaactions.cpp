// Hepsiburada actions end to end against the sandbox: orders as the connector fetched them, each action moves
// the platform state, Hepsiburada's rules are enforced before any call (ActionError), and the platform's own
// refusals come back as typed failures with its code.
#include "connectors/hepsiburada/hepsiburadaactions.h"
#include "connectors/hepsiburada/hepsiburadaclient.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::hepsiburada;
using namespace sd::sandbox::test;

namespace {

struct Outcome
{
    bool finished = false;
    bool ok = false;
    net::NetFailure failure;
    int status = 0;
    QJsonObject body;
};

Outcome run(net::HttpJob *job)
{
    Outcome out;
    QObject context;
    QObject::connect(job, &net::HttpJob::finished, &context, [&out, job](const Result<net::HttpResponse> &r) {
        out.finished = true;
        out.ok = r.ok();
        if (r.ok()) {
            out.status = r->status;
            out.body = r->json.object();
        } else {
            out.failure = job->failure();
        }
    });
    job->start();
    (void)QTest::qWaitFor([&out] { return out.finished; }, 15000);
    return out;
}

} // namespace

class TestHepsiburadaActions : public QObject
{
    Q_OBJECT
private:
    SandboxFixture *m_sandbox = nullptr;
    net::NetworkContext *m_network = nullptr;
    HepsiburadaClient *m_client = nullptr;

    // Every order as the connector maps it now.
    QHash<QString, domain::Order> fetch()
    {
        QHash<QString, domain::Order> out;
        QObject context;
        connect(m_client, &OrderConnector::pageReady, &context, [&out](const OrderPage &page) {
            for (const domain::Order &o : page.orders)
                out.insert(o.externalId, o);
        });
        QSignalSpy done(m_client, &OrderConnector::finished);
        m_client->fetchOrders(Reference - HepsiburadaClient::kLookbackMs, Reference);
        if (!done.wait(60000) || !done.first().first().value<FetchSummary>().ok())
            return {};
        return out;
    }
    domain::Order first(const QString &platformStatus, int minLines = 1)
    {
        const auto orders = fetch();
        QStringList keys = orders.keys();
        keys.sort();
        for (const QString &k : keys) {
            const domain::Order &o = orders.value(k);
            if (o.platformStatus == platformStatus && o.lines.size() >= minLines)
                return o;
        }
        return {};
    }
    QString packageStatus(const QString &number)
    {
        for (const QJsonValue &v : m_sandbox->state(u"hepsiburada"_qs).value(u"packages").toArray()) {
            if (v[u"packageNumber"].toString() == number)
                return v[u"status"].toString();
        }
        return {};
    }
    QJsonObject package(const QString &number)
    {
        for (const QJsonValue &v : m_sandbox->state(u"hepsiburada"_qs).value(u"packages").toArray()) {
            if (v[u"packageNumber"].toString() == number)
                return v.toObject();
        }
        return {};
    }
    QString lineStatus(const QString &id)
    {
        for (const QJsonValue &v : m_sandbox->state(u"hepsiburada"_qs).value(u"lines").toArray()) {
            if (v[u"id"].toString() == id)
                return v[u"status"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new SandboxFixture;
        QVERIFY(m_sandbox->started());
        m_network = new net::NetworkContext;
        ConnectionConfig c;
        c.baseUrl = QUrl(m_sandbox->url(u"/hepsiburada"_qs));
        c.accountId = u"7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13"_qs;
        c.credentials.insert(u"serviceKey"_qs, u"hbDemoKey12A"_qs);
        c.credentials.insert(u"integratorName"_qs, u"sellerdesk_dev"_qs);
        c.retryBaseDelay = std::chrono::milliseconds(20);
        m_client = new HepsiburadaClient(m_network, c);
    }
    void cleanup()
    {
        delete m_client;
        delete m_network;
        delete m_sandbox;
    }

    // Open → packed → in transit (own carrier contract) → delivered, with a carrier change and an invoice link.
    void packShipDeliver()
    {
        HepsiburadaActions actions(*m_client);
        const domain::Order open = first(u"Open"_qs);
        QVERIFY(!open.externalId.isEmpty());
        Outcome packed = run(*actions.createPackage(open, {}, 2.5, 1, u"YK"_qs));
        QVERIFY2(packed.ok, qPrintable(packed.failure.logLine()));
        QCOMPARE(packed.status, 201);
        const QString number = packed.body.value(u"packageNumber").toString();
        QVERIFY(!number.isEmpty());
        QCOMPARE(packageStatus(number), u"Packaged"_qs);
        for (const domain::OrderLine &l : open.lines)
            QCOMPARE(lineStatus(l.platformLineId), u"Packaged"_qs);

        domain::Order order = fetch().value(open.externalId);
        QCOMPARE(order.platformStatus, u"Packed"_qs);
        QCOMPARE(order.shipment->externalId, number);
        // Packed lines cannot be packed or cancelled line by line again.
        QCOMPARE(actions.createPackage(order).error().code, int(ActionError::InvalidState));
        QCOMPARE(
            actions.cancelLine(order, order.lines.first().platformLineId).error().code, int(ActionError::InvalidState));
        QCOMPARE(actions.markDelivered(order, u"Ayşe"_qs).error().code, int(ActionError::InvalidState));

        QVERIFY(run(*actions.changeCargoCompany(order, u"ARAS"_qs)).ok);
        QCOMPARE(package(number).value(u"cargoCompany").toString(), u"Aras Kargo"_qs);
        QVERIFY(run(*actions.sendInvoiceLink(order, u"https://fatura.example.com/a.pdf"_qs)).ok);
        QCOMPARE(package(number).value(u"invoiceLink").toString(), u"https://fatura.example.com/a.pdf"_qs);
        QCOMPARE(actions.sendInvoiceLink(order, u"http://x.example.com/a.pdf"_qs).error().code,
            int(ActionError::InvalidArgument));
        QCOMPARE(actions.markInTransit(order, u"ş"_qs).error().code, int(ActionError::InvalidArgument));
        QVERIFY(run(*actions.markInTransit(order, u"ARS123456789"_qs, u"https://kargo.example.com/t/1"_qs)).ok);
        QCOMPARE(packageStatus(number), u"InTransit"_qs);

        order = fetch().value(open.externalId);
        QCOMPARE(order.platformStatus, u"Shipped"_qs);
        QCOMPARE(order.shipment->trackingNumber, u"ARS123456789"_qs);
        QCOMPARE(actions.changeCargoCompany(order, u"ARAS"_qs).error().code, int(ActionError::InvalidState));
        QCOMPARE(actions.markDelivered(order, u" "_qs).error().code, int(ActionError::InvalidArgument));
        QVERIFY(run(*actions.markDelivered(order, u"Ayşe Yılmaz"_qs)).ok);
        QCOMPARE(packageStatus(number), u"Delivered"_qs);
        QCOMPARE(fetch().value(open.externalId).platformStatus, u"Delivered"_qs);
    }

    void unpackReturnsTheLinesToTheOrder()
    {
        HepsiburadaActions actions(*m_client);
        const domain::Order packed = first(u"Packed"_qs);
        QVERIFY(packed.shipment);
        QVERIFY(run(*actions.unpack(packed)).ok);
        QCOMPARE(packageStatus(packed.shipment->externalId), u"Unpacked"_qs);
        const domain::Order again = fetch().value(packed.externalId);
        QCOMPARE(again.platformStatus, u"Open"_qs);
        QCOMPARE(again.lines.size(), packed.lines.size());
        QVERIFY(!again.shipment);
        QCOMPARE(actions.unpack(again).error().code, int(ActionError::InvalidState));
    }

    // A packed order of several lines: one line cancelled through a split, the rest in a new package.
    void splitWithCancellation()
    {
        HepsiburadaActions actions(*m_client);
        // Pack a multi-line open order first (the seed packs some of them already; this makes sure of one).
        const domain::Order open = first(u"Open"_qs, 2);
        QVERIFY2(!open.externalId.isEmpty(), "no open order with two lines");
        const Outcome packed = run(*actions.createPackage(open));
        QVERIFY(packed.ok);
        const QString original = packed.body.value(u"packageNumber").toString();
        const domain::Order order = fetch().value(open.externalId);
        QCOMPARE(order.platformStatus, u"Packed"_qs);
        const QString cancelId = order.lines.at(0).platformLineId;
        QStringList keep;
        for (qsizetype i = 1; i < order.lines.size(); ++i)
            keep << order.lines.at(i).platformLineId;
        // Local rules.
        QVERIFY(actions.splitPackage(order, { keep }).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.splitPackage(order, { keep }, { keep.first() }).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.splitPackage(order, { { u"nope"_qs } }, { cancelId }).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.splitPackage(open, { keep }, { cancelId }).error().is(ActionError::InvalidState));
        // The platform's rule: every line of the package named.
        if (keep.size() > 1) {
            const Outcome partial = run(*actions.splitPackage(order, { { keep.first() } }, { cancelId }));
            QVERIFY(!partial.ok);
            QCOMPARE(partial.failure.platformCode, u"SplitMustCoverEveryLine"_qs);
        }
        const Outcome split = run(*actions.splitPackage(order, { keep }, { cancelId }));
        QVERIFY2(split.ok, qPrintable(split.failure.logLine()));
        QCOMPARE(packageStatus(original), u"Unpacked"_qs);
        QCOMPARE(lineStatus(cancelId), u"Cancelled"_qs);
        const domain::Order after = fetch().value(open.externalId);
        QCOMPARE(after.platformStatus, u"Packed"_qs);
        QCOMPARE(after.lines.size(), order.lines.size());
        QCOMPARE(after.lines.at(0).platformStatus, u"Cancelled"_qs);
        QVERIFY(after.shipment->externalId != original);
        QCOMPARE(packageStatus(after.shipment->externalId), u"Packaged"_qs);
    }

    void undeliver()
    {
        HepsiburadaActions actions(*m_client);
        const domain::Order shipped = first(u"Shipped"_qs);
        QVERIFY(shipped.shipment);
        QCOMPARE(actions.markUndelivered(shipped, QString()).error().code, int(ActionError::InvalidArgument));
        QVERIFY(run(*actions.markUndelivered(shipped, u"Alıcı adreste yok"_qs)).ok);
        QCOMPARE(packageStatus(shipped.shipment->externalId), u"Undelivered"_qs);
        QCOMPARE(fetch().value(shipped.externalId).platformStatus, u"Undelivered"_qs);
    }

    void cancelOneOpenLine()
    {
        HepsiburadaActions actions(*m_client);
        const domain::Order open = first(u"Open"_qs);
        QVERIFY(!open.lines.isEmpty());
        const QString lineId = open.lines.first().platformLineId;
        QCOMPARE(actions.cancelLine(open, u"not-a-line"_qs).error().code, int(ActionError::InvalidArgument));
        QCOMPARE(actions.cancelLine(open, lineId, static_cast<CancelReason>(1)).error().code,
            int(ActionError::InvalidArgument));
        QVERIFY(run(*actions.cancelLine(open, lineId)).ok);
        QCOMPARE(lineStatus(lineId), u"Cancelled"_qs);
        const domain::Order after = fetch().value(open.externalId);
        QCOMPARE(after.lines.size(), open.lines.size());
        QCOMPARE(after.lines.first().platformStatus, u"Cancelled"_qs);
        QCOMPARE(after.platformStatus, open.lines.size() > 1 ? u"Open"_qs : u"Cancelled"_qs);
    }

    // Refused by the platform, not by our rules: the sandbox's state changed behind the stale order.
    void platformRefusalIsTyped()
    {
        HepsiburadaActions actions(*m_client);
        const domain::Order open = first(u"Open"_qs);
        QVERIFY(run(*actions.cancelLine(open, open.lines.first().platformLineId)).ok);
        const Outcome again = run(*actions.cancelLine(open, open.lines.first().platformLineId));
        QVERIFY(!again.ok);
        QCOMPARE(again.failure.kind, net::NetError::Platform);
        QCOMPARE(again.failure.httpStatus, 400);
        QCOMPARE(again.failure.platformCode, u"LineItemCannotBeCancelled"_qs);
        QCOMPARE(again.failure.platformMessage, u"LineItemCannotBeCancelled"_qs);

        const domain::Order packed = first(u"Packed"_qs);
        QVERIFY(run(*actions.unpack(packed)).ok);
        const Outcome late = run(*actions.markInTransit(packed, u"ARS123456789"_qs));
        QVERIFY(!late.ok);
        QCOMPARE(late.failure.platformCode, u"PackageStatusNotSuitable"_qs);
    }
};

QTEST_GUILESS_MAIN(TestHepsiburadaActions)
#include "tst_hepsiburadaactions.moc"
