#include "secrets/secretstore.h"

#include "common/redactor.h"

#include <QCoreApplication>

namespace sd {

Error SecretStore::makeError(SecretError code, const QString &key, std::chrono::milliseconds timeout,
                             const QString &detail)
{
    QString message;
    switch (code) {
    case SecretError::NotFound:
        message = QCoreApplication::translate(
                          "sd::SecretStore",
                          "No secret is stored in the system keychain under “%1”. Connect the account "
                          "again to store a new one.")
                          .arg(key);
        break;
    case SecretError::AccessDenied:
        message = QCoreApplication::translate(
                "sd::SecretStore",
                "SellerDesk was not allowed to use the system keychain. Allow access when the keychain "
                "asks for it (or in the keychain's settings), then try again.");
        break;
    case SecretError::NoBackend:
        message = QCoreApplication::translate(
                "sd::SecretStore",
                "No keychain service is running. SellerDesk keeps tokens only in the system keychain "
                "(GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager); start one, or use "
                "a passphrase.");
        break;
    case SecretError::Locked:
        message = QCoreApplication::translate(
                "sd::SecretStore",
                "The system keychain is locked. Unlock it (for example by signing in to your desktop "
                "again), then try again.");
        break;
    case SecretError::Timeout: {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
        message = QCoreApplication::translate(
                "sd::SecretStore",
                "The system keychain did not answer within %n second(s). It may be waiting for you to "
                "unlock it; unlock the keychain, then try again.",
                nullptr, int(seconds));
        break;
    }
    case SecretError::Failed:
        message = QCoreApplication::translate(
                "sd::SecretStore",
                "The system keychain reported an error. Make sure it is running and unlocked, then try "
                "again.");
        break;
    }
    if (!detail.trimmed().isEmpty()) {
        // The backend's text names the failure, and is redacted in case it ever echoes a value.
        message += u' '
                + QCoreApplication::translate("sd::SecretStore", "(Keychain: %1)")
                          .arg(redaction::redact(detail.trimmed()));
    }
    return Error{errorDomain(), int(code), message};
}

} // namespace sd
