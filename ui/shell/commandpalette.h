// The command palette (Ctrl+K): type a few letters, press Enter. Matching is Turkish-aware, so
// "sipar" finds "Siparişler" and "studyo" finds "Yapay Zekâ Stüdyosu".
#pragma once

#include <QDialog>
#include <QKeySequence>

#include <functional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace sd::ui {

struct PaletteCommand
{
    QString id;
    QString text;       // translated
    QString keywords;   // extra words to match (e.g. the English name), not shown
    QKeySequence shortcut;
    std::function<void()> run;
};

class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    void setCommands(std::vector<PaletteCommand> commands);
    // Shows the palette centred over the parent, with an empty query.
    void popup();

    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QListWidget *resultList() const { return m_list; }
    // Ids of the commands currently listed, in order.
    [[nodiscard]] QStringList visibleCommandIds() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runCurrent();

    QLineEdit *m_query;
    QListWidget *m_list;
    std::vector<PaletteCommand> m_commands;
};

} // namespace sd::ui
