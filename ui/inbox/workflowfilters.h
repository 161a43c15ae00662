// The inbox list's workflow filters, above the list: whose conversations (everyone / mine / unassigned), which
// state (open / done / snoozed / all) and which label. Applied to the ConversationListModel it is given.
#pragma once

#include "inbox/inboxquery.h"

#include <QWidget>
#include <memory>

class QComboBox;

namespace sd::store {
class ChangeNotifier;
class Database;
class StoreWriter;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class ConversationListModel;

class WorkflowFilters : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowFilters(QWidget *parent = nullptr);
    ~WorkflowFilters() override;

    // Applies the current choices to model (may be null) and keeps the label choices current.
    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier, ConversationListModel *model);
    // Applies the choices to a filter (unread and channel stay as they are).
    void applyTo(inbox::ConversationFilter &filter) const;
    // Anything but the default (everyone, open, any label).
    [[nodiscard]] bool isActive() const;

    [[nodiscard]] QComboBox *assigneeBox() const { return m_assignee; }
    [[nodiscard]] QComboBox *stateBox() const { return m_state; }
    [[nodiscard]] QComboBox *labelBox() const { return m_label; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadLabels();
    void apply();
    void onChanges(const sd::store::ChangeBatch &batch);

    std::unique_ptr<store::Database> m_reader;
    ConversationListModel *m_model = nullptr;
    QComboBox *m_assignee;
    QComboBox *m_state;
    QComboBox *m_label;
};

} // namespace sd::ui
