// Why an action was refused before any call: the platform's own rules, checked locally.
#pragma once

#include <QLatin1StringView>

namespace sd::connectors {

inline constexpr QLatin1StringView kActionErrorDomain{ "connectors.action" };

enum class ActionError {
    InvalidState = 1, // the record's status does not allow the action
    InvalidArgument, // a value the platform would refuse
};

} // namespace sd::connectors
