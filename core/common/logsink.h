// The process-wide log sink: every Qt message is redacted, then written to stderr and to a rotating
// log file in the profile's logs folder.
#pragma once

#include <QString>

namespace sd {

class LogSink
{
public:
    struct Options
    {
        QString directory;                 // where sellerdesk.log lives; empty = stderr only
        QString baseName = QStringLiteral("sellerdesk");
        qint64 maxFileBytes = 2 * 1024 * 1024;
        int keepFiles = 5;                 // rotated files kept besides the current one
        bool echoToStderr = true;
        QtMsgType stderrMinimum = QtDebugMsg; // lines below this level go to the file only
    };

    // Installs the message handler. Calling it again re-targets the file (e.g. after switching profile).
    static void install(const Options &options);
    // Restores Qt's default handler and closes the file.
    static void uninstall();
    // The path of the current log file, or empty.
    static QString currentFilePath();
    // Changes which levels reach stderr (the CLI keeps stderr for warnings unless --verbose).
    static void setStderrMinimum(QtMsgType minimum);
    // Writes pending lines to disk.
    static void flush();

    // Formats one line exactly as it is written (redaction included). Exposed for tests.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};

} // namespace sd
