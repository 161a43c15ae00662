#include "syntheticdata.h"

#include "common/textfold.h"

namespace sd::bench {

namespace {

const QStringList &firstNames()
{
    static const QStringList names{
        u"Ayşe"_qs,   u"Fatma"_qs,   u"Emine"_qs,  u"Hatice"_qs,  u"Zeynep"_qs,  u"Elif"_qs,    u"Merve"_qs,
        u"Büşra"_qs,  u"Şeyma"_qs,   u"İrem"_qs,   u"Özge"_qs,    u"Gül"_qs,     u"Çiğdem"_qs,  u"Derya"_qs,
        u"Tuğba"_qs,  u"Ebru"_qs,    u"Sıla"_qs,   u"Mehmet"_qs,  u"Mustafa"_qs, u"Ahmet"_qs,   u"Ali"_qs,
        u"Hüseyin"_qs, u"Hasan"_qs,  u"İbrahim"_qs, u"İsmail"_qs, u"Osman"_qs,   u"Yusuf"_qs,   u"Murat"_qs,
        u"Ömer"_qs,   u"Çağrı"_qs,   u"Uğur"_qs,   u"Oğuz"_qs,    u"Barış"_qs,   u"Gökhan"_qs,  u"Serkan"_qs,
        u"Şükrü"_qs,  u"Kerem"_qs,   u"Emre"_qs,   u"Burak"_qs,   u"Ilgın"_qs};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        u"Yılmaz"_qs, u"Kaya"_qs,    u"Demir"_qs,    u"Şahin"_qs,  u"Çelik"_qs, u"Yıldız"_qs, u"Yıldırım"_qs,
        u"Öztürk"_qs, u"Aydın"_qs,   u"Özdemir"_qs,  u"Arslan"_qs, u"Doğan"_qs, u"Kılıç"_qs,  u"Aslan"_qs,
        u"Çetin"_qs,  u"Kara"_qs,    u"Koç"_qs,      u"Kurt"_qs,   u"Özkan"_qs, u"Şimşek"_qs, u"Polat"_qs,
        u"Erdem"_qs,  u"Güneş"_qs,   u"Akın"_qs,     u"Ünal"_qs,   u"Işık"_qs,  u"Bulut"_qs,  u"Ateş"_qs};
    return names;
}

const QStringList &cities()
{
    static const QStringList names{
        u"İstanbul"_qs, u"Ankara"_qs,    u"İzmir"_qs,     u"Bursa"_qs,    u"Antalya"_qs,   u"Konya"_qs,
        u"Adana"_qs,    u"Şanlıurfa"_qs, u"Gaziantep"_qs, u"Kocaeli"_qs,  u"Mersin"_qs,    u"Diyarbakır"_qs,
        u"Hatay"_qs,    u"Manisa"_qs,    u"Kayseri"_qs,   u"Samsun"_qs,   u"Balıkesir"_qs, u"Van"_qs,
        u"Denizli"_qs,  u"Sakarya"_qs,   u"Tekirdağ"_qs,  u"Muğla"_qs,    u"Eskişehir"_qs, u"Iğdır"_qs,
        u"Çanakkale"_qs, u"Kırşehir"_qs, u"Uşak"_qs,      u"Düzce"_qs,    u"Ağrı"_qs,      u"Çorum"_qs,
        u"Muş"_qs,      u"Niğde"_qs,     u"Trabzon"_qs,   u"Rize"_qs,     u"Edirne"_qs,    u"Bolu"_qs};
    return names;
}

const QStringList &productKinds()
{
    static const QStringList names{
        u"Tişört"_qs,    u"Kazak"_qs,          u"Gömlek"_qs,         u"Çanta"_qs,       u"Cüzdan"_qs,
        u"Bot"_qs,       u"Spor Ayakkabı"_qs,  u"Şal"_qs,            u"Eşarp"_qs,       u"Kupa"_qs,
        u"Termos"_qs,    u"Havlu Seti"_qs,     u"Nevresim Takımı"_qs, u"Kahve Değirmeni"_qs, u"Zeytinyağı 1 L"_qs,
        u"Çiçek Balı 850 g"_qs, u"Türk Kahvesi 250 g"_qs, u"Lokum Kutusu"_qs, u"Seramik Tabak"_qs, u"Bere"_qs,
        u"Yelek"_qs,     u"Pijama Takımı"_qs,  u"Elbise"_qs,         u"Kot Pantolon"_qs, u"Sırt Çantası"_qs};
    return names;
}

const QStringList &productAdjectives()
{
    static const QStringList names{u"Pamuklu"_qs, u"Oversize"_qs,     u"Deri"_qs,   u"Örme"_qs,    u"Keten"_qs,
                                   u"Su Geçirmez"_qs, u"Organik"_qs,  u"El Yapımı"_qs, u"Çocuk"_qs, u"Kadın"_qs,
                                   u"Erkek"_qs,   u"İpek"_qs,         u"Yün"_qs,    u"Bambu"_qs};
    return names;
}

const QStringList &colours()
{
    static const QStringList names{u"Siyah"_qs, u"Beyaz"_qs,  u"Lacivert"_qs, u"Bordo"_qs,  u"Haki"_qs,
                                   u"Gri"_qs,   u"Kırmızı"_qs, u"Yeşil"_qs,   u"Hardal"_qs, u"Pudra"_qs,
                                   u"Ekru"_qs,  u"Mürdüm"_qs,  u"Füme"_qs};
    return names;
}

// %P product, %C city, %N name, %O order number, %S size, %T tracking number.
const QStringList &messageTemplates()
{
    static const QStringList templates{
        u"Merhaba, %P stokta var mı?"_qs,
        u"Siparişim ne zaman kargoya verilir?"_qs,
        u"%C için kargo ücreti ne kadar?"_qs,
        u"Ürün elime ulaştı, çok teşekkürler!"_qs,
        u"Beden değişimi yapabilir miyim? %S beden istiyorum."_qs,
        u"Sipariş numaram %O, iade etmek istiyorum."_qs,
        u"İndirim kodu sepette çalışmıyor, yardımcı olur musunuz?"_qs,
        u"Kapıda ödeme seçeneğiniz var mı?"_qs,
        u"Kargo takip numarası %T sistemde görünmüyor."_qs,
        u"%P için renk seçenekleri nelerdir?"_qs,
        u"%N Hanım merhaba, siparişiniz hazırlanıyor, yarın kargoda."_qs,
        u"%N Bey merhaba, %C şubesine teslim edildi."_qs,
        u"Fatura bilgilerimi güncellemek istiyorum."_qs,
        u"Ürün açıklamasındaki ölçüler doğru mu? %P almak istiyorum."_qs,
        u"Hediye paketi yapabiliyor musunuz?"_qs,
        u"Ödeme yaptım ama sipariş onayı gelmedi."_qs,
        u"%C'ya aynı gün teslimat var mı?"_qs,
        u"Ürün hasarlı geldi, fotoğrafını gönderiyorum."_qs,
        u"Toptan alımda indirim yapıyor musunuz?"_qs,
        u"Teşekkürler, iyi çalışmalar dilerim."_qs};
    return templates;
}

const QStringList &sizes()
{
    static const QStringList names{u"XS"_qs, u"S"_qs, u"M"_qs, u"L"_qs, u"XL"_qs, u"38"_qs, u"40"_qs, u"42"_qs};
    return names;
}

const QStringList &orderStatuses()
{
    static const QStringList names{u"created"_qs, u"picking"_qs,   u"invoiced"_qs, u"shipped"_qs,
                                   u"delivered"_qs, u"cancelled"_qs, u"returned"_qs};
    return names;
}

constexpr qint64 kEpochStart = 1'700'000'000'000; // November 2023

} // namespace

