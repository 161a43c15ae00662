// Plain values of the Meta inbox: the channel, one conversation, one message and its attachments as read from the
// Graph API, and what a token reaches. No Qt objects, no store types: the mapper makes them, the ingest writes them.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sd::connectors::meta {

enum class Channel { Messenger, Instagram };

// "messenger" / "instagram": the Graph API's `platform` parameter and the conversations.channel value.
[[nodiscard]] inline QString channelName(Channel c)
{
    return c == Channel::Instagram ? QStringLiteral("instagram") : QStringLiteral("messenger");
}
[[nodiscard]] inline std::optional<Channel> channelFromName(const QString &name)
{
    if (name == QLatin1String("messenger"))
        return Channel::Messenger;
    if (name == QLatin1String("instagram"))
        return Channel::Instagram;
    return std::nullopt;
}

// A person as Meta shows them: PSID/IGSID, and a name (Messenger) or username (Instagram) when given.
struct MetaPerson
{
    QString id;
    QString name;
    QString username;
    QString email;
    QString pictureUrl;
    [[nodiscard]] QString displayName() const { return !name.isEmpty() ? name : username; }
};

struct MetaAttachment
{
    // The attachments.kind value: image, video, audio, file, sticker, story_reply, story_mention, share, unsupported.
    QString kind;
    QString externalId; // stable per message: "<mid>:a0", "<mid>:share0", "<mid>:story"…
    QString mimeType;
    QString name; // file name or share title
    std::optional<qint64> size;
    QString url;
    QString previewUrl;
};

struct MetaMessage
{
    QString id; // mid
    qint64 createdMs = 0;
    MetaPerson from;
    QList<MetaPerson> to;
    QString text;
    bool outgoing = false; // sent by the Page / the IG business account
    bool unsent = false; // removed by its sender (is_deleted)
    QString replyToId;
    QString reactionsJson; // compact JSON array [{"reaction":"❤","users":["id",…]}], empty when none
    QList<MetaAttachment> attachments;
};

struct MetaConversation
{
    QString id;
    Channel channel = Channel::Messenger;
    qint64 updatedMs = 0;
    std::optional<int> unreadCount;
    MetaPerson customer; // the participant that is not the business
    QList<MetaMessage> messages; // inline messages, when the list asked for them
};

// One Page a token reaches, with its linked Instagram professional account when there is one.
struct MetaPageAccess
{
    QString pageId;
    QString pageName;
    QString pageToken; // from /me/accounts (user or system-user token); empty: the pasted token is this Page's
    QStringList tasks; // MESSAGING, MODERATE… when Meta lists them
    QString instagramId;
    QString instagramUsername;

    [[nodiscard]] bool canMessage() const
    {
        return tasks.isEmpty() || tasks.contains(QStringLiteral("MESSAGING")) || tasks.contains(QStringLiteral("MODERATE"));
    }
};

} // namespace sd::connectors::meta

Q_DECLARE_METATYPE(sd::connectors::meta::MetaPageAccess)
