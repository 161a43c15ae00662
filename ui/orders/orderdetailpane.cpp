#include "orderdetailpane.h"

#include "ordersmodel.h"
#include "thumbnailloader.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

namespace {

constexpr int kThumb = 40;
constexpr int kUrlRole = Qt::UserRole + 1;
enum LineColumn { ImageColumn, ProductColumn, QtyColumn, UnitColumn, VatColumn, TotalColumn, LineColumns };
enum ItemColumn { ActionColumn, StateColumn, AttemptsColumn, TimeColumn, MessageColumn, RetryColumn, ItemColumns };

QPixmap placeholder()
{
    static const QPixmap p = [] {
        QPixmap pm(kThumb, kThumb);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter.setBrush(QColor(0, 0, 0, 18));
        painter.drawRoundedRect(QRectF(1.5, 1.5, kThumb - 3, kThumb - 3), 4, 4);
        // A box: the product has no picture here.
        painter.drawRect(QRectF(kThumb * 0.3, kThumb * 0.35, kThumb * 0.4, kThumb * 0.35));
        painter.drawLine(QPointF(kThumb * 0.3, kThumb * 0.35), QPointF(kThumb * 0.5, kThumb * 0.22));
        painter.drawLine(QPointF(kThumb * 0.7, kThumb * 0.35), QPointF(kThumb * 0.5, kThumb * 0.22));
        return pm;
    }();
    return p;
}

QString stateText(OrderActionItem::State state)
{
    switch (state) {
    case OrderActionItem::State::Pending:
        return OrderDetailPane::tr("Pending");
    case OrderActionItem::State::Running:
        return OrderDetailPane::tr("Sending…");
    case OrderActionItem::State::Done:
        return OrderDetailPane::tr("Done");
    case OrderActionItem::State::Failed:
        return OrderDetailPane::tr("Failed");
    case OrderActionItem::State::NeedsCheck:
        return OrderDetailPane::tr("Needs a check");
    }
    return {};
}

} // namespace

