// Settings → Inbox: "Notify me of new messages", "Play a sound" and whether Enter sends a reply, kept in the workspace's
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
    [[nodiscard]] QCheckBox *enterSendsBox() const { return m_enterSends; }

Q_SIGNALS:
    void enterSendsChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProfileSettings *m_settings;
    QPointer<InboxNotifier> m_notifier;
    QCheckBox *m_messages;
    QCheckBox *m_sound;
    QCheckBox *m_enterSends;
};

} // namespace sd::ui
