// "Saved replies…": the workspace's saved replies (core/inbox/savedreplies.h) in a list, with a form to add, edit
// and delete one (delete asks first). The shortcut is checked as it is typed (letters, digits, - and _); the store
// refuses a shortcut another reply uses (compared folded) and the dialog says so.
#pragma once

#include "inbox/savedreplies.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sd::store {
class Database;
class StoreWriter;
} // namespace sd::store

namespace sd::ui {

class SavedRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    SavedRepliesDialog(store::StoreWriter *writer, QString workspaceId, QWidget *parent = nullptr);
    ~SavedRepliesDialog() override;

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *shortcutField() const { return m_shortcut; }
    [[nodiscard]] QLineEdit *titleField() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *bodyField() const { return m_body; }
    [[nodiscard]] QPushButton *newButton() const { return m_new; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    [[nodiscard]] QList<inbox::SavedReply> replies() const { return m_replies; }

Q_SIGNALS:
    // After a write committed or failed (ok false; the reason is in problemLabel()).
    void saved(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload(const QString &selectId = {});
    void showCurrent();
    void startNew();
    void save();
    void removeCurrent();
    void updateButtons();

    QPointer<store::StoreWriter> m_writer;
    std::unique_ptr<store::Database> m_reader;
    QString m_workspaceId;
    QList<inbox::SavedReply> m_replies;
    QString m_editingId; // empty: the form is a new reply
    bool m_shortcutProblemShown = false;

    QListWidget *m_list;
    QLabel *m_shortcutLabel;
    QLabel *m_titleLabel;
    QLabel *m_bodyLabel;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_hint;
    QLabel *m_problem;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_close;
};

} // namespace sd::ui
