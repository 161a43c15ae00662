#include "customermatch.h"

#include "common/textfold.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace sd::inbox {

using store::Statement;

namespace {

constexpr int kCandidateLimit = 200;  // rows read per rule (a customer with more orders is not the common case)
constexpr int kMessagesScanned = 500; // the customer's latest incoming messages searched for phones/emails

bool validE164Digits(const QString &digits)
{
    // E.164: a country code not starting with 0, at most 15 digits; Turkish numbers have 10 after +90.
    if (digits.size() < 8 || digits.size() > 15 || digits.front() == u'0')
        return false;
    if (digits.startsWith(QLatin1String("90")))
        return digits.size() == 12;
    return true;
}

OrderMatch made(const QString &orderId, MatchRule rule, MatchStrength strength, int confidence, const QString &value)
{
    OrderMatch m;
    m.orderId = orderId;
    m.rule = rule;
    m.strength = strength;
    m.confidence = confidence;
    m.matchedValue = value;
    return m;
}

int rank(const OrderMatch &m)
{
    // Higher is stronger; on equal confidence Linked > Phone > Email > Name.
    return m.confidence * 10 + (3 - int(m.rule));
}

// The subject's values (E.164 phones / lower-cased emails) → the best source of each.
QHash<QString, IdentitySource> valueSources(const QList<ContactValue> &values)
{
    QHash<QString, IdentitySource> out;
    for (const ContactValue &v : values) {
        auto it = out.find(v.value);
        if (it == out.end())
            out.insert(v.value, v.source);
        else if (v.source == IdentitySource::Stored)
            *it = IdentitySource::Stored;
    }
    return out;
}

void addUnique(QList<ContactValue> &list, const QString &value, IdentitySource source)
{
    if (value.isEmpty())
        return;
    for (const ContactValue &v : std::as_const(list)) {
        if (v.value == value)
            return;
    }
    list.append({value, source});
}

const char16_t *const kOrderColumns =
    u"SELECT o.id, ifnull(o.customer_id, ''), ifnull(o.customer_name, ''), ifnull(o.shipping_name, ''),"
    u" ifnull(json_extract(o.invoice_address_json, '$.fullName'), ''), ifnull(o.customer_email, ''),"
    u" ifnull(json_extract(o.shipping_address_json, '$.phone'), ''),"
    u" ifnull(json_extract(o.invoice_address_json, '$.phone'), ''), o.order_number, cn.platform, cn.display_name,"
    u" o.ordered_at, o.total_minor, o.currency, o.unified_status"
    u" FROM orders o JOIN connections cn ON cn.id = o.connection_id ";

// SQL: a JSON phone with the usual separators removed (a prefilter; the exact rule runs in C++).
QString strippedPhoneSql(const char *column)
{
    return u"replace(replace(replace(replace(replace(ifnull(json_extract(o.%1, '$.phone'), ''), ' ', ''), '-', ''),"
           u" '(', ''), ')', ''), '.', '')"_qs.arg(QLatin1String(column));
}

struct Loaded
{
    OrderCandidate candidate;
    OrderMatch display;
};

Status readOrders(Statement &st, QHash<QString, Loaded> &into, QStringList &order)
{
    for (int n = 0; n < kCandidateLimit; ++n) {
        Result<bool> row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString id = st.text(0);
        if (into.contains(id))
            continue;
        Loaded l;
        l.candidate.orderId = id;
        l.candidate.customerId = st.text(1);
        l.candidate.names = QStringList{st.text(2), st.text(3), st.text(4)};
        l.candidate.emails = QStringList{st.text(5)};
        l.candidate.phones = QStringList{st.text(6), st.text(7)};
        l.display.orderId = id;
        l.display.orderNumber = st.text(8);
        l.display.platform = st.text(9);
        l.display.connectionName = st.text(10);
        l.display.orderedAt = st.int64(11);
        l.display.totalMinor = st.int64(12);
        l.display.currency = st.text(13);
        l.display.unifiedStatus = st.text(14);
        into.insert(id, l);
        order.append(id);
    }
    st.reset();
    return {};
}

template<typename... Args>
Status queryOrders(store::Database &db, const QString &where, QHash<QString, Loaded> &into, QStringList &order,
    const Args &...args)
{
    Result<Statement> st
        = db.prepare(QString(QString::fromUtf16(kOrderColumns) + where + u" LIMIT %1"_qs.arg(kCandidateLimit)));
    if (!st)
        return st.error();
    if (Status s = st->bindAll(args...); !s)
        return s;
    return readOrders(*st, into, order);
}

// True when another customer who has a conversation in the workspace carries the same folded full name.
Result<bool> nameTakenByAnother(store::Database &db, const CustomerProfile &profile, const QString &key)
{
    Result<store::SearchPage> page
        = store::SearchIndex::search(db, {profile.name, {store::SearchKind::Customer}, 50, 0});
    if (!page)
        return page.error();
    Result<Statement> st = db.prepare(
        u"SELECT cu.display_name FROM customers cu WHERE cu.id = ?1 AND cu.workspace_id = ?2 AND cu.deleted = 0"
        u" AND EXISTS (SELECT 1 FROM conversations c WHERE c.customer_id = cu.id AND c.deleted = 0)");
    if (!st)
        return st.error();
    for (const store::SearchHit &hit : std::as_const(page->hits)) {
        if (hit.id.isEmpty() || hit.id == profile.customerId)
            continue;
        if (Status s = st->bindAll(hit.id, profile.workspaceId); !s)
            return s.error();
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        const bool same = *row && CustomerMatcher::nameKey(st->text(0)) == key;
        st->reset();
        if (same)
            return true;
    }
    // Conversations without a customer row, named by the platform only.
    Result<Statement> loose = db.prepare(
        u"SELECT participant_name FROM conversations WHERE workspace_id = ?1 AND customer_id IS NULL AND deleted = 0"
        u" AND id <> ?2 AND participant_name IS NOT NULL LIMIT 2000");
    if (!loose)
        return loose.error();
    const QString lastWord = key.section(u' ', -1);
    if (Status s = loose->bindAll(profile.workspaceId, profile.conversationId); !s)
        return s.error();
    for (;;) {
        Result<bool> row = loose->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString other = loose->text(0);
        if (sd::text::foldForSearch(other).contains(lastWord) && CustomerMatcher::nameKey(other) == key)
            return true;
    }
    return false;
}

} // namespace

