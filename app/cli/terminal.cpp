#include "terminal.h"

#include "common/logsink.h"
#include "common/redactor.h"
#include "settings/settings.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace sd::cli {
namespace {

// Switches terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

} // namespace

QByteArray readSecretInput(Io &io, const QString &prompt)
{
    QString value;
    if (io.interactive) {
        io.err << prompt << Qt::flush;
        EchoOff quiet;
        value = io.in.readLine();
        io.err << Qt::endl;
    } else {
        // One secret per line, so that several can be piped in (e.g. old and new passphrase).
        value = io.in.readLine();
        if (value.endsWith(u'\r'))
            value.chop(1);
    }
    const QByteArray bytes = value.toUtf8();
    redaction::registerSecret(bytes);
    return bytes;
}

Result<ProfileInfo> openProfile(Context &context)
{
    QString path = context.profileOverride;
    if (path.isEmpty())
        path = AppSettings().lastProfilePath();
    if (path.isEmpty())
        return Error{QStringLiteral("cli"), 1,
                     QCoreApplication::translate("sd::cli",
                                                 "No workspace chosen: pass --profile DIR or set SELLERDESK_PROFILE.")};
    auto profile = ProfileManager::open(path);
    if (!profile)
        return profile.error();
    LogSink::Options options;
    options.directory = profile->logsPath();
    options.stderrMinimum = QtWarningMsg;
    LogSink::install(options);
    return profile;
}

} // namespace sd::cli
