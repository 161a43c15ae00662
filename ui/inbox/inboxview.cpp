#include "inboxview.h"

#include "composertools.h"
#include "connectionhealthbar.h"

#include "connectors/meta/messagingwindow.h"
#include "conversationlistmodel.h"
#include "inbox/conversationworkflow.h"
#include "inbox/draftstore.h"
#include "mediaresolver.h"
#include "store/database.h"
#include "store/storewriter.h"
#include "threadfindbar.h"
#include "threadmodel.h"
#include "widgets/emptystatewidget.h"
#include "workflowbar.h"
#include "workflowfilters.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using namespace sd::connectors::meta;

namespace {

QColor channelColor(const QString &channel)
{
    return channel == QLatin1String("instagram") ? QColor(0xC1, 0x35, 0x84) : QColor(0x00, 0x84, 0xFF);
}

QString initialsOf(const QString &name)
{
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    QString out;
    for (const QString &p : parts) {
        if (out.size() == 2)
            break;
        out += p.left(1);
    }
    // İ/ı: QLocale-aware upper case (Turkish "i" → "İ").
    return QLocale(QLocale::Turkish).toUpper(out.isEmpty() ? QStringLiteral("?") : out);
}

QString shortTime(const QDateTime &t, const QLocale &locale)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().daysTo(today) < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

// One conversation row: avatar (the cached picture, else initials on a colour of the name) with a channel
// badge, name and time on the first line, the preview and the unread count on the second.
class ConversationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width() > 0 ? option.rect.width() : 280, option.fontMetrics.height() * 2 + 22};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);

        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(10, 6, -10, -6);
        const int avatar = r.height();
        const QString channel = index.data(ConversationListModel::ChannelRole).toString();
        const QString name = index.data(ConversationListModel::NameRole).toString();
        const QRect circle(r.left(), r.top(), avatar, avatar);
        // The picture from the encrypted media cache (requested when first painted), else initials on a colour.
        MediaResolver::paintAvatar(p, circle, name, initialsOf(name),
                                   index.data(ConversationListModel::AvatarUrlRole).toUrl().toString(),
                                   MediaResolver::forView(option.widget));
        const QRect badge(circle.right() - 13, circle.bottom() - 13, 14, 14);
        p->setPen(QPen(option.palette.color(QPalette::Base), 1.5));
        p->setBrush(channelColor(channel));
        p->drawEllipse(badge);

        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65);
        const int unread = index.data(ConversationListModel::UnreadRole).toInt();
        const QRect body = r.adjusted(avatar + 10, 0, 0, 0);
        const int line = option.fontMetrics.height();
        const QString time = shortTime(index.data(ConversationListModel::TimeRole).toDateTime(), QLocale());
        const int timeWidth = option.fontMetrics.horizontalAdvance(time) + 4;
        QFont nameFont = option.font;
        nameFont.setBold(unread > 0);
        p->setFont(nameFont);
        p->setPen(text);
        const QRect nameRect(body.left(), body.top() + 1, body.width() - timeWidth - 6, line);
        p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
        p->setFont(option.font);
        p->setPen(dim);
        p->drawText(QRect(body.right() - timeWidth, body.top() + 1, timeWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                    time);

        QString badgeText;
        int badgeWidth = 0;
        if (unread > 0) {
            badgeText = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
            badgeWidth = qMax(line + 2, option.fontMetrics.horizontalAdvance(badgeText) + 10);
        }
        // The workflow: assignee and labels, right-aligned before the badge (at most 40 % of the line).
        QStringList workflow;
        if (const QString who = index.data(ConversationListModel::AssigneeRole).toString(); !who.isEmpty())
            workflow << u'@' + who;
        for (const QString &l : index.data(ConversationListModel::LabelsRole).toStringList())
            workflow << u'#' + l;
        const QString workflowText = option.fontMetrics.elidedText(workflow.join(u' '), Qt::ElideRight, body.width() * 2 / 5);
        const int workflowWidth = workflowText.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(workflowText) + 8;
        // The preview is plain text on one line (line breaks shown as spaces).
        QString preview = index.data(ConversationListModel::PreviewRole).toString();
        preview.replace(u'\n', u' ');
        const QRect previewRect(body.left(), body.top() + line + 6,
                                body.width() - badgeWidth - (badgeWidth ? 6 : 0) - workflowWidth, line);
        if (workflowWidth > 0) {
            p->setPen(dim);
            p->drawText(QRect(previewRect.right() + 4, previewRect.top(), workflowWidth, line),
                        Qt::AlignLeft | Qt::AlignVCenter, workflowText);
        }
        p->setPen(unread > 0 ? text : dim);
        p->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(preview, Qt::ElideRight, previewRect.width()));
        if (unread > 0) {
            const QRect b(body.right() - badgeWidth, previewRect.top(), badgeWidth, line + 2);
            p->setPen(Qt::NoPen);
            p->setBrush(option.palette.color(QPalette::Highlight));
            if (selected)
                p->setBrush(option.palette.color(QPalette::HighlightedText));
            p->drawRoundedRect(b, b.height() / 2.0, b.height() / 2.0);
            p->setPen(option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
            QFont bf = option.font;
            bf.setBold(true);
            p->setFont(bf);
            p->drawText(b, Qt::AlignCenter, badgeText);
        }
        p->restore();
    }
};

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return InboxView::tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return InboxView::tr("%n h", nullptr, int(hours));
    return InboxView::tr("%n days", nullptr, int(hours / 24));
}

} // namespace

