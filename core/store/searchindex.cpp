#include "searchindex.h"

#include "database.h"
#include "foldtokenizer.h"
#include "storeerror.h"

namespace sd::store {

namespace {

constexpr int kMaxTerms = 16;
constexpr QChar kOpenMark(0x02);
constexpr QChar kCloseMark(0x03);

// "0532 123 45 67", "+90 (532) 123-4567": one phone number, searched as its digits.
QString phoneDigits(QStringView query)
{
    QString digits;
    for (const QChar c : query) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {};
    }
    return digits.size() >= 4 && query.trimmed().contains(u' ') ? digits : QString();
}

QString rowLookupSql(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Message: return u"SELECT id, conversation_id FROM messages WHERE seq = ?1"_qs;
    case SearchKind::Customer: return u"SELECT id, NULL FROM customers WHERE seq = ?1"_qs;
    case SearchKind::CustomerIdentity: return u"SELECT id, customer_id FROM customer_identities WHERE seq = ?1"_qs;
    case SearchKind::Order: return u"SELECT id, customer_id FROM orders WHERE seq = ?1"_qs;
    case SearchKind::Product: return u"SELECT id, NULL FROM products WHERE seq = ?1"_qs;
    }
    return u"SELECT NULL, NULL WHERE ?1 IS NULL"_qs;
}

void parseSnippet(const QString &marked, SearchHit &hit)
{
    hit.snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == kOpenMark) {
            start = hit.snippet.size();
        } else if (c == kCloseMark) {
            if (start >= 0)
                hit.highlights.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet += c;
        }
    }
}

} // namespace

QString SearchIndex::matchExpression(QStringView userQuery)
{
    QStringList words;
    if (const QString digits = phoneDigits(userQuery); !digits.isEmpty())
        words.append(digits);
    else
        words = foldedWords(userQuery);
    QStringList terms;
    for (const QString &word : std::as_const(words)) {
        if (terms.size() == kMaxTerms)
            break;
        // Words hold letters and digits only; the doubling of quotes is a second line of defence.
        QString escaped = word;
        escaped.replace(u'"', u"\"\""_qs);
        terms.append(u'"' % escaped % u"\"*");
    }
    return terms.join(u' ');
}

Result<SearchPage> SearchIndex::search(Database &db, const SearchQuery &query)
{
    SearchPage page;
    const QString match = matchExpression(query.text);
    if (match.isEmpty() || query.limit <= 0)
        return page;

    // rowid = seq * 8 + kind (see resources/sql/0002_search.sql).
    QString sql = u"SELECT rowid, snippet(search_fts, 0, ?2, ?3, '…', 12), bm25(search_fts, 1.0, 0.4) AS score"
                  u" FROM search_fts WHERE search_fts MATCH ?1"_qs;
    if (!query.kinds.isEmpty()) {
        QStringList kinds;
        for (const SearchKind kind : query.kinds)
            kinds.append(QString::number(int(kind)));
        sql += u" AND (rowid % 8) IN (" % kinds.join(u',') % u")";
    }
    sql += u" ORDER BY score, rowid LIMIT ?4 OFFSET ?5"_qs;

    Result<Statement *> stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    if (Status bound = s.bindAll(match, QString(kOpenMark), QString(kCloseMark), query.limit + 1, qMax(0, query.offset));
        !bound)
        return bound.error();
    QList<qint64> rowids;
    for (;;) {
        Result<bool> row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (page.hits.size() == query.limit) {
            page.hasMore = true;
            break;
        }
        SearchHit hit;
        rowids.append(s.int64(0));
        hit.kind = static_cast<SearchKind>(rowids.last() % 8);
        parseSnippet(s.text(1), hit);
        hit.score = s.real(2);
        page.hits.append(std::move(hit));
    }
    s.reset();

    // Back from index entries to rows: their id and parent, by primary key.
    for (qsizetype i = 0; i < page.hits.size(); ++i) {
        SearchHit &hit = page.hits[i];
        Result<Statement *> lookup = db.cached(rowLookupSql(hit.kind));
        if (!lookup)
            return lookup.error();
        if (Status bound = (*lookup)->bind(1, rowids[i] / 8); !bound)
            return bound.error();
        Result<bool> found = (*lookup)->step();
        if (!found)
            return found.error();
        if (*found) {
            hit.id = (*lookup)->text(0);
            hit.parentId = (*lookup)->text(1);
        }
        (*lookup)->reset();
    }
    return page;
}

Status SearchIndex::rebuild(Database &db)
{
    // search_fts keeps the original text, so its index can be rebuilt with the current tokenizer.
    return db.exec(u"INSERT INTO search_fts(search_fts) VALUES ('rebuild')"_qs);
}

} // namespace sd::store
