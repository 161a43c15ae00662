// The vertical navigation rail on the left of the main window: one checkable button per view.
#pragma once

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace sd::ui {

class NavigationRail : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget *parent = nullptr);

    // Adds a button; bottom = true places it at the bottom (Settings).
    void addItem(const QString &id, const QString &iconName, bool bottom = false);
    void setItemText(const QString &id, const QString &text, const QString &toolTip);
    void setCurrent(const QString &id);
    [[nodiscard]] QString current() const;
    [[nodiscard]] QToolButton *button(const QString &id) const { return m_buttons.value(id); }
    // A count on an item's icon (new orders…); 0 hides it. Shown as "99+" above 99.
    void setBadge(const QString &id, int count);
    [[nodiscard]] int badge(const QString &id) const { return m_badgeCounts.value(id); }
    [[nodiscard]] QLabel *badgeLabel(const QString &id) const { return m_badges.value(id); }

Q_SIGNALS:
    void currentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshIcons();
    void placeBadge(const QString &id);

    QVBoxLayout *m_top;
    QVBoxLayout *m_bottom;
    QButtonGroup *m_group;
    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, QString> m_iconNames;
    QHash<QString, QString> m_texts;
    QHash<QString, QLabel *> m_badges;
    QHash<QString, int> m_badgeCounts;
};

} // namespace sd::ui
