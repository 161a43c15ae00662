#include "connectionspanel.h"

#include "addconnectiondialog.h"
#include "connectors/connectionservice.h"
#include "connectors/syncscheduler.h"
#include "inbox/connectionhealth.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

using connectors::ConnectionSyncState;

ConnectionsPanel::ConnectionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_sync(new QPushButton(this))
    , m_addMeta(new QPushButton(this))
    , m_reconnect(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionsPanel"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    m_list->setObjectName(QStringLiteral("connectionsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(7);
    m_list->setMinimumHeight(150);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addConnectionButton"));
    m_remove->setObjectName(QStringLiteral("removeConnectionButton"));
    m_sync->setObjectName(QStringLiteral("syncConnectionsButton"));
    m_addMeta->setObjectName(QStringLiteral("addMetaConnectionButton"));
    m_reconnect->setObjectName(QStringLiteral("reconnectConnectionButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addMeta);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_sync);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &ConnectionsPanel::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPanel::removeSelected);
    connect(m_addMeta, &QPushButton::clicked, this, [this] { openMetaDialog(); });
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionsPanel::reconnectSelected);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (m_scheduler)
            m_scheduler->syncNow();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectionsPanel::updateButtons);
    retranslate();
    refresh();
}

void ConnectionsPanel::setService(connectors::ConnectionService *service, connectors::SyncScheduler *scheduler)
{
    if (m_service)
        m_service->disconnect(this);
    if (m_scheduler)
        m_scheduler->disconnect(this);
    if (m_dialog)
        m_dialog->reject();
    if (m_metaDialog)
        m_metaDialog->reject();
    m_service = service;
    m_scheduler = scheduler;
    if (m_service)
        connect(m_service, &connectors::ConnectionService::connectionsChanged, this, &ConnectionsPanel::refresh);
    if (m_scheduler)
        connect(m_scheduler, &connectors::SyncScheduler::stateChanged, this, &ConnectionsPanel::refresh);
    refresh();
}

void ConnectionsPanel::refresh()
{
    const QString selected
        = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    if (!m_service) {
        m_status->setText(tr("Connections can be managed once this workspace's cache is open."));
        updateButtons();
        return;
    }
    auto rows = m_service->list();
    if (!rows) {
        m_status->setText(rows.error().message);
        updateButtons();
        return;
    }
    const QLocale locale;
    const QHash<QString, qint64> orders = m_service->orderCounts().valueOr({});
    for (const connectors::ConnectionInfo &c : rows.value()) {
        const auto d = connectors::platformDescriptor(c.platform);
        const ConnectionSyncState st = m_scheduler ? m_scheduler->state(c.id) : ConnectionSyncState{};
        QString state;
        QString tooltip;
        switch (st.kind) {
        case ConnectionSyncState::Kind::Syncing:
            state = st.pages > 0 ? tr("Syncing… (page %1)").arg(st.pages) : tr("Syncing…");
            break;
        case ConnectionSyncState::Kind::Ok:
            state = tr("OK");
            break;
        case ConnectionSyncState::Kind::Error:
            state = tr("Error: %1").arg(st.message);
            tooltip = st.message;
            break;
        case ConnectionSyncState::Kind::Idle:
            state = c.status == QLatin1String("error") ? tr("Error: %1").arg(c.lastError)
                                                       : tr("Waiting for the first sync");
            if (c.status != QLatin1String("error") && c.lastSyncedAt > 0)
                state = tr("OK");
            tooltip = c.lastError;
            break;
        }
        // A Meta connection's health says more than its last sync (a token that expired since, a rate limit).
        const bool isMeta = c.platform == u"messenger";
        const inbox::ConnectionHealth health = isMeta
            ? inbox::ConnectionHealth::fromSettings(c.settings, QDateTime::currentMSecsSinceEpoch())
            : inbox::ConnectionHealth{};
        QColor stateColour;
        if (isMeta && health.state != inbox::HealthState::Ok && st.kind != ConnectionSyncState::Kind::Syncing) {
            state = health.label();
            tooltip = health.detail;
            stateColour = health.level() == inbox::ConnectionHealth::Level::Problem ? QColor(0xb3, 0x26, 0x1e)
                                                                                   : QColor(0x9a, 0x60, 0x00);
        } else if (st.kind == ConnectionSyncState::Kind::Error
            || (st.kind == ConnectionSyncState::Kind::Idle && c.status == QLatin1String("error"))) {
            stateColour = QColor(0xb3, 0x26, 0x1e);
        } else if (isMeta && st.kind != ConnectionSyncState::Kind::Syncing) {
            stateColour = QColor(0x1e, 0x7d, 0x32);
        }
        const qint64 last = qMax(st.lastSuccessMs, c.lastSyncedAt);
        const QString lastText = last > 0
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(last).toLocalTime(), QLocale::ShortFormat)
            : tr("never");
        auto *item = new QTreeWidgetItem(m_list,
            { d ? d->displayName : isMeta ? tr("Facebook Page + Instagram") : c.platform, c.name, c.account,
                isMeta ? QString() : locale.toString(orders.value(c.id)),
                c.baseUrl.isEmpty() ? tr("production") : QUrl(c.baseUrl).toDisplayString(), state, lastText });
        item->setData(0, Qt::UserRole, c.id);
        item->setData(1, Qt::UserRole, isMeta); // the removal text: conversations rather than orders
        item->setToolTip(StateColumn, tooltip);
        item->setToolTip(AddressColumn, c.baseUrl);
        item->setTextAlignment(OrdersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(StateColumn, Qt::UserRole, isMeta ? inbox::ConnectionHealth::stateName(health.state) : QString());
        item->setData(PlatformColumn, Qt::UserRole + 1, c.platform);
        if (stateColour.isValid())
            item->setForeground(StateColumn, stateColour);
        if (c.id == selected)
            m_list->setCurrentItem(item);
    }
    m_status->setText(rows->isEmpty() ? tr("No connections yet. Add Trendyol, Hepsiburada, N11 or your WooCommerce "
                                           "shop to see their orders here.")
                                      : (m_scheduler ? m_scheduler->summary() : QString()));
    updateButtons();
}

