// A small grid of common emojis for the composer (smileys, hands, hearts, parcels): arrows move, Enter or a click
// inserts the emoji, Esc closes. A popup window opened from the composer's button or Ctrl+.
#pragma once

#include <QFrame>
#include <QStringList>

class QTableWidget;

namespace sd::ui {

class EmojiPicker : public QFrame
{
    Q_OBJECT
public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    static QStringList emojis();
    static constexpr int kColumns = 8;
    [[nodiscard]] QTableWidget *grid() const { return m_grid; }
    // Shows the grid below-left of anchor's global position (above when there is no room), the first emoji current.
    void popup(const QPoint &globalPos);

Q_SIGNALS:
    void picked(const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void pickCurrent();
    void retranslate();

    QTableWidget *m_grid;
};

} // namespace sd::ui
