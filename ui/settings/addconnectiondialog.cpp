#include "addconnectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

AddConnectionDialog::AddConnectionDialog(connectors::ConnectionService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_platform(new QComboBox(this))
    , m_help(new QLabel(this))
    , m_advanced(new QGroupBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_verify(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addConnectionDialog"));
    setWindowTitle(tr("Add a connection"));
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    for (const connectors::PlatformDescriptor &d : m_service->platforms())
        m_platform->addItem(d.displayName, d.id);
    m_help->setWordWrap(true);
    m_help->setObjectName(QStringLiteral("platformHelp"));

    m_advanced->setTitle(tr("Advanced: another API address (test environment, sandbox)"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    auto *advanced = new QFormLayout(m_advanced);
    advanced->addRow(tr("API &address:"), m_baseUrl);

    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"
                                          "border-radius: 4px;"));
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("verifyBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setText(tr("&Verify and save"));
    m_verify->setDefault(true);
    m_buttons->addButton(m_verify, QDialogButtonBox::AcceptRole);
    connect(m_verify, &QPushButton::clicked, this, &AddConnectionDialog::verifyAndSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(tr("&Platform:"), m_platform);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_help);
    m_fields = new QWidget(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_advanced);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::rebuildFields);
    rebuildFields();
    resize(520, sizeHint().height());
}

void AddConnectionDialog::setPlatform(const QString &platform)
{
    const int index = m_platform->findData(platform);
    if (index >= 0)
        m_platform->setCurrentIndex(index);
}

void AddConnectionDialog::rebuildFields()
{
    const auto d = connectors::platformDescriptor(m_platform->currentData().toString());
    auto *fresh = new QWidget(this);
    auto *form = new QFormLayout(fresh);
    form->setContentsMargins(0, 0, 0, 0);
    m_credentialEdits.clear();
    m_account = nullptr;
    m_name = new QLineEdit(fresh);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    if (d) {
        m_help->setText(d->help);
        for (const connectors::CredentialField &f : d->credentials) {
            auto *edit = new QLineEdit(fresh);
            edit->setObjectName(QStringLiteral("credential_") + f.key);
            edit->setEchoMode(f.secret ? QLineEdit::Password : QLineEdit::Normal);
            edit->setInputMethodHints(
                f.secret ? Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText : Qt::ImhNone);
            form->addRow(tr("%1:").arg(f.label), edit);
            m_credentialEdits.insert(f.key, edit);
        }
        if (d->needsAccount) {
            m_account = new QLineEdit(fresh);
            m_account->setObjectName(QStringLiteral("accountEdit"));
            form->addRow(tr("%1:").arg(d->accountLabel), m_account);
        }
        m_name->setPlaceholderText(tr("%1 (optional)").arg(d->displayName));
        form->addRow(tr("&Name:"), m_name);
        m_baseUrl->setPlaceholderText(
            d->productionHost.isEmpty() ? QStringLiteral("https://shop.example.com") : d->productionHost);
        // WooCommerce has no central API: the shop's address is required, so it is shown right away.
        if (d->baseUrlRequired) {
            m_advanced->setChecked(true);
            m_advanced->setTitle(tr("Your shop's address"));
        } else {
            m_advanced->setTitle(tr("Advanced: another API address (test environment, sandbox)"));
        }
    }
    layout()->replaceWidget(m_fields, fresh);
    delete m_fields;
    m_fields = fresh;
    m_error->hide();
}

void AddConnectionDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_verify->setEnabled(!busy);
    m_platform->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    m_advanced->setEnabled(!busy);
    m_verify->setText(busy ? tr("Verifying…") : tr("&Verify and save"));
    Q_EMIT busyChanged(busy);
}

void AddConnectionDialog::verifyAndSave()
{
    if (m_isBusy)
        return;
    connectors::ConnectionDraft draft;
    draft.platform = m_platform->currentData().toString();
    for (auto it = m_credentialEdits.cbegin(); it != m_credentialEdits.cend(); ++it)
        draft.credentials.insert(it.key(), it.value()->text().trimmed());
    draft.accountId = m_account ? m_account->text().trimmed() : QString();
    draft.name = m_name->text();
    draft.baseUrl = m_advanced->isChecked() ? m_baseUrl->text().trimmed() : QString();
    if (auto ok = m_service->validate(draft); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_service->add(draft, this, [this](Result<connectors::ConnectionInfo> added) {
        setBusy(false);
        if (!added) {
            m_error->setText(added.error().message);
            m_error->show();
            return;
        }
        m_added = added.value();
        // The secrets typed in do not stay in the widgets.
        for (QLineEdit *edit : std::as_const(m_credentialEdits))
            edit->clear();
        accept();
    });
}

} // namespace sd::ui
