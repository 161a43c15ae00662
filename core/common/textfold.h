// Turkish-aware folding for matching: İSTANBUL, Istanbul and istanbul fold alike; Çağrı folds to cagri.
#pragma once

#include <QString>
#include <QStringView>

namespace sd::text {

// Lower-cases with Turkish rules, folds İ/ı/I to i, strips diacritics (ç→c, ğ→g, ş→s, ö→o, ü→u, é→e).
[[nodiscard]] QString foldForSearch(QStringView input);

// True when every whitespace-separated word of query is a prefix of some word of text, or a
// substring of the folded text (the command palette's matching).
[[nodiscard]] bool foldedContains(QStringView text, QStringView query);

} // namespace sd::text
