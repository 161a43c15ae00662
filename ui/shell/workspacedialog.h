// Lists the workspace profiles of this computer: open one, create one, delete one (with confirmation).
#pragma once

#include "profile/profile.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace sd::ui {

class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    WorkspaceDialog(ProfileManager *manager, const QString &currentPath, QWidget *parent = nullptr);

    // The folder of the profile the user chose to open (after accept()).
    [[nodiscard]] QString chosenPath() const { return m_chosen; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

    // Asks for a name and creates a workspace; returns its folder or an empty string.
    static QString createInteractively(ProfileManager *manager, QWidget *parent);

private:
    void reload();
    void openSelected();
    void createNew();
    void deleteSelected();
    void updateButtons();

    ProfileManager *m_manager;
    QString m_current;
    QString m_chosen;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_delete;
};

} // namespace sd::ui
