#include "profilelock.h"

#include "common/logging.h"
#include "profile.h"

#include <QCoreApplication>

namespace sd {

ProfileLock::ProfileLock(const QString &lockPath) : m_lock(lockPath)
{
    // Age alone never makes a lock stale: a window may stay open for days. A lock whose process is gone
    // is still detected (QLockFile checks the recorded process) and taken over.
    m_lock.setStaleLockTime(0);
}

ProfileLock::~ProfileLock() = default;

Status ProfileLock::tryLock()
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return {};
    if (m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock.getLockInfo(&pid, &host, &app);
        qCInfo(lcProfile) << "profile is locked by" << app << pid << "on" << host;
        return Error{QStringLiteral("profile"), int(ProfileError::Locked),
                     QCoreApplication::translate("sd::ProfileLock",
                                                 "This workspace is already open in another SellerDesk program "
                                                 "(%1, process %2 on %3). Close it there first.")
                         .arg(app.isEmpty() ? QStringLiteral("?") : app, QString::number(pid), host)};
    }
    return Error{QStringLiteral("profile"), int(ProfileError::Io),
                 QCoreApplication::translate("sd::ProfileLock",
                                             "Could not create the workspace lock file %1 (permission denied?).")
                     .arg(m_lock.fileName())};
}

void ProfileLock::unlock()
{
    m_lock.unlock();
}

bool ProfileLock::isLocked() const
{
    return m_lock.isLocked();
}

} // namespace sd