// ---- ComposerEdit ----

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        if (event->modifiers() & Qt::ShiftModifier) {
            textCursor().insertText(QStringLiteral("\n"));
            return;
        }
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ControlModifier) {
            Q_EMIT submitted();
            return;
        }
        if (mods == Qt::NoModifier) {
            if (m_enterSends)
                Q_EMIT submitted();
            else
                textCursor().insertText(QStringLiteral("\n"));
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT escaped();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// ---- InboxView ----

InboxView::InboxView(QWidget *parent)
    : QWidget(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    buildUi();
    retranslate();
    updateEmptyState();
}

InboxView::~InboxView() = default;

void InboxView::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateWidget(QStringLiteral("inbox"), m_stack);
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &InboxView::settingsRequested);
    m_main = new QWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_main);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Connection health (ui/inbox/connectionhealthbar.h): a problem is visible before a send fails.
    auto *health = new ConnectionHealthBar(this);
    connect(health, &ConnectionHealthBar::reconnectRequested, this, &InboxView::reconnectRequested);
    outer->addWidget(health);
    outer->addWidget(m_stack);

    auto *split = new QSplitter(Qt::Horizontal, m_main);
    auto *mainLayout = new QHBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(split);

    // The list side.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    auto *filters = new QHBoxLayout;
    m_unreadOnly = new QCheckBox(left);
    m_unreadOnly->setObjectName(QStringLiteral("inboxUnreadOnly"));
    m_channel = new QComboBox(left);
    m_channel->setObjectName(QStringLiteral("inboxChannel"));
    m_channel->addItem(QString(), QString());
    m_channel->addItem(QString(), QStringLiteral("instagram"));
    m_channel->addItem(QString(), QStringLiteral("messenger"));
    filters->addWidget(m_unreadOnly);
    filters->addStretch();
    filters->addWidget(m_channel);
    leftLayout->addLayout(filters);
    m_workflowFilters = new WorkflowFilters(left);
    leftLayout->addWidget(m_workflowFilters);
    m_listView = new QListView(left);
    m_listView->setObjectName(QStringLiteral("inboxConversations"));
    m_listView->setItemDelegate(new ConversationDelegate(m_listView));
    m_listView->setUniformItemSizes(true);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listView->installEventFilter(this);
    leftLayout->addWidget(m_listView, 1);
    // Every conversation filtered away (all done, nothing unread, …): said in place of the rows, filters stay usable.
    m_listEmpty = new QLabel(left);
    m_listEmpty->setObjectName(QStringLiteral("inboxListEmpty"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setTextFormat(Qt::PlainText);
    m_listEmpty->hide();
    leftLayout->insertWidget(leftLayout->indexOf(m_listView), m_listEmpty);

    // The thread side.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 8, 8, 8);
    auto *header = new QHBoxLayout;
    m_threadTitle = new QLabel(right);
    m_threadTitle->setTextFormat(Qt::PlainText);
    QFont tf = m_threadTitle->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_threadTitle->setFont(tf);
    m_threadChannel = new QLabel(right);
    m_threadChannel->setTextFormat(Qt::PlainText);
    header->addWidget(m_threadTitle);
    header->addWidget(m_threadChannel);
    header->addStretch();
    rightLayout->addLayout(header);
    m_workflow = new WorkflowBar(right);
    rightLayout->addWidget(m_workflow);
    m_threadView = new QTextBrowser(right);
    m_threadView->setObjectName(QStringLiteral("inboxThread"));
    m_threadView->setOpenLinks(false);
    m_threadView->setOpenExternalLinks(false);
    m_threadView->setUndoRedoEnabled(false);
    m_threadView->installEventFilter(this);
    connect(m_threadView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("sellerdesk-retry")) {
            if (m_sender)
                m_sender->retry(url.path());
            return;
        }
        // Only web links open; anything else in a message stays text.
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
        else if (url.scheme() == QLatin1String("sdolder"))
            loadOlderMessages();
    });
    connect(m_threadView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_hasOlder && value == 0 && m_threadView->verticalScrollBar()->maximum() > 0)
            QTimer::singleShot(0, this, &InboxView::loadOlderMessages); // scrolled up to the top: the older ones
    });
    rightLayout->addWidget(m_threadView, 1);
    m_images = new ThreadImages(m_threadView, nullptr, this);
    m_windowLabel = new QLabel(right);
    m_windowLabel->setObjectName(QStringLiteral("inboxWindowState"));
    m_windowLabel->setTextFormat(Qt::PlainText);
    m_windowLabel->setWordWrap(true);
    rightLayout->addWidget(m_windowLabel);
    m_composer = new ComposerEdit(right);
    m_composer->setObjectName(QStringLiteral("inboxComposer"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(m_composer->fontMetrics().height() * 6);
    connect(m_composer, &ComposerEdit::submitted, this, &InboxView::submit);
    connect(m_composer, &ComposerEdit::escaped, this, &InboxView::focusList);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_currentId.isEmpty()) {
            m_drafts.insert(m_currentId, m_composer->toPlainText());
            if (m_draftStore)
                m_draftStore->setDraft(m_currentId, m_composer->toPlainText()); // kept across restarts
        }
        updateComposerState();
    });
    rightLayout->addWidget(m_composer);
    auto *bottom = new QHBoxLayout;
    m_sendStatus = new QLabel(right);
    m_sendStatus->setObjectName(QStringLiteral("inboxSendStatus"));
    m_sendStatus->setTextFormat(Qt::PlainText);
    m_sendStatus->setWordWrap(true);
    m_counter = new QLabel(right);
    m_counter->setObjectName(QStringLiteral("inboxCounter"));
    m_send = new QPushButton(right);
    m_send->setObjectName(QStringLiteral("inboxSend"));
    connect(m_send, &QPushButton::clicked, this, &InboxView::submit);
    m_tools = new ComposerTools(this, m_composer);
    m_tools->setCustomerNameFunction([this] {
        const auto *c = m_list ? m_list->summaryAt(m_list->rowOf(m_currentId)) : nullptr;
        return c ? c->name : QString();
    });
    bottom->addWidget(m_sendStatus, 1);
    bottom->addWidget(m_tools->emojiButton());
    bottom->addWidget(m_tools->savedRepliesButton());
    bottom->addWidget(m_counter);
    bottom->addWidget(m_send);
    rightLayout->addLayout(bottom);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 560});

    // The help overlay, above everything.
    m_help = new QFrame(this);
    m_help->setObjectName(QStringLiteral("inboxHelp"));
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setAutoFillBackground(true);
    auto *helpLayout = new QVBoxLayout(m_help);
    m_helpText = new QLabel(m_help);
    m_helpText->setTextFormat(Qt::PlainText);
    helpLayout->addWidget(m_helpText);
    m_help->hide();
    helpLayout->addWidget(m_tools->createHelpLabel(m_help));

    // The workflow keys (A, Shift+A, L, N, E, S) in the list and the thread.
    m_workflow->installKeysOn(m_listView);
    m_workflow->installKeysOn(m_threadView);

    // The window's time left moves on while nothing else happens.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &InboxView::updateComposerState);
    tick->start();

    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveSelection(1); });
    auto *prev = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveSelection(-1); });
    auto *help = new QShortcut(QKeySequence(Qt::Key_F1), this, [this] { setHelpVisible(!m_help->isVisible()); });
    for (QShortcut *s : {next, prev, help})
        s->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_unreadOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (m_list)
            m_list->setUnreadOnly(on);
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_list)
            m_list->setChannel(m_channel->currentData().toString());
    });
    buildSideFeatures();
}

