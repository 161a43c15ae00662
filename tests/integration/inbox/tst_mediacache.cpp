// The inbox's media cache and drafts against a real encrypted workspace cache and the in-process sandbox's CDN
// (/meta/media/…, which counts its requests): an image is downloaded once and then answered from the store, also
// by a new cache object and without a network; 404, a non-image, an oversized image, bytes that are no image and a
// dropped connection are refused and nothing is stored; the least recently used entries go beyond the cap; the
// image bytes are in no profile file in clear. Drafts survive reopening the store and are removed after a send.
#include "inbox/draftstore.h"
#include "inbox/mediacache.h"
#include "meta/metaemulator.h"
#include "net/networkcontext.h"
#include "profile/profile.h"
#include "sandboxfixture.h"
#include "store/localstore.h"
#include "store/securekey.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::sandbox::test;
using sd::inbox::DraftStore;
using sd::inbox::MediaCache;
using sd::sandbox::MetaEmulator;

namespace {

QStringList filesContaining(const QString &dir, const QByteArray &marker)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    ProfileInfo m_profile;
    QByteArray m_key;
    net::NetworkContext m_network;
    std::unique_ptr<store::LocalStore> m_store;
    qint64 m_clock = 1000;

    MetaEmulator *meta() { return static_cast<MetaEmulator *>(m_sandbox->sandbox().emulator(u"meta"_qs)); }
    QString mediaUrl(const QString &path) { return m_sandbox->sandbox().baseUrl(u"meta"_qs) + u"/media/"_qs + path; }

    bool openStore()
    {
        m_store.reset();
        auto s = store::LocalStore::open(m_profile, store::SecureKey::fromBytes(
            std::span<const unsigned char>(reinterpret_cast<const unsigned char *>(m_key.constData()), m_key.size())));
        if (!s)
            return false;
        m_store = std::move(s).value();
        return true;
    }

    std::unique_ptr<MediaCache> newCache(net::NetworkContext *network)
    {
        auto cache = std::make_unique<MediaCache>(&m_store->writer(), network);
        cache->setRetryPolicy(net::RetryPolicy::none());
        cache->setNowFunction([this] { return ++m_clock; });
        cache->setTouchIntervalMs(0);
        return cache;
    }

