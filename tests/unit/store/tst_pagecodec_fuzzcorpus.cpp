// Runs every committed input of the page-decoder fuzz corpus through the fuzz entry point, so that a crash
// once found by libFuzzer stays fixed (the entry point aborts when a codec promise breaks).
#include "pagecodecfuzz.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestPageCodecFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_FUZZ_CORPUS_DIR));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 5);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        QCOMPARE(sd::store::fuzz::decodeOnePage(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                                static_cast<std::size_t>(input.size())),
                 0);
        // Every prefix too: truncated inputs are the decoder's most common hostile case.
        for (qsizetype n = 0; n < input.size(); n += 1 + n / 8)
            QCOMPARE(sd::store::fuzz::decodeOnePage(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                                    static_cast<std::size_t>(n)),
                     0);
    }
};

QTEST_GUILESS_MAIN(TestPageCodecFuzzCorpus)

#include "tst_pagecodec_fuzzcorpus.moc"
