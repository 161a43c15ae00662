// One queued SecretStore call, as both stores (keychain, memory) keep them.
#pragma once

#include "common/redactor.h"
#include "secrets/secretstore.h"

#include <QPointer>

namespace sd {

struct SecretOperation
{
    enum class Kind { Read, Write, Remove };

    Kind kind = Kind::Read;
    QString key;
    QByteArray value; // Write only
    QPointer<QObject> context;
    bool hasContext = false;
    SecretStore::ReadCallback readDone;
    SecretStore::DoneCallback done;

    // True when the caller's context object has been destroyed: the answer must not be delivered.
    [[nodiscard]] bool contextGone() const { return hasContext && !context; }

    static SecretOperation read(const QString &key, QObject *context, SecretStore::ReadCallback done)
    {
        SecretOperation op = make(Kind::Read, key, context);
        op.readDone = std::move(done);
        return op;
    }

    // The value is registered with the redactor at once, before it can reach any log line.
    static SecretOperation write(const QString &key, const QByteArray &value, QObject *context,
                                 SecretStore::DoneCallback done)
    {
        redaction::registerSecret(value);
        SecretOperation op = make(Kind::Write, key, context);
        op.value = value;
        op.done = std::move(done);
        return op;
    }

    static SecretOperation remove(const QString &key, QObject *context, SecretStore::DoneCallback done)
    {
        SecretOperation op = make(Kind::Remove, key, context);
        op.done = std::move(done);
        return op;
    }

private:
    static SecretOperation make(Kind kind, const QString &key, QObject *context)
    {
        SecretOperation op;
        op.kind = kind;
        op.key = key;
        op.context = context;
        op.hasContext = context != nullptr;
        return op;
    }
};

} // namespace sd