void InboxView::retranslate()
{
    m_empty->setTitle(tr("No conversations yet"));
    m_empty->setBody(tr("Instagram Direct and Messenger conversations arrive here, in one list you can answer from "
                        "the keyboard. Connect a Facebook Page in Settings → Connections (or with `sellerdesk-cli connect meta`)."));
    m_empty->setActionText(tr("Open Settings"));
    m_unreadOnly->setText(tr("Unread only"));
    m_channel->setItemText(0, tr("All channels"));
    m_channel->setItemText(1, tr("Instagram"));
    m_channel->setItemText(2, tr("Messenger"));
    m_composer->setPlaceholderText(m_composer->enterSends()
            ? tr("Write a reply… (Enter sends, Shift+Enter for a new line)")
            : tr("Write a reply… (Ctrl+Enter sends, Enter for a new line)"));
    m_send->setText(tr("Send"));
    m_listView->setAccessibleName(tr("Conversations"));
    m_threadView->setAccessibleName(tr("Messages"));
    m_composer->setAccessibleName(tr("Reply"));
    m_helpText->setText(tr("Keyboard shortcuts\n\n"
                           "Ctrl+Down or J\tnext conversation\n"
                           "Ctrl+Up or K\tprevious conversation\n"
                           "R or Enter\twrite a reply\n"
                           "Enter or Ctrl+Enter\tsend the reply (Settings: Enter may start a new line instead)\n"
                           "Shift+Enter\tnew line in the reply\n"
                           "Esc\tback to the list\n"
                           "F1 or ?\tshow or hide this list")
                        + u'\n' + WorkflowBar::shortcutHelp());
    updateComposerState();
    renderThread();
}

