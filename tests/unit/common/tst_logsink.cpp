// The log sink writes redacted lines to a rotating file.
#include "common/logging.h"
#include "common/logsink.h"
#include "common/redactor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { sd::LogSink::uninstall(); }

    void writesRedactedLines()
    {
        QTemporaryDir dir;
        sd::LogSink::install({dir.path(), QStringLiteral("test"), 1024 * 1024, 3, false});
        qCInfo(lcNet) << "GET /me?access_token=EAAsecretvalue1 -> 200";
        qCWarning(lcNet).noquote() << "Authorization: Bearer tok-0123456789";
        qCInfo(lcApp) << "Türkçe satır: ığüşöç";
        sd::LogSink::flush();
        QFile f(dir.filePath(QStringLiteral("test.log")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(!text.contains(u"EAAsecretvalue1"_qs));
        QVERIFY(!text.contains(u"tok-0123456789"_qs));
        QVERIFY(text.contains(u"sellerdesk.net"_qs));
        QVERIFY(text.contains(u"Türkçe satır: ığüşöç"_qs));
        QCOMPARE(text.count(u'\n'), 3);
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void rotates()
    {
        QTemporaryDir dir;
        sd::LogSink::install({dir.path(), QStringLiteral("rot"), 2000, 2, false});
        for (int i = 0; i < 200; ++i)
            qCInfo(lcApp) << "line" << i << QString(40, u'x');
        sd::LogSink::flush();
        const QStringList files = QDir(dir.path()).entryList({u"rot*.log"_qs}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"rot.1.log"_qs, u"rot.2.log"_qs, u"rot.log"_qs}));
        for (const QString &name : files)
            QVERIFY(QFileInfo(dir.filePath(name)).size() <= 2000 + 200);
    }

    void debugIsOffByDefault()
    {
        QTemporaryDir dir;
        sd::LogSink::install({dir.path(), QStringLiteral("lvl"), 1024 * 1024, 1, false});
        qCDebug(lcStore) << "debug detail";
        qCInfo(lcStore) << "info line";
        sd::LogSink::flush();
        QFile f(dir.filePath(QStringLiteral("lvl.log")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("debug detail"));
        QVERIFY(text.contains("info line"));
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
