#include "workflowbar.h"

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;
using inbox::ConversationWorkflow;

namespace {

constexpr qint64 kMaxWakeDelayMs = 60 * 60 * 1000; // re-checked at least hourly (the clock may jump)

// The note editor: Ctrl+Enter saves (handled here, so it works whether or not the dialog's window is active).
class NoteEdit : public QPlainTextEdit
{
public:
    explicit NoteEdit(QDialog *dialog) : QPlainTextEdit(dialog), m_dialog(dialog) { }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && (event->modifiers() & Qt::ControlModifier)) {
            m_dialog->accept();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

private:
    QDialog *m_dialog;
};

QString timeText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QLocale().toString(t, QLocale::ShortFormat);
}

} // namespace

WorkflowBar::WorkflowBar(QWidget *parent)
    : QWidget(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(u"inboxWorkflowBar"_qs);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    const auto button = [this, row](const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    m_assign = button(u"workflowAssign"_qs);
    m_labels = button(u"workflowLabels"_qs);
    m_note = button(u"workflowNote"_qs);
    m_done = button(u"workflowDone"_qs);
    m_snooze = button(u"workflowSnooze"_qs);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"workflowSummary"_qs);
    m_summary->setTextFormat(Qt::PlainText);
    row->addSpacing(8);
    row->addWidget(m_summary, 1);
    outer->addLayout(row);

    // Internal notes look different from the thread on purpose: a tinted panel with its own heading.
    m_notesTitle = new QLabel(this);
    m_notesTitle->setTextFormat(Qt::PlainText);
    m_notesTitle->setWordWrap(true);
    QFont small = m_notesTitle->font();
    small.setItalic(true);
    m_notesTitle->setFont(small);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(u"workflowNotes"_qs);
    m_notes->setWordWrap(true);
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setSelectionMode(QAbstractItemView::NoSelection);
    QPalette notePalette = m_notes->palette();
    notePalette.setColor(QPalette::Base, notePalette.color(QPalette::ToolTipBase));
    notePalette.setColor(QPalette::Text, notePalette.color(QPalette::ToolTipText));
    m_notes->setPalette(notePalette);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5 + 8);
    outer->addWidget(m_notesTitle);
    outer->addWidget(m_notes);

    m_assignMenu = new QMenu(this);
    m_assignMenu->setObjectName(u"workflowAssignMenu"_qs);
    m_labelMenu = new QMenu(this);
    m_labelMenu->setObjectName(u"workflowLabelMenu"_qs);
    m_snoozeMenu = new QMenu(this);
    m_snoozeMenu->setObjectName(u"workflowSnoozeMenu"_qs);

    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &WorkflowBar::wakeDue);

    connect(m_assign, &QToolButton::clicked, this, &WorkflowBar::showAssignMenu);
    connect(m_labels, &QToolButton::clicked, this, &WorkflowBar::showLabelMenu);
    connect(m_note, &QToolButton::clicked, this, &WorkflowBar::openNoteDialog);
    connect(m_done, &QToolButton::clicked, this, &WorkflowBar::toggleDone);
    connect(m_snooze, &QToolButton::clicked, this, &WorkflowBar::showSnoozeMenu);

    retranslate();
    render();
}

WorkflowBar::~WorkflowBar() = default;

void WorkflowBar::retranslate()
{
    m_assign->setText(tr("Assign"));
    m_assign->setToolTip(tr("Assign to a team member (A: to me, Shift+A: choose)"));
    m_labels->setText(tr("Labels"));
    m_labels->setToolTip(tr("Add or remove labels (L)"));
    m_note->setText(tr("Note"));
    m_note->setToolTip(tr("Write an internal note: only your team sees it, never the customer (N)"));
    m_snooze->setText(tr("Snooze"));
    m_snooze->setToolTip(tr("Hide until later; it comes back unread (S)"));
    m_notesTitle->setText(tr("Internal notes — only your team sees these; they are never sent to the customer"));
    render();
}

void WorkflowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString WorkflowBar::shortcutHelp()
{
    return tr("A\tassign to me\n"
              "Shift+A\tassign to a team member\n"
              "L\tlabels\n"
              "N\tinternal note (never sent)\n"
              "E\tmark done or reopen\n"
              "S\tsnooze");
}