void InboxView::setEnterSends(bool on)
{
    m_composer->setEnterSends(on);
    retranslate();
}

void InboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_help->isVisible()) {
        m_help->adjustSize();
        m_help->move((width() - m_help->width()) / 2, (height() - m_help->height()) / 3);
    }
}

void InboxView::setHelpVisible(bool visible)
{
    if (visible) {
        m_help->adjustSize();
        m_help->move((width() - m_help->width()) / 2, (height() - m_help->height()) / 3);
        m_help->raise();
    }
    m_help->setVisible(visible);
}

void InboxView::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
    m_workflow->setNowFunction(m_now);
    if (m_list)
        m_list->setNowFunction(m_now);
    updateComposerState();
}

void InboxView::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier, inbox::ReplySender *sender)
{
    if (m_sender)
        disconnect(m_sender, nullptr, this, nullptr);
    m_listView->setModel(nullptr);
    delete m_draftStore; // writes what is pending to the old store
    m_draftStore = writer ? new inbox::DraftStore(writer, this) : nullptr;
    m_drafts.clear();
    delete m_list;
    delete m_thread;
    m_list = nullptr;
    m_thread = nullptr;
    m_meta.reset();
    m_writer = writer;
    m_sender = sender;
    m_currentId.clear();
    if (writer) {
        auto listReader = writer->openReader();
        auto threadReader = writer->openReader();
        auto metaReader = writer->openReader();
        if (listReader && threadReader && metaReader) {
            m_list = new ConversationListModel(std::move(listReader).value(), notifier, this);
            m_list->setNowFunction(m_now);
            inbox::ConversationFilter filter;
            filter.unreadOnly = m_unreadOnly->isChecked();
            filter.channel = m_channel->currentData().toString();
            m_workflowFilters->applyTo(filter);
            m_list->setFilter(filter);
            m_thread = new ThreadModel(std::move(threadReader).value(), notifier, this);
            m_meta = std::move(metaReader).value();
            m_listView->setModel(m_list);
            connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                    &InboxView::onCurrentChanged);
            connect(m_list, &QAbstractItemModel::modelReset, this, &InboxView::restoreSelection);
            connect(m_list, &ConversationListModel::refreshed, this, [this] {
                updateEmptyState();
                updateComposerState();
            });
            connect(m_thread, &ThreadModel::reloaded, this, &InboxView::renderThread);
        }
    }
    if (m_sender)
        connect(m_sender, &inbox::ReplySender::finished, this, &InboxView::onReplyFinished);
    if (auto *health = findChild<ConnectionHealthBar *>())
        health->setSource(writer, notifier);
    attachSideFeatures(m_list ? writer : nullptr, notifier);
    m_workflowFilters->setSource(m_list ? writer : nullptr, notifier, m_list);
    m_workflow->setSource(m_list ? writer : nullptr, notifier);
    m_tools->setSource(m_list ? writer : nullptr, notifier);
    updateEmptyState();
    if (m_list && m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(0));
    onCurrentChanged();
}

