// The composer's saved-reply completion: typing "/" at the start of a word lists the saved replies whose shortcut
// starts with what follows (folded Turkish-aware, core/inbox/savedreplies.h). Up/Down choose, Enter or Tab replace
// "/shortcut" with the reply ({name} → the customer's first name), Esc closes the list; while it is open Enter never
// sends and Esc never leaves the composer. A child widget of the view, it never takes the focus from the composer,
// and closes when the composer loses it.
#pragma once

#include "inbox/savedreplies.h"

#include <QFrame>
#include <functional>

class QListWidget;
class QPlainTextEdit;

namespace sd::ui {

class SavedReplyPopup : public QFrame
{
    Q_OBJECT
public:
    using Finder = std::function<QList<inbox::SavedReply>(const QString &prefix)>;
    using NameFunction = std::function<QString()>;

    // Watches edit (its keys and text); shown inside host.
    SavedReplyPopup(QPlainTextEdit *edit, QWidget *host);

    void setFinder(Finder finder) { m_finder = std::move(finder); }
    void setCustomerNameFunction(NameFunction name) { m_name = std::move(name); }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    // Replaces the "/shortcut" being typed with the chosen reply and closes.
    void acceptCurrent();
    // Looks at the word at the cursor again (after a change of text, cursor or saved replies).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QPlainTextEdit *m_edit;
    QListWidget *m_list;
    Finder m_finder;
    NameFunction m_name;
    QList<inbox::SavedReply> m_replies;
    int m_tokenStart = -1; // document positions of "/shortcut" up to the cursor
    int m_tokenEnd = -1;
    bool m_inserting = false;
};

} // namespace sd::ui