void WorkflowBar::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier)
{
    m_writer = writer;
    m_reader.reset();
    m_wake->stop();
    if (writer) {
        if (auto r = writer->openReader())
            m_reader = std::move(r).value();
    }
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &WorkflowBar::onChanges, Qt::UniqueConnection);
    // Snoozes that ended while the app was closed come back first.
    if (m_writer)
        wakeDue();
    reload();
}

void WorkflowBar::setConversation(const QString &conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    reload();
}

void WorkflowBar::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
    reload();
    armWake();
}

void WorkflowBar::installKeysOn(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool WorkflowBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && !m_conversationId.isEmpty() && isEnabled()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ShiftModifier && key->key() == Qt::Key_A) {
            showAssignMenu();
            return true;
        }
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_A:
                assignToMe();
                return true;
            case Qt::Key_L:
                showLabelMenu();
                return true;
            case Qt::Key_N:
                openNoteDialog();
                return true;
            case Qt::Key_E:
                toggleDone();
                return true;
            case Qt::Key_S:
                showSnoozeMenu();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkflowBar::onChanges(const sd::store::ChangeBatch &batch)
{
    for (const store::Change &c : batch) {
        if (c.table == QLatin1String("conversations") || c.table == QLatin1String("notes")
            || c.table == QLatin1String("tags") || c.table == QLatin1String("conversation_tags")
            || c.table == QLatin1String("workspace_members")) {
            if (!m_reloadQueued) {
                m_reloadQueued = true;
                QMetaObject::invokeMethod(this, [this] {
                    m_reloadQueued = false;
                    reload();
                    armWake();
                }, Qt::QueuedConnection);
            }
            return;
        }
    }
}

void WorkflowBar::reload()
{
    m_state = inbox::WorkflowState{};
    m_noteRows.clear();
    if (m_reader && !m_conversationId.isEmpty()) {
        if (auto s = ConversationWorkflow::state(*m_reader, m_conversationId, m_now()))
            m_state = s.value();
        if (auto n = ConversationWorkflow::notes(*m_reader, m_conversationId))
            m_noteRows = n.value();
        if (auto m = ConversationWorkflow::members(*m_reader, m_state.workspaceId))
            m_members = m.value();
        if (auto l = ConversationWorkflow::labels(*m_reader, m_state.workspaceId))
            m_allLabels = l.value();
    }
    render();
    Q_EMIT stateChanged();
}

