#include "metatokendialog.h"

#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaerrors.h"
#include "inbox/metaconnections.h"
#include "store/localstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using namespace sd::connectors::meta;

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

} // namespace

MetaTokenDialog::MetaTokenDialog(
    store::LocalStore *store, SecretStore *secrets, net::NetworkContext *network, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_network(network)
    , m_help(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_advanced(new QGroupBox(this))
    , m_host(new QLineEdit(m_advanced))
    , m_version(new QLineEdit(m_advanced))
    , m_humanAgent(new QCheckBox(m_advanced))
    , m_check(new QPushButton(this))
    , m_pages(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("metaTokenDialog"));
    setWindowTitle(tr("Connect a Facebook Page + Instagram"));
    m_help->setObjectName(QStringLiteral("metaTokenHelp"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setOpenExternalLinks(true);
    m_help->setText(tr(
        "<p>SellerDesk reads and answers your Messenger and Instagram Direct messages through your Facebook Page. "
        "Paste an access token that reaches the Page:</p>"
        "<ul><li><b>Page token</b>: in Meta's Graph API Explorer (developers.facebook.com/tools/explorer), choose "
        "your app, “Get Page Access Token”, and your Page.</li>"
        "<li><b>System-user token</b> (recommended for a business, it does not expire): in Business Settings → "
        "Users → System users, add the Page as an asset with the messaging task, then “Generate new token”.</li></ul>"
        "<p>The token needs these permissions: <tt>pages_messaging</tt>, <tt>pages_manage_metadata</tt>, "
        "<tt>pages_read_engagement</tt>, <tt>pages_show_list</tt>, and for Instagram <tt>instagram_basic</tt> and "
        "<tt>instagram_manage_messages</tt> (the Instagram professional account must be linked to the Page).</p>"
        "<p>The token is kept only in your system keychain.</p>"));
    m_token->setObjectName(QStringLiteral("metaTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste the access token here"));
    m_advanced->setObjectName(QStringLiteral("metaAdvanced"));
    m_advanced->setTitle(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_host->setObjectName(QStringLiteral("metaHostEdit"));
    m_host->setPlaceholderText(MetaConnection::kDefaultHost);
    m_version->setObjectName(QStringLiteral("metaVersionEdit"));
    m_version->setPlaceholderText(MetaConnection::kDefaultVersion);
    m_humanAgent->setObjectName(QStringLiteral("metaHumanAgent"));
    m_humanAgent->setText(tr("The Meta app has the Human Agent permission (replies up to 7 days)"));
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("Graph API host:"), m_host);
    advancedForm->addRow(tr("API version:"), m_version);
    advancedForm->addRow(m_humanAgent);
    const auto showAdvanced = [this](bool on) {
        for (QWidget *w : { static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_version),
                 static_cast<QWidget *>(m_humanAgent) })
            w->setVisible(on);
    };
    connect(m_advanced, &QGroupBox::toggled, this, showAdvanced);
    showAdvanced(false);
    m_check->setObjectName(QStringLiteral("metaCheckButton"));
    m_check->setText(tr("&Check token"));
    m_pages->setObjectName(QStringLiteral("metaPagesList"));
    m_pages->setMinimumHeight(80);
    m_status->setObjectName(QStringLiteral("metaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    saveButton()->setObjectName(QStringLiteral("metaSaveButton"));

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(tokenRow);
    layout->addWidget(m_advanced);
    layout->addWidget(new QLabel(tr("Pages this token reaches:"), this));
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_check, &QPushButton::clicked, this, &MetaTokenDialog::checkToken);
    connect(m_token, &QLineEdit::returnPressed, this, &MetaTokenDialog::checkToken);
    connect(m_token, &QLineEdit::textChanged, this, [this] {
        // Another token: what the last check found no longer applies.
        if (m_token->text().trimmed() != m_checkedToken) {
            m_pages->clear();
            m_found.clear();
        }
        updateSave();
    });
    connect(m_pages, &QListWidget::currentRowChanged, this, &MetaTokenDialog::updateSave);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetaTokenDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSave();
    resize(620, 560);
}

QPushButton *MetaTokenDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void MetaTokenDialog::setReconnect(
    const QString &connectionId, const QString &pageId, const QString &host, const QString &apiVersion)
{
    m_reconnectId = connectionId;
    m_reconnectPage = pageId;
    setWindowTitle(tr("Reconnect the Facebook Page"));
    m_host->setText(host);
    m_version->setText(apiVersion);
    if (!host.isEmpty() || !apiVersion.isEmpty())
        m_advanced->setChecked(true);
}

void MetaTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_check->setEnabled(!busy);
    m_token->setEnabled(!busy);
    updateSave();
}

void MetaTokenDialog::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->setText(text);
}

void MetaTokenDialog::updateSave()
{
    QListWidgetItem *item = m_pages->currentItem();
    saveButton()->setEnabled(!m_busy && item && (item->flags() & Qt::ItemIsEnabled)
        && m_token->text().trimmed() == m_checkedToken && !m_checkedToken.isEmpty());
}

void MetaTokenDialog::checkToken()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        showError(tr("Paste an access token first."));
        return;
    }
    MetaConnection probe;
    const QString host = m_advanced->isChecked() ? m_host->text().trimmed() : QString();
    if (!host.isEmpty()) {
        const QUrl url(host);
        if (!url.isValid() || (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopback(url)))) {
            showError(tr("The Graph API host must be an https address (http only on this computer)."));
            return;
        }
        probe.host = url;
    }
    probe.apiVersion = m_advanced->isChecked() ? m_version->text().trimmed() : QString();
    probe.accessToken = token;
    probe.readsPerSecond = isLoopback(probe.baseUrl()) ? 50 : 2;
    delete m_client;
    m_client = new MetaClient(m_network, probe, this);
    m_pages->clear();
    m_found.clear();
    m_checkedToken.clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking the token with Meta…"));
    setBusy(true);
    connect(m_client, &MetaClient::tokenChecked, this,
        [this, token](const QList<MetaPageAccess> &pages, const std::optional<net::NetFailure> &failure) {
            setBusy(false);
            if (failure) {
                showError(MetaErrors::explain(*failure));
                Q_EMIT checked(false);
                return;
            }
            if (pages.isEmpty()) {
                showError(tr("The token works but reaches no Facebook Page. Give the system user the Page as an "
                             "asset (with the messaging task) and create the token again."));
                Q_EMIT checked(false);
                return;
            }
            m_found = pages;
            m_checkedToken = token;
            int usable = 0;
            for (const MetaPageAccess &p : pages) {
                const QString label = p.instagramUsername.isEmpty()
                    ? tr("%1 (Messenger only: no Instagram account linked)").arg(p.pageName)
                    : tr("%1 + Instagram @%2").arg(p.pageName, p.instagramUsername);
                auto *item = new QListWidgetItem(label, m_pages);
                item->setData(Qt::UserRole, p.pageId);
                QString why;
                if (!p.canMessage())
                    why = tr("This token may not send messages for this Page (the messaging task is missing).");
                else if (!m_reconnectPage.isEmpty() && p.pageId != m_reconnectPage)
                    why = tr("This is not the Page of the connection being reconnected.");
                if (!why.isEmpty()) {
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                    item->setToolTip(why);
                } else {
                    ++usable;
                    if (!m_pages->currentItem())
                        m_pages->setCurrentItem(item);
                }
            }
            m_status->setStyleSheet(QString());
            if (usable == 0)
                showError(m_reconnectPage.isEmpty()
                        ? tr("The token reaches no Page it may send messages for.")
                        : tr("The token does not reach the Page of this connection."));
            else
                m_status->setText(tr("The token works. Choose the Page and save."));
            updateSave();
            Q_EMIT checked(usable > 0);
        });
    m_client->verifyToken();
}

