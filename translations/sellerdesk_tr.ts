<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>main</name>
    <message>
        <source>SellerDesk: messages, orders and customers of your shop in one window.</source>
        <translation>SellerDesk: mağazanızın mesajları, siparişleri ve müşterileri tek pencerede.</translation>
    </message>
    <message>
        <source>Open the workspace profile in &lt;folder&gt; (created when empty). Overrides SELLERDESK_PROFILE.</source>
        <translation>&lt;klasör&gt; içindeki çalışma alanı profilini açar (boşsa oluşturur). SELLERDESK_PROFILE değerini geçersiz kılar.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Hata ayıklama iletilerini günlüğe yaz.</translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
    </message>
    <message>
        <source>Open the demo workspace: sample Trendyol, Hepsiburada, N11 and WooCommerce shops served by sellerdesk-sandbox on this computer.</source>
        <translation>Demo çalışma alanını açar: bu bilgisayarda sellerdesk-sandbox tarafından sunulan örnek Trendyol, Hepsiburada, N11 ve WooCommerce mağazaları.</translation>
    </message>
    <message>
        <source>SellerDesk demo</source>
        <translation>SellerDesk demosu</translation>
    </message>
</context>
<context>
    <name>sd::ProfileLock</name>
    <message>
        <source>This workspace is already open in another SellerDesk program (%1, process %2 on %3). Close it there first.</source>
        <translation>Bu çalışma alanı başka bir SellerDesk programında zaten açık (%1, %3 üzerinde %2 numaralı süreç). Önce orada kapatın.</translation>
    </message>
    <message>
        <source>Could not create the workspace lock file %1 (permission denied?).</source>
        <translation>Çalışma alanı kilit dosyası %1 oluşturulamadı (izin reddedildi mi?).</translation>
    </message>
</context>
<context>
    <name>sd::ProfileManager</name>
    <message>
        <source>A workspace name must be 1 to 80 characters long without control characters.</source>
        <translation>Çalışma alanı adı, denetim karakteri içermeden 1 ile 80 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation>“%1” adında bir çalışma alanı zaten var.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace folder.</source>
        <translation>%1 bir SellerDesk çalışma alanı klasörü değil.</translation>
    </message>
    <message>
        <source>Could not delete all files in %1.</source>
        <translation>%1 içindeki dosyaların tümü silinemedi.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 zaten bir çalışma alanı içeriyor.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no workspace; choose an empty folder.</source>
        <translation>%1 boş değil ve bir çalışma alanı içermiyor; boş bir klasör seçin.</translation>
    </message>
    <message>
        <source>No workspace in %1.</source>
        <translation>%1 içinde çalışma alanı yok.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>The workspace file in %1 is damaged.</source>
        <translation>%1 içindeki çalışma alanı dosyası bozuk.</translation>
    </message>
    <message>
        <source>Could not write the workspace file in %1: %2</source>
        <translation>%1 içindeki çalışma alanı dosyası yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>sd::SecretStore</name>
    <message>
        <source>No secret is stored in the system keychain under “%1”. Connect the account again to store a new one.</source>
        <translation>Sistem anahtar zincirinde “%1” adıyla saklanan bir gizli bilgi yok. Yenisini saklamak için hesabı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>SellerDesk was not allowed to use the system keychain. Allow access when the keychain asks for it (or in the keychain&apos;s settings), then try again.</source>
        <translation>SellerDesk&apos;in sistem anahtar zincirini kullanmasına izin verilmedi. Anahtar zinciri sorduğunda (ya da anahtar zincirinin ayarlarından) erişime izin verin ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>No keychain service is running. SellerDesk keeps tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager); start one, or use a passphrase.</source>
        <translation>Çalışan bir anahtar zinciri hizmeti yok. SellerDesk token&apos;ları yalnızca sistem anahtar zincirinde tutar (GNOME Keyring, KWallet, macOS Anahtar Zinciri, Windows Kimlik Bilgisi Yöneticisi); birini başlatın ya da bir parola kullanın.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by signing in to your desktop again), then try again.</source>
        <translation>Sistem anahtar zinciri kilitli. Kilidini açın (örneğin masaüstünüze yeniden oturum açarak) ve yeniden deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it; unlock the keychain, then try again.</source>
        <translation>
            <numerusform>Sistem anahtar zinciri %n saniye içinde yanıt vermedi. Kilidinin açılmasını bekliyor olabilir; anahtar zincirinin kilidini açın ve yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error. Make sure it is running and unlocked, then try again.</source>
        <translation>Sistem anahtar zinciri bir hata bildirdi. Çalıştığından ve kilidinin açık olduğundan emin olun, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Anahtar zinciri: %1)</translation>
    </message>
</context>
<context>
    <name>sd::Settings</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Ayarlar dosyası %1 yazılamadı.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Ayarlar dosyası %1 bozuk.</translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <source>SellerDesk command line: scripting, exports and headless sync.</source>
        <translation>SellerDesk komut satırı: betikler, dışa aktarımlar ve arayüzsüz eşitleme.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı gösterir.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Sürümü gösterir.</translation>
    </message>
    <message>
        <source>Use the workspace profile in &lt;folder&gt; (default: SELLERDESK_PROFILE).</source>
        <translation>&lt;klasör&gt; içindeki çalışma alanı profilini kullanır (varsayılan: SELLERDESK_PROFILE).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Makinece okunabilir JSON yazdırır.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Onay sormaz.</translation>
    </message>
    <message>
        <source>Log debug messages to standard error.</source>
        <translation>Hata ayıklama iletilerini standart hataya yazar.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Çalıştırılacak komut (aşağıya bakın).</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments…]</source>
        <translation>&lt;komut&gt; [argümanlar…]</translation>
    </message>
    <message>
        <source>Run “sellerdesk-cli --help” for the list of commands.</source>
        <translation>Komut listesi için “sellerdesk-cli --help” çalıştırın.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komut verilmedi.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Bilinmeyen komut “%1”.</translation>
    </message>
    <message>
        <source>No workspace chosen: pass --profile DIR or set SELLERDESK_PROFILE.</source>
        <translation>Çalışma alanı seçilmedi: --profile KLASÖR verin ya da SELLERDESK_PROFILE ayarlayın.</translation>
    </message>
    <message>
        <source>With “profile create”: protect the cache with a passphrase (read from standard input) instead of the system keychain.</source>
        <translation>“profile create” ile: önbelleği sistem anahtar zinciri yerine (standart girdiden okunan) bir parolayla korur.</translation>
    </message>
    <message>
        <source>connect: the platform account (Trendyol seller id, N11 shop).</source>
        <translation>connect: platform hesabı (Trendyol satıcı kimliği, N11 mağazası).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>kimlik</translation>
    </message>
    <message>
        <source>connect: the API&apos;s base address (a stage host or the sandbox).</source>
        <translation>connect: API&apos;nin temel adresi (bir test sunucusu ya da sandbox).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>connect: a name for the connection.</source>
        <translation>connect: bağlantı için bir ad.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>sync: only this connection.</source>
        <translation>sync: yalnızca bu bağlantı.</translation>
    </message>
    <message>
        <source>orders list: only orders in this status.</source>
        <translation>orders list: yalnızca bu durumdaki siparişler.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>orders list: at most this many (default 100).</source>
        <translation>orders list: en çok bu kadar (varsayılan 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>connect meta: the Facebook Page to connect.</source>
        <translation>connect meta: bağlanacak Facebook Sayfası.</translation>
    </message>
    <message>
        <source>inbox list: messenger or instagram.</source>
        <translation>inbox list: messenger ya da instagram.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>connect meta: the Graph API version, e.g. v25.0.</source>
        <translation>connect meta: Graph API sürümü, ör. v25.0.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>sürüm</translation>
    </message>
    <message>
        <source>inbox list: only unread conversations.</source>
        <translation>inbox list: yalnızca okunmamış konuşmalar.</translation>
    </message>
    <message>
        <source>connect meta: the Meta app has Human Agent approval (replies up to 7 days).</source>
        <translation>connect meta: Meta uygulamasının Human Agent onayı var (7 güne kadar yanıt).</translation>
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
        <translation>Komutlar:
  profile create AD          Çalışma alanı profili oluşturur (--profile KLASÖR ile: o klasörde;
                             --passphrase: önbelleğini stdin&apos;den okunan bir parolayla korur)
  profile list               Bu bilgisayardaki çalışma alanı profillerini listeler
  profile delete AD|KİMLİK   Çalışma alanı profilini ve yerel verilerini siler (sorar ya da --yes)
  secret set AD              Çalışma alanının bir gizli bilgisini sistem anahtar zincirine kaydeder (değer stdin&apos;den)
  secret check AD            Gizli bilginin kayıtlı olup olmadığını söyler (kayıtlıysa çıkış 0, değilse 1)
  secret delete AD           Gizli bilgiyi sistem anahtar zincirinden siler
  store info                 Şifreli önbelleğin boyutlarını, satır sayılarını, şema sürümünü ve anahtar kipini gösterir
  store check                Önbelleğin bütünlüğünü denetler (sağlamsa çıkış 0)
  store reset                Bozuk önbelleği kenara taşır ve boş bir önbellekle başlar (--yes)
  store set-passphrase       Önbellek anahtarını anahtar zinciri yerine bir parolayla korur
                             ya da parolayı değiştirir (stdin&apos;den, her satırda bir tane)
  store use-keychain         Önbellek anahtarını yeniden sistem anahtar zincirine taşır
  search SÖZCÜKLER…          Mesajlarda, müşterilerde, siparişlerde ve ürünlerde arar (Türkçeye duyarlı)
  connect PLATFORM           trendyol, n11 ya da woocommerce bağlar (--account, --base-url, --name);
                             anahtar ve gizli anahtar stdin&apos;den, her satırda bir tane; sistem anahtar zincirinde tutulur
  connections list           Çalışma alanının bağlantılarını listeler
  connections remove KİMLİK  Bir bağlantıyı, siparişlerini ve anahtar zinciri kayıtlarını siler (--yes)
  sync                       Her bağlantının yeni ve değişen siparişlerini çeker (--connection KİMLİK)
  orders list                Siparişleri en yeniden başlayarak listeler (--status, --limit)
  orders show KİMLİK         Tek bir sipariş: satırlar, müşteri, adresler, gönderi, işlemleri (--json)
  orders İŞLEM KİMLİK …      pick, invoice, track, cancel, invoice-link, status, note, tracking,
                             split, pack, cancel-line, unpack, carrier, in-transit, delivered,
                             undelivered: giden kutusuna kaydedilir, gönderilir ve sonucu yazdırılır
                             (--no-wait: yalnızca kaydedilir);
                             bkz. “sellerdesk-cli orders pick --help”
  outbox list                Kaydedilen platform işlemleri (--state, --json)
  outbox retry KİMLİK        Başarısız olan (ya da kontrol gerektiren) bir işlemi yeniden gönderir
  connect meta               Bir Facebook Sayfasını ve Instagram hesabını bağlar (token stdin&apos;den;
                             --page KİMLİK, --base-url, --api-version, --human-agent, --name)
  inbox sync                 Yeni Messenger ve Instagram mesajlarını çeker (--connection KİMLİK)
  inbox list                 Konuşmaları en yeniden başlayarak listeler (--unread, --channel, --limit,
                             --mine, --unassigned, --label L, --status open|done|snoozed|all)
  inbox show KİMLİK          Bir konuşmayı, mesajlarını ve yanıt penceresini gösterir
  inbox reply KİMLİK         Bir konuşmayı yanıtlar (metin stdin&apos;den), Meta&apos;nın kuralları çerçevesinde
  inbox assign KİMLİK ÜYE    Bir ekip üyesine atar (ya da --me, --none)
  inbox label KİMLİK         Etiket ekler ya da kaldırır (--add L, --remove L, tekrarlanabilir)
  inbox note KİMLİK          Müşteriye asla gönderilmeyen bir iç not ekler (metin stdin&apos;den)
  inbox done KİMLİK…         Tamamlandı olarak işaretler; inbox reopen KİMLİK… yeniden açar
  inbox snooze KİMLİK        Belirli bir zamana kadar gizler (--until ISO ya da --for 2h); okunmamış olarak geri gelir

Gizli bilgiler (token&apos;lar, API anahtarları, parolalar) asla argüman olarak kabul edilmez: bunlara
ihtiyaç duyan komutlar onları standart girdiden okur ya da sorar.
</translation>
    </message>
    <message>
        <source>inbox list: only conversations assigned to me.</source>
        <translation>inbox list: yalnızca bana atanmış konuşmalar.</translation>
    </message>
    <message>
        <source>inbox list: only unassigned conversations.</source>
        <translation>inbox list: yalnızca atanmamış konuşmalar.</translation>
    </message>
    <message>
        <source>inbox list: only conversations with this label.</source>
        <translation>inbox list: yalnızca bu etikete sahip konuşmalar.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <source>inbox assign: to me.</source>
        <translation>inbox assign: bana atar.</translation>
    </message>
    <message>
        <source>inbox assign: to nobody.</source>
        <translation>inbox assign: atamayı kaldırır.</translation>
    </message>
    <message>
        <source>inbox label: add this label (repeatable).</source>
        <translation>inbox label: bu etiketi ekler (tekrarlanabilir).</translation>
    </message>
    <message>
        <source>inbox label: remove this label (repeatable).</source>
        <translation>inbox label: bu etiketi kaldırır (tekrarlanabilir).</translation>
    </message>
    <message>
        <source>inbox snooze: until this ISO 8601 time.</source>
        <translation>inbox snooze: bu ISO 8601 zamanına kadar erteler.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zaman</translation>
    </message>
    <message>
        <source>inbox snooze: for this long (30m, 2h, 1d, 1w).</source>
        <translation>inbox snooze: bu süre boyunca erteler (30m, 2h, 1d, 1w).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>süre</translation>
    </message>
</context>
<context>
    <name>sd::cli::Inbox</name>
    <message>
        <source>--base-url must be a full address such as https://graph.facebook.com.</source>
        <translation>--base-url https://graph.facebook.com gibi tam bir adres olmalıdır.</translation>
    </message>
    <message>
        <source>Paste a Page access token or a Business Manager system-user token (permissions: pages_messaging, pages_manage_metadata, pages_read_engagement, pages_show_list, instagram_basic, instagram_manage_messages). Create it in Meta Business Suite → Business settings → System users → Generate new token.</source>
        <translation>Bir Sayfa erişim token&apos;ı ya da Business Manager sistem kullanıcısı token&apos;ı yapıştırın (izinler: pages_messaging, pages_manage_metadata, pages_read_engagement, pages_show_list, instagram_basic, instagram_manage_messages). Token&apos;ı Meta Business Suite → İşletme ayarları → Sistem kullanıcıları → Yeni token oluştur adımlarıyla oluşturun.</translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Erişim token&apos;ı: </translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Standart girdide erişim token&apos;ı yok.</translation>
    </message>
    <message>
        <source>The token works but reaches no Facebook Page. Give the system user the Page as an asset (with the messaging task) and create the token again.</source>
        <translation>Token çalışıyor ancak hiçbir Facebook Sayfasına erişemiyor. Sayfayı sistem kullanıcısına varlık olarak atayın (mesajlaşma göreviyle birlikte) ve token&apos;ı yeniden oluşturun.</translation>
    </message>
    <message>
        <source>The token reaches several Pages; choose one with --page ID:</source>
        <translation>Token birden çok Sayfaya erişiyor; --page KİMLİK ile birini seçin:</translation>
    </message>
    <message>
        <source>The token does not reach Page %1. It reaches:</source>
        <translation>Token, %1 Sayfasına erişemiyor. Erişebildiği Sayfalar:</translation>
    </message>
    <message>
        <source>The token may not send messages for %1 (the MESSAGING task is missing).</source>
        <translation>Token, %1 adına mesaj gönderemiyor (MESSAGING görevi eksik).</translation>
    </message>
    <message>
        <source>This Facebook Page (%1) is already connected.</source>
        <translation>Bu Facebook Sayfası (%1) zaten bağlı.</translation>
    </message>
    <message>
        <source>Connected %1 (%2)%3. The token is in the system keychain. Fetch messages with: sellerdesk-cli inbox sync</source>
        <translation>%1 (%2)%3 bağlandı. Token sistem anahtar zincirinde. Mesajları şununla çekin: sellerdesk-cli inbox sync</translation>
    </message>
    <message>
        <source> with Instagram @%1</source>
        <translation> ve Instagram @%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: page %2…</source>
        <translation>%1: sayfa %2…</translation>
    </message>
    <message>
        <source>%1: %2 conversations with news, %3 messages fetched (%4 new or changed rows).</source>
        <translation>%1: yenilik içeren %2 konuşma, %3 mesaj çekildi (%4 yeni ya da değişen satır).</translation>
    </message>
    <message>
        <source>%1: sync stopped: %2</source>
        <translation>%1: eşitleme durdu: %2</translation>
    </message>
    <message>
        <source>No Meta connection with id %1.</source>
        <translation>%1 kimlikli Meta bağlantısı yok.</translation>
    </message>
    <message>
        <source>No Meta connections yet. Add one with: sellerdesk-cli connect meta</source>
        <translation>Henüz Meta bağlantısı yok. Şununla ekleyin: sellerdesk-cli connect meta</translation>
    </message>
    <message>
        <source>--channel is messenger or instagram.</source>
        <translation>--channel messenger ya da instagram olmalıdır.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Konuşma okunamadı.</translation>
    </message>
    <message>
        <source>No conversation with id %1.</source>
        <translation>%1 kimlikli konuşma yok.</translation>
    </message>
    <message>
        <source>[message removed]</source>
        <translation>[mesaj kaldırıldı]</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>başarısız: %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s Meta connection is gone.</source>
        <translation>Konuşmanın Meta bağlantısı artık yok.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connect meta [--page ID] [--base-url URL] [--api-version vNN.0] [--human-agent] [--name NAME]
The access token is read from standard input.</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] connect meta [--page KİMLİK] [--base-url ADRES] [--api-version vNN.0] [--human-agent] [--name AD]
Erişim token&apos;ı standart girdiden okunur.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>%1 tarihine kadar ertelendi</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>--mine and --unassigned exclude each other.</source>
        <translation>--mine ve --unassigned birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>--status is open, done, snoozed or all.</source>
        <translation>--status şunlardan biri olmalı: open, done, snoozed, all.</translation>
    </message>
    <message>
        <source>[internal note, not sent] %1, %2: %3</source>
        <translation>[iç not, gönderilmedi] %1, %2: %3</translation>
    </message>
    <message>
        <source>Queued: %1 The reply stays in the outbox and is sent by the app.</source>
        <translation>Sıraya alındı: %1 Yanıt giden kutusunda kalır ve uygulama tarafından gönderilir.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Değiştirilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Atanan kişi: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>kimse</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Etiketler: %1</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox assign ID MEMBER|--me|--none</source>
        <translation>kullanım: sellerdesk-cli inbox assign KİMLİK ÜYE|--me|--none</translation>
    </message>
    <message>
        <source>No team member “%1”. Members:</source>
        <translation>“%1” adında bir ekip üyesi yok. Üyeler:</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ben</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Atama kaldırıldı.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Atandı.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox label ID [--add LABEL]… [--remove LABEL]…</source>
        <translation>kullanım: sellerdesk-cli inbox label KİMLİK [--add ETİKET]… [--remove ETİKET]…</translation>
    </message>
    <message>
        <source>Labels updated.</source>
        <translation>Etiketler güncellendi.</translation>
    </message>
    <message>
        <source>No note on standard input.</source>
        <translation>Standart girdide not yok.</translation>
    </message>
    <message>
        <source>Internal note added (not sent to the customer).</source>
        <translation>İç not eklendi (müşteriye gönderilmedi).</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Tamamlandı olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Yeniden açıldı.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli inbox snooze ID --until ISO-TIME | --for DURATION (30m, 2h, 1d, 1w)</source>
        <translation>kullanım: sellerdesk-cli inbox snooze KİMLİK --until ISO-ZAMAN | --for SÜRE (30m, 2h, 1d, 1w)</translation>
    </message>
    <message>
        <source>--for takes a duration such as 30m, 2h, 1d or 1w.</source>
        <translation>--for bir süre alır, ör. 30m, 2h, 1d ya da 1w.</translation>
    </message>
    <message>
        <source>--until takes an ISO 8601 time such as 2026-11-24T09:00.</source>
        <translation>--until bir ISO 8601 zamanı alır, ör. 2026-11-24T09:00.</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>Ertelendi.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] inbox sync [--connection ID] | list [--unread] [--channel messenger|instagram] [--mine|--unassigned] [--label L] [--status open|done|snoozed|all] [--limit N] [--json] | show ID [--json] | reply ID (text from standard input) | assign ID MEMBER|--me|--none | label ID [--add L] [--remove L] | note ID (text from standard input) | done ID… | reopen ID… | snooze ID --until ISO|--for 2h</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] inbox sync [--connection KİMLİK] | list [--unread] [--channel messenger|instagram] [--mine|--unassigned] [--label L] [--status open|done|snoozed|all] [--limit N] [--json] | show KİMLİK [--json] | reply KİMLİK (metin standart girdiden) | assign KİMLİK ÜYE|--me|--none | label KİMLİK [--add L] [--remove L] | note KİMLİK (metin standart girdiden) | done KİMLİK… | reopen KİMLİK… | snooze KİMLİK --until ISO|--for 2h</translation>
    </message>
