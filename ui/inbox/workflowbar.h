// The workflow bar above a conversation's thread: who handles it (assign menu), its labels (a menu with check
// marks and "New label…"), internal notes (a dialog to write one, and the list of notes, marked as never sent to
// the customer), Done / Reopen, and Snooze (1 hour, tomorrow 09:00, next week, a chosen time). Every action is
// one StoreWriter job (core/inbox/conversationworkflow.h). Keys, on the widgets given to installKeysOn():
// A assign to me, Shift+A the assign menu, L labels, N note, E done / reopen, S snooze. It also wakes snoozed
// conversations when their time comes.
#pragma once

#include "inbox/conversationworkflow.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QTimer;
class QToolButton;

namespace sd::store {
class ChangeNotifier;
class Database;
class StoreWriter;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class WorkflowBar : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowBar(QWidget *parent = nullptr);
    ~WorkflowBar() override;

    // null writer: detached (the bar is disabled).
    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier);
    void setConversation(const QString &conversationId);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    // The clock of snoozes (tests pin it); default: the wall clock.
    void setNowFunction(std::function<qint64()> now);
    // The workflow keys work while one of these widgets has the focus.
    void installKeysOn(QWidget *widget);

    [[nodiscard]] const inbox::WorkflowState &state() const { return m_state; }
    [[nodiscard]] QStringList noteTexts() const;
    [[nodiscard]] QMenu *assignMenu() const { return m_assignMenu; }
    [[nodiscard]] QMenu *labelMenu() const { return m_labelMenu; }
    [[nodiscard]] QMenu *snoozeMenu() const { return m_snoozeMenu; }
    [[nodiscard]] QListWidget *notesView() const { return m_notes; }
    [[nodiscard]] int pendingActions() const { return m_pending; }

    // The actions (the buttons, the keys and the tests use them).
    void assignToMe();
    void assignTo(const QString &memberId); // empty: unassign
    void toggleLabel(const QString &label);
    void addLabel(const QString &label);
    void addNote(const QString &text);
    void toggleDone();
    void snoozeUntil(qint64 untilMs);
    void showAssignMenu();
    void showLabelMenu();
    void showSnoozeMenu();
    void openNoteDialog();
    void openNewLabelDialog();
    void openCustomSnoozeDialog();
    // The help overlay's lines for these keys (translated).
    [[nodiscard]] static QString shortcutHelp();

Q_SIGNALS:
    // After each action's transaction: error empty on success.
    void actionFinished(const QString &error);
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void render();
    void rebuildAssignMenu();
    void rebuildLabelMenu();
    void run(std::function<Result<bool>(store::Transaction &, qint64)> action);
    void onChanges(const sd::store::ChangeBatch &batch);
    void armWake();
    void wakeDue();
    [[nodiscard]] QPoint menuPosition(QToolButton *button) const;

    store::StoreWriter *m_writer = nullptr;
    std::unique_ptr<store::Database> m_reader;
    std::function<qint64()> m_now;
    QString m_conversationId;
    inbox::WorkflowState m_state;
    QList<inbox::ConversationNote> m_noteRows;
    QList<inbox::WorkspaceMember> m_members;
    QStringList m_allLabels;
    int m_pending = 0;
    bool m_reloadQueued = false;

    QToolButton *m_assign;
    QToolButton *m_labels;
    QToolButton *m_note;
    QToolButton *m_done;
    QToolButton *m_snooze;
    QLabel *m_summary;
    QLabel *m_notesTitle;
    QListWidget *m_notes;
    QMenu *m_assignMenu;
    QMenu *m_labelMenu;
    QMenu *m_snoozeMenu;
    QTimer *m_wake;
};

} // namespace sd::ui
