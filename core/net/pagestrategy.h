// How a platform pages its lists. A strategy builds the first page's request and, from each page's
// response, the request for the next page (or says it was the last). The four styles the connectors
// need live together here: they are small, and reading them side by side shows how they differ.
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QMap>
#include <QString>
#include <optional>

namespace sd::net {

struct PageStep
{
    std::optional<HttpRequest> next; // none: the page just read was the last one
    std::optional<int> totalPages; // when the platform says
    std::optional<qint64> totalItems;
    QString malformed; // non-empty: the page's paging data could not be read (log detail)

    [[nodiscard]] static PageStep failure(const QString &detail);
};

class PageStrategy
{
public:
    virtual ~PageStrategy() = default;
    [[nodiscard]] virtual HttpRequest firstRequest() const = 0;
    [[nodiscard]] virtual PageStep readPage(const HttpRequest &request, const HttpResponse &response) const = 0;
};

// page + size, totals in the body (Trendyol: page from 0, size ≤ 200, "totalPages", items in "content";
// N11 the same shape with its own limits).
class PageNumberPagination final : public PageStrategy
{
public:
    struct Options
    {
        QString pageParam = QStringLiteral("page");
        QString sizeParam = QStringLiteral("size");
        int pageSize = 50;
        int firstPage = 0;
        QString totalPagesKey = QStringLiteral("totalPages");
        QString totalItemsKey = QStringLiteral("totalElements");
        QString itemsKey = QStringLiteral("content");
    };
    PageNumberPagination(HttpRequest base, Options options);
    HttpRequest firstRequest() const override;
    PageStep readPage(const HttpRequest &request, const HttpResponse &response) const override;

private:
    HttpRequest m_base;
    Options m_options;
};

// offset + limit, total count in the body (Hepsiburada: "totalCount", items in "items").
class OffsetLimitPagination final : public PageStrategy
{
public:
    struct Options
    {
        QString offsetParam = QStringLiteral("offset");
        QString limitParam = QStringLiteral("limit");
        int limit = 50;
        QString totalKey = QStringLiteral("totalCount");
        QString itemsKey = QStringLiteral("items"); // empty: the body itself is the array
    };
    OffsetLimitPagination(HttpRequest base, Options options);
    HttpRequest firstRequest() const override;
    PageStep readPage(const HttpRequest &request, const HttpResponse &response) const override;

private:
    HttpRequest m_base;
    Options m_options;
};

// Cursor paging of the Graph API: follow "paging.next" (same origin only), or, when told not to use the
// URL as given, put "paging.cursors.after" into the `after` parameter of the base request. The list
// ends when "paging.next" is absent.
class CursorPagination final : public PageStrategy
{
public:
    struct Options
    {
        bool followNextUrl = true;
        QString afterParam = QStringLiteral("after");
        QString limitParam = QStringLiteral("limit");
        int limit = 25; // 0: no limit parameter
        QString dataKey = QStringLiteral("data");
    };
    CursorPagination(HttpRequest base, Options options);
    HttpRequest firstRequest() const override;
    PageStep readPage(const HttpRequest &request, const HttpResponse &response) const override;

private:
    HttpRequest m_base;
    Options m_options;
};

// RFC 8288 Link header with rel="next", totals in X-WP-Total / X-WP-TotalPages (WooCommerce: page from
// 1, per_page ≤ 100, the body is a JSON array). Without a Link header, the page number is counted up to
// X-WP-TotalPages.
class LinkHeaderPagination final : public PageStrategy
{
public:
    struct Options
    {
        QString pageParam = QStringLiteral("page");
        QString perPageParam = QStringLiteral("per_page");
        int perPage = 100;
        int firstPage = 1;
    };
    LinkHeaderPagination(HttpRequest base, Options options);
    HttpRequest firstRequest() const override;
    PageStep readPage(const HttpRequest &request, const HttpResponse &response) const override;

private:
    HttpRequest m_base;
    Options m_options;
};

// rel → target of an RFC 8288 Link header value, relative targets resolved against base.
[[nodiscard]] QMap<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base);

// The same scheme, host and port: a next-page URL from a response may only go back where we started.
[[nodiscard]] bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace sd::net