</context>
<context>
    <name>sd::cli::OrderActions</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n deneme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı gösterir.</translation>
    </message>
    <message>
        <source>Use the workspace profile in &lt;folder&gt; (default: SELLERDESK_PROFILE).</source>
        <translation>&lt;klasör&gt; içindeki çalışma alanı profilini kullanır (varsayılan: SELLERDESK_PROFILE).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Makinece okunabilir JSON yazdırır.</translation>
    </message>
    <message>
        <source>Log debug messages to standard error.</source>
        <translation>Hata ayıklama iletilerini standart hataya yazar.</translation>
    </message>
    <message>
        <source>Only record the action; it is sent by the next run.</source>
        <translation>İşlemi yalnızca kaydeder; işlem sonraki çalıştırmada gönderilir.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numara</translation>
    </message>
    <message>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>line:qty</source>
        <translation>satır:adet</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>neden</translation>
    </message>
    <message>
        <source>note: also e-mail the note to the customer.</source>
        <translation>note: notu müşteriye e-postayla da gönderir.</translation>
    </message>
    <message>
        <source>outbox list: only items in this state (pending, running, done, failed, needs_check).</source>
        <translation>outbox list: yalnızca bu durumdaki öğeler (pending, running, done, failed, needs_check).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3)</source>
        <translation>Sipariş %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Durum: %1 (%2)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Toplam: %1</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>Müşteri: %1 %2</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Teslimat adresi</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Fatura adresi</translation>
    </message>
    <message>
        <source>Shipment: %1 %2 %3</source>
        <translation>Gönderi: %1 %2 %3</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Fatura: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Satırlar:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>İşlemler:</translation>
    </message>
    <message>
        <source>--number is required.</source>
        <translation>--number gerekli.</translation>
    </message>
    <message>
        <source>--line takes LINE:QUANTITY, e.g. --line 3141592:1.</source>
        <translation>--line SATIR:ADET biçiminde olmalıdır, ör. --line 3141592:1.</translation>
    </message>
    <message>
        <source>Name the lines to cancel with --line LINE:QUANTITY.</source>
        <translation>İptal edilecek satırları --line SATIR:ADET ile belirtin.</translation>
    </message>
    <message>
        <source>--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure.</source>
        <translation>--reason şunlardan biri olmalı: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure.</translation>
    </message>
    <message>
        <source>--url and --number are required.</source>
        <translation>--url ve --number gerekli.</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD.</source>
        <translation>--date YYYY-MM-DD biçiminde olmalıdır.</translation>
    </message>
    <message>
        <source>Give the new status, e.g. orders status ID completed.</source>
        <translation>Yeni durumu belirtin, ör. orders status KİMLİK completed.</translation>
    </message>
    <message>
        <source>Write the note on standard input.</source>
        <translation>Notu standart girdiye yazın.</translation>
    </message>
    <message>
        <source>%1 orders have no “%2” action. Possible: %3</source>
        <translation>%1 siparişlerinde “%2” işlemi yok. Kullanılabilenler: %3</translation>
    </message>
    <message>
        <source>--state is one of: pending, running, done, failed, needs_check.</source>
        <translation>--state şunlardan biri olmalı: pending, running, done, failed, needs_check.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Giden kutusu boş.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <translation>Tamamlandı: %1 (%2).</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2). It is sent by the next “outbox retry” or action of this workspace.</source>
        <translation>Kaydedildi: %1 (%2). Bu çalışma alanındaki sonraki “outbox retry” komutuyla ya da sonraki işlemle gönderilir.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Unknown order action “%1”.</source>
        <translation>Bilinmeyen sipariş işlemi “%1”.</translation>
    </message>
    <message>
        <source>invoice, invoice-link: the invoice number; track, tracking, in-transit: the tracking number.</source>
        <translation>invoice, invoice-link: fatura numarası; track, tracking, in-transit: kargo takip numarası.</translation>
    </message>
    <message>
        <source>track: the cargo company (where the platform takes one); tracking: the provider; pack, carrier: Hepsiburada&apos;s carrier short name.</source>
        <translation>track: kargo firması (platform kabul ediyorsa); tracking: kargo sağlayıcısı; pack, carrier: kargo firmasının Hepsiburada&apos;daki kısa adı.</translation>
    </message>
    <message>
        <source>invoice-link: the invoice&apos;s https address; tracking: a custom tracking link (%1$s = the number); in-transit: the tracking link.</source>
        <translation>invoice-link: faturanın https adresi; tracking: özel bir takip bağlantısı (%1$s = takip numarası); in-transit: takip bağlantısı.</translation>
    </message>
    <message>
        <source>invoice-link: the invoice date, YYYY-MM-DD (default: today); tracking: the shipping date.</source>
        <translation>invoice-link: fatura tarihi, YYYY-MM-DD (varsayılan: bugün); tracking: kargoya verilme tarihi.</translation>
    </message>
    <message>
        <source>cancel: LINE:QUANTITY, repeatable (LINE: the platform&apos;s line id); pack: a line to pack, repeatable; cancel-line: the line.</source>
        <translation>cancel: SATIR:ADET, birden çok kez verilebilir (SATIR: platformdaki satır kimliği); pack: paketlenecek bir satır, birden çok kez verilebilir; cancel-line: iptal edilecek satır.</translation>
    </message>
    <message>
        <source>cancel: stock-out, defective, wrong-price, integration, bulk-purchase or force-majeure (Trendyol), 61–65 (N11); undelivered: why.</source>
        <translation>cancel: stock-out (stokta yok), defective (kusurlu), wrong-price (hatalı fiyat), integration (entegrasyon), bulk-purchase (toplu alım) ya da force-majeure (mücbir sebep) (Trendyol), 61–65 (N11); undelivered: teslim edilememe nedeni.</translation>
    </message>
    <message>
        <source>pack: the package&apos;s desi (default 1).</source>
        <translation>pack: paketin desisi (varsayılan 1).</translation>
    </message>
    <message>
        <source>desi</source>
        <translation>desi</translation>
    </message>
    <message>
        <source>pack: the number of parcels (default 1).</source>
        <translation>pack: koli sayısı (varsayılan 1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>split: the lines of one new package, comma separated; repeatable.</source>
        <translation>split: yeni bir paketin satırları, virgülle ayrılmış; birden çok kez verilebilir.</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>satırlar</translation>
    </message>
    <message>
        <source>split (Hepsiburada): a packed line to cancel in the split; repeatable.</source>
        <translation>split (Hepsiburada): bölme sırasında iptal edilecek paketlenmiş bir satır; birden çok kez verilebilir.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>delivered: who received the parcel.</source>
        <translation>delivered: gönderiyi teslim alan kişi.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
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
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] orders show KİMLİK [--json]
          sellerdesk-cli [--profile KLASÖR] orders İŞLEM KİMLİK [seçenekler] [--no-wait] [--json]
            pick KİMLİK                           toplamaya al (Trendyol, N11)
            invoice KİMLİK --number N             faturalandı olarak işaretle (Trendyol)
            track KİMLİK --number N [--cargo C]   kargo takip numarasını ayarla (Trendyol)
            cancel KİMLİK --line L:Q… --reason R  satırları iptal et (Trendyol: neden adı; N11: 61–65)
            invoice-link KİMLİK --url U [--number N --date YYYY-MM-DD]   fatura bağlantısını gönder (Trendyol: numara
                                                  ve tarihle; Hepsiburada: yalnızca bağlantı)
            status KİMLİK DURUM                   sipariş durumunu ayarla (WooCommerce)
            note KİMLİK [--to-customer]           sipariş notu ekle, metin stdin&apos;den (WooCommerce)
            tracking KİMLİK --number N --cargo SAĞLAYICI [--url BAĞLANTI] [--date YYYY-MM-DD]
                                                  Shipment Tracking öğesi ekle (WooCommerce)
            split KİMLİK --group L,L --group L… [--cancelled L…]   paketi böl (N11, Hepsiburada)
            pack KİMLİK [--line L…] [--deci D] [--parcels N] [--cargo C]   açık satırları paketle (Hepsiburada)
            cancel-line KİMLİK --line L           henüz paketlenmemiş bir satırı iptal et (Hepsiburada)
            unpack KİMLİK                         paketlemeyi geri al (Hepsiburada)
            carrier KİMLİK --cargo C              paketin kargo firmasını değiştir (Hepsiburada)
            in-transit KİMLİK --number N [--url U]   kendi kargonuz: kargoya verildi (Hepsiburada)
            delivered KİMLİK --received-by AD     kendi kargonuz: teslim edildi (Hepsiburada)
            undelivered KİMLİK --reason METİN     kendi kargonuz: teslim edilemedi (Hepsiburada)
          sellerdesk-cli [--profile KLASÖR] outbox list [--state S] [--json] | retry KİMLİK</translation>
    </message>
    <message>
        <source>--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure (Trendyol), or N11&apos;s code 61–65.</source>
        <translation>--reason şunlardan biri olmalı: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure (Trendyol) ya da N11&apos;in 61–65 arasındaki kodu.</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url gerekli.</translation>
    </message>
    <message>
        <source>--number and --cargo are required.</source>
        <translation>--number ve --cargo gerekli.</translation>
    </message>
    <message>
        <source>Name the new packages with --group LINE,LINE.</source>
        <translation>Yeni paketleri --group SATIR,SATIR ile belirtin.</translation>
    </message>
    <message>
        <source>--deci and --parcels take numbers.</source>
        <translation>--deci ve --parcels sayı olmalıdır.</translation>
    </message>
    <message>
        <source>Name one line with --line LINE.</source>
        <translation>--line SATIR ile bir satır belirtin.</translation>
    </message>
    <message>
        <source>--cargo is required.</source>
        <translation>--cargo gerekli.</translation>
    </message>
    <message>
        <source>--received-by is required.</source>
        <translation>--received-by gerekli.</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>--reason gerekli.</translation>
    </message>
    <message>
        <source>--reason is N11&apos;s cancel reason code, 61 to 65.</source>
        <translation>--reason, N11&apos;in 61 ile 65 arasındaki iptal nedeni kodu olmalıdır.</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2). SellerDesk sends the reply (it reads the conversation first when its last answer was lost).</source>
        <translation>Kaydedildi: %1 (%2). Yanıtı SellerDesk gönderir (son denemenin yanıtı kaybolduysa önce konuşmayı okur).</translation>
    </message>
