#include "metaemulator.h"

#include "../seed/seedrandom.h"
#include "../seed/turkeydata.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace sd::sandbox {

namespace {

constexpr qint64 Minute = 60LL * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString graphTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_qs) + u"+0000"_qs;
}

const QStringList &turkishQuestions()
{
    static const QStringList l{ u"Merhaba, bu ürün stokta var mı?"_qs, u"Kargom ne zaman gelir?"_qs,
        u"İade nasıl yapabilirim?"_qs, u"Beden tablosunu paylaşabilir misiniz?"_qs,
        u"Siparişim hâlâ gelmedi, yardımcı olur musunuz?"_qs, u"İstanbul'a kaç günde gelir?"_qs,
        u"Kapıda ödeme seçeneği var mı?"_qs, u"Mavi rengin fiyatı nedir? 💙"_qs,
        u"Iğdır'a gönderim yapıyor musunuz?"_qs };
    return l;
}
const QStringList &englishQuestions()
{
    static const QStringList l{ u"Hi! Is this available in size M?"_qs, u"Do you ship to Germany?"_qs,
        u"When will my order arrive?"_qs, u"Can I return it if it doesn't fit?"_qs,
        u"What's the price of the blue one?"_qs, u"Hello, is the leather bag still available? 👜"_qs };
    return l;
}
const QStringList &turkishAnswers()
{
    static const QStringList l{ u"Çok teşekkürler!"_qs, u"Tamam, bekliyorum 🙏"_qs, u"Harika, sipariş veriyorum."_qs,
        u"Anladım, iyi günler."_qs };
    return l;
}
const QStringList &englishAnswers()
{
    static const QStringList l{ u"Great, thank you!"_qs, u"Perfect 👍"_qs, u"Okay, I'll order now."_qs,
        u"Thanks for the quick answer!"_qs };
    return l;
}
const QStringList &sellerReplies(bool turkish)
{
    static const QStringList tr{ u"Merhaba, evet stokta mevcut 😊"_qs, u"Siparişiniz bugün kargoya verildi."_qs,
        u"İade için 14 gününüz var; adresi buradan iletiyoruz."_qs };
    static const QStringList en{ u"Hi! Yes, it's in stock."_qs, u"Your order ships today."_qs,
        u"You have 14 days to return it."_qs };
    return turkish ? tr : en;
}
const QStringList &englishNames()
{
    static const QStringList l{ u"Emily Carter"_qs, u"James Wilson"_qs, u"Sophie Becker"_qs, u"Omar Haddad"_qs,
        u"Lena Novak"_qs };
    return l;
}

QString asciiHandle(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        const QString d = QString(c).normalized(QString::NormalizationForm_KD);
        for (QChar x : d) {
            if (x == u'ı')
                out += u'i';
            else if (x.unicode() < 128 && x.isLetterOrNumber())
                out += x;
        }
    }
    return out;
}

} // namespace

QJsonObject selectGraphFields(const QJsonObject &object, const QString &fields)
{
    if (fields.trimmed().isEmpty())
        return object;
    QStringList names;
    int depth = 0;
    QString current;
    for (QChar c : fields) {
        if (c == u'{' || c == u'(')
            ++depth;
        else if (c == u'}' || c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            names << current.trimmed();
            current.clear();
            continue;
        }
        if (depth == 0 && c != u'}' && c != u')')
            current += c;
    }
    names << current.trimmed();
    QJsonObject out{ { u"id"_qs, object.value(u"id") } };
    for (QString n : std::as_const(names)) {
        n = n.section(u'.', 0, 0);
        if (object.contains(n))
            out.insert(n, object.value(n));
    }
    return out;
}

MetaEmulator::MetaEmulator(const Clock *clock)
    : PlatformEmulator(clock)
{
    m_rateRule = { 600, 1000 };
}

QJsonObject MetaEmulator::credentials() const
{
    return { { u"pageId"_qs, kPageId }, { u"pageName"_qs, kPageName }, { u"instagramId"_qs, kInstagramId },
        { u"instagramUsername"_qs, kInstagramUsername }, { u"pageToken"_qs, kPageToken },
        { u"systemUserToken"_qs, kSystemUserToken }, { u"expiredToken"_qs, kExpiredToken },
        { u"revokedToken"_qs, kRevokedToken }, { u"apiVersion"_qs, u"v25.0"_qs }, { u"humanAgent"_qs, true } };
}

QString MetaEmulator::pick(const QStringList &list)
{
    SeedRandom r(m_randomState);
    m_randomState = r.next();
    return list.at(int(m_randomState % quint64(list.size())));
}

QString MetaEmulator::nextMessageId()
{
    ++m_counter;
    return u"m_sbx%1"_qs.arg(m_counter, 8, 10, QChar(u'0'));
}

HttpResponse MetaEmulator::graphError(int http, int code, int subcode, const QString &type, const QString &message)
{
    QJsonObject e{ { u"message"_qs, message }, { u"type"_qs, type }, { u"code"_qs, code },
        { u"fbtrace_id"_qs, u"AsbxTrace%1"_qs.arg(code) } };
    if (subcode != 0)
        e.insert(u"error_subcode"_qs, subcode);
    return HttpResponse::json(http, QJsonObject{ { u"error"_qs, e } });
}

