// Search across all messages in the inbox: a field (Ctrl+Shift+F, or / in the conversation list), the hits as a
// list (conversation, time, the snippet with the matched words in bold — escaped text, never interpreted), loaded
// 200 at a time ("More results"). Choosing a hit (Enter, click) emits resultChosen; Esc leaves the search.
#pragma once

#include "inbox/messagesearch.h"

#include <QAbstractListModel>
#include <QFrame>
#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace sd::store {
class Database;
}

namespace sd::ui {

class MessageSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        ConversationNameRole,
        SnippetHtmlRole, // escaped snippet with <b> around the hits
        TimeRole, // QDateTime
        OutgoingRole,
    };

    explicit MessageSearchModel(QObject *parent = nullptr);
    ~MessageSearchModel() override;

    void setReader(std::unique_ptr<store::Database> reader);
    [[nodiscard]] bool hasReader() const { return m_reader != nullptr; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    void setQuery(const QString &query);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] const inbox::MessageHit *hitAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void searched();

private:
    std::unique_ptr<store::Database> m_reader;
    QString m_query;
    QList<inbox::MessageHit> m_hits;
    bool m_hasMore = false;
    int m_pageSize = 200;
    int m_offset = 0; // index hits consumed (removed messages are skipped, so it can exceed the rows)
    QString m_error;
};

class MessageSearchPanel : public QFrame
{
    Q_OBJECT
public:
    explicit MessageSearchPanel(QWidget *parent = nullptr);
    ~MessageSearchPanel() override;

    void setReader(std::unique_ptr<store::Database> reader);
    // The conversation list: '/' there opens the search.
    void watchList(QWidget *list);

    [[nodiscard]] MessageSearchModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QListView *results() const { return m_results; }
    [[nodiscard]] QPushButton *moreButton() const { return m_more; }
    [[nodiscard]] QLabel *status() const { return m_status; }
    [[nodiscard]] bool isActive() const { return m_active; }

    void focusSearch(); // shows the field focused, text selected
    void leave(); // clears the search, back to the list
    void search(const QString &query); // at once (tests, programmatic use)
    void chooseRow(int row);

Q_SIGNALS:
    void activeChanged(bool active); // results shown instead of the conversation list
    void resultChosen(const QString &conversationId, const QString &messageId, const QString &query);
    void leaveRequested(); // Esc: back to the conversation list

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void updateStatus();
    void setActive(bool active);

    MessageSearchModel *m_model;
    QLineEdit *m_field;
    QListView *m_results;
    QPushButton *m_more;
    QLabel *m_status;
    QTimer *m_debounce;
    QWidget *m_list = nullptr;
    bool m_active = false;
};

} // namespace sd::ui
