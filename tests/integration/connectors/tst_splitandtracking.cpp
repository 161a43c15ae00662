// N11 splits and line cancellation, WooCommerce Shipment Tracking, end to end against the sandbox: N11's
// rules checked before any call, the platform's state moved, the platform's refusals typed.
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
    (void)QTest::qWaitFor([&out] { return out.finished; }, 15000);
    return out;
}

QList<domain::Order> n11Packages(SandboxFixture &sandbox)
{
    QList<domain::Order> out;
    for (const QJsonValue &v : sandbox.state(u"n11"_qs).value(u"packages").toArray()) {
        auto mapped = n11::N11Mapper::mapPackage(v.toObject());
        if (auto *o = std::get_if<domain::Order>(&mapped))
            out.append(*o);
    }
    return out;
}

// The package (state) that now holds the line, and its status.
QPair<QString, QString> holderOf(SandboxFixture &sandbox, const QString &lineId, const QString &notStatus)
{
    for (const QJsonValue &v : sandbox.state(u"n11"_qs).value(u"packages").toArray()) {
        if (v[u"shipmentPackageStatus"].toString() == notStatus)
            continue;
        for (const QJsonValue &l : v[u"lines"].toArray()) {
            if (QString::number(l[u"orderLineId"].toInteger()) == lineId)
                return { QString::number(v[u"id"].toInteger()), v[u"shipmentPackageStatus"].toString() };
        }
    }
    return {};
}

} // namespace

