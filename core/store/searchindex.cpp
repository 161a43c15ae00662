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

    QString sql = u"SELECT kind, ref_id, parent_id, snippet(search_fts, 0, ?2, ?3, '…', 12),"
                  u" bm25(search_fts, 1.0, 0.4) AS score"
                  u" FROM search_fts WHERE search_fts MATCH ?1"_qs;
    if (!query.kinds.isEmpty()) {
        QStringList kinds;
        for (const SearchKind kind : query.kinds)
            kinds.append(QString::number(int(kind)));
        sql += u" AND kind IN (" % kinds.join(u',') % u")";
    }
    if (!query.workspaceId.isEmpty())
        sql += u" AND workspace_id = ?6"_qs;
    sql += u" ORDER BY score, rowid LIMIT ?4 OFFSET ?5"_qs;

    Result<Statement *> stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    Status bound = s.bindAll(match, QString(kOpenMark), QString(kCloseMark), query.limit + 1, qMax(0, query.offset));
    if (bound && !query.workspaceId.isEmpty())
        bound = s.bind(6, query.workspaceId);
    if (!bound)
        return bound.error();
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
        hit.kind = static_cast<SearchKind>(s.int32(0));
        hit.id = s.text(1);
        hit.parentId = s.text(2);
        parseSnippet(s.text(3), hit);
        hit.score = s.real(4);
        page.hits.append(std::move(hit));
    }
    s.reset();
    return page;
}

Status SearchIndex::rebuild(Database &db)
{
    // search_fts keeps the original text, so its index can be rebuilt with the current tokenizer.
    return db.exec(u"INSERT INTO search_fts(search_fts) VALUES ('rebuild')"_qs);
}

} // namespace sd::store