HttpResponse MetaEmulator::errorResponse(int status) const
{
    if (status == 503)
        return graphError(503, 2, 0, u"OAuthException"_qs, u"Service temporarily unavailable"_qs);
    if (status >= 500)
        return graphError(status, 1, 0, u"OAuthException"_qs, u"An unknown error has occurred."_qs);
    if (status == 401)
        return graphError(401, 190, 0, u"OAuthException"_qs, u"Invalid OAuth access token - Cannot parse access token"_qs);
    if (status == 403)
        return graphError(403, 10, 0, u"OAuthException"_qs, u"(#10) Application does not have permission for this action"_qs);
    if (status == 429)
        return rateLimitedResponse(-1);
    return graphError(status, 100, 0, u"OAuthException"_qs, u"(#100) Injected error"_qs);
}

HttpResponse MetaEmulator::rateLimitedResponse(int retryAfterSeconds) const
{
    HttpResponse r = graphError(400, 4, 0, u"OAuthException"_qs, u"(#4) Application request limit reached"_qs);
    if (retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse MetaEmulator::withUsage(HttpResponse response, const RateLimiter::Decision &d) const
{
    if (d.limit <= 0)
        return response;
    const int pct = d.allowed ? (d.limit - d.remaining) * 100 / d.limit : 100;
    const int regain = d.allowed ? 0 : int((d.resetInMs + Minute - 1) / Minute);
    const QJsonObject usage{ { kPageId,
        QJsonArray{ QJsonObject{ { u"type"_qs, u"messenger"_qs }, { u"call_count"_qs, pct },
            { u"total_cputime"_qs, pct / 2 }, { u"total_time"_qs, pct / 2 },
            { u"estimated_time_to_regain_access"_qs, regain } } } } };
    response.setHeader("X-Business-Use-Case-Usage", QJsonDocument(usage).toJson(QJsonDocument::Compact));
    response.setHeader("X-App-Usage", "{\"call_count\":0,\"total_cputime\":0,\"total_time\":0}");
    return response;
}

std::optional<HttpResponse> MetaEmulator::checkToken(const HttpRequest &request, TokenKind *kind) const
{
    QString token = request.queryValue(u"access_token"_qs);
    const QByteArray auth = request.header("Authorization");
    if (token.isEmpty() && auth.startsWith("Bearer "))
        token = QString::fromUtf8(auth.mid(7)).trimmed();
    if (token.isEmpty())
        return graphError(400, 2500, 0, u"OAuthException"_qs, u"An active access token must be used to query information about the current user."_qs);
    if (token == kExpiredToken)
        return graphError(400, 190, 463, u"OAuthException"_qs,
            u"Error validating access token: Session has expired on Sunday, 22-Nov-26 09:00:00 PST."_qs);
    if (token == kRevokedToken)
        return graphError(400, 190, 460, u"OAuthException"_qs,
            u"Error validating access token: The session has been invalidated because the user changed their password."_qs);
    if (token == kPageToken)
        *kind = TokenKind::Page;
    else if (token == kSystemUserToken)
        *kind = TokenKind::SystemUser;
    else
        return graphError(400, 190, 0, u"OAuthException"_qs, u"Invalid OAuth access token - Cannot parse access token"_qs);
    return std::nullopt;
}

void MetaEmulator::reseed(quint64 seed, qint64 referenceMs, int orderCount)
{
    Q_UNUSED(orderCount)
    SeedRandom random(SeedRandom::mix(seed, u"meta"));
    m_randomState = random.next();
    m_conversations = {};
    m_pendingReplies = {};
    m_uploads = {};
    m_counter = 0;
    // How long ago each conversation's customer last wrote: open windows, the human-agent range, closed.
    static const QList<qint64> ages{ 12 * Minute, 2 * Hour, 20 * Hour, 30 * Hour, 3 * Day, 8 * Day, 40 * Minute,
        5 * Hour };
    for (int platform = 0; platform < 2; ++platform) {
        const bool ig = platform == 1;
        const int count = ig ? 6 : 8;
        for (int i = 0; i < count; ++i) {
            const bool turkish = i % 3 != 2;
            QJsonObject customer;
            const QString psid = (ig ? u"17"_qs : u"69"_qs) + random.digits(14);
            customer.insert(u"id"_qs, psid);
            QString name;
            if (turkish) {
                const bool female = random.chance(50);
                name = random.pick(female ? turkey::femaleFirstNames() : turkey::maleFirstNames()) + u' '
                    + random.pick(turkey::surnames());
            } else {
                name = random.pick(englishNames());
            }
            const bool nameless = i == 5; // Meta sometimes gives no name
            if (!nameless)
                customer.insert(u"name"_qs, name);
            if (ig)
                customer.insert(u"username"_qs, QString(asciiHandle(name) + random.digits(2)));
            else if (!nameless)
                customer.insert(u"email"_qs, QString(psid + u"@facebook.com"_qs));
            customer.insert(u"profile_pic"_qs, u"https://scontent.sandbox.invalid/v/t1.30497-1/p200x200/%1.jpg"_qs.arg(psid));
            customer.insert(u"language"_qs, turkish ? u"tr"_qs : u"en"_qs);
            QJsonObject conversation{ { u"id"_qs, QString(u"t_"_qs + random.digits(15)) }, { u"platform"_qs, ig ? u"instagram"_qs : u"messenger"_qs },
                { u"customer"_qs, customer }, { u"unread_count"_qs, 0 } };
            m_conversations.append(conversation);
            const int index = int(m_conversations.size()) - 1;
            const qint64 last = referenceMs - ages.at(i % ages.size());
            const QStringList &questions = turkish ? turkishQuestions() : englishQuestions();
            // An earlier exchange, then the customer's latest message.
            const qint64 first = last - Day - random.between(0, 6) * Hour;
            QJsonObject q{ { u"message"_qs, random.pick(questions) } };
            setNowOverride(first);
            appendMessage(index, q, first);
            appendMessage(index, QJsonObject{ { u"_fromBusiness"_qs, true }, { u"message"_qs, random.pick(sellerReplies(turkish)) } },
                first + 7 * Minute);
            QJsonObject latest{ { u"message"_qs, random.pick(questions) } };
            // Every attachment kind Meta documents appears somewhere in the seed.
            switch ((i + platform * 3) % 9) {
            case 0:
                latest.insert(u"attachments"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                    { u"id"_qs, random.digits(16) }, { u"mime_type"_qs, u"image/jpeg"_qs }, { u"name"_qs, u"image-1.jpg"_qs },
                    { u"size"_qs, 182734 },
                    { u"image_data"_qs, QJsonObject{ { u"url"_qs, u"https://lookaside.sandbox.invalid/img/%1.jpg"_qs.arg(i) },
                        { u"preview_url"_qs, u"https://lookaside.sandbox.invalid/img/%1-p.jpg"_qs.arg(i) },
                        { u"width"_qs, 1080 }, { u"height"_qs, 1350 } } } } } } });
                break;
            case 1:
                latest.insert(u"attachments"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                    { u"id"_qs, random.digits(16) }, { u"mime_type"_qs, u"audio/mpeg"_qs }, { u"name"_qs, u"audioclip.mp4"_qs },
                    { u"size"_qs, 48213 }, { u"file_url"_qs, u"https://cdn.sandbox.invalid/audio/%1.mp4"_qs.arg(i) } } } } });
                latest.remove(u"message"_qs);
                break;
            case 2:
                latest.insert(u"attachments"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                    { u"id"_qs, random.digits(16) }, { u"mime_type"_qs, u"application/pdf"_qs }, { u"name"_qs, u"fatura.pdf"_qs },
                    { u"size"_qs, 90210 }, { u"file_url"_qs, u"https://cdn.sandbox.invalid/file/%1.pdf"_qs.arg(i) } } } } });
                break;
            case 3:
                latest.insert(u"attachments"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                    { u"id"_qs, random.digits(16) }, { u"mime_type"_qs, u"video/mp4"_qs }, { u"name"_qs, u"video.mp4"_qs },
                    { u"video_data"_qs, QJsonObject{ { u"url"_qs, u"https://cdn.sandbox.invalid/video/%1.mp4"_qs.arg(i) },
                        { u"preview_url"_qs, u"https://cdn.sandbox.invalid/video/%1.jpg"_qs.arg(i) } } } } } } });
                break;
            case 4:
                if (ig)
                    latest.insert(u"story"_qs, QJsonObject{ { u"reply_to"_qs, QJsonObject{
                        { u"link"_qs, u"https://lookaside.sandbox.invalid/story/%1"_qs.arg(i) }, { u"id"_qs, random.digits(17) } } } });
                else
                    latest.insert(u"sticker"_qs, u"https://scontent.sandbox.invalid/sticker/369239263222822.png"_qs);
                break;
            case 5:
                if (ig)
                    latest = QJsonObject{ { u"story"_qs, QJsonObject{ { u"mention"_qs, QJsonObject{
                        { u"link"_qs, u"https://lookaside.sandbox.invalid/mention/%1"_qs.arg(i) }, { u"id"_qs, random.digits(17) } } } } } };
                else
                    latest.insert(u"shares"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                        { u"link"_qs, u"https://www.facebook.com/demobutik/posts/%1"_qs.arg(random.digits(12)) },
                        { u"name"_qs, u"Yeni sezon ceketler"_qs } } } } });
                break;
            case 6:
                if (ig)
                    latest = QJsonObject{ { u"is_unsupported"_qs, true } };
                else
                    latest.insert(u"reactions"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ QJsonObject{
                        { u"reaction"_qs, u"❤"_qs }, { u"users"_qs, QJsonArray{ QJsonObject{ { u"id"_qs, kPageId } } } } } } } });
                break;
            case 7:
                // A message the customer removed, then their real question.
                appendMessage(index, QJsonObject{ { u"is_deleted"_qs, true } }, last - 2 * Minute);
                break;
            default:
                break;
            }
            setNowOverride(last);
            appendMessage(index, latest, last);
            QJsonObject c = m_conversations.at(index).toObject();
            c.insert(u"unread_count"_qs, 1);
            m_conversations.replace(index, c);
        }
    }
    setNowOverride(0);
    touch();
}

