#include "redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sd::redaction {
namespace {

using Opt = QRegularExpression::PatternOption;

// Header-like "Name: value" or "Name=value" for headers that carry credentials. The value runs to
// the end of the line or to a closing quote.
const QRegularExpression &headerRule()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b((?:proxy-)?authorization|x-api-key|xi-api-key|x-goog-api-key|api-key|)"
                       R"(x-auth-token|x-access-token|cookie|set-cookie)(["']?\s*[:=]\s*["']?))"
                       R"(([^\r\n"',}]+))"),
        Opt::CaseInsensitiveOption);
    return re;
}

// Auth schemes followed by a credential, wherever they appear ("Bearer abc", "Key id:secret").
const QRegularExpression &schemeRule()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(Bearer|Basic|Token|Key|bearer|basic|token)\s+(?!\[REDACTED\]))"
                       R"(([A-Za-z0-9._~+/=:\-]{6,}))"));
    return re;
}

// key=value pairs in URLs and form bodies whose key names a credential.
const QRegularExpression &parameterRule()
{
    static const QRegularExpression re(
        QStringLiteral(R"((^|[?&;\s"'(])([A-Za-z0-9_\-]*token|[A-Za-z0-9_\-]*secret|api_?key|key|)"
                       R"(password|passwd|pwd|passphrase|appsecret_proof|signature|client_assertion)=)"
                       R"(([^&\s"'#;)]+))"),
        Opt::CaseInsensitiveOption);
    return re;
}

// JSON members whose name names a credential: "access_token": "…".
const QRegularExpression &jsonRule()
{
    static const QRegularExpression re(
        QStringLiteral(R"(("[A-Za-z0-9_\-]*(?:token|secret|password|passwd|passphrase|api_?key|apikey|)"
                       R"(authorization|credential)[A-Za-z0-9_\-]*"\s*:\s*")((?:[^"\\]|\\.)*)("))"),
        Opt::CaseInsensitiveOption);
    return re;
}

QString replaceGroup(const QString &text, const QRegularExpression &re, int group)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(group) == kMask)
            continue;
        out += QStringView(text).mid(last, m.capturedStart(group) - last);
        out += kMask;
        last = m.capturedEnd(group);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

struct Registry
{
    QMutex mutex;
    QSet<QString> values;
    QList<QString> ordered; // longest first, so that a value containing another is masked whole
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const QString &secret : std::as_const(r.ordered))
            out.replace(secret, kMask);
    }
    out = replaceGroup(out, jsonRule(), 2);
    out = replaceGroup(out, headerRule(), 3);
    out = replaceGroup(out, schemeRule(), 2);
    out = replaceGroup(out, parameterRule(), 3);
    return out;
}

void registerSecret(const QString &value)
{
    if (value.size() < 6)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.values.contains(value))
        return;
    r.values.insert(value);
    r.ordered.append(value);
    std::sort(r.ordered.begin(), r.ordered.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void registerSecret(const QByteArray &value)
{
    registerSecret(QString::fromUtf8(value));
}

void clearRegisteredSecrets()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.values.clear();
    r.ordered.clear();
}

} // namespace sd::redaction