void InboxView::updateEmptyState()
{
    // The big empty state only for a workspace without any conversation; with conversations that the filters hide
    // (every one done, say) the list and its filters stay, with a line saying why it is empty.
    const bool rows = m_list && m_list->rowCount() > 0;
    const bool any = rows
        || (m_list
            && (m_unreadOnly->isChecked() || m_channel->currentIndex() > 0 || m_workflowFilters->isActive()
                || m_list->hasAnyConversation()));
    m_stack->setCurrentWidget(any ? m_main : static_cast<QWidget *>(m_empty));
    m_listEmpty->setText(tr("No conversation matches these filters. Done and snoozed conversations are under "
                            "\"Done\" and \"Snoozed\" above."));
    m_listEmpty->setVisible(any && !rows);
}

void InboxView::restoreSelection()
{
    if (!m_list)
        return;
    int row = m_list->rowOf(m_currentId);
    if (row < 0 && m_list->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        QSignalBlocker block(m_listView->selectionModel());
        m_listView->setCurrentIndex(m_list->index(row));
    }
    if (m_list->idAt(row) != m_currentId)
        onCurrentChanged();
    updateEmptyState();
}

void InboxView::selectConversation(const QString &conversationId)
{
    if (!m_list)
        return;
    int row = m_list->rowOf(conversationId);
    while (row < 0 && m_list->canFetchMore({})) {
        m_list->fetchMore({});
        row = m_list->rowOf(conversationId);
    }
    if (row >= 0)
        m_listView->setCurrentIndex(m_list->index(row));
}

void InboxView::moveSelection(int delta)
{
    if (!m_list || m_list->rowCount() == 0)
        return;
    const int current = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    int row = current + delta;
    if (row >= m_list->rowCount() && m_list->canFetchMore({}))
        m_list->fetchMore({});
    row = qBound(0, row, m_list->rowCount() - 1);
    m_listView->setCurrentIndex(m_list->index(row));
    m_listView->scrollTo(m_list->index(row));
}

void InboxView::focusComposer()
{
    if (m_currentId.isEmpty())
        return;
    m_composer->setFocus(Qt::ShortcutFocusReason);
    markCurrentRead();
}

void InboxView::markCurrentRead()
{
    // Only on the seller's own step (starting a reply, sending): selecting a row never clears its badge, so an
    // "Unread only" list does not lose the row under the cursor.
    const auto *c = m_list ? m_list->summaryAt(m_list->rowOf(m_currentId)) : nullptr;
    if (!c || c->unread <= 0 || !m_writer)
        return;
    const QString id = m_currentId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_writer->submit(
        [id, now](store::Transaction &tx) -> Status {
            auto r = inbox::ConversationWorkflow::markRead(tx, id, now);
            return r ? Status() : Status(r.error());
        },
        this, [](const Status &) {});
}

void InboxView::focusList()
{
    m_listView->setFocus(Qt::ShortcutFocusReason);
}

void InboxView::onCurrentChanged()
{
    const QString id = m_list ? m_list->idAt(m_listView->currentIndex().row()) : QString();
    if (id == m_currentId && !id.isEmpty())
        return;
    m_currentId = id;
    m_workflow->setConversation(id);
    m_threadRows = m_threadRowsStep;
    if (m_thread)
        m_thread->setConversation(id);
    {
        QSignalBlocker block(m_composer);
        m_composer->setPlainText(m_drafts.contains(id) || !m_draftStore ? m_drafts.value(id) : m_draftStore->draft(id));
        m_composer->moveCursor(QTextCursor::End);
    }
    m_sendStatus->clear();
    const auto *c = m_list ? m_list->summaryAt(m_list->rowOf(id)) : nullptr;
    m_threadTitle->setText(c ? (c->name.isEmpty() ? tr("Unknown person") : c->name) : QString());
    m_threadChannel->setText(!c                                         ? QString()
                             : c->channel == QLatin1String("instagram") ? tr("Instagram Direct")
                                                                        : tr("Messenger"));
    if (!m_thread)
        renderThread();
    updateComposerState();
    updateSideFeatures();
}

