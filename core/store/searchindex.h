// Full-text search over messages, customers (names, handles, phones, emails), orders and products.
// The index (search_fts, resources/sql/0002_search.sql) holds Turkish-folded words; queries are folded the same
// way, every word is a prefix, results are ranked by bm25 and carry a snippet of the original text.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace sd::store {

class Database;

enum class SearchKind : quint8 {
    Message = 1,
    Customer = 2,
    CustomerIdentity = 3, // a handle, phone or email; parentId is the customer
    Order = 4,
    Product = 5,
};

struct SearchQuery
{
    QString text;                 // what the user typed; any characters are safe
    QList<SearchKind> kinds;      // empty: every kind
    int limit = 20;
    int offset = 0;
};

struct SearchHit
{
    SearchKind kind = SearchKind::Message;
    QString id;       // the row's id in its table
    QString parentId; // a message's conversation, an identity's or order's customer; else empty
    QString snippet;  // original text around the match, '…' where cut
    QList<std::pair<qsizetype, qsizetype>> highlights; // (start, length) of matched words in snippet
    double score = 0; // bm25: lower is better
};

struct SearchPage
{
    QList<SearchHit> hits;
    bool hasMore = false;
};

class SearchIndex
{
public:
    // The FTS5 MATCH expression for a user's query: folded words, each quoted and used as a prefix, all
    // required. Empty when the query has no searchable word. Never contains FTS5 syntax from the user.
    [[nodiscard]] static QString matchExpression(QStringView userQuery);

    [[nodiscard]] static Result<SearchPage> search(Database &db, const SearchQuery &query);

    // Re-tokenizes the whole index (after a change of the folding rules).
    static Status rebuild(Database &db);
};

} // namespace sd::store
