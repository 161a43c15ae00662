#include "textfold.h"

#include <QStringList>

namespace sd::text {

QString foldForSearch(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        switch (c.unicode()) {
        case 0x0130: case 0x0131: case u'I': out += u'i'; continue; // İ ı I
        case 0x00C7: case 0x00E7: out += u'c'; continue;           // Ç ç
        case 0x011E: case 0x011F: out += u'g'; continue;           // Ğ ğ
        case 0x00D6: case 0x00F6: out += u'o'; continue;           // Ö ö
        case 0x015E: case 0x015F: out += u's'; continue;           // Ş ş
        case 0x00DC: case 0x00FC: out += u'u'; continue;           // Ü ü
        default: break;
        }
        if (c.unicode() < 128) {
            out += c.toLower();
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                out += d.toLower();
        }
    }
    return out;
}

bool foldedContains(QStringView text, QStringView query)
{
    const QString haystack = foldForSearch(text);
    const QStringList words = foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace sd::text