</context>
<context>
    <name>sd::cli::Orders</name>
    <message>
        <source>--account is required (Trendyol: your seller id; N11: your shop name).</source>
        <translation>--account gerekli (Trendyol: satıcı kimliğiniz; N11: mağaza adınız).</translation>
    </message>
    <message>
        <source>--base-url must be a full address such as https://api.example.com.</source>
        <translation>--base-url https://api.example.com gibi tam bir adres olmalıdır.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>No value for %1 on standard input.</source>
        <translation>Standart girdide %1 için değer yok.</translation>
    </message>
    <message>
        <source>Connected %1 (%2). Its credentials are in the system keychain. Fetch orders with: sellerdesk-cli sync</source>
        <translation>%1 bağlandı (%2). Kimlik bilgileri sistem anahtar zincirinde. Siparişleri şununla çekin: sellerdesk-cli sync</translation>
    </message>
    <message>
        <source>No connections yet. Add one with: sellerdesk-cli connect trendyol --account ID</source>
        <translation>Henüz bağlantı yok. Şununla ekleyin: sellerdesk-cli connect trendyol --account KİMLİK</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] sync [--connection ID]</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] sync [--connection KİMLİK]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this platform cannot be synced yet.</source>
        <translation>%1: bu platform henüz eşitlenemiyor.</translation>
    </message>
    <message>
        <source>%1: page %2…</source>
        <translation>%1: sayfa %2…</translation>
    </message>
    <message>
        <source>%1: %2 orders fetched (%3 new or changed rows, %4 skipped).</source>
        <translation>%1: %2 sipariş çekildi (%3 yeni ya da değişen satır, %4 atlandı).</translation>
    </message>
    <message>
        <source>%1: sync stopped: %2 (nothing fetched so far is lost; the next sync repeats it).</source>
        <translation>%1: eşitleme durdu: %2 (şimdiye kadar çekilenler kaybolmadı; sonraki eşitleme bunu yineler).</translation>
    </message>
    <message>
        <source>No connection with id %1.</source>
        <translation>%1 kimlikli bağlantı yok.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] orders list [--status STATUS] [--limit N] [--json]</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] orders list [--status DURUM] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--status is one of: %1</source>
        <translation>--status şunlardan biri olmalı: %1</translation>
    </message>
    <message>
        <source>Removing “%1” deletes its orders from this computer and its credentials from the keychain. Add --yes to confirm.</source>
        <translation>“%1” kaldırıldığında siparişleri bu bilgisayardan, kimlik bilgileri anahtar zincirinden silinir. Onaylamak için --yes ekleyin.</translation>
    </message>
    <message>
        <source>Removed “%1” and its orders.</source>
        <translation>“%1” ve siparişleri kaldırıldı.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connections list [--json] | remove ID [--yes]</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] connections list [--json] | remove KİMLİK [--yes]</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] connect %1 --account ID [--base-url URL] [--name NAME]
The credentials are read from standard input, one per line: API key, then API secret (Hepsiburada: service key, then the integrator user name).</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] connect %1 --account KİMLİK [--base-url ADRES] [--name AD]
Kimlik bilgileri standart girdiden, her satırda bir tane okunur: önce API anahtarı, sonra API gizli anahtarı (Hepsiburada: önce servis anahtarı, sonra entegratör kullanıcı adı).</translation>
    </message>
    <message>
        <source>Removing “%1” deletes its conversations, messages and attachments from this computer and its Page token from the keychain. Add --yes to confirm.</source>
        <translation>“%1” kaldırılırsa konuşmaları, mesajları ve ekleri bu bilgisayardan, Sayfa token&apos;ı da anahtar zincirinden silinir. Onaylamak için --yes ekleyin.</translation>
    </message>
    <message>
        <source>Removed “%1” and its conversations.</source>
        <translation>“%1” ve konuşmaları kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>sd::cli::Profile</name>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] profile create NAME</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] profile create AD</translation>
    </message>
    <message>
        <source>Created workspace “%1” in %2</source>
        <translation>“%1” çalışma alanı %2 içinde oluşturuldu</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: sellerdesk-cli profile create NAME</source>
        <translation>Henüz çalışma alanı yok. Şununla oluşturun: sellerdesk-cli profile create AD</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli profile delete NAME|ID [--yes]</source>
        <translation>kullanım: sellerdesk-cli profile delete AD|KİMLİK [--yes]</translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation>“%1” adında çalışma alanı yok.</translation>
    </message>
    <message>
        <source>Deleting a workspace removes all of its local data. Add --yes to confirm.</source>
        <translation>Bir çalışma alanını silmek tüm yerel verilerini kaldırır. Onaylamak için --yes ekleyin.</translation>
    </message>
    <message>
        <source>Delete the workspace “%1” and all of its local data? Type the name to confirm: </source>
        <translation>“%1” çalışma alanı ve tüm yerel verileri silinsin mi? Onaylamak için adını yazın: </translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Silinmedi.</translation>
    </message>
    <message>
        <source>Deleted workspace “%1”.</source>
        <translation>“%1” çalışma alanı silindi.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli profile create NAME | list | delete NAME|ID</source>
        <translation>kullanım: sellerdesk-cli profile create AD | list | delete AD|KİMLİK</translation>
    </message>
    <message>
        <source>Passphrase for the workspace cache: </source>
        <translation>Çalışma alanı önbelleğinin parolası: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Aynı parola yeniden: </translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was created.</source>
        <translation>Parolalar farklı; hiçbir şey oluşturulmadı.</translation>
    </message>
</context>
<context>
    <name>sd::cli::Secret</name>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] secret set|check|delete NAME
The value of “secret set” is read from standard input.</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] secret set|check|delete AD
“secret set” değeri standart girdiden okunur.</translation>
    </message>
    <message>
        <source>A secret name uses lower-case letters, digits, “.”, “_” and “-” (at most 64).</source>
        <translation>Gizli bilgi adı küçük harf, rakam, “.”, “_” ve “-” içerebilir (en çok 64).</translation>
    </message>
    <message>
        <source>Value for “%1”: </source>
        <translation>“%1” için değer: </translation>
    </message>
    <message>
        <source>No value given on standard input.</source>
        <translation>Standart girdide değer verilmedi.</translation>
    </message>
    <message>
        <source>Stored “%1” in the system keychain.</source>
        <translation>“%1” sistem anahtar zincirine kaydedildi.</translation>
    </message>
    <message>
        <source>“%1” is stored.</source>
        <translation>“%1” kayıtlı.</translation>
    </message>
    <message>
        <source>“%1” is not stored.</source>
        <translation>“%1” kayıtlı değil.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” silindi.</translation>
    </message>
</context>
<context>
    <name>sd::cli::Store</name>
    <message>
        <source>Passphrase of the workspace cache: </source>
        <translation>Çalışma alanı önbelleğinin parolası: </translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Sistem anahtar zinciri yanıt vermedi.</translation>
    </message>
    <message>
        <source>The cache can be re-created from the platforms and the cloud: run “sellerdesk-cli store reset --yes” (the damaged file is kept in the damaged/ folder).</source>
        <translation>Önbellek platformlardan ve buluttan yeniden oluşturulabilir: “sellerdesk-cli store reset --yes” çalıştırın (bozuk dosya damaged/ klasöründe saklanır).</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Önbellek: %1</translation>
    </message>
    <message>
        <source>Encryption: %1, key in the %2</source>
        <translation>Şifreleme: %1, anahtar: %2</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>parola dosyası</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>sistem anahtar zinciri</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Şema sürümü: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Boyut: %1 bayt</translation>
    </message>
    <message>
        <source>The cache is damaged:</source>
        <translation>Önbellek bozuk:</translation>
    </message>
    <message>
        <source>The cache is intact.</source>
        <translation>Önbellek sağlam.</translation>
    </message>
    <message>
        <source>This moves the cache aside and starts an empty one (data comes back with the next sync). Add --yes to confirm.</source>
        <translation>Bu işlem önbelleği kenara taşır ve boş bir önbellekle başlar (veriler sonraki eşitlemede geri gelir). Onaylamak için --yes ekleyin.</translation>
    </message>
    <message>
        <source>The old cache was moved to %1. A new one is created on the next start.</source>
        <translation>Eski önbellek %1 konumuna taşındı. Bir sonraki açılışta yenisi oluşturulur.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Geçerli parola: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parola: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Parola değiştirildi.</translation>
    </message>
    <message>
        <source>The cache key is now protected by your passphrase and was removed from the keychain.</source>
        <translation>Önbellek anahtarı artık parolanızla korunuyor ve anahtar zincirinden kaldırıldı.</translation>
    </message>
    <message>
        <source>The cache key is already in the system keychain.</source>
        <translation>Önbellek anahtarı zaten sistem anahtar zincirinde.</translation>
    </message>
    <message>
        <source>The cache key is now kept in the system keychain.</source>
        <translation>Önbellek anahtarı artık sistem anahtar zincirinde tutuluyor.</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] store info|check|reset|set-passphrase|use-keychain</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] store info|check|reset|set-passphrase|use-keychain</translation>
    </message>
    <message>
        <source>usage: sellerdesk-cli [--profile DIR] search WORDS… [--json]</source>
        <translation>kullanım: sellerdesk-cli [--profile KLASÖR] search SÖZCÜKLER… [--json]</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
