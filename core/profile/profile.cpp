#include "profile.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace sd {
namespace {

constexpr auto kMetaFile = "profile.json";
constexpr int kFormat = 1;

Error profileError(ProfileError code, const QString &message)
{
    return Error{QStringLiteral("profile"), int(code), message};
}

Result<ProfileInfo> writeMeta(const ProfileInfo &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("id"), info.id);
    o.insert(QStringLiteral("name"), info.name);
    o.insert(QStringLiteral("kind"), info.kind);
    o.insert(QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs));
    QSaveFile f(QDir(info.path).filePath(QLatin1String(kMetaFile)));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return profileError(ProfileError::Io,
                            QCoreApplication::translate("sd::ProfileManager", "Could not write the workspace file in %1: %2").arg(info.path, f.errorString()));
    return info;
}

bool isValidName(const QString &name)
{
    const QString t = name.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return false;
    for (const QChar c : t) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString ProfileInfo::settingsPath() const { return QDir(path).filePath(QStringLiteral("settings.ini")); }
QString ProfileInfo::logsPath() const { return QDir(path).filePath(QStringLiteral("logs")); }
QString ProfileInfo::lockPath() const { return QDir(path).filePath(QStringLiteral(".lock")); }

ProfileManager::ProfileManager(QString root)
    : m_root(root.isEmpty() ? defaultRoot() : QDir(root).absolutePath())
{
}

QString ProfileManager::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles"));
}

QString ProfileManager::overridePath(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString env = qEnvironmentVariable("SELLERDESK_PROFILE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return {};
}

QList<ProfileInfo> ProfileManager::list() const
{
    QList<ProfileInfo> out;
    const QDir dir(m_root);
    const auto entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        auto info = open(dir.filePath(entry));
        if (info)
            out.append(info.value());
    }
    std::sort(out.begin(), out.end(), [](const ProfileInfo &a, const ProfileInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<ProfileInfo> ProfileManager::find(const QString &nameOrId) const
{
    const auto all = list();
    for (const auto &p : all) {
        if (p.id == nameOrId || p.name == nameOrId)
            return p;
    }
    const QString folded = slugFor(nameOrId);
    for (const auto &p : all) {
        if (slugFor(p.name) == folded)
            return p;
    }
    return std::nullopt;
}

Result<ProfileInfo> ProfileManager::create(const QString &name, const QString &kind)
{
    if (!isValidName(name))
        return profileError(ProfileError::InvalidName,
                            QCoreApplication::translate("sd::ProfileManager", "A workspace name must be 1 to 80 characters long without control characters."));
    if (find(name.trimmed()))
        return profileError(ProfileError::AlreadyExists, QCoreApplication::translate("sd::ProfileManager", "A workspace named “%1” already exists.").arg(name.trimmed()));
    QDir root(m_root);
    if (!root.mkpath(QStringLiteral(".")))
        return profileError(ProfileError::Io, QCoreApplication::translate("sd::ProfileManager", "Could not create the folder %1.").arg(m_root));
    QString folder = slugFor(name);
    if (folder.isEmpty())
        folder = QStringLiteral("workspace");
    QString candidate = folder;
    for (int i = 2; root.exists(candidate); ++i)
        candidate = folder + u'-' + QString::number(i);
    return createAt(root.filePath(candidate), name.trimmed(), kind);
}

Status ProfileManager::remove(const ProfileInfo &profile)
{
    ProfileLock lock(profile.lockPath());
    if (auto locked = lock.tryLock(); !locked)
        return locked.error();
    if (!QFile::exists(QDir(profile.path).filePath(QLatin1String(kMetaFile))))
        return profileError(ProfileError::NotAProfile, QCoreApplication::translate("sd::ProfileManager", "%1 is not a SellerDesk workspace folder.").arg(profile.path));
    lock.unlock();
    QDir dir(profile.path);
    if (!dir.removeRecursively())
        return profileError(ProfileError::Io, QCoreApplication::translate("sd::ProfileManager", "Could not delete all files in %1.").arg(profile.path));
    qCInfo(lcProfile) << "deleted profile" << profile.id;
    return {};
}

Result<ProfileInfo> ProfileManager::createAt(const QString &dir, const QString &name, const QString &kind)
{
    if (!isValidName(name))
        return profileError(ProfileError::InvalidName,
                            QCoreApplication::translate("sd::ProfileManager", "A workspace name must be 1 to 80 characters long without control characters."));
    QDir d(dir);
    if (d.exists(QLatin1String(kMetaFile)))
        return profileError(ProfileError::AlreadyExists, QCoreApplication::translate("sd::ProfileManager", "%1 already holds a workspace.").arg(dir));
    if (d.exists() && !d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return profileError(ProfileError::NotAProfile,
                            QCoreApplication::translate("sd::ProfileManager", "%1 is not empty and holds no workspace; choose an empty folder.").arg(dir));
    if (!QDir().mkpath(dir))
        return profileError(ProfileError::Io, QCoreApplication::translate("sd::ProfileManager", "Could not create the folder %1.").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ProfileInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.name = name.trimmed();
    info.path = QDir(dir).absolutePath();
    info.kind = kind;
    info.created = QDateTime::currentDateTimeUtc();
    qCInfo(lcProfile) << "created profile" << info.id << "in" << info.path;
    return writeMeta(info);
}

Result<ProfileInfo> ProfileManager::open(const QString &dir)
{
    QFile f(QDir(dir).filePath(QLatin1String(kMetaFile)));
    if (!f.exists())
        return profileError(ProfileError::NotFound, QCoreApplication::translate("sd::ProfileManager", "No workspace in %1.").arg(dir));
    if (!f.open(QIODevice::ReadOnly))
        return profileError(ProfileError::Io, QCoreApplication::translate("sd::ProfileManager", "Could not read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(f.read(64 * 1024), &parseError);
    const auto o = doc.object();
    const QString id = o.value(QStringLiteral("id")).toString();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || QUuid::fromString(id).isNull())
        return profileError(ProfileError::NotAProfile, QCoreApplication::translate("sd::ProfileManager", "The workspace file in %1 is damaged.").arg(dir));
    ProfileInfo info;
    info.id = id;
    info.name = o.value(QStringLiteral("name")).toString();
    info.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("local"));
    info.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    info.path = QDir(dir).absolutePath();
    if (info.name.isEmpty())
        info.name = QDir(dir).dirName();
    return info;
}

Result<ProfileInfo> ProfileManager::openOrCreate(const QString &dir, const QString &name)
{
    auto existing = open(dir);
    if (existing || !existing.error().is(ProfileError::NotFound))
        return existing;
    return createAt(dir, name.isEmpty() ? QDir(dir).dirName() : name);
}

QString ProfileManager::slugFor(const QString &name)
{
    QString out;
    for (const QChar c : text::foldForSearch(name.trimmed())) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(48);
}

} // namespace sd
