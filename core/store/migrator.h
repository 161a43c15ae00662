// Schema migrations: SQL files compiled in as Qt resources (:/sql/NNNN_name.sql, from resources/sql), applied
// in order over PRAGMA user_version, each step in its own transaction.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace sd::store {

class Database;

struct Migration
{
    int version = 0; // the user_version after this step
    QString name;    // the file name, for logs
    QString sql;
};

class Migrator
{
public:
    // Every migration in order; versions are 1..latestVersion() without gaps.
    [[nodiscard]] static const QList<Migration> &migrations();
    [[nodiscard]] static int latestVersion();

    // Brings db to the latest schema. A database newer than this build is refused (StoreError::TooNew)
    // and left untouched.
    static Status migrate(Database &db);
    // Brings db to exactly target (tests build every historical version with it).
    static Status migrateTo(Database &db, int target);
};

} // namespace sd::store
