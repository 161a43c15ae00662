// Graph API JSON → the Meta inbox values (metatypes.h): conversations with their customer, messages with text,
// attachments of every kind Meta documents (unknown kinds kept as "unsupported"), removed messages, reactions.
// Pure functions; a record that cannot be read becomes a MappingError and the rest of its page is kept.
#pragma once

#include "connectors/mappingerror.h"
#include "metatypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sd::connectors::meta {

struct MetaConversationPage
{
    QList<MetaConversation> conversations;
    QList<MappingError> errors;
};

struct MetaMessagePage
{
    QList<MetaMessage> messages;
    QList<MappingError> errors;
};

class MetaMapper
{
public:
    // businessIds: the Page id and the Instagram account id (whoever is not one of them is the customer).
    [[nodiscard]] static MetaConversationPage mapConversations(
        const QJsonObject &page, Channel channel, const QStringList &businessIds);
    [[nodiscard]] static MetaMessagePage mapMessages(const QJsonObject &page, const QStringList &businessIds);

    // One record; nullopt with *error filled when it cannot be read.
    [[nodiscard]] static std::optional<MetaConversation> mapConversation(
        const QJsonObject &json, Channel channel, const QStringList &businessIds, MappingError *error);
    [[nodiscard]] static std::optional<MetaMessage> mapMessage(
        const QJsonObject &json, const QStringList &businessIds, MappingError *error);

    // A person object {id, name|username, email, profile_pic}; also the user profile answer.
    [[nodiscard]] static MetaPerson mapPerson(const QJsonObject &json);
    // What a conversation list shows as the last message: the text, or a bracketed attachment kind.
    [[nodiscard]] static QString preview(const MetaMessage &message);
};

} // namespace sd::connectors::meta