void InboxView::loadOlderMessages()
{
    if (!m_hasOlder)
        return;
    QScrollBar *bar = m_threadView->verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    m_threadRows += m_threadRowsStep;
    renderThread();
    bar->setValue(bar->maximum() - fromBottom); // the same message stays under the reader's eyes
}

void InboxView::setMediaCache(inbox::MediaCache *cache)
{
    delete m_media;
    m_media = new MediaResolver(cache, this);
    m_media->attach(m_listView);
    m_images->setResolver(m_media);
    m_listView->viewport()->update();
    renderThread();
}

void InboxView::insertPlainTextWithLinks(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    static const QRegularExpression link(QStringLiteral("\\bhttps?://[^\\s<>\"]+"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QTextCharFormat plain = format;
    qsizetype at = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString candidate = m.captured();
        // Sentence punctuation after a link is not part of it.
        while (!candidate.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(candidate.back()))
            candidate.chop(1);
        const QUrl url(candidate, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
                && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0))
            continue;
        cursor.insertText(text.mid(at, m.capturedStart() - at), plain);
        QTextCharFormat anchor = plain;
        anchor.setAnchor(true);
        anchor.setAnchorHref(url.toString(QUrl::FullyEncoded));
        anchor.setFontUnderline(true);
        anchor.setForeground(QApplication::palette().color(QPalette::Link));
        cursor.insertText(candidate, anchor);
        at = m.capturedStart() + candidate.size();
    }
    cursor.insertText(text.mid(at), plain);
}

