#include "messagesearch.h"

#include "common/textfold.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/statement.h"

#include <QStringList>

#include <algorithm>

namespace sd::inbox {

Result<MessageHitPage> MessageSearch::search(store::Database &db, const QString &query, int limit, int offset)
{
    MessageHitPage page;
    Result<store::SearchPage> found = store::SearchIndex::search(db, {query, {store::SearchKind::Message}, limit, offset});
    if (!found)
        return found.error();
    page.hasMore = found->hasMore;
    Result<store::Statement *> lookup = db.cached(
        u"SELECT m.conversation_id, m.direction, m.sent_at, m.unsent, ifnull(c.participant_name, ifnull(cu.display_name, '')),"
        u" ifnull(c.channel, '') FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        u" LEFT JOIN customers cu ON cu.id = c.customer_id WHERE m.id = ?1 AND m.deleted = 0 AND c.deleted = 0"_qs);
    if (!lookup)
        return lookup.error();
    store::Statement &st = **lookup;
    for (const store::SearchHit &hit : std::as_const(found->hits)) {
        if (hit.id.isEmpty())
            continue;
        if (Status s = st.bindAll(hit.id); !s)
            return s.error();
        Result<bool> row = st.step();
        if (!row) {
            st.reset();
            return row.error();
        }
        if (*row && st.int64(3) == 0) {
            MessageHit h;
            h.messageId = hit.id;
            h.conversationId = st.text(0);
            h.outgoing = st.text(1) == QLatin1String("out");
            h.sentAt = st.int64(2);
            h.conversationName = st.text(4);
            h.channel = st.text(5);
            h.snippet = hit.snippet;
            h.highlights = hit.highlights;
            page.hits.append(std::move(h));
        }
        st.reset();
    }
    return page;
}

QString MessageSearch::highlightedHtml(const QString &text, const QList<TextRange> &highlights,
    const QString &background)
{
    QList<TextRange> ranges = highlights;
    std::sort(ranges.begin(), ranges.end());
    const QString open = background.isEmpty()
        ? u"<b>"_qs
        : u"<b style=\"background-color:%1\">"_qs.arg(QString(background).toHtmlEscaped());
    QString html;
    qsizetype at = 0;
    for (const TextRange &r : std::as_const(ranges)) {
        const qsizetype start = qBound(at, r.first, text.size());
        const qsizetype end = qBound(start, r.first + r.second, text.size());
        if (end <= start)
            continue;
        html += text.mid(at, start - at).toHtmlEscaped();
        html += open + text.mid(start, end - start).toHtmlEscaped() + u"</b>";
        at = end;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

QList<TextRange> MessageSearch::foldedOccurrences(QStringView text, QStringView query)
{
    const QStringList words = sd::text::foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || text.isEmpty())
        return {};
    // The folded text with, for each of its characters, the original character it came from.
    QString folded;
    folded.reserve(text.size());
    QList<qsizetype> origin;
    origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 128 && c != u'I') {
            folded += c.toLower();
            origin.append(i);
        } else if (c.isSurrogate()) {
            folded += c;
            origin.append(i);
        } else {
            const QString f = sd::text::foldForSearch(QStringView(&text.data()[i], 1));
            for (const QChar d : f) {
                folded += d;
                origin.append(i);
            }
        }
    }
    QList<TextRange> ranges;
    for (const QString &w : words) {
        for (qsizetype at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
            const qsizetype start = origin.at(at);
            const qsizetype end = origin.at(at + w.size() - 1) + 1;
            ranges.append({start, end - start});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<TextRange> merged;
    for (const TextRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first < merged.last().first + merged.last().second) {
            const qsizetype end = qMax(merged.last().first + merged.last().second, r.first + r.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

} // namespace sd::inbox
