#include "workspacedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

WorkspaceDialog::WorkspaceDialog(ProfileManager *manager, const QString &currentPath, QWidget *parent)
    : QDialog(parent),
      m_manager(manager),
      m_current(QDir(currentPath).absolutePath()),
      m_list(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_new(new QPushButton(tr("&New…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(tr("Workspaces"));
    auto *intro = new QLabel(tr("Each workspace is one business with its own connections and data. "
                                "Choose one to open."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("workspaceList"));
    auto *buttons = new QDialogButtonBox(Qt::Horizontal, this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(480, 360);

    connect(m_open, &QPushButton::clicked, this, &WorkspaceDialog::openSelected);
    connect(m_new, &QPushButton::clicked, this, &WorkspaceDialog::createNew);
    connect(m_delete, &QPushButton::clicked, this, &WorkspaceDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *) { openSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int) { updateButtons(); });
    reload();
}

void WorkspaceDialog::reload()
{
    m_list->clear();
    for (const ProfileInfo &p : m_manager->list()) {
        const bool current = QDir(p.path).absolutePath() == m_current;
        auto *item = new QListWidgetItem(current ? tr("%1 (open now)").arg(p.name) : p.name, m_list);
        item->setData(Qt::UserRole, p.path);
        item->setToolTip(QDir::toNativeSeparators(p.path));
        if (current) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void WorkspaceDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool isCurrent = item && item->data(Qt::UserRole).toString() == m_current;
    m_open->setEnabled(item && !isCurrent);
    m_delete->setEnabled(item && !isCurrent);
}

void WorkspaceDialog::openSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toString() == m_current)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

QString WorkspaceDialog::createInteractively(ProfileManager *manager, QWidget *parent)
{
    bool ok = false;
    const QString name = QInputDialog::getText(parent, tr("New workspace"),
                                               tr("Name of the business or shop:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return {};
    auto created = manager->create(name);
    if (!created) {
        QMessageBox::warning(parent, tr("New workspace"), created.error().message);
        return {};
    }
    return created->path;
}

void WorkspaceDialog::createNew()
{
    const QString path = createInteractively(m_manager, this);
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

void WorkspaceDialog::deleteSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto info = ProfileManager::open(item->data(Qt::UserRole).toString());
    if (!info)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Delete workspace"),
        tr("Delete the workspace “%1” and all of its data on this computer? This cannot be undone.")
            .arg(info->name),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_manager->remove(info.value()); !removed)
        QMessageBox::warning(this, tr("Delete workspace"), removed.error().message);
    reload();
}

} // namespace sd::ui
