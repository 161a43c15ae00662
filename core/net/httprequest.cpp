#include "httprequest.h"

namespace sd::net {

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = body;
    if (!contentType.isEmpty())
        r.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return r;
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({ name, value });
    return *this;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::isIdempotentMethod() const
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

bool HttpRequest::mayRetry() const
{
    return isIdempotentMethod() || !idempotencyKey.isEmpty() || retryable;
}

} // namespace sd::net
