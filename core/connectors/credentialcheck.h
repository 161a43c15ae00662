// The verifyCredentials() overrides: one cheap authenticated call whose job ends in exactly one
// credentialsChecked() — the job's failure, Malformed when a 2xx body is not of the expected JSON shape, or
// nullopt. Refused (Cancelled) while a fetch runs, like the default.
#pragma once

#include "net/apiclient.h"
#include "orderconnector.h"

namespace sd::connectors {

enum class ExpectedShape { Object, Array };

void checkCredentialsWith(
    OrderConnector *connector, const net::ApiClient &api, net::HttpRequest request, ExpectedShape shape);

} // namespace sd::connectors