void InboxView::renderThread()
{
    QTextDocument *doc = m_threadView->document();
    doc->clear();
    m_images->reset();
    m_hasOlder = false;
    if (!m_thread || m_thread->rowCount() == 0) {
        m_images->finish();
        return;
    }
    const QPalette pal = m_threadView->palette();
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.6);
    QColor inBubble = pal.color(QPalette::Mid);
    inBubble.setAlphaF(0.22);
    QColor outBubble = pal.color(QPalette::Highlight);
    outBubble.setAlphaF(0.18);
    const int side = qMax(60, m_threadView->viewport()->width() / 4);

    QTextCursor cursor(doc);
    bool first = true;
    auto block = [&](Qt::Alignment align, const QColor &background, bool outgoing, int top) {
        QTextBlockFormat f;
        f.setAlignment(align);
        f.setTopMargin(top);
        f.setLeftMargin(outgoing ? side : 4);
        f.setRightMargin(outgoing ? 4 : side);
        if (background.isValid()) {
            f.setBackground(background);
            f.setLineHeight(135, QTextBlockFormat::ProportionalHeight); // a little air inside the bubble
        }
        if (first) {
            cursor.setBlockFormat(f);
            first = false;
        } else {
            cursor.insertBlock(f);
        }
    };
    QTextCharFormat normal;
    QTextCharFormat small;
    small.setForeground(dim);
    small.setFontPointSize(qMax(7.0, m_threadView->font().pointSizeF() * 0.85));

    // A long thread shows its newest rows only (opening 5 000 messages stays fast, bench_inbox); the older ones come
    // with the link at the top or by scrolling up to it (loadOlderMessages).
    auto kindAt = [this](int row) { return m_thread->index(row).data(ThreadModel::KindRole).value<ThreadModel::Kind>(); };
    int firstRow = qMax(0, m_thread->rowCount() - m_threadRows);
    while (firstRow > 0 && kindAt(firstRow) == ThreadModel::Kind::Attachment)
        --firstRow; // never start inside a message's attachments
    if (firstRow > 0 && kindAt(firstRow - 1) == ThreadModel::Kind::DaySeparator)
        --firstRow; // nor right after its day
    m_hasOlder = firstRow > 0;
    if (m_hasOlder) {
        int older = 0;
        for (int r = 0; r < firstRow; ++r)
            older += kindAt(r) == ThreadModel::Kind::Message ? 1 : 0;
        QTextBlockFormat f;
        f.setAlignment(Qt::AlignHCenter);
        f.setBottomMargin(6);
        cursor.setBlockFormat(f);
        first = false;
        QTextCharFormat more = small;
        more.setAnchor(true);
        more.setAnchorHref(QStringLiteral("sdolder:"));
        more.setFontUnderline(true);
        more.setForeground(pal.color(QPalette::Link));
        cursor.insertText(tr("Show earlier messages (%n)", nullptr, older), more);
    }

    for (int r = firstRow; r < m_thread->rowCount(); ++r) {
        const QModelIndex i = m_thread->index(r);
        const auto kind = i.data(ThreadModel::KindRole).value<ThreadModel::Kind>();
        const bool out = i.data(ThreadModel::OutgoingRole).toBool();
        if (kind == ThreadModel::Kind::DaySeparator) {
            QTextBlockFormat f;
            f.setAlignment(Qt::AlignHCenter);
            f.setTopMargin(first ? 0 : 14);
            f.setBottomMargin(4);
            if (first) {
                cursor.setBlockFormat(f);
                first = false;
            } else {
                cursor.insertBlock(f);
            }
            QTextCharFormat sep = small;
            sep.setFontWeight(QFont::DemiBold);
            cursor.insertText(QStringLiteral("— %1 —").arg(i.data().toString()), sep);
            continue;
        }
        const Qt::Alignment align = out ? Qt::AlignRight : Qt::AlignLeft;
        if (kind == ThreadModel::Kind::Attachment) {
            block(align, out ? outBubble : inBubble, out, 0);
            const QUrl url = i.data(ThreadModel::UrlRole).toUrl();
            const QString label = i.data().toString();
            const QString attachmentKind = i.data(ThreadModel::AttachmentKindRole).toString();
            if (url.isValid() && !url.isEmpty()
                && (attachmentKind == QLatin1String("image") || attachmentKind == QLatin1String("sticker"))) {
                m_images->insertImage(cursor, url.toString(), label); // inline, loaded when scrolled into view
            } else if (url.isValid() && !url.isEmpty()) {
                QTextCharFormat a = normal;
                a.setAnchor(true);
                a.setAnchorHref(url.toString(QUrl::FullyEncoded));
                a.setFontUnderline(true);
                a.setForeground(pal.color(QPalette::Link));
                a.setToolTip(url.toDisplayString());
                cursor.insertText(label, a);
            } else {
                cursor.insertText(label, normal);
            }
            continue;
        }
        block(align, out ? outBubble : inBubble, out, 8);
        ThreadFindBar::markMessageBlock(cursor, i.data(ThreadModel::MessageIdRole).toString());
        if (i.data(ThreadModel::UnsentRole).toBool()) {
            QTextCharFormat removed = small;
            removed.setFontItalic(true);
            cursor.insertText(i.data().toString(), removed);
        } else {
            insertPlainTextWithLinks(cursor, i.data(ThreadModel::TextRole).toString(), normal);
        }
        // Time and delivery state under the bubble.
        block(align, QColor(), out, 0);
        QString meta = i.data(ThreadModel::TimeTextRole).toString();
        QTextCharFormat metaFormat = small;
        switch (i.data(ThreadModel::DeliveryRole).value<ThreadModel::Delivery>()) {
        case ThreadModel::Delivery::Pending:
            meta += QStringLiteral(" · ") + tr("Sending…");
            break;
        case ThreadModel::Delivery::Sent:
            meta += QStringLiteral(" · ✓ ") + tr("Sent");
            break;
        case ThreadModel::Delivery::Failed:
            meta += QStringLiteral(" · ") + tr("Not sent: %1").arg(i.data(ThreadModel::FailureReasonRole).toString());
            metaFormat.setForeground(QColor(0xC6, 0x28, 0x28));
            break;
        case ThreadModel::Delivery::Received:
            break;
        }
        cursor.insertText(meta, metaFormat);
        if (i.data(ThreadModel::DeliveryRole).value<ThreadModel::Delivery>() == ThreadModel::Delivery::Failed) {
            // Retry (ReplySender::retry through the outbox): the anchor carries our message row id.
            QTextCharFormat retry = small;
            retry.setAnchor(true);
            retry.setAnchorHref(QStringLiteral("sellerdesk-retry:") + i.data(ThreadModel::MessageIdRole).toString());
            retry.setFontUnderline(true);
            cursor.insertText(QStringLiteral(" "), metaFormat);
            cursor.insertText(tr("Retry"), retry);
        }
    }
    m_threadView->verticalScrollBar()->setValue(m_threadView->verticalScrollBar()->maximum());
    m_images->finish();
}

