// Typed settings over QSettings INI files. Only typed accessors exist: nothing can store an arbitrary
// key, and secrets never go here (they live in the OS keychain). QSettings writes through a temporary
// file that replaces the old one, so a crash never leaves a half-written file.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace sd {

class IniSettings
{
public:
    explicit IniSettings(const QString &filePath);
    virtual ~IniSettings();
    IniSettings(const IniSettings &) = delete;
    IniSettings &operator=(const IniSettings &) = delete;

    [[nodiscard]] QString filePath() const;
    // Writes pending changes; reports a write or format error.
    [[nodiscard]] Status sync();

protected:
    [[nodiscard]] QVariant get(const QString &key, const QVariant &fallback = {}) const;
    void put(const QString &key, const QVariant &value);

private:
    std::unique_ptr<QSettings> m_settings;
};

// Preferences of this desktop user, shared by every profile: language, last profile.
class AppSettings : public IniSettings
{
public:
    // filePath empty = <config location>/sellerdesk.ini
    explicit AppSettings(const QString &filePath = {});
    [[nodiscard]] static QString defaultPath();

    // "" = follow the system, otherwise "en" or "tr".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);

    // "system", "light" or "dark".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);

    [[nodiscard]] QString lastProfilePath() const;
    void setLastProfilePath(const QString &path);
};

// Settings of one workspace profile: window state, last view…
class ProfileSettings : public IniSettings
{
public:
    explicit ProfileSettings(const QString &filePath);

    [[nodiscard]] QString lastView() const;
    void setLastView(const QString &viewId);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The Orders view's saved filters: a JSON array of {"name": …, "filter": {…}} (ui/orders/orderfilter.h).
    // The Orders view's splitter (side list, table, detail pane), QSplitter::saveState().
    [[nodiscard]] QByteArray ordersSplitterState() const;
    void setOrdersSplitterState(const QByteArray &state);
    [[nodiscard]] QByteArray savedOrderFilters() const;
    void setSavedOrderFilters(const QByteArray &json);
    // A desktop notification when new orders arrive (default on).
    [[nodiscard]] bool newOrderNotifications() const;
    void setNewOrderNotifications(bool on);
    // The inbox's customer panel is shown (default on).
    [[nodiscard]] bool inboxCustomerPanel() const;
    void setInboxCustomerPanel(bool on);
    // A desktop notification when a customer writes (default on), and a sound with it (default off).
    [[nodiscard]] bool newMessageNotifications() const;
    void setNewMessageNotifications(bool on);
    [[nodiscard]] bool newMessageSound() const;
    // In the inbox's composer Enter sends (default); off: Enter starts a new line and Ctrl+Enter sends.
    [[nodiscard]] bool enterSends() const;
    void setEnterSends(bool on);
    void setNewMessageSound(bool on);
};

} // namespace sd
