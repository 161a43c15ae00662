#include "customerpanel.h"

#include "domain/unifiedstatus.h"
#include "orders/ordersmodel.h"
#include "store/changenotifier.h"
#include "store/database.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

using inbox::MatchRule;
using inbox::MatchStrength;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName = QString())
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("inboxCustomerPanel"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    m_title = heading(this);
    m_name = plainLabel(this, QStringLiteral("customerName"));
    QFont nf = m_name->font();
    nf.setPointSizeF(nf.pointSizeF() * 1.15);
    nf.setBold(true);
    m_name->setFont(nf);
    m_channel = plainLabel(this, QStringLiteral("customerChannel"));
    m_contact = plainLabel(this, QStringLiteral("customerContact"));
    m_labelsTitle = heading(this);
    m_labels = plainLabel(this, QStringLiteral("customerLabels"));
    m_notesTitle = heading(this);
    m_notes = plainLabel(this, QStringLiteral("customerNotes"));
    m_ordersTitle = heading(this);
    m_orders = new QTreeWidget(this);
    m_orders->setObjectName(QStringLiteral("customerOrders"));
    m_orders->setColumnCount(ColumnCount);
    m_orders->setRootIsDecorated(false);
    m_orders->setUniformRowHeights(true);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->header()->setStretchLastSection(true);
    m_ordersEmpty = plainLabel(this, QStringLiteral("customerOrdersEmpty"));
    layout->addWidget(m_title);
    layout->addWidget(m_name);
    layout->addWidget(m_channel);
    layout->addWidget(m_contact);
    layout->addSpacing(6);
    layout->addWidget(m_labelsTitle);
    layout->addWidget(m_labels);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addSpacing(6);
    layout->addWidget(m_ordersTitle);
    layout->addWidget(m_orders, 1);
    layout->addWidget(m_ordersEmpty);
    layout->addStretch();

    connect(m_orders, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_orders, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    retranslate();
    render();
}

CustomerPanel::~CustomerPanel() = default;

void CustomerPanel::setReader(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier)
{
    m_reader = std::move(reader);
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &CustomerPanel::onChanges, Qt::UniqueConnection);
    reload();
}

void CustomerPanel::setConversation(const QString &conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    reload();
}

void CustomerPanel::reload()
{
    m_stale = false;
    m_profile = {};
    m_matches.clear();
    m_error.clear();
    if (m_reader && !m_conversationId.isEmpty()) {
        Result<inbox::CustomerProfile> profile = inbox::CustomerMatcher::profile(*m_reader, m_conversationId);
        if (profile) {
            m_profile = std::move(profile).value();
            Result<QList<inbox::OrderMatch>> matches = inbox::CustomerMatcher::matchedOrders(*m_reader, m_profile);
            if (matches)
                m_matches = std::move(matches).value();
            else
                m_error = matches.error().message;
        } else {
            m_error = profile.error().message;
        }
    }
    render();
}

void CustomerPanel::onChanges(const sd::store::ChangeBatch &batch)
{
    if (m_conversationId.isEmpty() || m_reloadQueued)
        return;
    if (isHidden()) {
        m_stale = true;
        return;
    }
    static const QStringList tables = {QStringLiteral("customers"), QStringLiteral("customer_identities"),
        QStringLiteral("orders"), QStringLiteral("customer_tags"), QStringLiteral("tags"), QStringLiteral("notes"),
        QStringLiteral("conversations"), QStringLiteral("messages")};
    for (const store::Change &c : batch) {
        if (tables.contains(c.table)) {
            m_reloadQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_reloadQueued = false;
                reload();
            }, Qt::QueuedConnection);
            return;
        }
    }
}

QString CustomerPanel::ruleText(MatchRule rule)
{
    switch (rule) {
    case MatchRule::Linked: return tr("same customer");
    case MatchRule::Phone: return tr("same phone");
    case MatchRule::Email: return tr("same email");
    case MatchRule::Name: return tr("same name");
    }
    return {};
}

void CustomerPanel::retranslate()
{
    m_title->setText(tr("Customer"));
    m_labelsTitle->setText(tr("Labels"));
    m_notesTitle->setText(tr("Notes"));
    m_ordersTitle->setText(tr("Orders"));
    m_orders->setHeaderLabels({tr("Order"), tr("Channel"), tr("Date"), tr("Total"), tr("Status"), tr("Match")});
    render();
}

