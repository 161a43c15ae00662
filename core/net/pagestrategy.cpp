#include "pagestrategy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <cmath>

namespace sd::net {

namespace {

HttpRequest withQuery(HttpRequest request, std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query(request.url);
    for (const auto &[name, value] : items) {
        query.removeAllQueryItems(name);
        query.addQueryItem(name, value);
    }
    request.url.setQuery(query);
    return request;
}

std::optional<qint64> queryNumber(const QUrl &url, const QString &name)
{
    bool ok = false;
    const qint64 n = QUrlQuery(url).queryItemValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// A whole, non-negative JSON number (some platforms send numbers as strings: accept those too).
std::optional<qint64> jsonCount(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9.0e15 && std::floor(d) == d)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

// Reads the items array: absent is an empty page, anything but an array is malformed.
std::optional<qsizetype> itemCount(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isArray()) {
        *problem = u"\""_qs + key + u"\" is not an array";
        return std::nullopt;
    }
    return v.toArray().size();
}

} // namespace

PageStep PageStep::failure(const QString &detail)
{
    PageStep s;
    s.malformed = detail;
    return s;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QMap<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base)
{
    // link-value = "<" URI-Reference ">" *( ";" link-param ); values separated by commas. A comma may
    // occur inside <…>, so split by scanning rather than by QByteArray::split.
    QMap<QString, QUrl> links;
    const QString text = QString::fromUtf8(value);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QString target = text.mid(open + 1, close - open - 1).trimmed();
        qsizetype end = text.indexOf(u'<', close + 1);
        if (end < 0)
            end = text.size();
        const QString params = text.mid(close + 1, end - close - 1);
        for (const QString &param : params.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.left(eq).trimmed().compare(u"rel", Qt::CaseInsensitive) != 0)
                continue;
            QString rels = param.mid(eq + 1).trimmed();
            if (rels.endsWith(u','))
                rels.chop(1);
            rels.remove(u'"');
            for (const QString &rel : rels.split(u' ', Qt::SkipEmptyParts))
                links.insert(rel.toLower(), base.resolved(QUrl(target)));
        }
        i = end;
    }
    return links;
}

// --- page + size ----------------------------------------------------------------------------

PageNumberPagination::PageNumberPagination(HttpRequest base, Options options)
    : m_base(std::move(base))
    , m_options(std::move(options))
{ }

HttpRequest PageNumberPagination::firstRequest() const
{
    return withQuery(m_base,
        { { m_options.pageParam, QString::number(m_options.firstPage) },
            { m_options.sizeParam, QString::number(m_options.pageSize) } });
}

PageStep PageNumberPagination::readPage(const HttpRequest &request, const HttpResponse &response) const
{
    if (!response.json.isObject())
        return PageStep::failure(u"page is not a JSON object"_qs);
    const QJsonObject object = response.json.object();
    QString problem;
    const auto count = itemCount(object, m_options.itemsKey, &problem);
    if (!count)
        return PageStep::failure(problem);

    PageStep step;
    const QJsonValue totalPages = object.value(m_options.totalPagesKey);
    if (!totalPages.isUndefined() && !totalPages.isNull()) {
        const auto n = jsonCount(totalPages);
        if (!n || *n > std::numeric_limits<int>::max())
            return PageStep::failure(u"\""_qs + m_options.totalPagesKey + u"\" is not a count");
        step.totalPages = int(*n);
    }
    if (const auto n = jsonCount(object.value(m_options.totalItemsKey)))
        step.totalItems = *n;

    const qint64 page = queryNumber(request.url, m_options.pageParam).value_or(m_options.firstPage);
    const qint64 done = page - m_options.firstPage + 1;
    const bool more = step.totalPages ? done < *step.totalPages : *count >= m_options.pageSize;
    if (more && *count > 0)
        step.next = withQuery(request, { { m_options.pageParam, QString::number(page + 1) } });
    return step;
}

// --- offset + limit -------------------------------------------------------------------------

OffsetLimitPagination::OffsetLimitPagination(HttpRequest base, Options options)
    : m_base(std::move(base))
    , m_options(std::move(options))
{ }

HttpRequest OffsetLimitPagination::firstRequest() const
{
    return withQuery(
        m_base, { { m_options.offsetParam, u"0"_qs }, { m_options.limitParam, QString::number(m_options.limit) } });
}

