#include "turkeydata.h"

namespace sd::sandbox::turkey {

namespace {

QStringList words(const char16_t *list)
{
    return QString::fromUtf16(list).split(u'|');
}

} // namespace

const QList<Province> &provinces()
{
    // name|district,district,…  in plate-code order.
    static const QList<Province> all = [] {
        const char16_t *rows[] = {
            u"Adana|Seyhan,Çukurova,Yüreğir,Ceyhan",
            u"Adıyaman|Merkez,Kahta,Besni",
            u"Afyonkarahisar|Merkez,Sandıklı,Dinar",
            u"Ağrı|Merkez,Doğubayazıt,Patnos",
            u"Amasya|Merkez,Merzifon,Suluova",
            u"Ankara|Çankaya,Keçiören,Yenimahalle,Mamak,Etimesgut,Sincan",
            u"Antalya|Muratpaşa,Konyaaltı,Kepez,Alanya,Manavgat",
            u"Artvin|Merkez,Hopa,Arhavi",
            u"Aydın|Efeler,Kuşadası,Nazilli,Didim",
            u"Balıkesir|Altıeylül,Karesi,Bandırma,Edremit",
            u"Bilecik|Merkez,Bozüyük,Osmaneli",
            u"Bingöl|Merkez,Genç,Solhan",
            u"Bitlis|Merkez,Tatvan,Ahlat",
            u"Bolu|Merkez,Gerede,Mudurnu",
            u"Burdur|Merkez,Bucak,Gölhisar",
            u"Bursa|Osmangazi,Nilüfer,Yıldırım,İnegöl,Mudanya",
            u"Çanakkale|Merkez,Biga,Çan,Gelibolu",
            u"Çankırı|Merkez,Çerkeş,Ilgaz",
            u"Çorum|Merkez,Sungurlu,Osmancık",
            u"Denizli|Pamukkale,Merkezefendi,Çivril",
            u"Diyarbakır|Bağlar,Kayapınar,Yenişehir,Sur",
            u"Edirne|Merkez,Keşan,Uzunköprü",
            u"Elazığ|Merkez,Kovancılar,Karakoçan",
            u"Erzincan|Merkez,Üzümlü,Tercan",
            u"Erzurum|Yakutiye,Palandöken,Aziziye",
            u"Eskişehir|Odunpazarı,Tepebaşı,Sivrihisar",
            u"Gaziantep|Şahinbey,Şehitkamil,Nizip",
            u"Giresun|Merkez,Bulancak,Espiye",
            u"Gümüşhane|Merkez,Kelkit,Şiran",
            u"Hakkari|Merkez,Yüksekova,Şemdinli",
            u"Hatay|Antakya,İskenderun,Defne,Dörtyol",
            u"Isparta|Merkez,Eğirdir,Yalvaç",
            u"Mersin|Yenişehir,Mezitli,Toroslar,Akdeniz,Tarsus",
            u"İstanbul|Kadıköy,Beşiktaş,Üsküdar,Şişli,Bakırköy,Ataşehir,Pendik,Esenyurt,Beylikdüzü,Fatih,Sarıyer,"
            u"Maltepe",
            u"İzmir|Konak,Karşıyaka,Bornova,Buca,Çiğli,Bayraklı",
            u"Kars|Merkez,Sarıkamış,Kağızman",
            u"Kastamonu|Merkez,Tosya,Taşköprü",
            u"Kayseri|Melikgazi,Kocasinan,Talas",
            u"Kırklareli|Merkez,Lüleburgaz,Babaeski",
            u"Kırşehir|Merkez,Kaman,Mucur",
            u"Kocaeli|İzmit,Gebze,Darıca,Gölcük,Başiskele",
            u"Konya|Selçuklu,Meram,Karatay,Ereğli",
            u"Kütahya|Merkez,Tavşanlı,Simav",
            u"Malatya|Battalgazi,Yeşilyurt,Doğanşehir",
            u"Manisa|Yunusemre,Şehzadeler,Akhisar,Turgutlu",
            u"Kahramanmaraş|Onikişubat,Dulkadiroğlu,Elbistan",
            u"Mardin|Artuklu,Kızıltepe,Midyat",
            u"Muğla|Menteşe,Bodrum,Fethiye,Marmaris",
            u"Muş|Merkez,Bulanık,Malazgirt",
            u"Nevşehir|Merkez,Ürgüp,Avanos",
            u"Niğde|Merkez,Bor,Ulukışla",
            u"Ordu|Altınordu,Ünye,Fatsa",
            u"Rize|Merkez,Çayeli,Ardeşen",
            u"Sakarya|Adapazarı,Serdivan,Erenler,Hendek",
            u"Samsun|İlkadım,Atakum,Canik,Bafra",
            u"Siirt|Merkez,Kurtalan,Pervari",
            u"Sinop|Merkez,Boyabat,Gerze",
            u"Sivas|Merkez,Şarkışla,Zara",
            u"Tekirdağ|Süleymanpaşa,Çorlu,Çerkezköy,Ergene",
            u"Tokat|Merkez,Turhal,Erbaa",
            u"Trabzon|Ortahisar,Akçaabat,Yomra,Of",
            u"Tunceli|Merkez,Pertek,Ovacık",
            u"Şanlıurfa|Haliliye,Eyyübiye,Karaköprü,Siverek",
            u"Uşak|Merkez,Banaz,Eşme",
            u"Van|İpekyolu,Tuşba,Edremit,Erciş",
            u"Yozgat|Merkez,Sorgun,Yerköy",
            u"Zonguldak|Merkez,Ereğli,Çaycuma",
            u"Aksaray|Merkez,Ortaköy,Eskil",
            u"Bayburt|Merkez,Demirözü,Aydıntepe",
            u"Karaman|Merkez,Ermenek,Ayrancı",
            u"Kırıkkale|Merkez,Yahşihan,Keskin",
            u"Batman|Merkez,Kozluk,Beşiri",
            u"Şırnak|Merkez,Cizre,Silopi",
            u"Bartın|Merkez,Amasra,Ulus",
            u"Ardahan|Merkez,Göle,Posof",
            u"Iğdır|Merkez,Tuzluca,Aralık",
            u"Yalova|Merkez,Çınarcık,Altınova",
            u"Karabük|Merkez,Safranbolu,Eflani",
            u"Kilis|Merkez,Musabeyli,Elbeyli",
            u"Osmaniye|Merkez,Kadirli,Düziçi",
            u"Düzce|Merkez,Akçakoca,Kaynaşlı",
        };
        QList<Province> list;
        int plate = 1;
        for (const char16_t *row : rows) {
            const QStringList parts = QString::fromUtf16(row).split(u'|');
            list.append(Province{ plate++, parts.at(0), parts.at(1).split(u',') });
        }
        return list;
    }();
    return all;
}

const QStringList &femaleFirstNames()
{
    static const QStringList l = words(u"Ayşe|Fatma|Zeynep|Elif|Merve|Büşra|Esra|Emine|Hatice|Sevgi|Gülşen|Derya|Özlem|"
                                       u"Ebru|Selin|Duygu|İpek|Nur|Şeyma|Gizem|Tuğba|Yasemin|Çiğdem|Hülya|Damla|Ece");
    return l;
}

const QStringList &maleFirstNames()
{
    static const QStringList l
        = words(u"Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Oğuz|Serkan|"
                u"Cem|Kerem|Barış|Tolga|Onur|Uğur|Yusuf|Ömer|Çağrı|Gökhan|İsmail|Furkan|Eren|Doğan");
    return l;
}

const QStringList &surnames()
{
    static const QStringList l = words(u"Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|"
                                       u"Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|"
                                       u"Güneş|Aktaş|Bulut|Tekin|Ünal|Acar|Güler|Karaca|Uçar|Çakır|Akgül|İnce|Bozkurt");
    return l;
}

const QStringList &neighbourhoods()
{
    static const QStringList l = words(u"Cumhuriyet Mah.|Atatürk Mah.|Yeni Mah.|Fatih Mah.|Merkez Mah.|İstiklal Mah.|"
                                       u"Hürriyet Mah.|Bahçelievler Mah.|Yenişehir Mah.|Gazi Mah.|Kültür Mah.|"
                                       u"Barbaros Mah.|Mimar Sinan Mah.|Fevzi Çakmak Mah.|Güzelyalı Mah.|Çamlık Mah.");
    return l;
}

const QStringList &streets()
{
    static const QStringList l = words(u"Atatürk Cad.|İnönü Cad.|Cumhuriyet Cad.|Gazi Mustafa Kemal Blv.|Menekşe Sok.|"
                                       u"Lale Sok.|Papatya Sok.|Çınar Sok.|Ihlamur Sok.|Kavak Sok.|Zambak Sok.|"
                                       u"Nergis Sok.|Akasya Sok.|Şehit Er Ali Sok.|Bağdat Cad.|Millet Cad.");
    return l;
}

const QStringList &brands()
{
    static const QStringList l
        = words(u"Anadolu Atölye|Boğaziçi Tekstil|Ege Zanaat|Kapadokya Home|Lale Butik|"
                u"Nazar Concept|Pera Moda|Safran Mutfak|Toros Doğal|Yakamoz|Zeytin Dalı|Mavi Kuş");
    return l;
}

const QList<ProductFamily> &productFamilies()
{
    static const QList<ProductFamily> l = {
        { u"Giyim"_qs, 411,
            words(
                u"%1 Pamuklu Basic Tişört|%1 Oversize Sweatshirt|%1 Yüksek Bel Mom Jean|%1 Keten Gömlek|%1 Örme Hırka"),
            words(u"Siyah|Beyaz|Lacivert|Bej|Haki|Ekru"), words(u"S|M|L|XL"), 199, 1299, 10 },
        { u"Ayakkabı"_qs, 1172, words(u"%1 Hakiki Deri Sneaker|%1 Günlük Loafer|%1 Ortopedik Terlik"),
            words(u"Siyah|Beyaz|Taba"), words(u"37|38|39|40|41|42|43|44"), 349, 2499, 10 },
        { u"Elektronik Aksesuar"_qs, 2813,
            words(u"%1 Kablosuz Bluetooth Kulaklık|%1 20W Hızlı Şarj Adaptörü|%1 Manyetik Araç Telefon Tutucu|"
                  u"%1 10000 mAh Powerbank"),
            words(u"Siyah|Beyaz"), {}, 149, 1899, 20 },
        { u"Ev & Mutfak"_qs, 1071,
            words(
                u"%1 El Yapımı Seramik Kupa|%1 Türk Kahvesi Fincan Takımı|%1 Bambu Kesme Tahtası|%1 Pamuk Pike Takımı"),
            words(u"Turkuaz|Krem|Antrasit|Bordo"), {}, 89, 1499, 20 },
        { u"Kozmetik"_qs, 1201,
            words(u"%1 Zeytinyağlı Doğal Sabun|%1 Gül Suyu Tonik 250 ml|%1 Lavanta Kolonyası 400 ml"), {}, {}, 59, 399,
            20 },
        { u"Gıda"_qs, 1903,
            words(u"%1 Antep Fıstığı 500 g|%1 Organik Çiçek Balı 850 g|%1 Taş Baskı Zeytinyağı 1 L|%1 Gün Kurusu "
                  u"Kayısı 1 kg"),
            {}, {}, 129, 899, 1 },
        { u"Takı & Aksesuar"_qs, 1350,
            words(u"%1 925 Ayar Gümüş Kolye|%1 Hakiki Deri Kartlık|%1 Nazar Boncuklu Bileklik"),
            words(u"Gümüş|Altın Kaplama|Kahverengi"), {}, 99, 1799, 20 },
    };
    return l;
}

const QList<CargoCompany> &cargoCompanies()
{
    static const QList<CargoCompany> l = {
        { u"tex"_qs, u"Trendyol Express"_qs, u"Trendyol Express Marketplace"_qs, u"TEXMP"_qs, 17, 733, u"TEX"_qs, 7,
            u"https://kargotakip.trendyol.com/?trackingNumber=%1"_qs },
        { u"yurtici"_qs, u"Yurtiçi Kargo"_qs, u"Yurtiçi Kargo Marketplace"_qs, u"YKMP"_qs, 4, 725, u"YK"_qs, 1,
            u"https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=%1"_qs },
        { u"aras"_qs, u"Aras Kargo"_qs, u"Aras Kargo Marketplace"_qs, u"ARASMP"_qs, 7, 726, u"ARAS"_qs, 2,
            u"https://kargotakip.araskargo.com.tr/mainpage.aspx?code=%1"_qs },
        { u"mng"_qs, u"MNG Kargo"_qs, u"DHL eCommerce Marketplace"_qs, u"DHLECOMMP"_qs, 10, 728, u"MNG"_qs, 3,
            u"https://www.mngkargo.com.tr/gonderi-takip/?code=%1"_qs },
        { u"ptt"_qs, u"PTT Kargo"_qs, u"PTT Kargo Marketplace"_qs, u"PTTMP"_qs, 19, 734, u"PTT"_qs, 4,
            u"https://gonderitakip.ptt.gov.tr/Track/Verify?q=%1"_qs },
        { u"surat"_qs, u"Sürat Kargo"_qs, u"Sürat Kargo Marketplace"_qs, u"SURATMP"_qs, 9, 727, u"SURAT"_qs, 5,
            u"https://www.suratkargo.com.tr/KargoTakip/?kargotakipno=%1"_qs },
    };
    return l;
}

const QStringList &companySuffixes()
{
    static const QStringList l = words(u"Ltd. Şti.|A.Ş.|Tic. Ltd. Şti.");
    return l;
}

const QStringList &taxOffices()
{
    static const QStringList l = words(u"Kadıköy|Beşiktaş|Çankaya|Konak|Nilüfer|Muratpaşa|Selçuklu|Seyhan");
    return l;
}

} // namespace sd::sandbox::turkey