void CustomerPanel::render()
{
    const QLocale locale;
    if (m_conversationId.isEmpty() || (!m_error.isEmpty() && m_profile.conversationId.isEmpty())) {
        m_name->setText(m_error.isEmpty() ? tr("No conversation selected") : m_error);
        m_channel->clear();
        m_contact->clear();
        m_labels->clear();
        m_notes->clear();
        m_orders->clear();
        m_ordersEmpty->clear();
        return;
    }
    m_name->setText(m_profile.name.isEmpty() ? tr("Unknown person") : m_profile.name);
    const QString channel = m_profile.channel == QLatin1String("instagram") ? tr("Instagram Direct")
                            : m_profile.channel == QLatin1String("messenger") ? tr("Messenger")
                                                                               : QString();
    QStringList where;
    for (const QString &part : {channel, m_profile.connectionName}) {
        if (!part.trimmed().isEmpty())
            where << part;
    }
    m_channel->setText(where.join(QStringLiteral(" · ")));

    QStringList contact;
    for (const QString &h : std::as_const(m_profile.handles))
        contact << h;
    auto fromText = [](const inbox::ContactValue &v) {
        return v.source == inbox::IdentitySource::MessageText ? v.value + u' ' + tr("(written in a message)") : v.value;
    };
    for (const inbox::ContactValue &p : std::as_const(m_profile.phones))
        contact << tr("Phone: %1").arg(fromText(p));
    for (const inbox::ContactValue &e : std::as_const(m_profile.emails))
        contact << tr("Email: %1").arg(fromText(e));
    if (!m_profile.city.isEmpty())
        contact << tr("City: %1").arg(m_profile.city);
    m_contact->setText(contact.isEmpty() ? tr("No phone or email known.") : contact.join(u'\n'));
    m_labels->setText(m_profile.labels.isEmpty() ? tr("No labels") : m_profile.labels.join(QStringLiteral(", ")));
    QStringList notes;
    for (const inbox::CustomerNote &n : std::as_const(m_profile.notes))
        notes << locale.toString(QDateTime::fromMSecsSinceEpoch(n.createdAt).toLocalTime().date(), QLocale::ShortFormat)
                     + QStringLiteral(": ") + n.body;
    m_notes->setText(notes.isEmpty() ? tr("No notes") : notes.join(u'\n'));

    m_orders->clear();
    QFont possibleFont = m_orders->font();
    possibleFont.setItalic(true);
    for (const inbox::OrderMatch &m : std::as_const(m_matches)) {
        auto *item = new QTreeWidgetItem(m_orders);
        item->setText(NumberColumn, m.orderNumber);
        item->setText(ChannelColumn, OrdersModel::platformName(m.platform));
        item->setText(DateColumn,
            locale.toString(QDateTime::fromMSecsSinceEpoch(m.orderedAt).toLocalTime().date(), QLocale::ShortFormat));
        item->setText(TotalColumn, OrdersModel::formatMoney(m.totalMinor, m.currency, locale));
        item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StatusColumn, domain::unifiedStatusLabel(
            domain::unifiedStatusFromName(m.unifiedStatus).value_or(domain::UnifiedStatus::Unknown)));
        const bool possible = m.strength == MatchStrength::Possible;
        item->setText(MatchColumn, possible ? tr("Possible match (%1)").arg(ruleText(m.rule))
                                            : tr("Confirmed (%1)").arg(ruleText(m.rule)));
        item->setToolTip(MatchColumn, tr("Confidence %1 %").arg(m.confidence));
        item->setData(NumberColumn, OrderIdRole, m.orderId);
        item->setData(NumberColumn, StrengthRole, int(m.strength));
        if (possible) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, possibleFont);
        }
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_orders->resizeColumnToContents(c);
    m_orders->setVisible(!m_matches.isEmpty());
    m_ordersEmpty->setText(!m_error.isEmpty()    ? m_error
                           : m_matches.isEmpty() ? tr("No orders found for this customer.")
                                                 : QString());
    m_ordersEmpty->setVisible(!m_ordersEmpty->text().isEmpty());
}

void CustomerPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(NumberColumn, OrderIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT orderActivated(id);
}

void CustomerPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        reload();
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace sd::ui
