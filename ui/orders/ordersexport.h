// Exports of the Orders view: the current filter as CSV (every matching row, read from the cache, not only the
// rows on screen) and the picking list of a selection as a printable document.
#pragma once

#include "common/result.h"
#include "orderfilter.h"

#include <QStringList>

#include <functional>

class QIODevice;
class QTextDocument;

namespace sd::store {
class Database;
}

namespace sd::ui {

struct CsvOptions
{
    // Turkish Excel: decimal commas, and therefore ';' between fields.
    bool turkishDecimals = false;
};

class OrdersExport
{
public:
    // done, total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // UTF-8 with a BOM (Excel opens it as UTF-8), CRLF line ends, fields quoted when they hold the separator, a
    // quote or a line break (quotes doubled). orderBy as OrdersModel::orderBySql(). Returns the rows written.
    [[nodiscard]] static Result<int> writeCsv(store::Database &db, const OrderFilter &filter, const QString &orderBy,
                                              QIODevice &out, const CsvOptions &options, const Progress &progress = {});
    // The same into a file, written atomically (nothing is left behind when cancelled or failed).
    [[nodiscard]] static Result<int> writeCsvFile(store::Database &db, const OrderFilter &filter,
                                                  const QString &orderBy, const QString &path,
                                                  const CsvOptions &options, const Progress &progress = {});
    [[nodiscard]] static QString csvField(const QString &value, QChar separator);
    // Text from the platforms (names, cities…) that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
    // the start) gets a leading apostrophe, which Excel and LibreOffice show as text.
    [[nodiscard]] static QString inertText(const QString &value);

    // Lines of the orders grouped by SKU (barcode, else title, when there is none): quantity and the orders each
    // belongs to, as HTML for a QTextDocument.
    [[nodiscard]] static Result<QString> pickingListHtml(store::Database &db, const QStringList &orderIds);
};

} // namespace sd::ui
