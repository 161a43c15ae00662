#include "metasend.h"

#include "metaclient.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::meta {

namespace {

Error sendError(SendError code, const QString &message)
{
    return Error{ QString(MetaSend::kErrorDomain), int(code), message };
}

} // namespace

MetaSendCheck MetaSend::check(const MetaOutgoing &m, qint64 nowMs, bool humanAgentApproved)
{
    MetaSendCheck c;
    c.window = MessagingWindow::evaluate(
        { m.channel, m.lastCustomerMessageMs, nowMs, humanAgentApproved, m.writtenByPerson });
    if (m.attachmentUrl.isEmpty() && m.attachmentId.isEmpty())
        c.text = MessagingWindow::checkText(m.channel, m.text);
    return c;
}

QByteArray MetaSend::body(const MetaOutgoing &m, const WindowDecision &window)
{
    QJsonObject message;
    if (!m.attachmentUrl.isEmpty() || !m.attachmentId.isEmpty()) {
        QJsonObject payload;
        if (!m.attachmentId.isEmpty())
            payload.insert(QStringLiteral("attachment_id"), m.attachmentId);
        else {
            payload.insert(QStringLiteral("url"), m.attachmentUrl.toString(QUrl::FullyEncoded));
            payload.insert(QStringLiteral("is_reusable"), true);
        }
        message.insert(QStringLiteral("attachment"),
            QJsonObject{ { QStringLiteral("type"), m.attachmentKind }, { QStringLiteral("payload"), payload } });
    } else {
        message.insert(QStringLiteral("text"), m.text);
    }
    QJsonObject root{ { QStringLiteral("recipient"), QJsonObject{ { QStringLiteral("id"), m.recipientId } } },
        { QStringLiteral("messaging_type"), window.messagingType() }, { QStringLiteral("message"), message } };
    if (!window.tag().isEmpty())
        root.insert(QStringLiteral("tag"), window.tag());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status MetaSend::validate(const MetaOutgoing &m, qint64 nowMs, bool humanAgentApproved)
{
    if (m.recipientId.isEmpty())
        return sendError(SendError::NoRecipient, tr("This conversation has no customer to reply to."));
    static const QStringList kinds{ QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("file") };
    if ((!m.attachmentUrl.isEmpty() || !m.attachmentId.isEmpty()) && !kinds.contains(m.attachmentKind))
        return sendError(SendError::Unsupported, tr("Meta does not accept this kind of attachment."));
    const MetaSendCheck c = check(m, nowMs, humanAgentApproved);
    if (!c.window.allowed())
        return sendError(SendError::WindowClosed, MessagingWindow::explain(c.window));
    if (!c.text.ok())
        return sendError(SendError::TextInvalid, MessagingWindow::explain(c.text));
    return {};
}

Result<net::HttpJob *> MetaSend::prepare(MetaClient &client, const MetaOutgoing &m, qint64 nowMs)
{
    if (Status s = validate(m, nowMs, client.connection().humanAgentApproved); !s)
        return s.error();
    const MetaSendCheck c = check(m, nowMs, client.connection().humanAgentApproved);
    net::HttpRequest request = client.api().request("POST", client.connection().pageId + u"/messages");
    request.body = body(m, c.window);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = MetaClient::kSendGroup;
    request.retryable = false;
    return client.createSendJob(request);
}

Result<net::HttpJob *> MetaSend::prepareUpload(MetaClient &client, Channel channel, const QString &kind, const QUrl &url)
{
    static const QStringList kinds{ QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("file") };
    if (!kinds.contains(kind) || !url.isValid() || url.scheme() != u"https")
        return sendError(SendError::Unsupported, tr("Meta only takes images, videos, audio and files from an https address."));
    QJsonObject body{ { QStringLiteral("message"),
        QJsonObject{ { QStringLiteral("attachment"),
            QJsonObject{ { QStringLiteral("type"), kind },
                { QStringLiteral("payload"),
                    QJsonObject{ { QStringLiteral("url"), url.toString(QUrl::FullyEncoded) },
                        { QStringLiteral("is_reusable"), true } } } } } } } };
    if (channel == Channel::Instagram)
        body.insert(QStringLiteral("platform"), QStringLiteral("instagram"));
    net::HttpRequest request = client.api().request("POST", client.connection().pageId + u"/message_attachments");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = MetaClient::kSendGroup;
    return client.createSendJob(request);
}

QString MetaSend::attachmentIdOf(const net::HttpResponse &response)
{
    return response.json.object().value(u"attachment_id").toString();
}

QString MetaSend::messageIdOf(const net::HttpResponse &response)
{
    return response.json.object().value(u"message_id").toString();
}

bool MetaSend::outcomeUnknown(const net::NetFailure &failure)
{
    switch (failure.kind) {
    case net::NetError::ConnectionLost:
    case net::NetError::Timeout:
    case net::NetError::Cancelled:
        return true;
    case net::NetError::Server:
        return failure.platformCode.isEmpty(); // a bare 5xx: Meta may have done it anyway
    case net::NetError::Malformed:
        return true; // an answer arrived but could not be read
    default:
        return false;
    }
}

} // namespace sd::connectors::meta