const QString &SyntheticData::pick(const QStringList &list)
{
    return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
}

QString SyntheticData::personName()
{
    return pick(firstNames()) % u' ' % pick(lastNames());
}

QString SyntheticData::city()
{
    return pick(cities());
}

QString SyntheticData::productTitle()
{
    return pick(productAdjectives()) % u' ' % pick(colours()) % u' ' % pick(productKinds());
}

QString SyntheticData::phone()
{
    return u"+905"_qs % QString::number(m_random.bounded(30, 60)) % QString::number(m_random.bounded(1000000, 9999999));
}

QString SyntheticData::messageText()
{
    QString text = pick(messageTemplates());
    text.replace(u"%P"_qs, productTitle());
    text.replace(u"%C"_qs, city());
    text.replace(u"%N"_qs, pick(firstNames()));
    text.replace(u"%O"_qs, QString::number(m_random.bounded(100000000, 999999999)));
    text.replace(u"%S"_qs, pick(sizes()));
    text.replace(u"%T"_qs, u"TR"_qs % QString::number(m_random.bounded(10000000, 99999999)));
    return text;
}

QList<SyntheticData::Customer> SyntheticData::customers(int first, int count)
{
    QList<Customer> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i)
        list.append({u"cust-%1"_qs.arg(i), personName(), city(), phone(), kEpochStart + qint64(i) * 90'000});
    return list;
}

store::IngestBatch SyntheticData::identities(const QString &workspaceId, const QString &connectionId,
                                             const QList<Customer> &customers)
{
    store::IngestBatch batch{u"customer_identities"_qs, workspaceId, connectionId, {}};
    batch.records.reserve(customers.size());
    for (const Customer &c : customers) {
        batch.records.append({u"phone-"_qs % c.id.mid(5),
                              {{u"customer_id"_qs, c.id}, {u"kind"_qs, u"phone"_qs}, {u"value"_qs, c.phone}}});
    }
    return batch;
}

store::IngestBatch SyntheticData::conversations(const QString &workspaceId, const QString &connectionId, int first,
                                                int count, int customerCount)
{
    store::IngestBatch batch{u"conversations"_qs, workspaceId, connectionId, {}};
    batch.records.reserve(count);
    for (int i = first; i < first + count; ++i) {
        store::IngestRecord record{u"conv-%1"_qs.arg(i),
                                   {{u"subject"_qs, personName()},
                                    {u"status"_qs, m_random.bounded(4) == 0 ? u"closed"_qs : u"open"_qs},
                                    {u"last_message_at"_qs, kEpochStart + qint64(i) * 60'000}}};
        if (customerCount > 0)
            record.fields.insert(u"customer_id"_qs, u"cust-%1"_qs.arg(m_random.bounded(quint32(customerCount))));
        batch.records.append(std::move(record));
    }
    return batch;
}

store::IngestBatch SyntheticData::messages(const QString &workspaceId, const QString &connectionId, int first,
                                           int count, int conversationCount)
{
    store::IngestBatch batch{u"messages"_qs, workspaceId, connectionId, {}};
    batch.records.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const int conversation = int(m_random.bounded(quint32(qMax(1, conversationCount))));
        const bool incoming = m_random.bounded(3) != 0;
        batch.records.append(
            {u"msg-%1"_qs.arg(i),
             {{u"conversation_id"_qs,
               QVariant::fromValue(store::ExternalRef{u"conversations"_qs, u"conv-%1"_qs.arg(conversation)})},
              {u"direction"_qs, incoming ? u"in"_qs : u"out"_qs},
              {u"sender_name"_qs, incoming ? personName() : u"Mağaza"_qs},
              {u"body"_qs, messageText()},
              {u"sent_at"_qs, kEpochStart + qint64(i) * 7'000},
              {u"status"_qs, incoming ? u"received"_qs : u"delivered"_qs}}});
    }
    return batch;
}

store::IngestBatch SyntheticData::orders(const QString &workspaceId, const QString &connectionId, int first, int count,
                                         int customerCount)
{
    store::IngestBatch batch{u"orders"_qs, workspaceId, connectionId, {}};
    batch.records.reserve(count);
    for (int i = first; i < first + count; ++i) {
        batch.records.append({u"ord-%1"_qs.arg(i),
                              {{u"order_number"_qs, QString::number(100000000 + i)},
                               {u"status"_qs, pick(orderStatuses())},
                               {u"total_minor"_qs, qint64(m_random.bounded(1990, 250000))},
                               {u"currency"_qs, u"TRY"_qs},
                               {u"ordered_at"_qs, kEpochStart + qint64(i) * 30'000},
                               {u"shipping_name"_qs, personName()},
                               {u"shipping_city"_qs, city()}}});
        if (customerCount > 0)
            batch.records.last().fields.insert(u"customer_id"_qs,
                                               u"cust-%1"_qs.arg(m_random.bounded(quint32(customerCount))));
    }
    return batch;
}

QString SyntheticData::searchQuery()
{
    switch (m_random.bounded(5)) {
    case 0: return pick(firstNames());
    case 1: return sd::text::foldForSearch(city());
    case 2: {
        const QString word = pick(productKinds()).section(u' ', 0, 0);
        return word.left(qMax(3, int(m_random.bounded(3, 7)))); // a prefix, as typed
    }
    case 3: return pick(productAdjectives()) % u' ' % pick(productKinds()).section(u' ', 0, 0);
    default: return pick(lastNames()).toUpper();
    }
}

} // namespace sd::bench
