// The Inbox view's side features, kept apart from inboxview.cpp: the customer panel with matched orders
// (customerpanel.h), search across all messages (messagesearchpanel.h) and find in the thread (threadfindbar.h),
// their shortcuts and their part of the help overlay.
#include "customerpanel.h"
#include "inboxview.h"
#include "messagesearchpanel.h"
#include "store/database.h"
#include "store/storewriter.h"
#include "threadfindbar.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>

namespace sd::ui {

namespace {

// The box layout (at any depth under root) that holds widget directly.
QBoxLayout *layoutHolding(QLayout *root, QWidget *widget)
{
    if (!root)
        return nullptr;
    if (root->indexOf(widget) >= 0)
        return qobject_cast<QBoxLayout *>(root);
    for (int i = 0; i < root->count(); ++i) {
        if (QBoxLayout *found = layoutHolding(root->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

// The side features' lines of the help overlay (translated on language change).
class SideHelpLabel : public QLabel
{
public:
    explicit SideHelpLabel(QWidget *parent)
        : QLabel(parent)
    {
        setObjectName(QStringLiteral("inboxHelpSide"));
        setTextFormat(Qt::PlainText);
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(event);
    }

private:
    void retranslate()
    {
        setText(InboxView::tr("Ctrl+Shift+F or /\tsearch all messages\n"
                              "Ctrl+F\tfind in this conversation\n"
                              "Enter / Shift+Enter\tnext / previous hit\n"
                              "Ctrl+I\tshow or hide the customer panel"));
    }
};

} // namespace

void InboxView::buildSideFeatures()
{
    // Find bar above the thread.
    m_findBar = new ThreadFindBar(m_threadView, m_threadView->parentWidget());
    if (QBoxLayout *l = layoutHolding(m_threadView->parentWidget()->layout(), m_threadView))
        l->insertWidget(l->indexOf(m_threadView), m_findBar);

    // Search above the conversation list; its results take the list's place while a search is active.
    m_searchPanel = new MessageSearchPanel(m_listView->parentWidget());
    if (QBoxLayout *l = layoutHolding(m_listView->parentWidget()->layout(), m_listView))
        l->insertWidget(l->indexOf(m_listView), m_searchPanel);
    m_searchPanel->watchList(m_listView);
    connect(m_searchPanel, &MessageSearchPanel::activeChanged, this,
            [this](bool active) { m_listView->setVisible(!active); });
    connect(m_searchPanel, &MessageSearchPanel::resultChosen, this,
            [this](const QString &conversationId, const QString &messageId, const QString &query) {
                openMessage(conversationId, messageId, query);
            });
    connect(m_searchPanel, &MessageSearchPanel::leaveRequested, this, [this] {
        m_findBar->clearMessageHighlight();
        focusList();
    });

    // The customer panel right of the thread.
    auto *split = qobject_cast<QSplitter *>(m_threadView->parentWidget()->parentWidget());
    m_customerPanel = new CustomerPanel(split ? static_cast<QWidget *>(split) : m_main);
    if (split) {
        split->addWidget(m_customerPanel);
        split->setStretchFactor(split->indexOf(m_customerPanel), 1);
    }
    connect(m_customerPanel, &CustomerPanel::orderActivated, this, &InboxView::orderRequested);
    m_customerToggle = new QPushButton(m_threadTitle->parentWidget());
    m_customerToggle->setObjectName(QStringLiteral("inboxCustomerToggle"));
    m_customerToggle->setCheckable(true);
    m_customerToggle->setChecked(true);
    m_customerToggle->setFlat(true);
    if (QBoxLayout *header = layoutHolding(m_threadTitle->parentWidget()->layout(), m_threadTitle))
        header->addWidget(m_customerToggle);
    connect(m_customerToggle, &QPushButton::toggled, this, [this](bool on) {
        if (on == isCustomerPanelVisible())
            return;
        setCustomerPanelVisible(on);
        Q_EMIT customerPanelToggled(on);
    });

    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        if (!m_currentId.isEmpty())
            m_findBar->open();
    });
    auto *search = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                                 [this] { m_searchPanel->focusSearch(); });
    auto *panel = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                [this] { m_customerToggle->toggle(); });
    for (QShortcut *s : {find, search, panel})
        s->setContext(Qt::WidgetWithChildrenShortcut);

    if (m_help->layout())
        m_help->layout()->addWidget(new SideHelpLabel(m_help));

    // Texts of the toggle (the other widgets translate themselves).
    auto retranslateToggle = [this] {
        m_customerToggle->setText(tr("Customer"));
        m_customerToggle->setToolTip(tr("Show or hide the customer and their orders (Ctrl+I)"));
    };
    retranslateToggle();
    class Retranslator : public QObject
    {
    public:
        Retranslator(QObject *parent, std::function<void()> f)
            : QObject(parent), m_f(std::move(f))
        {
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::LanguageChange)
                m_f();
            return false;
        }

    private:
        std::function<void()> m_f;
    };
    m_customerToggle->installEventFilter(new Retranslator(m_customerToggle, retranslateToggle));
}

void InboxView::attachSideFeatures(store::StoreWriter *writer, store::ChangeNotifier *notifier)
{
    m_findBar->close();
    m_findBar->clearMessageHighlight();
    std::unique_ptr<store::Database> panelReader;
    std::unique_ptr<store::Database> searchReader;
    if (writer) {
        if (auto r = writer->openReader())
            panelReader = std::move(r).value();
        if (auto r = writer->openReader())
            searchReader = std::move(r).value();
    }
    m_customerPanel->setReader(std::move(panelReader), notifier);
    m_searchPanel->setReader(std::move(searchReader));
}

void InboxView::updateSideFeatures()
{
    if (!m_customerPanel)
        return;
    if (!m_findBar->isHidden())
        m_findBar->restart();
    if (isCustomerPanelVisible())
        m_customerPanel->setConversation(m_currentId);
}

void InboxView::setCustomerPanelVisible(bool visible)
{
    m_customerPanel->setVisible(visible);
    {
        QSignalBlocker block(m_customerToggle);
        m_customerToggle->setChecked(visible);
    }
    if (visible)
        m_customerPanel->setConversation(m_currentId);
}

bool InboxView::isCustomerPanelVisible() const
{
    return m_customerPanel && !m_customerPanel->isHidden();
}

bool InboxView::openMessage(const QString &conversationId, const QString &messageId, const QString &query)
{
    if (!m_list || conversationId.isEmpty())
        return false;
    selectConversation(conversationId);
    if (m_currentId != conversationId && (m_unreadOnly->isChecked() || m_channel->currentIndex() > 0)) {
        // A filter hides it: show everything again.
        m_unreadOnly->setChecked(false);
        m_channel->setCurrentIndex(0);
        selectConversation(conversationId);
    }
    if (m_currentId != conversationId)
        return false;
    return m_findBar->highlightMessage(messageId, query);
}

} // namespace sd::ui
