#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "sellerdesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "sellerdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sellerdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "sellerdesk.core.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "sellerdesk.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "sellerdesk.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "sellerdesk.core.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sellerdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStoreCrypto, "sellerdesk.store.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "sellerdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnectors, "sellerdesk.connectors", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "sellerdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "sellerdesk.outbox", QtInfoMsg)

namespace sd::logging {

void applyDefaultRules(bool verbose)
{
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("sellerdesk.*.debug=true"));
}

} // namespace sd::logging