void WorkflowBar::render()
{
    const bool active = m_writer && !m_state.conversationId.isEmpty();
    for (QToolButton *b : {m_assign, m_labels, m_note, m_done, m_snooze})
        b->setEnabled(active);
    const bool done = m_state.status == u"done";
    m_done->setText(done ? tr("Reopen") : tr("Done"));
    m_done->setToolTip(done ? tr("Open the conversation again (E)") : tr("Mark the conversation done (E)"));
    QStringList parts;
    if (active) {
        parts << (m_state.assigneeName.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(m_state.assigneeName));
        if (!m_state.labels.isEmpty()) {
            QStringList tags;
            for (const QString &l : std::as_const(m_state.labels))
                tags << u'#' + l;
            parts << tags.join(u' ');
        }
        if (done)
            parts << tr("Done");
        else if (m_state.status == u"snoozed")
            parts << tr("Snoozed until %1").arg(timeText(m_state.snoozedUntil));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_notes->clear();
    for (const inbox::ConversationNote &n : std::as_const(m_noteRows)) {
        auto *item = new QListWidgetItem(tr("%1, %2: %3").arg(n.authorName, timeText(n.createdAt), n.body), m_notes);
        item->setToolTip(tr("Internal note: never sent to the customer"));
    }
    m_notesTitle->setVisible(!m_noteRows.isEmpty());
    m_notes->setVisible(!m_noteRows.isEmpty());
}

QStringList WorkflowBar::noteTexts() const
{
    QStringList out;
    for (const inbox::ConversationNote &n : m_noteRows)
        out << n.body;
    return out;
}

void WorkflowBar::run(std::function<Result<bool>(store::Transaction &, qint64)> action)
{
    if (!m_writer || m_conversationId.isEmpty())
        return;
    ++m_pending;
    const qint64 now = m_now();
    auto error = std::make_shared<QString>();
    m_writer->submit(
        [action, now, error](store::Transaction &tx) -> Status {
            auto r = action(tx, now);
            if (!r) {
                *error = r.error().message;
                return r.error();
            }
            return {};
        },
        this,
        [this, error](const Status &status) {
            --m_pending;
            const QString message = status ? QString() : (error->isEmpty() ? status.error().message : *error);
            reload();
            armWake();
            Q_EMIT actionFinished(message);
        });
}

void WorkflowBar::assignToMe()
{
    const QString id = m_conversationId;
    run([id](store::Transaction &tx, qint64 now) { return ConversationWorkflow::assignToMe(tx, id, now); });
}

void WorkflowBar::assignTo(const QString &memberId)
{
    const QString id = m_conversationId;
    run([id, memberId](store::Transaction &tx, qint64 now) { return ConversationWorkflow::assign(tx, id, memberId, now); });
}

void WorkflowBar::toggleLabel(const QString &label)
{
    const QString key = ConversationWorkflow::labelKey(label);
    bool has = false;
    for (const QString &l : std::as_const(m_state.labels))
        has = has || ConversationWorkflow::labelKey(l) == key;
    const QString id = m_conversationId;
    run([id, label, has](store::Transaction &tx, qint64 now) {
        return has ? ConversationWorkflow::removeLabel(tx, id, label, now) : ConversationWorkflow::addLabel(tx, id, label, now);
    });
}

void WorkflowBar::addLabel(const QString &label)
{
    const QString id = m_conversationId;
    run([id, label](store::Transaction &tx, qint64 now) { return ConversationWorkflow::addLabel(tx, id, label, now); });
}

void WorkflowBar::addNote(const QString &text)
{
    const QString id = m_conversationId;
    run([id, text](store::Transaction &tx, qint64 now) -> Result<bool> {
        auto n = ConversationWorkflow::addNote(tx, id, text, now);
        if (!n)
            return n.error();
        return true;
    });
}

void WorkflowBar::toggleDone()
{
    const QString id = m_conversationId;
    const bool done = m_state.status == u"done";
    run([id, done](store::Transaction &tx, qint64 now) {
        return done ? ConversationWorkflow::reopen(tx, id, now) : ConversationWorkflow::markDone(tx, id, now);
    });
}

void WorkflowBar::snoozeUntil(qint64 untilMs)
{
    const QString id = m_conversationId;
    run([id, untilMs](store::Transaction &tx, qint64 now) { return ConversationWorkflow::snooze(tx, id, untilMs, now); });
}

QPoint WorkflowBar::menuPosition(QToolButton *button) const
{
    return button->mapToGlobal(QPoint(0, button->height()));
}

void WorkflowBar::rebuildAssignMenu()
{
    m_assignMenu->clear();
    bool haveMe = false;
    for (const inbox::WorkspaceMember &m : std::as_const(m_members))
        haveMe = haveMe || m.isMe;
    if (!haveMe) {
        // The local member is created on first use.
        QAction *a = m_assignMenu->addAction(tr("&Me"));
        connect(a, &QAction::triggered, this, &WorkflowBar::assignToMe);
    }
    for (const inbox::WorkspaceMember &m : std::as_const(m_members)) {
        QAction *a = m_assignMenu->addAction(m.isMe ? tr("&Me") : m.name);
        a->setCheckable(true);
        a->setChecked(m.id == m_state.assigneeId);
        const QString memberId = m.id;
        const bool me = m.isMe;
        connect(a, &QAction::triggered, this, [this, memberId, me] { me ? assignToMe() : assignTo(memberId); });
    }
    m_assignMenu->addSeparator();
    QAction *nobody = m_assignMenu->addAction(tr("&Nobody"));
    nobody->setCheckable(true);
    nobody->setChecked(m_state.assigneeId.isEmpty());
    connect(nobody, &QAction::triggered, this, [this] { assignTo(QString()); });
}

void WorkflowBar::rebuildLabelMenu()
{
    m_labelMenu->clear();
    QStringList keys;
    for (const QString &l : std::as_const(m_state.labels))
        keys << ConversationWorkflow::labelKey(l);
    for (const QString &label : std::as_const(m_allLabels)) {
        QString text = label;
        text.replace(u'&', u"&&"_qs);
        QAction *a = m_labelMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(keys.contains(ConversationWorkflow::labelKey(label)));
        connect(a, &QAction::triggered, this, [this, label] { toggleLabel(label); });
    }
    if (!m_allLabels.isEmpty())
        m_labelMenu->addSeparator();
    QAction *add = m_labelMenu->addAction(tr("&New label…"));
    connect(add, &QAction::triggered, this, &WorkflowBar::openNewLabelDialog);
}

void WorkflowBar::showAssignMenu()
{
    if (!m_assign->isEnabled())
        return;
    rebuildAssignMenu();
    m_assignMenu->popup(menuPosition(m_assign));
    if (!m_assignMenu->actions().isEmpty())
        m_assignMenu->setActiveAction(m_assignMenu->actions().constFirst());
}

void WorkflowBar::showLabelMenu()
{
    if (!m_labels->isEnabled())
        return;
    rebuildLabelMenu();
    m_labelMenu->popup(menuPosition(m_labels));
    m_labelMenu->setActiveAction(m_labelMenu->actions().constFirst());
}

void WorkflowBar::showSnoozeMenu()
{
    if (!m_snooze->isEnabled())
        return;
    m_snoozeMenu->clear();
    using P = ConversationWorkflow::SnoozePreset;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now()).toLocalTime();
    const auto preset = [this, now](const QString &text, P p) {
        const QDateTime at = ConversationWorkflow::presetTime(p, now);
        QAction *a = m_snoozeMenu->addAction(text);
        a->setToolTip(timeText(at.toMSecsSinceEpoch()));
        connect(a, &QAction::triggered, this, [this, at] { snoozeUntil(at.toMSecsSinceEpoch()); });
    };
    preset(tr("For &1 hour"), P::OneHour);
    preset(tr("Until &tomorrow 09:00"), P::TomorrowMorning);
    preset(tr("Until &next week (Monday 09:00)"), P::NextWeek);
    m_snoozeMenu->addSeparator();
    QAction *custom = m_snoozeMenu->addAction(tr("&Choose a time…"));
    connect(custom, &QAction::triggered, this, &WorkflowBar::openCustomSnoozeDialog);
    m_snoozeMenu->popup(menuPosition(m_snooze));
    m_snoozeMenu->setActiveAction(m_snoozeMenu->actions().constFirst());
}

