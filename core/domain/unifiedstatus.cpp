#include "unifiedstatus.h"

#include <QCoreApplication>

namespace sd::domain {

QString unifiedStatusName(UnifiedStatus status)
{
    switch (status) {
    case UnifiedStatus::New:
        return QStringLiteral("new");
    case UnifiedStatus::Picking:
        return QStringLiteral("picking");
    case UnifiedStatus::Invoiced:
        return QStringLiteral("invoiced");
    case UnifiedStatus::Shipped:
        return QStringLiteral("shipped");
    case UnifiedStatus::Delivered:
        return QStringLiteral("delivered");
    case UnifiedStatus::Cancelled:
        return QStringLiteral("cancelled");
    case UnifiedStatus::Returned:
        return QStringLiteral("returned");
    case UnifiedStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<UnifiedStatus> unifiedStatusFromName(const QString &name)
{
    for (int i = 0; i <= static_cast<int>(UnifiedStatus::Unknown); ++i) {
        const auto status = static_cast<UnifiedStatus>(i);
        if (unifiedStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString unifiedStatusLabel(UnifiedStatus status)
{
    switch (status) {
    case UnifiedStatus::New:
        return QCoreApplication::translate("sd::domain", "New");
    case UnifiedStatus::Picking:
        return QCoreApplication::translate("sd::domain", "Picking");
    case UnifiedStatus::Invoiced:
        return QCoreApplication::translate("sd::domain", "Invoiced");
    case UnifiedStatus::Shipped:
        return QCoreApplication::translate("sd::domain", "Shipped");
    case UnifiedStatus::Delivered:
        return QCoreApplication::translate("sd::domain", "Delivered");
    case UnifiedStatus::Cancelled:
        return QCoreApplication::translate("sd::domain", "Cancelled");
    case UnifiedStatus::Returned:
        return QCoreApplication::translate("sd::domain", "Returned");
    case UnifiedStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("sd::domain", "Unknown");
}

} // namespace sd::domain
