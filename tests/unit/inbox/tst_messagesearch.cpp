// Search across all messages (core/inbox/messagesearch) on a real migrated store: Turkish folding (cagri finds
// Çağrı, ISTANBUL finds İstanbul, igdir finds Iğdır), prefixes, the hit's conversation, removed messages
// skipped, paging with hasMore; the snippet's HTML is escaped (a message's markup stays text); the folded
// occurrences the find bar uses, as a table.
#include "inbox/messagesearch.h"
#include "inboxseed.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::inbox;
using namespace sd::store::testutil;

using Ranges = QList<TextRange>;
Q_DECLARE_METATYPE(Ranges)

class TestMessageSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    QStringList ids(const QString &query)
    {
        Result<MessageHitPage> page = MessageSearch::search(*m_db, query, 50);
        if (!page)
            return {u"error: "_qs + page.error().message};
        QStringList out;
        for (const MessageHit &h : page->hits)
            out << h.messageId;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openMigrated(m_dir.filePath(u"search.db"_qs));
        QVERIFY(m_db);
        QVERIFY(seedWorkspace(*m_db).ok());
        QVERIFY(testseed::seedInbox(*m_db).ok());
    }

    void turkishFolding_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ascii finds Çağrı") << u"cagri"_qs << QStringList{u"m-a2"_qs, u"m-a3"_qs, u"m-a4"_qs};
        QTest::newRow("upper Turkish") << u"ÇAĞRI"_qs << QStringList{u"m-a2"_qs, u"m-a3"_qs, u"m-a4"_qs};
        QTest::newRow("prefix") << u"sipar"_qs << QStringList{u"m-a1"_qs};
        QTest::newRow("ISTANBUL finds İstanbul") << u"ISTANBUL"_qs << QStringList{u"m-b1"_qs};
        QTest::newRow("dotless ı") << u"igdir"_qs << QStringList{u"m-c1"_qs};
        QTest::newRow("two words, both required") << u"cagri merk"_qs << QStringList{u"m-a4"_qs};
        QTest::newRow("no hit") << u"zzzyok"_qs << QStringList{};
        QTest::newRow("syntax is text") << u"\"NEAR( OR *"_qs << QStringList{};
        QTest::newRow("markup words are words") << u"b"_qs << QStringList{u"m-a2"_qs, u"m-a3"_qs}; // <b>, Bey
    }
    void turkishFolding()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(query), expected);
    }

    void hitCarriesConversationAndHighlights()
    {
        Result<MessageHitPage> page = MessageSearch::search(*m_db, u"istanbul"_qs, 10);
        QVERIFY(page);
        QCOMPARE(page->hits.size(), 1);
        const MessageHit &h = page->hits.first();
        QCOMPARE(h.conversationId, u"conv-b"_qs);
        QCOMPARE(h.conversationName, u"İsmail Işık"_qs);
        QCOMPARE(h.channel, u"instagram"_qs);
        QVERIFY(!h.outgoing);
        QCOMPARE(h.sentAt, testseed::kT0 + 3 * 3600 * 1000);
        QCOMPARE(h.highlights.size(), 1);
        QCOMPARE(h.snippet.mid(h.highlights.first().first, h.highlights.first().second), u"İstanbul"_qs);
    }

    void removedMessagesAreSkipped()
    {
        QVERIFY(m_db->exec(u"UPDATE messages SET unsent = 1 WHERE id = 'm-c1'"_qs).ok());
        QCOMPARE(ids(u"igdir"_qs), QStringList{});
        QVERIFY(m_db->exec(u"UPDATE messages SET unsent = 0 WHERE id = 'm-c1'"_qs).ok());
        QCOMPARE(ids(u"igdir"_qs), QStringList{u"m-c1"_qs});
    }

    void pages()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(testseed::message(*m_db, u"bulk-%1"_qs.arg(i), u"conv-d"_qs, false,
                        u"Kargom ne zaman gelir? %1"_qs.arg(i), testseed::kT0 + i)
                        .ok());
        QStringList seen;
        int offset = 0;
        for (int guard = 0; guard < 10; ++guard) {
            Result<MessageHitPage> page = MessageSearch::search(*m_db, u"karg"_qs, 10, offset);
            QVERIFY(page);
            for (const MessageHit &h : page->hits)
                seen << h.messageId;
            offset += 10;
            if (!page->hasMore)
                break;
            QCOMPARE(page->hits.size(), 10);
        }
        // 25 bulk messages, m-a2 ("Kargoya") and m-c1 ("kargo"), each once.
        QCOMPARE(seen.size(), 27);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 27);
    }

    void highlightedHtmlEscapes()
    {
        // The message's own markup stays text; only our <b> marks the hit.
        const QString text = u"Teşekkürler! <b>ÇAĞRI</b> & co."_qs;
        const qsizetype at = text.indexOf(u"ÇAĞRI");
        QCOMPARE(MessageSearch::highlightedHtml(text, {{at, 5}}),
            u"Teşekkürler! &lt;b&gt;<b>ÇAĞRI</b>&lt;/b&gt; &amp; co."_qs);
        QCOMPARE(MessageSearch::highlightedHtml(u"<script>x</script>"_qs, {}), u"&lt;script&gt;x&lt;/script&gt;"_qs);
        // Ranges out of order, overlapping or out of bounds do not break the text.
        QCOMPARE(MessageSearch::highlightedHtml(u"abcdef"_qs, {{4, 10}, {0, 2}, {1, 2}}),
            u"<b>ab</b><b>c</b>d<b>ef</b>"_qs);
        QCOMPARE(MessageSearch::highlightedHtml(u"a\"b"_qs, {{1, 1}}, u"#ff0"_qs),
            u"a<b style=\"background-color:#ff0\">&quot;</b>b"_qs);
    }

    void foldedOccurrences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<Ranges>("expected");
        QTest::newRow("ascii query, Turkish text") << u"Merhaba Çağrı, ÇAĞRI!"_qs << u"cagri"_qs
                                                   << Ranges{{8, 5}, {15, 5}};
        QTest::newRow("İ and ı") << u"İstanbul ve ıspanak, Işık"_qs << u"is"_qs << Ranges{{0, 2}, {12, 2}, {21, 2}};
        QTest::newRow("query with Turkish letters") << u"igdir Iğdır"_qs << u"IĞDIR"_qs << Ranges{{0, 5}, {6, 5}};
        QTest::newRow("two words") << u"kargo ne zaman"_qs << u"zaman kargo"_qs << Ranges{{0, 5}, {9, 5}};
        QTest::newRow("overlaps merged") << u"aaaa"_qs << u"aa"_qs << Ranges{{0, 4}};
        QTest::newRow("decomposed accent stripped") << u"Café crème"_qs << u"cafe"_qs << Ranges{{0, 4}};
        QTest::newRow("emoji kept in place") << u"😀 çay 😀 ÇAY"_qs << u"cay"_qs << Ranges{{3, 3}, {10, 3}};
        QTest::newRow("empty query") << u"abc"_qs << u"  "_qs << Ranges{};
        QTest::newRow("no hit") << u"abc"_qs << u"x"_qs << Ranges{};
    }
    void foldedOccurrences()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(Ranges, expected);
        QCOMPARE(MessageSearch::foldedOccurrences(text, query), expected);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_messagesearch.moc"
