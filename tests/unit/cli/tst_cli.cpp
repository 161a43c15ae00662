// sellerdesk-cli argument handling, in-process through sd::cli::run() and as a real process.
#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int code;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &args, const QString &input = {}, bool interactive = false)
{
    QString out, err, in = input;
    QTextStream o(&out), e(&err), i(&in);
    sd::cli::Io io{o, e, i, interactive};
    const int code = sd::cli::run(QStringList{u"sellerdesk-cli"_qs} + args, io);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void helpAndVersion()
    {
        auto help = runCli({u"--help"_qs});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"profile create NAME"_qs));
        QVERIFY(help.out.contains(u"--profile"_qs));
        auto version = runCli({u"--version"_qs});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(u"sellerdesk-cli "_qs));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs};
        QTest::newRow("unknown option") << QStringList{u"--token=abc"_qs, u"profile"_qs, u"list"_qs};
        QTest::newRow("profile without sub") << QStringList{u"profile"_qs};
        QTest::newRow("create without name") << QStringList{u"profile"_qs, u"create"_qs};
        QTest::newRow("create with two names") << QStringList{u"profile"_qs, u"create"_qs, u"a"_qs, u"b"_qs};
        QTest::newRow("list with extra") << QStringList{u"profile"_qs, u"list"_qs, u"x"_qs};
        QTest::newRow("profile option without value") << QStringList{u"profile"_qs, u"list"_qs, u"--profile"_qs};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        auto r = runCli(args);
        QCOMPARE(r.code, int(sd::cli::Usage));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void profileLifecycle()
    {
        auto empty = runCli({u"profile"_qs, u"list"_qs, u"--json"_qs});
        QCOMPARE(empty.code, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);

        auto created = runCli({u"profile"_qs, u"create"_qs, u"Çiçekçi Ayşe"_qs, u"--json"_qs});
        QCOMPARE(created.code, 0);
        const QJsonObject obj = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QCOMPARE(obj.value(u"name"_qs).toString(), u"Çiçekçi Ayşe"_qs);
        QCOMPARE(obj.value(u"kind"_qs).toString(), u"local"_qs);
        QVERIFY(QDir(obj.value(u"path"_qs).toString()).exists());

        auto dup = runCli({u"profile"_qs, u"create"_qs, u"çiçekçi ayşe"_qs});
        QCOMPARE(dup.code, int(sd::cli::Failure));
        QVERIFY(dup.err.contains(u"already exists"_qs));

        auto listed = runCli({u"--json"_qs, u"profile"_qs, u"list"_qs});
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.first().toObject().value(u"id"_qs), obj.value(u"id"_qs));

        auto plain = runCli({u"profile"_qs, u"list"_qs});
        QVERIFY(plain.out.contains(u"Çiçekçi Ayşe"_qs));

        // Deleting needs a confirmation: --yes, or the typed name at an interactive prompt.
        auto refused = runCli({u"profile"_qs, u"delete"_qs, u"Çiçekçi Ayşe"_qs});
        QCOMPARE(refused.code, int(sd::cli::Usage));
        auto wrongName = runCli({u"profile"_qs, u"delete"_qs, u"Çiçekçi Ayşe"_qs}, u"nope\n"_qs, true);
        QCOMPARE(wrongName.code, int(sd::cli::Failure));
        QVERIFY(QDir(obj.value(u"path"_qs).toString()).exists());
        auto confirmed = runCli({u"profile"_qs, u"delete"_qs, u"Çiçekçi Ayşe"_qs}, u"Çiçekçi Ayşe\n"_qs, true);
        QCOMPARE(confirmed.code, 0);
        QVERIFY(!QDir(obj.value(u"path"_qs).toString()).exists());

        auto missing = runCli({u"profile"_qs, u"delete"_qs, u"ghost"_qs, u"--yes"_qs});
        QCOMPARE(missing.code, int(sd::cli::Failure));
    }

    void profileInGivenFolder()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"custom"_qs);
        auto created = runCli({u"--profile"_qs, target, u"profile"_qs, u"create"_qs, u"Özel"_qs});
        QCOMPARE(created.code, 0);
        QVERIFY(QFile::exists(target + u"/profile.json"_qs));
        auto deleted = runCli({u"--profile"_qs, target, u"--yes"_qs, u"profile"_qs, u"delete"_qs});
        QCOMPARE(deleted.code, 0);
        QVERIFY(!QFile::exists(target + u"/profile.json"_qs));
    }

    void passphraseProtectedStore()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"pass"_qs);
        const QStringList p{u"--profile"_qs, ws};

        auto weak = runCli(p + QStringList{u"--passphrase"_qs, u"profile"_qs, u"create"_qs, u"Kısa"_qs}, u"short\n"_qs);
        QCOMPARE(weak.code, int(sd::cli::Failure));
        QVERIFY(!QFile::exists(ws + u"/profile.json"_qs));

        auto created = runCli(p + QStringList{u"--passphrase"_qs, u"profile"_qs, u"create"_qs, u"Şifreli Dükkân"_qs},
                              u"uzun bir parola İğdır\n"_qs);
        QCOMPARE(created.code, 0);
        QVERIFY(QFile::exists(ws + u"/cache.key"_qs));

        auto info = runCli(p + QStringList{u"--json"_qs, u"store"_qs, u"info"_qs}, u"uzun bir parola İğdır\n"_qs);
        QVERIFY2(info.code == 0, qPrintable(info.err));
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(u"keyMode"_qs).toString(), u"passphrase"_qs);
        QVERIFY(o.value(u"schemaVersion"_qs).toInt() >= 2);
        QCOMPARE(o.value(u"rows"_qs).toObject().value(u"messages"_qs).toInt(), 0);

        auto wrong = runCli(p + QStringList{u"store"_qs, u"info"_qs}, u"yanlış parola burada\n"_qs);
        QCOMPARE(wrong.code, int(sd::cli::Failure));
        QVERIFY(wrong.err.contains(u"passphrase"_qs));

        QCOMPARE(runCli(p + QStringList{u"store"_qs, u"check"_qs}, u"uzun bir parola İğdır\n"_qs).code, 0);
        auto found = runCli(p + QStringList{u"--json"_qs, u"search"_qs, u"sipariş"_qs}, u"uzun bir parola İğdır\n"_qs);
        QCOMPARE(found.code, 0);
        QCOMPARE(QJsonDocument::fromJson(found.out.toUtf8()).object().value(u"hits"_qs).toArray().size(), 0);

        // Change the passphrase: old and new, one per line.
        auto changed = runCli(p + QStringList{u"store"_qs, u"set-passphrase"_qs},
                              u"uzun bir parola İğdır\nyepyeni bir parola\n"_qs);
        QCOMPARE(changed.code, 0);
        QCOMPARE(runCli(p + QStringList{u"store"_qs, u"check"_qs}, u"yepyeni bir parola\n"_qs).code, 0);

        // Damage the cache: reported as such, with the way out; reset moves it aside.
        {
            QFile db(ws + u"/cache.db"_qs);
            QVERIFY(db.open(QIODevice::ReadWrite));
            db.seek(100);
            db.write("XXXXXXXX");
        }
        auto damaged = runCli(p + QStringList{u"store"_qs, u"check"_qs}, u"yepyeni bir parola\n"_qs);
        QCOMPARE(damaged.code, int(sd::cli::Failure));
        QVERIFY2(damaged.err.contains(u"store reset"_qs), qPrintable(damaged.err));
        QCOMPARE(runCli(p + QStringList{u"store"_qs, u"reset"_qs}).code, int(sd::cli::Usage));
        QCOMPARE(runCli(p + QStringList{u"--yes"_qs, u"store"_qs, u"reset"_qs}).code, 0);
        QVERIFY(QDir(ws + u"/damaged"_qs).exists());
        QCOMPARE(runCli(p + QStringList{u"store"_qs, u"check"_qs}, u"yepyeni bir parola\n"_qs).code, 0);
    }

    void storeUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("store alone") << QStringList{u"store"_qs};
        QTest::newRow("store unknown") << QStringList{u"store"_qs, u"explode"_qs};
        QTest::newRow("search alone") << QStringList{u"search"_qs};
    }

    void storeUsage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(runCli(args).code, int(sd::cli::Usage));
    }

    void realProcess()
    {
        const QString exe = qEnvironmentVariable("SELLERDESK_CLI");
        if (exe.isEmpty())
            QSKIP("SELLERDESK_CLI not set (run through ctest)");
        QTemporaryDir xdg;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, xdg.filePath(u"data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, xdg.filePath(u"config"_qs));
        env.insert(u"LANG"_qs, u"C.UTF-8"_qs);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(exe, {u"profile"_qs, u"create"_qs, u"Süreç Testi"_qs, u"--json"_qs});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject obj = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(obj.value(u"name"_qs).toString(), u"Süreç Testi"_qs);
        QVERIFY(obj.value(u"path"_qs).toString().startsWith(xdg.filePath(u"data"_qs)));

        p.start(exe, {u"bogus"_qs});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), int(sd::cli::Usage));

        // Turkish output when the user chose Turkish.
        QDir().mkpath(xdg.filePath(u"config/SellerDesk"_qs));
        QFile ini(xdg.filePath(u"config/SellerDesk/sellerdesk.ini"_qs));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[ui]\nlanguage=tr\n");
        ini.close();
        p.start(exe, {u"bogus"_qs});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(u"Bilinmeyen komut"_qs),
                 "Turkish translation not applied");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
