#include "metamapper.h"

#include "connectors/jsonfieldreader.h"
#include "graphtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sd::connectors::meta {

namespace {

const QString kPlatform = QStringLiteral("meta");

QJsonArray dataOf(const QJsonValue &edge)
{
    // Edges come as {"data":[…]}; some older shapes give the array directly.
    if (edge.isArray())
        return edge.toArray();
    return edge.toObject().value(u"data").toArray();
}

QString str(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

MetaAttachment mediaAttachment(const QJsonObject &a, const QString &externalId)
{
    MetaAttachment out;
    out.externalId = externalId;
    out.mimeType = str(a, u"mime_type");
    out.name = str(a, u"name");
    if (a.value(u"size").isDouble())
        out.size = a.value(u"size").toInteger();
    const QJsonObject image = a.value(u"image_data").toObject();
    const QJsonObject video = a.value(u"video_data").toObject();
    const QString type = str(a, u"type"); // webhook-style attachments {type, payload{url}}
    const QJsonObject payload = a.value(u"payload").toObject();
    if (!image.isEmpty()) {
        out.kind = QStringLiteral("image");
        out.url = str(image, u"url");
        out.previewUrl = str(image, u"preview_url");
    } else if (!video.isEmpty()) {
        out.kind = QStringLiteral("video");
        out.url = str(video, u"url");
        out.previewUrl = str(video, u"preview_url");
    } else if (out.mimeType.startsWith(u"audio/")) {
        out.kind = QStringLiteral("audio");
        out.url = str(a, u"file_url");
    } else if (out.mimeType.startsWith(u"image/")) {
        out.kind = QStringLiteral("image");
        out.url = str(a, u"file_url");
    } else if (out.mimeType.startsWith(u"video/")) {
        out.kind = QStringLiteral("video");
        out.url = str(a, u"file_url");
    } else if (!str(a, u"file_url").isEmpty()) {
        out.kind = QStringLiteral("file");
        out.url = str(a, u"file_url");
    } else if (type == u"image" || type == u"video" || type == u"audio" || type == u"file" || type == u"sticker") {
        out.kind = type;
        out.url = str(payload, u"url");
    } else {
        out.kind = QStringLiteral("unsupported");
        out.url = str(payload, u"url");
        if (out.name.isEmpty())
            out.name = type;
    }
    return out;
}

QString reactionsJson(const QJsonValue &edge)
{
    QJsonArray out;
    for (const QJsonValue &v : dataOf(edge)) {
        const QJsonObject r = v.toObject();
        const QString emoji = str(r, u"reaction").isEmpty() ? str(r, u"emoji") : str(r, u"reaction");
        if (emoji.isEmpty())
            continue;
        QJsonArray users;
        for (const QJsonValue &u : r.value(u"users").toArray()) {
            const QString id = u.isObject() ? str(u.toObject(), u"id") : u.toString();
            if (!id.isEmpty())
                users.append(id);
        }
        out.append(QJsonObject{ { QStringLiteral("reaction"), emoji }, { QStringLiteral("users"), users } });
    }
    return out.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace

MetaPerson MetaMapper::mapPerson(const QJsonObject &json)
{
    MetaPerson p;
    p.id = str(json, u"id");
    p.name = str(json, u"name");
    if (p.name.isEmpty()) {
        const QString first = str(json, u"first_name");
        const QString last = str(json, u"last_name");
        p.name = QString(first + u' ' + last).trimmed();
    }
    p.username = str(json, u"username");
    p.email = str(json, u"email").toLower();
    p.pictureUrl = str(json, u"profile_pic");
    if (p.pictureUrl.isEmpty())
        p.pictureUrl = str(json, u"profile_picture_url");
    return p;
}

std::optional<MetaMessage> MetaMapper::mapMessage(
    const QJsonObject &json, const QStringList &businessIds, MappingError *error)
{
    JsonFieldReader r(kPlatform);
    MetaMessage m;
    m.id = r.text(json, u"id", {}, true);
    r.setRecordId(m.id);
    const std::optional<qint64> created = parseGraphTime(json.value(u"created_time"));
    if (!created)
        r.fail(QStringLiteral("created_time"), QStringLiteral("missing or not a Graph time"));
    else
        m.createdMs = *created;
    const QJsonValue fromValue = json.value(u"from");
    if (!fromValue.isUndefined() && !fromValue.isNull() && !fromValue.isObject())
        r.fail(QStringLiteral("from"), QStringLiteral("not an object"));
    m.from = mapPerson(fromValue.toObject());
    for (const QJsonValue &t : dataOf(json.value(u"to")))
        m.to.append(mapPerson(t.toObject()));
    const QJsonValue text = json.value(u"message");
    if (!text.isUndefined() && !text.isNull() && !text.isString())
        r.fail(QStringLiteral("message"), QStringLiteral("not a string"));
    m.text = text.toString();
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    m.outgoing = !m.from.id.isEmpty() && businessIds.contains(m.from.id);
    m.unsent = json.value(u"is_deleted").toBool();
    m.replyToId = str(json.value(u"reply_to").toObject(), u"mid");
    m.reactionsJson = reactionsJson(json.value(u"reactions"));

    const QJsonArray attachments = dataOf(json.value(u"attachments"));
    for (qsizetype i = 0; i < attachments.size(); ++i)
        m.attachments.append(mediaAttachment(attachments.at(i).toObject(), m.id + u":a" + QString::number(i)));

    const QJsonArray shares = dataOf(json.value(u"shares"));
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const QJsonObject s = shares.at(i).toObject();
        MetaAttachment a;
        a.kind = QStringLiteral("share");
        a.externalId = m.id + u":share" + QString::number(i);
        a.url = str(s, u"link");
        a.name = str(s, u"name");
        a.previewUrl = str(s, u"picture");
        m.attachments.append(a);
    }

    const QJsonValue sticker = json.value(u"sticker");
    if (sticker.isString() || sticker.isObject()) {
        MetaAttachment a;
        a.kind = QStringLiteral("sticker");
        a.externalId = m.id + u":sticker";
        a.url = sticker.isString() ? sticker.toString() : str(sticker.toObject(), u"url");
        m.attachments.append(a);
    }

    const QJsonObject story = json.value(u"story").toObject();
    for (const auto &[key, kind] : { std::pair{ u"reply_to", u"story_reply" }, std::pair{ u"mention", u"story_mention" } }) {
        const QJsonObject s = story.value(QStringView(key)).toObject();
        if (s.isEmpty())
            continue;
        MetaAttachment a;
        a.kind = QString::fromUtf16(kind);
        a.externalId = m.id + u':' + a.kind;
        a.url = str(s, u"link");
        a.name = str(s, u"id");
        m.attachments.append(a);
    }

    if (json.value(u"is_unsupported").toBool()) {
        MetaAttachment a;
        a.kind = QStringLiteral("unsupported");
        a.externalId = m.id + u":unsupported";
        m.attachments.append(a);
    }
    if (m.unsent) {
        m.text.clear(); // what the sender removed is not kept
        m.attachments.clear();
    }
    return m;
}

std::optional<MetaConversation> MetaMapper::mapConversation(
    const QJsonObject &json, Channel channel, const QStringList &businessIds, MappingError *error)
{
    JsonFieldReader r(kPlatform);
    MetaConversation c;
    c.channel = channel;
    c.id = r.text(json, u"id", {}, true);
    r.setRecordId(c.id);
    const std::optional<qint64> updated = parseGraphTime(json.value(u"updated_time"));
    if (!updated)
        r.fail(QStringLiteral("updated_time"), QStringLiteral("missing or not a Graph time"));
    else
        c.updatedMs = *updated;
    if (const std::optional<qint64> unread = r.integer(json, u"unread_count"))
        c.unreadCount = int(qBound(qint64(0), *unread, qint64(1000000)));
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    for (const QJsonValue &p : dataOf(json.value(u"participants"))) {
        const MetaPerson person = mapPerson(p.toObject());
        if (!person.id.isEmpty() && !businessIds.contains(person.id)) {
            c.customer = person;
            break;
        }
    }
    MetaMessagePage inline_ = mapMessages(json.value(u"messages").toObject(), businessIds);
    c.messages = inline_.messages;
    if (c.customer.id.isEmpty()) {
        // No participants field: the customer is whoever wrote or was written to.
        for (const MetaMessage &m : std::as_const(c.messages)) {
            if (!m.outgoing && !m.from.id.isEmpty()) {
                c.customer = m.from;
                break;
            }
        }
    }
    return c;
}

MetaConversationPage MetaMapper::mapConversations(
    const QJsonObject &page, Channel channel, const QStringList &businessIds)
{
    MetaConversationPage out;
    for (const QJsonValue &v : page.value(u"data").toArray()) {
        MappingError e;
        if (!v.isObject()) {
            out.errors.append({ kPlatform, {}, QStringLiteral("data[]"), QStringLiteral("not an object") });
            continue;
        }
        if (auto c = mapConversation(v.toObject(), channel, businessIds, &e))
            out.conversations.append(*c);
        else
            out.errors.append(e);
    }
    return out;
}

MetaMessagePage MetaMapper::mapMessages(const QJsonObject &page, const QStringList &businessIds)
{
    MetaMessagePage out;
    for (const QJsonValue &v : page.value(u"data").toArray()) {
        MappingError e;
        if (!v.isObject()) {
            out.errors.append({ kPlatform, {}, QStringLiteral("data[]"), QStringLiteral("not an object") });
            continue;
        }
        if (auto m = mapMessage(v.toObject(), businessIds, &e))
            out.messages.append(*m);
        else
            out.errors.append(e);
    }
    return out;
}

QString MetaMapper::preview(const MetaMessage &m)
{
    if (m.unsent)
        return QCoreApplication::translate("sd::connectors::meta", "[message removed]");
    if (!m.text.isEmpty())
        return m.text.left(140);
    if (!m.attachments.isEmpty())
        return u'[' + m.attachments.first().kind + u']';
    return {};
}

} // namespace sd::connectors::meta
