#include "connectionhealthbar.h"

#include "inbox/inboxquery.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace sd::ui {

ConnectionHealthBar::ConnectionHealthBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reconnect(new QPushButton(this))
    , m_expiry(new QTimer(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("connectionHealthBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("connectionHealthText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_reconnect->setObjectName(QStringLiteral("connectionHealthReconnect"));
    m_reconnect->setText(tr("Reconnect…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reconnect);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &ConnectionHealthBar::refresh);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (!m_connectionId.isEmpty())
            Q_EMIT reconnectRequested(m_connectionId);
    });
    hide();
}

ConnectionHealthBar::~ConnectionHealthBar() = default;

void ConnectionHealthBar::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier)
{
    if (m_notifier)
        m_notifier->disconnect(this);
    m_reader.reset();
    m_notifier = notifier;
    if (writer) {
        if (auto r = writer->openReader())
            m_reader = std::move(r).value();
    }
    if (m_notifier) {
        connect(m_notifier, &store::ChangeNotifier::changed, this, [this](const store::ChangeBatch &batch) {
            for (const store::Change &c : batch) {
                if (c.table == u"connections") {
                    refresh();
                    return;
                }
            }
        });
    }
    refresh();
}

void ConnectionHealthBar::refresh()
{
    m_expiry->stop();
    m_connectionId.clear();
    if (!m_reader) {
        hide();
        return;
    }
    auto rows = inbox::InboxQuery::metaConnections(*m_reader);
    if (!rows) {
        hide();
        return;
    }
    const qint64 now = m_now();
    QStringList lines;
    inbox::ConnectionHealth worst;
    qint64 nextChange = 0;
    for (const inbox::MetaConnectionRow &row : rows.value()) {
        const inbox::ConnectionHealth h = inbox::ConnectionHealth::fromSettings(row.settings, now);
        if (h.state == inbox::HealthState::Ok)
            continue;
        lines << tr("%1: %2. %3").arg(row.name, h.label(), h.detail);
        if (m_connectionId.isEmpty() || int(h.level()) > int(worst.level())) {
            worst = h;
            m_connectionId = row.id;
        }
        if (h.state == inbox::HealthState::RateLimited && h.untilMs > now)
            nextChange = nextChange == 0 ? h.untilMs : qMin(nextChange, h.untilMs);
    }
    if (lines.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(lines.join(u'\n'));
    const bool problem = worst.level() == inbox::ConnectionHealth::Level::Problem;
    setStyleSheet(problem ? QStringLiteral("#connectionHealthBar { background: #fdecea; } QLabel { color: #8c1d18; }")
                          : QStringLiteral("#connectionHealthBar { background: #fff4e0; } QLabel { color: #7a4f01; }"));
    m_reconnect->setVisible(worst.state == inbox::HealthState::Reconnect
        || worst.state == inbox::HealthState::PermissionMissing || worst.state == inbox::HealthState::TokenExpiring);
    if (nextChange > now)
        m_expiry->start(std::chrono::milliseconds(qMin<qint64>(nextChange - now + 500, 3600 * 1000)));
    show();
}

void ConnectionHealthBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_reconnect->setText(tr("Reconnect…"));
        refresh();
    }
    QFrame::changeEvent(event);
}

} // namespace sd::ui