class TestSplitAndTracking : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<net::NetworkContext> m_network;
    std::unique_ptr<n11::N11Client> m_n11;

    // A Picking package with at least `lines` lines (accepting a Created one when needed).
    domain::Order picking(int lines, int minQuantity = 1)
    {
        for (const domain::Order &o : n11Packages(*m_sandbox)) {
            bool enough = o.lines.size() >= lines;
            for (const domain::OrderLine &l : o.lines)
                enough = enough && (l.quantity >= minQuantity || lines > 1);
            if (o.platformStatus == u"Picking" && enough)
                return o;
        }
        n11::N11Actions actions(*m_n11);
        for (const domain::Order &o : n11Packages(*m_sandbox)) {
            bool enough = o.lines.size() >= lines;
            for (const domain::OrderLine &l : o.lines)
                enough = enough && (l.quantity >= minQuantity || lines > 1);
            if (o.platformStatus == u"Created" && enough && run(*actions.acceptPackage(o)).ok) {
                for (const domain::Order &again : n11Packages(*m_sandbox)) {
                    if (again.externalId == o.externalId)
                        return again;
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(42, 120);
        QVERIFY(m_sandbox->started());
        m_network = std::make_unique<net::NetworkContext>();
        ConnectionConfig config;
        config.baseUrl = QUrl(m_sandbox->url(u"/n11"_qs));
        config.credentials.insert(u"appKey"_qs, u"n11-demo-appkey-4b7e"_qs);
        config.credentials.insert(u"appSecret"_qs, u"n11DemoSecret83Qz"_qs);
        m_n11 = std::make_unique<n11::N11Client>(m_network.get(), config);
    }
    void cleanup()
    {
        m_n11.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void n11SplitByLines()
    {
        n11::N11Actions actions(*m_n11);
        const domain::Order package = picking(2);
        QVERIFY2(!package.externalId.isEmpty(), "no Picking package with two lines");
        const QString a = package.lines.at(0).platformLineId;
        QStringList rest;
        for (qsizetype i = 1; i < package.lines.size(); ++i)
            rest << package.lines.at(i).platformLineId;
        // Local rules first.
        QVERIFY(actions.splitByLines(package, { { a } }).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.splitByLines(package, { { a }, { a } }).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.splitByLines(package, { { a }, { u"999"_qs } }).error().is(ActionError::InvalidArgument));
        if (package.lines.size() > 2)
            QVERIFY(
                actions.splitByLines(package, { { a }, { rest.first() } }).error().is(ActionError::InvalidArgument));
        domain::Order created = package;
        created.platformStatus = u"Created"_qs;
        QVERIFY(actions.splitByLines(created, { { a }, rest }).error().is(ActionError::InvalidState));

        const Outcome split = run(*actions.splitByLines(package, { { a }, rest }));
        QVERIFY2(split.ok, qPrintable(split.failure.logLine()));
        const auto first = holderOf(*m_sandbox, a, u"UnPacked"_qs);
        const auto second = holderOf(*m_sandbox, rest.first(), u"UnPacked"_qs);
        QCOMPARE(first.second, u"Picking"_qs);
        QCOMPARE(second.second, u"Picking"_qs);
        QVERIFY(first.first != second.first);
        QVERIFY(first.first != package.externalId);

        // The old copy again: N11 refuses (the package is UnPacked now), typed with its own Turkish message.
        const Outcome stale = run(*actions.splitByLines(package, { { a }, rest }));
        QVERIFY(!stale.ok);
        QCOMPARE(stale.failure.httpStatus, 400);
        QVERIFY(!stale.failure.platformMessage.isEmpty());
    }

    void n11CancelLines()
    {
        n11::N11Actions actions(*m_n11);
        const domain::Order package = picking(2);
        QVERIFY(!package.externalId.isEmpty());
        const domain::OrderLine line = package.lines.first();
        QVERIFY(actions.cancelLines(package, { { line.platformLineId, 1 } }, 83)
                    .error()
                    .is(ActionError::InvalidArgument)); // N11's reasons are 61–65
        QVERIFY(actions.cancelLines(package, { { line.platformLineId, line.quantity + 1 } }, 61)
                    .error()
                    .is(ActionError::InvalidArgument));
        QList<n11::N11Actions::LineQuantity> everything;
        for (const domain::OrderLine &l : package.lines)
            everything.append({ l.platformLineId, l.quantity });
        QVERIFY(actions.cancelLines(package, everything, 61).error().is(ActionError::InvalidArgument));

        const Outcome cancelled = run(*actions.cancelLines(package, { { line.platformLineId, line.quantity } }, 61));
        QVERIFY2(cancelled.ok, qPrintable(cancelled.failure.logLine()));
        QCOMPARE(holderOf(*m_sandbox, line.platformLineId, u"UnPacked"_qs).second, u"UnSupplied"_qs);
        QCOMPARE(holderOf(*m_sandbox, package.lines.at(1).platformLineId, u"UnPacked"_qs).second, u"Picking"_qs);
    }

    void wooShipmentTracking()
    {
        net::NetworkContext network;
        ConnectionConfig config;
        config.baseUrl = QUrl(m_sandbox->url(u"/woocommerce"_qs));
        config.credentials.insert(u"consumerKey"_qs, u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs);
        config.credentials.insert(u"consumerSecret"_qs, u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs);
        woocommerce::WooCommerceClient client(&network, config);
        woocommerce::WooCommerceActions actions(client);
        domain::Order order;
        domain::Order cancelledOrder;
        for (const QJsonValue &v : m_sandbox->state(u"woocommerce"_qs).value(u"orders").toArray()) {
            auto mapped = woocommerce::WooCommerceMapper::mapOrder(v.toObject());
            if (auto *o = std::get_if<domain::Order>(&mapped)) {
                if (o->platformStatus == u"processing" && order.externalId.isEmpty())
                    order = *o;
                if (o->platformStatus == u"cancelled")
                    cancelledOrder = *o;
            }
        }
        QVERIFY(!order.externalId.isEmpty() && !cancelledOrder.externalId.isEmpty());
        QVERIFY(actions.addShipmentTracking(cancelledOrder, u"YK1"_qs, u"Yurtiçi Kargo"_qs)
                    .error()
                    .is(ActionError::InvalidState));
        QVERIFY(
            actions.addShipmentTracking(order, u"  "_qs, u"Yurtiçi Kargo"_qs).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.addShipmentTracking(order, u"YK1"_qs, QString()).error().is(ActionError::InvalidArgument));
        QVERIFY(actions.addShipmentTracking(order, u"YK1"_qs, u"Kargom"_qs, u"ftp://x/%1$s"_qs)
                    .error()
                    .is(ActionError::InvalidArgument));

        const Outcome known
            = run(*actions.addShipmentTracking(order, u"YK123456"_qs, u"Yurtiçi Kargo"_qs, {}, QDate(2026, 11, 23)));
        QVERIFY2(known.ok, qPrintable(known.failure.logLine()));
        QCOMPARE(known.status, 201);
        const Outcome custom = run(*actions.addShipmentTracking(
            order, u"ÖZEL-77"_qs, u"Şehir İçi Kurye"_qs, u"https://kurye.example.com/t/%1$s"_qs));
        QVERIFY(custom.ok);

        QJsonArray items;
        for (const QJsonValue &v : m_sandbox->state(u"woocommerce"_qs).value(u"orders").toArray()) {
            if (QString::number(v[u"id"].toInteger()) != order.externalId)
                continue;
            for (const QJsonValue &m : v[u"meta_data"].toArray()) {
                if (m[u"key"].toString() == u"_wc_shipment_tracking_items")
                    items = m[u"value"].toArray();
            }
        }
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)[u"tracking_number"].toString(), u"YK123456"_qs);
        QCOMPARE(items.at(0)[u"date_shipped"].toString(), u"2026-11-23"_qs);
        QVERIFY(items.at(0)[u"tracking_link"].toString().contains(u"YK123456"));
        QCOMPARE(items.at(1)[u"tracking_provider"].toString(), u"Şehir İçi Kurye"_qs);
        QCOMPARE(items.at(1)[u"tracking_link"].toString(), u"https://kurye.example.com/t/ÖZEL-77"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSplitAndTracking)
#include "tst_splitandtracking.moc"
