// N11 and WooCommerce actions end to end against the sandbox: local rules first, then the platform's state
// moves, and the platform's refusals come back typed.
#include "connectors/actionerror.h"
#include "connectors/n11/n11actions.h"
#include "connectors/n11/n11client.h"
#include "connectors/n11/n11mapper.h"
#include "connectors/woocommerce/woocommerceactions.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "connectors/woocommerce/woocommercemapper.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::sandbox::test;

namespace {

struct Outcome
{
    bool finished = false;
    bool ok = false;
    net::NetFailure failure;
    int status = 0;
};

Outcome run(net::HttpJob *job)
{
    Outcome out;
    QObject context;
    QObject::connect(job, &net::HttpJob::finished, &context, [&out, job](const Result<net::HttpResponse> &r) {
        out.finished = true;
        out.ok = r.ok();
        if (r.ok())
            out.status = r->status;
        else
            out.failure = job->failure();
    });
    job->start();
    (void)QTest::qWaitFor([&out] { return out.finished; }, 15000); // out.finished stays false on a timeout
    return out;
}

} // namespace

class TestMarketplaceActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void n11Accept()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started());
        net::NetworkContext network;
        ConnectionConfig config;
        config.baseUrl = QUrl(sandbox.url(u"/n11"_qs));
        config.credentials.insert(u"appKey"_qs, u"n11-demo-appkey-4b7e"_qs);
        config.credentials.insert(u"appSecret"_qs, u"n11DemoSecret83Qz"_qs);
        n11::N11Client client(&network, config);
        n11::N11Actions actions(client);

        QList<domain::Order> created;
        QList<domain::Order> shipped;
        for (const QJsonValue &v : sandbox.state(u"n11"_qs).value(u"packages").toArray()) {
            auto mapped = n11::N11Mapper::mapPackage(v.toObject());
            if (auto *o = std::get_if<domain::Order>(&mapped)) {
                if (o->platformStatus == u"Created")
                    created.append(*o);
                else if (o->platformStatus == u"Shipped")
                    shipped.append(*o);
            }
        }
        QVERIFY(!created.isEmpty() && !shipped.isEmpty());
        auto refused = actions.acceptPackage(shipped.first());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().is(ActionError::InvalidState));

        auto job = actions.acceptPackage(created.first());
        QVERIFY(job.ok());
        QVERIFY(run(*job).ok);
        QString status;
        for (const QJsonValue &v : sandbox.state(u"n11"_qs).value(u"packages").toArray()) {
            if (QString::number(v.toObject().value(u"id").toInteger()) == created.first().externalId)
                status = v.toObject().value(u"shipmentPackageStatus").toString();
        }
        QCOMPARE(status, u"Picking"_qs);

        // A stale local copy: N11 answers 200 with FAIL lines, reported as the platform's refusal.
        auto again = actions.acceptPackage(created.first());
        QVERIFY(again.ok());
        const Outcome failed = run(*again);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.failure.kind, net::NetError::Platform);
        QVERIFY(!failed.failure.platformMessage.isEmpty());
    }

    void wooStatusAndNote()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started());
        net::NetworkContext network;
        ConnectionConfig config;
        config.baseUrl = QUrl(sandbox.url(u"/woocommerce"_qs));
        config.credentials.insert(u"consumerKey"_qs, u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs);
        config.credentials.insert(u"consumerSecret"_qs, u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs);
        woocommerce::WooCommerceClient client(&network, config);
        woocommerce::WooCommerceActions actions(client);

        domain::Order order;
        for (const QJsonValue &v : sandbox.state(u"woocommerce"_qs).value(u"orders").toArray()) {
            auto mapped = woocommerce::WooCommerceMapper::mapOrder(v.toObject());
            if (auto *o = std::get_if<domain::Order>(&mapped); o && o->platformStatus == u"processing") {
                order = *o;
                break;
            }
        }
        QVERIFY(!order.externalId.isEmpty());
        QVERIFY(!actions.setStatus(order, u"teleported"_qs).ok());
        QVERIFY(!actions.setStatus(order, u"processing"_qs).ok());
        QVERIFY(!actions.addNote(order, u"   "_qs, true).ok());

        auto job = actions.setStatus(order, u"completed"_qs);
        QVERIFY(job.ok());
        QVERIFY(run(*job).ok);
        auto note = actions.addNote(order, u"Kargo takip no: YK123 — iyi günlerde kullanın 🙂"_qs, true);
        QVERIFY(note.ok());
        const Outcome added = run(*note);
        QVERIFY(added.ok);
        QCOMPARE(added.status, 201);

        const QJsonObject state = sandbox.state(u"woocommerce"_qs);
        for (const QJsonValue &v : state.value(u"orders").toArray()) {
            if (QString::number(v.toObject().value(u"id").toInteger()) == order.externalId)
                QCOMPARE(v.toObject().value(u"status").toString(), u"completed"_qs);
        }
        bool found = false;
        for (const QJsonValue &n : state.value(u"notes").toObject().value(order.externalId).toArray())
            found = found || n.toObject().value(u"note").toString().contains(u"YK123");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceActions)
#include "tst_marketplaceactions.moc"
