// A small inbox with customers and marketplace orders for the matching, search and side-panel tests: written
// with SQL into a real migrated store (the search index follows through the store's triggers).
//
// Conversations (Instagram, kOtherConnection):
//   conv-a  "Çağrı Yıldız"  customer cust-a, handle @cagri.y, tag VIP, a note; wrote "0532 123 45 67" in a message
//   conv-b  "İsmail Işık"   customer cust-b, stored email ismail@example.com
//   conv-c  "Ayşe Kaya"     customer cust-c  } the same folded name twice: the name rule is off for both
//   conv-d  "AYŞE KAYA"     customer cust-d  }
// Orders (Trendyol, kConnection):
//   TY-1001 phone "+90 (532) 123-45-67", 249,90 TRY, delivered     → cust-a by phone (from the message text)
//   TY-1002 phone "05321234567", 100 EUR, shipped                  → cust-a by phone
//   TY-1003 email "ISMAIL@Example.com"                             → cust-b by email (stored)
//   TY-1004 shipping name "ismail ışık", no contact                → cust-b possible (name)
//   TY-1005 shipping name "Ayşe Kaya"                              → nobody (ambiguous name)
//   TY-1006 "Mehmet Demir", phone 0555 999 88 77                   → nobody
// Customer cust-o "İsmail Işık" exists as an order buyer without a conversation (does not make the name ambiguous).
#pragma once

#include "storetestutil.h"
#include "store/statement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace sd::inbox::testseed {

using store::testutil::kConnection;
using store::testutil::kOtherConnection;
using store::testutil::kWorkspace;

inline constexpr qint64 kT0 = 1795424400000LL; // 2026-11-23 09:00 UTC

inline Status exec(store::Database &db, const QString &sql, const QVariantList &args)
{
    Result<store::Statement> st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        Status s = v.isNull()                              ? st->bind(i + 1, nullptr)
                   : v.typeId() == QMetaType::LongLong     ? st->bind(i + 1, v.toLongLong())
                   : v.typeId() == QMetaType::Int          ? st->bind(i + 1, qint64(v.toInt()))
                                                           : st->bind(i + 1, v.toString());
        if (!s)
            return s;
    }
    return st->exec();
}

inline Status customer(store::Database &db, const QString &id, const QString &name)
{
    return exec(db,
        u"INSERT INTO customers(id, workspace_id, display_name, created_at, updated_at) VALUES (?, ?, ?, 1, 1)"_qs,
        {id, kWorkspace, name});
}

inline Status conversation(store::Database &db, const QString &id, const QString &customerId, const QString &name,
    qint64 lastAt)
{
    return exec(db,
        u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, customer_id, channel,"
        u" participant_name, last_message_at, last_inbound_at, created_at, updated_at)"
        u" VALUES (?, ?, ?, ?, ?, 'instagram', ?, ?, ?, 1, 1)"_qs,
        {id, kWorkspace, kOtherConnection, QString(u"ext-"_qs + id), customerId, name, lastAt, lastAt});
}

inline Status message(store::Database &db, const QString &id, const QString &conversationId, bool out,
    const QString &body, qint64 at)
{
    return exec(db,
        u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, direction, body, sent_at,"
        u" status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_qs,
        {id, kWorkspace, kOtherConnection, QString(u"ext-"_qs + id), conversationId, out ? u"out"_qs : u"in"_qs, body, at,
            out ? u"sent"_qs : u"received"_qs});
}

inline Status identity(store::Database &db, const QString &id, const QString &customerId, const QString &kind,
    const QString &value)
{
    return exec(db,
        u"INSERT INTO customer_identities(id, workspace_id, customer_id, connection_id, external_id, kind, value,"
        u" updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"_qs,
        {id, kWorkspace, customerId, kOtherConnection, QString(u"ext-"_qs + id), kind, value});
}

struct SeedOrder
{
    QString id, number, customerName, shippingName, email, phone, status, currency;
    qint64 totalMinor = 0;
    qint64 orderedAt = 0;
};

inline Status order(store::Database &db, const SeedOrder &o)
{
    const QString shipping = o.phone.isEmpty() && o.shippingName.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(QJsonObject{{u"fullName"_qs, o.shippingName}, {u"phone"_qs, o.phone}})
                                .toJson(QJsonDocument::Compact));
    return exec(db,
        u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number, status, unified_status,"
        u" total_minor, currency, ordered_at, customer_name, customer_email, shipping_name, shipping_address_json,"
        u" updated_at) VALUES (?, ?, ?, ?, ?, 'created', ?, ?, ?, ?, ?, ?, ?, ?, 1)"_qs,
        {o.id, kWorkspace, kConnection, QString(u"ext-"_qs + o.id), o.number, o.status, o.totalMinor, o.currency, o.orderedAt,
            o.customerName.isEmpty() ? QVariant() : QVariant(o.customerName),
            o.email.isEmpty() ? QVariant() : QVariant(o.email),
            o.shippingName.isEmpty() ? QVariant() : QVariant(o.shippingName),
            shipping.isEmpty() ? QVariant() : QVariant(shipping)});
}