    // Requests url and waits for ready (true) or failed (false).
    static std::optional<bool> fetch(MediaCache &cache, const QString &url, QString *reason = nullptr)
    {
        QSignalSpy ready(&cache, &MediaCache::ready);
        QSignalSpy failed(&cache, &MediaCache::failed);
        cache.request(url);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
            return std::nullopt;
        if (!failed.isEmpty() && reason)
            *reason = failed.constFirst().at(1).toString();
        return ready.isEmpty() ? false : (ready.constFirst().at(0).toString() == url);
    }

    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return m_store->writer().pendingJobs() == 0; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxFixture>(42, 10);
        QVERIFY(m_sandbox->started());
        m_profile = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Test"_qs).value();
        const store::SecureKey key = store::SecureKey::random();
        m_key = QByteArray(reinterpret_cast<const char *>(key.bytes().data()), qsizetype(key.bytes().size()));
        QVERIFY(openStore());
        std::optional<Status> seeded;
        m_store->writer().submit([](store::Transaction &tx) -> Status {
            if (auto s = store::testutil::seedWorkspace(tx.database()); !s)
                return s;
            return tx.database().exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id,"
                                      u" created_at, updated_at) VALUES ('v1', '"_qs % store::testutil::kWorkspace
                                      % u"', '" % store::testutil::kOtherConnection % u"', 'x1', 1, 1), ('v2', '"
                                      % store::testutil::kWorkspace % u"', '" % store::testutil::kOtherConnection
                                      % u"', 'x2', 1, 1);");
        }, this, [&seeded](const Status &s) { seeded = s; });
        QTRY_VERIFY(seeded.has_value());
        QVERIFY(seeded->ok());
    }

    void fetchedOnceThenFromTheStore()
    {
        auto cache = newCache(&m_network);
        const QString url = mediaUrl(u"cdn/img/once.jpg"_qs);
        const int before = meta()->mediaRequests();
        QCOMPARE(fetch(*cache, url), std::optional<bool>(true));
        QCOMPARE(meta()->mediaRequests(), before + 1);
        auto media = cache->lookup(url);
        QVERIFY(media.has_value());
        QCOMPARE(media->mime, u"image/png"_qs);
        QVERIFY(MediaCache::looksLikeImage(media->bytes));
        QByteArray type;
        QCOMPARE(media->bytes, MetaEmulator::mediaBytes(u"/media/cdn/img/once.jpg"_qs, &type));

        // Again, and from a new cache object: no second download.
        QCOMPARE(fetch(*cache, url), std::optional<bool>(true));
        auto second = newCache(&m_network);
        QCOMPARE(fetch(*second, url), std::optional<bool>(true));
        QCOMPARE(meta()->mediaRequests(), before + 1);
        QCOMPARE(second->downloadsStarted(), 0);

        // Offline (no network at all): still answered, after the store was closed and opened again.
        QVERIFY(waitIdle());
        cache.reset();
        second.reset();
        QVERIFY(openStore());
        auto offline = newCache(nullptr);
        QCOMPARE(offline->state(url), MediaCache::State::Ready);
        QCOMPARE(fetch(*offline, url), std::optional<bool>(true));
        QVERIFY(offline->lookup(url).has_value());
        // …while an image it does not have fails instead of hanging.
        QCOMPARE(fetch(*offline, mediaUrl(u"cdn/img/never.jpg"_qs)), std::optional<bool>(false));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addRow("404") << u"cdn/img/missing.jpg"_qs << QString() << qint64(0);
        QTest::addRow("not an image") << u"cdn/file/9.pdf"_qs << QString() << qint64(0);
        QTest::addRow("video") << u"cdn/video/9.mp4"_qs << QString() << qint64(0);
        QTest::addRow("oversized") << u"cdn/img/big.jpg"_qs << QString() << qint64(1000);
        QTest::addRow("no image bytes") << u"cdn/img/garbage.jpg"_qs << QString() << qint64(0);
        QTest::addRow("dropped connection") << u"cdn/img/dropped.jpg"_qs << u"drop"_qs << qint64(0);
        QTest::addRow("cut short") << u"cdn/img/cut.jpg"_qs << u"truncate"_qs << qint64(0);
        QTest::addRow("server error") << u"cdn/img/err.jpg"_qs << u"status=503"_qs << qint64(0);
    }

    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QString, fault);
        QFETCH(qint64, maxBytes);
        auto cache = newCache(&m_network);
        if (maxBytes > 0)
            cache->setMaxImageBytes(maxBytes);
        if (!fault.isEmpty()) {
            // Until cleared: Qt itself sends a GET again once when the connection closed before any answer.
            QString error;
            QVERIFY(m_sandbox->sandbox().faults().addRule(
                QJsonObject{{u"platform"_qs, u"meta"_qs}, {u"path"_qs, u"*/media/*"_qs}, {u"fault"_qs, fault}, {u"count"_qs, -1}},
                &error) > 0);
        }
        const QString url = mediaUrl(path);
        QString reason;
        QCOMPARE(fetch(*cache, url, &reason), std::optional<bool>(false));
        m_sandbox->sandbox().faults().clear();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(cache->state(url), MediaCache::State::Failed);
        QVERIFY(!cache->lookup(url).has_value());
        QVERIFY(!cache->contains(url));
        // Not asked again in this session; retry() forgets the failure.
        const int requests = meta()->mediaRequests();
        cache->request(url);
        QTest::qWait(50);
        QCOMPARE(meta()->mediaRequests(), requests);
        cache->retry(url);
        QCOMPARE(cache->state(url), MediaCache::State::Unknown);
    }

    void leastRecentlyUsedEvicted()
    {
        auto cache = newCache(&m_network);
        QByteArray type;
        const QStringList paths = {u"cdn/lru/a.jpg"_qs, u"cdn/lru/b.jpg"_qs, u"cdn/lru/c.jpg"_qs};
        qint64 total = 0;
        for (const QString &p : paths)
            total += MetaEmulator::mediaBytes(u"/media/"_qs + p, &type).size();
        QVERIFY(cache->storedCount() > 0); // from the tests before
        // A cap of 0 keeps only the image just stored: everything older goes.
        cache->setCapacityBytes(0);
        QCOMPARE(fetch(*cache, mediaUrl(paths[0])), std::optional<bool>(true));
        QCOMPARE(cache->storedCount(), 1);
        // Room for all three but one byte: the third evicts the least recently used.
        cache->setCapacityBytes(total - 1);
        QCOMPARE(fetch(*cache, mediaUrl(paths[1])), std::optional<bool>(true));
        QCOMPARE(cache->storedCount(), 2);
        QVERIFY(cache->lookup(mediaUrl(paths[0])).has_value()); // a is used again: b is now the oldest
        QCOMPARE(fetch(*cache, mediaUrl(paths[2])), std::optional<bool>(true));
        QVERIFY(cache->contains(mediaUrl(paths[0])));
        QVERIFY(!cache->contains(mediaUrl(paths[1])));
        QVERIFY(cache->contains(mediaUrl(paths[2])));
        QVERIFY(cache->storedBytes() <= cache->capacityBytes());
        // An evicted image is simply fetched again when asked for.
        const int requests = meta()->mediaRequests();
        QCOMPARE(fetch(*cache, mediaUrl(paths[1])), std::optional<bool>(true));
        QCOMPARE(meta()->mediaRequests(), requests + 1);
    }

    void imageBytesNotInClear()
    {
        auto cache = newCache(&m_network);
        const QString path = u"cdn/img/secret-marker-4711.jpg"_qs;
        QCOMPARE(fetch(*cache, mediaUrl(path)), std::optional<bool>(true));
        const QByteArray marker = "SellerDesk sandbox media /media/" + path.toUtf8();
        auto media = cache->lookup(mediaUrl(path));
        QVERIFY(media.has_value());
        QVERIFY(media->bytes.contains(marker)); // the marker really is in what was stored
        QVERIFY(waitIdle());
        QCOMPARE(filesContaining(m_profile.path, marker), QStringList());
        QCOMPARE(filesContaining(m_profile.path, QByteArray("IDAT")), QStringList()); // no PNG chunk anywhere
        cache.reset();
        m_store.reset(); // checkpointed into the main file on close
        QCOMPARE(filesContaining(m_profile.path, marker), QStringList());
        QVERIFY(openStore());
    }

    void draftsSurviveReopenAndClear()
    {
        {
            DraftStore drafts(&m_store->writer());
            drafts.setDelayMs(10);
            drafts.setDraft(u"v1"_qs, u"Kargonuz yarın çıkıyor, İyi günler"_qs);
            drafts.setDraft(u"v2"_qs, u"ikinci"_qs);
            drafts.setDraft(u"no-such-conversation"_qs, u"lost"_qs);
            QCOMPARE(drafts.draft(u"v1"_qs), u"Kargonuz yarın çıkıyor, İyi günler"_qs); // pending already answers
            QSignalSpy flushed(&drafts, &DraftStore::flushed);
            QTRY_COMPARE(flushed.size(), 1);
            QVERIFY(flushed.constFirst().at(0).toBool());
            drafts.setDraft(u"v2"_qs, u"  "_qs); // blank removes it
        } // destruction flushes
        QVERIFY(waitIdle());
        QVERIFY(openStore());
        DraftStore again(&m_store->writer());
        QCOMPARE(again.draft(u"v1"_qs), u"Kargonuz yarın çıkıyor, İyi günler"_qs);
        QCOMPARE(again.draft(u"v2"_qs), QString());
        QCOMPARE(again.draft(u"no-such-conversation"_qs), QString());
        QCOMPARE(again.conversationsWithDrafts(), QStringList{u"v1"_qs});
        QSignalSpy flushed(&again, &DraftStore::flushed);
        again.clear(u"v1"_qs);
        QTRY_COMPARE(flushed.size(), 1);
        DraftStore third(&m_store->writer());
        QCOMPARE(third.draft(u"v1"_qs), QString());
        QCOMPARE(third.conversationsWithDrafts(), QStringList());
        // Draft text is encrypted at rest like everything else.
        QVERIFY(waitIdle());
        QCOMPARE(filesContaining(m_profile.path, "Kargonuz"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
