// The page codec alone: known answers built by an independent implementation (data/make_vectors.py),
// round trips, bindings, wrong keys, every flipped byte, and the header parser.
#include "store/pagecodec.h"

#include <QFile>
#include <QTest>

#include <array>

using namespace sd::store::crypto;

namespace {

std::array<unsigned char, kKeyBytes> sequentialKey(unsigned char first = 0)
{
    std::array<unsigned char, kKeyBytes> key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(first + i);
    return key;
}

QByteArray readVector(const QString &name)
{
    QFile f(QStringLiteral(SD_STORE_TEST_DATA_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray patternPage(int size, int seed)
{
    QByteArray page(size, '\0');
    for (int i = 0; i < size - static_cast<int>(kReserveBytes); ++i)
        page[i] = static_cast<char>(i * seed + 5);
    return page;
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

Q_DECLARE_METATYPE(FileKind)

class TestPageCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyCheckValue_data()
    {
        QTest::addColumn<int>("firstKeyByte");
        QTest::addColumn<QByteArray>("expected");
        // HMAC-SHA256(key, "SellerDesk sdcrypt key check v1"), first 4 bytes, from `openssl dgst -mac HMAC`.
        QTest::newRow("key 00..1f") << 0 << QByteArray::fromHex("eb63a646");
        QTest::newRow("key 80..9f") << 0x80 << QByteArray::fromHex("f82031bd");
    }

    void keyCheckValue()
    {
        QFETCH(int, firstKeyByte);
        QFETCH(QByteArray, expected);
        const auto key = sequentialKey(static_cast<unsigned char>(firstKeyByte));
        unsigned char out[kKeyCheckBytes];
        QVERIFY(computeKeyCheck(key.data(), out));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(out), kKeyCheckBytes), expected);
    }

    void knownAnswer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<FileKind>("kind");
        QTest::addColumn<uint>("pgno");
        QTest::addColumn<qulonglong>("context1");
        QTest::newRow("main page 2, 512") << u"main_p2_512"_qs << FileKind::MainDb << 2u << 0ull;
        QTest::newRow("main page 1, 512, plain prefix") << u"main_p1_512"_qs << FileKind::MainDb << 1u << 0ull;
        QTest::newRow("wal page 9, 1024") << u"wal_p9_1024"_qs << FileKind::Wal << 9u
                                          << qulonglong(32 + 24 + 3 * (1024 + 24));
        QTest::newRow("journal page 4, 4096") << u"journal_p4_4096"_qs << FileKind::Journal << 4u << qulonglong(4 + 512);
    }

    void knownAnswer()
    {
        QFETCH(QString, name);
        QFETCH(FileKind, kind);
        QFETCH(uint, pgno);
        QFETCH(qulonglong, context1);
        QByteArray sealed = readVector(name + u".sealed"_qs);
        const QByteArray plain = readVector(name + u".plain"_qs);
        QVERIFY(!sealed.isEmpty());
        QCOMPARE(sealed.size(), plain.size());
        const auto key = sequentialKey();
        PageCipher cipher;
        QVERIFY(cipher.init(key.data()));
        if (kind == FileKind::MainDb && pgno == 1) {
            QCOMPARE(sealed.left(16), QByteArray(reinterpret_cast<const char *>(kEncryptedMagic), 16));
            QCOMPARE(sealed.mid(16, 8), plain.mid(16, 8));
        }
        QCOMPARE(cipher.open({kind, pgno, 0, context1}, bytes(sealed), static_cast<std::size_t>(sealed.size())),
                 DecodeStatus::Ok);
        QCOMPARE(sealed, plain);
    }

    void roundTrip_data()
    {
        QTest::addColumn<FileKind>("kind");
        QTest::addColumn<uint>("pgno");
        QTest::addColumn<int>("pageSize");
        for (int size : {512, 1024, 4096, 65536}) {
            for (FileKind kind : {FileKind::MainDb, FileKind::Wal, FileKind::Journal}) {
                for (uint pgno : {1u, 2u, 0xffffffffu}) {
                    QTest::addRow("kind %d page %u size %d", int(kind), pgno, size) << kind << pgno << size;
                }
            }
        }
    }

    void roundTrip()
    {
        QFETCH(FileKind, kind);
        QFETCH(uint, pgno);
        QFETCH(int, pageSize);
        const auto key = sequentialKey(9);
        PageCipher cipher;
        QVERIFY(cipher.init(key.data()));
        QByteArray plain = patternPage(pageSize, 3);
        if (kind == FileKind::MainDb && pgno == 1)
            plain.replace(0, 16, QByteArray(reinterpret_cast<const char *>(kSqliteMagic), 16));
        QByteArray sealed(pageSize, '\0');
        const PageBinding binding{kind, pgno, 0, 4242};
        QVERIFY(cipher.seal(binding, bytes(plain), bytes(sealed), pageSize));
        QVERIFY(!sealed.contains(plain.mid(100, 32)));
        QByteArray again(pageSize, '\0');
        QVERIFY(cipher.seal(binding, bytes(plain), bytes(again), pageSize));
        QVERIFY(again != sealed); // fresh nonce
        QCOMPARE(cipher.open(binding, bytes(sealed), pageSize), DecodeStatus::Ok);
        QCOMPARE(sealed, plain);
    }

    void otherBindingIsRefused_data()
    {
        QTest::addColumn<FileKind>("kind");
        QTest::addColumn<uint>("pgno");
        QTest::addColumn<qulonglong>("context1");
        QTest::newRow("other kind") << FileKind::Wal << 7u << 100ull;
        QTest::newRow("other page") << FileKind::MainDb << 8u << 100ull;
        QTest::newRow("other offset") << FileKind::MainDb << 7u << 101ull;
    }

    void otherBindingIsRefused()
    {
        QFETCH(FileKind, kind);
        QFETCH(uint, pgno);
        QFETCH(qulonglong, context1);
        const auto key = sequentialKey();
        PageCipher cipher;
        QVERIFY(cipher.init(key.data()));
        const QByteArray plain = patternPage(1024, 5);
        QByteArray sealed(1024, '\0');
        QVERIFY(cipher.seal({FileKind::MainDb, 7, 0, 100}, bytes(plain), bytes(sealed), 1024));
        QCOMPARE(cipher.open({kind, pgno, 0, context1}, bytes(sealed), 1024), DecodeStatus::Unauthenticated);
        QCOMPARE(sealed.left(1024 - 32), QByteArray(1024 - 32, '\0')); // nothing unauthenticated handed out
    }

    void wrongKey()
    {
        const auto key = sequentialKey();
        const auto other = sequentialKey(1);
        PageCipher a;
        PageCipher b;
        QVERIFY(a.init(key.data()));
        QVERIFY(b.init(other.data()));
        const QByteArray plain = patternPage(512, 9);
        QByteArray sealed(512, '\0');
        QVERIFY(a.seal({FileKind::MainDb, 3, 0, 0}, bytes(plain), bytes(sealed), 512));
        QCOMPARE(b.open({FileKind::MainDb, 3, 0, 0}, bytes(sealed), 512), DecodeStatus::WrongKey);
    }

    void everyFlippedByteIsRefused_data()
    {
        QTest::addColumn<uint>("pgno");
        QTest::newRow("page 1 (plain prefix)") << 1u;
        QTest::newRow("page 2") << 2u;
    }

    void everyFlippedByteIsRefused()
    {
        QFETCH(uint, pgno);
        const auto key = sequentialKey();
        PageCipher cipher;
        QVERIFY(cipher.init(key.data()));
        QByteArray plain = patternPage(512, 11);
        plain.replace(0, 16, QByteArray(reinterpret_cast<const char *>(kSqliteMagic), 16));
        QByteArray sealed(512, '\0');
        QVERIFY(cipher.seal({FileKind::MainDb, pgno, 0, 0}, bytes(plain), bytes(sealed), 512));
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray damaged = sealed;
            damaged[i] = static_cast<char>(damaged[i] ^ 0x20);
            const DecodeStatus status = cipher.open({FileKind::MainDb, pgno, 0, 0}, bytes(damaged), 512);
            QVERIFY2(status == DecodeStatus::Unauthenticated, qPrintable(QStringLiteral("byte %1").arg(i)));
        }
    }