// The whole inbox above, on a database with seedWorkspace() already applied.
inline Status seedInbox(store::Database &db)
{
    const qint64 h = 3600 * 1000;
    QList<Status> steps{
        customer(db, u"cust-a"_qs, u"Çağrı Yıldız"_qs),
        customer(db, u"cust-b"_qs, u"İsmail Işık"_qs),
        customer(db, u"cust-c"_qs, u"Ayşe Kaya"_qs),
        customer(db, u"cust-d"_qs, u"AYŞE KAYA"_qs),
        customer(db, u"cust-o"_qs, u"İsmail Işık"_qs),
        conversation(db, u"conv-a"_qs, u"cust-a"_qs, u"Çağrı Yıldız"_qs, kT0 + 4 * h),
        conversation(db, u"conv-b"_qs, u"cust-b"_qs, u"İsmail Işık"_qs, kT0 + 3 * h),
        conversation(db, u"conv-c"_qs, u"cust-c"_qs, u"Ayşe Kaya"_qs, kT0 + 2 * h),
        conversation(db, u"conv-d"_qs, u"cust-d"_qs, u"AYŞE KAYA"_qs, kT0 + 1 * h),
        identity(db, u"id-a"_qs, u"cust-a"_qs, u"handle"_qs, u"@cagri.y"_qs),
        // The customer's Instagram-scoped id: kept as an identity, never shown as a handle.
        identity(db, u"id-a-igsid"_qs, u"cust-a"_qs, u"platform_user"_qs, u"6986334166202807"_qs),
        identity(db, u"id-b"_qs, u"cust-b"_qs, u"email"_qs, u"ismail@example.com"_qs),
        message(db, u"m-a1"_qs, u"conv-a"_qs, false, u"Merhaba, siparişim nerede? Numaram 0532 123 45 67"_qs, kT0),
        message(db, u"m-a2"_qs, u"conv-a"_qs, true, u"Kargoya verildi Çağrı Bey, iletişim: 0212 000 00 00"_qs,
            kT0 + h),
        message(db, u"m-a3"_qs, u"conv-a"_qs, false, u"Teşekkürler! <b>ÇAĞRI</b> & co."_qs, kT0 + 2 * h),
        message(db, u"m-a4"_qs, u"conv-a"_qs, false, u"çağrı merkezi aradı"_qs, kT0 + 4 * h),
        message(db, u"m-b1"_qs, u"conv-b"_qs, false, u"İstanbul'a gönderim var mı?"_qs, kT0 + 3 * h),
        message(db, u"m-c1"_qs, u"conv-c"_qs, false, u"Iğdır için kargo ücreti ne kadar?"_qs, kT0 + 2 * h),
        message(db, u"m-d1"_qs, u"conv-d"_qs, false, u"Merhaba"_qs, kT0 + 1 * h),
        order(db, {u"o1"_qs, u"TY-1001"_qs, u"Cagri Yildiz"_qs, u"Çağrı Yıldız"_qs, {}, u"+90 (532) 123-45-67"_qs,
                      u"delivered"_qs, u"TRY"_qs, 24990, kT0 - 48 * h}),
        order(db, {u"o2"_qs, u"TY-1002"_qs, {}, u"C. Yıldız"_qs, {}, u"05321234567"_qs, u"shipped"_qs, u"EUR"_qs,
                      10000, kT0 - 24 * h}),
        order(db, {u"o3"_qs, u"TY-1003"_qs, {}, {}, u"ISMAIL@Example.com"_qs, {}, u"new"_qs, u"TRY"_qs, 5000,
                      kT0 - 72 * h}),
        order(db, {u"o4"_qs, u"TY-1004"_qs, {}, u"ismail ışık"_qs, {}, {}, u"new"_qs, u"TRY"_qs, 7000,
                      kT0 - 96 * h}),
        order(db, {u"o5"_qs, u"TY-1005"_qs, {}, u"Ayşe Kaya"_qs, {}, {}, u"new"_qs, u"TRY"_qs, 3000, kT0 - 5 * h}),
        order(db, {u"o6"_qs, u"TY-1006"_qs, u"Mehmet Demir"_qs, u"Mehmet Demir"_qs, {}, u"0555 999 88 77"_qs,
                      u"cancelled"_qs, u"TRY"_qs, 1000, kT0 - 6 * h}),
        exec(db, u"INSERT INTO tags(id, workspace_id, name, updated_at) VALUES ('tag-vip', ?, 'VIP', 1)"_qs,
            {kWorkspace}),
        exec(db, u"INSERT INTO customer_tags(id, workspace_id, customer_id, tag_id, updated_at)"
                 u" VALUES ('ct-1', ?, 'cust-a', 'tag-vip', 1)"_qs,
            {kWorkspace}),
        exec(db, u"INSERT INTO notes(id, workspace_id, subject_table, subject_id, body, created_at, updated_at)"
                 u" VALUES ('n-1', ?, 'customers', 'cust-a', 'Kapıda ödeme istiyor <i>', ?, 1)"_qs,
            {kWorkspace, kT0}),
    };
    for (const Status &s : steps) {
        if (!s)
            return s;
    }
    return {};
}

} // namespace sd::inbox::testseed
