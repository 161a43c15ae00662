#include "navigationrail.h"

#include "widgets/themedicon.h"

#include <QButtonGroup>
#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

NavigationRail::NavigationRail(QWidget *parent)
    : QWidget(parent), m_top(new QVBoxLayout), m_bottom(new QVBoxLayout), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_group->setExclusive(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 6, 10);
    layout->setSpacing(4);
    m_top->setSpacing(4);
    m_bottom->setSpacing(4);
    layout->addLayout(m_top);
    layout->addStretch(1);
    layout->addLayout(m_bottom);
    setFixedWidth(104);
}

void NavigationRail::addItem(const QString &id, const QString &iconName, bool bottom)
{
    auto *b = new QToolButton(this);
    b->setObjectName(QStringLiteral("rail_") + id);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setIconSize(QSize(26, 26));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setMinimumHeight(60);
    b->setFocusPolicy(Qt::TabFocus);
    m_group->addButton(b);
    m_buttons.insert(id, b);
    m_iconNames.insert(id, iconName);
    b->setIcon(themedIcon(iconName, palette()));
    connect(b, &QToolButton::toggled, this, [this, id](bool checked) {
        if (checked)
            Q_EMIT currentChanged(id);
    });
    (bottom ? m_bottom : m_top)->addWidget(b);
}

void NavigationRail::setItemText(const QString &id, const QString &text, const QString &toolTip)
{
    if (QToolButton *b = m_buttons.value(id)) {
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAccessibleName(text);
    }
}

void NavigationRail::setCurrent(const QString &id)
{
    if (QToolButton *b = m_buttons.value(id))
        b->setChecked(true);
}

QString NavigationRail::current() const
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return {};
}

void NavigationRail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refreshIcons();
    QWidget::changeEvent(event);
}

void NavigationRail::refreshIcons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setIcon(themedIcon(m_iconNames.value(it.key()), palette()));
}

} // namespace sd::ui
