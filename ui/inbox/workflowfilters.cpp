#include "workflowfilters.h"

#include "conversationlistmodel.h"
#include "inbox/conversationworkflow.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;
using Filter = inbox::ConversationFilter;

WorkflowFilters::WorkflowFilters(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"inboxAssigneeFilter"_qs);
    for (Filter::Assignee a : {Filter::Assignee::Any, Filter::Assignee::Mine, Filter::Assignee::Unassigned})
        m_assignee->addItem(QString(), int(a));
    m_state = new QComboBox(this);
    m_state->setObjectName(u"inboxStateFilter"_qs);
    for (Filter::State s : {Filter::State::Open, Filter::State::Done, Filter::State::Snoozed, Filter::State::All})
        m_state->addItem(QString(), int(s));
    m_label = new QComboBox(this);
    m_label->setObjectName(u"inboxLabelFilter"_qs);
    m_label->addItem(QString(), QString());
    row->addWidget(m_assignee);
    row->addWidget(m_state);
    row->addWidget(m_label, 1);
    for (QComboBox *box : {m_assignee, m_state, m_label}) {
        // Narrow windows: the combos may shrink below their longest entry (the popup still shows it whole).
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
        connect(box, &QComboBox::currentIndexChanged, this, &WorkflowFilters::apply);
    }
    retranslate();
}

WorkflowFilters::~WorkflowFilters() = default;

void WorkflowFilters::retranslate()
{
    m_assignee->setItemText(0, tr("Everyone's"));
    m_assignee->setItemText(1, tr("Mine"));
    m_assignee->setItemText(2, tr("Unassigned"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    m_state->setItemText(0, tr("Open"));
    m_state->setItemText(1, tr("Done"));
    m_state->setItemText(2, tr("Snoozed"));
    m_state->setItemText(3, tr("All states"));
    m_state->setAccessibleName(tr("State"));
    m_label->setItemText(0, tr("All labels"));
    m_label->setAccessibleName(tr("Label"));
}

void WorkflowFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkflowFilters::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier, ConversationListModel *model)
{
    m_model = model;
    m_reader.reset();
    if (writer) {
        if (auto r = writer->openReader())
            m_reader = std::move(r).value();
    }
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &WorkflowFilters::onChanges, Qt::UniqueConnection);
    reloadLabels();
    apply();
}

void WorkflowFilters::onChanges(const sd::store::ChangeBatch &batch)
{
    for (const store::Change &c : batch) {
        if (c.table == QLatin1String("tags")) {
            reloadLabels();
            return;
        }
    }
}

void WorkflowFilters::reloadLabels()
{
    const QString current = m_label->currentData().toString();
    QStringList labels;
    if (m_reader) {
        if (auto l = inbox::ConversationWorkflow::labels(*m_reader))
            labels = l.value();
    }
    const QSignalBlocker block(m_label);
    while (m_label->count() > 1)
        m_label->removeItem(1);
    for (const QString &l : std::as_const(labels))
        m_label->addItem(u'#' + l, l);
    const int at = m_label->findData(current);
    m_label->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && !current.isEmpty())
        apply(); // the chosen label is gone
}

void WorkflowFilters::applyTo(inbox::ConversationFilter &filter) const
{
    filter.assignee = Filter::Assignee(m_assignee->currentData().toInt());
    filter.state = Filter::State(m_state->currentData().toInt());
    filter.label = m_label->currentData().toString();
}

bool WorkflowFilters::isActive() const
{
    return m_assignee->currentIndex() > 0 || m_state->currentIndex() > 0 || m_label->currentIndex() > 0;
}

void WorkflowFilters::apply()
{
    if (m_model) {
        Filter f = m_model->filter();
        applyTo(f);
        m_model->setFilter(f);
    }
    Q_EMIT changed();
}

} // namespace sd::ui
