// Small helpers shared by the encrypted-store tests: keys, SQL one-liners, file scans.
#pragma once

#include "store/cryptovfs.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <array>

namespace sd::store::test {

inline std::array<unsigned char, kDatabaseKeyBytes> makeKey(unsigned char seed)
{
    std::array<unsigned char, kDatabaseKeyBytes> key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(seed * 31 + i * 7 + 1);
    return key;
}

// Runs SQL; returns SQLite's result code.
inline int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

inline int exec(sqlite3 *db, const QByteArray &sql)
{
    return exec(db, sql.constData());
}

// The first column of the first row as text, or an empty array (and rc set) on failure.
inline QByteArray scalar(sqlite3 *db, const char *sql, int *rcOut = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QByteArray out;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            out = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rcOut)
        *rcOut = rc;
    return out;
}

// Every file of a folder (not recursive), with its bytes.
inline QList<QPair<QString, QByteArray>> readAllFiles(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            files.append({name, f.readAll()});
    }
    return files;
}

// Names of files in `dir` that contain any of `needles`, as "file: needle".
inline QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const auto &[name, bytes] : readAllFiles(dir)) {
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                hits.append(name + QStringLiteral(": ") + QString::fromUtf8(needle));
        }
    }
    return hits;
}

inline bool flipByte(const QString &path, qint64 offset, unsigned char mask = 0x01)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(static_cast<char>(static_cast<unsigned char>(c) ^ mask));
}

} // namespace sd::store::test
