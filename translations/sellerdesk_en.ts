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
    <message>
        <source>Open the demo workspace: sample Trendyol, Hepsiburada, N11 and WooCommerce shops served by sellerdesk-sandbox on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk demo</source>
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
        <source>connect meta: the Facebook Page to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox list: messenger or instagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect meta: the Graph API version, e.g. v25.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox list: only unread conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect meta: the Meta app has Human Agent approval (replies up to 7 days).</source>
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
  orders show ID             One order: lines, customer, addresses, shipment, its actions (--json)
  orders ACTION ID …         pick, invoice, track, cancel, invoice-link, status, note, tracking,
                             split, pack, cancel-line, unpack, carrier, in-transit, delivered,
                             undelivered: recorded in the outbox, sent, and the outcome printed
                             (--no-wait: only recorded);
                             see “sellerdesk-cli orders pick --help”
  outbox list                The recorded platform actions (--state, --json)
  outbox retry ID            Send a failed action (or one that needs a check) again
  connect meta               Connect a Facebook Page and its Instagram account (token from stdin;
                             --page ID, --base-url, --api-version, --human-agent, --name)
  inbox sync                 Fetch new Messenger and Instagram messages (--connection ID)
  inbox list                 List conversations, newest first (--unread, --channel, --limit,
                             --mine, --unassigned, --label L, --status open|done|snoozed|all)
  inbox show ID              Show a conversation, its messages and its reply window
  inbox reply ID             Reply to a conversation (text from stdin), within Meta&apos;s rules
  inbox assign ID MEMBER     Assign to a team member (or --me, --none)
  inbox label ID             Add or remove labels (--add L, --remove L, repeatable)
  inbox note ID              Add an internal note, never sent to the customer (text from stdin)
  inbox done ID…             Mark done; inbox reopen ID… opens them again
  inbox snooze ID            Hide until a time (--until ISO or --for 2h); it comes back unread

