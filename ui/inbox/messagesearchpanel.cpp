#include "messagesearchpanel.h"

#include "store/database.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

// Two lines: the conversation's name and the time, then the snippet as safe rich text (escaped, hits in bold).
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width() > 0 ? option.rect.width() : 280, option.fontMetrics.height() * 2 + 16};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect r = option.rect.adjusted(8, 4, -8, -4);
        const int line = option.fontMetrics.height();

        p->save();
        const QDateTime time = index.data(MessageSearchModel::TimeRole).toDateTime();
        const QString when = time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
        const int whenWidth = option.fontMetrics.horizontalAdvance(when) + 6;
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(text);
        const QRect nameRect(r.left(), r.top(), r.width() - whenWidth, line);
        p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data(MessageSearchModel::ConversationNameRole).toString(),
                Qt::ElideRight, nameRect.width()));
        p->setFont(option.font);
        p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, line), Qt::AlignRight | Qt::AlignVCenter, when);

        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(0);
        doc.setTextWidth(r.width());
        doc.setHtml(index.data(MessageSearchModel::SnippetHtmlRole).toString());
        p->translate(r.left(), r.top() + line + 4);
        const QRect clip(0, 0, r.width(), line + 2);
        p->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, text);
        ctx.clip = clip;
        doc.documentLayout()->draw(p, ctx);
        p->restore();
    }
};

} // namespace

// ---- MessageSearchModel ----

MessageSearchModel::MessageSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

MessageSearchModel::~MessageSearchModel() = default;

void MessageSearchModel::setReader(std::unique_ptr<store::Database> reader)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_hits.clear();
    m_hasMore = false;
    m_offset = 0;
    endResetModel();
    if (!m_query.isEmpty())
        setQuery(m_query);
}

void MessageSearchModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_hits.clear();
    m_hasMore = false;
    m_offset = 0;
    m_error.clear();
    endResetModel();
    if (m_reader && !query.trimmed().isEmpty())
        fetchMore({});
    Q_EMIT searched();
}

const inbox::MessageHit *MessageSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    const inbox::MessageHit *h = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole: return h->snippet;
    case Qt::ToolTipRole: return h->snippet;
    case MessageIdRole: return h->messageId;
    case ConversationIdRole: return h->conversationId;
    case ConversationNameRole: return h->conversationName.isEmpty() ? tr("Unknown person") : h->conversationName;
    case SnippetHtmlRole: return inbox::MessageSearch::highlightedHtml(h->snippet, h->highlights);
    case TimeRole: return QDateTime::fromMSecsSinceEpoch(h->sentAt);
    case OutgoingRole: return h->outgoing;
    default: return {};
    }
}

bool MessageSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_reader;
}

void MessageSearchModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_reader || m_query.trimmed().isEmpty())
        return;
    Result<inbox::MessageHitPage> page = inbox::MessageSearch::search(*m_reader, m_query, m_pageSize, m_offset);
    if (!page) {
        m_error = page.error().message;
        m_hasMore = false;
        return;
    }
    m_offset += m_pageSize;
    m_hasMore = page->hasMore;
    if (!page->hits.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page->hits.size()) - 1);
        m_hits.append(page->hits);
        endInsertRows();
    }
}

// ---- MessageSearchPanel ----

MessageSearchPanel::MessageSearchPanel(QWidget *parent)
    : QFrame(parent), m_model(new MessageSearchModel(this))
{
    setObjectName(QStringLiteral("inboxSearch"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("inboxSearchField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("inboxSearchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("inboxSearchMore"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &MessageSearchPanel::runSearch);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            runSearch();
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_model->fetchMore({});
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MessageSearchPanel::updateStatus);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &i) { chooseRow(i.row()); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &i) { chooseRow(i.row()); });
    retranslate();
    setActive(false);
}

MessageSearchPanel::~MessageSearchPanel() = default;

void MessageSearchPanel::setReader(std::unique_ptr<store::Database> reader)
{
    m_model->setReader(std::move(reader));
    updateStatus();
}

void MessageSearchPanel::watchList(QWidget *list)
{
    m_list = list;
    if (list)
        list->installEventFilter(this);
}

void MessageSearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void MessageSearchPanel::leave()
{
    m_debounce->stop();
    m_field->clear();
    m_model->setQuery(QString());
    setActive(false);
    updateStatus();
    Q_EMIT leaveRequested();
}

void MessageSearchPanel::search(const QString &query)
{
    m_field->setText(query);
    runSearch();
}

void MessageSearchPanel::runSearch()
{
    m_debounce->stop();
    const QString query = m_field->text();
    m_model->setQuery(query);
    setActive(!query.trimmed().isEmpty());
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    updateStatus();
}

void MessageSearchPanel::chooseRow(int row)
{
    const inbox::MessageHit *h = m_model->hitAt(row);
    if (h)
        Q_EMIT resultChosen(h->conversationId, h->messageId, m_model->query());
}

void MessageSearchPanel::setActive(bool active)
{
    m_results->setVisible(active);
    m_status->setVisible(active);
    m_more->setVisible(active && m_model->canFetchMore({}));
    if (active != m_active) {
        m_active = active;
        Q_EMIT activeChanged(active);
    }
}

void MessageSearchPanel::updateStatus()
{
    const int n = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    if (!m_model->lastError().isEmpty())
        m_status->setText(tr("Search failed: %1").arg(m_model->lastError()));
    else if (m_model->query().trimmed().isEmpty())
        m_status->clear();
    else if (n == 0)
        m_status->setText(tr("No messages found"));
    else if (more)
        m_status->setText(tr("First %n messages", nullptr, n));
    else
        m_status->setText(tr("%n message(s)", nullptr, n));
    m_more->setVisible(m_active && more);
}

bool MessageSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_list && key->text() == QLatin1String("/")) {
        focusSearch();
        return true;
    }
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Escape:
            leave();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive() || m_model->query() != m_field->text()) {
                runSearch();
            } else if (m_model->rowCount() > 0) {
                chooseRow(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
            }
            return true;
        case Qt::Key_Down:
            if (m_model->rowCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                if (!m_results->currentIndex().isValid())
                    m_results->setCurrentIndex(m_model->index(0));
            }
            return true;
        default:
            break;
        }
    }
    if (watched == m_results && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void MessageSearchPanel::retranslate()
{
    m_field->setPlaceholderText(tr("Search all messages (Ctrl+Shift+F)"));
    m_more->setText(tr("More results"));
    updateStatus();
}

void MessageSearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace sd::ui