void MetaEmulator::appendMessage(int index, QJsonObject message, qint64 atMs)
{
    QJsonObject c = m_conversations.at(index).toObject();
    const QJsonObject customer = c.value(u"customer").toObject();
    const bool ig = c.value(u"platform").toString() == u"instagram";
    const bool fromBusiness = message.value(u"_fromBusiness").toBool();
    message.remove(u"_fromBusiness"_qs);
    QJsonObject business = ig ? QJsonObject{ { u"id"_qs, kInstagramId }, { u"username"_qs, kInstagramUsername } }
                              : QJsonObject{ { u"id"_qs, kPageId }, { u"name"_qs, kPageName } };
    QJsonObject person{ { u"id"_qs, customer.value(u"id") } };
    if (ig)
        person.insert(u"username"_qs, customer.value(u"username"));
    else {
        if (customer.contains(u"name"))
            person.insert(u"name"_qs, customer.value(u"name"));
        if (customer.contains(u"email"))
            person.insert(u"email"_qs, customer.value(u"email"));
    }
    message.insert(u"id"_qs, nextMessageId());
    message.insert(u"created_time"_qs, graphTime(atMs));
    message.insert(u"from"_qs, fromBusiness ? business : person);
    message.insert(u"to"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ fromBusiness ? person : business } } });
    message.insert(u"_sandbox"_qs, QJsonObject{ { u"createdMs"_qs, atMs }, { u"fromBusiness"_qs, fromBusiness } });
    QJsonArray messages = c.value(u"messages").toArray();
    messages.append(message);
    c.insert(u"messages"_qs, messages);
    c.insert(u"updated_time"_qs, graphTime(atMs));
    QJsonObject sandbox = c.value(u"_sandbox").toObject();
    sandbox.insert(u"updatedMs"_qs, atMs);
    if (!fromBusiness)
        sandbox.insert(u"lastInboundMs"_qs, atMs);
    c.insert(u"_sandbox"_qs, sandbox);
    if (!fromBusiness)
        c.insert(u"unread_count"_qs, c.value(u"unread_count").toInt() + 1);
    else
        c.insert(u"unread_count"_qs, 0);
    m_conversations.replace(index, c);
    touch();
}