PageStep OffsetLimitPagination::readPage(const HttpRequest &request, const HttpResponse &response) const
{
    qsizetype count = 0;
    PageStep step;
    if (m_options.itemsKey.isEmpty()) {
        if (!response.json.isArray())
            return PageStep::failure(u"page is not a JSON array"_qs);
        count = response.json.array().size();
    } else {
        if (!response.json.isObject())
            return PageStep::failure(u"page is not a JSON object"_qs);
        const QJsonObject object = response.json.object();
        QString problem;
        const auto n = itemCount(object, m_options.itemsKey, &problem);
        if (!n)
            return PageStep::failure(problem);
        count = *n;
        const QJsonValue total = object.value(m_options.totalKey);
        if (!total.isUndefined() && !total.isNull()) {
            const auto t = jsonCount(total);
            if (!t)
                return PageStep::failure(u"\""_qs + m_options.totalKey + u"\" is not a count");
            step.totalItems = *t;
            if (m_options.limit > 0)
                step.totalPages = int((*t + m_options.limit - 1) / m_options.limit);
        }
    }
    const qint64 offset = queryNumber(request.url, m_options.offsetParam).value_or(0);
    const qint64 nextOffset = offset + count;
    const bool more = step.totalItems ? nextOffset < *step.totalItems : count >= m_options.limit;
    if (more && count > 0)
        step.next = withQuery(request, { { m_options.offsetParam, QString::number(nextOffset) } });
    return step;
}

// --- cursor ---------------------------------------------------------------------------------

CursorPagination::CursorPagination(HttpRequest base, Options options)
    : m_base(std::move(base))
    , m_options(std::move(options))
{ }

HttpRequest CursorPagination::firstRequest() const
{
    if (m_options.limit <= 0)
        return m_base;
    return withQuery(m_base, { { m_options.limitParam, QString::number(m_options.limit) } });
}

PageStep CursorPagination::readPage(const HttpRequest &request, const HttpResponse &response) const
{
    if (!response.json.isObject())
        return PageStep::failure(u"page is not a JSON object"_qs);
    const QJsonObject object = response.json.object();
    QString problem;
    const auto count = itemCount(object, m_options.dataKey, &problem);
    if (!count)
        return PageStep::failure(problem);

    PageStep step;
    const QJsonValue pagingValue = object.value(u"paging");
    if (!pagingValue.isUndefined() && !pagingValue.isObject())
        return PageStep::failure(u"\"paging\" is not an object"_qs);
    const QJsonObject paging = pagingValue.toObject();
    const QJsonValue next = paging.value(u"next");
    if (next.isUndefined() || next.isNull() || *count == 0)
        return step; // the last page
    if (!next.isString())
        return PageStep::failure(u"\"paging.next\" is not a string"_qs);

    if (m_options.followNextUrl) {
        const QUrl url(next.toString(), QUrl::StrictMode);
        if (!url.isValid() || !isSameOrigin(url, m_base.url))
            return PageStep::failure(u"\"paging.next\" leaves the API's origin"_qs);
        HttpRequest r = request;
        r.url = url;
        step.next = r;
        return step;
    }
    const QJsonValue after = paging.value(u"cursors").toObject().value(u"after");
    if (!after.isString() || after.toString().isEmpty())
        return PageStep::failure(u"\"paging.cursors.after\" missing although \"paging.next\" is set"_qs);
    step.next = withQuery(request, { { m_options.afterParam, after.toString() } });
    return step;
}

// --- Link header ----------------------------------------------------------------------------

LinkHeaderPagination::LinkHeaderPagination(HttpRequest base, Options options)
    : m_base(std::move(base))
    , m_options(std::move(options))
{ }

HttpRequest LinkHeaderPagination::firstRequest() const
{
    return withQuery(m_base,
        { { m_options.pageParam, QString::number(m_options.firstPage) },
            { m_options.perPageParam, QString::number(m_options.perPage) } });
}

PageStep LinkHeaderPagination::readPage(const HttpRequest &request, const HttpResponse &response) const
{
    if (!response.json.isArray())
        return PageStep::failure(u"page is not a JSON array"_qs);
    const qsizetype count = response.json.array().size();

    PageStep step;
    bool ok = false;
    if (response.hasHeader("X-WP-TotalPages")) {
        const int pages = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
        if (!ok || pages < 0)
            return PageStep::failure(u"X-WP-TotalPages is not a count"_qs);
        step.totalPages = pages;
    }
    if (response.hasHeader("X-WP-Total")) {
        const qint64 total = response.header("X-WP-Total").trimmed().toLongLong(&ok);
        if (ok && total >= 0)
            step.totalItems = total;
    }
    if (count == 0)
        return step;

    if (response.hasHeader("Link")) {
        const QMap<QString, QUrl> links = parseLinkHeader(response.header("Link"), request.url);
        const auto next = links.constFind(u"next"_qs);
        if (next == links.constEnd())
            return step;
        if (!next->isValid() || !isSameOrigin(*next, m_base.url))
            return PageStep::failure(u"Link rel=next leaves the API's origin"_qs);
        HttpRequest r = request;
        r.url = *next;
        step.next = r;
        return step;
    }
    const qint64 page = queryNumber(request.url, m_options.pageParam).value_or(m_options.firstPage);
    if (step.totalPages && page - m_options.firstPage + 1 < *step.totalPages)
        step.next = withQuery(request, { { m_options.pageParam, QString::number(page + 1) } });
    return step;
}

} // namespace sd::net