QString CustomerMatcher::normalizePhone(QStringView raw)
{
    const QStringView trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit()) {
            if (c.unicode() > 127)
                return {};
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.' && c != u'/' && c != QChar(0xA0)) {
            return {};
        }
    }
    if (plus) {
        // "+90 (0532) …": the national 0 written after the country code.
        if (digits.startsWith(QLatin1String("900")) && digits.size() == 13)
            digits.remove(2, 1);
    } else if (digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        if (digits.startsWith(QLatin1String("900")) && digits.size() == 13)
            digits.remove(2, 1);
    } else if (digits.startsWith(QLatin1String("90")) && digits.size() == 12) {
        // already country code + 10 digits
    } else if (digits.startsWith(u'0') && digits.size() == 11) {
        digits = u"90"_qs + digits.mid(1);
    } else if (digits.size() == 10 && digits.front() >= u'2' && digits.front() <= u'5') {
        digits = u"90"_qs + digits; // a Turkish number without its leading 0 (mobile 5xx, landline 2xx–4xx)
    } else {
        return {};
    }
    if (!validE164Digits(digits))
        return {};
    return u'+' + digits;
}

QString CustomerMatcher::normalizeEmail(QStringView raw)
{
    const QString e = raw.trimmed().toString().toLower();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || at == e.size() - 1)
        return {};
    const QStringView domain = QStringView(e).mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
        return {};
    for (const QChar c : e) {
        if (c.isSpace() || c == u'<' || c == u'>' || c == u',' || c == u';')
            return {};
    }
    return e;
}