void MetaTokenDialog::save()
{
    QListWidgetItem *item = m_pages->currentItem();
    if (!item || m_busy)
        return;
    const QString pageId = item->data(Qt::UserRole).toString();
    MetaPageAccess page;
    for (const MetaPageAccess &p : std::as_const(m_found)) {
        if (p.pageId == pageId)
            page = p;
    }
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saving…"));
    const auto finished = [this](const QString &id, const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            showError(error);
            Q_EMIT saveFailed(error);
            return;
        }
        m_saved = id;
        accept();
    };
    if (!m_reconnectId.isEmpty()) {
        const QString id = m_reconnectId;
        inbox::MetaConnections::replaceToken(m_store, m_secrets, m_store->profile().id, id,
            page.pageToken.isEmpty() ? m_checkedToken : page.pageToken, this,
            [finished, id](Status s) { finished(id, s ? QString() : s.error().message); });
        return;
    }
    inbox::MetaConnectionDraft draft;
    draft.page = page;
    draft.pastedToken = m_checkedToken;
    if (m_advanced->isChecked()) {
        draft.baseUrl = m_host->text().trimmed();
        draft.apiVersion = m_version->text().trimmed();
        draft.humanAgent = m_humanAgent->isChecked();
    }
    draft.readsPerSecond = isLoopback(QUrl(draft.baseUrl)) ? 20 : 2;
    inbox::MetaConnections::add(m_store, m_secrets, m_store->profile().id, m_store->profile().name, draft, this,
        [finished](Result<QString> id) { finished(id ? id.value() : QString(), id ? QString() : id.error().message); });
}

} // namespace sd::ui