</context>
<context>
    <name>sd::connectors</name>
    <message>
        <source>Order %1 from %2 could not be read (field %3).</source>
        <translation>%2 kaynağından gelen %1 siparişi okunamadı (%3 alanı).</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(kimlik yok)</translation>
    </message>
    <message>
        <source>%1 is not possible for a package in status %2.</source>
        <translation>%2 durumundaki bir paket için %1 mümkün değil.</translation>
    </message>
    <message>
        <source>Moving to picking</source>
        <translation>Toplamaya alma</translation>
    </message>
    <message>
        <source>The package has no lines.</source>
        <translation>Paketin hiç satırı yok.</translation>
    </message>
    <message>
        <source>Marking as invoiced</source>
        <translation>Faturalandı olarak işaretleme</translation>
    </message>
    <message>
        <source>An invoice number is required.</source>
        <translation>Fatura numarası gerekli.</translation>
    </message>
    <message>
        <source>Updating the tracking number</source>
        <translation>Kargo takip numarasını güncelleme</translation>
    </message>
    <message>
        <source>The tracking number must be 4 to 40 letters or digits.</source>
        <translation>Takip numarası 4 ile 40 arasında harf ya da rakamdan oluşmalıdır.</translation>
    </message>
    <message>
        <source>Cancelling lines</source>
        <translation>Satırları iptal etme</translation>
    </message>
    <message>
        <source>Choose a cancellation reason.</source>
        <translation>Bir iptal nedeni seçin.</translation>
    </message>
    <message>
        <source>Choose at least one line to cancel.</source>
        <translation>İptal edilecek en az bir satır seçin.</translation>
    </message>
    <message>
        <source>Line %1 is not in this package.</source>
        <translation>%1 satırı bu pakette yok.</translation>
    </message>
    <message>
        <source>Line %1: cancel between 1 and %2 items.</source>
        <translation>%1 satırı: 1 ile %2 arasında ürün iptal edin.</translation>
    </message>
    <message>
        <source>The invoice link must be an https address.</source>
        <translation>Fatura bağlantısı bir https adresi olmalıdır.</translation>
    </message>
    <message>
        <source>The invoice number must be 3 letters or digits followed by 13 digits.</source>
        <translation>Fatura numarası 3 harf ya da rakam ve ardından 13 rakamdan oluşmalıdır.</translation>
    </message>
    <message>
        <source>This package already has an invoice link.</source>
        <translation>Bu paketin zaten bir fatura bağlantısı var.</translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation>Fatura tarihi eksik.</translation>
    </message>
    <message>
        <source>Only new N11 packages can be accepted (this one is %1).</source>
        <translation>Yalnızca yeni N11 paketleri onaylanabilir (bu paketin durumu: %1).</translation>
    </message>
    <message>
        <source>%1 is not a WooCommerce order status.</source>
        <translation>%1 bir WooCommerce sipariş durumu değil.</translation>
    </message>
    <message>
        <source>The order is already %1.</source>
        <translation>Sipariş zaten %1 durumunda.</translation>
    </message>
    <message>
        <source>A note needs between 1 and 5000 characters.</source>
        <translation>Not 1 ile 5000 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API gizli anahtarı</translation>
    </message>
    <message>
        <source>Seller ID</source>
        <translation>Satıcı ID</translation>
    </message>
    <message>
        <source>Trendyol seller panel → Account → Integration information: seller ID, API key and API secret.</source>
        <translation>Trendyol satıcı paneli → Hesap → Entegrasyon Bilgileri: satıcı ID, API anahtarı ve API gizli anahtarı.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Servis anahtarı</translation>
    </message>
    <message>
        <source>Integrator user name</source>
        <translation>Entegratör kullanıcı adı</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>Merchant ID</translation>
    </message>
    <message>
        <source>Hepsiburada merchant panel → Integration: merchant ID, service key and the integrator user name your key was issued to.</source>
        <translation>Hepsiburada mağaza paneli → Entegrasyon: Merchant ID, servis anahtarı ve anahtarınızın verildiği entegratör kullanıcı adı.</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Uygulama anahtarı</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Uygulama gizli anahtarı</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Mağaza adı</translation>
    </message>
    <message>
        <source>N11 seller panel → Account → API account: app key and app secret; the shop name is how the connection is told apart.</source>
        <translation>N11 satıcı paneli → Hesap → API hesabı: uygulama anahtarı ve uygulama gizli anahtarı; bağlantılar mağaza adıyla birbirinden ayırt edilir.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Tüketici anahtarı</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Tüketici gizli anahtarı</translation>
    </message>
    <message>
        <source>WordPress admin → WooCommerce → Settings → Advanced → REST API: add a key with Read/Write permission. The address is your shop&apos;s (https://…).</source>
        <translation>WordPress yönetim paneli → WooCommerce → Ayarlar → Gelişmiş → REST API: Oku/Yaz izinli bir anahtar ekleyin. Adres, mağazanızın adresidir (https://…).</translation>
    </message>
    <message>
        <source>N11 splits and cancels only packages in Picking (this one is %1).</source>
        <translation>N11 yalnızca Toplanıyor durumundaki paketleri böler ve iptal eder (bu paketin durumu: %1).</translation>
    </message>
    <message>
        <source>A package is split into two parts at least.</source>
        <translation>Bir paket en az iki parçaya bölünür.</translation>
    </message>
    <message>
        <source>Every part of a split needs a line.</source>
        <translation>Bölmenin her parçasında en az bir satır olmalıdır.</translation>
    </message>
    <message>
        <source>Line %1 is not in this package, or named twice.</source>
        <translation>%1 satırı bu pakette yok ya da iki kez belirtilmiş.</translation>
    </message>
    <message>
        <source>Every line of the package must go into one part.</source>
        <translation>Paketin her satırı tam olarak bir parçaya konmalıdır.</translation>
    </message>
    <message>
        <source>N11 cannot cancel every item of a package this way; at least one must remain.</source>
        <translation>N11 bir paketin tüm ürünlerini bu yolla iptal edemez; en az biri kalmalıdır.</translation>
    </message>
    <message>
        <source>An order in status %1 is not shipped.</source>
        <translation>%1 durumundaki bir sipariş henüz kargoya verilmemiştir.</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>Kargo takip numarasını girin.</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>Kargo firmasını seçin.</translation>
    </message>
    <message>
        <source>The tracking link must be a web address.</source>
        <translation>Takip bağlantısı bir web adresi olmalıdır.</translation>
    </message>
    <message>
        <source>%1 is not possible for an order in status %2.</source>
        <translation>%2 durumundaki bir sipariş için %1 mümkün değil.</translation>
    </message>
    <message>
        <source>Line %1 is not waiting to be packed.</source>
        <translation>%1 satırı paketlenmeyi beklemiyor.</translation>
    </message>
    <message>
        <source>Line %1 is not in this order.</source>
        <translation>%1 satırı bu siparişte yok.</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Paketleme</translation>
    </message>
    <message>
        <source>Enter a desi above 0 and between 1 and 100 parcels.</source>
        <translation>0&apos;dan büyük bir desi ve 1 ile 100 arasında koli sayısı girin.</translation>
    </message>
    <message>
        <source>Only lines that are not packed yet can be cancelled.</source>
        <translation>Yalnızca henüz paketlenmemiş satırlar iptal edilebilir.</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Paketlemeyi geri alma</translation>
    </message>
    <message>
        <source>Splitting the package</source>
        <translation>Paketi bölme</translation>
    </message>
    <message>
        <source>A split needs two packages, or one package and a line to cancel.</source>
        <translation>Bölme için iki paket ya da bir paket ve iptal edilecek bir satır gerekir.</translation>
    </message>
    <message>
        <source>Line %1 is not a packed line of this order, or named twice.</source>
        <translation>%1 satırı bu siparişin paketlenmiş bir satırı değil ya da iki kez belirtilmiş.</translation>
    </message>
    <message>
        <source>Every new package needs a line.</source>
        <translation>Her yeni pakette en az bir satır olmalıdır.</translation>
    </message>
    <message>
        <source>Sending the invoice link</source>
        <translation>Fatura bağlantısını gönderme</translation>
    </message>
    <message>
        <source>Changing the carrier</source>
        <translation>Kargo firmasını değiştirme</translation>
    </message>
    <message>
        <source>Choose a carrier.</source>
        <translation>Bir kargo firması seçin.</translation>
    </message>
    <message>
        <source>Marking as shipped</source>
        <translation>Kargoya verildi olarak işaretleme</translation>
    </message>
    <message>
        <source>Marking as delivered</source>
        <translation>Teslim edildi olarak işaretleme</translation>
    </message>
    <message>
        <source>Enter who received the parcel.</source>
        <translation>Gönderiyi teslim alan kişiyi girin.</translation>
    </message>
    <message>
        <source>Marking as not delivered</source>
        <translation>Teslim edilemedi olarak işaretleme</translation>
    </message>
    <message>
        <source>Enter why the parcel was not delivered.</source>
        <translation>Gönderinin neden teslim edilemediğini girin.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::ConnectionService</name>
    <message>
        <source>No connection with id %1.</source>
        <translation>%1 kimlikli bağlantı yok.</translation>
    </message>
    <message>
        <source>%1 cannot be connected: one of %2.</source>
        <translation>%1 bağlanamıyor; desteklenenler: %2.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 eksik.</translation>
    </message>
    <message>
        <source>The shop&apos;s address is missing (https://…).</source>
        <translation>Mağazanın adresi eksik (https://…).</translation>
    </message>
    <message>
        <source>The address must be a full address such as https://api.example.com.</source>
        <translation>Adres, https://api.example.com gibi tam bir adres olmalıdır.</translation>
    </message>
    <message>
        <source>This %1 account (%2) is already connected.</source>
        <translation>Bu %1 hesabı (%2) zaten bağlı.</translation>
    </message>
    <message>
        <source>%1 cannot be connected.</source>
        <translation>%1 bağlanamıyor.</translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation>%1 bağlantıyı kabul etmedi: %2</translation>
    </message>
    <message>
        <source>%1: this platform cannot be synced yet.</source>
        <translation>%1: bu platform henüz eşitlenemiyor.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::SyncScheduler</name>
    <message>
        <source>This platform cannot be synced yet.</source>
        <translation>Bu platform henüz eşitlenemiyor.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1 of %n connection(s)…</source>
        <translation>
            <numerusform>%n bağlantıdan %1. eşitleniyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>No connections: add one in Settings → Connections</source>
        <translation>Bağlantı yok: Ayarlar → Bağlantılar bölümünden ekleyin</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) could not sync: %1</source>
        <translation>
            <numerusform>%n bağlantı eşitlenemedi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) synced at %1</source>
        <translation>
            <numerusform>%n bağlantı eşitlendi (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Meta connection&apos;s settings are missing.</source>
        <translation>Meta bağlantısının ayarları eksik.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta</name>
    <message>
        <source>[message removed]</source>
        <translation>[mesaj kaldırıldı]</translation>
    </message>
    <message>
        <source>No conversation with id %1.</source>
        <translation>%1 kimlikli konuşma yok.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MessagingWindow</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply window open: %1 left.</source>
        <translation>Yanıt penceresi açık: %1 kaldı.</translation>
    </message>
    <message>
        <source>The 24-hour window has closed; this reply goes with the human agent tag (%1 left). Only send replies written by a person.</source>
        <translation>24 saatlik pencere kapandı; bu yanıt Human Agent etiketiyle gönderilir (%1 kaldı). Yalnızca bir kişinin yazdığı yanıtları gönderin.</translation>
    </message>
    <message>
        <source>The customer has not written yet. Meta only lets the customer start a conversation.</source>
        <translation>Müşteri henüz yazmadı. Meta, konuşmayı yalnızca müşterinin başlatmasına izin verir.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer&apos;s last message, so Meta does not allow a reply now. With Meta&apos;s Human Agent approval a person may still answer for up to 7 days; otherwise wait for the customer to write again.</source>
        <translation>Müşterinin son mesajının üzerinden 24 saatten fazla geçti, bu yüzden Meta şu anda yanıt verilmesine izin vermiyor. Meta&apos;nın Human Agent onayıyla bir kişi 7 güne kadar yine de yanıt verebilir; aksi hâlde müşterinin yeniden yazmasını bekleyin.</translation>
    </message>
    <message>
        <source>More than 7 days have passed since the customer&apos;s last message. Nothing can be sent until the customer writes again.</source>
        <translation>Müşterinin son mesajının üzerinden 7 günden fazla geçti. Müşteri yeniden yazana kadar hiçbir şey gönderilemez.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesaj boş.</translation>
    </message>
    <message>
        <source>The message has %1 characters; this platform accepts at most %2.</source>
        <translation>Mesaj %1 karakter uzunluğunda; bu platform en çok %2 karakter kabul ediyor.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MetaErrors</name>
    <message>
        <source>The Meta access token has expired. Reconnect the Page with a new token.</source>
        <translation>Meta erişim token&apos;ının süresi doldu. Sayfayı yeni bir token&apos;la yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The Meta access token stopped working because the password was changed. Reconnect the Page.</source>
        <translation>Parola değiştirildiği için Meta erişim token&apos;ı artık çalışmıyor. Sayfayı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The app was removed from the Facebook account. Reconnect the Page.</source>
        <translation>Uygulama Facebook hesabından kaldırıldı. Sayfayı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>Facebook needs the account owner to log in and confirm the account. Then reconnect the Page.</source>
        <translation>Facebook, hesap sahibinin giriş yapıp hesabı onaylamasını istiyor. Ardından Sayfayı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>Meta no longer accepts the access token (it is invalid or was revoked). Reconnect the Page.</source>
        <translation>Meta erişim token&apos;ını artık kabul etmiyor (geçersiz ya da iptal edilmiş). Sayfayı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The token lacks a permission this needs (pages_messaging, instagram_manage_messages, or the Page&apos;s messaging task). Create a token with these permissions and reconnect.</source>
        <translation>Token&apos;da bu işlem için gereken bir izin eksik (pages_messaging, instagram_manage_messages ya da Sayfanın mesajlaşma görevi). Bu izinlere sahip bir token oluşturup yeniden bağlayın.</translation>
    </message>
    <message numerus="yes">
        <source>Meta is limiting calls from this Page. SellerDesk waits about %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Meta bu Sayfadan gelen çağrıları sınırlıyor. SellerDesk yeniden denemeden önce yaklaşık %n dakika bekler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta is limiting calls from this Page. SellerDesk slows down and tries again shortly.</source>
        <translation>Meta bu Sayfadan gelen çağrıları sınırlıyor. SellerDesk yavaşlar ve kısa süre sonra yeniden dener.</translation>
    </message>
    <message>
        <source>The messaging window has closed: Meta only allows replies within 24 hours of the customer&apos;s last message (7 days for a person&apos;s reply with the human agent tag). Wait for the customer to write again.</source>
        <translation>Mesajlaşma penceresi kapandı: Meta yalnızca müşterinin son mesajından sonraki 24 saat içinde yanıt verilmesine izin verir (bir kişinin Human Agent etiketiyle yazdığı yanıtlar için 7 gün). Müşterinin yeniden yazmasını bekleyin.</translation>
    </message>
    <message>
        <source>This person cannot be reached right now (they may have blocked the Page or deactivated their account).</source>
        <translation>Bu kişiye şu anda ulaşılamıyor (Sayfayı engellemiş ya da hesabını devre dışı bırakmış olabilir).</translation>
    </message>
    <message>
        <source>Meta has temporarily blocked sending from this Page for a policy reason. Try again later.</source>
        <translation>Meta, bir politika nedeniyle bu Sayfadan gönderimi geçici olarak engelledi. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Meta is having problems right now. Try again in a few minutes.</source>
        <translation>Meta şu anda sorun yaşıyor. Birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Meta refused the request: %1</source>
        <translation>Meta isteği reddetti: %1</translation>
    </message>
    <message>
        <source>Meta refused the request.</source>
        <translation>Meta isteği reddetti.</translation>
    </message>
    <message>
        <source>Meta sent an answer SellerDesk could not read.</source>
        <translation>Meta, SellerDesk&apos;in okuyamadığı bir yanıt gönderdi.</translation>
    </message>
</context>
<context>
    <name>sd::connectors::meta::MetaSend</name>
    <message>
        <source>This conversation has no customer to reply to.</source>
        <translation>Bu konuşmada yanıtlanacak bir müşteri yok.</translation>
    </message>
    <message>
        <source>Meta does not accept this kind of attachment.</source>
        <translation>Meta bu tür bir eki kabul etmiyor.</translation>
    </message>
    <message>
        <source>Meta only takes images, videos, audio and files from an https address.</source>
        <translation>Meta görselleri, videoları, sesleri ve dosyaları yalnızca bir https adresinden alır.</translation>
    </message>
</context>
<context>
    <name>sd::demo::DemoSandbox</name>
    <message numerus="yes">
        <source>The demo sandbox did not report ready within %n second(s).</source>
        <translation>
            <numerusform>Demo sandbox %n saniye içinde hazır olduğunu bildirmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo sandbox (%1) could not be started: %2</source>
        <translation>Demo sandbox (%1) başlatılamadı: %2</translation>
    </message>
    <message>
        <source>The demo sandbox stopped (exit code %1).</source>
        <translation>Demo sandbox durdu (çıkış kodu %1).</translation>
    </message>
    <message>
        <source>The demo sandbox (sellerdesk-sandbox) was not found next to SellerDesk. Build it (cmake --build build) or install it in the same folder.</source>
        <translation>Demo sandbox (sellerdesk-sandbox) SellerDesk ile aynı klasörde bulunamadı. Derleyin (cmake --build build) ya da aynı klasöre kurun.</translation>
    </message>
    <message>
        <source>The demo sandbox answered something unexpected instead of its ready line.</source>
        <translation>Demo sandbox, hazır satırı yerine beklenmeyen bir yanıt verdi.</translation>
    </message>
    <message>
        <source>%1 Demo</source>
        <translation>%1 Demo</translation>
    </message>
</context>
<context>
    <name>sd::domain</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Toplanıyor</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faturalandı</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Kargoda</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>sd::inbox</name>
    <message>
        <source>This conversation does not exist any more.</source>
        <translation>Bu konuşma artık mevcut değil.</translation>
    </message>
</context>
<context>
    <name>sd::inbox::ConnectionHealth</name>
    <message>
        <source>Token expires %1</source>
        <translation>Token&apos;ın süresi doluyor: %1</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Token&apos;ın süresi yakında doluyor</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Yeniden bağlanmak gerekiyor</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>İzin eksik</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>İstek sınırına takıldı (bitiş: %1)</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>İstek sınırına takıldı</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>The Meta access token has expired. Reconnect the Page with a new token.</source>
        <translation>Meta erişim token&apos;ının süresi doldu. Sayfayı yeni bir token&apos;la yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The Meta access token expires soon. Create a new token and reconnect the Page before then.</source>
        <translation>Meta erişim token&apos;ının süresi yakında doluyor. Süresi dolmadan yeni bir token oluşturup Sayfayı yeniden bağlayın.</translation>
    </message>
</context>
<context>
    <name>sd::inbox::ConversationWorkflow</name>
    <message>
        <source>Me</source>
        <translation>Ben</translation>
    </message>
</context>
<context>
    <name>sd::inbox::MetaConnections</name>
    <message>
        <source>Choose a Facebook Page first.</source>
        <translation>Önce bir Facebook Sayfası seçin.</translation>
    </message>
    <message>
        <source>This Facebook Page (%1) is already connected. Use Reconnect to give it a new token.</source>
        <translation>Bu Facebook Sayfası (%1) zaten bağlı. Yeni bir token vermek için “Yeniden bağla”yı kullanın.</translation>
    </message>
</context>
<context>
    <name>sd::inbox::MetaSendRunner</name>
    <message>
        <source>This message was not sent through the outbox; write it again.</source>
        <translation>Bu mesaj giden kutusu üzerinden gönderilmedi; lütfen yeniden yazın.</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>Mesaj gönderilmeden önce silindi.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from Meta after %n attempt(s): the reply may have arrived. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</source>
        <translation>
            <numerusform>%n denemeden sonra Meta&apos;dan yanıt gelmedi: mesaj ulaşmış olabilir. Konuşmaya Facebook&apos;ta ya da Instagram&apos;da bakın; yanıt orada yoksa “Yeniden dene” onu yeniden gönderir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped while sending and Meta does not list the reply in the conversation. Look at the conversation on Facebook or Instagram; Retry sends it again if it is not there.</source>
        <translation>Gönderim sırasında bağlantı koptu ve Meta yanıtı konuşmada göstermiyor. Konuşmaya Facebook&apos;ta ya da Instagram&apos;da bakın; yanıt orada yoksa “Yeniden dene” onu yeniden gönderir.</translation>
    </message>
</context>
<context>
    <name>sd::inbox::ReplySender</name>
    <message>
        <source>The conversation&apos;s Meta connection is gone.</source>
        <translation>Konuşmanın Meta bağlantısı artık yok.</translation>
    </message>
</context>
<context>
    <name>sd::net</name>
    <message>
        <source>You appear to be offline. Check the internet connection and try again.</source>
        <translation>Çevrimdışı görünüyorsunuz. İnternet bağlantınızı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the connection&apos;s address and your internet connection.</source>
        <translation>Sunucunun adresi bulunamadı. Bağlantının adresini ve internet bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>Sunucu bağlantıyı reddetti. Kapalı olabilir; daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived. Try again.</source>
        <translation>Yanıt gelmeden bağlantı koptu. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again later.</source>
        <translation>Sunucu çok geç yanıt verdi. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not used.</source>
        <translation>Sunucunun güvenlik sertifikası doğrulanamadı, bu yüzden bağlantı kullanılmadı.</translation>
    </message>
    <message>
        <source>Only secure (https) addresses can be used for this connection.</source>
        <translation>Bu bağlantı için yalnızca güvenli (https) adresler kullanılabilir.</translation>
    </message>
    <message>
        <source>The credentials were refused or have expired. Reconnect the account.</source>
        <translation>Kimlik bilgileri reddedildi ya da süresi doldu. Hesabı yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The account does not have permission for this operation.</source>
        <translation>Hesabın bu işlem için izni yok.</translation>
    </message>
    <message>
        <source>The requested item was not found on the platform.</source>
        <translation>İstenen kayıt platformda bulunamadı.</translation>
    </message>
    <message>
        <source>The platform refused the request: %1</source>
        <translation>Platform isteği reddetti: %1</translation>
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation>Platform isteği reddetti.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for now. The platform asks to wait %n second(s).</source>
        <translation>
            <numerusform>Şu an çok fazla istek var. Platform %n saniye beklemenizi istiyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for now. SellerDesk will slow down and try again.</source>
        <translation>Şu an çok fazla istek var. SellerDesk yavaşlayıp yeniden deneyecek.</translation>
    </message>
    <message>
        <source>The platform is having problems right now. Try again later.</source>
        <translation>Platform şu anda sorun yaşıyor. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The platform sent an answer SellerDesk could not read.</source>
        <translation>Platform, SellerDesk&apos;in okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>İstek iptal edildi.</translation>
    </message>
    <message>
        <source>The platform reported an error (%1): %2</source>
        <translation>Platform bir hata bildirdi (%1): %2</translation>
    </message>
    <message>
        <source>The platform reported an error: %1</source>
        <translation>Platform bir hata bildirdi: %1</translation>
    </message>
    <message>
        <source>The platform reported an error (%1).</source>
        <translation>Platform bir hata bildirdi (%1).</translation>
    </message>
    <message>
        <source>The platform reported an error.</source>
        <translation>Platform bir hata bildirdi.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>İstek başarısız oldu.</translation>
    </message>
</context>
<context>
    <name>sd::outbox</name>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>Kontrol gerekiyor</translation>
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation>Giden kutusunda %1 numaralı öğe yok.</translation>
    </message>
    <message>
        <source>No action given.</source>
        <translation>İşlem belirtilmedi.</translation>
    </message>
    <message>
        <source>There is no order %1 in this workspace.</source>
        <translation>Bu çalışma alanında %1 numaralı sipariş yok.</translation>
    </message>
    <message>
        <source>The action is %1; it cannot become %2.</source>
        <translation>İşlem %1 durumunda; %2 durumuna geçemez.</translation>
    </message>
    <message>
        <source>Only failed actions or actions that need a check can be retried (this one is %1).</source>
        <translation>Yalnızca başarısız olan ya da kontrol gerektiren işlemler yeniden denenebilir (bu işlemin durumu: %1).</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>%1 numaralı sipariş yok.</translation>
    </message>
    <message>
        <source>%1 names several orders (e.g. the packages of one order); use the order&apos;s id.</source>
        <translation>%1 birden çok siparişe karşılık geliyor (ör. bir siparişin paketleri); siparişin kimliğini kullanın.</translation>
    </message>
    <message>
        <source>This action does not belong to the connection&apos;s platform.</source>
        <translation>Bu işlem bağlantının platformuna ait değil.</translation>
    </message>
    <message>
        <source>Trendyol takes the tracking number only; the cargo company is the one of the package.</source>
        <translation>Trendyol yalnızca kargo takip numarasını alır; kargo firması paketinkiyle aynı kalır.</translation>
    </message>
    <message>
        <source>“%1” is not an action SellerDesk can do on %2.</source>
        <translation>“%1”, SellerDesk&apos;in %2 üzerinde yapabildiği bir işlem değil.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was lost. Check on the platform whether it was applied; retry only if it was not.</source>
        <translation>Platformun yanıtı kayboldu. İşlemin uygulanıp uygulanmadığını platformda kontrol edin; yalnızca uygulanmadıysa yeniden deneyin.</translation>
    </message>
    <message>
        <source>Whether the platform applied this could not be established. Check the order on the platform.</source>
        <translation>Platformun bu işlemi uygulayıp uygulamadığı belirlenemedi. Siparişi platformda kontrol edin.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation>Platformun yanıtı okunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the platform after %n attempt(s). Check the order on the platform, then retry or leave it.</source>
        <translation>
            <numerusform>%n denemeden sonra platformdan yanıt gelmedi. Siparişi platformda kontrol edin, ardından yeniden deneyin ya da olduğu gibi bırakın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order has no package to look up.</source>
        <translation>Siparişin sorgulanacak bir paketi yok.</translation>
    </message>
    <message>
        <source>%1 orders have no “%2” action.</source>
        <translation>%1 siparişlerinde “%2” işlemi yok.</translation>
    </message>
</context>
<context>
    <name>sd::store</name>
    <message>
        <source>This cache was written by a newer version of SellerDesk (schema %1; this version knows up to %2). Update SellerDesk to open it.</source>
        <translation>Bu önbellek SellerDesk&apos;in daha yeni bir sürümüyle yazılmış (şema %1; bu sürüm en çok %2 biliyor). Açmak için SellerDesk&apos;i güncelleyin.</translation>
    </message>
    <message>
        <source>The cache could not be upgraded: %1</source>
        <translation>Önbellek yükseltilemedi: %1</translation>
    </message>
    <message>
        <source>The local cache is busy</source>
        <translation>Yerel önbellek meşgul</translation>
    </message>
    <message>
        <source>The change breaks a rule of the local cache</source>
        <translation>Değişiklik yerel önbelleğin bir kuralını çiğniyor</translation>
    </message>
    <message>
        <source>This cache was modified or damaged</source>
        <translation>Bu önbellek değiştirilmiş ya da bozulmuş</translation>
    </message>
    <message>
        <source>The local cache could not be read or written</source>
        <translation>Yerel önbellek okunamadı ya da yazılamadı</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Disk dolu</translation>
    </message>
    <message>
        <source>The local cache is read-only</source>
        <translation>Yerel önbellek salt okunur</translation>
    </message>
    <message>
        <source>The local cache could not be opened</source>
        <translation>Yerel önbellek açılamadı</translation>
    </message>
    <message>
        <source>Internal error in the local cache</source>
        <translation>Yerel önbellekte iç hata</translation>
    </message>
    <message>
        <source>The operation was interrupted</source>
        <translation>İşlem yarıda kesildi</translation>
    </message>
    <message>
        <source>The local cache reported an error</source>
        <translation>Yerel önbellek bir hata bildirdi</translation>
    </message>
</context>
<context>
    <name>sd::store::CacheKeyStore</name>
    <message>
        <source>Could not derive a key from the passphrase (%1).</source>
        <translation>Paroladan anahtar türetilemedi (%1).</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Parola en az %1 karakter uzunluğunda olmalıdır.</translation>
    </message>
    <message>
        <source>There is no key to protect.</source>
        <translation>Korunacak bir anahtar yok.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Sistemin rastgele sayı üreteci başarısız oldu.</translation>
    </message>
    <message>
        <source>Could not encrypt the cache key.</source>
        <translation>Önbellek anahtarı şifrelenemedi.</translation>
    </message>
    <message>
        <source>The file that protects this workspace&apos;s cache (cache.key) is damaged.</source>
        <translation>Bu çalışma alanının önbelleğini koruyan dosya (cache.key) bozuk.</translation>
    </message>
    <message>
        <source>The passphrase is not correct (or cache.key was altered).</source>
        <translation>Parola doğru değil (ya da cache.key değiştirilmiş).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>The cache key in the system keychain is not a 256-bit key.</source>
        <translation>Sistem anahtar zincirindeki önbellek anahtarı 256 bitlik bir anahtar değil.</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this workspace&apos;s cache.</source>
        <translation>Sistem anahtar zincirinde bu çalışma alanının önbelleği için anahtar yok.</translation>
    </message>
    <message>
        <source>This workspace has no passphrase-protected cache key.</source>
        <translation>Bu çalışma alanının parolayla korunan bir önbellek anahtarı yok.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>This workspace already has a cache key.</source>
        <translation>Bu çalışma alanının zaten bir önbellek anahtarı var.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 kaldırılamadı.</translation>
    </message>
</context>
<context>
    <name>sd::store::LocalStore</name>
    <message>
        <source>No key was given for the cache.</source>
        <translation>Önbellek için anahtar verilmedi.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>%1 kenara taşınamadı.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionInputDialog</name>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n sipariş</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Fatura numarası:</translation>
    </message>
    <message>
        <source>e.g. GIB2026000000123</source>
        <translation>ör. GIB2026000000123</translation>
    </message>
    <message>
        <source>Invoice link:</source>
        <translation>Fatura bağlantısı:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>Fatura tarihi:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Kargo takip numarası:</translation>
    </message>
    <message>
        <source>Trendyol takes the number only: the cargo company stays the package&apos;s.</source>
        <translation>Trendyol yalnızca numarayı alır: kargo firması paketinkiyle aynı kalır.</translation>
    </message>
    <message>
        <source>Cargo company:</source>
        <translation>Kargo firması:</translation>
    </message>
    <message>
        <source>Tracking link (optional):</source>
        <translation>Takip bağlantısı (isteğe bağlı):</translation>
    </message>
    <message>
        <source>https://… (%1$s = the number)</source>
        <translation>https://… (%1$s = takip numarası)</translation>
    </message>
    <message>
        <source>Shipped on:</source>
        <translation>Kargoya verilme tarihi:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Kargo firması:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Teslim alan:</translation>
    </message>
    <message>
        <source>Why it was not delivered:</source>
        <translation>Teslim edilememe nedeni:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Private note (only the shop sees it)</source>
        <translation>Özel not (yalnızca mağaza görür)</translation>
    </message>
    <message>
        <source>Note to the customer (WooCommerce e-mails it)</source>
        <translation>Müşteriye not (WooCommerce e-postayla gönderir)</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Ödeme bekleniyor</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Hazırlanıyor</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Yeni durum:</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <source>Defective product</source>
        <translation>Kusurlu ürün</translation>
    </message>
    <message>
        <source>Wrong price</source>
        <translation>Hatalı fiyat</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Mücbir sebep</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Integration error</source>
        <translation>Entegrasyon hatası</translation>
    </message>
    <message>
        <source>Bulk purchase</source>
        <translation>Toplu alım</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Neden:</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Satır:</translation>
    </message>
    <message>
        <source>Reason: the product cannot be supplied (the reason Hepsiburada documents).</source>
        <translation>Neden: ürün tedarik edilemiyor (Hepsiburada&apos;nın belgelediği neden).</translation>
    </message>
    <message>
        <source>Give each line the number of its new package, or cancel it.</source>
        <translation>Her satıra yeni paketinin numarasını verin ya da satırı iptal edin.</translation>
    </message>
    <message>
        <source>Give each line the number of its new package.</source>
        <translation>Her satıra yeni paketinin numarasını verin.</translation>
    </message>
    <message>
        <source>Desi:</source>
        <translation>Desi:</translation>
    </message>
    <message>
        <source>Parcels:</source>
        <translation>Koli sayısı:</translation>
    </message>
    <message>
        <source>The order&apos;s carrier</source>
        <translation>Siparişin kargo firması</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Quantity to cancel</source>
        <translation>İptal edilecek adet</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>%1
SKU %2</source>
        <translation>%1
SKU %2</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Fatura numarasını girin.</translation>
    </message>
    <message>
        <source>Enter the invoice link.</source>
        <translation>Fatura bağlantısını girin.</translation>
    </message>
    <message>
        <source>The invoice link must be a complete https:// address.</source>
        <translation>Fatura bağlantısı eksiksiz bir https:// adresi olmalıdır.</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>Kargo takip numarasını girin.</translation>
    </message>
    <message>
        <source>Choose the cargo company.</source>
        <translation>Kargo firmasını seçin.</translation>
    </message>
    <message>
        <source>The tracking link must be a complete web address.</source>
        <translation>Takip bağlantısı eksiksiz bir web adresi olmalıdır.</translation>
    </message>
    <message>
        <source>Enter who received the parcel.</source>
        <translation>Gönderiyi teslim alan kişiyi girin.</translation>
    </message>
    <message>
        <source>Enter why the parcel was not delivered.</source>
        <translation>Gönderinin neden teslim edilemediğini girin.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Notu yazın.</translation>
    </message>
    <message>
        <source>Tick the lines to cancel.</source>
        <translation>İptal edilecek satırları işaretleyin.</translation>
    </message>
    <message>
        <source>This order has no line to cancel.</source>
        <translation>Bu siparişte iptal edilecek satır yok.</translation>
    </message>
    <message>
        <source>Tick the lines to pack.</source>
        <translation>Paketlenecek satırları işaretleyin.</translation>
    </message>
    <message>
        <source>Every order refuses this: %1</source>
        <translation>Hiçbir sipariş bunu kabul etmiyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) will be changed on their platform.</source>
        <translation>
            <numerusform>%n sipariş kendi platformunda değiştirilecek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::AddConnectionDialog</name>
    <message>
        <source>Add a connection</source>
        <translation>Bağlantı ekle</translation>
    </message>
    <message>
        <source>Advanced: another API address (test environment, sandbox)</source>
        <translation>Gelişmiş: başka bir API adresi (test ortamı, sandbox)</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;adresi:</translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation>&amp;Doğrula ve kaydet</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Your shop&apos;s address</source>
        <translation>Mağazanızın adresi</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Doğrulanıyor…</translation>
    </message>
</context>
<context>
    <name>sd::ui::AppController</name>
    <message>
        <source>My workspace</source>
        <translation>Çalışma alanım</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Çalışma alanını aç</translation>
    </message>
    <message>
        <source>This workspace&apos;s cache is protected by a passphrase. Enter it to open:</source>
        <translation>Bu çalışma alanının önbelleği bir parolayla korunuyor. Açmak için parolayı girin:</translation>
    </message>
    <message>
        <source>Enter the passphrase again:</source>
        <translation>Parolayı yeniden girin:</translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation>Çalışma alanının kilidini aç</translation>
    </message>
    <message>
        <source>Damaged cache</source>
        <translation>Bozuk önbellek</translation>
    </message>
    <message>
        <source>Unlocking the encrypted cache…</source>
        <translation>Şifreli önbelleğin kilidi açılıyor…</translation>
    </message>
    <message>
        <source>The cache stays locked: no passphrase was given.</source>
        <translation>Önbellek kilitli kalıyor: parola girilmedi.</translation>
    </message>
    <message>
        <source>%1

SellerDesk can move the damaged cache aside (it is kept in the workspace&apos;s “damaged” folder) and build a new one from your platforms and the cloud.</source>
        <translation>%1

SellerDesk bozuk önbelleği kenara taşıyabilir (çalışma alanının “damaged” klasöründe saklanır) ve platformlarınızdan ve buluttan yenisini oluşturabilir.</translation>
    </message>
    <message>
        <source>Encrypted cache ready · offline workspace</source>
        <translation>Şifreli önbellek hazır · çevrimdışı çalışma alanı</translation>
    </message>
    <message>
        <source>Cache not available: %1</source>
        <translation>Önbellek kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Önbellek parolası</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters). Without it the cache cannot be opened, so keep it safe:</source>
        <translation>Yeni parola (en az %1 karakter). Parola olmadan önbellek açılamaz; güvenli bir yerde saklayın:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Aynı parola yeniden:</translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was changed.</source>
        <translation>Parolalar farklı; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The cache key is now protected by your passphrase.</source>
        <translation>Önbellek anahtarı artık parolanızla korunuyor.</translation>
    </message>
    <message>
        <source>Cache key</source>
        <translation>Önbellek anahtarı</translation>
    </message>
    <message>
        <source>The cache key is now kept in the system keychain.</source>
        <translation>Önbellek anahtarı artık sistem anahtar zincirinde tutuluyor.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Anahtar zinciri yok</translation>
    </message>
    <message>
        <source>%1

SellerDesk keeps the key of this workspace&apos;s encrypted cache in the system keychain. Without a working keychain you can protect it with a passphrase instead; you will be asked for it each time the workspace opens. Use a passphrase?</source>
        <translation>%1

SellerDesk bu çalışma alanının şifreli önbelleğinin anahtarını sistem anahtar zincirinde tutar. Çalışan bir anahtar zinciri yoksa anahtarı bunun yerine bir parolayla koruyabilirsiniz; çalışma alanı her açıldığında parola sorulur. Parola kullanılsın mı?</translation>
    </message>
    <message>
        <source>Connecting the demo shops…</source>
        <translation>Demo mağazalar bağlanıyor…</translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — sample shops from the local sandbox; new orders arrive every few seconds. Nothing here is real.</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt; — yerel sandbox&apos;tan örnek mağazalar; birkaç saniyede bir yeni sipariş gelir. Buradaki hiçbir şey gerçek değil.</translation>
    </message>
    <message>
        <source>No working keychain here: demo data is not kept after you quit.</source>
        <translation>Burada çalışan bir anahtar zinciri yok: demo verileri uygulamadan çıktıktan sonra saklanmaz.</translation>
    </message>
    <message>
        <source>Opening the encrypted cache…</source>
        <translation>Şifreli önbellek açılıyor…</translation>
    </message>
</context>
<context>
    <name>sd::ui::BulkActionDialog</name>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n sipariş</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>Sıraya alınmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n order(s) finished.</source>
        <translation>
            <numerusform>%1: %n siparişten %2 tanesi tamamlandı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n order(s).</source>
        <translation>
            <numerusform>%1: %n siparişin tümü için tamamlandı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n order(s) failed; see the reasons below.</source>
        <translation>
            <numerusform>%1: %n siparişten %2 tanesi başarısız oldu; nedenlerini aşağıda görebilirsiniz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CommandPalette</name>
    <message>
        <source>Type a command or a view…</source>
        <translation>Bir komut ya da görünüm yazın…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComposerTools</name>
    <message>
        <source>/shortcut in a reply	insert a saved reply (Up/Down, Enter or Tab, Esc)
Ctrl+Shift+S	manage saved replies
Ctrl+.	insert an emoji (arrows, Enter)</source>
        <translation>Yanıtta /kısayol	kayıtlı yanıt ekler (Yukarı/Aşağı, Enter veya Tab, Esc)
Ctrl+Shift+S	kayıtlı yanıtları yönetir
Ctrl+.	emoji ekler (oklar, Enter)</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Kayıtlı yanıtlar…</translation>
    </message>
    <message>
        <source>Manage saved replies; type /shortcut in a reply to insert one (Ctrl+Shift+S)</source>
        <translation>Kayıtlı yanıtları yönetin; eklemek için yanıtta /kısayol yazın (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Insert an emoji (Ctrl+.)</source>
        <translation>Emoji ekle (Ctrl+.)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>sd::ui::ConnectionHealthBar</name>
    <message>
        <source>Reconnect…</source>
        <translation>Yeniden bağlan…</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>sd::ui::ConnectionsPanel</name>
    <message>
        <source>Connections can be managed once this workspace&apos;s cache is open.</source>
        <translation>Bağlantılar, bu çalışma alanının önbelleği açıldıktan sonra yönetilebilir.</translation>
    </message>
    <message>
        <source>Syncing… (page %1)</source>
        <translation>Eşitleniyor… (sayfa %1)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hata: %1</translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation>İlk eşitleme bekleniyor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>henüz yapılmadı</translation>
    </message>
    <message>
        <source>production</source>
        <translation>canlı ortam</translation>
    </message>
    <message>
        <source>No connections yet. Add Trendyol, Hepsiburada, N11 or your WooCommerce shop to see their orders here.</source>
        <translation>Henüz bağlantı yok. Siparişlerini burada görmek için Trendyol, Hepsiburada, N11 ya da WooCommerce mağazanızı ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”?

This deletes from this computer its %n order(s) with their lines and shipments, and its credentials from the system keychain. Customers stay, they may have bought elsewhere too. Nothing changes on the platform itself.</source>
        <translation>
            <numerusform>“%1” kaldırılsın mı?

Bu işlem, bağlantının %n siparişini satırları ve gönderileriyle birlikte bu bilgisayardan, kimlik bilgilerini de sistem anahtar zincirinden siler. Müşteriler kalır; başka yerlerden de alışveriş yapmış olabilirler. Platformun kendisinde hiçbir şey değişmez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
        <source>Removed “%1” and its orders.</source>
        <translation>“%1” ve siparişleri kaldırıldı.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API adresi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Son eşitleme</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Bağlantı &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Şimdi &amp;eşitle</translation>
    </message>
    <message>
        <source>Facebook Page + Instagram</source>
        <translation>Facebook Sayfası + Instagram</translation>
    </message>
    <message>
        <source>Marketplaces and shops whose orders this workspace fetches, and the Facebook Page whose Messenger and Instagram messages it answers. Credentials are verified with the platform before they are saved, and kept only in your system keychain, never in files.</source>
        <translation>Bu çalışma alanının siparişlerini çektiği pazaryerleri ve mağazalar ile Messenger ve Instagram mesajlarını yanıtladığı Facebook Sayfası. Kimlik bilgileri kaydedilmeden önce platformla doğrulanır ve asla dosyalarda değil, yalnızca sisteminizin anahtar zincirinde tutulur.</translation>
    </message>
    <message>
        <source>Facebook Page + &amp;Instagram…</source>
        <translation>Facebook Sayfası + &amp;Instagram…</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Yeniden bağlan…</translation>
    </message>
    <message>
        <source>Remove “%1”?

This deletes from this computer the Page&apos;s conversations and messages of Messenger and Instagram, and its token from the system keychain. Nothing changes on Facebook or Instagram, and you can connect the Page again later.</source>
        <translation>“%1” kaldırılsın mı?

Sayfanın Messenger ve Instagram konuşmaları ile mesajları bu bilgisayardan, token&apos;ı da sistem anahtar zincirinden silinir. Facebook veya Instagram&apos;da hiçbir şey değişmez; sayfayı daha sonra yeniden bağlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Removed “%1” and its conversations.</source>
        <translation>“%1” ve konuşmaları kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerPanel</name>
    <message>
        <source>same customer</source>
        <translation>aynı müşteri</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>aynı telefon</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>aynı e-posta</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>aynı ad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Seçili konuşma yok</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
    <message>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>(written in a message)</source>
        <translation>(bir mesajda yazılmış)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-posta: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Şehir: %1</translation>
    </message>
    <message>
        <source>No phone or email known.</source>
        <translation>Bilinen telefon veya e-posta yok.</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Etiket yok</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Not yok</translation>
    </message>
    <message>
        <source>Possible match (%1)</source>
        <translation>Olası eşleşme (%1)</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>Onaylandı (%1)</translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation>Güven %%1</translation>
    </message>
    <message>
        <source>No orders found for this customer.</source>
        <translation>Bu müşteri için sipariş bulunamadı.</translation>
    </message>
</context>
<context>
    <name>sd::ui::EmojiPicker</name>
    <message>
        <source>Emojis</source>
        <translation>Emojiler</translation>
    </message>
    <message>
        <source>Arrows choose, Enter inserts, Esc closes</source>
        <translation>Oklarla seçin, Enter ekler, Esc kapatır</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImageViewerDialog</name>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Görsel yükleniyor…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Görsel gösterilemiyor.</translation>
    </message>
</context>
<context>
    <name>sd::ui::InboxNotifier</name>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n yeni mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Instagram)</source>
        <translation>%1 (Instagram)</translation>
    </message>
    <message>
        <source>%1 (Messenger)</source>
        <translation>%1 (Messenger)</translation>
    </message>
    <message>
        <source>Sent an attachment</source>
        <translation>Bir ek gönderdi</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Yeni mesaj</translation>
    </message>
</context>
<context>
    <name>sd::ui::InboxView</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Henüz konuşma yok</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları Aç</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Yalnızca okunmamışlar</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tüm kanallar</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Yanıt yazın… (Enter gönderir, yeni satır için Shift+Enter)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
    <message>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Normal reply · %1 left in the 24-hour window</source>
        <translation>Normal yanıt · 24 saatlik pencerede %1 kaldı</translation>
    </message>
    <message>
        <source>Goes with the human agent tag · %1 left</source>
        <translation>Human Agent etiketiyle gönderilir · %1 kaldı</translation>
    </message>
    <message>
        <source>Cannot be sent now</source>
        <translation>Şu anda gönderilemez</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending is not available.</source>
        <translation>Gönderim kullanılamıyor.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
    <message numerus="yes">
        <source>Show earlier messages (%n)</source>
        <translation>
            <numerusform>Önceki mesajları göster (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F or /	search all messages
Ctrl+F	find in this conversation
Enter / Shift+Enter	next / previous hit
Ctrl+I	show or hide the customer panel</source>
        <translation>Ctrl+Shift+F veya /	tüm mesajlarda ara
Ctrl+F	bu konuşmada bul
Enter / Shift+Enter	sonraki / önceki sonuç
Ctrl+I	müşteri panelini göster veya gizle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Show or hide the customer and their orders (Ctrl+I)</source>
        <translation>Müşteriyi ve siparişlerini göster veya gizle (Ctrl+I)</translation>
    </message>
    <message>
        <source>Instagram Direct and Messenger conversations arrive here, in one list you can answer from the keyboard. Connect a Facebook Page in Settings → Connections (or with `sellerdesk-cli connect meta`).</source>
        <translation>Instagram Direct ve Messenger konuşmaları burada, klavyeden yanıtlayabileceğiniz tek bir listede toplanır. Ayarlar → Bağlantılar&apos;dan (veya `sellerdesk-cli connect meta` ile) bir Facebook sayfası bağlayın.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends, Enter for a new line)</source>
        <translation>Yanıt yazın… (Ctrl+Enter gönderir, Enter yeni satır)</translation>
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
        <translation>Klavye kısayolları

Ctrl+Aşağı veya J	sonraki konuşma
Ctrl+Yukarı veya K	önceki konuşma
R veya Enter	yanıt yaz
Enter veya Ctrl+Enter	yanıtı gönder (Ayarlar: Enter bunun yerine yeni satır açabilir)
Shift+Enter	yanıtta yeni satır
Esc	listeye dön
F1 veya ?	bu listeyi göster veya gizle</translation>
    </message>
    <message>
        <source>No conversation matches these filters. Done and snoozed conversations are under &quot;Done&quot; and &quot;Snoozed&quot; above.</source>
        <translation>Bu filtrelere uyan konuşma yok. Tamamlanan ve ertelenen konuşmalar yukarıda &quot;Tamamlandı&quot; ve &quot;Ertelenmiş&quot; altında.</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Gelen Kutusu</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>AI Studio</source>
        <translation>Yapay Zekâ Stüdyosu</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analiz</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>SellerDesk — %1</source>
        <translation>SellerDesk — %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 görünümüne git</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Henüz konuşma yok</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları Aç</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Henüz müşteri yok</translation>
    </message>
    <message>
        <source>Every buyer and every person who writes to you gets one profile here, across all channels, as soon as orders and messages arrive.</source>
        <translation>Siparişler ve mesajlar gelmeye başladığında, size yazan ve sizden alışveriş yapan herkes burada tüm kanallarda tek bir profile sahip olur.</translation>
    </message>
    <message>
        <source>AI Studio is not set up</source>
        <translation>Yapay Zekâ Stüdyosu kurulmadı</translation>
    </message>
    <message>
        <source>Product texts, captions, reply suggestions, images and voice-overs from the AI provider of your choice will be requested here. Personal data is removed before a prompt leaves this computer.</source>
        <translation>Seçtiğiniz yapay zekâ sağlayıcısından ürün metinleri, gönderi açıklamaları, yanıt önerileri, görseller ve seslendirmeler buradan istenecek. Kişisel veriler, istem bu bilgisayardan çıkmadan önce temizlenir.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Henüz gösterilecek veri yok</translation>
    </message>
    <message>
        <source>Revenue, orders per channel and day, top products and response times are drawn here once orders and messages arrive.</source>
        <translation>Siparişler ve mesajlar geldiğinde ciro, kanal ve güne göre siparişler, en çok satan ürünler ve yanıt süreleri burada çizilir.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Çalışma Alanı</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Yeni çalışma alanı…</translation>
    </message>
    <message>
        <source>&amp;Switch workspace…</source>
        <translation>Çalışma alanı &amp;değiştir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Komut paleti…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation>SellerDesk &amp;Hakkında</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline workspace: everything is kept on this computer</source>
        <translation>Çevrimdışı çalışma alanı: her şey bu bilgisayarda tutulur</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Yeni çalışma alanı…</translation>
    </message>
    <message>
        <source>Switch workspace…</source>
        <translation>Çalışma alanı değiştir…</translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation>SellerDesk Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SellerDesk %1&lt;/h3&gt;&lt;p&gt;Your shop&apos;s messages, orders, customers and AI content in one fast window.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Your data stays on this computer unless you connect a cloud workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SellerDesk %1&lt;/h3&gt;&lt;p&gt;Mağazanızın mesajları, siparişleri, müşterileri ve yapay zekâ içerikleri tek ve hızlı bir pencerede.&lt;/p&gt;&lt;p&gt;Qt %2 ile geliştirildi. Bir bulut çalışma alanı bağlamadığınız sürece verileriniz bu bilgisayarda kalır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Instagram Direct and Messenger conversations will arrive here, in one list you can answer from the keyboard. Connecting accounts arrives in a later version.</source>
        <translation>Instagram Direct ve Messenger konuşmaları burada, klavyeden yanıtlayabileceğiniz tek bir listede toplanacak. Hesap bağlama sonraki bir sürümde gelecek.</translation>
    </message>
    <message>
        <source>AI Studio</source>
        <comment>short label in the navigation rail</comment>
        <translation>YZ Stüdyosu</translation>
    </message>
    <message>
        <source>Orders cannot be read: %1</source>
        <translation>Siparişler okunamıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>New orders</source>
        <translation>
            <numerusform>Yeni sipariş</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has arrived.</source>
        <translation>%1 numaralı sipariş geldi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) have arrived.</source>
        <translation>
            <numerusform>%n yeni sipariş geldi.</numerusform>
        </translation>
    </message>
    <message>
        <source>SellerDesk — %1 [DEMO: sample data]</source>
        <translation>SellerDesk — %1 [DEMO: örnek veriler]</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Şimdi &amp;eşitle</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message numerus="yes">
        <source>SellerDesk: %n unread message(s)</source>
        <translation>
            <numerusform>SellerDesk: %n okunmamış mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
    </message>
