// sellerdesk-cli secret …, as a real process against a real Secret Service (private D-Bus session):
// the value goes only to the keychain — never into the workspace folder, its logs, or the output.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_exe;
    QProcessEnvironment m_env;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_exe, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {-1, {}, {}};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Every file below dir that contains needle.
    static QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        m_exe = qEnvironmentVariable("SELLERDESK_CLI");
        QVERIFY(!m_exe.isEmpty());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
    }

    void secretGoesOnlyToTheKeychain()
    {
        const QString profile = m_dir.filePath(u"shop"_qs);
        QCOMPARE(cli({u"--profile"_qs, profile, u"profile"_qs, u"create"_qs, u"Gizli Dükkân"_qs}).code, 0);

        const QByteArray secret = "tok_ŞİFRE-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-zz";
        auto set = cli({u"--profile"_qs, profile, u"--verbose"_qs, u"secret"_qs, u"set"_qs, u"trendyol.api-key"_qs},
                       secret + '\n');
        QVERIFY2(set.code == 0, set.err.constData());
        QVERIFY(!set.out.contains(secret));
        QVERIFY(!set.err.contains(secret));

        auto check = cli({u"--profile"_qs, profile, u"secret"_qs, u"check"_qs, u"trendyol.api-key"_qs});
        QCOMPARE(check.code, 0);
        QVERIFY(!check.out.contains(secret));

        // The workspace folder (settings, logs) never holds the value; the log does record the action.
        QCOMPARE(filesContaining(profile, secret), QStringList());
        QFile log(profile + u"/logs/sellerdesk.log"_qs);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("stored secret"));
        // Nor does any other file the programs wrote (config, data), outside the keyring's own encrypted file.
        const QStringList elsewhere = filesContaining(m_dir.path(), secret);
        QCOMPARE(elsewhere, QStringList());
        const QStringList inHome = filesContaining(qEnvironmentVariable("HOME"), secret);
        QCOMPARE(inHome, QStringList());

        auto del = cli({u"--profile"_qs, profile, u"secret"_qs, u"delete"_qs, u"trendyol.api-key"_qs});
        QCOMPARE(del.code, 0);
        auto gone = cli({u"--profile"_qs, profile, u"secret"_qs, u"check"_qs, u"trendyol.api-key"_qs});
        QCOMPARE(gone.code, 1);
    }

    void cacheKeyMovesBetweenKeychainAndPassphrase()
    {
        const QString profile = m_dir.filePath(u"keyed"_qs);
        QCOMPARE(cli({u"--profile"_qs, profile, u"profile"_qs, u"create"_qs, u"Anahtarlı"_qs}).code, 0);
        // First use creates the cache and its key in the keychain.
        auto info = cli({u"--profile"_qs, profile, u"--json"_qs, u"store"_qs, u"info"_qs});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY(info.out.contains("\"keyMode\":\"keychain\""));
        QVERIFY(!QFile::exists(profile + u"/cache.key"_qs));
        QCOMPARE(cli({u"--profile"_qs, profile, u"store"_qs, u"check"_qs}).code, 0);

        // keychain → passphrase: the same cache opens with the passphrase, no keychain entry left.
        auto toPass = cli({u"--profile"_qs, profile, u"store"_qs, u"set-passphrase"_qs}, "bir uzun parola\n");
        QVERIFY2(toPass.code == 0, toPass.err.constData());
        QVERIFY(QFile::exists(profile + u"/cache.key"_qs));
        QCOMPARE(cli({u"--profile"_qs, profile, u"store"_qs, u"check"_qs}, "bir uzun parola\n").code, 0);

        // passphrase → keychain.
        auto back = cli({u"--profile"_qs, profile, u"store"_qs, u"use-keychain"_qs}, "bir uzun parola\n");
        QVERIFY2(back.code == 0, back.err.constData());
        QVERIFY(!QFile::exists(profile + u"/cache.key"_qs));
        QCOMPARE(cli({u"--profile"_qs, profile, u"store"_qs, u"check"_qs}).code, 0);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::newRow("value as argument") << QStringList{u"secret"_qs, u"set"_qs, u"key"_qs, u"VALUE"_qs}
                                           << QByteArray() << 2;
        QTest::newRow("bad name") << QStringList{u"secret"_qs, u"set"_qs, u"../../x"_qs} << QByteArray("v") << 2;
        QTest::newRow("empty value") << QStringList{u"secret"_qs, u"set"_qs, u"key"_qs} << QByteArray("\n") << 1;
        QTest::newRow("no workspace") << QStringList{u"--profile"_qs, u"/nonexistent/ws"_qs, u"secret"_qs,
                                                     u"check"_qs, u"key"_qs}
                                      << QByteArray() << 1;
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        const QString profile = m_dir.filePath(u"bad"_qs);
        if (!QFile::exists(profile + u"/profile.json"_qs))
            QCOMPARE(cli({u"--profile"_qs, profile, u"profile"_qs, u"create"_qs, u"Bad"_qs}).code, 0);
        QStringList full = args.contains(u"--profile"_qs) ? args : QStringList{u"--profile"_qs, profile} + args;
        auto r = cli(full, input);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
