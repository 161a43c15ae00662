#include "savedrepliesdialog.h"

#include "common/logging.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;
using inbox::SavedReplies;

namespace {

QString typedShortcut(const QLineEdit *field)
{
    QString s = field->text().trimmed();
    if (s.startsWith(u'/'))
        s.remove(0, 1);
    return s;
}

} // namespace

SavedRepliesDialog::SavedRepliesDialog(store::StoreWriter *writer, QString workspaceId, QWidget *parent)
    : QDialog(parent), m_writer(writer), m_workspaceId(std::move(workspaceId))
{
    setObjectName(u"savedRepliesDialog"_s);
    if (m_writer) {
        auto r = m_writer->openReader();
        if (r)
            m_reader = std::move(r).value();
        else
            qCWarning(lcStore) << "saved replies: no reader:" << r.error().message;
    }
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"savedRepliesList"_s);
    m_list->setMinimumWidth(200);
    layout->addWidget(m_list, 2);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_shortcutLabel = new QLabel(this);
    m_titleLabel = new QLabel(this);
    m_bodyLabel = new QLabel(this);
    m_shortcut = new QLineEdit(this);
    m_shortcut->setObjectName(u"savedReplyShortcut"_s);
    m_shortcut->setMaxLength(SavedReplies::kMaxShortcutLength + 1); // room for a typed "/"
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"savedReplyTitle"_s);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"savedReplyBody"_s);
    m_body->setTabChangesFocus(true);
    m_shortcutLabel->setBuddy(m_shortcut);
    m_titleLabel->setBuddy(m_title);
    m_bodyLabel->setBuddy(m_body);
    form->addRow(m_shortcutLabel, m_shortcut);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_bodyLabel, m_body);
    right->addLayout(form, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    right->addWidget(m_hint);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"savedReplyProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #C62828;"_s);
    right->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_delete = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    right->addLayout(buttons);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &SavedRepliesDialog::showCurrent);
    connect(m_new, &QPushButton::clicked, this, &SavedRepliesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesDialog::removeCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_shortcut, &QLineEdit::textChanged, this, &SavedRepliesDialog::updateButtons);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SavedRepliesDialog::updateButtons);

    retranslate();
    resize(640, 360);
    reload();
    if (m_replies.isEmpty())
        startNew();
}

SavedRepliesDialog::~SavedRepliesDialog() = default;

void SavedRepliesDialog::retranslate()
{
    setWindowTitle(tr("Saved replies"));
    m_list->setAccessibleName(tr("Saved replies"));
    m_shortcutLabel->setText(tr("&Shortcut"));
    m_titleLabel->setText(tr("&Title"));
    m_bodyLabel->setText(tr("&Text"));
    m_shortcut->setPlaceholderText(tr("e.g. kargo"));
    m_title->setPlaceholderText(tr("Optional"));
    m_hint->setText(tr("Type /shortcut in a reply to insert the text. {name} becomes the customer's first name."));
    m_new->setText(tr("&New"));
    m_save->setText(tr("Sa&ve"));
    m_delete->setText(tr("&Delete…"));
    m_close->setText(tr("Close"));
    updateButtons();
}

void SavedRepliesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SavedRepliesDialog::reload(const QString &selectId)
{
    m_replies.clear();
    if (m_reader) {
        auto all = SavedReplies::list(*m_reader, m_workspaceId);
        if (all)
            m_replies = all.value();
        else
            m_problem->setText(all.error().message);
    }
    QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (int i = 0; i < m_replies.size(); ++i) {
        const inbox::SavedReply &r = m_replies.at(i);
        auto *item = new QListWidgetItem(u'/' + r.shortcut + (r.title.isEmpty() ? QString() : u"  —  "_s + r.title),
                                         m_list);
        item->setToolTip(r.body);
        if (r.id == selectId)
            select = i;
    }
    if (select >= 0) {
        m_list->setCurrentRow(select);
        m_editingId = selectId;
    }
    updateButtons();
}

void SavedRepliesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_replies.size())
        return;
    const inbox::SavedReply &r = m_replies.at(row);
    m_editingId = r.id;
    m_shortcut->setText(r.shortcut);
    m_title->setText(r.title);
    m_body->setPlainText(r.body);
    m_problem->clear();
    updateButtons();
}

void SavedRepliesDialog::startNew()
{
    m_editingId.clear();
    {
        QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_shortcut->clear();
    m_title->clear();
    m_body->clear();
    m_problem->clear();
    m_shortcut->setFocus();
    updateButtons();
}

void SavedRepliesDialog::updateButtons()
{
    const QString shortcut = typedShortcut(m_shortcut);
    const QString problem = shortcut.isEmpty() ? QString() : SavedReplies::shortcutProblem(shortcut);
    if (!problem.isEmpty())
        m_problem->setText(problem);
    else if (m_shortcutProblemShown)
        m_problem->clear();
    m_shortcutProblemShown = !problem.isEmpty();
    m_save->setEnabled(m_writer && !shortcut.isEmpty() && problem.isEmpty() && !m_body->toPlainText().trimmed().isEmpty());
    m_delete->setEnabled(m_writer && !m_editingId.isEmpty());
}

void SavedRepliesDialog::save()
{
    if (!m_writer || !m_save->isEnabled())
        return;
    const QString id = m_editingId;
    const QString workspaceId = m_workspaceId;
    const QString shortcut = typedShortcut(m_shortcut);
    const QString title = m_title->text();
    const QString body = m_body->toPlainText();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto newId = std::make_shared<QString>(id);
    m_save->setEnabled(false);
    m_writer->submit(
        [=](store::Transaction &tx) -> Status {
            if (!id.isEmpty())
                return SavedReplies::update(tx, id, shortcut, title, body, now);
            auto added = SavedReplies::add(tx, workspaceId, shortcut, title, body, now);
            if (!added)
                return added.error();
            *newId = added.value();
            return {};
        },
        this, [this, newId](const Status &status) {
            if (status) {
                m_problem->clear();
                reload(*newId);
            } else {
                m_problem->setText(status.error().message);
            }
            updateButtons();
            Q_EMIT saved(status.ok());
        });
}

void SavedRepliesDialog::removeCurrent()
{
    if (!m_writer || m_editingId.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete saved reply"),
                    tr("Delete the saved reply /%1?").arg(typedShortcut(m_shortcut)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(u"savedReplyDeleteConfirm"_s);
    ask.button(QMessageBox::Yes)->setText(tr("Delete"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    const QString id = m_editingId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_writer->submit([id, now](store::Transaction &tx) { return SavedReplies::remove(tx, id, now); }, this,
                     [this](const Status &status) {
                         if (status) {
                             startNew();
                             reload();
                         } else {
                             m_problem->setText(status.error().message);
                         }
                         Q_EMIT saved(status.ok());
                     });
}

} // namespace sd::ui