</context>
<context>
    <name>sd::ui::MediaResolver</name>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Görsel gösterilemiyor.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Görsel yükleniyor…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MessageSearchModel</name>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
</context>
<context>
    <name>sd::ui::MessageSearchPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Arama başarısız oldu: %1</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>Mesaj bulunamadı</translation>
    </message>
    <message numerus="yes">
        <source>First %n messages</source>
        <translation>
            <numerusform>İlk %n mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>Tüm mesajlarda ara (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Daha fazla sonuç</translation>
    </message>
</context>
<context>
    <name>sd::ui::MetaTokenDialog</name>
    <message>
        <source>Connect a Facebook Page + Instagram</source>
        <translation>Facebook Sayfası + Instagram bağla</translation>
    </message>
    <message>
        <source>&lt;p&gt;SellerDesk reads and answers your Messenger and Instagram Direct messages through your Facebook Page. Paste an access token that reaches the Page:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Page token&lt;/b&gt;: in Meta&apos;s Graph API Explorer (developers.facebook.com/tools/explorer), choose your app, “Get Page Access Token”, and your Page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;System-user token&lt;/b&gt; (recommended for a business, it does not expire): in Business Settings → Users → System users, add the Page as an asset with the messaging task, then “Generate new token”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The token needs these permissions: &lt;tt&gt;pages_messaging&lt;/tt&gt;, &lt;tt&gt;pages_manage_metadata&lt;/tt&gt;, &lt;tt&gt;pages_read_engagement&lt;/tt&gt;, &lt;tt&gt;pages_show_list&lt;/tt&gt;, and for Instagram &lt;tt&gt;instagram_basic&lt;/tt&gt; and &lt;tt&gt;instagram_manage_messages&lt;/tt&gt; (the Instagram professional account must be linked to the Page).&lt;/p&gt;&lt;p&gt;The token is kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SellerDesk, Messenger ve Instagram Direct mesajlarınızı Facebook Sayfanız üzerinden okur ve yanıtlar. Sayfaya erişen bir erişim token&apos;ı yapıştırın:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sayfa token&apos;ı&lt;/b&gt;: Meta&apos;nın Graph API Explorer aracında (developers.facebook.com/tools/explorer) uygulamanızı, “Get Page Access Token” seçeneğini ve Sayfanızı seçin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sistem kullanıcısı token&apos;ı&lt;/b&gt; (işletmeler için önerilir, süresi dolmaz): Business Settings → Users → System users bölümünde Sayfayı mesajlaşma göreviyle bir varlık olarak ekleyin, ardından “Generate new token” seçeneğini kullanın.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Token&apos;ın şu izinlere sahip olması gerekir: &lt;tt&gt;pages_messaging&lt;/tt&gt;, &lt;tt&gt;pages_manage_metadata&lt;/tt&gt;, &lt;tt&gt;pages_read_engagement&lt;/tt&gt;, &lt;tt&gt;pages_show_list&lt;/tt&gt;, Instagram için ayrıca &lt;tt&gt;instagram_basic&lt;/tt&gt; ve &lt;tt&gt;instagram_manage_messages&lt;/tt&gt; (Instagram profesyonel hesabı Sayfaya bağlı olmalıdır).&lt;/p&gt;&lt;p&gt;Token yalnızca sisteminizin anahtar zincirinde tutulur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Erişim token&apos;ını buraya yapıştırın</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>The Meta app has the Human Agent permission (replies up to 7 days)</source>
        <translation>Meta uygulamasının Human Agent izni var (7 güne kadar yanıt)</translation>
    </message>
    <message>
        <source>Graph API host:</source>
        <translation>Graph API sunucusu:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API sürümü:</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Token&apos;ı &amp;doğrula</translation>
    </message>
    <message>
        <source>Pages this token reaches:</source>
        <translation>Bu token&apos;ın erişebildiği Sayfalar:</translation>
    </message>
    <message>
        <source>Reconnect the Facebook Page</source>
        <translation>Facebook Sayfasını yeniden bağla</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Önce bir erişim token&apos;ı yapıştırın.</translation>
    </message>
    <message>
        <source>The Graph API host must be an https address (http only on this computer).</source>
        <translation>Graph API sunucusu bir https adresi olmalıdır (http yalnızca bu bilgisayarda).</translation>
    </message>
    <message>
        <source>Checking the token with Meta…</source>
        <translation>Token Meta ile doğrulanıyor…</translation>
    </message>
    <message>
        <source>The token works but reaches no Facebook Page. Give the system user the Page as an asset (with the messaging task) and create the token again.</source>
        <translation>Token çalışıyor ancak hiçbir Facebook Sayfasına erişemiyor. Sayfayı sistem kullanıcısına varlık olarak atayın (mesajlaşma göreviyle birlikte) ve token&apos;ı yeniden oluşturun.</translation>
    </message>
    <message>
        <source>%1 (Messenger only: no Instagram account linked)</source>
        <translation>%1 (yalnızca Messenger: bağlı Instagram hesabı yok)</translation>
    </message>
    <message>
        <source>%1 + Instagram @%2</source>
        <translation>%1 + Instagram @%2</translation>
    </message>
    <message>
        <source>This token may not send messages for this Page (the messaging task is missing).</source>
        <translation>Bu token bu Sayfa adına mesaj gönderemez (mesajlaşma görevi eksik).</translation>
    </message>
    <message>
        <source>This is not the Page of the connection being reconnected.</source>
        <translation>Bu, yeniden bağlanan bağlantının Sayfası değil.</translation>
    </message>
    <message>
        <source>The token reaches no Page it may send messages for.</source>
        <translation>Token, adına mesaj gönderebileceği hiçbir Sayfaya erişemiyor.</translation>
    </message>
    <message>
        <source>The token does not reach the Page of this connection.</source>
        <translation>Token bu bağlantının Sayfasına erişemiyor.</translation>
    </message>
    <message>
        <source>The token works. Choose the Page and save.</source>
        <translation>Token çalışıyor. Sayfayı seçip kaydedin.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>sd::ui::NavigationRail</name>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, %n yeni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::NotificationSettings</name>
    <message>
        <source>Notify me when a customer writes (sender and a preview of the message)</source>
        <translation>Bir müşteri yazdığında bana bildir (gönderen ve mesajın önizlemesi)</translation>
    </message>
    <message>
        <source>Play a sound with the notification</source>
        <translation>Bildirimle birlikte ses çal</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen Kutusu</translation>
    </message>
    <message>
        <source>Enter sends the reply (off: Enter starts a new line and Ctrl+Enter sends)</source>
        <translation>Enter yanıtı gönderir (kapalıyken: Enter yeni satır açar, Ctrl+Enter gönderir)</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrderDetailPane</name>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>Kontrol gerekiyor</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>KDV</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Actions on the platform</source>
        <translation>Platformdaki işlemler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Deneme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>“Needs a check”: the platform received the request but its answer was lost, so SellerDesk cannot tell whether it was applied. Check the order in the platform&apos;s seller panel first; Retry reads the platform&apos;s state again before anything is sent.</source>
        <translation>“Kontrol gerekiyor”: platform isteği aldı ancak yanıtı kayboldu, bu nedenle SellerDesk isteğin uygulanıp uygulanmadığını bilemiyor. Önce siparişi platformun satıcı panelinde kontrol edin; Yeniden dene, herhangi bir şey göndermeden önce platformdaki durumu yeniden okur.</translation>
    </message>
    <message>
        <source>Select an order to see its lines, customer, addresses and cargo.</source>
        <translation>Satırlarını, müşterisini, adreslerini ve kargosunu görmek için bir sipariş seçin.</translation>
    </message>
    <message>
        <source>This order cannot be shown: %1</source>
        <translation>Bu sipariş gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>The platform gives no product image for this line.</source>
        <translation>Platform bu satır için ürün görseli sağlamıyor.</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>Stok kodu %1</translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation>Barkod %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Satır %1</translation>
    </message>
    <message>
        <source>−%1 discount per unit</source>
        <translation>Birim başına −%1 indirim</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Check the order on the platform first: Retry reads its state before sending.</source>
        <translation>Önce siparişi platformda kontrol edin: Yeniden dene, göndermeden önce siparişin durumunu okur.</translation>
    </message>
    <message>
        <source>Send this action again</source>
        <translation>Bu işlemi yeniden gönder</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrderDetails</name>
    <message>
        <source>Ordered</source>
        <translation>Sipariş verildi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Kargoda</translation>
    </message>
    <message>
        <source>Shipped with %1</source>
        <translation>%1 ile kargoya verildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Last change on the platform: %1</source>
        <translation>Platformdaki son değişiklik: %1</translation>
    </message>
    <message>
        <source>Last change on the platform: %1 (%2)</source>
        <translation>Platformdaki son değişiklik: %1 (%2)</translation>
    </message>
    <message>
        <source>Tax number %1 %2</source>
        <translation>Vergi numarası %1 %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message>
        <source>Before discounts: %1</source>
        <translation>İndirimler öncesi: %1</translation>
    </message>
    <message>
        <source>Discounts: %1</source>
        <translation>İndirimler: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Toplam: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Teslimat adresi</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Fatura adresi</translation>
    </message>
    <message>
        <source>Invoice address: same as shipping</source>
        <translation>Fatura adresi: teslimat adresiyle aynı</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Kargo</translation>
    </message>
    <message>
        <source>Not shipped yet.</source>
        <translation>Henüz kargoya verilmedi.</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Kargo takip numarası: %1</translation>
    </message>
    <message>
        <source>Track parcel</source>
        <translation>Kargoyu takip et</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Open in the %1 seller panel</source>
        <translation>%1 satıcı panelinde aç</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Durum: %1 → %2</translation>
    </message>
    <message>
        <source>%1 · by an action from SellerDesk</source>
        <translation>%1 · SellerDesk&apos;ten yapılan bir işlemle</translation>
    </message>
    <message>
        <source>%1 · seen on the platform</source>
        <translation>%1 · platformda görüldü</translation>
    </message>
    <message>
        <source>Status changes are recorded from the first sync that sees one.</source>
        <translation>Durum değişiklikleri, bir değişikliği ilk kez gören eşitlemeden itibaren kaydedilir.</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersExport</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Sipariş numarası</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>Platform durumu</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Kargo</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Kargo takip numarası</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Dışa aktarma iptal edildi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation>Toplama listesi</translation>
    </message>
    <message>
        <source>%1 · %2 orders · %3 products · %4 pieces</source>
        <translation>%1 · %2 sipariş · %3 ürün · %4 adet</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Stok kodu</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Kargo</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n satır</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Kargo takip numarası: %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersView</name>
    <message>
        <source>Remove saved filter “%1”</source>
        <translation>Kayıtlı “%1” filtresini kaldır</translation>
    </message>
    <message>
        <source>No action applies to the selected orders</source>
        <translation>Seçili siparişlere uygulanabilecek bir işlem yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s))</source>
        <translation>
            <numerusform>%1 (%n sipariş)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Search number, customer, city, SKU, barcode (Ctrl+F)</source>
        <translation>Numara, müşteri, şehir, stok kodu, barkod ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Tarih aralığı…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filtreyi kaydet…</translation>
    </message>
    <message>
        <source>Keep this filter in the side list</source>
        <translation>Bu filtreyi yan listede tut</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>İşlemler</translation>
    </message>
    <message>
        <source>Run an action on the selected orders</source>
        <translation>Seçili siparişlerde bir işlem çalıştır</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export every order of this filter to CSV (Ctrl+E)</source>
        <translation>Bu filtredeki tüm siparişleri CSV olarak dışa aktar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to CSV for Turkish Excel (1.234,56; separated by ;)…</source>
        <translation>Türkçe Excel için CSV olarak dışa aktar (1.234,56; ; ile ayrılmış)…</translation>
    </message>
    <message>
        <source>Print picking list…</source>
        <translation>Toplama listesini yazdır…</translation>
    </message>
    <message>
        <source>Print the products to pick for the selected orders</source>
        <translation>Seçili siparişler için toplanacak ürünleri yazdır</translation>
    </message>
    <message>
        <source>Save picking list as PDF…</source>
        <translation>Toplama listesini PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Notify me of new orders</source>
        <translation>Yeni siparişleri bana bildir</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Siparişlerde ara</translation>
    </message>
    <message>
        <source>Select an order to see its lines, customer, addresses and cargo.</source>
        <translation>Satırlarını, müşterisini, adreslerini ve kargosunu görmek için bir sipariş seçin.</translation>
    </message>
    <message>
        <source>Cannot read orders: %1</source>
        <translation>Siparişler okunamıyor: %1</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Tüm siparişler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Kayıtlı filtreler</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%n siparişten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Henüz sipariş yok</translation>
    </message>
    <message>
        <source>Connect a marketplace in Settings: orders from Trendyol, Hepsiburada, N11 and your WooCommerce shop then arrive here in one table.</source>
        <translation>Ayarlar&apos;dan bir pazaryeri bağlayın: Trendyol, Hepsiburada, N11 ve WooCommerce mağazanızdaki siparişler bundan sonra burada tek bir tabloda toplanır.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları Aç</translation>
    </message>
    <message>
        <source>No order matches these filters</source>
        <translation>Bu filtrelere uyan sipariş yok</translation>
    </message>
    <message>
        <source>Try another word, a wider date range or another status.</source>
        <translation>Başka bir sözcük, daha geniş bir tarih aralığı ya da başka bir durum deneyin.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n order(s)?</source>
        <translation>
            <numerusform>%1: %n siparişe uygulansın mı?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) will be changed on their platform.</source>
        <translation>
            <numerusform>%n sipariş kendi platformunda değiştirilecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filtreyi kaydet</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Bu filtrenin adı:</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Önbellek açık değil.</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Siparişleri dışa aktar</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Siparişler dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported.</source>
        <translation>
            <numerusform>%n sipariş dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation>Toplama listesi</translation>
    </message>
    <message>
        <source>Print picking list</source>
        <translation>Toplama listesini yazdır</translation>
    </message>
    <message>
        <source>Actions failed</source>
        <translation>Başarısız işlemler</translation>
    </message>
    <message>
        <source>Show only orders with a failed action or one that needs a check</source>
        <translation>Yalnızca başarısız ya da kontrol gerektiren bir işlemi olan siparişleri göster</translation>
    </message>
    <message>
        <source>Actions failed (%1)</source>
        <translation>Başarısız işlemler (%1)</translation>
    </message>
