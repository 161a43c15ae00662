#include "settings.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sd {

IniSettings::IniSettings(const QString &filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
    m_settings->setAtomicSyncRequired(true);
    if (m_settings->status() == QSettings::FormatError)
        qCWarning(lcSettings) << "settings file is damaged, using defaults:" << filePath;
}

IniSettings::~IniSettings()
{
    m_settings->sync();
}

QString IniSettings::filePath() const
{
    return m_settings->fileName();
}

Status IniSettings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error{QStringLiteral("settings"), 1,
                     QCoreApplication::translate("sd::Settings", "Could not write the settings file %1.")
                         .arg(filePath())};
    case QSettings::FormatError:
        return Error{QStringLiteral("settings"), 2,
                     QCoreApplication::translate("sd::Settings", "The settings file %1 is damaged.").arg(filePath())};
    }
    return {};
}

QVariant IniSettings::get(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void IniSettings::put(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

AppSettings::AppSettings(const QString &filePath)
    : IniSettings(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString AppSettings::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("sellerdesk.ini"));
}

QString AppSettings::language() const
{
    const QString code = get(QStringLiteral("ui/language")).toString();
    return (code == QLatin1String("en") || code == QLatin1String("tr")) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    put(QStringLiteral("ui/language"), code);
}

QString AppSettings::theme() const
{
    const QString t = get(QStringLiteral("ui/theme")).toString();
    return (t == QLatin1String("light") || t == QLatin1String("dark")) ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    put(QStringLiteral("ui/theme"), theme);
}

QString AppSettings::lastProfilePath() const
{
    return get(QStringLiteral("profiles/last")).toString();
}

void AppSettings::setLastProfilePath(const QString &path)
{
    put(QStringLiteral("profiles/last"), path);
}

ProfileSettings::ProfileSettings(const QString &filePath) : IniSettings(filePath) { }

QString ProfileSettings::lastView() const
{
    return get(QStringLiteral("window/lastView")).toString();
}

void ProfileSettings::setLastView(const QString &viewId)
{
    put(QStringLiteral("window/lastView"), viewId);
}

QByteArray ProfileSettings::windowGeometry() const
{
    return get(QStringLiteral("window/geometry")).toByteArray();
}

void ProfileSettings::setWindowGeometry(const QByteArray &geometry)
{
    put(QStringLiteral("window/geometry"), geometry);
}

QByteArray ProfileSettings::windowState() const
{
    return get(QStringLiteral("window/state")).toByteArray();
}

void ProfileSettings::setWindowState(const QByteArray &state)
{
    put(QStringLiteral("window/state"), state);
}

QByteArray ProfileSettings::ordersSplitterState() const
{
    return get(QStringLiteral("orders/splitter")).toByteArray();
}

void ProfileSettings::setOrdersSplitterState(const QByteArray &state)
{
    put(QStringLiteral("orders/splitter"), state);
}

QByteArray ProfileSettings::savedOrderFilters() const
{
    return get(QStringLiteral("orders/savedFilters")).toByteArray();
}

void ProfileSettings::setSavedOrderFilters(const QByteArray &json)
{
    put(QStringLiteral("orders/savedFilters"), json);
}

bool ProfileSettings::newOrderNotifications() const
{
    return get(QStringLiteral("orders/notifications"), true).toBool();
}

void ProfileSettings::setNewOrderNotifications(bool on)
{
    put(QStringLiteral("orders/notifications"), on);
}

bool ProfileSettings::inboxCustomerPanel() const
{
    return get(QStringLiteral("inbox/customerPanel"), true).toBool();
}

void ProfileSettings::setInboxCustomerPanel(bool on)
{
    put(QStringLiteral("inbox/customerPanel"), on);
}

bool ProfileSettings::newMessageNotifications() const
{
    return get(QStringLiteral("inbox/notifications"), true).toBool();
}

void ProfileSettings::setNewMessageNotifications(bool on)
{
    put(QStringLiteral("inbox/notifications"), on);
}

bool ProfileSettings::enterSends() const
{
    return get(QStringLiteral("inbox/enterSends"), true).toBool();
}

void ProfileSettings::setEnterSends(bool on)
{
    put(QStringLiteral("inbox/enterSends"), on);
}

bool ProfileSettings::newMessageSound() const
{
    return get(QStringLiteral("inbox/sound"), false).toBool();
}

void ProfileSettings::setNewMessageSound(bool on)
{
    put(QStringLiteral("inbox/sound"), on);
}

} // namespace sd
