// The Meta mapper from fixtures written from the documented Graph shapes: every attachment kind, unknown kinds,
// removed messages, missing names, emoji and RTL text, 2 000-character messages, broken records; Graph times;
// the error classifier (code/subcode → typed failure and class) and the throttling headers.
#include "connectors/meta/graphtime.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metamapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sd::connectors::meta;
using sd::net::NetError;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_FIXTURES_DIR "/meta/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QStringList kBusiness{ u"1122"_qs, u"17841400000000001"_qs };

sd::net::HttpResponse graphError(int http, const QByteArray &error, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    sd::net::HttpResponse r;
    r.status = http;
    r.body = "{\"error\":" + error + "}";
    r.json = QJsonDocument::fromJson(r.body);
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestMetaMapper : public QObject
{
    Q_OBJECT

private:
    MetaMessagePage m_messages;

    const MetaMessage *message(const QString &id) const
    {
        for (const MetaMessage &m : m_messages.messages) {
            if (m.id == id)
                return &m;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_messages = MetaMapper::mapMessages(fixture(u"messages.json"_qs), kBusiness);
        QVERIFY(!m_messages.messages.isEmpty());
    }

    void conversations()
    {
        const MetaConversationPage page = MetaMapper::mapConversations(fixture(u"conversations.json"_qs), Channel::Messenger, kBusiness);
        QCOMPARE(page.conversations.size(), 3);
        QCOMPARE(page.errors.size(), 2); // a bad time, a non-object
        const MetaConversation &a = page.conversations.at(0);
        QCOMPARE(a.id, u"t_10223"_qs);
        QCOMPARE(a.updatedMs, QDateTime(QDate(2026, 5, 2), QTime(9, 15), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(a.customer.id, u"6655"_qs); // the Page is not the customer
        QCOMPARE(a.customer.name, u"Ayşe Y."_qs);
        QCOMPARE(a.customer.email, u"6655@facebook.com"_qs);
        QCOMPARE(a.unreadCount, std::optional<int>(2));
        // A Unix timestamp string, a participant without a name.
        const MetaConversation &b = page.conversations.at(1);
        QCOMPARE(b.updatedMs, 1777712100000LL);
        QCOMPARE(b.customer.id, u"7788"_qs);
        QVERIFY(b.customer.displayName().isEmpty());
        QVERIFY(!b.unreadCount);
        // Instagram: username, inline messages.
        const MetaConversation &c = page.conversations.at(2);
        QCOMPARE(c.customer.username, u"mehmet.k"_qs);
        QCOMPARE(c.customer.displayName(), u"mehmet.k"_qs);
        QCOMPARE(c.messages.size(), 1);
        QCOMPARE(page.errors.at(0).externalId, u"t_bad"_qs);
        QCOMPARE(page.errors.at(0).field, u"updated_time"_qs);
    }

    void attachmentKinds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("previewUrl");
        QTest::addColumn<QString>("name");
        QTest::newRow("image") << u"m_image"_qs << QStringList{ u"image"_qs } << u"https://lookaside.fbsbx.com/img1"_qs
                               << u"https://lookaside.fbsbx.com/img1p"_qs << u"photo.jpg"_qs;
        QTest::newRow("video") << u"m_video"_qs << QStringList{ u"video"_qs } << u"https://video.xx.fbcdn.net/v1"_qs
                               << u"https://video.xx.fbcdn.net/v1p"_qs << u"clip.mp4"_qs;
        QTest::newRow("audio") << u"m_audio"_qs << QStringList{ u"audio"_qs } << u"https://cdn.fbsbx.com/audio1"_qs
                               << QString() << u"audioclip.mp4"_qs;
        QTest::newRow("file") << u"m_file"_qs << QStringList{ u"file"_qs } << u"https://cdn.fbsbx.com/file1"_qs
                              << QString() << u"fatura.pdf"_qs;
        QTest::newRow("share") << u"m_share"_qs << QStringList{ u"share"_qs } << u"https://www.instagram.com/p/abc/"_qs
                               << QString() << u"Yeni sezon"_qs;
        QTest::newRow("sticker") << u"m_sticker"_qs << QStringList{ u"sticker"_qs }
                                 << u"https://scontent.xx.fbcdn.net/sticker1.png"_qs << QString() << QString();
        QTest::newRow("story reply") << u"m_story_reply"_qs << QStringList{ u"story_reply"_qs }
                                     << u"https://lookaside.fbsbx.com/story1"_qs << QString() << u"1789"_qs;
        QTest::newRow("story mention") << u"m_story_mention"_qs << QStringList{ u"story_mention"_qs }
                                       << u"https://lookaside.fbsbx.com/story2"_qs << QString() << u"1790"_qs;
        QTest::newRow("is_unsupported") << u"m_unsupported"_qs << QStringList{ u"unsupported"_qs } << QString()
                                        << QString() << QString();
        QTest::newRow("unknown kinds") << u"m_unknown_kind"_qs << QStringList{ u"unsupported"_qs, u"unsupported"_qs }
                                       << u"https://www.instagram.com/reel/xyz"_qs << QString() << u"ig_reel"_qs;
        QTest::newRow("text only") << u"m_text"_qs << QStringList{} << QString() << QString() << QString();
    }

    void attachmentKinds()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, kinds);
        const MetaMessage *m = message(id);
        QVERIFY(m);
        QStringList got;
        for (const MetaAttachment &a : m->attachments)
            got << a.kind;
        QCOMPARE(got, kinds);
        if (kinds.isEmpty())
            return;
        QFETCH(QString, url);
        QFETCH(QString, previewUrl);
        QFETCH(QString, name);
        QCOMPARE(m->attachments.first().url, url);
        QCOMPARE(m->attachments.first().previewUrl, previewUrl);
        QCOMPARE(m->attachments.first().name, name);
        QSet<QString> ids;
        for (const MetaAttachment &a : m->attachments) {
            QVERIFY(a.externalId.startsWith(id + u':'));
            ids.insert(a.externalId);
        }
        QCOMPARE(ids.size(), m->attachments.size()); // stable and distinct per message
    }

    void textAndPeople()
    {
        const MetaMessage *text = message(u"m_text"_qs);
        QVERIFY(text);
        QCOMPARE(text->text, u"İyi günler, kargom ne zaman gelir? 😊"_qs);
        QVERIFY(!text->outgoing);
        QCOMPARE(text->from.name, u"Ayşe Y."_qs);
        QCOMPARE(text->to.size(), 1);
        QCOMPARE(MetaMapper::preview(*text), text->text);

        const MetaMessage *rtl = message(u"m_rtl"_qs);
        QVERIFY(rtl);
        QCOMPARE(rtl->text, u"مرحبا، هل هذا متوفر؟ שלום"_qs);

        const MetaMessage *longOne = message(u"m_long"_qs);
        QVERIFY(longOne);
        QCOMPARE(longOne->text.size(), 2000);
        QVERIFY(longOne->outgoing); // from the Page
        QCOMPARE(MetaMapper::preview(*longOne).size(), 140);

        const MetaMessage *noName = message(u"m_noname"_qs);
        QVERIFY(noName);
        QVERIFY(noName->from.displayName().isEmpty());
        QCOMPARE(noName->createdMs, 1777713000000LL);

        const MetaMessage *reaction = message(u"m_reaction"_qs);
        QVERIFY(reaction);
        QCOMPARE(reaction->reactionsJson, u"[{\"reaction\":\"❤\",\"users\":[\"6655\"]}]"_qs);
    }

    void removedMessage()
    {
        const MetaMessage *m = message(u"m_deleted"_qs);
        QVERIFY(m);
        QVERIFY(m->unsent);
        QVERIFY(m->text.isEmpty()); // the removed text is not kept
        QVERIFY(!MetaMapper::preview(*m).isEmpty());
    }

    void brokenRecordsAreSkipped()
    {
        QVERIFY(!message(u"m_bad_time"_qs));
        QVERIFY(!message(u"m_bad_text"_qs));
        QCOMPARE(m_messages.errors.size(), 3);
        QStringList fields;
        for (const auto &e : m_messages.errors)
            fields << e.field;
        QVERIFY(fields.contains(u"created_time"_qs));
        QVERIFY(fields.contains(u"message"_qs));
        QVERIFY(fields.contains(u"id"_qs));
        QCOMPARE(m_messages.messages.size(), 16);
    }

    void graphTimes_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expected"); // -1: refused
        const qint64 t = QDateTime(QDate(2022, 11, 18), QTime(9, 57, 26), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("+0000") << QJsonValue(u"2022-11-18T09:57:26+0000"_qs) << t;
        QTest::newRow("+00:00") << QJsonValue(u"2022-11-18T09:57:26+00:00"_qs) << t;
        QTest::newRow("Z") << QJsonValue(u"2022-11-18T09:57:26Z"_qs) << t;
        QTest::newRow("+0300") << QJsonValue(u"2022-11-18T12:57:26+0300"_qs) << t;
        QTest::newRow("no zone") << QJsonValue(u"2022-11-18T09:57:26"_qs) << t;
        QTest::newRow("unix string") << QJsonValue(QString::number(t / 1000)) << t;
        QTest::newRow("unix number") << QJsonValue(double(t / 1000)) << t;
        QTest::newRow("empty") << QJsonValue(QString()) << qint64(-1);
        QTest::newRow("word") << QJsonValue(u"yesterday"_qs) << qint64(-1);
        QTest::newRow("date only") << QJsonValue(u"2022-11-18"_qs) << qint64(-1);
        QTest::newRow("object") << QJsonValue(QJsonObject()) << qint64(-1);
        QTest::newRow("negative") << QJsonValue(-5.0) << qint64(-1);
    }

    void graphTimes()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> got = parseGraphTime(value);
        if (expected < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got.value_or(-1), expected);
        if (got)
            QCOMPARE(parseGraphTime(QJsonValue(formatGraphTime(*got))), got);
    }

    void errors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<NetError>("kind");
        QTest::addColumn<MetaErrorClass>("cls");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("state");
        QTest::newRow("190 expired") << 400 << QByteArray("{\"message\":\"Session has expired\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}")
                                     << NetError::Unauthorized << MetaErrorClass::Reconnect << u"190/463"_qs << u"reconnect"_qs;
        QTest::newRow("190 password") << 400 << QByteArray("{\"message\":\"x\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":460}")
                                      << NetError::Unauthorized << MetaErrorClass::Reconnect << u"190/460"_qs << u"reconnect"_qs;
        QTest::newRow("190 invalid") << 401 << QByteArray("{\"message\":\"Invalid OAuth access token\",\"type\":\"OAuthException\",\"code\":190}")
                                     << NetError::Unauthorized << MetaErrorClass::Reconnect << u"190"_qs << u"reconnect"_qs;
        QTest::newRow("190 app removed") << 400 << QByteArray("{\"message\":\"x\",\"code\":190,\"error_subcode\":458}")
                                         << NetError::Unauthorized << MetaErrorClass::Reconnect << u"190/458"_qs << u"reconnect"_qs;
        QTest::newRow("10 permission") << 403 << QByteArray("{\"message\":\"(#10) no permission\",\"code\":10}")
                                       << NetError::Forbidden << MetaErrorClass::PermissionMissing << u"10"_qs << u"permission_missing"_qs;
        QTest::newRow("200 permission") << 400 << QByteArray("{\"message\":\"(#200) pages_messaging\",\"code\":200}")
                                        << NetError::Forbidden << MetaErrorClass::PermissionMissing << u"200"_qs << u"permission_missing"_qs;
        QTest::newRow("299 permission") << 400 << QByteArray("{\"message\":\"x\",\"code\":299}")
                                        << NetError::Forbidden << MetaErrorClass::PermissionMissing << u"299"_qs << u"permission_missing"_qs;
        QTest::newRow("window messenger") << 400 << QByteArray("{\"message\":\"outside window\",\"code\":10,\"error_subcode\":2018278}")
                                          << NetError::Platform << MetaErrorClass::WindowClosed << u"10/2018278"_qs << u"ok"_qs;
        QTest::newRow("window instagram") << 400 << QByteArray("{\"message\":\"outside window\",\"code\":10,\"error_subcode\":2534022}")
                                          << NetError::Platform << MetaErrorClass::WindowClosed << u"10/2534022"_qs << u"ok"_qs;
        for (int code : { 4, 17, 32, 613, 341 })
            QTest::addRow("rate %d", code) << 400 << QByteArray("{\"message\":\"limit\",\"code\":" + QByteArray::number(code) + "}")
                                           << NetError::RateLimited << MetaErrorClass::RateLimited << QString::number(code) << u"rate_limited"_qs;
        QTest::newRow("1 unknown") << 500 << QByteArray("{\"message\":\"An unknown error has occurred.\",\"code\":1}")
                                   << NetError::Server << MetaErrorClass::Transient << u"1"_qs << u"ok"_qs;
        QTest::newRow("2 unavailable") << 503 << QByteArray("{\"message\":\"Service temporarily unavailable\",\"code\":2}")
                                       << NetError::Server << MetaErrorClass::Transient << u"2"_qs << u"ok"_qs;
        QTest::newRow("100 param") << 400 << QByteArray("{\"message\":\"(#100) Invalid parameter\",\"code\":100}")
                                   << NetError::BadRequest << MetaErrorClass::InvalidRequest << u"100"_qs << u"ok"_qs;
        QTest::newRow("no user") << 400 << QByteArray("{\"message\":\"No matching user found\",\"code\":100,\"error_subcode\":2018001}")
                                 << NetError::Platform << MetaErrorClass::RecipientUnavailable << u"100/2018001"_qs << u"ok"_qs;
        QTest::newRow("551 unavailable") << 400 << QByteArray("{\"message\":\"This person is not available right now.\",\"code\":551,\"error_subcode\":1545041}")
                                         << NetError::Platform << MetaErrorClass::RecipientUnavailable << u"551/1545041"_qs << u"ok"_qs;
        QTest::newRow("368 blocked") << 400 << QByteArray("{\"message\":\"blocked\",\"code\":368}")
                                     << NetError::Platform << MetaErrorClass::PolicyBlocked << u"368"_qs << u"ok"_qs;
        QTest::newRow("1/99 permission") << 400 << QByteArray("{\"message\":\"x\",\"code\":1,\"error_subcode\":99}")
                                         << NetError::Forbidden << MetaErrorClass::PermissionMissing << u"1/99"_qs << u"permission_missing"_qs;
    }

    void errors()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, error);
        QFETCH(NetError, kind);
        QFETCH(MetaErrorClass, cls);
        QFETCH(QString, code);
        QFETCH(QString, state);
        const std::optional<sd::net::NetFailure> f = MetaErrors::classify(graphError(http, error));
        QVERIFY(f);
        QCOMPARE(f->kind, kind);
        QCOMPARE(f->platformCode, code);
        QCOMPARE(MetaErrors::classOf(*f), cls);
        QCOMPARE(MetaErrors::stateName(MetaErrors::connectionStateFor(*f)), state);
        QVERIFY(!MetaErrors::explain(*f).isEmpty());
        QVERIFY(!f->platformMessage.isEmpty());
    }

    void successAndBareStatuses()
    {
        sd::net::HttpResponse ok;
        ok.status = 200;
        ok.json = QJsonDocument::fromJson("{\"data\":[]}");
        QVERIFY(!MetaErrors::classify(ok));
        sd::net::HttpResponse proxy;
        proxy.status = 502;
        proxy.body = "<html>Bad gateway</html>";
        QVERIFY(!MetaErrors::classify(proxy)); // the status mapping of the job layer decides
        QCOMPARE(MetaErrors::classOf(sd::net::NetFailure::make(NetError::Server, {}, 502)), MetaErrorClass::Transient);
        QCOMPARE(MetaErrors::classOf(sd::net::NetFailure::make(NetError::Malformed)), MetaErrorClass::Malformed);
        QCOMPARE(MetaErrors::classOf(sd::net::NetFailure::make(NetError::ConnectionLost)), MetaErrorClass::Network);
    }

    void usageHeaders_data()
    {
        QTest::addColumn<QByteArray>("app");
        QTest::addColumn<QByteArray>("buc");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("none") << QByteArray() << QByteArray() << 0 << qint64(0);
        QTest::newRow("low") << QByteArray("{\"call_count\":12,\"total_cputime\":3,\"total_time\":5}") << QByteArray() << 12 << qint64(0);
        QTest::newRow("app 85") << QByteArray("{\"call_count\":85,\"total_cputime\":3,\"total_time\":5}") << QByteArray() << 85 << qint64(2000);
        QTest::newRow("buc 96") << QByteArray() << QByteArray("{\"1122\":[{\"type\":\"messenger\",\"call_count\":20,\"total_cputime\":96,\"total_time\":10,\"estimated_time_to_regain_access\":0}]}")
                                << 96 << qint64(30000);
        QTest::newRow("regain") << QByteArray() << QByteArray("{\"1122\":[{\"type\":\"messenger\",\"call_count\":100,\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":3}]}")
                                << 100 << qint64(180000);
        QTest::newRow("garbage") << QByteArray("not json") << QByteArray("[1,2") << 0 << qint64(0);
    }

    void usageHeaders()
    {
        QFETCH(QByteArray, app);
        QFETCH(QByteArray, buc);
        QFETCH(int, percent);
        QFETCH(qint64, delayMs);
        sd::net::HttpResponse r;
        r.status = 200;
        if (!app.isEmpty())
            r.headers.append({ "X-App-Usage", app });
        if (!buc.isEmpty())
            r.headers.append({ "X-Business-Use-Case-Usage", buc });
        const MetaUsage u = MetaErrors::usage(r);
        QCOMPARE(u.maxPercent, percent);
        QCOMPARE(qint64(MetaErrors::throttleDelay(u).count()), delayMs);
    }

    void rateLimitWaitComesFromTheHeader()
    {
        const auto f = MetaErrors::classify(graphError(400, "{\"message\":\"limit\",\"code\":613}",
            { { "X-Business-Use-Case-Usage", "{\"1122\":[{\"call_count\":100,\"estimated_time_to_regain_access\":2}]}" } }));
        QVERIFY(f);
        QCOMPARE(f->kind, NetError::RateLimited);
        QCOMPARE(f->retryAfter.value_or(std::chrono::milliseconds(0)).count(), 120000);
    }
};

QTEST_GUILESS_MAIN(TestMetaMapper)
#include "tst_metamapper.moc"