</context>
<context>
    <name>sd::ui::OutboxActionService</name>
    <message>
        <source>Move to picking</source>
        <translation>Toplamaya al</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Siparişi iptal et</translation>
    </message>
    <message>
        <source>Cancel the order in the shop? The customer may be notified by WooCommerce and the order cannot be un-cancelled from SellerDesk.</source>
        <translation>Sipariş mağazada iptal edilsin mi? WooCommerce müşteriye bildirim gönderebilir ve iptal SellerDesk&apos;ten geri alınamaz.</translation>
    </message>
    <message>
        <source>This action is not available.</source>
        <translation>Bu işlem kullanılamıyor.</translation>
    </message>
    <message>
        <source>Sent, but the platform&apos;s answer was lost: check the order on the platform (%1)</source>
        <translation>Gönderildi ancak platformun yanıtı kayboldu: siparişi platformda kontrol edin (%1)</translation>
    </message>
    <message>
        <source>Mark as invoiced</source>
        <translation>Faturalandı olarak işaretle</translation>
    </message>
    <message>
        <source>Set tracking number</source>
        <translation>Kargo takip numarasını gir</translation>
    </message>
    <message>
        <source>Cancel lines</source>
        <translation>Satırları iptal et</translation>
    </message>
    <message>
        <source>Send invoice link</source>
        <translation>Fatura bağlantısını gönder</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Durumu değiştir</translation>
    </message>
    <message>
        <source>Add order note</source>
        <translation>Sipariş notu ekle</translation>
    </message>
    <message>
        <source>Add shipment tracking</source>
        <translation>Kargo takibi ekle</translation>
    </message>
    <message>
        <source>Split package</source>
        <translation>Paketi böl</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paketle</translation>
    </message>
    <message>
        <source>Cancel a line</source>
        <translation>Bir satırı iptal et</translation>
    </message>
    <message>
        <source>Unpack</source>
        <translation>Paketlemeyi geri al</translation>
    </message>
    <message>
        <source>Change carrier</source>
        <translation>Kargo firmasını değiştir</translation>
    </message>
    <message>
        <source>Mark as shipped (own carrier)</source>
        <translation>Kargoya verildi olarak işaretle (kendi kargonuz)</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Teslim edildi olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as not delivered</source>
        <translation>Teslim edilemedi olarak işaretle</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel the chosen lines on the platform? The customer is told that they will not be delivered; this cannot be undone.</source>
        <translation>Seçilen satırlar platformda iptal edilsin mi? Müşteriye bu ürünlerin teslim edilmeyeceği bildirilir; bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Mark the package as invoiced on Trendyol? Its status cannot be moved back.</source>
        <translation>Paket Trendyol&apos;da faturalandı olarak işaretlensin mi? Paketin durumu geri alınamaz.</translation>
    </message>
    <message>
        <source>Send the invoice link to Trendyol? Trendyol keeps the first link of a package; it cannot be replaced from SellerDesk.</source>
        <translation>Fatura bağlantısı Trendyol&apos;a gönderilsin mi? Trendyol bir paketin ilk bağlantısını saklar; bu bağlantı SellerDesk&apos;ten değiştirilemez.</translation>
    </message>
    <message>
        <source>Split the package on N11? This cannot be undone.</source>
        <translation>Paket N11&apos;de bölünsün mü? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Unpack the package on Hepsiburada? Its lines become open again and the package number is dropped.</source>
        <translation>Paketleme Hepsiburada&apos;da geri alınsın mı? Paketin satırları yeniden açık duruma gelir ve paket numarası kaldırılır.</translation>
    </message>
    <message>
        <source>Split the package on Hepsiburada? This cannot be undone.</source>
        <translation>Paket Hepsiburada&apos;da bölünsün mü? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Report the package as handed to your carrier? Hepsiburada tells the customer.</source>
        <translation>Paketin kargo firmanıza teslim edildiği bildirilsin mi? Hepsiburada müşteriyi bilgilendirir.</translation>
    </message>
    <message>
        <source>Report the package as delivered? This cannot be undone.</source>
        <translation>Paketin teslim edildiği bildirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Report that the package could not be delivered? This cannot be undone.</source>
        <translation>Paketin teslim edilemediği bildirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Change status to %1</source>
        <translation>Durumu %1 olarak değiştir</translation>
    </message>
    <message>
        <source>%1 (platform: %2)</source>
        <translation>%1 (platform: %2)</translation>
    </message>
