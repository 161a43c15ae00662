// The inbox's side panel: the conversation's customer (name, channel, handles, phones and emails, labels, notes)
// and the marketplace orders matched to them (core/inbox/customermatch: confirmed matches and possible ones, each
// with its rule). Activating an order (click, Enter) asks the shell to open it in the Orders view.
// Everything from the customer or a platform is shown as plain text.
#pragma once

#include "inbox/customermatch.h"

#include <QFrame>
#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd::store {
class ChangeNotifier;
class Database;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class CustomerPanel : public QFrame
{
    Q_OBJECT
public:
    enum Column { NumberColumn, ChannelColumn, DateColumn, TotalColumn, StatusColumn, MatchColumn, ColumnCount };
    static constexpr int OrderIdRole = Qt::UserRole + 1;
    static constexpr int StrengthRole = Qt::UserRole + 2; // int(inbox::MatchStrength)

    explicit CustomerPanel(QWidget *parent = nullptr);
    ~CustomerPanel() override;

    // A read-only connection of the workspace (null: detached); notifier: reload when customers/orders change.
    void setReader(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier);
    void setConversation(const QString &conversationId);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void reload();

    [[nodiscard]] const inbox::CustomerProfile &profile() const { return m_profile; }
    [[nodiscard]] const QList<inbox::OrderMatch> &matches() const { return m_matches; }
    [[nodiscard]] QTreeWidget *orderList() const { return m_orders; }
    [[nodiscard]] QLabel *nameLabel() const { return m_name; }
    [[nodiscard]] QLabel *contactLabel() const { return m_contact; }
    [[nodiscard]] QLabel *labelsLabel() const { return m_labels; }
    [[nodiscard]] QLabel *notesLabel() const { return m_notes; }

    [[nodiscard]] static QString ruleText(inbox::MatchRule rule);

Q_SIGNALS:
    void orderActivated(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void render();
    void onChanges(const sd::store::ChangeBatch &batch);
    void activate(QTreeWidgetItem *item);

    std::unique_ptr<store::Database> m_reader;
    QString m_conversationId;
    inbox::CustomerProfile m_profile;
    QList<inbox::OrderMatch> m_matches;
    QString m_error;
    bool m_reloadQueued = false;
    bool m_stale = false; // changes arrived while hidden: reload when shown

    QLabel *m_title;
    QLabel *m_name;
    QLabel *m_channel;
    QLabel *m_contact;
    QLabel *m_labelsTitle;
    QLabel *m_labels;
    QLabel *m_notesTitle;
    QLabel *m_notes;
    QLabel *m_ordersTitle;
    QTreeWidget *m_orders;
    QLabel *m_ordersEmpty;
};

} // namespace sd::ui
