// What came back from one HTTP call: status, headers, the (capped) body and, when JSON was expected, the
// parsed document.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>
#include <utility>

namespace sd::net {

struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonDocument json; // filled when the request expected JSON and the body parsed
    QUrl url; // the URL that answered (after redirects)
    int attempts = 0; // how many times the request was sent
    qint64 elapsedMs = 0; // from the first send to the end, waits included

    // First header of that name (case-insensitive), or an empty array.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace sd::net
