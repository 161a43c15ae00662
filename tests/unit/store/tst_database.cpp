// The SQLite wrapper: pragmas, binding and reading every type, the statement cache, transactions, typed errors.
#include "store/database.h"
#include "store/ids.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sd::store;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pragmas_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QString>("expected");
        QTest::newRow("journal_mode") << u"journal_mode"_qs << u"wal"_qs;
        QTest::newRow("synchronous") << u"synchronous"_qs << u"1"_qs; // NORMAL
        QTest::newRow("foreign_keys") << u"foreign_keys"_qs << u"1"_qs;
        QTest::newRow("temp_store") << u"temp_store"_qs << u"2"_qs; // MEMORY
        QTest::newRow("mmap_size") << u"mmap_size"_qs << u"0"_qs;
        QTest::newRow("busy_timeout") << u"busy_timeout"_qs << u"5000"_qs;
    }

    void pragmas()
    {
        QFETCH(QString, pragma);
        QFETCH(QString, expected);
        auto db = Database::open(m_dir.filePath(u"pragmas.db"_qs));
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        auto value = (*db)->queryText(u"PRAGMA "_qs + pragma);
        QVERIFY(value.ok());
        QCOMPARE(*value, expected);
    }

    void bindAndReadEveryType()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"_qs).ok());
        auto insert = (*db)->prepare(u"INSERT INTO t VALUES (?1, ?2, ?3, :blob, ?5)");
        QVERIFY(insert.ok());
        const QByteArray blob("\0\x01\xff binary", 10);
        QVERIFY(insert->bind(1, qint64(1) << 40).ok());
        QVERIFY(insert->bind(2, 2.5).ok());
        QVERIFY(insert->bind(3, u"Çağrı İŞ"_qs).ok());
        QVERIFY(insert->bind(":blob", blob).ok());
        QVERIFY(insert->bind(5, nullptr).ok());
        QVERIFY(insert->exec().ok());
        QCOMPARE((*db)->changes(), 1);

        auto select = (*db)->prepare(u"SELECT i, r, s, b, n FROM t");
        QVERIFY(select.ok());
        auto row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->int64(0), qint64(1) << 40);
        QCOMPARE(select->real(1), 2.5);
        QCOMPARE(select->text(2), u"Çağrı İŞ"_qs);
        QCOMPARE(select->blob(3), blob);
        QVERIFY(select->isNull(4));
        QVERIFY(select->text(4).isNull());
        row = select->step();
        QVERIFY(row.ok() && !*row);
    }

    void bindAllAndOptional()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        auto stmt = (*db)->prepare(u"SELECT ?1 || ?2, ?3 IS NULL");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bindAll(u"a"_qs, 7, std::optional<QString>()).ok());
        auto row = stmt->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(stmt->text(0), u"a7"_qs);
        QCOMPARE(stmt->int64(1), 1);
        QVERIFY(!stmt->bind(":nope", 1).ok());
    }

    void statementCacheReusesAndResets()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        const QString sql = u"SELECT ?1 + 1"_qs;
        auto first = (*db)->cached(sql);
        QVERIFY(first.ok());
        QVERIFY((*first)->bind(1, 41).ok());
        auto row = (*first)->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE((*first)->int64(0), 42);
        // Fetched again mid-iteration: the same statement, reset with its bindings cleared.
        auto second = (*db)->cached(sql);
        QVERIFY(second.ok());
        QCOMPARE(*second, *first);
        QCOMPARE((*db)->cachedCount(), 1);
        row = (*second)->step();
        QVERIFY(row.ok() && *row);
        QVERIFY((*second)->isNull(0));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE t(x)"_qs).ok());
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            QVERIFY((*db)->exec(u"INSERT INTO t VALUES (1)"_qs).ok());
            QVERIFY((*db)->inTransaction());
        } // destroyed without commit
        QVERIFY(!(*db)->inTransaction());
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM t"_qs), 0);
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            QVERIFY((*db)->exec(u"INSERT INTO t VALUES (1)"_qs).ok());
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->isActive());
        }
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM t"_qs), 1);
    }

    void constraintIsTyped()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE t(x UNIQUE)"_qs).ok());
        QVERIFY((*db)->exec(u"INSERT INTO t VALUES (1)"_qs).ok());
        auto stmt = (*db)->prepare(u"INSERT INTO t VALUES (?1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bind(1, 1).ok());
        const sd::Status s = stmt->exec();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().domain, u"store"_qs);
        QVERIFY(s.error().is(StoreError::Constraint));
        // The message names the rule, never the bound value.
        QVERIFY(s.error().message.contains(u"UNIQUE"_qs));
    }

    void busyIsTyped()
    {
        const QString path = m_dir.filePath(u"busy.db"_qs);
        OpenOptions noWait;
        noWait.busyTimeoutMs = 0;
        auto a = Database::open(path, noWait);
        auto b = Database::open(path, noWait);
        QVERIFY(a.ok() && b.ok());
        auto txA = Transaction::begin(**a);
        QVERIFY(txA.ok());
        auto txB = Transaction::begin(**b);
        QVERIFY(!txB.ok());
        QVERIFY(txB.error().is(StoreError::Busy));
    }

    void readOnlyConnectionRefusesWrites()
    {
        const QString path = m_dir.filePath(u"ro.db"_qs);
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->exec(u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_qs).ok());
        OpenOptions ro;
        ro.mode = OpenOptions::Mode::ReadOnly;
        auto reader = Database::open(path, ro);
        QVERIFY(reader.ok());
        QVERIFY((*reader)->isReadOnly());
        QCOMPARE(*(*reader)->queryInt(u"SELECT x FROM t"_qs), 1);
        const sd::Status s = (*reader)->exec(u"INSERT INTO t VALUES (2)"_qs);
        QVERIFY(!s.ok());
        QVERIFY(s.error().is(StoreError::ReadOnly));
    }

    void openErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("vfs");
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("expected");
        QTest::newRow("not a database") << QByteArray(8192, 'x') << QString() << true << int(StoreError::NotADatabase);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19) << QString() << true
                                          << int(StoreError::NotADatabase);
        QTest::newRow("unknown vfs") << QByteArray() << u"no-such-vfs"_qs << true << int(StoreError::CantOpen);
        QTest::newRow("missing, no create") << QByteArray() << QString() << false << int(StoreError::CantOpen);
    }

    void openErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, vfs);
        QFETCH(bool, create);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        for (const auto mode : {OpenOptions::Mode::ReadWrite, OpenOptions::Mode::ReadOnly}) {
            OpenOptions options;
            options.vfsName = vfs;
            options.create = create;
            options.mode = mode;
            auto db = Database::open(path, options);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, expected);
            QVERIFY(!db.error().message.isEmpty());
        }
    }

    void namedDefaultVfsOpens()
    {
        // The encrypting VFS plugs in by name; the default VFS by its own name must work the same way.
        OpenOptions options;
        options.vfsName = QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName);
        auto db = Database::open(m_dir.filePath(u"vfs.db"_qs), options);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->exec(u"CREATE TABLE t(x)"_qs).ok());
    }

    void idsAreTimeOrderedUuid7()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QSet<QString> seen;
        QString previousMs;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newId();
            QCOMPARE(id.size(), 36);
            const QUuid uuid(id);
            QVERIFY(!uuid.isNull());
            QCOMPARE(id.at(14), u'7'); // the version nibble (QUuid of Qt 6.4 does not know version 7)
            QCOMPARE(uuid.variant(), QUuid::DCE);
            const QString ms = id.left(8) + id.mid(9, 4); // 48-bit Unix time in ms, big-endian hex
            QVERIFY(ms >= previousMs);
            previousMs = ms;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
        const qint64 stamped = previousMs.toLongLong(nullptr, 16);
        QVERIFY(stamped >= before && stamped <= QDateTime::currentMSecsSinceEpoch());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
