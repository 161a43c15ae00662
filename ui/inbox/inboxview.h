// The Inbox view: the conversation list (filters unread / channel), the thread (bubbles, day separators,
// delivery state, images inline and other attachments as links, plain text with safe link detection), and the composer (Enter sends,
// Shift+Enter new line, a draft per conversation kept in the store, the messaging-window state and the platform's length limit
// shown before sending). Keyboard: Ctrl+Up/Down or J/K between conversations, R/Enter to reply, Esc back to the
// list, F1 or ? for the list of shortcuts. Saved replies (/shortcut, Ctrl+Shift+S) and emojis (Ctrl+.): composertools.h.
#pragma once

#include "inbox/replysender.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextCharFormat;
class QTextCursor;

namespace sd::inbox {
class DraftStore;
class MediaCache;
} // namespace sd::inbox

namespace sd::store {
class ChangeNotifier;
class Database;
class StoreWriter;
} // namespace sd::store

namespace sd::ui {

class ComposerTools;
class ConversationListModel;
class CustomerPanel;
class MediaResolver;
class ThreadImages;
class EmptyStateWidget;
class MessageSearchPanel;
class ThreadFindBar;
class ThreadModel;
class WorkflowBar;
class WorkflowFilters;

// Multi-line input: Enter submits, Shift+Enter inserts a line break, Esc leaves.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
    // Enter sends (default) or starts a new line; Ctrl+Enter always sends, Shift+Enter always starts a new line.
    void setEnterSends(bool on) { m_enterSends = on; }
    [[nodiscard]] bool enterSends() const { return m_enterSends; }
Q_SIGNALS:
    void submitted();
    void escaped();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_enterSends = true;
};

class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(QWidget *parent = nullptr);
    ~InboxView() override;

    // Connects the view to a workspace's store (readers are opened from the writer); sender does the sends.
    // null writer: detached (the empty state is shown).
    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier, inbox::ReplySender *sender);
    [[nodiscard]] bool isAttached() const { return m_list != nullptr; }
    // Where inline images and avatars come from (the workspace's encrypted media cache; may be null).
    void setMediaCache(inbox::MediaCache *cache);
    [[nodiscard]] MediaResolver *mediaResolver() const { return m_media; }
    [[nodiscard]] ThreadImages *threadImages() const { return m_images; }
    // A long thread renders its newest rows (kThreadRowsStep more each time older ones are asked for).
    static constexpr int kThreadRowsStep = 300;
    void setThreadRowsStep(int rows) { m_threadRowsStep = qMax(1, rows); } // bench_inbox compares with "all"
    [[nodiscard]] bool hasOlderMessages() const { return m_hasOlder; }
    void loadOlderMessages();

    [[nodiscard]] ConversationListModel *listModel() const { return m_list; }
    [[nodiscard]] ThreadModel *threadModel() const { return m_thread; }
    [[nodiscard]] QListView *conversationView() const { return m_listView; }
    [[nodiscard]] QTextBrowser *threadView() const { return m_threadView; }
    [[nodiscard]] ComposerEdit *composer() const { return m_composer; }
    [[nodiscard]] QLabel *windowLabel() const { return m_windowLabel; }
    [[nodiscard]] QLabel *counterLabel() const { return m_counter; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }
    // Saved replies (/shortcut, Ctrl+Shift+S) and emojis (Ctrl+.) for the composer (composertools.h).
    [[nodiscard]] ComposerTools *composerTools() const { return m_tools; }
    [[nodiscard]] QWidget *helpOverlay() const { return m_help; }
    [[nodiscard]] WorkflowBar *workflowBar() const { return m_workflow; }
    [[nodiscard]] WorkflowFilters *workflowFilters() const { return m_workflowFilters; }
    [[nodiscard]] QString currentConversationId() const { return m_currentId; }
    [[nodiscard]] QString draft(const QString &conversationId) const { return m_drafts.value(conversationId); }

    // Clock for the window state (tests pin it); default: the wall clock.
    void setNowFunction(std::function<qint64()> now);
    void selectConversation(const QString &conversationId);
    void moveSelection(int delta);
    void focusComposer();
    // Clears the open conversation's unread count (the seller started answering it).
    void markCurrentRead();
    void focusList();
    void setHelpVisible(bool visible);

    // Side features (inboxview_side.cpp): the customer panel (Ctrl+I), search across messages (Ctrl+Shift+F or /),
    // find in the thread (Ctrl+F).
    [[nodiscard]] CustomerPanel *customerPanel() const { return m_customerPanel; }
    [[nodiscard]] MessageSearchPanel *searchPanel() const { return m_searchPanel; }
    [[nodiscard]] ThreadFindBar *findBar() const { return m_findBar; }
    void setCustomerPanelVisible(bool visible);
    // Enter sends the reply (default) or starts a new line (then Ctrl+Enter sends); the placeholder says which.
    void setEnterSends(bool on);
    [[nodiscard]] bool isCustomerPanelVisible() const;
    // Opens the conversation (clearing list filters that hide it) with the message highlighted and in view.
    bool openMessage(const QString &conversationId, const QString &messageId, const QString &query = {});

    // Turns plain text into the document: text inserted as text, http(s) URLs as links. Never parses HTML.
    static void insertPlainTextWithLinks(QTextCursor &cursor, const QString &text, const QTextCharFormat &format = {});