void InboxView::updateComposerState()
{
    const auto *c = m_list ? m_list->summaryAt(m_list->rowOf(m_currentId)) : nullptr;
    m_composer->setEnabled(c != nullptr);
    if (!c) {
        m_windowLabel->clear();
        m_counter->clear();
        m_send->setEnabled(false);
        m_windowAllows = false;
        return;
    }
    const Channel channel = channelFromName(c->channel).value_or(Channel::Messenger);
    bool humanAgent = false;
    if (m_meta) {
        if (auto row = inbox::InboxQuery::metaConnection(*m_meta, c->connectionId); row && row.value())
            humanAgent = row.value()->humanAgentApproved();
    }
    const WindowDecision window = MessagingWindow::evaluate({channel, c->lastInboundAt, m_now(), humanAgent, true});
    m_windowAllows = window.allowed();
    QString state;
    QString color;
    switch (window.mode) {
    case ReplyMode::Response:
        state = tr("Normal reply · %1 left in the 24-hour window").arg(durationText(window.timeLeftMs));
        color = QStringLiteral("#2E7D32");
        break;
    case ReplyMode::HumanAgent:
        state = tr("Goes with the human agent tag · %1 left").arg(durationText(window.timeLeftMs));
        color = QStringLiteral("#B26A00");
        break;
    case ReplyMode::Blocked:
        state = tr("Cannot be sent now");
        color = QStringLiteral("#C62828");
        break;
    }
    // Response: the short state; human agent and blocked: Meta's rule in a sentence (with the time left).
    m_windowLabel->setText(window.mode == ReplyMode::Response     ? state
                           : window.mode == ReplyMode::HumanAgent ? MessagingWindow::explain(window)
                                                                  : state + QStringLiteral(": ") + MessagingWindow::explain(window));
    m_windowLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    const TextCheck check = MessagingWindow::checkText(channel, m_composer->toPlainText());
    m_counter->setText(tr("%1 / %2").arg(check.length).arg(check.limit));
    m_counter->setStyleSheet(check.problem == TextProblem::TooLong ? QStringLiteral("color: #C62828; font-weight: bold;")
                                                                   : QString());
    m_counter->setToolTip(check.problem == TextProblem::TooLong ? MessagingWindow::explain(check) : QString());
    m_send->setEnabled(m_windowAllows && check.ok() && m_sender);
}

void InboxView::submit()
{
    markCurrentRead();
    updateComposerState();
    if (!m_send->isEnabled()) {
        const auto *c = m_list ? m_list->summaryAt(m_list->rowOf(m_currentId)) : nullptr;
        if (c) {
            const TextCheck check = MessagingWindow::checkText(
                channelFromName(c->channel).value_or(Channel::Messenger), m_composer->toPlainText());
            m_sendStatus->setText(!m_windowAllows ? m_windowLabel->text()
                                  : !check.ok()   ? MessagingWindow::explain(check)
                                                  : tr("Sending is not available."));
        }
        return;
    }
    const QString text = m_composer->toPlainText();
    const QString id = m_currentId;
    m_composer->clear();
    m_drafts.remove(id);
    if (m_draftStore)
        m_draftStore->clear(id);
    m_sendStatus->setText(tr("Sending…"));
    sendReply(id, text);
}

void InboxView::sendReply(const QString &conversationId, const QString &text)
{
    // The one place a reply leaves the view (the outbox takes over here later).
    m_sender->send(conversationId, text);
}

void InboxView::onReplyFinished(const sd::inbox::ReplyOutcome &outcome)
{
    if (outcome.conversationId == m_currentId) {
        if (outcome.sent) {
            m_sendStatus->setText(tr("Sent."));
        } else {
            m_sendStatus->setText(tr("Not sent: %1").arg(outcome.reason));
            // Refused before anything was written: give the text back to the composer when it is still empty.
            if (outcome.refused && m_composer->toPlainText().isEmpty())
                m_composer->setPlainText(outcome.text);
        }
    }
    if (m_thread && outcome.conversationId == m_thread->conversationId())
        m_thread->reload();
    Q_EMIT replyFinished(outcome);
}

bool InboxView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_listView || watched == m_threadView)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (m_help->isVisible() && key->key() == Qt::Key_Escape) {
            setHelpVisible(false);
            return true;
        }
        if (key->text() == QLatin1String("?")) {
            setHelpVisible(!m_help->isVisible());
            return true;
        }
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_J:
                moveSelection(1);
                return true;
            case Qt::Key_K:
                moveSelection(-1);
                return true;
            case Qt::Key_R:
            case Qt::Key_Return:
            case Qt::Key_Enter:
                focusComposer();
                return true;
            case Qt::Key_Escape:
                focusList();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sd::ui
