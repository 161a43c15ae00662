#include "emptystatewidget.h"

#include "themedicon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

EmptyStateWidget::EmptyStateWidget(const QString &iconName, QWidget *parent)
    : QWidget(parent),
      m_iconName(iconName),
      m_icon(new QLabel(this)),
      m_title(new QLabel(this)),
      m_body(new QLabel(this)),
      m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    // A centred column of readable width; word-wrapped labels need a real width to wrap against.
    auto *column = new QWidget(this);
    column->setMinimumWidth(320);
    column->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(column);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    updateIcon();
}

void EmptyStateWidget::setTitle(const QString &title) { m_title->setText(title); }
void EmptyStateWidget::setBody(const QString &body) { m_body->setText(body); }

void EmptyStateWidget::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::title() const { return m_title->text(); }
QString EmptyStateWidget::body() const { return m_body->text(); }

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::updateIcon()
{
    m_icon->setPixmap(themedIcon(m_iconName, palette()).pixmap(QSize(72, 72), devicePixelRatioF()));
}

} // namespace sd::ui
