<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>SellerDesk: messages, orders and customers of your shop in one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace profile in &lt;folder&gt; (created when empty). Overrides SELLERDESK_PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ProfileLock</name>
    <message>
        <source>This workspace is already open in another SellerDesk program (%1, process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace lock file %1 (permission denied?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ProfileManager</name>
    <message>
        <source>A workspace name must be 1 to 80 characters long without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete all files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no workspace; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workspace file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::SecretStore</name>
    <message>
        <source>No secret is stored in the system keychain under “%1”. Connect the account again to store a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk was not allowed to use the system keychain. Allow access when the keychain asks for it (or in the keychain&apos;s settings), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running. SellerDesk keeps tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager); start one, or use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by signing in to your desktop again), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it; unlock the keychain, then try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be waiting for you to unlock it; unlock the keychain, then try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be waiting for you to unlock it; unlock the keychain, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error. Make sure it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Settings</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <source>SellerDesk command line: scripting, exports and headless sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace profile in &lt;folder&gt; (default: SELLERDESK_PROFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “sellerdesk-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace chosen: pass --profile DIR or set SELLERDESK_PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With “profile create”: protect the cache with a passphrase (read from standard input) instead of the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: the platform account (Trendyol seller id, N11 shop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: the API&apos;s base address (a stage host or the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: a name for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: only this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders list: only orders in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders list: at most this many (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  profile create NAME        Create a workspace profile (with --profile DIR: in that folder;
                             --passphrase: protect its cache with a passphrase read from stdin)
  profile list               List the workspace profiles of this computer
  profile delete NAME|ID     Delete a workspace profile and its local data (asks, or --yes)
  secret set NAME            Store a secret of the workspace in the system keychain (value from stdin)
  secret check NAME          Tell whether the secret is stored (exit 0) or not (exit 1)
  secret delete NAME         Remove the secret from the system keychain
  store info                 Sizes, row counts, schema version and key mode of the encrypted cache
  store check                Check the cache&apos;s integrity (exit 0 when intact)
  store reset                Move a damaged cache aside and start an empty one (--yes)
  store set-passphrase       Protect the cache key with a passphrase instead of the keychain,
                             or change the passphrase (read from stdin, one per line)
  store use-keychain         Move the cache key back into the system keychain
  search WORDS…              Search messages, customers, orders and products (Turkish-aware)
  connect PLATFORM           Connect trendyol, n11 or woocommerce (--account, --base-url, --name);
                             key and secret from stdin, one per line, kept in the system keychain
  connections list           List the workspace&apos;s connections
  connections remove ID      Remove a connection, its orders and its keychain entries (--yes)
  sync                       Fetch new and changed orders of every connection (--connection ID)
  orders list                List orders, newest first (--status, --limit)

Secrets (tokens, API keys, passphrases) are never accepted as arguments: commands that need one
read it from standard input or ask for it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Orders</name>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connect trendyol|n11|woocommerce --account ID [--base-url URL] [--name NAME]
The credentials are read from standard input, one per line: API key, then API secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is required (Trendyol: your seller id; N11: your shop name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be a full address such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1 on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 account (%2) is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 (%2). Its credentials are in the system keychain. Fetch orders with: sellerdesk-cli sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Add one with: sellerdesk-cli connect trendyol --account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] sync [--connection ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this platform cannot be synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 orders fetched (%3 new or changed rows, %4 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync stopped: %2 (nothing fetched so far is lost; the next sync repeats it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] orders list [--status STATUS] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1” deletes its orders from this computer and its credentials from the keychain. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connections list [--json] | remove ID [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Profile</name>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] profile create NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: sellerdesk-cli profile create NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli profile delete NAME|ID [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a workspace removes all of its local data. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace “%1” and all of its local data? Type the name to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli profile create NAME | list | delete NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the workspace cache: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Secret</name>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] secret set|check|delete NAME
The value of “secret set” is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name uses lower-case letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for “%1”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored “%1” in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Store</name>
    <message>
        <source>Passphrase of the workspace cache: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache can be re-created from the platforms and the cloud: run “sellerdesk-cli store reset --yes” (the damaged file is kept in the damaged/ folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1, key in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This moves the cache aside and starts an empty one (data comes back with the next sync). Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old cache was moved to %1. A new one is created on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key is now protected by your passphrase and was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key is already in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key is now kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] store info|check|reset|set-passphrase|use-keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] search WORDS… [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors</name>
    <message>
        <source>Order %1 from %2 could not be read (field %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible for a package in status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number must be 4 to 40 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cancellation reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cancel between 1 and %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link must be an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number must be 3 letters or digits followed by 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package already has an invoice link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new N11 packages can be accepted (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WooCommerce order status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs between 1 and 5000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::domain</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::net</name>
    <message>
        <source>You appear to be offline. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the connection&apos;s address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secure (https) addresses can be used for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were refused or have expired. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not have permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for now. The platform asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests for now. The platform asks to wait %n second.</numerusform>
            <numerusform>Too many requests for now. The platform asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for now. SellerDesk will slow down and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is having problems right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent an answer SellerDesk could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::store</name>
    <message>
        <source>This cache was written by a newer version of SellerDesk (schema %1; this version knows up to %2). Update SellerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache was modified or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache reported an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::store::CacheKeyStore</name>
    <message>
        <source>Could not derive a key from the passphrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the cache key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that protects this workspace&apos;s cache (cache.key) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct (or cache.key was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key in the system keychain is not a 256-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no key for this workspace&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no passphrase-protected cache key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has a cache key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::store::LocalStore</name>
    <message>
        <source>No key was given for the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::AppController</name>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s cache is protected by a passphrase. Enter it to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the encrypted cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache stays locked: no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

SellerDesk can move the damaged cache aside (it is kept in the workspace&apos;s “damaged” folder) and build a new one from your platforms and the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted cache ready · offline workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters). Without it the cache cannot be opened, so keep it safe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key is now protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key is now kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

SellerDesk keeps the key of this workspace&apos;s encrypted cache in the system keychain. Without a working keychain you can protect it with a passphrase instead; you will be asked for it each time the workspace opens. Use a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CommandPalette</name>
    <message>
        <source>Type a command or a view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every buyer and every person who writes to you gets one profile here, across all channels, as soon as orders and messages arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Studio is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product texts, captions, reply suggestions, images and voice-overs from the AI provider of your choice will be requested here. Personal data is removed before a prompt leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, orders per channel and day, top products and response times are drawn here once orders and messages arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline workspace: everything is kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SellerDesk %1&lt;/h3&gt;&lt;p&gt;Your shop&apos;s messages, orders, customers and AI content in one fast window.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Your data stays on this computer unless you connect a cloud workspace.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Direct and Messenger conversations will arrive here, in one list you can answer from the keyboard. Connecting accounts arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from Trendyol, Hepsiburada, N11 and your WooCommerce shop will appear here in one table. Connecting marketplaces arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Studio</source>
        <comment>short label in the navigation rail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsView</name>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local workspace (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Created: %3&lt;br&gt;Folder: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch or manage workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk sends no analytics and no tracking data. Settings and logs stay in the workspace folder; passwords and tokens are never written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this workspace keeps on this computer is encrypted (AES-256). Its key is protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this workspace keeps on this computer is encrypted (AES-256). Its key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections cannot be added from this window yet; Trendyol, N11 and WooCommerce can already be connected with “sellerdesk-cli connect”. Tokens are kept only in your system keychain, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkspaceDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each workspace is one business with its own connections and data. Choose one to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the business or shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace “%1” and all of its data on this computer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