</context>
<context>
    <name>sd::ui::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Kayıtlı yanıtlar</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Kısayol</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>e.g. kargo</source>
        <translation>ör. kargo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>Type /shortcut in a reply to insert the text. {name} becomes the customer&apos;s first name.</source>
        <translation>Metni eklemek için yanıtta /kısayol yazın. {name} müşterinin adıyla değiştirilir.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Kay&amp;det</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation>Kayıtlı yanıtı sil</translation>
    </message>
    <message>
        <source>Delete the saved reply /%1?</source>
        <translation>/%1 kayıtlı yanıtı silinsin mi?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsView</name>
    <message>
        <source>Language and appearance</source>
        <translation>Dil ve görünüm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo çalışma alanı</translation>
    </message>
    <message>
        <source>Cloud workspace</source>
        <translation>Bulut çalışma alanı</translation>
    </message>
    <message>
        <source>Local workspace (this computer only)</source>
        <translation>Yerel çalışma alanı (yalnızca bu bilgisayar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Created: %3&lt;br&gt;Folder: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Oluşturulma: %3&lt;br&gt;Klasör: %4</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Yeni çalışma alanı…</translation>
    </message>
    <message>
        <source>&amp;Switch or manage workspaces…</source>
        <translation>Çalışma alanlarını &amp;değiştir veya yönet…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>SellerDesk sends no analytics and no tracking data. Settings and logs stay in the workspace folder; passwords and tokens are never written there.</source>
        <translation>SellerDesk hiçbir analiz ya da izleme verisi göndermez. Ayarlar ve günlükler çalışma alanı klasöründe kalır; parolalar ve token&apos;lar oraya asla yazılmaz.</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Yerel önbellek</translation>
    </message>
    <message>
        <source>Everything this workspace keeps on this computer is encrypted (AES-256). Its key is protected by your passphrase.</source>
        <translation>Bu çalışma alanının bu bilgisayarda tuttuğu her şey şifrelidir (AES-256). Anahtarı parolanızla korunur.</translation>
    </message>
    <message>
        <source>Everything this workspace keeps on this computer is encrypted (AES-256). Its key is kept in the system keychain.</source>
        <translation>Bu çalışma alanının bu bilgisayarda tuttuğu her şey şifrelidir (AES-256). Anahtarı sistem anahtar zincirinde tutulur.</translation>
    </message>
    <message>
        <source>The cache is not open right now.</source>
        <translation>Önbellek şu anda açık değil.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Parolayı &amp;değiştir…</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation>&amp;Parolayla koru…</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain</source>
        <translation>Anahtarı anahtar &amp;zincirinde tut</translation>
    </message>
</context>
<context>
    <name>sd::ui::ThreadFindBar</name>
    <message>
        <source>No results</source>
        <translation>Sonuç yok</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>Bu konuşmada ara</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>Önceki (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Sonraki (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
</context>
<context>
    <name>sd::ui::ThreadModel</name>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Çıkartma</translation>
    </message>
    <message>
        <source>Reply to your story</source>
        <translation>Hikayenize yanıt</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Bir hikayede sizden bahsetti</translation>
    </message>
    <message>
        <source>Shared post</source>
        <translation>Paylaşılan gönderi</translation>
    </message>
    <message>
        <source>Attachment this app cannot show</source>
        <translation>Bu uygulamanın gösteremediği ek</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This message was removed by its sender.</source>
        <translation>Bu mesaj, gönderen tarafından kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkflowBar</name>
    <message>
        <source>Assign</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Assign to a team member (A: to me, Shift+A: choose)</source>
        <translation>Bir ekip üyesine ata (A: bana, Shift+A: seç)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Add or remove labels (L)</source>
        <translation>Etiket ekle ya da kaldır (L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Write an internal note: only your team sees it, never the customer (N)</source>
        <translation>Dahili not yazın: yalnızca ekibiniz görür, müşteri asla görmez (N)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Ertele</translation>
    </message>
    <message>
        <source>Hide until later; it comes back unread (S)</source>
        <translation>Daha sonraya kadar gizle; okunmamış olarak geri gelir (S)</translation>
    </message>
    <message>
        <source>Internal notes — only your team sees these; they are never sent to the customer</source>
        <translation>Dahili notlar — bunları yalnızca ekibiniz görür; müşteriye asla gönderilmez</translation>
    </message>
    <message>
        <source>A	assign to me
Shift+A	assign to a team member
L	labels
N	internal note (never sent)
E	mark done or reopen
S	snooze</source>
        <translation>A	bana ata
Shift+A	bir ekip üyesine ata
L	etiketler
N	dahili not (asla gönderilmez)
E	tamamlandı olarak işaretle ya da yeniden aç
S	ertele</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Open the conversation again (E)</source>
        <translation>Konuşmayı yeniden aç (E)</translation>
    </message>
    <message>
        <source>Mark the conversation done (E)</source>
        <translation>Konuşmayı tamamlandı olarak işaretle (E)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atanan: %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Şu zamana kadar ertelendi: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Internal note: never sent to the customer</source>
        <translation>Dahili not: müşteriye asla gönderilmez</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>&amp;Bana</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Hiç kimse</translation>
    </message>
    <message>
        <source>&amp;New label…</source>
        <translation>&amp;Yeni etiket…</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>&amp;1 saatliğine</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 09:00</source>
        <translation>&amp;Yarın 09:00&apos;a kadar</translation>
    </message>
    <message>
        <source>Until &amp;next week (Monday 09:00)</source>
        <translation>&amp;Gelecek haftaya kadar (Pazartesi 09:00)</translation>
    </message>
    <message>
        <source>&amp;Choose a time…</source>
        <translation>&amp;Zaman seç…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>Only your team sees this note. It is never sent to the customer. Ctrl+Enter saves.</source>
        <translation>Bu notu yalnızca ekibiniz görür. Müşteriye asla gönderilmez. Kaydetmek için Ctrl+Enter&apos;a basın.</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Yeni etiket</translation>
    </message>
    <message>
        <source>Label name (for example: İade, Kargo, VIP):</source>
        <translation>Etiket adı (örneğin: İade, Kargo, VIP):</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Şu zamana kadar ertele</translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkflowFilters</name>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Herkesinki</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Benimkiler</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atanan kişi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ertelenmiş</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkspaceDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Çalışma alanları</translation>
    </message>
    <message>
        <source>Each workspace is one business with its own connections and data. Choose one to open.</source>
        <translation>Her çalışma alanı kendi bağlantıları ve verileri olan bir işletmedir. Açmak için birini seçin.</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (şu an açık)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Yeni çalışma alanı</translation>
    </message>
    <message>
        <source>Name of the business or shop:</source>
        <translation>İşletmenin veya mağazanın adı:</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Çalışma alanını sil</translation>
    </message>
    <message>
        <source>Delete the workspace “%1” and all of its data on this computer? This cannot be undone.</source>
        <translation>“%1” çalışma alanı ve bu bilgisayardaki tüm verileri silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
</context>
</TS>
