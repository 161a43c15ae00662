// Trendyol package actions end to end against the sandbox: the platform state moves, Trendyol's rules are
// enforced before any call, and the platform's own refusals come back as typed failures with its message.
#include "connectors/trendyol/trendyolactions.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/trendyol/trendyolmapper.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::trendyol;
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

class TestTrendyolActions : public QObject
{
    Q_OBJECT
private:
    SandboxFixture *m_sandbox = nullptr;
    net::NetworkContext *m_network = nullptr;
    TrendyolClient *m_client = nullptr;

    // The package as the connector would have it, from the sandbox's truth.
    QList<domain::Order> packages(const QString &status)
    {
        QList<domain::Order> out;
        for (const QJsonValue &v : m_sandbox->state(u"trendyol"_qs).value(u"packages").toArray()) {
            if (v.toObject().value(u"status").toString() != status)
                continue;
            auto mapped = TrendyolMapper::mapPackage(v.toObject());
            if (auto *o = std::get_if<domain::Order>(&mapped))
                out.append(*o);
        }
        return out;
    }
    QString statusOf(const QString &id)
    {
        for (const QJsonValue &v : m_sandbox->state(u"trendyol"_qs).value(u"packages").toArray()) {
            if (QString::number(v.toObject().value(u"id").toInteger()) == id)
                return v.toObject().value(u"status").toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new SandboxFixture;
        QVERIFY(m_sandbox->started());
        m_network = new net::NetworkContext;
        ConnectionConfig config;
        config.baseUrl = QUrl(m_sandbox->url(u"/trendyol"_qs));
        config.accountId = u"200300"_qs;
        config.credentials.insert(u"apiKey"_qs, u"tyDemoApiKey7Qx2"_qs);
        config.credentials.insert(u"apiSecret"_qs, u"tyDemoApiSecret9Lm4"_qs);
        config.retryBaseDelay = std::chrono::milliseconds(20);
        m_client = new TrendyolClient(m_network, config);
    }
    void cleanup()
    {
        delete m_client;
        delete m_network;
        delete m_sandbox;
    }

    void pickThenInvoice()
    {
        const QList<domain::Order> created = packages(u"Created"_qs);
        QVERIFY(!created.isEmpty());
        domain::Order package = created.first();
        TrendyolActions actions(*m_client);

        // Invoiced straight from Created is refused here, before any call.
        auto early = actions.moveToInvoiced(package, u"EME2026000000001"_qs);
        QVERIFY(!early.ok());
        QVERIFY(early.error().is(ActionError::InvalidState));
        QCOMPARE(statusOf(package.externalId), u"Created"_qs);

        auto pick = actions.moveToPicking(package);
        QVERIFY(pick.ok());
        QVERIFY(run(*pick).ok);
        QCOMPARE(statusOf(package.externalId), u"Picking"_qs);

        // A stale local copy (still Created) passes our check; Trendyol's refusal comes back typed.
        auto again = actions.moveToPicking(package);
        QVERIFY(again.ok());
        const Outcome refused = run(*again);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure.kind, net::NetError::Platform);
        QCOMPARE(refused.failure.httpStatus, 400);
        QVERIFY(!refused.failure.platformMessage.isEmpty());

        package.platformStatus = u"Picking"_qs;
        QVERIFY(!actions.moveToInvoiced(package, u"  "_qs).ok());
        auto invoice = actions.moveToInvoiced(package, u"EME2026000000001"_qs);
        QVERIFY(invoice.ok());
        QVERIFY(run(*invoice).ok);
        QCOMPARE(statusOf(package.externalId), u"Invoiced"_qs);
    }

