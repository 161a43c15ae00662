#include "notificationsettings.h"

#include "inboxnotifier.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

namespace sd::ui {

NotificationSettings::NotificationSettings(ProfileSettings *settings, InboxNotifier *notifier, QWidget *parent)
    : QGroupBox(parent), m_settings(settings), m_notifier(notifier), m_messages(new QCheckBox(this)),
      m_sound(new QCheckBox(this))
{
    setObjectName(QStringLiteral("notificationSettings"));
    m_messages->setObjectName(QStringLiteral("newMessageNotifications"));
    m_sound->setObjectName(QStringLiteral("newMessageSound"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_sound);
    m_enterSends = new QCheckBox(this);
    m_enterSends->setObjectName(QStringLiteral("enterSends"));
    m_enterSends->setChecked(settings ? settings->enterSends() : true);
    layout->addWidget(m_enterSends);
    connect(m_enterSends, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_settings)
            m_settings->setEnterSends(checked);
        Q_EMIT enterSendsChanged(checked);
    });
    const bool on = settings ? settings->newMessageNotifications() : true;
    const bool sound = settings ? settings->newMessageSound() : false;
    m_messages->setChecked(on);
    m_sound->setChecked(sound);
    m_sound->setEnabled(on);
    if (notifier) {
        notifier->setEnabled(on);
        notifier->setSoundEnabled(sound);
    }
    connect(m_messages, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_settings)
            m_settings->setNewMessageNotifications(checked);
        if (m_notifier)
            m_notifier->setEnabled(checked);
        m_sound->setEnabled(checked);
    });
    connect(m_sound, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_settings)
            m_settings->setNewMessageSound(checked);
        if (m_notifier)
            m_notifier->setSoundEnabled(checked);
    });
    retranslate();
}

void NotificationSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void NotificationSettings::retranslate()
{
    setTitle(tr("Inbox"));
    m_messages->setText(tr("Notify me when a customer writes (sender and a preview of the message)"));
    m_sound->setText(tr("Play a sound with the notification"));
    m_enterSends->setText(tr("Enter sends the reply (off: Enter starts a new line and Ctrl+Enter sends)"));
}

} // namespace sd::ui