void WorkflowBar::openNoteDialog()
{
    if (!m_note->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"workflowNoteDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Internal note"));
    auto *layout = new QVBoxLayout(dialog);
    auto *hint = new QLabel(tr("Only your team sees this note. It is never sent to the customer. "
                               "Ctrl+Enter saves."),
        dialog);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    QPlainTextEdit *edit = new NoteEdit(dialog);
    edit->setObjectName(u"workflowNoteEdit"_qs);
    edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(hint);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, edit, id] {
        const QString text = edit->toPlainText();
        if (!text.trimmed().isEmpty() && id == m_conversationId)
            addNote(text);
    });
    dialog->open();
    edit->setFocus();
}

void WorkflowBar::openNewLabelDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"workflowLabelDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New label"));
    dialog->setLabelText(tr("Label name (for example: İade, Kargo, VIP):"));
    const QString id = m_conversationId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        if (!text.trimmed().isEmpty() && id == m_conversationId)
            addLabel(text);
    });
    dialog->open();
}

void WorkflowBar::openCustomSnoozeDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"workflowSnoozeDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Snooze until"));
    auto *layout = new QVBoxLayout(dialog);
    auto *edit = new QDateTimeEdit(dialog);
    edit->setObjectName(u"workflowSnoozeEdit"_qs);
    edit->setCalendarPopup(true);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now()).toLocalTime();
    edit->setMinimumDateTime(now);
    edit->setDateTime(ConversationWorkflow::presetTime(ConversationWorkflow::SnoozePreset::TomorrowMorning, now));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, edit, id] {
        if (id == m_conversationId)
            snoozeUntil(edit->dateTime().toMSecsSinceEpoch());
    });
    dialog->open();
    edit->setFocus();
}

void WorkflowBar::armWake()
{
    m_wake->stop();
    if (!m_reader || !m_writer)
        return;
    // The earliest snooze end, also one already past (the clock moved, the app slept): woken a second later.
    const qint64 now = m_now();
    auto next = ConversationWorkflow::nextSnoozeEnd(*m_reader, 0);
    if (!next || !next.value())
        return;
    m_wake->start(int(qBound<qint64>(1000, *next.value() - now + 500, kMaxWakeDelayMs)));
}

void WorkflowBar::wakeDue()
{
    if (!m_writer)
        return;
    const qint64 now = m_now();
    m_writer->submit(
        [now](store::Transaction &tx) -> Status {
            auto n = ConversationWorkflow::wakeDue(tx, now);
            return n ? Status() : Status(n.error());
        },
        this, [this](const Status &) { armWake(); });
}

} // namespace sd::ui
