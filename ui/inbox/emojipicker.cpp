#include "emojipicker.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;

QStringList EmojiPicker::emojis()
{
    // Written as code points so the source stays ASCII-safe; ❤️ and ☺️ carry the emoji variation selector.
    static const QList<char32_t> points = {
        0x1F600, 0x1F60A, 0x1F602, 0x1F642, 0x1F609, 0x1F60D, 0x1F970, 0x1F618, // smileys
        0x1F917, 0x1F914, 0x1F605, 0x1F622, 0x1F614, 0x1F62E, 0x1F60E, 0x1F973,
        0x1F44D, 0x1F44E, 0x1F44C, 0x1F44F, 0x1F64C, 0x1F64F, 0x1F4AA, 0x1F44B, // hands
        0x2764, 0x1F495, 0x1F496, 0x1F499, 0x1F9E1, 0x2728, 0x1F525, 0x1F389, // hearts, party
        0x1F381, 0x1F4E6, 0x1F69A, 0x2705, 0x274C, 0x2B50, 0x1F4AF, 0x2615,   // parcels, marks
    };
    QStringList out;
    out.reserve(points.size());
    for (const char32_t p : points) {
        QString s = QString::fromUcs4(&p, 1);
        if (p == 0x2764)
            s += QChar(0xFE0F); // red heart, not the text-style one
        out << s;
    }
    return out;
}

EmojiPicker::EmojiPicker(QWidget *parent) : QFrame(parent, Qt::Popup)
{
    setObjectName(u"emojiPicker"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    const QStringList all = emojis();
    m_grid = new QTableWidget(int((all.size() + kColumns - 1) / kColumns), kColumns, this);
    m_grid->setObjectName(u"emojiGrid"_s);
    m_grid->horizontalHeader()->hide();
    m_grid->verticalHeader()->hide();
    m_grid->setShowGrid(false);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setTabKeyNavigation(false);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont f = m_grid->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_grid->setFont(f);
    const int cell = QFontMetrics(f).height() + 10;
    for (int i = 0; i < all.size(); ++i) {
        auto *item = new QTableWidgetItem(all.at(i));
        item->setTextAlignment(Qt::AlignCenter);
        m_grid->setItem(i / kColumns, i % kColumns, item);
    }
    m_grid->horizontalHeader()->setDefaultSectionSize(cell);
    m_grid->verticalHeader()->setDefaultSectionSize(cell);
    m_grid->setFixedSize(cell * kColumns + 2 * m_grid->frameWidth(), cell * m_grid->rowCount() + 2 * m_grid->frameWidth());
    layout->addWidget(m_grid);
    connect(m_grid, &QTableWidget::itemClicked, this, [this] { pickCurrent(); });
    m_grid->installEventFilter(this);
    retranslate();
}

void EmojiPicker::popup(const QPoint &globalPos)
{
    adjustSize();
    QPoint pos = globalPos;
    if (const QScreen *screen = QWidget::screen()) {
        const QRect avail = screen->availableGeometry();
        if (pos.y() + height() > avail.bottom())
            pos.ry() -= height();
        pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - width())));
    }
    move(pos);
    m_grid->setCurrentCell(0, 0);
    show();
    m_grid->setFocus(Qt::PopupFocusReason);
}

void EmojiPicker::pickCurrent()
{
    const QTableWidgetItem *item = m_grid->currentItem();
    if (!item || item->text().isEmpty())
        return;
    const QString emoji = item->text();
    close();
    Q_EMIT picked(emoji);
}

bool EmojiPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space) {
            pickCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void EmojiPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void EmojiPicker::retranslate()
{
    m_grid->setAccessibleName(tr("Emojis"));
    setToolTip(tr("Arrows choose, Enter inserts, Esc closes"));
}

} // namespace sd::ui