Q_SIGNALS:
    void replyFinished(const sd::inbox::ReplyOutcome &outcome);
    void settingsRequested();
    // The health banner's Reconnect: the token dialog for that connection (the shell opens it in Settings).
    void reconnectRequested(const QString &connectionId);
    void orderRequested(const QString &orderId); // open this order in the Orders view
    void customerPanelToggled(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void onCurrentChanged();
    void renderThread();
    void updateComposerState();
    void submit();
    // The single call site of a send: the lead switches it to the outbox here.
    void sendReply(const QString &conversationId, const QString &text);
    void onReplyFinished(const sd::inbox::ReplyOutcome &outcome);
    void updateEmptyState();
    void restoreSelection();
    void buildSideFeatures();
    void attachSideFeatures(store::StoreWriter *writer, store::ChangeNotifier *notifier);
    void updateSideFeatures();

    store::StoreWriter *m_writer = nullptr;
    std::unique_ptr<store::Database> m_meta; // connection settings
    QPointer<inbox::ReplySender> m_sender;
    ConversationListModel *m_list = nullptr;
    ThreadModel *m_thread = nullptr;
    std::function<qint64()> m_now;

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QWidget *m_main;
    QCheckBox *m_unreadOnly;
    QComboBox *m_channel;
    QListView *m_listView;
    QLabel *m_listEmpty = nullptr;
    QLabel *m_threadTitle;
    QLabel *m_threadChannel;
    QTextBrowser *m_threadView;
    QLabel *m_windowLabel;
    ComposerEdit *m_composer;
    QLabel *m_counter;
    QLabel *m_sendStatus;
    QPushButton *m_send;
    ComposerTools *m_tools = nullptr;
    QFrame *m_help;
    QLabel *m_helpText;
    WorkflowBar *m_workflow; // assign, labels, notes, done, snooze (workflowbar.h)
    WorkflowFilters *m_workflowFilters;

    CustomerPanel *m_customerPanel = nullptr;
    MessageSearchPanel *m_searchPanel = nullptr;
    ThreadFindBar *m_findBar = nullptr;
    QPushButton *m_customerToggle = nullptr;

    QString m_currentId;
    QHash<QString, QString> m_drafts;
    inbox::DraftStore *m_draftStore = nullptr; // the drafts in the store (survive a restart)
    MediaResolver *m_media = nullptr;
    ThreadImages *m_images = nullptr;
    int m_threadRowsStep = kThreadRowsStep;
    int m_threadRows = kThreadRowsStep;
    bool m_hasOlder = false;
    bool m_windowAllows = false;
};

} // namespace sd::ui
