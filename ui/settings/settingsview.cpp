#include "settingsview.h"

#include "connectionspanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd::ui {

SettingsView::SettingsView(const ProfileInfo &profile, QWidget *parent)
    : QWidget(parent),
      m_profile(profile),
      m_languageBox(new QGroupBox(this)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_themeLabel(new QLabel(this)),
      m_theme(new QComboBox(this)),
      m_workspaceBox(new QGroupBox(this)),
      m_workspaceDetails(new QLabel(this)),
      m_newWorkspace(new QPushButton(this)),
      m_manageWorkspaces(new QPushButton(this)),
      m_cacheBox(new QGroupBox(this)),
      m_cacheText(new QLabel(this)),
      m_passphraseButton(new QPushButton(this)),
      m_keychainButton(new QPushButton(this)),
      m_connectionsBox(new QGroupBox(this)),
      m_connections(new ConnectionsPanel(this)),
      m_privacyBox(new QGroupBox(this)),
      m_privacyText(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsView"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (int i = 0; i < 3; ++i) {
        m_language->addItem(QString());
        m_theme->addItem(QString());
    }
    m_language->setItemData(0, QString());
    m_language->setItemData(1, QStringLiteral("en"));
    m_language->setItemData(2, QStringLiteral("tr"));
    m_theme->setItemData(0, QStringLiteral("system"));
    m_theme->setItemData(1, QStringLiteral("light"));
    m_theme->setItemData(2, QStringLiteral("dark"));
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);

    auto *form = new QFormLayout(m_languageBox);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);

    m_workspaceDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspaceDetails->setWordWrap(true);
    auto *ws = new QVBoxLayout(m_workspaceBox);
    ws->addWidget(m_workspaceDetails);
    auto *wsButtons = new QHBoxLayout;
    wsButtons->addWidget(m_newWorkspace);
    wsButtons->addWidget(m_manageWorkspaces);
    wsButtons->addStretch(1);
    ws->addLayout(wsButtons);

    m_cacheText->setWordWrap(true);
    m_passphraseButton->setObjectName(QStringLiteral("passphraseButton"));
    m_keychainButton->setObjectName(QStringLiteral("keychainButton"));
    auto *cache = new QVBoxLayout(m_cacheBox);
    cache->addWidget(m_cacheText);
    auto *cacheButtons = new QHBoxLayout;
    cacheButtons->addWidget(m_passphraseButton);
    cacheButtons->addWidget(m_keychainButton);
    cacheButtons->addStretch(1);
    cache->addLayout(cacheButtons);
    connect(m_passphraseButton, &QPushButton::clicked, this, &SettingsView::protectWithPassphraseRequested);
    connect(m_keychainButton, &QPushButton::clicked, this, &SettingsView::useKeychainRequested);

    m_connectionsBox->setObjectName(QStringLiteral("connectionsBox"));
    (new QVBoxLayout(m_connectionsBox))->addWidget(m_connections);
    m_privacyText->setWordWrap(true);
    (new QVBoxLayout(m_privacyBox))->addWidget(m_privacyText);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_column = column;
    column->addWidget(m_languageBox);
    column->addWidget(m_workspaceBox);
    column->addWidget(m_connectionsBox);
    column->addWidget(m_cacheBox);
    column->addWidget(m_privacyBox);
    column->addStretch(1);
    content->setMaximumWidth(960);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });
    connect(m_theme, &QComboBox::activated, this,
            [this](int index) { Q_EMIT themeRequested(m_theme->itemData(index).toString()); });
    connect(m_newWorkspace, &QPushButton::clicked, this, &SettingsView::newWorkspaceRequested);
    connect(m_manageWorkspaces, &QPushButton::clicked, this, &SettingsView::manageWorkspacesRequested);
    retranslate();
}

void SettingsView::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsView::setTheme(const QString &theme)
{
    const int index = m_theme->findData(theme);
    m_theme->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsView::setCacheState(bool passphraseMode, bool open)
{
    m_passphraseMode = passphraseMode;
    m_cacheOpen = open;
    retranslate();
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsView::retranslate()
{
    m_languageBox->setTitle(tr("Language and appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setItemText(1, QStringLiteral("English"));
    m_language->setItemText(2, QStringLiteral("Türkçe"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));

    m_workspaceBox->setTitle(tr("Workspace"));
    const QString kind = m_profile.kind == QLatin1String("demo")    ? tr("Demo workspace")
                         : m_profile.kind == QLatin1String("cloud") ? tr("Cloud workspace")
                                                                    : tr("Local workspace (this computer only)");
    m_workspaceDetails->setText(
        tr("<b>%1</b><br>%2<br>Created: %3<br>Folder: %4")
            .arg(m_profile.name.toHtmlEscaped(), kind,
                 QLocale().toString(m_profile.created.toLocalTime().date(), QLocale::LongFormat),
                 QDir::toNativeSeparators(m_profile.path).toHtmlEscaped()));
    m_newWorkspace->setText(tr("&New workspace…"));
    m_manageWorkspaces->setText(tr("&Switch or manage workspaces…"));

    m_cacheBox->setTitle(tr("Local cache"));
    QString cacheText = m_passphraseMode
                            ? tr("Everything this workspace keeps on this computer is encrypted (AES-256). Its key is "
                                 "protected by your passphrase.")
                            : tr("Everything this workspace keeps on this computer is encrypted (AES-256). Its key is "
                                 "kept in the system keychain.");
    if (!m_cacheOpen)
        cacheText += u' ' + tr("The cache is not open right now.");
    m_cacheText->setText(cacheText);
    m_passphraseButton->setText(m_passphraseMode ? tr("&Change passphrase…") : tr("Protect with a &passphrase…"));
    m_keychainButton->setText(tr("Keep the key in the &keychain"));
    m_passphraseButton->setEnabled(m_cacheOpen);
    m_keychainButton->setEnabled(m_cacheOpen);
    m_keychainButton->setVisible(m_passphraseMode);

    m_connectionsBox->setTitle(tr("Connections"));
    m_privacyBox->setTitle(tr("Privacy"));
    m_privacyText->setText(
        tr("SellerDesk sends no analytics and no tracking data. Settings and logs stay in the workspace folder; "
           "passwords and tokens are never written there."));
}

void SettingsView::addSection(QWidget *section)
{
    m_column->insertWidget(m_column->indexOf(m_privacyBox), section);
}

} // namespace sd::ui
