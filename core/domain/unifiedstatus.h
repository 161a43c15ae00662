// The one order status every platform's own status is mapped to (see each connector's status table).
#pragma once

#include <QString>
#include <optional>

namespace sd::domain {

enum class UnifiedStatus { New, Picking, Invoiced, Shipped, Delivered, Cancelled, Returned, Unknown };

// Stable lower-case name stored in the database ("new", "picking", … "unknown").
[[nodiscard]] QString unifiedStatusName(UnifiedStatus status);
[[nodiscard]] std::optional<UnifiedStatus> unifiedStatusFromName(const QString &name);
// Translated label for the UI.
[[nodiscard]] QString unifiedStatusLabel(UnifiedStatus status);

} // namespace sd::domain
