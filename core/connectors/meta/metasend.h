// The send action of the Meta inbox: checks the messaging window and the platform's length limit before any
// call, then builds an unstarted POST {page}/messages job that the job layer never repeats (a send that may have
// reached Meta is not sent again automatically). The outbox dispatches it; see README.md for the exact contract.
#pragma once

#include "common/result.h"
#include "messagingwindow.h"
#include "metatypes.h"
#include "net/httpresponse.h"
#include "net/neterror.h"

#include <QCoreApplication>
#include <QUrl>

namespace sd::net {
class HttpJob;
}

namespace sd::connectors::meta {

class MetaClient;

enum class SendError {
    WindowClosed = 1, // refused before the call by the window rules
    TextInvalid, // empty or over the platform's limit
    NoRecipient, // the conversation has no customer id
    Unsupported, // e.g. an attachment kind the channel does not take
};

struct MetaOutgoing
{
    Channel channel = Channel::Messenger;
    QString recipientId; // PSID / IGSID
    QString text; // text message, or
    QUrl attachmentUrl; // a public URL Meta fetches (image/video/audio/file), or
    QString attachmentId; // an id from POST {page}/message_attachments
    QString attachmentKind = QStringLiteral("image"); // image, video, audio, file
    qint64 lastCustomerMessageMs = 0;
    bool writtenByPerson = true;
};

struct MetaSendCheck
{
    WindowDecision window;
    TextCheck text;
};

class MetaSend
{
    Q_DECLARE_TR_FUNCTIONS(sd::connectors::meta::MetaSend)
public:
    static inline const QLatin1StringView kErrorDomain{ "meta.send" };

    // The rules alone (for a composer): window decision and text check at nowMs.
    [[nodiscard]] static MetaSendCheck check(const MetaOutgoing &message, qint64 nowMs, bool humanAgentApproved);
    // The request body Meta expects (recipient, messaging_type, tag, message).
    [[nodiscard]] static QByteArray body(const MetaOutgoing &message, const WindowDecision &window);
    // The checks prepare() makes, without a client: an error of kErrorDomain when the message cannot go.
    [[nodiscard]] static Status validate(const MetaOutgoing &message, qint64 nowMs, bool humanAgentApproved);
    // Checks, then returns the unstarted job (owned by the caller until started; it deletes itself after
    // finished). Errors of domain kErrorDomain with a SendError code and a translated message.
    [[nodiscard]] static Result<net::HttpJob *> prepare(
        MetaClient &client, const MetaOutgoing &message, qint64 nowMs);
    // Uploads an attachment Meta fetches from a public URL, for later sends by id: POST {page}/message_attachments
    // (with "platform":"instagram" for Instagram). Unstarted; repeating it is harmless, but it is not repeated either.
    [[nodiscard]] static Result<net::HttpJob *> prepareUpload(
        MetaClient &client, Channel channel, const QString &kind, const QUrl &url);
    // The id from an upload's answer ({"attachment_id"}), empty when missing.
    [[nodiscard]] static QString attachmentIdOf(const net::HttpResponse &response);
    // Meta's message id from a successful answer ({"recipient_id","message_id"}), empty when missing.
    [[nodiscard]] static QString messageIdOf(const net::HttpResponse &response);
    // Whether the failure leaves it unknown if Meta received the message (check the thread before retrying).
    [[nodiscard]] static bool outcomeUnknown(const net::NetFailure &failure);
};

} // namespace sd::connectors::meta
