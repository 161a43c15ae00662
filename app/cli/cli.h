// sellerdesk-cli: the core without widgets. run() holds all the logic so that tests call it directly.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace sd::cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;  // secrets are read from here, never from arguments
    bool interactive; // standard input is a terminal: prompts and confirmations may be asked
};

// Global options shared by every command.
struct Context
{
    Io &io;
    QString profileOverride{}; // --profile or SELLERDESK_PROFILE, absolute
    bool json = false;
    bool yes = false;
    bool passphrase = false; // profile create: protect the cache key with a passphrase
    QString account{};         // connect: the platform account (seller id…)
    QString baseUrl{};         // connect: the API's base URL (stage hosts, the sandbox)
    QString name{};            // connect: a display name
    QString connection{};      // sync: only this connection
    QString status{};          // orders list: only this unified status
    int limit = 0;           // orders list: at most this many
    QString page{};            // connect meta: the Facebook Page to connect
    QString channel{};         // inbox list: messenger or instagram
    QString apiVersion{};      // connect meta: the Graph API version (default: the current one)
    bool unread = false;     // inbox list: only conversations with unread messages
    bool humanAgent = false; // connect meta: the Meta app has Human Agent approval
    // The inbox workflow (app/cli/inboxcommands.cpp).
    bool mine = false;        // inbox list: only conversations assigned to me
    bool unassigned = false;  // inbox list: only unassigned conversations
    QString label{};          // inbox list: only conversations with this label
    bool me = false;          // inbox assign: to me
    bool none = false;        // inbox assign: nobody
    QStringList addLabels{};    // inbox label --add
    QStringList removeLabels{}; // inbox label --remove
    QString until{};          // inbox snooze --until ISO
    QString forDuration{};    // inbox snooze --for 2h
};

// arguments: as in main's argv, the program name first.
int run(const QStringList &arguments, Io &io);

} // namespace sd::cli