Secrets (tokens, API keys, passphrases) are never accepted as arguments: commands that need one
read it from standard input or ask for it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox list: only conversations assigned to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox list: only unassigned conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox list: only conversations with this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox assign: to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox assign: to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox label: add this label (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox label: remove this label (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox snooze: until this ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox snooze: for this long (30m, 2h, 1d, 1w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Inbox</name>
    <message>
        <source>--base-url must be a full address such as https://graph.facebook.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Page access token or a Business Manager system-user token (permissions: pages_messaging, pages_manage_metadata, pages_read_engagement, pages_show_list, instagram_basic, instagram_manage_messages). Create it in Meta Business Suite → Business settings → System users → Generate new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works but reaches no Facebook Page. Give the system user the Page as an asset (with the messaging task) and create the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reaches several Pages; choose one with --page ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not reach Page %1. It reaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not send messages for %1 (the MESSAGING task is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Facebook Page (%1) is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 (%2)%3. The token is in the system keychain. Fetch messages with: sellerdesk-cli inbox sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with Instagram @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 conversations with news, %3 messages fetched (%4 new or changed rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Meta connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Meta connections yet. Add one with: sellerdesk-cli connect meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is messenger or instagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[message removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s Meta connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connect meta [--page ID] [--base-url URL] [--api-version vNN.0] [--human-agent] [--name NAME]
The access token is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mine and --unassigned exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is open, done, snoozed or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[internal note, not sent] %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1 The reply stays in the outbox and is sent by the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox assign ID MEMBER|--me|--none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team member “%1”. Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox label ID [--add LABEL]… [--remove LABEL]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note added (not sent to the customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox snooze ID --until ISO-TIME | --for DURATION (30m, 2h, 1d, 1w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for takes a duration such as 30m, 2h, 1d or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes an ISO 8601 time such as 2026-11-24T09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] inbox sync [--connection ID] | list [--unread] [--channel messenger|instagram] [--mine|--unassigned] [--label L] [--status open|done|snoozed|all] [--limit N] [--json] | show ID [--json] | reply ID (text from standard input) | assign ID MEMBER|--me|--none | label ID [--add L] [--remove L] | note ID (text from standard input) | done ID… | reopen ID… | snooze ID --until ISO|--for 2h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::OrderActions</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help.</source>
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
        <source>Log debug messages to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only record the action; it is sent by the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line:qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: also e-mail the note to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox list: only items in this state (pending, running, done, failed, needs_check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line takes LINE:QUANTITY, e.g. --line 3141592:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lines to cancel with --line LINE:QUANTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url and --number are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new status, e.g. orders status ID completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders have no “%2” action. Possible: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is one of: pending, running, done, failed, needs_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 (%2). It is sent by the next “outbox retry” or action of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice, invoice-link: the invoice number; track, tracking, in-transit: the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track: the cargo company (where the platform takes one); tracking: the provider; pack, carrier: Hepsiburada&apos;s carrier short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice-link: the invoice&apos;s https address; tracking: a custom tracking link (%1$s = the number); in-transit: the tracking link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice-link: the invoice date, YYYY-MM-DD (default: today); tracking: the shipping date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel: LINE:QUANTITY, repeatable (LINE: the platform&apos;s line id); pack: a line to pack, repeatable; cancel-line: the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel: stock-out, defective, wrong-price, integration, bulk-purchase or force-majeure (Trendyol), 61–65 (N11); undelivered: why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the package&apos;s desi (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the number of parcels (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: the lines of one new package, comma separated; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split (Hepsiburada): a packed line to cancel in the split; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered: who received the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] orders show ID [--json]
       sellerdesk-cli [--profile DIR] orders ACTION ID [options] [--no-wait] [--json]
         pick ID                               move to picking (Trendyol, N11)
         invoice ID --number N                 mark as invoiced (Trendyol)
         track ID --number N [--cargo C]       set the tracking number (Trendyol)
         cancel ID --line L:Q… --reason R      cancel lines (Trendyol: reason name; N11: 61–65)
         invoice-link ID --url U [--number N --date YYYY-MM-DD]   send the invoice link (Trendyol: with
                                               number and date; Hepsiburada: the link only)
         status ID STATUS                      set the order status (WooCommerce)
         note ID [--to-customer]               add an order note, text from stdin (WooCommerce)
         tracking ID --number N --cargo PROVIDER [--url LINK] [--date YYYY-MM-DD]
                                               add a Shipment Tracking item (WooCommerce)
         split ID --group L,L --group L… [--cancelled L…]   split the package (N11, Hepsiburada)
         pack ID [--line L…] [--deci D] [--parcels N] [--cargo C]   pack open lines (Hepsiburada)
         cancel-line ID --line L               cancel a line not packed yet (Hepsiburada)
         unpack ID                             unpack the package (Hepsiburada)
         carrier ID --cargo C                  change the package&apos;s carrier (Hepsiburada)
         in-transit ID --number N [--url U]    own carrier: shipped (Hepsiburada)
         delivered ID --received-by NAME       own carrier: delivered (Hepsiburada)
         undelivered ID --reason TEXT          own carrier: not delivered (Hepsiburada)
       sellerdesk-cli [--profile DIR] outbox list [--state S] [--json] | retry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure (Trendyol), or N11&apos;s code 61–65.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number and --cargo are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new packages with --group LINE,LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deci and --parcels take numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one line with --line LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cargo is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received-by is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is N11&apos;s cancel reason code, 61 to 65.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 (%2). SellerDesk sends the reply (it reads the conversation first when its last answer was lost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::Orders</name>
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
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connect %1 --account ID [--base-url URL] [--name NAME]
The credentials are read from standard input, one per line: API key, then API secret (Hepsiburada: service key, then the integrator user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1” deletes its conversations, messages and attachments from this computer and its Page token from the keychain. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its conversations.</source>
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
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trendyol seller panel → Account → Integration information: seller ID, API key and API secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepsiburada merchant panel → Integration: merchant ID, service key and the integrator user name your key was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N11 seller panel → Account → API account: app key and app secret; the shop name is how the connection is told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress admin → WooCommerce → Settings → Advanced → REST API: add a key with Read/Write permission. The address is your shop&apos;s (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N11 splits and cancels only packages in Picking (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package is split into two parts at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part of a split needs a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not in this package, or named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the package must go into one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N11 cannot cancel every item of a package this way; at least one must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order in status %1 is not shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking link must be a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible for an order in status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not waiting to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a desi above 0 and between 1 and 100 parcels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines that are not packed yet can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split needs two packages, or one package and a line to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a packed line of this order, or named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new package needs a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invoice link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who received the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the parcel was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::ConnectionService</name>
    <message>
        <source>No connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be connected: one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s address is missing (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be a full address such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 account (%2) is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this platform cannot be synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::SyncScheduler</name>
    <message>
        <source>This platform cannot be synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1 of %n connection(s)…</source>
        <translation>
            <numerusform>Syncing %1 of %n connection…</numerusform>
            <numerusform>Syncing %1 of %n connections…</numerusform>
        </translation>
    </message>
    <message>
        <source>No connections: add one in Settings → Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) could not sync: %1</source>
        <translation>
            <numerusform>%n connection could not sync: %1</numerusform>
            <numerusform>%n connections could not sync: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) synced at %1</source>
        <translation>
            <numerusform>%n connection synced at %1</numerusform>
            <numerusform>%n connections synced at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meta connection&apos;s settings are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta</name>
    <message>
        <source>[message removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MessagingWindow</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply window open: %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window has closed; this reply goes with the human agent tag (%1 left). Only send replies written by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written yet. Meta only lets the customer start a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer&apos;s last message, so Meta does not allow a reply now. With Meta&apos;s Human Agent approval a person may still answer for up to 7 days; otherwise wait for the customer to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 7 days have passed since the customer&apos;s last message. Nothing can be sent until the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 characters; this platform accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MetaErrors</name>
    <message>
        <source>The Meta access token has expired. Reconnect the Page with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meta access token stopped working because the password was changed. Reconnect the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was removed from the Facebook account. Reconnect the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook needs the account owner to log in and confirm the account. Then reconnect the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta no longer accepts the access token (it is invalid or was revoked). Reconnect the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission this needs (pages_messaging, instagram_manage_messages, or the Page&apos;s messaging task). Create a token with these permissions and reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meta is limiting calls from this Page. SellerDesk waits about %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Meta is limiting calls from this Page. SellerDesk waits about %n minute before trying again.</numerusform>
            <numerusform>Meta is limiting calls from this Page. SellerDesk waits about %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta is limiting calls from this Page. SellerDesk slows down and tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging window has closed: Meta only allows replies within 24 hours of the customer&apos;s last message (7 days for a person&apos;s reply with the human agent tag). Wait for the customer to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person cannot be reached right now (they may have blocked the Page or deactivated their account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has temporarily blocked sending from this Page for a policy reason. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta is having problems right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta sent an answer SellerDesk could not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MetaSend</name>
    <message>
        <source>This conversation has no customer to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta does not accept this kind of attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta only takes images, videos, audio and files from an https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::demo::DemoSandbox</name>
    <message numerus="yes">
        <source>The demo sandbox did not report ready within %n second(s).</source>
        <translation>
            <numerusform>The demo sandbox did not report ready within %n second.</numerusform>
            <numerusform>The demo sandbox did not report ready within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo sandbox (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox (sellerdesk-sandbox) was not found next to SellerDesk. Build it (cmake --build build) or install it in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox answered something unexpected instead of its ready line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Demo</source>
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
    <name>sd::inbox</name>
    <message>
        <source>This conversation does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::inbox::ConnectionHealth</name>
    <message>
        <source>Token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meta access token has expired. Reconnect the Page with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meta access token expires soon. Create a new token and reconnect the Page before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::inbox::ConversationWorkflow</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::inbox::MetaConnections</name>
    <message>
        <source>Choose a Facebook Page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Facebook Page (%1) is already connected. Use Reconnect to give it a new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::inbox::MetaSendRunner</name>
    <message>
        <source>This message was not sent through the outbox; write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from Meta after %n attempt(s): the reply may have arrived. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</source>
        <translation>
            <numerusform>No answer from Meta after %n attempt: the reply may have arrived. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</numerusform>
            <numerusform>No answer from Meta after %n attempts: the reply may have arrived. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped while sending and Meta does not list the reply in the conversation. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::inbox::ReplySender</name>
    <message>
        <source>The conversation&apos;s Meta connection is gone.</source>
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
    <name>sd::outbox</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is %1; it cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed actions or actions that need a check can be retried (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names several orders (e.g. the packages of one order); use the order&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action does not belong to the connection&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trendyol takes the tracking number only; the cargo company is the one of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an action SellerDesk can do on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer was lost. Check on the platform whether it was applied; retry only if it was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the platform applied this could not be established. Check the order on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from the platform after %n attempt(s). Check the order on the platform, then retry or leave it.</source>
        <translation>
            <numerusform>No answer from the platform after %n attempt. Check the order on the platform, then retry or leave it.</numerusform>
            <numerusform>No answer from the platform after %n attempts. Check the order on the platform, then retry or leave it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order has no package to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders have no “%2” action.</source>
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
    <name>sd::ui::ActionInputDialog</name>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GIB2026000000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trendyol takes the number only: the cargo company stays the package&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (%1$s = the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note (only the shop sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the customer (WooCommerce e-mails it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: the product cannot be supplied (the reason Hepsiburada documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each line the number of its new package, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each line the number of its new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SKU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link must be a complete https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cargo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking link must be a complete web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who received the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the parcel was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lines to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no line to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lines to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order refuses this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) will be changed on their platform.</source>
        <translation>
            <numerusform>%n order will be changed on its platform.</numerusform>
            <numerusform>%n orders will be changed on their platform.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::AddConnectionDialog</name>
    <message>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: another API address (test environment, sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
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
    <message>
        <source>Connecting the demo shops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — sample shops from the local sandbox; new orders arrive every few seconds. Nothing here is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working keychain here: demo data is not kept after you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the encrypted cache…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::BulkActionDialog</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n order(s) finished.</source>
        <translation>
            <numerusform>%1: %2 of %n order finished.</numerusform>
            <numerusform>%1: %2 of %n orders finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n order(s).</source>
        <translation>
            <numerusform>%1: done for %n order.</numerusform>
            <numerusform>%1: done for all %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n order(s) failed; see the reasons below.</source>
        <translation>
            <numerusform>%1: %2 of %n order failed; see the reason below.</numerusform>
            <numerusform>%1: %2 of %n orders failed; see the reasons below.</numerusform>
        </translation>
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
    <name>sd::ui::ComposerTools</name>
    <message>
        <source>/shortcut in a reply	insert a saved reply (Up/Down, Enter or Tab, Esc)
Ctrl+Shift+S	manage saved replies
Ctrl+.	insert an emoji (arrows, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage saved replies; type /shortcut in a reply to insert one (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an emoji (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ConnectionHealthBar</name>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ConnectionsPanel</name>
    <message>
        <source>Connections can be managed once this workspace&apos;s cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Add Trendyol, Hepsiburada, N11 or your WooCommerce shop to see their orders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”?

This deletes from this computer its %n order(s) with their lines and shipments, and its credentials from the system keychain. Customers stay, they may have bought elsewhere too. Nothing changes on the platform itself.</source>
        <translation>
            <numerusform>Remove “%1”?

This deletes from this computer its %n order with its lines and shipments, and its credentials from the system keychain. Customers stay, they may have bought elsewhere too. Nothing changes on the platform itself.</numerusform>
            <numerusform>Remove “%1”?

This deletes from this computer its %n orders with their lines and shipments, and its credentials from the system keychain. Customers stay, they may have bought elsewhere too. Nothing changes on the platform itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Page + Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces and shops whose orders this workspace fetches, and the Facebook Page whose Messenger and Instagram messages it answers. Credentials are verified with the platform before they are saved, and kept only in your system keychain, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Page + &amp;Instagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”?

This deletes from this computer the Page&apos;s conversations and messages of Messenger and Instagram, and its token from the system keychain. Nothing changes on Facebook or Instagram, and you can connect the Page again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerPanel</name>
    <message>
        <source>same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written in a message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders found for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::EmojiPicker</name>
    <message>
        <source>Emojis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows choose, Enter inserts, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImageViewerDialog</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::InboxNotifier</name>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Instagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Messenger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::InboxView</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
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
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal reply · %1 left in the 24-hour window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with the human agent tag · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show earlier messages (%n)</source>
        <translation>
            <numerusform>Show earlier message (%n)</numerusform>
            <numerusform>Show earlier messages (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F or /	search all messages
Ctrl+F	find in this conversation
Enter / Shift+Enter	next / previous hit
Ctrl+I	show or hide the customer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the customer and their orders (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Direct and Messenger conversations arrive here, in one list you can answer from the keyboard. Connect a Facebook Page in Settings → Connections (or with `sellerdesk-cli connect meta`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends, Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts

Ctrl+Down or J	next conversation
Ctrl+Up or K	previous conversation
R or Enter	write a reply
Enter or Ctrl+Enter	send the reply (Settings: Enter may start a new line instead)
Shift+Enter	new line in the reply
Esc	back to the list
F1 or ?	show or hide this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches these filters. Done and snoozed conversations are under &quot;Done&quot; and &quot;Snoozed&quot; above.</source>
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
        <source>AI Studio</source>
        <comment>short label in the navigation rail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New orders</source>
        <translation>
            <numerusform>New order</numerusform>
            <numerusform>New orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) have arrived.</source>
        <translation>
            <numerusform>%n new order has arrived.</numerusform>
            <numerusform>%n new orders have arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>SellerDesk — %1 [DEMO: sample data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SellerDesk: %n unread message(s)</source>
        <translation>
            <numerusform>SellerDesk: %n unread message</numerusform>
            <numerusform>SellerDesk: %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MediaResolver</name>
    <message>
        <source>The image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MessageSearchModel</name>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MessageSearchPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n messages</source>
        <translation>
            <numerusform>First %n message</numerusform>
            <numerusform>First %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MetaTokenDialog</name>
    <message>
        <source>Connect a Facebook Page + Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;SellerDesk reads and answers your Messenger and Instagram Direct messages through your Facebook Page. Paste an access token that reaches the Page:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Page token&lt;/b&gt;: in Meta&apos;s Graph API Explorer (developers.facebook.com/tools/explorer), choose your app, “Get Page Access Token”, and your Page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;System-user token&lt;/b&gt; (recommended for a business, it does not expire): in Business Settings → Users → System users, add the Page as an asset with the messaging task, then “Generate new token”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The token needs these permissions: &lt;tt&gt;pages_messaging&lt;/tt&gt;, &lt;tt&gt;pages_manage_metadata&lt;/tt&gt;, &lt;tt&gt;pages_read_engagement&lt;/tt&gt;, &lt;tt&gt;pages_show_list&lt;/tt&gt;, and for Instagram &lt;tt&gt;instagram_basic&lt;/tt&gt; and &lt;tt&gt;instagram_manage_messages&lt;/tt&gt; (the Instagram professional account must be linked to the Page).&lt;/p&gt;&lt;p&gt;The token is kept only in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meta app has the Human Agent permission (replies up to 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages this token reaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the Facebook Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API host must be an https address (http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works but reaches no Facebook Page. Give the system user the Page as an asset (with the messaging task) and create the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Messenger only: no Instagram account linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + Instagram @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not send messages for this Page (the messaging task is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the Page of the connection being reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reaches no Page it may send messages for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not reach the Page of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works. Choose the Page and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::NavigationRail</name>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, %n new</numerusform>
            <numerusform>%1, %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::NotificationSettings</name>
    <message>
        <source>Notify me when a customer writes (sender and a preview of the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the reply (off: Enter starts a new line and Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrderDetailPane</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Needs a check”: the platform received the request but its answer was lost, so SellerDesk cannot tell whether it was applied. Check the order in the platform&apos;s seller panel first; Retry reads the platform&apos;s state again before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its lines, customer, addresses and cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gives no product image for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 discount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order on the platform first: Retry reads its state before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this action again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrderDetails</name>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change on the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change on the platform: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before discounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address: same as shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the %1 seller panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by an action from SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · seen on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes are recorded from the first sync that sees one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersExport</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 orders · %3 products · %4 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersView</name>
    <message>
        <source>Remove saved filter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action applies to the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s))</source>
        <translation>
            <numerusform>%1 (%n order)</numerusform>
            <numerusform>%1 (%n orders)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, customer, city, SKU, barcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this filter in the side list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an action on the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every order of this filter to CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV for Turkish Excel (1.234,56; separated by ;)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print picking list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the products to pick for the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picking list as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its lines, customer, addresses and cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 of %n order</numerusform>
            <numerusform>%1 of %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a marketplace in Settings: orders from Trendyol, Hepsiburada, N11 and your WooCommerce shop then arrive here in one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another word, a wider date range or another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n order(s)?</source>
        <translation>
            <numerusform>%1 for %n order?</numerusform>
            <numerusform>%1 for %n orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) will be changed on their platform.</source>
        <translation>
            <numerusform>%n order will be changed on its platform.</numerusform>
            <numerusform>%n orders will be changed on their platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported.</source>
        <translation>
            <numerusform>%n order exported.</numerusform>
            <numerusform>%n orders exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print picking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only orders with a failed action or one that needs a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OutboxActionService</name>
    <message>
        <source>Move to picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order in the shop? The customer may be notified by WooCommerce and the order cannot be un-cancelled from SellerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but the platform&apos;s answer was lost: check the order on the platform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invoice link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add order note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shipment tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as shipped (own carrier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the chosen lines on the platform? The customer is told that they will not be delivered; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the package as invoiced on Trendyol? Its status cannot be moved back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invoice link to Trendyol? Trendyol keeps the first link of a package; it cannot be replaced from SellerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the package on N11? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack the package on Hepsiburada? Its lines become open again and the package number is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the package on Hepsiburada? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the package as handed to your carrier? Hepsiburada tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the package as delivered? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report that the package could not be delivered? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (platform: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type /shortcut in a reply to insert the text. {name} becomes the customer&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved reply /%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
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
</context>
<context>
    <name>sd::ui::ThreadFindBar</name>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ThreadModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment this app cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was removed by its sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkflowBar</name>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a team member (A: to me, Shift+A: choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove labels (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note: only your team sees it, never the customer (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until later; it comes back unread (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes — only your team sees these; they are never sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A	assign to me
Shift+A	assign to a team member
L	labels
N	internal note (never sent)
E	mark done or reopen
S	snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation again (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the conversation done (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: never sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;next week (Monday 09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your team sees this note. It is never sent to the customer. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label name (for example: İade, Kargo, VIP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkflowFilters</name>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
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
