// Meta's messaging window and length limits as a table: response inside 24 h, HUMAN_AGENT from 24 h to 7 days
// (only approved, only for a person's reply), blocked otherwise — with the time left and the reason.
#include "connectors/meta/messagingwindow.h"
#include "connectors/meta/metasend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sd::connectors::meta;

namespace {
constexpr qint64 H = 3600LL * 1000;
constexpr qint64 Now = 1795424400000LL;
}

class TestMessagingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data()
    {
        QTest::addColumn<qint64>("ageMs"); // -1: the customer never wrote
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("person");
        QTest::addColumn<ReplyMode>("mode");
        QTest::addColumn<BlockReason>("reason");
        QTest::addColumn<qint64>("timeLeftMs");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("tag");
        const QString R = u"RESPONSE"_qs, T = u"MESSAGE_TAG"_qs, HA = u"HUMAN_AGENT"_qs;
        QTest::newRow("never wrote") << qint64(-1) << true << true << ReplyMode::Blocked << BlockReason::NoCustomerMessage << qint64(0) << R << QString();
        QTest::newRow("just now") << qint64(0) << false << true << ReplyMode::Response << BlockReason::None << 24 * H << R << QString();
        QTest::newRow("future stamp") << qint64(-2) << false << true << ReplyMode::Response << BlockReason::None << 24 * H << R << QString();
        QTest::newRow("1 h") << H << false << true << ReplyMode::Response << BlockReason::None << 23 * H << R << QString();
        QTest::newRow("23:59:59") << 24 * H - 1000 << false << true << ReplyMode::Response << BlockReason::None << qint64(1000) << R << QString();
        QTest::newRow("24 h, not approved") << 24 * H << false << true << ReplyMode::Blocked << BlockReason::WindowClosed << qint64(0) << R << QString();
        QTest::newRow("24 h, approved") << 24 * H << true << true << ReplyMode::HumanAgent << BlockReason::None << 6 * 24 * H << T << HA;
        QTest::newRow("3 d, approved") << 72 * H << true << true << ReplyMode::HumanAgent << BlockReason::None << 4 * 24 * H << T << HA;
        QTest::newRow("3 d, approved, bot") << 72 * H << true << false << ReplyMode::Blocked << BlockReason::WindowClosed << qint64(0) << R << QString();
        QTest::newRow("6 d 23 h, approved") << 167 * H << true << true << ReplyMode::HumanAgent << BlockReason::None << H << T << HA;
        QTest::newRow("7 d, approved") << 168 * H << true << true << ReplyMode::Blocked << BlockReason::HumanAgentExpired << qint64(0) << R << QString();
        QTest::newRow("30 d, not approved") << 720 * H << false << true << ReplyMode::Blocked << BlockReason::HumanAgentExpired << qint64(0) << R << QString();
        QTest::newRow("bot inside 24 h") << 2 * H << false << false << ReplyMode::Response << BlockReason::None << 22 * H << R << QString();
    }

    void window()
    {
        QFETCH(qint64, ageMs);
        QFETCH(bool, approved);
        QFETCH(bool, person);
        QFETCH(ReplyMode, mode);
        QFETCH(BlockReason, reason);
        QFETCH(qint64, timeLeftMs);
        QFETCH(QString, type);
        QFETCH(QString, tag);
        const qint64 last = ageMs == -1 ? 0 : ageMs == -2 ? Now + 5000 : Now - ageMs;
        for (Channel channel : { Channel::Messenger, Channel::Instagram }) {
            const WindowDecision d = MessagingWindow::evaluate({ channel, last, Now, approved, person });
            QCOMPARE(d.mode, mode);
            QCOMPARE(d.reason, reason);
            QCOMPARE(d.timeLeftMs, timeLeftMs);
            QCOMPARE(d.allowed(), mode != ReplyMode::Blocked);
            QCOMPARE(d.messagingType(), type);
            QCOMPARE(d.tag(), tag);
            if (d.allowed())
                QCOMPARE(d.closesAtMs, qMax(last, Now) + timeLeftMs);
            QVERIFY(!MessagingWindow::explain(d).isEmpty());
        }
    }

    void textLimits_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TextProblem>("problem");
        QTest::addColumn<int>("length");
        const QString emoji = u"😊"_qs; // one code point, two UTF-16 units
        QTest::newRow("empty") << Channel::Messenger << QString() << TextProblem::Empty << 0;
        QTest::newRow("spaces") << Channel::Instagram << u"  \n "_qs << TextProblem::Empty << 4;
        QTest::newRow("messenger 2000") << Channel::Messenger << QString(2000, u'a') << TextProblem::None << 2000;
        QTest::newRow("messenger 2001") << Channel::Messenger << QString(2001, u'a') << TextProblem::TooLong << 2001;
        QTest::newRow("messenger 2000 emoji") << Channel::Messenger << emoji.repeated(2000) << TextProblem::None << 2000;
        QTest::newRow("instagram 999") << Channel::Instagram << QString(999, u'ş') << TextProblem::None << 999;
        QTest::newRow("instagram 1000") << Channel::Instagram << QString(1000, u'ş') << TextProblem::TooLong << 1000;
        QTest::newRow("instagram 999 emoji") << Channel::Instagram << emoji.repeated(999) << TextProblem::None << 999;
        QTest::newRow("rtl") << Channel::Instagram << u"مرحبا"_qs << TextProblem::None << 5;
    }

    void textLimits()
    {
        QFETCH(Channel, channel);
        QFETCH(QString, text);
        QFETCH(TextProblem, problem);
        QFETCH(int, length);
        const TextCheck c = MessagingWindow::checkText(channel, text);
        QCOMPARE(c.problem, problem);
        QCOMPARE(c.length, length);
        QCOMPARE(c.limit, channel == Channel::Instagram ? 999 : 2000);
        QCOMPARE(MessagingWindow::explain(c).isEmpty(), problem == TextProblem::None);
    }

    void sendBody()
    {
        MetaOutgoing m;
        m.recipientId = u"6655"_qs;
        m.text = u"Siparişiniz kargoda 🚚"_qs;
        WindowDecision tagged = MessagingWindow::evaluate({ Channel::Messenger, Now - 30 * H, Now, true, true });
        const QJsonObject body = QJsonDocument::fromJson(MetaSend::body(m, tagged)).object();
        QCOMPARE(body.value(u"recipient").toObject().value(u"id").toString(), u"6655"_qs);
        QCOMPARE(body.value(u"messaging_type").toString(), u"MESSAGE_TAG"_qs);
        QCOMPARE(body.value(u"tag").toString(), u"HUMAN_AGENT"_qs);
        QCOMPARE(body.value(u"message").toObject().value(u"text").toString(), m.text);

        m.text.clear();
        m.attachmentUrl = QUrl(u"https://example.com/ürün.jpg"_qs);
        const WindowDecision open = MessagingWindow::evaluate({ Channel::Messenger, Now - H, Now, false, true });
        const QJsonObject image = QJsonDocument::fromJson(MetaSend::body(m, open)).object();
        QCOMPARE(image.value(u"messaging_type").toString(), u"RESPONSE"_qs);
        QVERIFY(!image.contains(u"tag"));
        const QJsonObject attachment = image.value(u"message").toObject().value(u"attachment").toObject();
        QCOMPARE(attachment.value(u"type").toString(), u"image"_qs);
        QCOMPARE(attachment.value(u"payload").toObject().value(u"url").toString(), u"https://example.com/%C3%BCr%C3%BCn.jpg"_qs);
        QVERIFY(attachment.value(u"payload").toObject().value(u"is_reusable").toBool());
        // An attachment needs no text check.
        QVERIFY(MetaSend::check(m, Now, false).text.ok());
    }
};

QTEST_GUILESS_MAIN(TestMessagingWindow)
#include "tst_messagingwindow.moc"
