#include "navigationrail.h"

#include "widgets/themedicon.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QLocale>
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
        m_texts.insert(id, text);
        const int count = m_badgeCounts.value(id);
        b->setAccessibleName(count > 0 ? tr("%1, %n new", nullptr, count).arg(text) : text);
    }
}

void NavigationRail::setBadge(const QString &id, int count)
{
    QToolButton *b = m_buttons.value(id);
    if (!b)
        return;
    count = qMax(0, count);
    m_badgeCounts.insert(id, count);
    QLabel *label = m_badges.value(id);
    if (!label) {
        label = new QLabel(b);
        label->setObjectName(QStringLiteral("railBadge_") + id);
        label->setAlignment(Qt::AlignCenter);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        // Red with white text in both palettes: a count that asks for attention.
        label->setStyleSheet(QStringLiteral("QLabel { background: #d93025; color: white; border-radius: 8px;"
                                            " padding: 0px 4px; font-weight: bold; }"));
        m_badges.insert(id, label);
        b->installEventFilter(this);
    }
    label->setText(count > 99 ? QStringLiteral("99+") : QLocale().toString(count));
    label->setVisible(count > 0);
    placeBadge(id);
    const QString text = m_texts.value(id, b->text());
    b->setAccessibleName(count > 0 ? tr("%1, %n new", nullptr, count).arg(text) : text);
}

void NavigationRail::placeBadge(const QString &id)
{
    QToolButton *b = m_buttons.value(id);
    QLabel *label = m_badges.value(id);
    if (!b || !label)
        return;
    label->adjustSize();
    const int h = 16;
    const int w = qMax(h, label->sizeHint().width());
    label->setFixedSize(w, h);
    // Over the top right corner of the icon, which sits centred at the top of the button.
    label->move(qMin(b->width() - w - 2, b->width() / 2 + b->iconSize().width() / 2 - 6), 3);
    label->raise();
}

bool NavigationRail::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
            if (it.value() == watched)
                placeBadge(it.key());
        }
    }
    return QWidget::eventFilter(watched, event);
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
