// Faults that tests switch on per request (X-Sandbox-Fault header) or by rule (POST /_sandbox/faults).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace sd::sandbox {

struct Fault
{
    int latencyMs = 0;
    int status = 0; // answer with the platform's error body for this status, request not applied
    bool drop = false; // close the connection without answering, request not applied
    bool dropAfter = false; // apply the request, then close without answering
    bool truncate = false; // apply, announce the full length, send half the body
    bool malformed = false; // apply, answer 200-class with a body that is not valid JSON
    bool rateLimit = false; // the platform's 429, request not applied
    int retryAfterSeconds = -1; // with rateLimit: force a Retry-After header

    [[nodiscard]] bool isEmpty() const
    {
        return latencyMs == 0 && status == 0 && !drop && !dropAfter && !truncate && !malformed && !rateLimit;
    }
    [[nodiscard]] QString toString() const;

    // "latency=500, status=503", "drop", "rate-limit; retry-after=2"… Separators: ',' ';' '|' or spaces.
    static std::optional<Fault> parse(const QString &spec, QString *error = nullptr);
};

class FaultInjector
{
public:
    struct Rule
    {
        int id = 0;
        QString platform; // empty = every platform
        QString method; // empty = every method
        QString pathGlob; // wildcard over the path below the platform prefix; empty = every path
        Fault fault;
        int remaining = 1; // -1 = until cleared
    };

    // Returns the new rule's id, or an error text.
    int addRule(const QJsonObject &json, QString *error);
    // The fault for this request, consuming one use of the first matching rule.
    [[nodiscard]] std::optional<Fault> take(const QString &platform, const QByteArray &method, const QString &path);
    void clear() { m_rules.clear(); }
    [[nodiscard]] QJsonObject toJson() const;

private:
    QList<Rule> m_rules;
    int m_nextId = 1;
};

} // namespace sd::sandbox
