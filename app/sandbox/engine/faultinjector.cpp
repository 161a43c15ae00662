#include "faultinjector.h"

#include <QJsonArray>

namespace sd::sandbox {

QString Fault::toString() const
{
    QStringList parts;
    if (latencyMs > 0)
        parts << u"latency=%1"_qs.arg(latencyMs);
    if (status > 0)
        parts << u"status=%1"_qs.arg(status);
    if (drop)
        parts << u"drop"_qs;
    if (dropAfter)
        parts << u"drop-after"_qs;
    if (truncate)
        parts << u"truncate"_qs;
    if (malformed)
        parts << u"malformed"_qs;
    if (rateLimit)
        parts << u"rate-limit"_qs;
    if (retryAfterSeconds >= 0)
        parts << u"retry-after=%1"_qs.arg(retryAfterSeconds);
    return parts.join(u", "_qs);
}

std::optional<Fault> Fault::parse(const QString &spec, QString *error)
{
    static const QRegularExpression separators(u"[,;|\\s]+"_qs);
    Fault f;
    const QStringList parts = spec.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = (eq < 0 ? part : part.left(eq)).toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        bool ok = true;
        if (key == u"latency") {
            f.latencyMs = value.toInt(&ok);
            ok = ok && f.latencyMs >= 0 && f.latencyMs <= 120000;
        } else if (key == u"status") {
            f.status = value.toInt(&ok);
            ok = ok && f.status >= 400 && f.status <= 599;
        } else if (key == u"drop") {
            f.drop = true;
        } else if (key == u"drop-after") {
            f.dropAfter = true;
        } else if (key == u"truncate") {
            f.truncate = true;
        } else if (key == u"malformed") {
            f.malformed = true;
        } else if (key == u"rate-limit" || key == u"ratelimit" || key == u"429") {
            f.rateLimit = true;
        } else if (key == u"retry-after") {
            f.retryAfterSeconds = value.toInt(&ok);
            f.rateLimit = true;
            ok = ok && f.retryAfterSeconds >= 0;
        } else {
            ok = false;
        }
        if (!ok) {
            if (error)
                *error = u"unknown or invalid fault: %1"_qs.arg(part);
            return std::nullopt;
        }
    }
    if (f.isEmpty()) {
        if (error)
            *error = u"empty fault specification"_qs;
        return std::nullopt;
    }
    return f;
}

int FaultInjector::addRule(const QJsonObject &json, QString *error)
{
    Rule rule;
    rule.platform = json.value(u"platform").toString().toLower();
    rule.method = json.value(u"method").toString().toUpper();
    rule.pathGlob = json.value(u"path").toString();
    const QJsonValue count = json.value(u"count");
    if (!count.isUndefined() && !count.isDouble()) {
        *error = u"count must be a number"_qs;
        return 0;
    }
    rule.remaining = count.isUndefined() ? 1 : count.toInt();
    if (rule.remaining == 0 || rule.remaining < -1) {
        *error = u"count must be positive, or -1 for until cleared"_qs;
        return 0;
    }
    const auto fault = Fault::parse(json.value(u"fault").toString(), error);
    if (!fault)
        return 0;
    rule.fault = *fault;
    rule.id = m_nextId++;
    m_rules.append(rule);
    return rule.id;
}

std::optional<Fault> FaultInjector::take(const QString &platform, const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.platform.isEmpty() && rule.platform != platform)
            continue;
        if (!rule.method.isEmpty() && rule.method.toLatin1() != method)
            continue;
        if (!rule.pathGlob.isEmpty()) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                rule.pathGlob, QRegularExpression::UnanchoredWildcardConversion));
            if (!re.match(path).hasMatch())
                continue;
        }
        const Fault fault = rule.fault;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const Rule &rule : m_rules) {
        rules.append(QJsonObject{ { u"id"_qs, rule.id }, { u"platform"_qs, rule.platform },
            { u"method"_qs, rule.method }, { u"path"_qs, rule.pathGlob }, { u"fault"_qs, rule.fault.toString() },
            { u"remaining"_qs, rule.remaining } });
    }
    return QJsonObject{ { u"rules"_qs, rules } };
}

} // namespace sd::sandbox
