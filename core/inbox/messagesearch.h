// Search across all messages of the workspace (the store's FTS index, Turkish-folded, every word a prefix), with
// the conversation each hit belongs to; and the folded matching the thread's find bar uses.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace sd::store {
class Database;
}

namespace sd::inbox {

using TextRange = std::pair<qsizetype, qsizetype>; // (start, length)

struct MessageHit
{
    QString messageId;
    QString conversationId;
    QString conversationName;
    QString channel; // messenger / instagram
    bool outgoing = false;
    qint64 sentAt = 0;
    QString snippet; // original text around the hit, '…' where cut
    QList<TextRange> highlights; // in snippet
};

struct MessageHitPage
{
    QList<MessageHit> hits;
    bool hasMore = false;
};

class MessageSearch
{
public:
    // Up to limit hits from offset, best first. Removed and deleted messages are skipped.
    [[nodiscard]] static Result<MessageHitPage> search(store::Database &db, const QString &query, int limit,
        int offset = 0);

    // Safe rich text of a snippet: the text is HTML-escaped piece by piece and only the highlighted ranges are
    // wrapped in <b> (with the given colour as background). Nothing in the text is ever interpreted.
    [[nodiscard]] static QString highlightedHtml(const QString &text, const QList<TextRange> &highlights,
        const QString &background = QString());

    // Every occurrence of each word of query in text, compared Turkish-folded (İ/ı/I → i, ç → c, …), as ranges
    // of the original text, sorted and not overlapping. Words are matched anywhere (as the user types them).
    [[nodiscard]] static QList<TextRange> foldedOccurrences(QStringView text, QStringView query);
};

} // namespace sd::inbox
