// The customer behind a conversation and the marketplace orders that belong to them. The rules (phone in E.164,
// lower-cased email, a cautious Turkish-folded name rule) and their confidences are documented in
// core/inbox/README.md. The rules themselves are pure functions (matchOrders) so that they can be tested from a
// table; CustomerMatcher loads a conversation's customer and the candidate orders from the store.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::store {
class Database;
}

namespace sd::inbox {

enum class MatchRule {
    Linked, // the order's customer row is the conversation's customer row
    Phone,  // the same phone number in E.164
    Email,  // the same email address, lower-cased
    Name,   // the same Turkish-folded full name (weak: a possible match only)
};

enum class MatchStrength {
    Confirmed, // shown as the customer's order
    Possible,  // shown as "possible match"; never treated as the customer's order
};

// Where an identity of the conversation's customer came from.
enum class IdentitySource {
    Stored,      // customer_identities of the customer
    MessageText, // written by the customer in one of their own (incoming) messages
};

struct ContactValue
{
    QString value; // E.164 phone or lower-cased email
    IdentitySource source = IdentitySource::Stored;
    friend bool operator==(const ContactValue &, const ContactValue &) = default;
};

// What the rules know about the conversation's customer.
struct MatchSubject
{
    QString customerId;
    QString name;
    QList<ContactValue> phones;
    QList<ContactValue> emails;
    bool nameUniqueInWorkspace = true; // no other conversation customer has the same folded name
};

// What the rules know about an order (raw values as the platform gave them; the rules normalise them).
struct OrderCandidate
{
    QString orderId;
    QString customerId;
    QStringList names;  // customer name, shipping name, invoice name
    QStringList phones; // shipping and invoice address phones, any format
    QStringList emails;
};

struct OrderMatch
{
    QString orderId;
    MatchRule rule = MatchRule::Linked;
    MatchStrength strength = MatchStrength::Confirmed;
    int confidence = 0; // 0…100
    QString matchedValue; // the phone, email or folded name that matched (empty for Linked)

    // Display fields, filled by CustomerMatcher::matchedOrders.
    QString orderNumber;
    QString platform; // connections.platform: trendyol, hepsiburada, n11, woocommerce
    QString connectionName;
    qint64 orderedAt = 0;
    qint64 totalMinor = 0;
    QString currency;
    QString unifiedStatus;
};

struct CustomerNote
{
    QString body;
    qint64 createdAt = 0;
};

// The conversation's customer as the side panel shows it.
struct CustomerProfile
{
    QString conversationId;
    QString workspaceId;
    QString customerId; // empty when the conversation has no customer row
    QString name;
    QString channel; // conversations.channel: messenger / instagram (empty: unknown)
    QString connectionName;
    QStringList handles; // @username, platform ids
    QList<ContactValue> phones;
    QList<ContactValue> emails;
    QString city;
    QStringList labels;
    QList<CustomerNote> notes;
};

class CustomerMatcher
{
public:
    // A phone number in E.164 ("+905321234567"), or empty when it is not one. Turkish forms are understood:
    // "0532 123 45 67", "+90 (532) 123-45-67", "90 532 …", "0090 532 …", "532 123 45 67" (10 digits starting
    // with 5, a mobile number without its 0); other countries need "+" or "00".
    [[nodiscard]] static QString normalizePhone(QStringView raw);
    // Trimmed and lower-cased when it looks like an address (one '@', a dot in the domain, no spaces); else empty.
    [[nodiscard]] static QString normalizeEmail(QStringView raw);
    // The folded words of a full name joined by one space ("Çağrı  YILDIZ" → "cagri yildiz"); empty when it has
    // fewer than two words of at least two letters (a nickname or an initial is not a name).
    [[nodiscard]] static QString nameKey(QStringView name);
    // Phone numbers and email addresses written in a text, normalised, without duplicates.
    [[nodiscard]] static QStringList phonesInText(QStringView text);
    [[nodiscard]] static QStringList emailsInText(QStringView text);

    // The rules: every candidate that matches, with its strongest rule. Order of the result: as the candidates.
    [[nodiscard]] static QList<OrderMatch> matchOrders(const MatchSubject &subject,
        const QList<OrderCandidate> &candidates);

    // The conversation's customer: name, channel, identities (plus phones/emails from their incoming
    // messages), labels and notes. NotFound when there is no such conversation.
    [[nodiscard]] static Result<CustomerProfile> profile(store::Database &db, const QString &conversationId);
    // The orders of the workspace that match the profile, confirmed first, each group newest first.
    [[nodiscard]] static Result<QList<OrderMatch>> matchedOrders(store::Database &db, const CustomerProfile &profile);
};

} // namespace sd::inbox
