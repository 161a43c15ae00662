// Every endpoint of every emulator, every method, odd bodies: the answer is always an HTTP status below 500 (the
// platform's refusal), never a crash, a dropped connection or a server error.
#include "hepsiburada/hepsiburadaemulator.h"
#include "n11/n11emulator.h"
#include "sandboxfixture.h"
#include "trendyol/trendyolemulator.h"
#include "woocommerce/woocommerceemulator.h"

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddRequests()
    {
        SandboxFixture f(3, 30);
        QVERIFY(f.started());
        for (const QString &p : f.sandbox().platforms())
            f.sandbox().emulator(p)->setRateLimit({ 0, 1000 });

        const QJsonObject ty = f.state(u"trendyol"_qs)[u"packages"].toArray().at(3).toObject();
        const QString tyId = QString::number(ty[u"id"].toInteger());
        const QJsonObject hb = f.state(u"hepsiburada"_qs);
        const QString hbLine = hb[u"lines"].toArray().at(0)[u"id"].toString();
        const QString hbPackage = hb[u"packages"].toArray().at(0)[u"packageNumber"].toString();
        const QString mid = HepsiburadaEmulator::MerchantId;
        const QString wcId = QString::number(f.state(u"woocommerce"_qs)[u"orders"].toArray().at(0)[u"id"].toInt());

        struct Target
        {
            QString path;
            Headers headers;
        };
        const Headers tyH{ { "Authorization", basic(TrendyolEmulator::ApiKey, TrendyolEmulator::ApiSecret) },
            { "User-Agent", TrendyolEmulator::UserAgent.toUtf8() } };
        const Headers hbH{ { "Authorization", basic(mid, HepsiburadaEmulator::ServiceKey) },
            { "User-Agent", HepsiburadaEmulator::UserAgent.toUtf8() } };
        const Headers n11H{ { "appkey", N11Emulator::AppKey.toUtf8() },
            { "appsecret", N11Emulator::AppSecret.toUtf8() } };
        const Headers wcH{ { "Authorization",
            basic(WooCommerceEmulator::ConsumerKey, WooCommerceEmulator::ConsumerSecret) } };
        const QString ty0 = u"/trendyol/integration/order/sellers/200300"_qs;
        const QString hbp = u"/hepsiburada/packages/merchantid/%1/packagenumber/%2"_qs.arg(mid, hbPackage);
        const QList<Target> targets = {
            { ty0 + u"/orders?page=x&size=-5&status=,,&shipmentPackageIds=a"_qs, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId + u"/update-tracking-number"_qs, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId + u"/tracking-details"_qs, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId + u"/items/unsupplied"_qs, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId + u"/box-info"_qs, tyH },
            { ty0 + u"/shipment-packages/"_qs + tyId + u"/cargo-providers"_qs, tyH },
            { ty0 + u"/shipment-packages/notanumber"_qs, tyH },
            { u"/trendyol/integration/test/order/sellers/200300/shipment-packages/"_qs + tyId + u"/status"_qs, tyH },
            { u"/trendyol/integration/sellers/200300/seller-invoice-links"_qs, tyH },
            { u"/trendyol/integration/sellers/200300/seller-invoice-links/delete"_qs, tyH },
            { u"/hepsiburada/orders/merchantid/%1?limit=0&offset=-1"_qs.arg(mid), hbH },
            { u"/hepsiburada/orders/merchantid/%1/ordernumber/x"_qs.arg(mid), hbH },
            { u"/hepsiburada/orders/merchantid/%1/paymentawaiting?limit=x"_qs.arg(mid), hbH },
            { u"/hepsiburada/orders/merchantid/%1/cancelled"_qs.arg(mid), hbH },
            { u"/hepsiburada/lineitems/merchantid/%1/packageablewith/lineitemid/%2"_qs.arg(mid, hbLine), hbH },
            { u"/hepsiburada/lineitems/merchantid/%1/id/%2/cancelbymerchant"_qs.arg(mid, hbLine), hbH },
            { u"/hepsiburada/packages/merchantid/%1?timespan=-3&Offset=x"_qs.arg(mid), hbH },
            { hbp, hbH },
            { hbp + u"/labels"_qs, hbH },
            { hbp + u"/unpack"_qs, hbH },
            { hbp + u"/invoice"_qs, hbH },
            { hbp + u"/changecargocompany"_qs, hbH },
            { hbp + u"/parcel-info"_qs, hbH },
            { hbp + u"/intransit"_qs, hbH },
            { hbp + u"/deliver"_qs, hbH },
            { hbp + u"/undeliver"_qs, hbH },
            { hbp + u"/split"_qs, hbH },
            { u"/hepsiburada/packages/merchantid/%1/status/unpacked?limit=-1"_qs.arg(mid), hbH },
            { u"/n11/rest/delivery/v1/shipmentPackages?page=x&size=y&startDate=1&endDate=0"_qs, n11H },
            { u"/n11/rest/order/v1/update"_qs, n11H },
            { u"/n11/rest/delivery/v1/splitCombinePackage"_qs, n11H },
            { u"/n11/rest/delivery/v1/splitPackageByQuantity"_qs, n11H },
            { u"/woocommerce/wp-json/wc/v3/orders?include=a,b&exclude[]=x&customer=-1&orderby=x"_qs, wcH },
            { u"/woocommerce/wp-json/wc/v3/orders/"_qs + wcId, wcH },
            { u"/woocommerce/wp-json/wc/v3/orders/batch"_qs, wcH },
            { u"/woocommerce/wp-json/wc/v3/orders/"_qs + wcId + u"/notes"_qs, wcH },
            { u"/woocommerce/wp-json/wc/v3/orders/"_qs + wcId + u"/notes/1"_qs, wcH },
            { u"/woocommerce/wp-json/wc-shipment-tracking/v3/orders/"_qs + wcId + u"/shipment-trackings"_qs, wcH },
        };
        const QList<QByteArray> bodies = {
            QByteArray(),
            "{",
            "[]",
            "null",
            "42",
            "\"x\"",
            R"({"lines":null,"status":null,"reasonId":null})",
            R"({"lines":[null,1,"x",{}],"status":"Picking","reasonId":"500","params":[]})",
            R"({"lines":[{"lineId":1e300,"quantity":-1}],"status":"Invoiced","params":{"invoiceNumber":7}})",
            R"({"lineItemRequests":[{}],"splitGroups":[{"orderLineIds":[null]}],"packageDetails":[{"orderLineId":1,"quantities":[0]}]})",
            R"({"cancelledItems":[{}],"update":[1,"x",{"id":"a"}],"delete":["a",null],"create":[{}]})",
            R"({"note":null,"billing":null,"shipping":[],"meta_data":[1,{"key":2}],"set_paid":1,"status":["completed"]})",
            R"({"trackingNumber":[],"cargoSenderNumber":{},"providerCode":null,"boxQuantity":"2","deci":-1})",
            R"({"invoiceLink":5,"shipmentPackageId":"x","serviceSourceId":null,"CargoCompanyShortName":{}})",
            R"({"totalDesi":null,"totalParcel":0,"undeliveredReason":[],"tracking_number":5})",
            R"({"packageDetails":[{"lines":[{"orderLineId":5,"quantity":"1"}]},7],"cancelledItems":{"a":1}})",
        };
        const QList<QByteArray> methods = { "GET", "POST", "PUT", "PATCH", "DELETE" };
        int calls = 0;
        for (const Target &t : targets) {
            for (const QByteArray &method : methods) {
                for (const QByteArray &body : bodies) {
                    if (method == "GET" && !body.isEmpty())
                        continue;
                    const Reply r = f.call(method, t.path, t.headers, body);
                    ++calls;
                    const QString what
                        = u"%1 %2 %3"_qs.arg(QString::fromLatin1(method), t.path, QString::fromUtf8(body));
                    QVERIFY2(r.finished, qPrintable(what));
                    QVERIFY2(r.status >= 200 && r.status < 500, qPrintable(what + u" → %1"_qs.arg(r.status)));
                }
            }
        }
        QVERIFY(calls > 1000);
        // Still serving normally afterwards.
        QCOMPARE(f.call("GET", ty0 + u"/orders"_qs, tyH).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