void MetaEmulator::customerWrites(int index, qint64 atMs)
{
    const QJsonObject c = m_conversations.at(index).toObject();
    const bool turkish = c.value(u"customer").toObject().value(u"language").toString() == u"tr";
    appendMessage(index, QJsonObject{ { u"message"_qs, pick(turkish ? turkishQuestions() : englishQuestions()) } }, atMs);
}

int MetaEmulator::addNewOrders(int count)
{
    if (m_conversations.isEmpty())
        return 0;
    const qint64 t = now();
    for (int i = 0; i < count; ++i) {
        SeedRandom r(m_randomState);
        m_randomState = r.next();
        customerWrites(int(m_randomState % quint64(m_conversations.size())), t);
    }
    return count;
}

void MetaEmulator::deliverDueReplies()
{
    const qint64 t = now();
    QJsonArray keep;
    for (const QJsonValue &v : std::as_const(m_pendingReplies)) {
        const QJsonObject p = v.toObject();
        const qint64 due = p.value(u"dueMs").toInteger();
        if (due > t) {
            keep.append(p);
            continue;
        }
        appendMessage(p.value(u"conversation").toInt(), QJsonObject{ { u"message"_qs, p.value(u"text") } }, due);
    }
    if (keep.size() != m_pendingReplies.size()) {
        m_pendingReplies = keep;
        touch();
    }
}

bool MetaEmulator::carrierStep()
{
    const qsizetype before = m_pendingReplies.size();
    deliverDueReplies();
    return m_pendingReplies.size() != before;
}

QJsonObject MetaEmulator::state() const
{
    return { { u"page"_qs, QJsonObject{ { u"id"_qs, kPageId }, { u"name"_qs, kPageName } } },
        { u"instagram"_qs, QJsonObject{ { u"id"_qs, kInstagramId }, { u"username"_qs, kInstagramUsername } } },
        { u"conversations"_qs, m_conversations }, { u"pendingReplies"_qs, m_pendingReplies },
        { u"uploads"_qs, m_uploads }, { u"counter"_qs, qint64(m_counter) },
        { u"randomState"_qs, QString::number(m_randomState) } };
}

bool MetaEmulator::loadState(const QJsonObject &state)
{
    if (!state.value(u"conversations").isArray())
        return false;
    m_conversations = state.value(u"conversations").toArray();
    m_pendingReplies = state.value(u"pendingReplies").toArray();
    m_uploads = state.value(u"uploads").toArray();
    m_counter = quint64(state.value(u"counter").toInteger());
    m_randomState = state.value(u"randomState").toString().toULongLong();
    touch();
    return true;
}

int MetaEmulator::conversationIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).toObject().value(u"id").toString() == id)
            return int(i);
    }
    return -1;
}

int MetaEmulator::conversationOfCustomer(const QString &customerId) const
{
    for (qsizetype i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).toObject().value(u"customer").toObject().value(u"id").toString() == customerId)
            return int(i);
    }
    return -1;
}

qint64 MetaEmulator::lastInboundMs(const QJsonObject &c) const
{
    return c.value(u"_sandbox").toObject().value(u"lastInboundMs").toInteger();
}

QJsonObject MetaEmulator::messageView(const QJsonObject &, const QJsonObject &message) const
{
    QJsonObject m = message;
    m.remove(u"_sandbox"_qs);
    return m;
}

QJsonObject MetaEmulator::conversationView(const QJsonObject &c) const
{
    const bool ig = c.value(u"platform").toString() == u"instagram";
    const QJsonObject customer = c.value(u"customer").toObject();
    QJsonObject person{ { u"id"_qs, customer.value(u"id") } };
    QJsonObject business{ { u"id"_qs, ig ? kInstagramId : kPageId } };
    if (ig) {
        person.insert(u"username"_qs, customer.value(u"username"));
        business.insert(u"username"_qs, kInstagramUsername);
    } else {
        if (customer.contains(u"name"))
            person.insert(u"name"_qs, customer.value(u"name"));
        if (customer.contains(u"email"))
            person.insert(u"email"_qs, customer.value(u"email"));
        business.insert(u"name"_qs, kPageName);
    }
    QJsonArray recent;
    const QJsonArray messages = c.value(u"messages").toArray();
    for (qsizetype i = messages.size() - 1; i >= 0 && recent.size() < 25; --i) {
        const QJsonObject m = messages.at(i).toObject();
        recent.append(QJsonObject{ { u"id"_qs, m.value(u"id") }, { u"created_time"_qs, m.value(u"created_time") } });
    }
    return { { u"id"_qs, c.value(u"id") }, { u"updated_time"_qs, c.value(u"updated_time") },
        { u"unread_count"_qs, c.value(u"unread_count") },
        { u"message_count"_qs, messages.size() },
        { u"participants"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ person, business } } } },
        { u"messages"_qs, QJsonObject{ { u"data"_qs, recent } } } };
}

