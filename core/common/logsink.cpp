#include "logsink.h"

#include "redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace sd {
namespace {

struct SinkState
{
    QMutex mutex;
    LogSink::Options options;
    std::unique_ptr<QFile> file;
    bool installed = false;
};

SinkState &state()
{
    static SinkState s;
    return s;
}

QString pathFor(const LogSink::Options &o, int index)
{
    const QString name = index == 0 ? o.baseName + QStringLiteral(".log")
                                    : o.baseName + QStringLiteral(".%1.log").arg(index);
    return QDir(o.directory).filePath(name);
}

// Caller holds the mutex.
void openFile(SinkState &s)
{
    s.file.reset();
    if (s.options.directory.isEmpty())
        return;
    QDir().mkpath(s.options.directory);
    auto f = std::make_unique<QFile>(pathFor(s.options, 0));
    if (!f->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return;
    f->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    s.file = std::move(f);
}

// Caller holds the mutex.
void rotateIfNeeded(SinkState &s)
{
    if (!s.file || s.file->size() < s.options.maxFileBytes)
        return;
    s.file.reset();
    QFile::remove(pathFor(s.options, s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 0; --i) {
        const QString from = pathFor(s.options, i);
        if (QFile::exists(from))
            QFile::rename(from, pathFor(s.options, i + 1));
    }
    openFile(s);
}

// QtMsgType's values are not ordered by severity (QtInfoMsg is 4).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 4;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 'D';
    case QtInfoMsg: return 'I';
    case QtWarningMsg: return 'W';
    case QtCriticalMsg: return 'E';
    case QtFatalMsg: return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = LogSink::formatLine(type, context.category, message);
    const QByteArray bytes = line.toUtf8() + '\n';
    SinkState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.options.echoToStderr && severity(type) >= severity(s.options.stderrMinimum)) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
        if (s.file) {
            s.file->write(bytes);
            if (severity(type) >= severity(QtWarningMsg))
                s.file->flush();
            rotateIfNeeded(s);
        }
    }
    if (type == QtFatalMsg) {
        LogSink::flush();
        std::abort();
    }
}

} // namespace

QString LogSink::formatLine(QtMsgType type, const char *category, const QString &message)
{
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString cat = category ? QString::fromLatin1(category) : QStringLiteral("default");
    return when + u' ' + QLatin1Char(levelLetter(type)) + u' ' + cat + QStringLiteral(": ")
           + redaction::redact(message);
}

void LogSink::install(const Options &options)
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    s.options = options;
    openFile(s);
    if (!s.installed) {
        qInstallMessageHandler(handler);
        s.installed = true;
    }
}

void LogSink::uninstall()
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(nullptr);
    s.installed = false;
    s.file.reset();
}

void LogSink::setStderrMinimum(QtMsgType minimum)
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    s.options.stderrMinimum = minimum;
}

QString LogSink::currentFilePath()
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

void LogSink::flush()
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file)
        s.file->flush();
}

} // namespace sd
