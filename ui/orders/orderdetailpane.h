// The Orders view's detail pane: the order's header, its lines (thumbnail, elided title with the full one in the
// tooltip, quantity, prices, VAT), totals / customer / addresses / cargo / status history, the order's outbox items
// (action, state, attempts, time, last error, Retry for failed and needs-check items) and the action buttons.
#pragma once

#include "orderactionservice.h"
#include "orderdetails.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace sd::store {
class Database;
}

namespace sd::ui {

class ThumbnailLoader;

class OrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPane(QWidget *parent = nullptr);

    // db: borrowed (the view's reader); service and thumbnails may be null.
    void setDatabase(store::Database *db) { m_db = db; }
    void setService(OrderActionService *service);
    void setThumbnails(ThumbnailLoader *loader);

    // Reads the order again and shows it (empty id: the placeholder).
    void showOrder(const QString &orderId);
    void showPlaceholder(const QString &text);
    [[nodiscard]] QString orderId() const { return m_orderId; }
    [[nodiscard]] const std::optional<OrderDetails> &details() const { return m_details; }

    [[nodiscard]] QLabel *header() const { return m_header; }
    [[nodiscard]] QTableWidget *lines() const { return m_lines; }
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }
    [[nodiscard]] QTreeWidget *outboxItems() const { return m_outbox; }
    [[nodiscard]] QLabel *needsCheckNote() const { return m_needsCheck; }
    [[nodiscard]] QWidget *actionsBox() const { return m_actionsBox; }

Q_SIGNALS:
    void actionRequested(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLines();
    void fillOutbox();
    void fillActions();
    void retranslate();
    void onThumbnail(const QUrl &url, bool ok);

    store::Database *m_db = nullptr;
    QPointer<OrderActionService> m_service;
    QPointer<ThumbnailLoader> m_thumbnails;
    QString m_orderId;
    std::optional<OrderDetails> m_details;
    QTimer m_refresh; // outbox changes, coalesced

    QLabel *m_header;
    QLabel *m_linesTitle;
    QTableWidget *m_lines;
    QTextBrowser *m_browser;
    QWidget *m_outboxBox;
    QLabel *m_outboxTitle;
    QTreeWidget *m_outbox;
    QLabel *m_needsCheck;
    QWidget *m_actionsBox;
    QGridLayout *m_actionsLayout;
};

} // namespace sd::ui