    void malformedInputs()
    {
        const auto key = sequentialKey();
        PageCipher cipher;
        QVERIFY(cipher.init(key.data()));
        QByteArray zero(4096, '\0');
        QCOMPARE(cipher.open({FileKind::MainDb, 2, 0, 0}, bytes(zero), 4096), DecodeStatus::Malformed);
        QByteArray odd(1000, '\x01');
        QCOMPARE(cipher.open({FileKind::MainDb, 2, 0, 0}, bytes(odd), 1000), DecodeStatus::Malformed);
        QByteArray out(1000, '\0');
        QVERIFY(!cipher.seal({FileKind::MainDb, 2, 0, 0}, bytes(odd), bytes(out), 1000));
        PageCipher unkeyed;
        QCOMPARE(unkeyed.open({FileKind::MainDb, 2, 0, 0}, bytes(zero), 4096), DecodeStatus::Malformed);
    }

    void parseHeader_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("ours");
        QTest::addColumn<bool>("plainSqlite");
        QTest::addColumn<uint>("pageSize");
        QTest::addColumn<int>("reserve");
        const QByteArray ours(reinterpret_cast<const char *>(kEncryptedMagic), 16);
        const QByteArray sqlite(reinterpret_cast<const char *>(kSqliteMagic), 16);
        QTest::newRow("ours 4096") << ours + QByteArray::fromHex("1000010120402020") << true << false << 4096u << 32;
        QTest::newRow("ours 65536") << ours + QByteArray::fromHex("0001010120402020") << true << false << 65536u << 32;
        QTest::newRow("plain sqlite") << sqlite + QByteArray::fromHex("1000010100402020") << false << true << 4096u << 0;
        QTest::newRow("too short") << ours.left(10) << false << false << 0u << 0;
        QTest::newRow("garbage") << QByteArray(24, 'x') << false << false << uint(0x7878) << 0x78;
    }

    void parseHeader()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, ours);
        QFETCH(bool, plainSqlite);
        QFETCH(uint, pageSize);
        QFETCH(int, reserve);
        const MainHeader h = parseMainHeader(bytes(head), static_cast<std::size_t>(head.size()));
        QCOMPARE(h.ours, ours);
        QCOMPARE(h.sqlitePlain, plainSqlite);
        QCOMPARE(h.pageSize, pageSize);
        QCOMPARE(int(h.reserve), reserve);
    }
};

QTEST_GUILESS_MAIN(TestPageCodec)

#include "tst_pagecodec.moc"
