// Search: Turkish folding, prefixes, phones, ranking, paging, snippets of the original text, and user input
// that looks like FTS5 syntax.
#include "storetestutil.h"

#include "store/foldtokenizer.h"
#include "store/searchindex.h"

#include <QSet>

#include <sqlite3.h>
#include <QTest>

using namespace sd::store;
using namespace sd::store::testutil;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = openMigrated(u":memory:"_qs);
        QVERIFY(m_db);
        QVERIFY(seedWorkspace(*m_db).ok());
        const QString ws = kWorkspace;
        const QString conn = kConnection;
        QVERIFY(m_db->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, created_at,"
                           u" updated_at) VALUES ('c1', '"_qs
                           % ws % u"', '" % conn % u"', 'x-c1', 1, 1)")
                        .ok());
        insertMessage(u"m1"_qs, u"Kargonuz İSTANBUL'a çıktı"_qs);
        insertMessage(u"m2"_qs, u"Sipariş numaranız hazır"_qs);
        insertMessage(u"m3"_qs, u"Paketiniz IĞDIR şubesine ulaştı"_qs);
        insertMessage(u"m4"_qs, u"istanbul deposundan gönderildi"_qs);
        insertMessage(u"m5"_qs, u"Teşekkürler, iyi günler"_qs);
        QVERIFY(m_db->exec(
                        u"INSERT INTO customers(id, workspace_id, display_name, created_at, updated_at) VALUES"
                        u" ('cu1', '"_qs
                        % ws % u"', 'Çağrı Yıldız', 1, 1), ('cu2', '" % ws
                        % u"', 'Zeynep Demir', 1, 1);"
                          u"INSERT INTO customer_identities(id, workspace_id, customer_id, kind, value, updated_at)"
                          u" VALUES ('ih', '"
                        % ws % u"', 'cu1', 'handle', '@cagri.yildiz', 1), ('ip', '" % ws
                        % u"', 'cu2', 'phone', '+905321234567', 1), ('ie', '" % ws
                        % u"', 'cu1', 'email', 'cagri@example.com', 1);"
                          u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number, customer_id,"
                          u" status, total_minor, currency, ordered_at, shipping_name, shipping_city, updated_at)"
                          u" VALUES ('o1', '"
                        % ws % u"', '" % conn
                        % u"', 'x-o1', 'TY-100200300', 'cu2', 'created', 45000, 'TRY', 1, 'Zeynep Demir',"
                          u" 'ISTANBUL', 1);"
                          u"INSERT INTO products(id, workspace_id, title, sku, updated_at) VALUES ('p1', '"
                        % ws % u"', 'Istanbul Kahvesi 250 g', 'KHV-250', 1)")
                    .ok());
    }

    void cleanupTestCase() { m_db.reset(); }

    void turkishQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList istanbul{u"m1"_qs, u"m4"_qs, u"o1"_qs, u"p1"_qs};
        QTest::newRow("istanbul") << u"istanbul"_qs << istanbul;
        QTest::newRow("İSTANBUL") << u"İSTANBUL"_qs << istanbul;
        QTest::newRow("ISTANBUL") << u"ISTANBUL"_qs << istanbul;
        QTest::newRow("Istanbul") << u"Istanbul"_qs << istanbul;
        QTest::newRow("ıstanbul") << u"ıstanbul"_qs << istanbul;
        QTest::newRow("ığdır") << u"ığdır"_qs << QStringList{u"m3"_qs};
        QTest::newRow("IĞDIR") << u"IĞDIR"_qs << QStringList{u"m3"_qs};
        QTest::newRow("igdir") << u"igdir"_qs << QStringList{u"m3"_qs};
        QTest::newRow("cagri") << u"cagri"_qs << QStringList{u"cu1"_qs, u"ih"_qs, u"ie"_qs};
        QTest::newRow("ÇAĞRI") << u"ÇAĞRI"_qs << QStringList{u"cu1"_qs, u"ih"_qs, u"ie"_qs};
        QTest::newRow("prefix sipar") << u"sipar"_qs << QStringList{u"m2"_qs};
        QTest::newRow("two prefixes") << u"siparis numara"_qs << QStringList{u"m2"_qs};
        QTest::newRow("all words required") << u"sipariş istanbul"_qs << QStringList{};
        QTest::newRow("tesekkur") << u"tesekkur"_qs << QStringList{u"m5"_qs};
        QTest::newRow("order number") << u"100200"_qs << QStringList{u"o1"_qs};
        QTest::newRow("order number with prefix") << u"TY-100200300"_qs << QStringList{u"o1"_qs};
        QTest::newRow("sku") << u"khv"_qs << QStringList{u"p1"_qs};
        QTest::newRow("customer name") << u"zeynep"_qs << QStringList{u"cu2"_qs, u"o1"_qs};
        QTest::newRow("phone national") << u"0532 123 45 67"_qs << QStringList{u"ip"_qs};
        QTest::newRow("phone international") << u"+90 532 123 4567"_qs << QStringList{u"ip"_qs};
        QTest::newRow("phone digits") << u"5321234567"_qs << QStringList{u"ip"_qs};
        QTest::newRow("email") << u"cagri@example"_qs << QStringList{u"ie"_qs};
        QTest::newRow("nothing") << u"ankara"_qs << QStringList{};
    }

    void turkishQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(idsFor(query), QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void userSyntaxIsNeverAnError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("findsIstanbul");
        QTest::newRow("quote") << u"\""_qs << false;
        QTest::newRow("quoted word") << u"\"istanbul\""_qs << true;
        QTest::newRow("unbalanced quote") << u"istanbul\""_qs << true;
        QTest::newRow("star") << u"*"_qs << false;
        QTest::newRow("star word") << u"istan*"_qs << true;
        QTest::newRow("minus") << u"-istanbul"_qs << true;
        QTest::newRow("NEAR") << u"NEAR(istanbul kargo)"_qs << false;
        QTest::newRow("NEAR alone") << u"NEAR"_qs << false;
        QTest::newRow("parentheses") << u"(istanbul"_qs << true;
        QTest::newRow("closing parenthesis") << u")"_qs << false;
        QTest::newRow("AND OR NOT") << u"istanbul AND OR NOT"_qs << false;
        QTest::newRow("column filter") << u"text:istanbul"_qs << false;
        QTest::newRow("caret") << u"^istanbul"_qs << true;
        QTest::newRow("braces") << u"{text aux}: istanbul"_qs << false;
        QTest::newRow("plus") << u"istanbul + "_qs << true;
        QTest::newRow("apostrophe") << u"İstanbul'a"_qs << true;
        QTest::newRow("backslash") << u"\\"_qs << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"   "_qs << false;
        QTest::newRow("emoji") << u"🙂 istanbul"_qs << true;
        QTest::newRow("sql") << u"'; DROP TABLE messages; --"_qs << false;
    }

    void userSyntaxIsNeverAnError()
    {
        QFETCH(QString, query);
        QFETCH(bool, findsIstanbul);
        SearchQuery q;
        q.text = query;
        auto page = SearchIndex::search(*m_db, q);
        QVERIFY2(page.ok(), page ? "" : qPrintable(page.error().message));
        bool found = false;
        for (const SearchHit &hit : page->hits)
            found = found || hit.id == u"m1";
        QCOMPARE(found, findsIstanbul);
    }

    void snippetShowsOriginalText()
    {
        SearchQuery q;
        q.text = u"istanbul"_qs;
        q.kinds = {SearchKind::Message};
        auto page = SearchIndex::search(*m_db, q);
        QVERIFY(page.ok());
        QCOMPARE(page->hits.size(), 2);
        for (const SearchHit &hit : page->hits) {
            QCOMPARE(hit.kind, SearchKind::Message);
            QCOMPARE(hit.parentId, u"c1"_qs);
            QCOMPARE(hit.highlights.size(), 1);
            const QString marked = hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second);
            if (hit.id == u"m1") {
                QCOMPARE(hit.snippet, u"Kargonuz İSTANBUL'a çıktı"_qs);
                QCOMPARE(marked, u"İSTANBUL"_qs);
            } else {
                QCOMPARE(marked, u"istanbul"_qs);
            }
        }
        // Identities report their customer.
        q.text = u"@cagri"_qs;
        q.kinds = {SearchKind::CustomerIdentity};
        page = SearchIndex::search(*m_db, q);
        QVERIFY(page.ok());
        QCOMPARE(page->hits.size(), 2);
        QCOMPARE(page->hits[0].parentId, u"cu1"_qs);
    }

    void rankedByRelevance()
    {
        insertMessage(u"r1"_qs, u"kargo kargo kargo"_qs);
        insertMessage(u"r2"_qs, u"bugün hava güzel, akşam belki kargo gelir, yarın da bakarız, iyi akşamlar dilerim"_qs);
        SearchQuery q;
        q.text = u"kargo"_qs;
        q.kinds = {SearchKind::Message};
        auto page = SearchIndex::search(*m_db, q);
        QVERIFY(page.ok());
        QVERIFY(page->hits.size() >= 2);
        QCOMPARE(page->hits[0].id, u"r1"_qs);
        for (qsizetype i = 1; i < page->hits.size(); ++i)
            QVERIFY(page->hits[i - 1].score <= page->hits[i].score);
        QVERIFY(m_db->exec(u"DELETE FROM messages WHERE id IN ('r1', 'r2')"_qs).ok());
    }

    void paged()
    {
        for (int i = 0; i < 25; ++i)
            insertMessage(u"page-%1"_qs.arg(i), u"Hediye paketi %1"_qs.arg(i));
        QSet<QString> seen;
        SearchQuery q;
        q.text = u"hediye"_qs;
        q.limit = 10;
        for (int pageNo = 0; pageNo < 3; ++pageNo) {
            q.offset = pageNo * 10;
            auto page = SearchIndex::search(*m_db, q);
            QVERIFY(page.ok());
            QCOMPARE(page->hits.size(), pageNo < 2 ? 10 : 5);
            QCOMPARE(page->hasMore, pageNo < 2);
            for (const SearchHit &hit : page->hits)
                seen.insert(hit.id);
        }
        QCOMPARE(seen.size(), 25);
        QVERIFY(m_db->exec(u"DELETE FROM messages WHERE id LIKE 'page-%'"_qs).ok());
    }

    void indexFollowsEditsAndTombstones()
    {
        insertMessage(u"e1"_qs, u"Kırmızı kazak"_qs);
        QCOMPARE(idsFor(u"kirmizi"_qs), QSet<QString>{u"e1"_qs});
        QVERIFY(m_db->exec(u"UPDATE messages SET body = 'Mavi kazak' WHERE id = 'e1'"_qs).ok());
        QCOMPARE(idsFor(u"kirmizi"_qs), QSet<QString>{});
        QCOMPARE(idsFor(u"mavi"_qs), QSet<QString>{u"e1"_qs});
        QVERIFY(m_db->exec(u"UPDATE messages SET deleted = 1 WHERE id = 'e1'"_qs).ok());
        QCOMPARE(idsFor(u"mavi"_qs), QSet<QString>{});
        QVERIFY(m_db->exec(u"UPDATE messages SET deleted = 0 WHERE id = 'e1'"_qs).ok());
        QCOMPARE(idsFor(u"mavi"_qs), QSet<QString>{u"e1"_qs});
        QVERIFY(m_db->exec(u"DELETE FROM messages WHERE id = 'e1'"_qs).ok());
        QCOMPARE(idsFor(u"mavi"_qs), QSet<QString>{});
        QVERIFY(SearchIndex::rebuild(*m_db).ok());
        QCOMPARE(idsFor(u"istanbul"_qs).size(), 4);
        QCOMPARE(*m_db->queryText(u"INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"_qs),
                 QString());
    }

    void invalidUtf8IsIndexedWithoutHarm()
    {
        // Platforms send broken text now and then; it must neither crash the tokenizer nor hide the valid words.
        auto stmt = m_db->prepare(u"INSERT INTO messages(id, workspace_id, connection_id, external_id,"
                                  u" conversation_id, direction, body, sent_at, updated_at)"
                                  u" VALUES ('bad', ?1, ?2, 'bad', 'c1', 'in', ?3, 1, 1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bindAll(kWorkspace, kConnection).ok());
        const char body[] = "\xff\xfe kargo\xc3 \xe2\x82 yol\xf0\x9f\x99 \xc4\xb0" "ade";
        QCOMPARE(sqlite3_bind_text(stmt->handle(), 3, body, int(sizeof(body) - 1), SQLITE_STATIC), SQLITE_OK);
        QVERIFY(stmt->exec().ok());
        QVERIFY(idsFor(u"kargo"_qs).contains(u"bad"_qs));
        QVERIFY(idsFor(u"iade"_qs).contains(u"bad"_qs));
        QVERIFY(m_db->exec(u"DELETE FROM messages WHERE id = 'bad'"_qs).ok());
        QVERIFY(!idsFor(u"kargo"_qs).contains(u"bad"_qs));
    }

    void foldedWordsSplitLikeTheIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("turkish") << u"İSTANBUL'a Çağrı"_qs << QStringList{u"istanbul"_qs, u"a"_qs, u"cagri"_qs};
        QTest::newRow("punctuation") << u"TY-100, @ayse.k"_qs
                                     << QStringList{u"ty"_qs, u"100"_qs, u"ayse"_qs, u"k"_qs};
        QTest::newRow("combining mark") << u"Cafe\u0301 noir"_qs << QStringList{u"cafe"_qs, u"noir"_qs};
        QTest::newRow("emoji") << u"a🙂b"_qs << QStringList{u"a"_qs, u"b"_qs};
        QTest::newRow("syntax only") << u"\"*()-:^"_qs << QStringList{};
    }

    void foldedWordsSplitLikeTheIndex()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(foldedWords(text), words);
    }

private:
    void insertMessage(const QString &id, const QString &body)
    {
        auto stmt = m_db->prepare(u"INSERT INTO messages(id, workspace_id, connection_id, external_id,"
                                  u" conversation_id, direction, body, sent_at, updated_at)"
                                  u" VALUES (?1, ?2, ?3, ?1, 'c1', 'in', ?4, 1, 1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bindAll(id, kWorkspace, kConnection, body).ok());
        const sd::Status s = stmt->exec();
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
    }

    QSet<QString> idsFor(const QString &text)
    {
        SearchQuery q;
        q.text = text;
        q.limit = 100;
        auto page = SearchIndex::search(*m_db, q);
        if (!page) {
            qWarning() << page.error().message;
            return {u"<error>"_qs};
        }
        QSet<QString> ids;
        for (const SearchHit &hit : page->hits)
            ids.insert(hit.id);
        return ids;
    }

    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
