// The common ground of the four marketplace emulators: routing helpers, rate limiting, state bookkeeping.
#pragma once

#include "../http/httpmessage.h"
#include "clock.h"
#include "ratelimiter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd::sandbox {

class PlatformEmulator
{
public:
    explicit PlatformEmulator(const Clock *clock);
    virtual ~PlatformEmulator();
    PlatformEmulator(const PlatformEmulator &) = delete;
    PlatformEmulator &operator=(const PlatformEmulator &) = delete;

    // "trendyol", "hepsiburada", "n11", "woocommerce": also the URL prefix.
    [[nodiscard]] virtual QString name() const = 0;

    // path is relative to the platform's base URL and starts with '/'.
    [[nodiscard]] virtual HttpResponse handle(const HttpRequest &request) = 0;

    // The platform's own answer for an injected error status / an injected rate limit.
    [[nodiscard]] virtual HttpResponse errorResponse(int status) const = 0;
    [[nodiscard]] virtual HttpResponse rateLimitedResponse(int retryAfterSeconds) const = 0;

    // Fresh data from a seed; the reference instant anchors every generated date.
    virtual void reseed(quint64 seed, qint64 referenceMs, int orderCount) = 0;
    // Orders that arrive now (the demo's "new orders over time"); returns how many were made.
    virtual int addNewOrders(int count) = 0;
    // What the carrier does on its own: moves one shippable record forward. Returns false when nothing moved.
    virtual bool carrierStep() = 0;

    // The complete truth in the platform's own shapes, as a test compares it; loadState() takes it back.
    [[nodiscard]] virtual QJsonObject state() const = 0;
    [[nodiscard]] virtual bool loadState(const QJsonObject &state) = 0;

    // Base-URL-independent demo credentials (the sandbox adds the base URL).
    [[nodiscard]] virtual QJsonObject credentials() const = 0;

    // Documented request budget per endpoint; tests may tighten it.
    void setRateLimit(const RateLimiter::Rule &rule) { m_rateRule = rule; }
    [[nodiscard]] RateLimiter::Rule rateLimit() const { return m_rateRule; }
    void clearRateCounters() { m_limiter.clear(); }

    // Bumped by every change; the state file is written when it moved.
    [[nodiscard]] quint64 revision() const { return m_revision; }

protected:
    void touch() { ++m_revision; }
    [[nodiscard]] qint64 now() const { return m_nowOverride != 0 ? m_nowOverride : m_clock->nowMs(); }
    // While seeding, operations are replayed at seed-derived instants so that a seed always gives the same data.
    void setNowOverride(qint64 ms) { m_nowOverride = ms; }
    [[nodiscard]] RateLimiter::Decision countRequest(const QString &identity, const QString &endpoint);

    // Matches "/a/{}/b" style patterns segment by segment; {} captures one segment.
    [[nodiscard]] static bool matchPath(const QString &path, QStringView pattern, QStringList *captures = nullptr);
    // Parses a JSON object body; nullopt for bad JSON or a non-object.
    [[nodiscard]] static std::optional<QJsonObject> parseObject(const QByteArray &body);
    // Decodes "Basic base64(user:password)".
    [[nodiscard]] static std::optional<QPair<QString, QString>> basicCredentials(const HttpRequest &request);

    [[nodiscard]] static qint64 pagesFor(qint64 total, qint64 size)
    {
        return size <= 0 ? 0 : (total + size - 1) / size;
    }
    [[nodiscard]] static double money(qint64 kurus) { return static_cast<double>(kurus) / 100.0; }
    [[nodiscard]] static QString moneyString(qint64 kurus);

    RateLimiter::Rule m_rateRule;

private:
    const Clock *m_clock;
    RateLimiter m_limiter;
    quint64 m_revision = 0;
    qint64 m_nowOverride = 0;
};

} // namespace sd::sandbox