HttpResponse MetaEmulator::paged(const HttpRequest &request, const QString &version, const QJsonArray &all, int defaultLimit)
{
    int limit = request.hasQuery(u"limit"_qs) ? request.queryValue(u"limit"_qs).toInt() : defaultLimit;
    limit = qBound(1, limit, 100);
    int offset = 0;
    if (request.hasQuery(u"after"_qs)) {
        bool ok = false;
        offset = QString::fromUtf8(QByteArray::fromBase64(request.queryValue(u"after"_qs).toLatin1())).section(u':', 1).toInt(&ok);
        if (!ok || offset < 0)
            return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) Invalid cursor"_qs);
    }
    QJsonArray data;
    for (int i = offset; i < all.size() && data.size() < limit; ++i)
        data.append(all.at(i));
    auto cursor = [](int at) { return QString::fromLatin1(QByteArray(("sbx:" + QByteArray::number(at))).toBase64()); };
    QJsonObject paging{ { u"cursors"_qs, QJsonObject{ { u"before"_qs, cursor(offset) }, { u"after"_qs, cursor(offset + int(data.size())) } } } };
    if (offset + data.size() < all.size()) {
        const QByteArray host = request.header("Host").isEmpty() ? QByteArray("127.0.0.1") : request.header("Host");
        QUrl next(u"http://"_qs + QString::fromLatin1(host));
        next.setPath(request.mountPrefix + u'/' + version + request.path.section(u'/', 2, -1, QString::SectionIncludeLeadingSep));
        QUrlQuery q = request.query;
        q.removeAllQueryItems(u"after"_qs);
        q.removeAllQueryItems(u"limit"_qs);
        q.addQueryItem(u"limit"_qs, QString::number(limit));
        q.addQueryItem(u"after"_qs, cursor(offset + int(data.size())));
        next.setQuery(q);
        paging.insert(u"next"_qs, next.toString(QUrl::FullyEncoded));
    }
    return HttpResponse::json(200, QJsonObject{ { u"data"_qs, data }, { u"paging"_qs, paging } });
}

HttpResponse MetaEmulator::listConversations(const HttpRequest &request, const QString &version)
{
    const QString platform = request.hasQuery(u"platform"_qs) ? request.queryValue(u"platform"_qs) : u"messenger"_qs;
    if (platform != u"messenger" && platform != u"instagram")
        return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) param platform must be one of {MESSENGER, INSTAGRAM}"_qs);
    QList<QJsonObject> list;
    for (const QJsonValue &v : std::as_const(m_conversations)) {
        const QJsonObject c = v.toObject();
        if (c.value(u"platform").toString() != platform)
            continue;
        if (request.hasQuery(u"user_id"_qs) && c.value(u"customer").toObject().value(u"id").toString() != request.queryValue(u"user_id"_qs))
            continue;
        list << c;
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"_sandbox").toObject().value(u"updatedMs").toInteger()
            > b.value(u"_sandbox").toObject().value(u"updatedMs").toInteger();
    });
    const QString fields = request.hasQuery(u"fields"_qs) ? request.queryValue(u"fields"_qs) : u"id,updated_time"_qs;
    QJsonArray all;
    for (const QJsonObject &c : std::as_const(list))
        all.append(selectGraphFields(conversationView(c), fields));
    return paged(request, version, all, 25);
}

HttpResponse MetaEmulator::listMessages(const HttpRequest &request, const QString &version, int index)
{
    const QJsonObject c = m_conversations.at(index).toObject();
    const QJsonArray messages = c.value(u"messages").toArray();
    const QString fields = request.hasQuery(u"fields"_qs) ? request.queryValue(u"fields"_qs) : u"id,created_time"_qs;
    QJsonArray all;
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        all.append(selectGraphFields(messageView(c, messages.at(i).toObject()), fields));
    return paged(request, version, all, 25);
}

QJsonObject MetaEmulator::page(const QString &fields) const
{
    const QJsonObject full{ { u"id"_qs, kPageId }, { u"name"_qs, kPageName },
        { u"access_token"_qs, kPageToken }, { u"tasks"_qs, QJsonArray{ u"ADVERTISE"_qs, u"ANALYZE"_qs, u"CREATE_CONTENT"_qs, u"MESSAGING"_qs, u"MODERATE"_qs, u"MANAGE"_qs } },
        { u"instagram_business_account"_qs, QJsonObject{ { u"id"_qs, kInstagramId }, { u"username"_qs, kInstagramUsername } } } };
    return selectGraphFields(full, fields);
}

