// Keeps two processes from writing one profile at once. A lock left by a crashed process is recovered.
#pragma once

#include "common/result.h"

#include <QLockFile>
#include <QString>

namespace sd {

class ProfileLock
{
public:
    explicit ProfileLock(const QString &lockPath);
    ~ProfileLock();
    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;

    // Takes the lock or explains who holds it (ProfileError::Locked).
    [[nodiscard]] Status tryLock();
    void unlock();
    [[nodiscard]] bool isLocked() const;

private:
    QLockFile m_lock;
};

} // namespace sd
