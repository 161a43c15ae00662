// Why one platform record could not be mapped: the record is skipped, the rest of its page is kept.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sd::connectors {

struct MappingError
{
    QString platform; // "trendyol"
    QString externalId; // of the record, when it could be read
    QString field; // JSON path of the offending field, e.g. "lines[2].quantity"
    QString detail; // what was wrong, for the log (never holds personal data)

    // The translated sentence for the sync report.
    [[nodiscard]] QString userMessage() const
    {
        return QCoreApplication::translate("sd::connectors", "Order %1 from %2 could not be read (field %3).")
            .arg(externalId.isEmpty() ? QCoreApplication::translate("sd::connectors", "(no id)") : externalId, platform,
                field);
    }
};

} // namespace sd::connectors