HttpResponse MetaEmulator::node(const HttpRequest &request, const QString &id)
{
    const QString fields = request.queryValue(u"fields"_qs);
    if (id == kPageId) {
        QJsonObject p = page(fields.isEmpty() ? u"id,name"_qs : fields);
        p.remove(u"access_token"_qs); // only /me/accounts hands out Page tokens
        return HttpResponse::json(200, p);
    }
    if (id == kInstagramId)
        return HttpResponse::json(200, selectGraphFields(QJsonObject{ { u"id"_qs, kInstagramId }, { u"username"_qs, kInstagramUsername } }, fields));
    // A person (user profile API): PSID or IGSID of a customer.
    const int ci = conversationOfCustomer(id);
    if (ci >= 0) {
        const QJsonObject customer = m_conversations.at(ci).toObject().value(u"customer").toObject();
        QJsonObject profile{ { u"id"_qs, id }, { u"profile_pic"_qs, customer.value(u"profile_pic") } };
        if (customer.contains(u"name")) {
            profile.insert(u"name"_qs, customer.value(u"name"));
            profile.insert(u"first_name"_qs, customer.value(u"name").toString().section(u' ', 0, 0));
            profile.insert(u"last_name"_qs, customer.value(u"name").toString().section(u' ', 1));
        }
        if (customer.contains(u"username"))
            profile.insert(u"username"_qs, customer.value(u"username"));
        return HttpResponse::json(200, selectGraphFields(profile, fields.isEmpty() ? u"id,name"_qs : fields));
    }
    // A message: Instagram only gives details of a conversation's 20 most recent ones.
    for (const QJsonValue &cv : std::as_const(m_conversations)) {
        const QJsonObject c = cv.toObject();
        const QJsonArray messages = c.value(u"messages").toArray();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject m = messages.at(i).toObject();
            if (m.value(u"id").toString() != id)
                continue;
            if (c.value(u"platform").toString() == u"instagram" && messages.size() - i > 20)
                return graphError(400, 100, 33, u"GraphMethodException"_qs, u"This message has been deleted."_qs);
            return HttpResponse::json(200, selectGraphFields(messageView(c, m), fields.isEmpty() ? u"id,created_time"_qs : fields));
        }
    }
    const int conversation = conversationIndex(id);
    if (conversation >= 0)
        return HttpResponse::json(200, selectGraphFields(conversationView(m_conversations.at(conversation).toObject()), fields.isEmpty() ? u"id"_qs : fields));
    return graphError(400, 100, 33, u"GraphMethodException"_qs,
        u"Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to missing permissions, or does not support this operation."_qs.arg(id));
}

HttpResponse MetaEmulator::uploadAttachment(const HttpRequest &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    const QJsonObject attachment = body ? body->value(u"message").toObject().value(u"attachment").toObject() : QJsonObject();
    const QString url = attachment.value(u"payload").toObject().value(u"url").toString();
    if (url.isEmpty())
        return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) message[attachment][payload][url] is required"_qs);
    const QString id = u"att_"_qs + QString::number(1000 + m_uploads.size());
    m_uploads.append(QJsonObject{ { u"attachment_id"_qs, id }, { u"type"_qs, attachment.value(u"type") }, { u"url"_qs, url } });
    touch();
    return HttpResponse::json(200, QJsonObject{ { u"attachment_id"_qs, id } });
}

HttpResponse MetaEmulator::send(const HttpRequest &request)
{
    std::optional<QJsonObject> body = parseObject(request.body);
    if (!body) {
        // Form-encoded: each value is JSON or a plain string.
        const QUrlQuery form(QString::fromUtf8(request.body));
        QJsonObject o;
        for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded)) {
            const QJsonDocument d = QJsonDocument::fromJson(v.toUtf8());
            o.insert(k, d.isObject() ? QJsonValue(d.object()) : QJsonValue(v));
        }
        if (o.isEmpty())
            return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) The parameter recipient is required"_qs);
        body = o;
    }
    const QString recipient = body->value(u"recipient").toObject().value(u"id").toString();
    if (recipient.isEmpty())
        return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) The parameter recipient is required"_qs);
    const int index = conversationOfCustomer(recipient);
    if (index < 0)
        return graphError(400, 100, 2018001, u"OAuthException"_qs, u"(#100) No matching user found"_qs);
    const QJsonObject c = m_conversations.at(index).toObject();
    const bool ig = c.value(u"platform").toString() == u"instagram";
    if (body->contains(u"sender_action"))
        return HttpResponse::json(200, QJsonObject{ { u"recipient_id"_qs, recipient } });
    const QJsonObject message = body->value(u"message").toObject();
    const QString text = message.value(u"text").toString();
    const QJsonObject attachment = message.value(u"attachment").toObject();
    if (text.isEmpty() && attachment.isEmpty())
        return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) Must send either message or state"_qs);
    const qsizetype limit = ig ? 1000 : 2000;
    if (text.toUcs4().size() > (ig ? limit - 1 : limit))
        return graphError(400, 100, 0, u"OAuthException"_qs,
            u"(#100) Length of param message[text] must be less than or equal to %1"_qs.arg(ig ? limit - 1 : limit));
    const QString type = body->value(u"messaging_type").toString(u"RESPONSE"_qs);
    const QString tag = body->value(u"tag").toString();
    const qint64 age = now() - lastInboundMs(c);
    const bool inWindow = lastInboundMs(c) > 0 && age < Day;
    const bool humanAgent = type == u"MESSAGE_TAG" && tag == u"HUMAN_AGENT" && lastInboundMs(c) > 0 && age < 7 * Day;
    if (!inWindow && !humanAgent)
        return graphError(400, 10, ig ? 2534022 : 2018278, u"OAuthException"_qs,
            u"(#10) This message is sent outside of allowed window."_qs);
    QJsonObject stored;
    if (!text.isEmpty())
        stored.insert(u"message"_qs, text);
    if (!attachment.isEmpty()) {
        const QString kind = attachment.value(u"type").toString();
        QString url = attachment.value(u"payload").toObject().value(u"url").toString();
        const QString attachmentId = attachment.value(u"payload").toObject().value(u"attachment_id").toString();
        for (const QJsonValue &u : std::as_const(m_uploads)) {
            if (u.toObject().value(u"attachment_id").toString() == attachmentId)
                url = u.toObject().value(u"url").toString();
        }
        if (url.isEmpty())
            return graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) Attachment could not be fetched"_qs);
        QJsonObject a{ { u"id"_qs, QString::number(900000 + m_counter) }, { u"mime_type"_qs,
            kind == u"image" ? u"image/jpeg"_qs : kind == u"video" ? u"video/mp4"_qs : kind == u"audio" ? u"audio/mpeg"_qs : u"application/octet-stream"_qs } };
        if (kind == u"image")
            a.insert(u"image_data"_qs, QJsonObject{ { u"url"_qs, url }, { u"preview_url"_qs, url } });
        else if (kind == u"video")
            a.insert(u"video_data"_qs, QJsonObject{ { u"url"_qs, url } });
        else
            a.insert(u"file_url"_qs, url);
        stored.insert(u"attachments"_qs, QJsonObject{ { u"data"_qs, QJsonArray{ a } } });
    }
    stored.insert(u"_fromBusiness"_qs, true);
    appendMessage(index, stored, now());
    const QJsonArray messages = m_conversations.at(index).toObject().value(u"messages").toArray();
    const QString mid = messages.last().toObject().value(u"id").toString();
    if (!tag.isEmpty()) {
        QJsonObject updated = m_conversations.at(index).toObject();
        QJsonArray ms = updated.value(u"messages").toArray();
        QJsonObject last = ms.last().toObject();
        QJsonObject sb = last.value(u"_sandbox").toObject();
        sb.insert(u"tag"_qs, tag);
        last.insert(u"_sandbox"_qs, sb);
        ms.replace(ms.size() - 1, last);
        updated.insert(u"messages"_qs, ms);
        m_conversations.replace(index, updated);
    }
    // Every other reply gets an answer from the simulated customer a little later.
    if (m_counter % 2 == 0 && !text.isEmpty()) {
        const bool turkish = c.value(u"customer").toObject().value(u"language").toString() == u"tr";
        m_pendingReplies.append(QJsonObject{ { u"conversation"_qs, index }, { u"dueMs"_qs, now() + kReplyDelayMs },
            { u"text"_qs, pick(turkish ? turkishAnswers() : englishAnswers()) } });
    }
    touch();
    return HttpResponse::json(200, QJsonObject{ { u"recipient_id"_qs, recipient }, { u"message_id"_qs, mid } });
}

