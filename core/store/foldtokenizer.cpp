#include "foldtokenizer.h"

#include "common/textfold.h"

#include <QHash>

#include <sqlite3.h>

#include <string>

namespace sd::store {

namespace {

// What one code point folds to: nothing (a combining mark), part of a word, or a separator.
struct FoldedChar
{
    enum class Kind : quint8 { Ignored, Word, Separator };
    Kind kind = Kind::Separator;
    std::string utf8;
};

class FoldCache
{
public:
    const FoldedChar &lookup(char32_t cp)
    {
        auto it = m_cache.constFind(cp);
        if (it != m_cache.constEnd())
            return it.value();
        return m_cache.insert(cp, compute(cp)).value();
    }

private:
    static FoldedChar compute(char32_t cp)
    {
        FoldedChar out;
        const QString folded = sd::text::foldForSearch(QStringView(QString::fromUcs4(&cp, 1)));
        if (folded.isEmpty()) {
            out.kind = FoldedChar::Kind::Ignored;
            return out;
        }
        const QList<uint> points = QStringView(folded).toUcs4();
        for (const uint p : points) {
            if (!QChar::isLetterOrNumber(p))
                return out; // Separator
        }
        out.kind = FoldedChar::Kind::Word;
        const QByteArray utf8 = folded.toUtf8();
        out.utf8.assign(utf8.constData(), size_t(utf8.size()));
        return out;
    }

    QHash<char32_t, FoldedChar> m_cache;
};

// Decodes one UTF-8 sequence at text[i]; returns its length (1 for an invalid byte, then cp = U+FFFD).
int decodeUtf8(const unsigned char *text, int i, int n, char32_t &cp)
{
    const unsigned char b = text[i];
    int len = 0;
    if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        cp = b & 0x07;
    } else if (b >= 0xE0) {
        len = 3;
        cp = b & 0x0F;
    } else if (b >= 0xC2 && b < 0xE0) {
        len = 2;
        cp = b & 0x1F;
    } else {
        cp = 0xFFFD;
        return 1;
    }
    if (i + len > n) {
        cp = 0xFFFD;
        return 1;
    }
    for (int k = 1; k < len; ++k) {
        const unsigned char c = text[i + k];
        if ((c & 0xC0) != 0x80) {
            cp = 0xFFFD;
            return 1;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    return len;
}

// Calls emit(token, start, end) for each folded word; start/end are byte offsets into text.
template<typename Emit>
int tokenize(FoldCache &cache, const char *text, int n, Emit &&emit)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    std::string token;
    int start = -1;
    int end = 0;
    auto flush = [&]() -> int {
        if (start < 0)
            return SQLITE_OK;
        const int rc = emit(token, start, end);
        token.clear();
        start = -1;
        return rc;
    };
    for (int i = 0; i < n;) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            const bool word = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z');
            if (word) {
                if (start < 0)
                    start = i;
                token.push_back(char(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
                end = i + 1;
            } else if (const int rc = flush(); rc != SQLITE_OK) {
                return rc;
            }
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = decodeUtf8(bytes, i, n, cp);
        const FoldedChar &folded = cache.lookup(cp);
        switch (folded.kind) {
        case FoldedChar::Kind::Word:
            if (start < 0)
                start = i;
            token += folded.utf8;
            end = i + len;
            break;
        case FoldedChar::Kind::Ignored:
            if (start >= 0)
                end = i + len; // a combining mark stays with its word
            break;
        case FoldedChar::Kind::Separator:
            if (const int rc = flush(); rc != SQLITE_OK)
                return rc;
            break;
        }
        i += len;
    }
    return flush();
}

struct Tokenizer
{
    FoldCache cache;
};

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int xTokenize(Fts5Tokenizer *tokenizer, void *ctx, int, const char *text, int n,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *self = reinterpret_cast<Tokenizer *>(tokenizer);
    if (!text || n <= 0)
        return SQLITE_OK;
    return tokenize(self->cache, text, n, [&](const std::string &token, int start, int end) {
        return xToken(ctx, 0, token.data(), int(token.size()), start, end);
    });
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

int registerFoldTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer{&xCreate, &xDelete, &xTokenize};
    return api->xCreateTokenizer(api, kFoldTokenizerName, nullptr, &tokenizer, nullptr);
}

QStringList foldedWords(QStringView text)
{
    thread_local FoldCache cache;
    const QByteArray utf8 = text.toUtf8();
    QStringList words;
    (void)tokenize(cache, utf8.constData(), int(utf8.size()), [&](const std::string &token, int, int) {
        words.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
        return SQLITE_OK;
    });
    return words;
}

} // namespace sd::store