    void trackingNumber()
    {
        const QList<domain::Order> picking = packages(u"Picking"_qs);
        QVERIFY(!picking.isEmpty());
        TrendyolActions actions(*m_client);
        QVERIFY(!actions.updateTrackingNumber(picking.first(), u"x"_qs).ok());
        auto job = actions.updateTrackingNumber(picking.first(), u"YK123456789"_qs);
        QVERIFY(job.ok());
        QVERIFY(run(*job).ok);

        const QList<domain::Order> delivered = packages(u"Delivered"_qs);
        QVERIFY(!delivered.isEmpty());
        auto late = actions.updateTrackingNumber(delivered.first(), u"YK123456789"_qs);
        QVERIFY(!late.ok());
        QVERIFY(late.error().is(ActionError::InvalidState));
        QVERIFY(!late.error().message.isEmpty());
    }

    void cancelLine()
    {
        domain::Order package;
        for (const domain::Order &o : packages(u"Created"_qs)) {
            if (o.lines.size() > 1 || (o.lines.size() == 1 && o.lines.first().quantity > 1))
                package = o;
        }
        QVERIFY(!package.externalId.isEmpty());
        TrendyolActions actions(*m_client);
        const domain::OrderLine &line = package.lines.first();
        QVERIFY(!actions.cancelLines(package, {}, CancelReason::StockOut).ok());
        QVERIFY(!actions.cancelLines(package, { { u"1"_qs, 1 } }, CancelReason::StockOut).ok());
        QVERIFY(
            !actions.cancelLines(package, { { line.platformLineId, line.quantity + 1 } }, CancelReason::StockOut).ok());
        QVERIFY(!actions.cancelLines(package, { { line.platformLineId, 1 } }, static_cast<CancelReason>(503)).ok());
        auto job = actions.cancelLines(package, { { line.platformLineId, 1 } }, CancelReason::StockOut);
        QVERIFY(job.ok());
        QVERIFY(run(*job).ok);
        // A partial cancel: the original is superseded, new packages carry the lines.
        QCOMPARE(statusOf(package.externalId), u"UnPacked"_qs);
        QCOMPARE(TrendyolMapper::unifiedStatus(statusOf(package.externalId)), domain::UnifiedStatus::Cancelled);
    }

    void invoiceLink()
    {
        domain::Order package = packages(u"Invoiced"_qs).value(0);
        QVERIFY(!package.externalId.isEmpty());
        package.invoiceLink.clear();
        TrendyolActions actions(*m_client);
        QVERIFY(!actions.sendInvoiceLink(package, u"http://x.example/f.pdf"_qs, u"TYA2026000000001"_qs, 1).ok());
        QVERIFY(!actions.sendInvoiceLink(package, u"https://x.example/f.pdf"_qs, u"TYA26"_qs, 1).ok());
        const QString link = u"https://fatura.example.com/TYA2026000000001.pdf"_qs;
        auto job = actions.sendInvoiceLink(package, link, u"TYA2026000000001"_qs, Reference);
        QVERIFY(job.ok());
        const Outcome sent = run(*job);
        QVERIFY(sent.ok);
        QCOMPARE(sent.status, 201);
        // The same link again: Trendyol refuses with 409, reported as the platform's refusal.
        auto twice = actions.sendInvoiceLink(package, link, u"TYA2026000000001"_qs, Reference);
        QVERIFY(twice.ok());
        const Outcome refused = run(*twice);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure.httpStatus, 409);
        QCOMPARE(refused.failure.kind, net::NetError::Platform);
        // With the link known locally, the check stops it before the call.
        package.invoiceLink = link;
        QVERIFY(!actions.sendInvoiceLink(package, link, u"TYA2026000000001"_qs, Reference).ok());
    }

    void invoiceNumberFormat_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << u"TYA2024000000001"_qs << true;
        QTest::newRow("digits prefix") << u"1232024000000001"_qs << true;
        QTest::newRow("short") << u"TYA202400000001"_qs << false;
        QTest::newRow("long") << u"TYA20240000000011"_qs << false;
        QTest::newRow("letter in digits") << u"TYA202400000000A"_qs << false;
        QTest::newRow("turkish letter") << u"ŞYA2024000000001"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }
    void invoiceNumberFormat()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(TrendyolActions::isValidInvoiceNumber(number), valid);
    }
};

QTEST_GUILESS_MAIN(TestTrendyolActions)
#include "tst_trendyolactions.moc"
