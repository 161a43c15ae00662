// The vertical navigation rail on the left of the main window: one checkable button per view.
#pragma once

#include <QHash>
#include <QWidget>

class QButtonGroup;
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

Q_SIGNALS:
    void currentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshIcons();

    QVBoxLayout *m_top;
    QVBoxLayout *m_bottom;
    QButtonGroup *m_group;
    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, QString> m_iconNames;
};

} // namespace sd::ui