QString CustomerMatcher::nameKey(QStringView name)
{
    const QString folded = sd::text::foldForSearch(name);
    QStringList words;
    QString word;
    for (const QChar c : QString(folded + u' ')) {
        if (c.isLetter()) {
            word += c;
        } else if (c == u'\'' || c == u'\u2019') {
            continue; // "O'Neil", "Ali'nin" stay one word
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    const auto full = std::count_if(words.cbegin(), words.cend(), [](const QString &w) { return w.size() >= 2; });
    return full >= 2 ? words.join(u' ') : QString();
}

QStringList CustomerMatcher::phonesInText(QStringView text)
{
    // A run of digits with the usual separators, optionally after '+', not inside a longer word or number.
    static const QRegularExpression candidate(uR"((?<![\w+])\+?\d[\d ().\-/]{7,20}\d(?![\w]))"_qs);
    QStringList out;
    auto it = candidate.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString captured = m.captured();
        QString digits = captured;
        digits.removeIf([](QChar c) { return !c.isDigit(); });
        // In free text a bare 10-digit number only counts as a mobile number (5xx): order and tracking numbers
        // are digit runs too.
        if (!captured.startsWith(u'+') && !digits.startsWith(u'0') && !digits.startsWith(QLatin1String("90"))
            && !(digits.size() == 10 && digits.front() == u'5'))
            continue;
        const QString phone = normalizePhone(captured);
        if (!phone.isEmpty() && !out.contains(phone))
            out.append(phone);
    }
    return out;
}

QStringList CustomerMatcher::emailsInText(QStringView text)
{
    static const QRegularExpression candidate(
        uR"((?<![\w.%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"_qs);
    QStringList out;
    auto it = candidate.globalMatch(text);
    while (it.hasNext()) {
        const QString email = normalizeEmail(it.next().captured());
        if (!email.isEmpty() && !out.contains(email))
            out.append(email);
    }
    return out;
}

QList<OrderMatch> CustomerMatcher::matchOrders(const MatchSubject &subject, const QList<OrderCandidate> &candidates)
{
    const QHash<QString, IdentitySource> phones = valueSources(subject.phones);
    const QHash<QString, IdentitySource> emails = valueSources(subject.emails);
    const QString key = subject.nameUniqueInWorkspace ? nameKey(subject.name) : QString();

    QList<OrderMatch> out;
    QList<qsizetype> nameOnly; // indexes in out of the matches made by the name rule alone
    QSet<QString> namePhones, nameEmails; // the contacts on those orders: two people of the same name?
    for (const OrderCandidate &c : candidates) {
        std::optional<OrderMatch> best;
        auto consider = [&best](OrderMatch m) {
            if (!best || rank(m) > rank(*best))
                best = std::move(m);
        };
        if (!subject.customerId.isEmpty() && c.customerId == subject.customerId)
            consider(made(c.orderId, MatchRule::Linked, MatchStrength::Confirmed, 100, {}));
        QString orderPhone, orderEmail;
        for (const QString &raw : c.phones) {
            const QString phone = normalizePhone(raw);
            if (phone.isEmpty())
                continue;
            orderPhone = orderPhone.isEmpty() ? phone : orderPhone;
            if (auto it = phones.constFind(phone); it != phones.constEnd())
                consider(made(c.orderId, MatchRule::Phone, MatchStrength::Confirmed,
                    *it == IdentitySource::Stored ? 100 : 90, phone));
        }
        for (const QString &raw : c.emails) {
            const QString email = normalizeEmail(raw);
            if (email.isEmpty())
                continue;
            orderEmail = orderEmail.isEmpty() ? email : orderEmail;
            if (auto it = emails.constFind(email); it != emails.constEnd())
                consider(made(c.orderId, MatchRule::Email, MatchStrength::Confirmed,
                    *it == IdentitySource::Stored ? 95 : 85, email));
        }
        if (!best && !key.isEmpty()) {
            for (const QString &name : c.names) {
                if (nameKey(name) == key) {
                    consider(made(c.orderId, MatchRule::Name, MatchStrength::Possible, 50, key));
                    nameOnly.append(out.size());
                    if (!orderPhone.isEmpty())
                        namePhones.insert(orderPhone);
                    if (!orderEmail.isEmpty())
                        nameEmails.insert(orderEmail);
                    break;
                }
            }
        }
        if (best)
            out.append(*best);
    }
    // Orders of the same name placed with different phones or emails are different people: the name decides
    // nothing then.
    if (namePhones.size() > 1 || nameEmails.size() > 1) {
        for (auto it = nameOnly.crbegin(); it != nameOnly.crend(); ++it)
            out.removeAt(*it);
    }
    return out;
}

namespace {
// A page-scoped id (PSID/IGSID, digits only) or a platform's user id means nothing to the seller: not a handle.
bool isHandle(const QString &value)
{
    static const QRegularExpression scopedId(QStringLiteral("^[0-9]+$"));
    return !value.trimmed().isEmpty() && !scopedId.match(value.trimmed()).hasMatch();
}
} // namespace

Result<CustomerProfile> CustomerMatcher::profile(store::Database &db, const QString &conversationId)
{
    CustomerProfile p;
    p.conversationId = conversationId;
    {
        Result<Statement> st = db.prepare(
            u"SELECT c.workspace_id, ifnull(c.customer_id, ''), ifnull(c.participant_name, ''), ifnull(c.channel, ''),"
            u" cn.display_name, ifnull(cu.display_name, ''), ifnull(cu.city, ''), ifnull(c.participant_external_id, '')"
            u" FROM conversations c JOIN connections cn ON cn.id = c.connection_id"
            u" LEFT JOIN customers cu ON cu.id = c.customer_id AND cu.deleted = 0"
            u" WHERE c.id = ?1 AND c.deleted = 0");
        if (!st)
            return st.error();
        if (Status s = st->bindAll(conversationId); !s)
            return s.error();
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return store::storeError(store::StoreError::NotFound,
                QCoreApplication::translate("sd::inbox", "This conversation does not exist any more."));
        p.workspaceId = st->text(0);
        p.customerId = st->text(1);
        p.name = st->text(2).isEmpty() ? st->text(5) : st->text(2);
        p.channel = st->text(3);
        p.connectionName = st->text(4);
        p.city = st->text(6);
        if (p.customerId.isEmpty() && isHandle(st->text(7)))
            p.handles.append(st->text(7));
    }
    if (!p.customerId.isEmpty()) {
        Result<Statement> st = db.prepare(u"SELECT kind, value FROM customer_identities"
                                          u" WHERE customer_id = ?1 AND deleted = 0 ORDER BY seq");
        if (!st)
            return st.error();
        if (Status s = st->bindAll(p.customerId); !s)
            return s.error();
        for (;;) {
            Result<bool> row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString kind = st->text(0);
            const QString value = st->text(1);
            if (kind == QLatin1String("phone"))
                addUnique(p.phones, normalizePhone(value), IdentitySource::Stored);
            else if (kind == QLatin1String("email"))
                addUnique(p.emails, normalizeEmail(value), IdentitySource::Stored);
            else if (kind != QLatin1String("platform_user") && isHandle(value) && !p.handles.contains(value))
                p.handles.append(value);
        }

        Result<Statement> tags = db.prepare(
            u"SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
            u" WHERE ct.customer_id = ?1 AND ct.deleted = 0 AND t.deleted = 0 ORDER BY t.name");
        if (!tags)
            return tags.error();
        if (Status s = tags->bindAll(p.customerId); !s)
            return s.error();
        for (;;) {
            Result<bool> row = tags->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            p.labels.append(tags->text(0));
        }

        Result<Statement> notes = db.prepare(
            u"SELECT body, created_at FROM notes WHERE subject_table = 'customers' AND subject_id = ?1 AND deleted = 0"
            u" ORDER BY created_at DESC LIMIT 20");
        if (!notes)
            return notes.error();
        if (Status s = notes->bindAll(p.customerId); !s)
            return s.error();
        for (;;) {
            Result<bool> row = notes->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            p.notes.append({notes->text(0), notes->int64(1)});
        }
    }
    // What the customer wrote about themselves: phones and emails in their own messages (never ours: a reply
    // may carry the shop's number).
    Result<Statement> st = db.prepare(u"SELECT body FROM messages WHERE conversation_id = ?1 AND direction = 'in'"
                                      u" AND deleted = 0 AND unsent = 0 ORDER BY sent_at DESC LIMIT ?2");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(conversationId, kMessagesScanned); !s)
        return s.error();
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString body = st->text(0);
        if (!body.contains(u'@') && std::none_of(body.cbegin(), body.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        for (const QString &phone : phonesInText(body))
            addUnique(p.phones, phone, IdentitySource::MessageText);
        for (const QString &email : emailsInText(body))
            addUnique(p.emails, email, IdentitySource::MessageText);
    }
    return p;
}

Result<QList<OrderMatch>> CustomerMatcher::matchedOrders(store::Database &db, const CustomerProfile &profile)
{
    QHash<QString, Loaded> loaded;
    QStringList order;
    if (!profile.customerId.isEmpty()) {
        if (Status s = queryOrders(db, u"WHERE o.customer_id = ?1 AND o.deleted = 0 ORDER BY o.ordered_at DESC"_qs,
                loaded, order, profile.customerId);
            !s)
            return s.error();
    }
    for (const ContactValue &phone : profile.phones) {
        // The last 7 digits narrow the rows whatever format the platform used; normalizePhone decides.
        const QString tail = phone.value.right(7);
        const QString where = u"WHERE o.workspace_id = ?1 AND o.deleted = 0 AND (%1 LIKE '%' || ?2 OR %2 LIKE '%' || ?2)"
                              u" ORDER BY o.ordered_at DESC"_qs.arg(strippedPhoneSql("shipping_address_json"),
                                  strippedPhoneSql("invoice_address_json"));
        if (Status s = queryOrders(db, where, loaded, order, profile.workspaceId, tail); !s)
            return s.error();
    }
    for (const ContactValue &email : profile.emails) {
        if (Status s = queryOrders(db,
                u"WHERE o.workspace_id = ?1 AND o.deleted = 0 AND lower(trim(o.customer_email)) = ?2"
                u" ORDER BY o.ordered_at DESC"_qs,
                loaded, order, profile.workspaceId, email.value);
            !s)
            return s.error();
    }
    MatchSubject subject{profile.customerId, profile.name, profile.phones, profile.emails, true};
    const QString key = nameKey(profile.name);
    if (!key.isEmpty()) {
        Result<bool> taken = nameTakenByAnother(db, profile, key);
        if (!taken)
            return taken.error();
        subject.nameUniqueInWorkspace = !*taken;
        if (subject.nameUniqueInWorkspace) {
            // The index holds the shipping name of every order: all words of the name as prefixes.
            Result<store::SearchPage> page
                = store::SearchIndex::search(db, {profile.name, {store::SearchKind::Order}, kCandidateLimit, 0});
            if (!page)
                return page.error();
            for (const store::SearchHit &hit : std::as_const(page->hits)) {
                if (hit.id.isEmpty() || loaded.contains(hit.id))
                    continue;
                if (Status s = queryOrders(db, u"WHERE o.id = ?1 AND o.workspace_id = ?2 AND o.deleted = 0"_qs, loaded,
                        order, hit.id, profile.workspaceId);
                    !s)
                    return s.error();
            }
        }
    }

    QList<OrderCandidate> candidates;
    candidates.reserve(order.size());
    for (const QString &id : std::as_const(order))
        candidates.append(loaded.value(id).candidate);
    QList<OrderMatch> matches = matchOrders(subject, candidates);
    for (OrderMatch &m : matches) {
        const OrderMatch &d = loaded.value(m.orderId).display;
        m.orderNumber = d.orderNumber;
        m.platform = d.platform;
        m.connectionName = d.connectionName;
        m.orderedAt = d.orderedAt;
        m.totalMinor = d.totalMinor;
        m.currency = d.currency;
        m.unifiedStatus = d.unifiedStatus;
    }
    std::stable_sort(matches.begin(), matches.end(), [](const OrderMatch &a, const OrderMatch &b) {
        if (a.strength != b.strength)
            return a.strength == MatchStrength::Confirmed;
        return a.orderedAt > b.orderedAt;
    });
    return matches;
}

} // namespace sd::inbox
