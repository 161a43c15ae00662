// Settings → Connections offscreen, with the real keychain (private session), a real encrypted store and the
// in-process sandbox: adding through the dialog (wrong credentials shown in the dialog and nothing saved, right
// ones saved and synced at once), the WooCommerce shop address, removal only after a confirmation that says what goes;
// the guided Meta token dialog (an invalid token explained and nothing saved; a system-user token lists the Page,
// which is saved with its own Page token in the keychain and synced by the scheduler), the connection's health in
// the list (an expired token shows "Reconnect needed") and Reconnect with a new token.
#include "connectors/connectionservice.h"
#include "connectors/syncscheduler.h"
#include "net/networkcontext.h"
#include "profile/profile.h"
#include "meta/metaemulator.h"
#include "sandboxfixture.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretsync.h"
#include "settings/addconnectiondialog.h"
#include "settings/connectionspanel.h"
#include "settings/metatokendialog.h"
#include "inbox/inboxquery.h"
#include "store/localstore.h"
#include "store/statement.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sd;
using namespace sd::connectors;
using namespace sd::ui;
using namespace sd::sandbox::test;

class TestConnectionsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    ProfileInfo m_profile;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    net::NetworkContext m_network;
    std::unique_ptr<ConnectionService> m_service;
    std::unique_ptr<SyncScheduler> m_scheduler;

    QJsonObject platform(const QString &name)
    {
        return m_sandbox->sandbox().readyInfo().value(u"platforms"_qs).toObject().value(name).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_sandbox = std::make_unique<SandboxFixture>(11, 20, now - now % (3600 * 1000));
        QVERIFY(m_sandbox->started());
        m_sandbox->sandbox().clock().setFixed(0);
        auto created = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Ayarlar Dükkânı"_qs);
        QVERIFY(created.ok());
        m_profile = created.value();
        auto opened = store::LocalStore::open(m_profile, store::SecureKey::random());
        QVERIFY(opened.ok());
        m_store = std::move(opened).value();
        m_secrets = std::make_unique<KeychainSecretStore>(u"SellerDesk-test"_qs);
        m_service = std::make_unique<ConnectionService>(m_store.get(), m_secrets.get(), &m_network);
        ConnectionConfig fast;
        fast.retryBaseDelay = std::chrono::milliseconds(5);
        m_service->setConfigTemplate(fast);
        m_scheduler = std::make_unique<SyncScheduler>(m_service.get());
    }

    void withoutAStoreNothingCanBeAdded()
    {
        ConnectionsPanel panel;
        panel.show();
        QVERIFY(!panel.addButton()->isEnabled());
        QVERIFY(!panel.removeButton()->isEnabled());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(u"connectionsStatus"_qs)->text().contains(u"cache"_qs));
    }

    void addThroughTheDialog()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.addButton()->isEnabled());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(u"connectionsStatus"_qs)->text().contains(u"No connections"_qs));

        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        AddConnectionDialog *dialog = panel.addDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->platformCombo()->count() >= 3);
        dialog->setPlatform(u"trendyol"_qs);
        const QJsonObject t = platform(u"trendyol"_qs);
        QLineEdit *key = dialog->credentialEdit(u"apiKey"_qs);
        QLineEdit *secret = dialog->credentialEdit(u"apiSecret"_qs);
        QVERIFY(key && secret && dialog->accountEdit());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(key->echoMode(), QLineEdit::Password);

        // Missing fields are named before anything is sent.
        QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(!dialog->busyIndicator()->isVisible());

        // Wrong secret: busy while the platform is asked, then its refusal in the dialog; nothing saved.
        key->setText(t.value(u"apiKey"_qs).toString());
        secret->setText(u"yanlisSecret"_qs);
        dialog->accountEdit()->setText(t.value(u"sellerId"_qs).toString());
        dialog->findChild<QGroupBox *>()->setChecked(true);
        dialog->baseUrlEdit()->setText(t.value(u"baseUrl"_qs).toString());
        QSignalSpy busy(dialog, &AddConnectionDialog::busyChanged);
        QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
        QCOMPARE(busy.count(), 1);
        QVERIFY(busy.first().first().toBool());
        QVERIFY(dialog->busyIndicator()->isVisible());
        QVERIFY(!dialog->verifyButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 30000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(u"Trendyol"_qs), qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!dialog->errorLabel()->text().contains(u"yanlisSecret"_qs));
        QCOMPARE(m_service->list()->size(), 0);

        // The right one: saved, listed, synced at once.
        secret->setText(t.value(u"apiSecret"_qs).toString());
        dialog->nameEdit()->setText(u"Trendyol Mağazam"_qs);
        QSignalSpy synced(m_scheduler.get(), &SyncScheduler::syncFinished);
        QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.addDialog(), 30000);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = panel.list()->topLevelItem(0);
        QCOMPARE(row->text(ConnectionsPanel::PlatformColumn), u"Trendyol"_qs);
        QCOMPARE(row->text(ConnectionsPanel::NameColumn), u"Trendyol Mağazam"_qs);
        QCOMPARE(row->text(ConnectionsPanel::AccountColumn), t.value(u"sellerId"_qs).toString());
        QVERIFY(row->text(ConnectionsPanel::AddressColumn).contains(u"127.0.0.1"_qs));
        QVERIFY(synced.wait(60000));
        row = panel.list()->topLevelItem(0);
        QCOMPARE(row->text(ConnectionsPanel::StateColumn), u"OK"_qs);
        QVERIFY(row->text(ConnectionsPanel::LastSyncColumn) != u"never"_qs);
        const QString id = row->data(0, Qt::UserRole).toString();
        QVERIFY(m_service->orderCount(id).value() > 0);
        QCOMPARE(row->text(ConnectionsPanel::OrdersColumn), QLocale().toString(m_service->orderCount(id).value()));
        auto stored = readSecretBlocking(
            *m_secrets, SecretStore::keyFor(m_profile.id, ConnectionService::secretName(id, u"apiSecret"_qs)), 15000);
        QVERIFY(stored.ok());
    }

    void wooCommerceAsksForTheShopAddress()
    {
        AddConnectionDialog dialog(m_service.get());
        dialog.show();
        dialog.setPlatform(u"woocommerce"_qs);
        QVERIFY(!dialog.accountEdit());
        QVERIFY(dialog.findChild<QGroupBox *>()->isChecked());
        dialog.credentialEdit(u"consumerKey"_qs)->setText(u"ck"_qs);
        dialog.credentialEdit(u"consumerSecret"_qs)->setText(u"cs"_qs);
        dialog.baseUrlEdit()->clear();
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(u"address"_qs));
        QVERIFY(dialog.isVisible());
    }

    void removeAsksFirst()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.show();
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(panel.removeButton()->isEnabled());
        const QString id = panel.list()->topLevelItem(0)->data(0, Qt::UserRole).toString();
        const qint64 orders = m_service->orderCount(id).value();

        QString asked;
        panel.setConfirmPrompt([&](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QVERIFY(asked.contains(u"Trendyol Mağazam"_qs));
        QVERIFY2(asked.contains(QString::number(orders)), qPrintable(asked));
        QVERIFY(asked.contains(u"keychain"_qs));
        QCOMPARE(panel.list()->topLevelItemCount(), 1);

        panel.setConfirmPrompt([](const QString &, const QString &) { return true; });
        QSignalSpy removed(&panel, &ConnectionsPanel::removed);
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.first().at(1).toString(), QString());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QCOMPARE(m_service->orderCount(id).value(), 0);
        auto gone = readSecretBlocking(
            *m_secrets, SecretStore::keyFor(m_profile.id, ConnectionService::secretName(id, u"apiKey"_qs)), 15000);
        QVERIFY(!gone.ok() && gone.error().is(SecretError::NotFound));
    }

    void metaDialogRefusesABadToken()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.show();
        QVERIFY(panel.addMetaButton()->isEnabled());
        QTest::mouseClick(panel.addMetaButton(), Qt::LeftButton);
        MetaTokenDialog *dialog = panel.metaDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
        // Where to get a token and which permissions it needs.
        const QString help = dialog->findChild<QLabel *>(u"metaTokenHelp"_qs)->text();
        for (const QString &permission : { u"pages_messaging"_qs, u"pages_manage_metadata"_qs, u"pages_read_engagement"_qs,
                 u"instagram_basic"_qs, u"instagram_manage_messages"_qs })
            QVERIFY2(help.contains(permission), qPrintable(permission));
        QVERIFY(help.contains(u"System"_qs));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // Nothing pasted: said so, no call.
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QVERIFY(!dialog->statusLabel()->text().isEmpty());
        QVERIFY(!dialog->isBusy());

        dialog->advancedBox()->setChecked(true);
        dialog->hostEdit()->setText(m_sandbox->sandbox().baseUrl(u"meta"_qs));
        for (const QString &bad : { u"EAAnot-a-token"_qs, sandbox::MetaEmulator::kExpiredToken }) {
            dialog->tokenEdit()->setText(bad);
            QSignalSpy checked(dialog, &MetaTokenDialog::checked);
            QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
            QVERIFY(dialog->isBusy());
            QVERIFY(checked.wait(15000));
            QCOMPARE(checked.first().first().toBool(), false);
            QVERIFY2(dialog->statusLabel()->text().contains(u"Reconnect"_qs) || dialog->statusLabel()->text().contains(u"token"_qs),
                qPrintable(dialog->statusLabel()->text()));
            QVERIFY(!dialog->statusLabel()->text().contains(bad));
            QCOMPARE(dialog->pagesList()->count(), 0);
            QVERIFY(!dialog->saveButton()->isEnabled());
        }
        dialog->reject();
        QCOMPARE(m_service->list()->size(), 0); // nothing saved
    }

    void metaDialogConnectsAPage()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.show();
        panel.openMetaDialog();
        MetaTokenDialog *dialog = panel.metaDialog();
        QVERIFY(dialog);
        const QJsonObject meta = platform(u"meta"_qs);
        dialog->advancedBox()->setChecked(true);
        dialog->hostEdit()->setText(meta.value(u"baseUrl"_qs).toString());
        dialog->tokenEdit()->setText(meta.value(u"systemUserToken"_qs).toString());
        QSignalSpy checked(dialog, &MetaTokenDialog::checked);
        QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);
        QVERIFY(checked.wait(15000));
        QVERIFY2(checked.first().first().toBool(), qPrintable(dialog->statusLabel()->text()));
        // The Page the token reaches, with its Instagram account.
        QCOMPARE(dialog->pagesList()->count(), 1);
        const QString label = dialog->pagesList()->item(0)->text();
        QVERIFY2(label.contains(meta.value(u"pageName"_qs).toString()), qPrintable(label));
        QVERIFY2(label.contains(u"@"_qs + meta.value(u"instagramUsername"_qs).toString()), qPrintable(label));
        QVERIFY(dialog->saveButton()->isEnabled());
        // Another token pasted: what was found no longer counts.
        dialog->tokenEdit()->setText(u"x"_qs);
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->tokenEdit()->setText(meta.value(u"systemUserToken"_qs).toString());
        QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);
        QVERIFY(checked.wait(15000));

        QSignalSpy synced(m_scheduler.get(), &SyncScheduler::inboxSynced);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.metaDialog(), 15000);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = panel.list()->topLevelItem(0);
        const QString id = row->data(0, Qt::UserRole).toString();
        QCOMPARE(row->text(ConnectionsPanel::PlatformColumn), u"Facebook Page + Instagram"_qs);
        QCOMPARE(row->text(ConnectionsPanel::NameColumn), meta.value(u"pageName"_qs).toString());
        // The Page's own token in the keychain (not the system user's), and no token in the row.
        auto stored = readSecretBlocking(
            *m_secrets, SecretStore::keyFor(m_profile.id, inbox::InboxQuery::tokenSecretName(id)), 15000);
        QVERIFY(stored.ok());
        QCOMPARE(QString::fromUtf8(stored.value()), meta.value(u"pageToken"_qs).toString());
        const ConnectionInfo info = m_service->find(id).value();
        QCOMPARE(info.platform, u"messenger"_qs);
        QCOMPARE(info.settings.value(u"pageId"_qs).toString(), meta.value(u"pageId"_qs).toVariant().toString());
        const QByteArray rowJson = QJsonDocument(info.settings).toJson();
        QVERIFY(!rowJson.contains(meta.value(u"pageToken"_qs).toString().toUtf8()));
        QVERIFY(!rowJson.contains(meta.value(u"systemUserToken"_qs).toString().toUtf8()));
        // The scheduler syncs it at once: conversations of both channels.
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().at(1).toBool());
        auto reader = m_store->openReader();
        QVERIFY(reader.ok());
        for (const QString &channel : { u"messenger"_qs, u"instagram"_qs }) {
            auto st = (*reader)->prepare(u"SELECT count(*) FROM conversations WHERE connection_id = ?1 AND channel = ?2");
            QVERIFY(st && st->bindAll(id, channel) && st->step().valueOr(false));
            QVERIFY2(st->int64(0) > 0, qPrintable(channel));
        }
        QTRY_COMPARE(panel.list()->topLevelItem(0)->text(ConnectionsPanel::StateColumn), u"OK"_qs);
        QVERIFY(m_service->find(id)->settings.value(u"messengerCursorMs"_qs).toInteger() > 0);
        // The same Page twice is refused.
        panel.openMetaDialog();
        dialog = panel.metaDialog();
        dialog->advancedBox()->setChecked(true);
        dialog->hostEdit()->setText(meta.value(u"baseUrl"_qs).toString());
        dialog->tokenEdit()->setText(meta.value(u"pageToken"_qs).toString());
        QSignalSpy checkedAgain(dialog, &MetaTokenDialog::checked);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QVERIFY(checkedAgain.wait(15000));
        QSignalSpy failed(dialog, &MetaTokenDialog::saveFailed);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(failed.wait(15000));
        QVERIFY(failed.first().first().toString().contains(u"already connected"_qs));
        dialog->reject();
        QCOMPARE(m_service->list()->size(), 1);
    }

    void expiredTokenShowsAndReconnectFixesIt()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.show();
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        const QString id = panel.list()->topLevelItem(0)->data(0, Qt::UserRole).toString();
        const QJsonObject meta = platform(u"meta"_qs);
        // Meta revoked the token meanwhile: the next sync says so, in words and colour.
        QVERIFY(writeSecretBlocking(*m_secrets, SecretStore::keyFor(m_profile.id, inbox::InboxQuery::tokenSecretName(id)),
            sandbox::MetaEmulator::kExpiredToken.toUtf8(), 15000)
                    .ok());
        QSignalSpy synced(m_scheduler.get(), &SyncScheduler::inboxSynced);
        m_scheduler->syncConnection(id);
        QVERIFY(synced.wait(60000));
        QVERIFY(!synced.first().at(1).toBool());
        QTRY_COMPARE(panel.list()->topLevelItem(0)->text(ConnectionsPanel::StateColumn), u"Reconnect needed"_qs);
        QTreeWidgetItem *row = panel.list()->topLevelItem(0);
        QCOMPARE(row->data(ConnectionsPanel::StateColumn, Qt::UserRole).toString(), u"reconnect"_qs);
        QCOMPARE(row->foreground(ConnectionsPanel::StateColumn).color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(row->toolTip(ConnectionsPanel::StateColumn).contains(u"expired"_qs));
        // Reconnect: the same dialog, for this Page only.
        panel.list()->setCurrentItem(row);
        QVERIFY(panel.reconnectButton()->isEnabled());
        QTest::mouseClick(panel.reconnectButton(), Qt::LeftButton);
        MetaTokenDialog *dialog = panel.metaDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->hostEdit()->text(), meta.value(u"baseUrl"_qs).toString());
        dialog->tokenEdit()->setText(meta.value(u"pageToken"_qs).toString());
        QSignalSpy checked(dialog, &MetaTokenDialog::checked);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QVERIFY(checked.wait(15000));
        QVERIFY(checked.first().first().toBool());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.metaDialog(), 15000);
        auto stored = readSecretBlocking(
            *m_secrets, SecretStore::keyFor(m_profile.id, inbox::InboxQuery::tokenSecretName(id)), 15000);
        QCOMPARE(QString::fromUtf8(stored.value()), meta.value(u"pageToken"_qs).toString());
        QCOMPARE(m_service->list()->size(), 1); // replaced, not added
        QTRY_VERIFY_WITH_TIMEOUT(panel.list()->topLevelItem(0)->text(ConnectionsPanel::StateColumn) != u"Reconnect needed"_qs, 60000);
        QCOMPARE(m_service->find(id)->settings.value(u"health"_qs).toString(), u"ok"_qs);
    }

    // Removing the Page speaks of its conversations (not orders) and takes them, and its token, away.
    void removingThePageTakesItsConversations()
    {
        ConnectionsPanel panel;
        panel.setService(m_service.get(), m_scheduler.get());
        panel.show();
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = panel.list()->topLevelItem(0);
        const QString id = row->data(0, Qt::UserRole).toString();
        panel.list()->setCurrentItem(row);
        QString asked;
        panel.setConfirmPrompt([&](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QSignalSpy removed(&panel, &ConnectionsPanel::removed);
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(15000));
        QVERIFY2(asked.contains(u"conversations"_qs) && !asked.contains(u"order"_qs), qPrintable(asked));
        QCOMPARE(removed.first().at(1).toString(), QString());
        auto reader = m_store->openReader();
        QVERIFY(reader.ok());
        auto st = (*reader)->prepare(u"SELECT count(*) FROM conversations WHERE connection_id = ?1");
        QVERIFY(st && st->bindAll(id) && st->step().valueOr(false));
        QCOMPARE(st->int64(0), 0);
        QCOMPARE(m_service->list()->size(), 0);
        auto token = readSecretBlocking(
            *m_secrets, SecretStore::keyFor(m_profile.id, inbox::InboxQuery::tokenSecretName(id)), 15000);
        QVERIFY(!token.ok()); // gone from the keychain
    }

    void cleanupTestCase()
    {
        m_scheduler.reset();
        m_service.reset();
    }
};

QTEST_MAIN(TestConnectionsPanel)
#include "tst_connectionspanel.moc"
