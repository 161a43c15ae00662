// Meta's messaging window as a pure function of data: may a reply go now, as a normal response, with the
// HUMAN_AGENT tag, or not at all — with the time left and the reason — and the platforms' text length limits.
// The composer shows the decision before sending; the send path checks it again before the call.
#pragma once

#include "metatypes.h"

#include <QCoreApplication>
#include <QString>

namespace sd::connectors::meta {

enum class ReplyMode {
    Response, // inside the standard 24-hour window: messaging_type RESPONSE
    HumanAgent, // 24 h – 7 days, a person's reply, Human Agent approved: MESSAGE_TAG + HUMAN_AGENT
    Blocked,
};

enum class BlockReason {
    None,
    NoCustomerMessage, // only the person can open a conversation
    WindowClosed, // past 24 h and the human agent tag cannot be used (not approved, or an automated reply)
    HumanAgentExpired, // past 7 days: nothing may be sent until the customer writes again
};

struct WindowInput
{
    Channel channel = Channel::Messenger;
    qint64 lastCustomerMessageMs = 0; // 0: the customer never wrote
    qint64 nowMs = 0;
    bool humanAgentApproved = false; // the Meta app has the Human Agent feature
    bool writtenByPerson = true; // automated replies may never use HUMAN_AGENT
};

struct WindowDecision
{
    ReplyMode mode = ReplyMode::Blocked;
    BlockReason reason = BlockReason::None;
    qint64 timeLeftMs = 0; // until the current mode ends (Response: the 24 h; HumanAgent: the 7 days); 0 when blocked
    qint64 closesAtMs = 0;

    [[nodiscard]] bool allowed() const { return mode != ReplyMode::Blocked; }
    // Graph API fields: "RESPONSE" or "MESSAGE_TAG"; tag "HUMAN_AGENT" or empty.
    [[nodiscard]] QString messagingType() const;
    [[nodiscard]] QString tag() const;
};

enum class TextProblem { None, Empty, TooLong };

struct TextCheck
{
    TextProblem problem = TextProblem::None;
    int length = 0; // in Unicode code points
    int limit = 0;
    [[nodiscard]] bool ok() const { return problem == TextProblem::None; }
};

class MessagingWindow
{
    Q_DECLARE_TR_FUNCTIONS(sd::connectors::meta::MessagingWindow)
public:
    static constexpr qint64 kStandardWindowMs = 24LL * 3600 * 1000;
    static constexpr qint64 kHumanAgentWindowMs = 7LL * 24 * 3600 * 1000;

    [[nodiscard]] static WindowDecision evaluate(const WindowInput &input);

    // Messenger: 2 000 characters; Instagram: under 1 000 (so 999). Counted in code points.
    [[nodiscard]] static int maxTextLength(Channel channel);
    [[nodiscard]] static TextCheck checkText(Channel channel, const QString &text);

    // Translated sentences for the composer and the CLI.
    [[nodiscard]] static QString explain(const WindowDecision &decision);
    [[nodiscard]] static QString explain(const TextCheck &check);
};

} // namespace sd::connectors::meta