namespace {

quint32 pngCrc(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}

void pngChunk(QByteArray &out, const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    const quint32 length = quint32(data.size());
    const quint32 crc = pngCrc(typed);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((length >> shift) & 0xFF));
    out.append(typed);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((crc >> shift) & 0xFF));
}

// An RGB PNG of w×h with a diagonal gradient in a colour derived from seed, and a tEXt chunk naming the path (a
// marker tests look for).
QByteArray makePng(int w, int h, quint32 seed, const QByteArray &comment)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    for (const quint32 v : { quint32(w), quint32(h) }) {
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char((v >> shift) & 0xFF));
    }
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    pngChunk(out, "IHDR", ihdr);
    pngChunk(out, "tEXt", QByteArray("Comment") + '\0' + comment);
    QByteArray raw;
    raw.reserve((w * 3 + 1) * h);
    const int r0 = int(seed & 0xFF), g0 = int((seed >> 8) & 0xFF), b0 = int((seed >> 16) & 0xFF);
    for (int y = 0; y < h; ++y) {
        raw.append(char(0));
        for (int x = 0; x < w; ++x) {
            const int t = (x + y) * 255 / qMax(1, w + h);
            raw.append(char((r0 + t) & 0xFF)).append(char((g0 + t / 2) & 0xFF)).append(char((b0 + 255 - t) & 0xFF));
        }
    }
    pngChunk(out, "IDAT", qCompress(raw).mid(4)); // qCompress: 4-byte length, then a zlib stream
    pngChunk(out, "IEND", {});
    return out;
}

} // namespace

QByteArray MetaEmulator::mediaBytes(const QString &path, QByteArray *contentType)
{
    const QString lower = path.toLower();
    if (lower.contains(u"corrupt")) {
        *contentType = "image/png";
        return QByteArray("\x89PNG\r\n\x1a\n not really an image ", 30).repeated(4);
    }
    if (lower.contains(u"garbage")) {
        *contentType = "image/jpeg";
        return "<html>an error page served as an image " + path.toUtf8() + "</html>";
    }
    if (lower.endsWith(u".jpg") || lower.endsWith(u".jpeg") || lower.endsWith(u".png") || lower.endsWith(u".gif")) {
        *contentType = "image/png";
        const bool profile = lower.startsWith(u"/media/scontent/v/");
        return makePng(profile ? 96 : 320, profile ? 96 : 240, quint32(qHash(path)), "SellerDesk sandbox media " + path.toUtf8());
    }
    if (lower.endsWith(u".mp4")) {
        *contentType = "video/mp4";
        return QByteArray("\0\0\0\x18" "ftypmp42 sandbox video ", 27) + path.toUtf8();
    }
    if (lower.endsWith(u".pdf")) {
        *contentType = "application/pdf";
        return "%PDF-1.4\n% sandbox document " + path.toUtf8() + "\n%%EOF\n";
    }
    *contentType = "application/octet-stream";
    return "sandbox media " + path.toUtf8();
}