OrderDetailPane::OrderDetailPane(QWidget *parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_linesTitle(new QLabel(this)),
      m_lines(new QTableWidget(0, LineColumns, this)),
      m_browser(new QTextBrowser(this)),
      m_outboxBox(new QWidget(this)),
      m_outboxTitle(new QLabel(m_outboxBox)),
      m_outbox(new QTreeWidget(m_outboxBox)),
      m_needsCheck(new QLabel(m_outboxBox)),
      m_actionsBox(new QWidget(this)),
      m_actionsLayout(new QGridLayout(m_actionsBox))
{
    setObjectName(QStringLiteral("ordersDetailPane"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        fillOutbox();
        fillActions();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_header->setObjectName(QStringLiteral("ordersDetailHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setOpenExternalLinks(true);
    layout->addWidget(m_header);

    QFont bold = m_linesTitle->font();
    bold.setBold(true);
    m_linesTitle->setFont(bold);
    layout->addWidget(m_linesTitle);
    m_lines->setObjectName(QStringLiteral("ordersDetailLines"));
    m_lines->verticalHeader()->setVisible(false);
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_lines->verticalHeader()->setDefaultSectionSize(kThumb + 6);
    m_lines->setIconSize(QSize(kThumb, kThumb));
    m_lines->setWordWrap(false);
    m_lines->setTextElideMode(Qt::ElideRight);
    m_lines->setShowGrid(false);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *lh = m_lines->horizontalHeader();
    lh->setSectionResizeMode(QHeaderView::ResizeToContents);
    lh->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    lh->setSectionResizeMode(ImageColumn, QHeaderView::Fixed);
    lh->resizeSection(ImageColumn, kThumb + 8);
    lh->setHighlightSections(false);
    layout->addWidget(m_lines);

    m_browser->setObjectName(QStringLiteral("ordersDetail"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_browser, 1);

    auto *outboxLayout = new QVBoxLayout(m_outboxBox);
    outboxLayout->setContentsMargins(0, 0, 0, 0);
    m_outboxBox->setObjectName(QStringLiteral("ordersDetailOutboxBox"));
    m_outboxTitle->setFont(bold);
    m_outbox->setObjectName(QStringLiteral("ordersDetailOutbox"));
    m_outbox->setRootIsDecorated(false);
    m_outbox->setColumnCount(ItemColumns);
    m_outbox->setWordWrap(false);
    m_outbox->setTextElideMode(Qt::ElideRight);
    m_outbox->header()->setStretchLastSection(false);
    m_outbox->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outbox->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_outbox->setMaximumHeight(m_outbox->fontMetrics().height() * 9);
    m_needsCheck->setObjectName(QStringLiteral("ordersDetailNeedsCheck"));
    m_needsCheck->setWordWrap(true);
    outboxLayout->addWidget(m_outboxTitle);
    outboxLayout->addWidget(m_outbox);
    outboxLayout->addWidget(m_needsCheck);
    m_outboxBox->setVisible(false);
    layout->addWidget(m_outboxBox);

    m_actionsBox->setObjectName(QStringLiteral("ordersDetailActions"));
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsBox->setVisible(false);
    layout->addWidget(m_actionsBox);
    retranslate();
}

void OrderDetailPane::retranslate()
{
    m_linesTitle->setText(tr("Items"));
    m_lines->setHorizontalHeaderLabels({ QString(), tr("Product"), tr("Qty"), tr("Unit price"), tr("VAT"), tr("Total") });
    m_outboxTitle->setText(tr("Actions on the platform"));
    m_outbox->setHeaderLabels({ tr("Action"), tr("State"), tr("Attempts"), tr("Time"), tr("Message"), QString() });
    m_needsCheck->setText(
        tr("“Needs a check”: the platform received the request but its answer was lost, so SellerDesk cannot tell "
           "whether it was applied. Check the order in the platform's seller panel first; Retry reads the "
           "platform's state again before anything is sent."));
    if (!m_orderId.isEmpty())
        showOrder(m_orderId);
}

void OrderDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderDetailPane::setService(OrderActionService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &OrderActionService::itemChanged, this, [this] {
            if (!m_orderId.isEmpty())
                m_refresh.start();
        });
    }
    fillOutbox();
    fillActions();
}

void OrderDetailPane::setThumbnails(ThumbnailLoader *loader)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = loader;
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailLoader::loaded, this, &OrderDetailPane::onThumbnail);
}

void OrderDetailPane::showPlaceholder(const QString &text)
{
    m_orderId.clear();
    m_details.reset();
    m_header->clear();
    m_linesTitle->setVisible(false);
    m_lines->setRowCount(0);
    m_lines->setVisible(false);
    m_browser->setHtml(u"<p style='color:gray'>"_qs % text.toHtmlEscaped() % u"</p>");
    fillOutbox();
    fillActions();
}

void OrderDetailPane::showOrder(const QString &orderId)
{
    if (orderId.isEmpty() || !m_db) {
        showPlaceholder(tr("Select an order to see its lines, customer, addresses and cargo."));
        return;
    }
    m_orderId = orderId;
    Result<OrderDetails> details = OrderDetails::load(*m_db, orderId);
    if (!details) {
        m_details.reset();
        m_header->clear();
        m_lines->setRowCount(0);
        m_browser->setHtml(u"<p>"_qs % tr("This order cannot be shown: %1").arg(details.error().message).toHtmlEscaped()
                           % u"</p>");
    } else {
        m_details = *details;
        const QLocale locale;
        m_header->setText(m_details->headerHtml(locale));
        // Keep the reader's scroll position when the same order is shown again (a sync, an action).
        const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
        m_browser->setHtml(m_details->toHtml(locale));
        m_browser->verticalScrollBar()->setValue(scroll);
    }
    fillLines();
    fillOutbox();
    fillActions();
}

void OrderDetailPane::fillLines()
{
    m_lines->setRowCount(0);
    const bool any = m_details && !m_details->lines.isEmpty();
    m_linesTitle->setVisible(any);
    m_lines->setVisible(any);
    if (!any)
        return;
    const QLocale locale;
    const auto &lines = m_details->lines;
    m_lines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const OrderDetails::Line &l = lines.at(r);
        auto *image = new QTableWidgetItem;
        image->setData(kUrlRole, l.imageUrl);
        QPixmap pm;
        if (m_thumbnails && l.imageUrl.isValid())
            pm = m_thumbnails->thumbnail(l.imageUrl); // null until loaded: onThumbnail() fills it in
        image->setData(Qt::DecorationRole, pm.isNull() ? placeholder() : pm);
        image->setToolTip(l.imageUrl.isValid() ? QString() : tr("The platform gives no product image for this line."));
        m_lines->setItem(r, ImageColumn, image);

        QStringList codes;
        if (!l.sku.isEmpty())
            codes.append(tr("SKU %1").arg(l.sku));
        if (!l.barcode.isEmpty())
            codes.append(tr("Barcode %1").arg(l.barcode));
        if (!l.lineId.isEmpty())
            codes.append(tr("Line %1").arg(l.lineId));
        if (!l.platformStatus.isEmpty())
            codes.append(l.platformStatus);
        auto *product = new QTableWidgetItem(l.title);
        product->setToolTip(u"<b>"_qs % l.title.toHtmlEscaped() % u"</b><br>" % codes.join(QStringLiteral(" · ")).toHtmlEscaped());
        product->setData(Qt::UserRole, codes.join(QStringLiteral(" · ")));
        m_lines->setItem(r, ProductColumn, product);

        auto right = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_lines->setItem(r, QtyColumn, right(locale.toString(l.quantity)));
        QString unit = OrdersModel::formatMoney(l.unitPriceMinor, m_details->currency, locale);
        auto *unitItem = right(unit);
        if (l.unitDiscountMinor > 0)
            unitItem->setToolTip(tr("−%1 discount per unit").arg(
                OrdersModel::formatMoney(l.unitDiscountMinor, m_details->currency, locale)));
        m_lines->setItem(r, UnitColumn, unitItem);
        m_lines->setItem(r, VatColumn, right(l.vatRate >= 0 ? OrderDetails::percentText(locale, l.vatRate) : QString()));
        m_lines->setItem(r, TotalColumn, right(OrdersModel::formatMoney(l.lineTotalMinor, m_details->currency, locale)));
    }
    // Up to six rows without scrolling; more scroll inside the table.
    const int rows = std::min(int(lines.size()), 6);
    m_lines->setFixedHeight(m_lines->horizontalHeader()->sizeHint().height() + rows * (kThumb + 6) + 2 * m_lines->frameWidth());
}

void OrderDetailPane::onThumbnail(const QUrl &url, bool ok)
{
    if (!ok || !m_thumbnails)
        return;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        QTableWidgetItem *image = m_lines->item(r, ImageColumn);
        if (image && image->data(kUrlRole).toUrl() == url)
            image->setData(Qt::DecorationRole, m_thumbnails->thumbnail(url));
    }
}

