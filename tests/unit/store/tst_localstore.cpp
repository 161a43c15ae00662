// A workspace's encrypted cache end to end: created with its key, searched, nothing readable in any file of
// the profile, a wrong key refused, a damaged file reported and moved aside so a fresh cache can start.
#include "storetestutil.h"

#include "profile/profile.h"
#include "store/cryptovfs.h"
#include "store/localstore.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::store;

namespace {

// Markers that must never appear in clear in any file (original and folded spellings).
const QStringList kMarkers = {u"ZEYTİNYAĞLIMARKER"_qs, u"zeytinyaglimarker"_qs, u"Çağrıİğdırmarker"_qs,
                              u"cagriigdirmarker"_qs};

QStringList filesContainingMarkers(const QString &dir)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &m : kMarkers) {
            if (bytes.contains(m.toUtf8()) || bytes.contains(m.toLower().toUtf8()))
                hits << f.fileName() + u": "_qs + m;
        }
    }
    return hits;
}

SearchQuery query(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

Status writeSample(LocalStore &store, QObject *context)
{
    std::optional<Status> result;
    store.writer().submit(
        [](Transaction &tx) -> Status {
            Database &db = tx.database();
            if (auto s = testutil::seedWorkspace(db); !s)
                return s;
            return db.exec(u"INSERT INTO customers(id, workspace_id, display_name, created_at, updated_at) VALUES "
                           u"('c1', '"_qs % testutil::kWorkspace % u"', 'Çağrıİğdırmarker Yılmaz', 1, 1);"
                           u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, customer_id, "
                           u"created_at, updated_at) VALUES ('v1', '" % testutil::kWorkspace % u"', '"
                           % testutil::kOtherConnection
                           % u"', 'x1', 'c1', 1, 1);"
                             u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, "
                             u"direction, body, sent_at, updated_at) VALUES ('m1', '"
                           % testutil::kWorkspace % u"', '" % testutil::kOtherConnection
                           % u"', 'e1', 'v1', 'in', 'Merhaba, ZEYTİNYAĞLIMARKER kargoda mı?', 1, 1);");
        },
        context, [&result](const Status &s) { result = s; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return Error{u"test"_qs, 1, u"timeout"_qs};
    return *result;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    ProfileInfo newProfile(QTemporaryDir &dir)
    {
        return ProfileManager::createAt(dir.filePath(u"ws"_qs), u"Test"_qs).value();
    }

private Q_SLOTS:
    void createSearchAndNothingInClear()
    {
        QTemporaryDir dir;
        const ProfileInfo profile = newProfile(dir);
        SecureKey key = SecureKey::random();
        const SecureKey copy = SecureKey::fromBytes(key.bytes());
        auto store = LocalStore::open(profile, std::move(key));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QVERIFY(writeSample(*store.value(), this).ok());

        // Search sees through the encryption, Turkish-aware.
        auto page = store.value()->search(query(u"zeytinyağlımarker"_qs));
        QVERIFY(page.ok());
        QCOMPARE(page->hits.size(), 1);
        QCOMPARE(page->hits.first().kind, SearchKind::Message);
        auto byName = store.value()->search(query(u"CAGRIIGDIRMARKER"_qs));
        QVERIFY(byName.ok() && !byName->hits.isEmpty());

        // While open (WAL not yet checkpointed) and after closing: no marker in any file.
        QCOMPARE(filesContainingMarkers(profile.path), QStringList());
        auto info = store.value()->info();
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
        QCOMPARE(info->value(u"rows"_qs).toObject().value(u"messages"_qs).toInteger(), 1);
        QVERIFY(info->value(u"schemaVersion"_qs).toInt() >= 1);
        QCOMPARE(store.value()->integrityCheck().value(), u"ok"_qs);
        store.value().reset();
        QCOMPARE(filesContainingMarkers(profile.path), QStringList());

        // The right key opens it again with the data; a wrong key is refused as such.
        auto again = LocalStore::open(profile, SecureKey::fromBytes(copy.bytes()));
        QVERIFY(again.ok());
        QCOMPARE(again.value()->search(query(u"zeytin"_qs))->hits.size(), 1);
        again.value().reset();
        auto wrong = LocalStore::open(profile, SecureKey::random());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().domain, QString::fromLatin1(kCryptoErrorDomain));
        QVERIFY(wrong.error().is(CryptoError::WrongKey));
        QVERIFY(!LocalStore::isDamage(wrong.error()));
    }

    void damagedCacheIsReportedAndMovedAside_data()
    {
        QTest::addColumn<qint64>("offset"); // negative: truncate to that many bytes
        QTest::newRow("flip in header page") << qint64(200);
        QTest::newRow("flip in second page") << qint64(4096 + 300);
        QTest::newRow("flip in last page") << qint64(-1);
        QTest::newRow("truncated") << qint64(-1000);
    }

    void damagedCacheIsReportedAndMovedAside()
    {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        const ProfileInfo profile = newProfile(dir);
        const SecureKey key = SecureKey::random();
        {
            auto store = LocalStore::open(profile, SecureKey::fromBytes(key.bytes()));
            QVERIFY(store.ok());
            QVERIFY(writeSample(*store.value(), this).ok());
            // Checkpoint so that every page is in the main file.
            auto reader = store.value()->openReader();
            QVERIFY(reader.ok());
        }
        {
            QFile f(LocalStore::databasePath(profile));
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            if (offset == -1000) {
                QVERIFY(f.resize(size - 1000));
            } else {
                const qint64 at = offset == -1 ? size - 2000 : offset;
                f.seek(at);
                char byte = 0;
                f.getChar(&byte);
                f.seek(at);
                f.putChar(char(byte ^ 0x5a));
            }
        }
        auto opened = LocalStore::open(profile, SecureKey::fromBytes(key.bytes()));
        if (opened.ok()) {
            // Damage away from the pages read at open shows at the latest in a full check.
            auto check = opened.value()->integrityCheck();
            QVERIFY(!check.ok() || check.value() != u"ok"_qs);
            return;
        }
        QVERIFY2(LocalStore::isDamage(opened.error()), qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.isEmpty());

        auto folder = LocalStore::quarantine(profile);
        QVERIFY(folder.ok());
        QVERIFY(QFile::exists(folder.value() + u"/cache.db"_qs));
        QVERIFY(!LocalStore::exists(profile));
        auto fresh = LocalStore::open(profile, SecureKey::fromBytes(key.bytes()));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value()->integrityCheck().value(), u"ok"_qs);
    }

    void missingKeyRefused()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(newProfile(dir), SecureKey());
        QVERIFY(!store.ok());
        QVERIFY(store.error().is(CryptoError::KeyMissing));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
