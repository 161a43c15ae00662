// What a view shows before it has anything: an icon, a title, one sentence on what to do next, and
// optionally a button that does it.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sd::ui {

class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(const QString &iconName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setBody(const QString &body);
    // An empty text hides the button.
    void setActionText(const QString &text);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString body() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_action;
};

} // namespace sd::ui
