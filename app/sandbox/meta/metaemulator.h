// Emulator of Meta's Graph API for Page messaging: Messenger and Instagram (via the Page) conversations, messages,
// user profiles, the Send API with the messaging window rules, token checks with Meta's error shapes, cursor
// paging, `fields=` selection, throttling headers and rate-limit errors. Simulated customers (Turkish and
// English) answer some of the seller's replies after a short delay and write new messages over time.
#pragma once

#include "../engine/platformemulator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::sandbox {

class MetaEmulator final : public PlatformEmulator
{
public:
    static inline const QString kPageId = QStringLiteral("104857392011");
    static inline const QString kPageName = QStringLiteral("Demo Butik");
    static inline const QString kInstagramId = QStringLiteral("17841400123456789");
    static inline const QString kInstagramUsername = QStringLiteral("demobutik");
    static inline const QString kSystemUserId = QStringLiteral("61550000000001");
    static inline const QString kPageToken = QStringLiteral("EAAsbxPageToken4Dm0Butik7Qx2");
    static inline const QString kSystemUserToken = QStringLiteral("EAAsbxSystemUserToken9Lm4");
    static inline const QString kExpiredToken = QStringLiteral("EAAsbxExpiredToken1Zz9");
    static inline const QString kRevokedToken = QStringLiteral("EAAsbxRevokedToken3Pw6");
    static constexpr qint64 kReplyDelayMs = 20 * 1000; // a simulated customer answers 20 s after the seller

    explicit MetaEmulator(const Clock *clock);

    [[nodiscard]] QString name() const override { return QStringLiteral("meta"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] HttpResponse errorResponse(int status) const override;
    [[nodiscard]] HttpResponse rateLimitedResponse(int retryAfterSeconds) const override;
    void reseed(quint64 seed, qint64 referenceMs, int orderCount) override;
    // New customer messages: in existing conversations or a new one.
    int addNewOrders(int count) override;
    // Delivers simulated replies that are due.
    bool carrierStep() override;
    [[nodiscard]] QJsonObject state() const override;
    [[nodiscard]] bool loadState(const QJsonObject &state) override;
    [[nodiscard]] QJsonObject credentials() const override;
    // Requests served under /meta/media/ so far (attachment and profile picture bytes): tests count fetches.
    [[nodiscard]] int mediaRequests() const { return m_mediaRequests; }
    // The bytes served for a media path (e.g. "/media/cdn/image/3.jpg"): a PNG for images.
    [[nodiscard]] static QByteArray mediaBytes(const QString &path, QByteArray *contentType);

private:
    enum class TokenKind { Page, SystemUser };

    [[nodiscard]] static HttpResponse graphError(int http, int code, int subcode, const QString &type,
        const QString &message);
    [[nodiscard]] HttpResponse withUsage(HttpResponse response, const RateLimiter::Decision &d) const;
    [[nodiscard]] std::optional<HttpResponse> checkToken(const HttpRequest &request, TokenKind *kind) const;
    [[nodiscard]] QJsonObject page(const QString &fields) const;
    [[nodiscard]] HttpResponse listConversations(const HttpRequest &request, const QString &version);
    [[nodiscard]] HttpResponse listMessages(const HttpRequest &request, const QString &version, int conversation);
    [[nodiscard]] HttpResponse node(const HttpRequest &request, const QString &id);
    [[nodiscard]] HttpResponse send(const HttpRequest &request);
    [[nodiscard]] HttpResponse uploadAttachment(const HttpRequest &request);
    [[nodiscard]] HttpResponse handleGraph(const HttpRequest &request);
    [[nodiscard]] HttpResponse media(const HttpRequest &request);
    static void rewriteMediaUrls(HttpResponse &response, const HttpRequest &request);
    [[nodiscard]] static HttpResponse paged(const HttpRequest &request, const QString &version, const QJsonArray &all,
        int defaultLimit);

    [[nodiscard]] int conversationIndex(const QString &id) const;
    [[nodiscard]] int conversationOfCustomer(const QString &customerId) const;
    [[nodiscard]] QJsonObject messageView(const QJsonObject &conversation, const QJsonObject &message) const;
    [[nodiscard]] QJsonObject conversationView(const QJsonObject &conversation) const;
    [[nodiscard]] qint64 lastInboundMs(const QJsonObject &conversation) const;
    void appendMessage(int conversation, QJsonObject message, qint64 atMs);
    void customerWrites(int conversation, qint64 atMs);
    void deliverDueReplies();
    [[nodiscard]] QString nextMessageId();
    [[nodiscard]] QString pick(const QStringList &list);

    QJsonArray m_conversations; // API-shaped, messages oldest first, "_sandbox" holds what the API never shows
    QJsonArray m_pendingReplies; // {conversation, dueMs, text}
    QJsonArray m_uploads;
    quint64 m_counter = 0;
    quint64 m_randomState = 1;
    int m_mediaRequests = 0;
};

// Keeps only the requested top-level fields of a Graph object ("id,name,messages.limit(5){id}" → id, name,
// messages). "id" is always kept.
[[nodiscard]] QJsonObject selectGraphFields(const QJsonObject &object, const QString &fields);

} // namespace sd::sandbox
