// The inbox header's banner for Meta connections that need attention (token expiring or expired, a permission
// missing, rate limited): one line per such connection with what happened and, where the seller can fix it, a
// Reconnect button. Hidden while every connection is fine. Follows the connections' rows live (ChangeNotifier).
#pragma once

#include "inbox/connectionhealth.h"

#include <QFrame>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace sd::store {
class Database;
class StoreWriter;
class ChangeNotifier;
}

namespace sd::ui {

class ConnectionHealthBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionHealthBar(QWidget *parent = nullptr);
    ~ConnectionHealthBar() override;

    // Null: nothing to show.
    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier);
    void setNowFunction(std::function<qint64()> now) { m_now = std::move(now); }
    void refresh();

    [[nodiscard]] QLabel *textLabel() const { return m_text; }
    [[nodiscard]] QPushButton *reconnectButton() const { return m_reconnect; }
    // The connection the banner is about (the worst one), empty when hidden.
    [[nodiscard]] QString connectionId() const { return m_connectionId; }

Q_SIGNALS:
    // The seller wants to give the connection a new token (the app opens Settings → Connections for it).
    void reconnectRequested(const QString &connectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<store::Database> m_reader;
    QPointer<store::ChangeNotifier> m_notifier;
    QLabel *m_text;
    QPushButton *m_reconnect;
    QTimer *m_expiry; // a rate limit that runs out hides the banner
    QString m_connectionId;
    std::function<qint64()> m_now;
};

} // namespace sd::ui
