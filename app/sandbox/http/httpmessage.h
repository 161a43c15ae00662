// The request and response values the sandbox's own HTTP/1.1 server hands to and takes from the emulators.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sd::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded path, without the query
    QUrlQuery query; // fully decoded on access
    HeaderList headers;
    QByteArray body;
    quint64 connectionId = 0;
    QString mountPrefix; // the platform prefix the sandbox stripped from path, e.g. "/woocommerce"

    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    [[nodiscard]] bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    [[nodiscard]] QString queryValue(const QString &key) const;
};

struct HttpResponse
{
    // How the bytes leave the server: the fault kinds that are about the wire rather than the content.
    enum class Delivery {
        Normal,
        DropBeforeReply, // close the connection without a byte of answer
        Truncate, // announce the full Content-Length, send half the body, close
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse jsonString(int status, const QString &text); // a bare JSON string body, e.g. "WrongDateFormat"
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse empty(int status, const QByteArray &contentType = {});
};

[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace sd::sandbox