HttpResponse MetaEmulator::media(const HttpRequest &request)
{
    // The CDN (cdn.…, scontent.…): signed URLs, no token, no Graph rate limit.
    ++m_mediaRequests;
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::text(405, "method not allowed");
    if (request.path.contains(u"missing"))
        return HttpResponse::text(404, "not found");
    HttpResponse response;
    response.status = 200;
    QByteArray type;
    response.body = mediaBytes(request.path, &type);
    response.setHeader("Content-Type", type);
    response.setHeader("Cache-Control", "max-age=1209600");
    return response;
}

void MetaEmulator::rewriteMediaUrls(HttpResponse &response, const HttpRequest &request)
{
    // Seeded data names Meta-like CDN hosts; the answers point them at this sandbox's /meta/media/ so that clients
    // can fetch the bytes over loopback.
    if (!response.body.contains(".sandbox.invalid/"))
        return;
    const QByteArray host = request.header("Host").isEmpty() ? QByteArray("127.0.0.1") : request.header("Host");
    const QByteArray base = "http://" + host + request.mountPrefix.toUtf8() + "/media/";
    for (const QByteArray &cdn : { QByteArray("cdn"), QByteArray("scontent"), QByteArray("lookaside") })
        response.body.replace(QByteArray("https://" + cdn + ".sandbox.invalid/"), QByteArray(base + cdn + '/'));
}

HttpResponse MetaEmulator::handle(const HttpRequest &request)
{
    if (request.path.startsWith(u"/media/"))
        return media(request);
    HttpResponse response = handleGraph(request);
    rewriteMediaUrls(response, request);
    return response;
}

HttpResponse MetaEmulator::handleGraph(const HttpRequest &request)
{
    deliverDueReplies();
    static const QRegularExpression versionPattern(u"^/(v\\d+\\.\\d+)(/.*)?$"_qs);
    const QRegularExpressionMatch vm = versionPattern.match(request.path);
    if (!vm.hasMatch())
        return graphError(400, 2500, 0, u"OAuthException"_qs, u"Unknown path components: %1"_qs.arg(request.path));
    const QString version = vm.captured(1);
    const QString path = vm.captured(2).isEmpty() ? u"/"_qs : vm.captured(2);

    TokenKind kind = TokenKind::Page;
    if (std::optional<HttpResponse> refused = checkToken(request, &kind))
        return *refused;
    const QByteArray &m = request.method;
    const bool isSend = m == "POST";
    const QString token = kind == TokenKind::Page ? u"page"_qs : u"system"_qs;
    const RateLimiter::Decision decision = countRequest(token, isSend ? u"send"_qs : u"conversations"_qs);
    if (!decision.allowed)
        return withUsage(isSend ? graphError(400, 32, 0, u"OAuthException"_qs, u"(#32) Page request limit reached"_qs)
                                : graphError(400, 613, 0, u"OAuthException"_qs, u"(#613) Calls to this api have exceeded the rate limit."_qs),
            decision);

    QStringList captures;
    HttpResponse response;
    if (m == "GET" && path == u"/me") {
        response = HttpResponse::json(200, kind == TokenKind::Page
                ? selectGraphFields(page(u"id,name"_qs), request.queryValue(u"fields"_qs).isEmpty() ? u"id,name"_qs : request.queryValue(u"fields"_qs))
                : QJsonObject{ { u"id"_qs, kSystemUserId }, { u"name"_qs, u"SellerDesk Sistem Kullanıcısı"_qs } });
    } else if (m == "GET" && path == u"/me/accounts") {
        if (kind == TokenKind::Page)
            response = graphError(400, 100, 0, u"OAuthException"_qs, u"(#100) Tried accessing nonexisting field (accounts) on node type (Page)"_qs);
        else
            response = paged(request, version, QJsonArray{ page(request.queryValue(u"fields"_qs).isEmpty() ? u"id,name,access_token"_qs : request.queryValue(u"fields"_qs)) }, 25);
    } else if (kind == TokenKind::SystemUser && path != u"/me" && (matchPath(path, u"/{}/conversations") || matchPath(path, u"/{}/messages"))) {
        response = graphError(400, 190, 0, u"OAuthException"_qs, u"(#190) This method must be called with a Page Access Token"_qs);
    } else if (m == "GET" && matchPath(path, u"/{}/conversations", &captures)) {
        response = captures.at(0) == kPageId || captures.at(0) == u"me"
            ? listConversations(request, version)
            : graphError(400, 100, 33, u"GraphMethodException"_qs, u"Unsupported get request."_qs);
    } else if (m == "GET" && matchPath(path, u"/{}/messages", &captures)) {
        const int index = conversationIndex(captures.at(0));
        response = index >= 0 ? listMessages(request, version, index)
                              : graphError(400, 100, 33, u"GraphMethodException"_qs, u"Unsupported get request."_qs);
    } else if (m == "POST" && matchPath(path, u"/{}/messages", &captures) && (captures.at(0) == kPageId || captures.at(0) == u"me")) {
        response = send(request);
    } else if (m == "POST" && matchPath(path, u"/{}/message_attachments", &captures) && captures.at(0) == kPageId) {
        response = uploadAttachment(request);
    } else if (m == "GET" && matchPath(path, u"/{}", &captures)) {
        response = node(request, captures.at(0));
    } else {
        response = graphError(400, 100, 0, u"OAuthException"_qs, u"Unknown path components: %1"_qs.arg(path));
    }
    return withUsage(response, decision);
}

} // namespace sd::sandbox