void OrderDetailPane::fillOutbox()
{
    m_outbox->clear();
    const QList<OrderActionItem> items = m_service && !m_orderId.isEmpty() ? m_service->itemsFor(m_orderId)
                                                                           : QList<OrderActionItem>();
    m_outboxBox->setVisible(!items.isEmpty());
    bool needsCheck = false;
    const QLocale locale;
    for (const OrderActionItem &i : items) {
        auto *row = new QTreeWidgetItem(m_outbox);
        row->setData(0, Qt::UserRole, i.id);
        row->setText(ActionColumn, i.actionLabel);
        row->setText(StateColumn, stateText(i.state));
        row->setText(AttemptsColumn, locale.toString(i.attempts));
        row->setText(TimeColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(i.updatedAtMs ? i.updatedAtMs : i.createdAtMs).toLocalTime(),
                                                 QLocale::ShortFormat));
        row->setText(MessageColumn, i.lastError);
        row->setToolTip(MessageColumn, i.lastError);
        if (i.state == OrderActionItem::State::Failed)
            row->setForeground(StateColumn, QColor(0xb3, 0x26, 0x1e));
        if (i.state == OrderActionItem::State::Failed || i.state == OrderActionItem::State::NeedsCheck) {
            needsCheck = needsCheck || i.state == OrderActionItem::State::NeedsCheck;
            auto *retry = new QPushButton(tr("Retry"), m_outbox);
            retry->setObjectName(u"retryItem_"_qs + i.id);
            retry->setToolTip(i.state == OrderActionItem::State::NeedsCheck
                                  ? tr("Check the order on the platform first: Retry reads its state before sending.")
                                  : tr("Send this action again"));
            connect(retry, &QPushButton::clicked, this, [this, id = i.id, retry] {
                retry->setEnabled(false);
                if (m_service)
                    m_service->retry(id);
            });
            m_outbox->setItemWidget(row, RetryColumn, retry);
        }
    }
    m_needsCheck->setVisible(needsCheck);
}

void OrderDetailPane::fillActions()
{
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<OrderAction> actions =
        m_service && !m_orderId.isEmpty() ? m_service->actionsFor(m_orderId) : QList<OrderAction>();
    int i = 0;
    for (const OrderAction &a : actions) {
        auto *b = new QPushButton(a.label, m_actionsBox);
        b->setObjectName(u"orderAction_"_qs + a.id);
        if (!a.confirmation.isEmpty())
            b->setToolTip(a.confirmation);
        connect(b, &QPushButton::clicked, this, [this, id = a.id] { Q_EMIT actionRequested(id); });
        m_actionsLayout->addWidget(b, i / 2, i % 2);
        ++i;
    }
    m_actionsBox->setVisible(!actions.isEmpty());
}

} // namespace sd::ui