void ConnectionsPanel::updateButtons()
{
    m_add->setEnabled(m_service != nullptr);
    m_remove->setEnabled(m_service != nullptr && m_list->currentItem() != nullptr && !m_removing);
    m_sync->setEnabled(m_scheduler != nullptr && m_list->topLevelItemCount() > 0);
    m_addMeta->setEnabled(m_service != nullptr);
    m_reconnect->setEnabled(m_service != nullptr && m_list->currentItem() != nullptr
        && m_list->currentItem()->data(PlatformColumn, Qt::UserRole + 1).toString() == u"messenger");
}

void ConnectionsPanel::openMetaDialog(const QString &reconnectConnectionId)
{
    if (!m_service)
        return;
    if (m_metaDialog) {
        m_metaDialog->raise();
        return;
    }
    m_metaDialog = new MetaTokenDialog(m_service->store(), m_service->secrets(), m_service->network(), this);
    m_metaDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!reconnectConnectionId.isEmpty()) {
        if (auto c = m_service->find(reconnectConnectionId)) {
            m_metaDialog->setReconnect(c->id, c->settings.value(u"pageId").toString(),
                c->settings.value(u"baseUrl").toString(), c->settings.value(u"apiVersion").toString());
        }
    }
    connect(m_metaDialog, &QDialog::accepted, this, [this] {
        refresh();
        if (m_scheduler && m_metaDialog)
            m_scheduler->syncConnection(m_metaDialog->savedConnectionId()); // its conversations right away
    });
    m_metaDialog->open();
}

void ConnectionsPanel::reconnectSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(PlatformColumn, Qt::UserRole + 1).toString() != u"messenger")
        return;
    openMetaDialog(item->data(0, Qt::UserRole).toString());
}

void ConnectionsPanel::openAddDialog()
{
    if (!m_service)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new AddConnectionDialog(m_service, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_scheduler && m_dialog)
            m_scheduler->syncConnection(m_dialog->added().id); // its orders right away
    });
    m_dialog->open();
}

void ConnectionsPanel::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_service || !item || m_removing)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const QString name = item->text(NameColumn);
    const bool isMeta = item->data(1, Qt::UserRole).toBool();
    const qint64 orders = isMeta ? 0 : m_service->orderCount(id).valueOr(0);
    const QString text = isMeta
        ? tr("Remove “%1”?\n\nThis deletes from this computer the Page's conversations and messages of Messenger and "
             "Instagram, and its token from the system keychain. Nothing changes on Facebook or Instagram, and you "
             "can connect the Page again later.")
              .arg(name)
        : tr("Remove “%1”?\n\nThis deletes from this computer its %n order(s) with their lines and shipments, and "
             "its credentials from the system keychain. Customers stay, they may have bought elsewhere too. Nothing "
             "changes on the platform itself.",
            nullptr, int(orders))
              .arg(name);
    if (!m_confirm(tr("Remove connection"), text))
        return;
    m_removing = true;
    updateButtons();
    m_service->remove(id, this, [this, id, name, isMeta](Status status) {
        m_removing = false;
        if (!status) {
            m_status->setText(status.error().message);
            updateButtons();
            Q_EMIT removed(id, status.error().message);
            return;
        }
        refresh();
        m_status->setText(isMeta ? tr("Removed “%1” and its conversations.").arg(name)
                                 : tr("Removed “%1” and its orders.").arg(name));
        Q_EMIT removed(id, QString());
    });
}

void ConnectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ConnectionsPanel::retranslate()
{
    m_intro->setText(tr("Marketplaces and shops whose orders this workspace fetches, and the Facebook Page whose "
                        "Messenger and Instagram messages it answers. Credentials are verified with the platform "
                        "before they are saved, and kept only in your system keychain, never in files."));
    m_list->setHeaderLabels(
        { tr("Platform"), tr("Name"), tr("Account"), tr("Orders"), tr("API address"), tr("State"), tr("Last sync") });
    m_add->setText(tr("&Add connection…"));
    m_remove->setText(tr("&Remove…"));
    m_sync->setText(tr("Sync &now"));
    m_addMeta->setText(tr("Facebook Page + &Instagram…"));
    m_reconnect->setText(tr("Re&connect…"));
}

} // namespace sd::ui
