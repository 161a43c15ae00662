// The WooCommerce emulator over HTTP: keys in Basic auth or the query, WP paging headers, filters, free-form
// status updates with notes, parameter validation, the Shipment Tracking extension.
#include "sandboxfixture.h"
#include "woocommerce/woocommerceemulator.h"

#include <QRegularExpression>
#include <QSet>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxWooCommerce : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;
    const QString api = u"/woocommerce/wp-json/wc/v3"_qs;

    Headers headers() const
    {
        return { { "Authorization", basic(WooCommerceEmulator::ConsumerKey, WooCommerceEmulator::ConsumerSecret) } };
    }
    Reply get(const QString &path) { return f->call("GET", api + path, headers()); }
    Reply put(const QString &path, const QByteArray &body) { return f->call("PUT", api + path, headers(), body); }
    QJsonArray orders() { return f->state(u"woocommerce"_qs)[u"orders"].toArray(); }
    QJsonObject firstWith(const QString &status)
    {
        for (const QJsonValue &o : orders()) {
            if (o[u"status"].toString() == status)
                return o.toObject();
        }
        return {};
    }
    static QString code(const Reply &r) { return r.object()[u"code"].toString(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxFixture>(42, 80);
        QVERIFY(f->started());
    }
    void cleanup() { f.reset(); }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray full = basic(WooCommerceEmulator::ConsumerKey, WooCommerceEmulator::ConsumerSecret);
        QTest::newRow("basic") << QByteArray("GET") << QString() << full << 200 << QString();
        QTest::newRow("query keys") << QByteArray("GET")
                                    << u"?consumer_key=%1&consumer_secret=%2"_qs.arg(
                                           WooCommerceEmulator::ConsumerKey, WooCommerceEmulator::ConsumerSecret)
                                    << QByteArray() << 200 << QString();
        QTest::newRow("wrong key") << QByteArray("GET") << QString() << basic(u"ck_nope"_qs, u"cs_nope"_qs) << 401
                                   << u"woocommerce_rest_authentication_error"_qs;
        QTest::newRow("wrong secret") << QByteArray("GET") << QString()
                                      << basic(WooCommerceEmulator::ConsumerKey, u"cs_nope"_qs) << 401
                                      << u"woocommerce_rest_authentication_error"_qs;
        QTest::newRow("anonymous") << QByteArray("GET") << QString() << QByteArray() << 401
                                   << u"woocommerce_rest_cannot_view"_qs;
        QTest::newRow("read-only key writing")
            << QByteArray("PUT") << QString()
            << basic(WooCommerceEmulator::ReadOnlyKey, WooCommerceEmulator::ReadOnlySecret) << 401
            << u"woocommerce_rest_authentication_error"_qs;
    }
    void auth()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, query);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        Headers h;
        if (!authorization.isEmpty())
            h.append({ "Authorization", authorization });
        const QString path = method == "GET"
            ? api + u"/orders"_qs + query
            : api + u"/orders/"_qs + QString::number(firstWith(u"processing"_qs)[u"id"].toInt());
        const Reply r
            = f->call(method, path, h, method == "GET" ? QByteArray() : QByteArray(R"({"status":"completed"})"));
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(this->code(r), code);
            QCOMPARE(r.object()[u"data"][u"status"].toInt(), status);
        }
    }

    void pagesToTheEnd()
    {
        int expected = 0;
        for (const QJsonValue &o : orders())
            expected += o[u"status"].toString() != u"trash";
        QSet<int> seen;
        int totalPages = 1;
        for (int page = 1; page <= totalPages; ++page) {
            const Reply r = get(u"/orders?per_page=7&page=%1"_qs.arg(page));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-WP-Total").toInt(), expected);
            totalPages = r.header("X-WP-TotalPages").toInt();
            QCOMPARE(totalPages, (expected + 6) / 7);
            const QByteArray link = r.header("Link");
            QCOMPARE(link.contains("rel=\"next\""), page < totalPages);
            QCOMPARE(link.contains("rel=\"prev\""), page > 1);
            QVERIFY(link.contains("rel=\"last\""));
            if (page < totalPages) {
                static const QRegularExpression next(u"<([^>]+)>; rel=\"next\""_qs);
                const QString url = next.match(QString::fromLatin1(link)).captured(1);
                QVERIFY2(url.startsWith(f->url(api + u"/orders"_qs)), qPrintable(url));
                QVERIFY(url.contains(u"page=%1"_qs.arg(page + 1)));
            }
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &o : r.array()) {
                seen.insert(o[u"id"].toInt());
                const QString created = o[u"date_created_gmt"].toString();
                const qint64 t = QDateTime::fromString(created + u'Z', Qt::ISODate).toMSecsSinceEpoch();
                QVERIFY(t <= previous); // newest first by default
                previous = t;
            }
        }
        QCOMPARE(seen.size(), expected);
    }

    void invalidParams_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("per_page 101") << u"per_page=101"_qs;
        QTest::newRow("per_page 0") << u"per_page=0"_qs;
        QTest::newRow("page 0") << u"page=0"_qs;
        QTest::newRow("unknown status") << u"status=shipped"_qs;
        QTest::newRow("bad date") << u"after=last-week"_qs;
        QTest::newRow("bad order") << u"order=up"_qs;
    }
    void invalidParams()
    {
        QFETCH(QString, query);
        const Reply r = get(u"/orders?"_qs + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"rest_invalid_param"_qs);
        QVERIFY(r.object()[u"data"][u"params"].isObject());
    }

    void filters()
    {
        const Reply multi = get(u"/orders?per_page=100&status=processing,on-hold"_qs);
        QCOMPARE(multi.status, 200);
        QVERIFY(!multi.array().isEmpty());
        for (const QJsonValue &o : multi.array())
            QVERIFY(o[u"status"].toString() == u"processing" || o[u"status"].toString() == u"on-hold");
        // Site-local dates without offset, UTC with dates_are_gmt: the same instant both ways.
        const QJsonArray local = get(u"/orders?per_page=100&after=2026-11-20T12:00:00"_qs).array();
        const QJsonArray utc = get(u"/orders?per_page=100&after=2026-11-20T09:00:00&dates_are_gmt=true"_qs).array();
        QCOMPARE(local, utc);
        for (const QJsonValue &o : local)
            QVERIFY(o[u"date_created"].toString() > u"2026-11-20T12:00:00"_qs);
        // modified_after picks up a change made now.
        const QJsonObject target = firstWith(u"processing"_qs);
        QCOMPARE(put(u"/orders/%1"_qs.arg(target[u"id"].toInt()), R"({"status":"completed"})").status, 200);
        const QJsonArray changed = get(u"/orders?modified_after=2026-11-23T11:59:59&per_page=100"_qs).array();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0)[u"id"].toInt(), target[u"id"].toInt());
        QCOMPARE(changed.at(0)[u"date_modified"].toString(), u"2026-11-23T12:00:00"_qs); // Istanbul = UTC+3
        QCOMPARE(changed.at(0)[u"date_modified_gmt"].toString(), u"2026-11-23T09:00:00"_qs);
    }

    void objectShape()
    {
        const QJsonObject o = get(u"/orders/%1"_qs.arg(firstWith(u"completed"_qs)[u"id"].toInt())).object();
        for (const QString &money : { u"total"_qs, u"total_tax"_qs, u"shipping_total"_qs, u"discount_total"_qs })
            QVERIFY2(
                QRegularExpression(u"^-?\\d+\\.\\d{2}$"_qs).match(o[money].toString()).hasMatch(), qPrintable(money));
        QVERIFY(o[u"line_items"].toArray().at(0)[u"price"].isDouble());
        QVERIFY(o[u"line_items"].toArray().at(0)[u"total"].isString());
        QCOMPARE(o[u"billing"][u"country"].toString(), u"TR"_qs);
        QVERIFY(!o[u"date_created"].toString().contains(u'+'));
        QVERIFY(!o[u"date_completed"].isNull());
        const QJsonObject pending = firstWith(u"pending"_qs);
        QVERIFY(pending[u"date_paid"].isNull());
        QCOMPARE(get(u"/orders/999999"_qs).status, 404);
        QCOMPARE(code(get(u"/orders/999999"_qs)), u"woocommerce_rest_shop_order_invalid_id"_qs);
        QCOMPARE(code(f->call("GET", u"/woocommerce/wp-json/wc/v3/produkts"_qs, headers())), u"rest_no_route"_qs);
    }

    // WooCommerce 7.x+ line images: an absolute URL on the shop's own host (served without auth, image/png), or
    // an empty src for a product without an image.
    void lineItemImages()
    {
        int withImage = 0;
        int without = 0;
        for (const QJsonValue &o : get(u"/orders?per_page=100"_qs).array()) {
            for (const QJsonValue &l : o[u"line_items"].toArray()) {
                const QString src = l[u"image"][u"src"].toString();
                QVERIFY(l[u"image"].isObject());
                if (src.isEmpty()) {
                    ++without;
                    continue;
                }
                ++withImage;
                QVERIFY2(src.startsWith(f->url(u"/woocommerce/wp-content/uploads/"_qs)), qPrintable(src));
            }
        }
        QVERIFY(withImage > 0);
        QVERIFY(without > 0);
        QString src;
        for (const QJsonValue &o : get(u"/orders?per_page=100"_qs).array()) {
            for (const QJsonValue &l : o[u"line_items"].toArray()) {
                if (src.isEmpty())
                    src = l[u"image"][u"src"].toString();
            }
        }
        const auto image = f->call("GET", QUrl(src).path());
        QCOMPARE(image.status, 200);
        QVERIFY(image.body.startsWith("\x89PNG"));
        QCOMPARE(f->call("GET", u"/woocommerce/wp-content/uploads/nope.txt"_qs).status, 404);
    }

    void statusUpdatesAreFreeFormAndNoted()
    {
        const int id = firstWith(u"completed"_qs)[u"id"].toInt();
        const QString path = u"/orders/%1"_qs.arg(id);
        Reply r = put(path, R"({"status":"processing"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"status"].toString(), u"processing"_qs);
        r = put(path, R"({"status":"cancelled","customer_note":"Müşteri vazgeçti"})");
        QCOMPARE(r.status, 200);
        const QJsonArray notes = get(path + u"/notes"_qs).array();
        QVERIFY(notes.size() >= 2);
        QVERIFY(notes.at(0)[u"note"].toString().contains(u"İptal edildi"_qs)); // newest first
    }

    void refusedUpdates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown status") << QByteArray(R"({"status":"shipped"})") << 400 << u"rest_invalid_param"_qs;
        QTest::newRow("status as number") << QByteArray(R"({"status":3})") << 400 << u"rest_invalid_param"_qs;
        QTest::newRow("billing as text") << QByteArray(R"({"billing":"Ankara"})") << 400 << u"rest_invalid_param"_qs;
        QTest::newRow("billing field as number")
            << QByteArray(R"({"billing":{"phone":5321234567}})") << 400 << u"rest_invalid_param"_qs;
        QTest::newRow("set_paid as text") << QByteArray(R"({"set_paid":"yes"})") << 400 << u"rest_invalid_param"_qs;
        QTest::newRow("bad JSON") << QByteArray(R"({"status":"completed")") << 400 << u"rest_invalid_json"_qs;
    }
    void refusedUpdates()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject before = firstWith(u"processing"_qs);
        const Reply r = put(u"/orders/%1"_qs.arg(before[u"id"].toInt()), body);
        QCOMPARE(r.status, status);
        QCOMPARE(this->code(r), code);
        QCOMPARE(firstWith(u"processing"_qs), before);
    }

    void setPaid()
    {
        const QJsonObject pending = firstWith(u"pending"_qs);
        const Reply r = put(u"/orders/%1"_qs.arg(pending[u"id"].toInt()), R"({"set_paid":true})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"status"].toString(), u"processing"_qs);
        QCOMPARE(r.object()[u"date_paid_gmt"].toString(), u"2026-11-23T09:00:00"_qs);
    }

    void notes()
    {
        const QString path = u"/orders/%1/notes"_qs.arg(firstWith(u"processing"_qs)[u"id"].toInt());
        Reply r = f->call("POST", api + path, headers(), R"({"note":"Kargo: Yurtiçi 123456","customer_note":true})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object()[u"customer_note"].toBool(), true);
        r = f->call("POST", api + path, headers(), R"({"customer_note":true})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"rest_missing_callback_param"_qs);
        r = f->call("POST", api + path, headers(), R"({"note":42})");
        QCOMPARE(r.status, 400);
        const QJsonArray customer = get(path + u"?type=customer"_qs).array();
        QVERIFY(!customer.isEmpty());
        for (const QJsonValue &n : customer)
            QVERIFY(n[u"customer_note"].toBool());
    }

    void batch()
    {
        const int a = firstWith(u"processing"_qs)[u"id"].toInt();
        const QJsonObject body{ { u"update"_qs,
            QJsonArray{ QJsonObject{ { u"id"_qs, a }, { u"status"_qs, u"completed"_qs } },
                QJsonObject{ { u"id"_qs, 999999 }, { u"status"_qs, u"completed"_qs } } } } };
        const Reply r = f->call("POST", api + u"/orders/batch"_qs, headers(), json(body));
        QCOMPARE(r.status, 200);
        const QJsonArray updated = r.object()[u"update"].toArray();
        QCOMPARE(updated.at(0)[u"status"].toString(), u"completed"_qs);
        QCOMPARE(updated.at(1)[u"error"][u"code"].toString(), u"woocommerce_rest_shop_order_invalid_id"_qs);
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject{ { u"id"_qs, a } });
        QCOMPARE(f->call("POST", api + u"/orders/batch"_qs, headers(), json({ { u"update"_qs, many } })).status, 413);
    }

    void budgetsArePerCredentials()
    {
        f->sandbox().emulator(u"woocommerce"_qs)->setRateLimit({ 1, 60000 });
        const Headers readOnly{ { "Authorization",
            basic(WooCommerceEmulator::ReadOnlyKey, WooCommerceEmulator::ReadOnlySecret) } };
        QCOMPARE(get(u"/orders"_qs).status, 200);
        QCOMPARE(get(u"/orders"_qs).status, 429);
        QCOMPARE(code(get(u"/orders"_qs)), u"rest_too_many_requests"_qs);
        QCOMPARE(f->call("GET", api + u"/orders"_qs, readOnly).status, 200); // another connection, its own budget
    }

    void shipmentTracking()
    {
        const int id = firstWith(u"processing"_qs)[u"id"].toInt();
        const QString path = u"/woocommerce/wp-json/wc-shipment-tracking/v3/orders/%1/shipment-trackings"_qs.arg(id);
        Reply r
            = f->call("POST", path, headers(), R"({"tracking_provider":"Aras Kargo","tracking_number":"4815162342"})");
        QCOMPARE(r.status, 201);
        QVERIFY(r.object()[u"tracking_link"].toString().contains(u"4815162342"_qs));
        r = f->call("GET", path, headers());
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(f->call("POST", path, headers(), R"({"tracking_provider":"Aras Kargo"})").status, 400);
    }

    void trashAndDelete()
    {
        const int id = firstWith(u"cancelled"_qs)[u"id"].toInt();
        QCOMPARE(
            f->call("DELETE", api + u"/orders/%1"_qs.arg(id), headers()).object()[u"status"].toString(), u"trash"_qs);
        for (const QJsonValue &o : get(u"/orders?per_page=100"_qs).array())
            QVERIFY(o[u"id"].toInt() != id);
        QCOMPARE(get(u"/orders?status=trash"_qs).array().size(), 1);
        QCOMPARE(f->call("DELETE", api + u"/orders/%1?force=true"_qs.arg(id), headers()).status, 200);
        QCOMPARE(get(u"/orders/%1"_qs.arg(id)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWooCommerce)
#include "tst_sandbox_woocommerce.moc"
