// Customer ↔ order matching (core/inbox/customermatch, rules in core/inbox/README.md): phone normalisation,
// emails, Turkish-folded name keys and extraction from message text as data-driven tables; the rules over
// in-memory candidates as a table (phone/email/name, stored vs written in a message, ambiguous names, no match);
// then profile() and matchedOrders() on a real migrated store (tests/unit/inbox/inboxseed.h).
#include "inbox/customermatch.h"
#include "inboxseed.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::inbox;
using namespace sd::store::testutil;

Q_DECLARE_METATYPE(sd::inbox::MatchSubject)
Q_DECLARE_METATYPE(QList<sd::inbox::OrderCandidate>)

namespace {

QString describe(const QList<OrderMatch> &matches)
{
    QStringList out;
    for (const OrderMatch &m : matches) {
        const char *rule = m.rule == MatchRule::Linked ? "linked"
                           : m.rule == MatchRule::Phone ? "phone"
                           : m.rule == MatchRule::Email ? "email"
                                                        : "name";
        out << u"%1:%2:%3:%4"_qs.arg(m.orderId, QLatin1String(rule),
            m.strength == MatchStrength::Confirmed ? u"confirmed"_qs : u"possible"_qs)
                   .arg(m.confidence);
    }
    return out.join(u' ');
}

OrderCandidate cand(const QString &id, const QStringList &names, const QStringList &phones = {},
    const QStringList &emails = {}, const QString &customerId = {})
{
    return {id, customerId, names, phones, emails};
}

} // namespace

class TestCustomerMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizePhone_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national with 0") << u"0532 123 45 67"_qs << u"+905321234567"_qs;
        QTest::newRow("national compact") << u"05321234567"_qs << u"+905321234567"_qs;
        QTest::newRow("+90 spaced") << u"+90 532 123 45 67"_qs << u"+905321234567"_qs;
        QTest::newRow("+90 parentheses dashes") << u"+90 (532) 123-45-67"_qs << u"+905321234567"_qs;
        QTest::newRow("+90 with national 0") << u"+90 (0532) 123 45 67"_qs << u"+905321234567"_qs;
        QTest::newRow("90 without plus") << u"905321234567"_qs << u"+905321234567"_qs;
        QTest::newRow("0090") << u"0090 532 123 4567"_qs << u"+905321234567"_qs;
        QTest::newRow("mobile without 0") << u"532 123 45 67"_qs << u"+905321234567"_qs;
        QTest::newRow("istanbul landline") << u"(0212) 555 12 34"_qs << u"+902125551234"_qs;
        QTest::newRow("dots and slash") << u"0532.123.45/67"_qs << u"+905321234567"_qs;
        QTest::newRow("german") << u"+49 30 1234567"_qs << u"+49301234567"_qs;
        QTest::newRow("german 00") << u"0049 30 1234567"_qs << u"+49301234567"_qs;
        QTest::newRow("surrounding space") << u"  0532 123 45 67 "_qs << u"+905321234567"_qs;
        QTest::newRow("too short") << u"0532 123"_qs << QString();
        QTest::newRow("turkish too long") << u"+90 532 123 45 678"_qs << QString();
        QTest::newRow("letters") << u"0532 ABC 45 67"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plus in the middle") << u"0532+1234567"_qs << QString();
        QTest::newRow("10 digits starting 1") << u"1234567890"_qs << QString();
        QTest::newRow("arabic-indic digits") << u"٠٥٣٢١٢٣٤٥٦٧"_qs << QString();
        QTest::newRow("country code 0") << u"+0532 123 45 67"_qs << QString();
        QTest::newRow("too many digits") << u"+1234567890123456"_qs << QString();
    }
    void normalizePhone()
    {
        QFETCH(QString, raw);
        QFETCH(QString, e164);
        QCOMPARE(CustomerMatcher::normalizePhone(raw), e164);
    }

    void normalizeEmail_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("email");
        QTest::newRow("lower") << u"ayse@example.com"_qs << u"ayse@example.com"_qs;
        QTest::newRow("upper and spaces") << u"  AYSE.Kaya@Example.COM "_qs << u"ayse.kaya@example.com"_qs;
        QTest::newRow("no at") << u"ayse.example.com"_qs << QString();
        QTest::newRow("two ats") << u"a@b@example.com"_qs << QString();
        QTest::newRow("no dot in domain") << u"ayse@localhost"_qs << QString();
        QTest::newRow("space inside") << u"ay se@example.com"_qs << QString();
        QTest::newRow("empty local") << u"@example.com"_qs << QString();
        QTest::newRow("trailing dot") << u"ayse@example."_qs << QString();
    }
    void normalizeEmail()
    {
        QFETCH(QString, raw);
        QFETCH(QString, email);
        QCOMPARE(CustomerMatcher::normalizeEmail(raw), email);
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("turkish letters") << u"Çağrı Yıldız"_qs << u"cagri yildiz"_qs;
        QTest::newRow("capital İ and I") << u"İSMAİL IŞIK"_qs << u"ismail isik"_qs;
        QTest::newRow("dotless ı lower") << u"ismail ışık"_qs << u"ismail isik"_qs;
        QTest::newRow("Ğ Ü Ö Ş") << u"ĞÜLŞEN ÖZTÜRK"_qs << u"gulsen ozturk"_qs;
        QTest::newRow("extra spaces") << u"  Ayşe   Kaya "_qs << u"ayse kaya"_qs;
        QTest::newRow("three words") << u"Ali Rıza Çelik"_qs << u"ali riza celik"_qs;
        QTest::newRow("apostrophe joins") << u"Seán O'Neil"_qs << u"sean oneil"_qs;
        QTest::newRow("hyphen splits") << u"Ayşe Kaya-Demir"_qs << u"ayse kaya demir"_qs;
        QTest::newRow("one word") << u"Çağrı"_qs << QString();
        QTest::newRow("initial only") << u"Ç. Yıldız"_qs << QString();
        QTest::newRow("handle") << u"@cagri.y"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("emoji around") << u"🌸 Ayşe Kaya 🌸"_qs << u"ayse kaya"_qs;
    }
    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(CustomerMatcher::nameKey(name), key);
    }

    void contactsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("phones");
        QTest::addColumn<QStringList>("emails");
        QTest::newRow("turkish sentence") << u"Numaram 0532 123 45 67, mailim Ayse@Example.com."_qs
                                          << QStringList{u"+905321234567"_qs} << QStringList{u"ayse@example.com"_qs};
        QTest::newRow("international") << u"WhatsApp: +49 30 1234567"_qs << QStringList{u"+49301234567"_qs}
                                       << QStringList{};
        QTest::newRow("mobile without 0") << u"beni 532 123 45 67 den arayın"_qs
                                          << QStringList{u"+905321234567"_qs} << QStringList{};
        QTest::newRow("order number is no phone") << u"sipariş no 3123456789 ve kargo 2123456789"_qs
                                                  << QStringList{} << QStringList{};
        QTest::newRow("two phones, duplicates once")
            << u"0532 123 45 67 veya 05321234567 ya da 0212 555 12 34"_qs
            << QStringList{u"+905321234567"_qs, u"+902125551234"_qs} << QStringList{};
        QTest::newRow("nothing") << u"Merhaba, kargom nerede?"_qs << QStringList{} << QStringList{};
        QTest::newRow("two emails") << u"a.b@x.com.tr; C@Y.org"_qs << QStringList{}
                                    << QStringList{u"a.b@x.com.tr"_qs, u"c@y.org"_qs};
    }
    void contactsInText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, phones);
        QFETCH(QStringList, emails);
        QCOMPARE(CustomerMatcher::phonesInText(text), phones);
        QCOMPARE(CustomerMatcher::emailsInText(text), emails);
    }

    void matchOrders_data()
    {
        QTest::addColumn<MatchSubject>("subject");
        QTest::addColumn<QList<OrderCandidate>>("candidates");
        QTest::addColumn<QString>("expected");

        const ContactValue storedPhone{u"+905321234567"_qs, IdentitySource::Stored};
        const ContactValue textPhone{u"+905321234567"_qs, IdentitySource::MessageText};
        const ContactValue storedEmail{u"ayse@example.com"_qs, IdentitySource::Stored};
        const ContactValue textEmail{u"ayse@example.com"_qs, IdentitySource::MessageText};

        QTest::newRow("phone in any format, stored")
            << MatchSubject{u"c1"_qs, u"Çağrı Yıldız"_qs, {storedPhone}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {u"0532 123 45 67"_qs}),
                   cand(u"o2"_qs, {}, {u"+90 (532) 123-45-67"_qs}), cand(u"o3"_qs, {}, {u"532 123 45 67"_qs}),
                   cand(u"o4"_qs, {}, {u"0533 123 45 67"_qs})}
            << u"o1:phone:confirmed:100 o2:phone:confirmed:100 o3:phone:confirmed:100"_qs;
        QTest::newRow("phone from message text is weaker")
            << MatchSubject{u"c1"_qs, {}, {textPhone}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {QString(), u"05321234567"_qs})}
            << u"o1:phone:confirmed:90"_qs;
        QTest::newRow("stored beats text for the same value")
            << MatchSubject{u"c1"_qs, {}, {textPhone, storedPhone}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {u"05321234567"_qs})} << u"o1:phone:confirmed:100"_qs;
        QTest::newRow("email case-insensitive")
            << MatchSubject{u"c1"_qs, {}, {}, {storedEmail}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {}, {u" AYSE@Example.com "_qs}),
                   cand(u"o2"_qs, {}, {}, {u"ayse@example.org"_qs})}
            << u"o1:email:confirmed:95"_qs;
        QTest::newRow("email from text")
            << MatchSubject{u"c1"_qs, {}, {}, {textEmail}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {}, {u"ayse@example.com"_qs})} << u"o1:email:confirmed:85"_qs;
        QTest::newRow("linked customer row")
            << MatchSubject{u"c1"_qs, {}, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {}, {}, u"c1"_qs), cand(u"o2"_qs, {}, {}, {}, u"c2"_qs)}
            << u"o1:linked:confirmed:100"_qs;
        QTest::newRow("strongest rule wins")
            << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {textPhone}, {storedEmail}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs}, {u"05321234567"_qs}, {u"ayse@example.com"_qs})}
            << u"o1:email:confirmed:95"_qs;
        QTest::newRow("turkish name folded: possible only")
            << MatchSubject{u"c1"_qs, u"İSMAİL IŞIK"_qs, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {QString(), u"ismail ışık"_qs}), cand(u"o2"_qs, {u"Ismail Isik"_qs}),
                   cand(u"o3"_qs, {u"İsmail Işıkçı"_qs})}
            << u"o1:name:possible:50 o2:name:possible:50"_qs;
        QTest::newRow("Ç Ğ name")
            << MatchSubject{u"c1"_qs, u"Çağrı Yıldız"_qs, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"CAGRI YILDIZ"_qs})} << u"o1:name:possible:50"_qs;
        QTest::newRow("name not unique in the workspace")
            << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {}, {}, false}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs})} << QString();
        QTest::newRow("single-word name never matches")
            << MatchSubject{u"c1"_qs, u"Ayşe"_qs, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe"_qs})} << QString();
        QTest::newRow("same name, two buyers with different phones: ambiguous")
            << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs}, {u"05321111111"_qs}),
                   cand(u"o2"_qs, {u"AYŞE KAYA"_qs}, {u"05322222222"_qs})}
            << QString();
        QTest::newRow("same name, same phone twice: still possible")
            << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs}, {u"05321111111"_qs}),
                   cand(u"o2"_qs, {u"AYŞE KAYA"_qs}, {u"+90 532 111 11 11"_qs})}
            << u"o1:name:possible:50 o2:name:possible:50"_qs;
        QTest::newRow("ambiguous name does not touch phone matches")
            << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {storedPhone}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs}, {u"05321234567"_qs}),
                   cand(u"o2"_qs, {u"Ayşe Kaya"_qs}, {u"05321111111"_qs}),
                   cand(u"o3"_qs, {u"Ayşe Kaya"_qs}, {u"05322222222"_qs})}
            << u"o1:phone:confirmed:100"_qs;
        QTest::newRow("no match at all")
            << MatchSubject{u"c1"_qs, u"Mehmet Demir"_qs, {storedPhone}, {storedEmail}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {u"Ayşe Kaya"_qs}, {u"0555 999 88 77"_qs}, {u"x@y.com"_qs})}
            << QString();
        QTest::newRow("invalid order phone is ignored")
            << MatchSubject{u"c1"_qs, {}, {storedPhone}, {}, true}
            << QList<OrderCandidate>{cand(u"o1"_qs, {}, {u"5321234567 dahili 12"_qs})} << QString();
        QTest::newRow("no candidates") << MatchSubject{u"c1"_qs, u"Ayşe Kaya"_qs, {storedPhone}, {}, true}
                                       << QList<OrderCandidate>{} << QString();
    }
    void matchOrders()
    {
        QFETCH(MatchSubject, subject);
        QFETCH(QList<OrderCandidate>, candidates);
        QFETCH(QString, expected);
        QCOMPARE(describe(CustomerMatcher::matchOrders(subject, candidates)), expected);
    }

    void onTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openMigrated(dir.filePath(u"match.db"_qs));
        QVERIFY(db);
        QVERIFY(seedWorkspace(*db).ok());
        const Status seeded = testseed::seedInbox(*db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

        // Çağrı: handle stored, phone written in her own message (not the shop's number in our reply).
        Result<CustomerProfile> a = CustomerMatcher::profile(*db, u"conv-a"_qs);
        QVERIFY(a);
        QCOMPARE(a->name, u"Çağrı Yıldız"_qs);
        QCOMPARE(a->channel, u"instagram"_qs);
        QCOMPARE(a->handles, QStringList{u"@cagri.y"_qs});
        QCOMPARE(a->phones, (QList<ContactValue>{{u"+905321234567"_qs, IdentitySource::MessageText}}));
        QCOMPARE(a->labels, QStringList{u"VIP"_qs});
        QCOMPARE(a->notes.size(), 1);
        QCOMPARE(a->notes.first().body, u"Kapıda ödeme istiyor <i>"_qs);
        Result<QList<OrderMatch>> am = CustomerMatcher::matchedOrders(*db, *a);
        QVERIFY(am);
        QCOMPARE(describe(*am), u"o2:phone:confirmed:90 o1:phone:confirmed:90"_qs); // newest first
        QCOMPARE(am->first().orderNumber, u"TY-1002"_qs);
        QCOMPARE(am->first().currency, u"EUR"_qs);
        QCOMPARE(am->first().totalMinor, qint64(10000));
        QCOMPARE(am->first().unifiedStatus, u"shipped"_qs);
        QCOMPARE(am->first().platform, u"trendyol"_qs);

        // İsmail: stored email (any case on the order) and a possible match by the folded name; the order buyer
        // "İsmail Işık" without a conversation does not make the name ambiguous.
        Result<CustomerProfile> b = CustomerMatcher::profile(*db, u"conv-b"_qs);
        QVERIFY(b);
        QCOMPARE(b->emails, (QList<ContactValue>{{u"ismail@example.com"_qs, IdentitySource::Stored}}));
        Result<QList<OrderMatch>> bm = CustomerMatcher::matchedOrders(*db, *b);
        QVERIFY(bm);
        QCOMPARE(describe(*bm), u"o3:email:confirmed:95 o4:name:possible:50"_qs);

        // Two conversations named Ayşe Kaya: the name decides nothing for either.
        for (const QString &conv : {u"conv-c"_qs, u"conv-d"_qs}) {
            Result<CustomerProfile> p = CustomerMatcher::profile(*db, conv);
            QVERIFY(p);
            Result<QList<OrderMatch>> m = CustomerMatcher::matchedOrders(*db, *p);
            QVERIFY(m);
            QVERIFY2(m->isEmpty(), qPrintable(describe(*m)));
        }

        // A phone stored as an identity gives 100, and a deleted order is never matched.
        QVERIFY(testseed::identity(*db, u"id-a2"_qs, u"cust-a"_qs, u"phone"_qs, u"+905321234567"_qs).ok());
        QVERIFY(db->exec(u"UPDATE orders SET deleted = 1 WHERE id = 'o1'"_qs).ok());
        a = CustomerMatcher::profile(*db, u"conv-a"_qs);
        QVERIFY(a);
        QCOMPARE(a->phones, (QList<ContactValue>{{u"+905321234567"_qs, IdentitySource::Stored}}));
        am = CustomerMatcher::matchedOrders(*db, *a);
        QVERIFY(am);
        QCOMPARE(describe(*am), u"o2:phone:confirmed:100"_qs);

        Result<CustomerProfile> none = CustomerMatcher::profile(*db, u"no-such-conversation"_qs);
        QVERIFY(!none);
    }
};

QTEST_GUILESS_MAIN(TestCustomerMatch)
#include "tst_customermatch.moc"
