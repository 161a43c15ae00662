#include "commandpalette.h"

#include "common/textfold.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace sd::ui {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint),
      m_query(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_query->setObjectName(QStringLiteral("commandPaletteQuery"));
    m_query->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    resize(520, 360);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *) { runCurrent(); });
}

void CommandPalette::setCommands(std::vector<PaletteCommand> commands)
{
    m_commands = std::move(commands);
    m_query->setPlaceholderText(tr("Type a command or a view…"));
    refilter();
}

void CommandPalette::popup()
{
    m_query->clear();
    refilter();
    if (QWidget *p = parentWidget()) {
        const QRect r = p->window()->geometry();
        move(r.center().x() - width() / 2, r.top() + r.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
}

QStringList CommandPalette::visibleCommandIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(qMin(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            reject();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::refilter()
{
    const QString query = m_query->text();
    m_list->clear();
    for (const PaletteCommand &c : m_commands) {
        if (!query.trimmed().isEmpty() && !text::foldedContains(QString(c.text + u' ' + c.keywords), query))
            continue;
        QString label = c.text;
        if (!c.shortcut.isEmpty())
            label += QStringLiteral("    ") + c.shortcut.toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, c.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    accept();
    for (const PaletteCommand &c : m_commands) {
        if (c.id == id && c.run) {
            c.run();
            return;
        }
    }
}

} // namespace sd::ui
