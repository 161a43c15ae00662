// Saved replies (core/inbox/savedreplies.h) on a real encrypted store through its StoreWriter: a workspace starts
// without any, shortcuts are found by their Turkish-folded prefix, are unique per workspace (folded) among the
// replies that are not deleted, are validated, and every write is published to the ChangeNotifier.
#include "inbox/savedreplies.h"
#include "profile/profile.h"
#include "store/changenotifier.h"
#include "store/localstore.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::store;
using sd::inbox::SavedReplies;
using sd::inbox::SavedReply;
using sd::inbox::SavedReplyError;

namespace {
constexpr qint64 kNow = 1795424400000LL;
const QString kOtherWorkspace = u"22222222-2222-4222-8222-222222222222"_qs;
} // namespace

class TestSavedReplies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    std::unique_ptr<LocalStore> m_store;

    Status write(StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_store->writer().submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{u"test"_qs, 1, u"timeout"_qs};
        return *result;
    }

    Result<QString> add(const QString &shortcut, const QString &body, const QString &ws = testutil::kWorkspace)
    {
        std::optional<Result<QString>> out;
        const Status s = write([&](Transaction &tx) -> Status {
            out = SavedReplies::add(tx, ws, shortcut, QString(), body, kNow);
            return *out ? Status() : Status(out->error());
        });
        if (!out)
            return s.error();
        return *out;
    }

    std::unique_ptr<Database> reader()
    {
        auto r = m_store->openReader();
        return r ? std::move(r).value() : nullptr;
    }

    QStringList shortcuts(const QString &prefix, const QString &ws = testutil::kWorkspace)
    {
        auto db = reader();
        auto found = SavedReplies::findByPrefix(*db, ws, prefix);
        QStringList out;
        if (found) {
            for (const SavedReply &r : found.value())
                out << r.shortcut;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto profile = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Test"_qs);
        QVERIFY(profile);
        auto store = LocalStore::open(profile.value(), SecureKey::random(), &m_notifier);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        QVERIFY(write([](Transaction &tx) -> Status {
            if (auto s = testutil::seedWorkspace(tx.database()); !s)
                return s;
            return tx.database().exec(u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs
                                      % kOtherWorkspace % u"', 'Other', 1, 1)");
        }).ok());
    }

    void startsEmpty()
    {
        auto db = reader();
        auto all = SavedReplies::list(*db, testutil::kWorkspace);
        QVERIFY(all);
        QVERIFY(all->isEmpty());
    }

    void addAndNotify()
    {
        QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
        for (const auto &[shortcut, body] : {std::pair{u"kargo"_qs, u"Merhaba {name}, kargonuz yolda."_qs},
                 std::pair{u"Kargo-gecikme"_qs, u"Kargonuz gecikti, özür dileriz."_qs},
                 std::pair{u"İade"_qs, u"İade için …"_qs}, std::pair{u"şikayet"_qs, u"Şikâyetiniz alındı."_qs},
                 std::pair{u"ödeme_2"_qs, u"Ödemeniz onaylandı."_qs}}) {
            auto id = add(shortcut, body);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        }
        QTRY_COMPARE(changed.size(), 5);
        {
            auto db = reader();
            auto all = SavedReplies::list(*db, testutil::kWorkspace);
            QVERIFY(all);
            QCOMPARE(all->size(), 5);
            QCOMPARE(all->first().shortcut, u"İade"_qs);
            QCOMPARE(all->first().body, u"İade için …"_qs);
            QCOMPARE(all->first().workspaceId, testutil::kWorkspace);
        }
        const auto batch = changed.first().first().value<ChangeBatch>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().table, u"saved_replies"_qs);
        QCOMPARE(batch.first().kind, ChangeKind::Inserted);
        // Another workspace has its own replies.
        QVERIFY(add(u"kargo"_qs, u"Başka"_qs, kOtherWorkspace));
        QCOMPARE(shortcuts(QString(), kOtherWorkspace), QStringList{u"kargo"_qs});
    }

    void findByFoldedPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QStringList{u"İade"_qs, u"kargo"_qs, u"Kargo-gecikme"_qs, u"ödeme_2"_qs, u"şikayet"_qs};
        QTest::newRow("kar") << u"kar"_qs << QStringList{u"kargo"_qs, u"Kargo-gecikme"_qs};
        QTest::newRow("KAR upper") << u"KAR"_qs << QStringList{u"kargo"_qs, u"Kargo-gecikme"_qs};
        QTest::newRow("with slash") << u"/kargo"_qs << QStringList{u"kargo"_qs, u"Kargo-gecikme"_qs};
        QTest::newRow("kargö folds to kargo") << u"kargö"_qs << QStringList{u"kargo"_qs, u"Kargo-gecikme"_qs};
        QTest::newRow("hyphen") << u"kargo-g"_qs << QStringList{u"Kargo-gecikme"_qs};
        QTest::newRow("iade lower i") << u"iade"_qs << QStringList{u"İade"_qs};
        QTest::newRow("IADE upper I") << u"IADE"_qs << QStringList{u"İade"_qs};
        QTest::newRow("dotless ı") << u"ıa"_qs << QStringList{u"İade"_qs};
        QTest::newRow("s for ş") << u"sik"_qs << QStringList{u"şikayet"_qs};
        QTest::newRow("Ş upper") << u"ŞİK"_qs << QStringList{u"şikayet"_qs};
        QTest::newRow("underscore is literal") << u"odeme_"_qs << QStringList{u"ödeme_2"_qs};
        QTest::newRow("underscore is no wildcard") << u"odemex"_qs << QStringList{};
        QTest::newRow("percent is no wildcard") << u"%"_qs << QStringList{};
        QTest::newRow("no match") << u"zzz"_qs << QStringList{};
        QTest::newRow("not a prefix") << u"argo"_qs << QStringList{};
    }

    void findByFoldedPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, expected);
        QCOMPARE(shortcuts(prefix), expected);
    }

    void shortcutsAreUniqueFolded_data()
    {
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<int>("error");
        QTest::newRow("same") << u"kargo"_qs << int(SavedReplyError::DuplicateShortcut);
        QTest::newRow("upper") << u"KARGO"_qs << int(SavedReplyError::DuplicateShortcut);
        QTest::newRow("ö") << u"kargö"_qs << int(SavedReplyError::DuplicateShortcut);
        QTest::newRow("IADE") << u"IADE"_qs << int(SavedReplyError::DuplicateShortcut);
        QTest::newRow("empty") << QString() << int(SavedReplyError::BadShortcut);
        QTest::newRow("space") << u"kar go"_qs << int(SavedReplyError::BadShortcut);
        QTest::newRow("slash") << u"/x"_qs << int(SavedReplyError::BadShortcut);
        QTest::newRow("emoji") << u"kargo🚚"_qs << int(SavedReplyError::BadShortcut);
        QTest::newRow("too long") << QString(SavedReplies::kMaxShortcutLength + 1, u'a') << int(SavedReplyError::BadShortcut);
    }

    void shortcutsAreUniqueFolded()
    {
        QFETCH(QString, shortcut);
        QFETCH(int, error);
        auto r = add(shortcut, u"x"_qs);
        QVERIFY(!r);
        QCOMPARE(r.error().code, error);
        QVERIFY(!r.error().message.isEmpty());
    }

    void emptyBodyIsRefused()
    {
        auto r = add(u"bos"_qs, u"  \n "_qs);
        QVERIFY(!r);
        QVERIFY(r.error().is(SavedReplyError::EmptyBody));
    }

    void updateAndRemove()
    {
        auto id = add(u"tesekkur"_qs, u"Teşekkürler!"_qs);
        QVERIFY(id);
        QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
        // Renaming onto another reply's shortcut is refused; onto its own (re-cased) it is fine.
        Status s = write([&](Transaction &tx) {
            return SavedReplies::update(tx, id.value(), u"KARGO"_qs, u"t"_qs, u"b"_qs, kNow + 1);
        });
        QVERIFY(!s);
        QVERIFY(s.error().is(SavedReplyError::DuplicateShortcut));
        s = write([&](Transaction &tx) {
            return SavedReplies::update(tx, id.value(), u"TEŞEKKÜR"_qs, u"Teşekkür"_qs, u"Çok teşekkürler {name}!"_qs,
                kNow + 1);
        });
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeBatch>().first().kind, ChangeKind::Updated);
        {
            auto db = reader();
            auto found = SavedReplies::findByPrefix(*db, testutil::kWorkspace, u"teş"_qs);
            QVERIFY(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().shortcut, u"TEŞEKKÜR"_qs);
            QCOMPARE(found->first().title, u"Teşekkür"_qs);
            QCOMPARE(found->first().body, u"Çok teşekkürler {name}!"_qs);
            QCOMPARE(found->first().updatedAt, kNow + 1);
        }
        s = write([&](Transaction &tx) { return SavedReplies::remove(tx, id.value(), kNow + 2); });
        QVERIFY(s);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<ChangeBatch>().first().kind, ChangeKind::Deleted);
        QVERIFY(shortcuts(u"tes"_qs).isEmpty());
        // A tombstone stays for sync; it frees the shortcut.
        auto db = reader();
        QCOMPARE(*db->queryInt(u"SELECT count(*) FROM saved_replies WHERE deleted = 1"_qs), 1);
        QVERIFY(add(u"tesekkur"_qs, u"Yeniden"_qs));
        // Removing or updating twice, or something unknown: not found.
        s = write([&](Transaction &tx) { return SavedReplies::remove(tx, id.value(), kNow + 3); });
        QVERIFY(!s);
        QVERIFY(s.error().is(SavedReplyError::NotFound));
        s = write([&](Transaction &tx) { return SavedReplies::update(tx, u"nope"_qs, u"x"_qs, {}, u"b"_qs, kNow); });
        QVERIFY(!s);
        QVERIFY(s.error().is(SavedReplyError::NotFound));
    }

    void expand_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first name") << u"Merhaba {name}, siparişiniz yolda."_qs << u"Ayşe Yılmaz"_qs
                                    << u"Merhaba Ayşe, siparişiniz yolda."_qs;
        QTest::newRow("twice") << u"{name} {name}"_qs << u"İlkay"_qs << u"İlkay İlkay"_qs;
        QTest::newRow("spaces around") << u"Hi {name}"_qs << u"  Can  Demir "_qs << u"Hi Can"_qs;
        QTest::newRow("no name: left") << u"Merhaba {name}"_qs << QString() << u"Merhaba {name}"_qs;
        QTest::newRow("no placeholder") << u"Merhaba"_qs << u"Ayşe"_qs << u"Merhaba"_qs;
    }

    void expand()
    {
        QFETCH(QString, body);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(SavedReplies::expand(body, name), expected);
    }
};

QTEST_GUILESS_MAIN(TestSavedReplies)
#include "tst_savedreplies.moc"
