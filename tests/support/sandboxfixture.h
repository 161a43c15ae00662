// Starts a sandbox in-process on a free loopback port with a fixed clock, and makes blocking-style HTTP calls
// through QNetworkAccessManager (waiting on the reply's finished signal, never sleeping). For the sandbox's own tests
// and for connector tests: link sellerdesk_sandbox_lib and Qt6::Network.
#pragma once

#include "engine/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

namespace sd::sandbox::test {

// 2026-11-23 09:00 UTC: every seeded date is relative to this instant, and the sandbox clock stands still there.
inline constexpr qint64 Reference = 1795424400000LL;
inline constexpr qint64 Day = 24LL * 3600 * 1000;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(QByteArrayView name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

class SandboxFixture
{
public:
    explicit SandboxFixture(quint64 seed = 42, int orders = 60, qint64 reference = Reference)
    {
        Sandbox::Options options;
        options.port = 0;
        options.seed = seed;
        options.referenceMs = reference;
        options.ordersPerPlatform = orders;
        m_sandbox = std::make_unique<Sandbox>(options);
        m_sandbox->clock().setFixed(reference);
        QString error;
        m_started = m_sandbox->start(&error);
        if (!m_started)
            qWarning("sandbox did not start: %s", qPrintable(error));
    }

    [[nodiscard]] bool started() const { return m_started; }
    Sandbox &sandbox() { return *m_sandbox; }
    [[nodiscard]] QString url(const QString &pathWithPrefix) const
    {
        return u"http://127.0.0.1:%1%2"_qs.arg(m_sandbox->port()).arg(pathWithPrefix);
    }

    Reply call(const QByteArray &method, const QString &pathWithPrefix, const Headers &headers = {},
        const QByteArray &body = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(QUrl(url(pathWithPrefix)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        result.finished = reply->isFinished() || finished.wait(timeoutMs);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (!result.finished)
            reply->abort();
        reply->deleteLater();
        return result;
    }

    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return call(method, u"/_sandbox"_qs + path, {},
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject state(const QString &platform) { return m_sandbox->emulator(platform)->state(); }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    bool m_started = false;
};

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace sd::sandbox::test
