// Settings → Notifications: "Notify me of new messages" and "Play a sound" for the inbox, kept in the workspace's
// settings and applied to the InboxNotifier at once.
#pragma once

#include <QGroupBox>
#include <QPointer>

class QCheckBox;

namespace sd {
class ProfileSettings;
}

namespace sd::ui {

class InboxNotifier;

class NotificationSettings : public QGroupBox
{
    Q_OBJECT
public:
    NotificationSettings(ProfileSettings *settings, InboxNotifier *notifier, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *messagesBox() const { return m_messages; }
    [[nodiscard]] QCheckBox *soundBox() const { return m_sound; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProfileSettings *m_settings;
    QPointer<InboxNotifier> m_notifier;
    QCheckBox *m_messages;
    QCheckBox *m_sound;
};

} // namespace sd::ui
