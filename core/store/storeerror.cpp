#include "storeerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sd::store {

sd::Error storeError(StoreError code, const QString &message)
{
    return sd::Error{kStoreErrorDomain.toString(), static_cast<int>(code), message};
}

namespace {

StoreError classify(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Busy;
    case SQLITE_CONSTRAINT: return StoreError::Constraint;
    case SQLITE_CORRUPT: return StoreError::Corrupt;
    case SQLITE_NOTADB: return StoreError::NotADatabase;
    case SQLITE_IOERR: return StoreError::Io;
    case SQLITE_FULL: return StoreError::Full;
    case SQLITE_READONLY: return StoreError::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return StoreError::CantOpen;
    case SQLITE_MISUSE:
    case SQLITE_RANGE: return StoreError::Misuse;
    case SQLITE_INTERRUPT: return StoreError::Interrupted;
    default: return StoreError::Generic;
    }
}

QString describe(StoreError code)
{
    switch (code) {
    case StoreError::Busy: return QCoreApplication::translate("sd::store", "The local cache is busy");
    case StoreError::Constraint: return QCoreApplication::translate("sd::store", "The change breaks a rule of the local cache");
    case StoreError::Corrupt:
    case StoreError::NotADatabase:
        return QCoreApplication::translate("sd::store", "This cache was modified or damaged");
    case StoreError::Io: return QCoreApplication::translate("sd::store", "The local cache could not be read or written");
    case StoreError::Full: return QCoreApplication::translate("sd::store", "The disk is full");
    case StoreError::ReadOnly: return QCoreApplication::translate("sd::store", "The local cache is read-only");
    case StoreError::CantOpen: return QCoreApplication::translate("sd::store", "The local cache could not be opened");
    case StoreError::Misuse: return QCoreApplication::translate("sd::store", "Internal error in the local cache");
    case StoreError::Interrupted: return QCoreApplication::translate("sd::store", "The operation was interrupted");
    default: return QCoreApplication::translate("sd::store", "The local cache reported an error");
    }
}

} // namespace

sd::Error sqliteError(sqlite3 *db, int rc, QStringView context)
{
    const StoreError code = classify(rc);
    QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return storeError(code, describe(code) % u" (" % context % u": " % reason % u")");
}

} // namespace sd::store
