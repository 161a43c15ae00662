#include "messagingwindow.h"

namespace sd::connectors::meta {

namespace {

QString duration(qint64 ms)
{
    const qint64 minutes = (ms + 59999) / 60000; // rounded up: "1 minute" until the very end
    if (minutes < 60)
        return MessagingWindow::tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return MessagingWindow::tr("%n hour(s)", nullptr, int(hours));
    return MessagingWindow::tr("%n day(s)", nullptr, int(hours / 24));
}

} // namespace

QString WindowDecision::messagingType() const
{
    return mode == ReplyMode::HumanAgent ? QStringLiteral("MESSAGE_TAG") : QStringLiteral("RESPONSE");
}

QString WindowDecision::tag() const
{
    return mode == ReplyMode::HumanAgent ? QStringLiteral("HUMAN_AGENT") : QString();
}

WindowDecision MessagingWindow::evaluate(const WindowInput &in)
{
    WindowDecision d;
    if (in.lastCustomerMessageMs <= 0) {
        d.reason = BlockReason::NoCustomerMessage;
        return d;
    }
    // A customer message stamped a little after our clock (clock skew) counts as just now.
    const qint64 age = qMax<qint64>(0, in.nowMs - in.lastCustomerMessageMs);
    if (age < kStandardWindowMs) {
        d.mode = ReplyMode::Response;
        d.closesAtMs = in.lastCustomerMessageMs + kStandardWindowMs;
        d.timeLeftMs = kStandardWindowMs - age;
        return d;
    }
    if (age >= kHumanAgentWindowMs) {
        d.reason = BlockReason::HumanAgentExpired;
        return d;
    }
    if (!in.humanAgentApproved || !in.writtenByPerson) {
        d.reason = BlockReason::WindowClosed;
        return d;
    }
    d.mode = ReplyMode::HumanAgent;
    d.closesAtMs = in.lastCustomerMessageMs + kHumanAgentWindowMs;
    d.timeLeftMs = kHumanAgentWindowMs - age;
    return d;
}

int MessagingWindow::maxTextLength(Channel channel)
{
    return channel == Channel::Instagram ? 999 : 2000;
}

TextCheck MessagingWindow::checkText(Channel channel, const QString &text)
{
    TextCheck c;
    c.limit = maxTextLength(channel);
    c.length = int(text.toUcs4().size());
    if (text.trimmed().isEmpty())
        c.problem = TextProblem::Empty;
    else if (c.length > c.limit)
        c.problem = TextProblem::TooLong;
    return c;
}

QString MessagingWindow::explain(const WindowDecision &d)
{
    switch (d.mode) {
    case ReplyMode::Response:
        return tr("Reply window open: %1 left.").arg(duration(d.timeLeftMs));
    case ReplyMode::HumanAgent:
        return tr("The 24-hour window has closed; this reply goes with the human agent tag (%1 left). Only send "
                  "replies written by a person.")
            .arg(duration(d.timeLeftMs));
    case ReplyMode::Blocked:
        break;
    }
    switch (d.reason) {
    case BlockReason::NoCustomerMessage:
        return tr("The customer has not written yet. Meta only lets the customer start a conversation.");
    case BlockReason::WindowClosed:
        return tr("More than 24 hours have passed since the customer's last message, so Meta does not allow a reply "
                  "now. With Meta's Human Agent approval a person may still answer for up to 7 days; otherwise wait "
                  "for the customer to write again.");
    case BlockReason::HumanAgentExpired:
        return tr("More than 7 days have passed since the customer's last message. Nothing can be sent until the "
                  "customer writes again.");
    case BlockReason::None:
        break;
    }
    return {};
}

QString MessagingWindow::explain(const TextCheck &c)
{
    switch (c.problem) {
    case TextProblem::Empty:
        return tr("The message is empty.");
    case TextProblem::TooLong:
        return tr("The message has %1 characters; this platform accepts at most %2.").arg(c.length).arg(c.limit);
    case TextProblem::None:
        break;
    }
    return {};
}

} // namespace sd::connectors::meta
