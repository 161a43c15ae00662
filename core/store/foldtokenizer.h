// The FTS5 tokenizer "sd_fold": splits text into words and folds each with sd::text::foldForSearch, while
// reporting the byte offsets of the original text, so that FTS5's snippet() and highlight() work on the
// original (unfolded) text.
#pragma once

#include <QStringList>
#include <QStringView>

struct sqlite3;

namespace sd::store {

inline constexpr char kFoldTokenizerName[] = "sd_fold";

// Registers the tokenizer on one connection; returns an SQLite result code.
int registerFoldTokenizer(sqlite3 *db);

// The folded words of text, split exactly as the tokenizer splits them.
[[nodiscard]] QStringList foldedWords(QStringView text);

} // namespace sd::store
