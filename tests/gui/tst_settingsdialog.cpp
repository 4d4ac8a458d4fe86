// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tests of the Settings dialog against the harness: inline checks of the
// backup directory, the S3 endpoint and the VAT rate; "Test connection" on
// the harness PostgreSQL and "Test bucket" on its RADOS Gateway; and a save
// that writes QSettings, the catalog's billing settings and the keychain
// without leaving any secret in the QSettings file.
#include "core/backup/backupjobs.h"
#include "core/billing/billingsettings.h"
#include "core/catalog/catalogsettings.h"
#include "core/jobs/jobscheduler.h"
#include "core/provisioning/instancedefaults.h"
#include "tests/support/testservices.h"
#include "ui/consoleservices.h"
#include "ui/formchecks.h"
#include "ui/instancewizard.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(15000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("A future did not finish in 15 s");
    return future.result();
}

void setText(QDialog &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

QLabel *errorLabel(QDialog &dialog, const QString &fieldName)
{
    return dialog.findChild<QLabel *>(fieldName + QStringLiteral("Error"));
}

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void backupDirectoryNotWritableFlagged();
    void backupDirectoryMissingFlagged();
    void s3EndpointInvalidFlagged();
    void s3BucketAndRegionFlagged();
    void vatRateInvalidFlagged();
    void catalogTestReachesPostgres();
    void s3TestListsBucket();
    void s3TestWrongSecretFails();
    void overrideNoteNamesOneVariable();
    void invalidSettingNoteShown();
    void saveWritesSettingsAndKeychain();
    void saveWithoutSecretsKeepsKeychain();
    void catalogTestUsesStoredPassword();
    void wizardProposesSavedDefaults();

private:
    QString settingsFileText() const;

    QTemporaryDir m_dir;
    QString m_backupDir;
    std::unique_ptr<ConsoleServices> m_services;
};

void TestSettingsDialog::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    // The environment would override the saved backup settings.
    for (const char *name : { "SAASODOO_BACKUP_DIR", "SAASODOO_S3_ENDPOINT", "SAASODOO_S3_REGION",
             "SAASODOO_S3_BUCKET", "SAASODOO_S3_PREFIX", "SAASODOO_S3_ADDRESSING" })
        qunsetenv(name);
    m_backupDir = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(m_backupDir));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService
        = QStringLiteral("saasodoo-test-settings-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_services = std::make_unique<ConsoleServices>(options);
    QVERIFY2(m_services->catalog(), qPrintable(m_services->catalogError()));
}

void TestSettingsDialog::cleanupTestCase()
{
    if (m_services) {
        secrets::SecretStore *store = m_services->secrets();
        for (const QString &key : { catalog::catalogPasswordKey(),
                 secrets::SecretStore::settingKey(QLatin1String(backup::s3AccessKeyName)),
                 secrets::SecretStore::settingKey(QLatin1String(backup::s3SecretKeyName)),
                 billing::paynowIntegrationIdKey(catalog::Currency::Usd),
                 billing::paynowIntegrationKeyKey(catalog::Currency::Usd) })
            await(store->remove(key));
    }
    m_services.reset();
}

void TestSettingsDialog::init()
{
    // Each case starts from a valid backup directory, so that only the field
    // under test is invalid.
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("backups/directory"), m_backupDir);
    settings.sync();
}

QString TestSettingsDialog::settingsFileText() const
{
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestSettingsDialog::backupDirectoryNotWritableFlagged()
{
    SettingsDialog dialog(m_services.get());
    QVERIFY(dialog.checks()->isValid());
    QVERIFY(saveButton(dialog)->isEnabled());

    // Root may write into a directory without write permission, so as root
    // the case uses /proc, which exists and takes no new files.
    QString readOnly = QStringLiteral("/proc");
    if (::geteuid() != 0) {
        readOnly = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    }
    setText(dialog, "backupDirectoryPath", readOnly);
    QLabel *error = errorLabel(dialog, QStringLiteral("backupDirectory"));
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("not writable")), qPrintable(error->text()));
    QVERIFY(error->text().contains(readOnly));
    QVERIFY(!saveButton(dialog)->isEnabled());

    setText(dialog, "backupDirectoryPath", m_backupDir);
    QVERIFY(error->isHidden());
    QVERIFY(saveButton(dialog)->isEnabled());
}

void TestSettingsDialog::backupDirectoryMissingFlagged()
{
    SettingsDialog dialog(m_services.get());
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
    setText(dialog, "backupDirectoryPath", missing);
    QLabel *error = errorLabel(dialog, QStringLiteral("backupDirectory"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("does not exist")), qPrintable(error->text()));

    // Save is refused and leaves the stored directory alone.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(QSettings().value(QStringLiteral("backups/directory")).toString(), m_backupDir);
}

void TestSettingsDialog::s3BucketAndRegionFlagged()
{
    SettingsDialog dialog(m_services.get());
    QLabel *bucketError = errorLabel(dialog, QStringLiteral("s3Bucket"));
    QVERIFY(bucketError);
    for (const QString &invalid : { QStringLiteral("ab"), QStringLiteral("Backups"), QStringLiteral("my..backups"),
             QStringLiteral("-backups"), QStringLiteral("192.168.5.4"), QStringLiteral("xn--backups"),
             QStringLiteral("sthree-backups"), QStringLiteral("backups-s3alias"), QStringLiteral("backups--ol-s3"),
             QString(64, u'a') }) {
        setText(dialog, "s3Bucket", invalid);
        QVERIFY2(!bucketError->isHidden(), qPrintable(invalid));
        QVERIFY2(bucketError->text().contains(QLatin1String("S3 bucket")), qPrintable(bucketError->text()));
        QVERIFY(!saveButton(dialog)->isEnabled());
    }
    setText(dialog, "s3Bucket", QStringLiteral("saasodoo-backups.zw"));
    QVERIFY(bucketError->isHidden());

    QLabel *regionError = errorLabel(dialog, QStringLiteral("s3Region"));
    QVERIFY(regionError);
    for (const QString &invalid : { QString(), QStringLiteral("EU West"), QStringLiteral("-us-east-1") }) {
        setText(dialog, "s3Region", invalid);
        QVERIFY2(!regionError->isHidden(), qPrintable(invalid));
        QVERIFY2(regionError->text().contains(QLatin1String("S3 region")), qPrintable(regionError->text()));
        QVERIFY(!saveButton(dialog)->isEnabled());
    }
    setText(dialog, "s3Region", QStringLiteral("af-south-1"));
    QVERIFY(regionError->isHidden());
    setText(dialog, "s3Bucket", QString());
    QVERIFY(saveButton(dialog)->isEnabled());
}

void TestSettingsDialog::s3EndpointInvalidFlagged()
{
    SettingsDialog dialog(m_services.get());
    QLabel *error = errorLabel(dialog, QStringLiteral("s3Endpoint"));
    QVERIFY(error);
    for (const QString &invalid : { QStringLiteral("ftp://s3.example.co.zw"), QStringLiteral("s3.example.co.zw"),
             QStringLiteral("https://key:secret@s3.example.co.zw"), QStringLiteral("https://s3.example.co.zw/?x=1") }) {
        setText(dialog, "s3Endpoint", invalid);
        QVERIFY2(!error->isHidden(), qPrintable(invalid));
        QVERIFY2(error->text().contains(QLatin1String("S3 endpoint")), qPrintable(error->text()));
        QVERIFY(!saveButton(dialog)->isEnabled());
    }
    setText(dialog, "s3Endpoint", QStringLiteral("http://127.0.0.1:7480"));
    QVERIFY(error->isHidden());
    setText(dialog, "s3Endpoint", QString());
    QVERIFY(error->isHidden());
    QVERIFY(saveButton(dialog)->isEnabled());
}

void TestSettingsDialog::vatRateInvalidFlagged()
{
    SettingsDialog dialog(m_services.get());
    setText(dialog, "vatRate", QStringLiteral("101"));
    QLabel *error = errorLabel(dialog, QStringLiteral("vatRate"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("VAT rate")), qPrintable(error->text()));
    setText(dialog, "vatRate", QStringLiteral("14.5"));
    QVERIFY(error->isHidden());
}

void TestSettingsDialog::catalogTestReachesPostgres()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    const test::PostgresService pg = test::postgres();
    SettingsDialog dialog(m_services.get());
    auto *backend = dialog.findChild<QComboBox *>(QStringLiteral("catalogBackend"));
    backend->setCurrentIndex(1);
    setText(dialog, "catalogPgHost", pg.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("catalogPgPort"))->setValue(pg.port);
    setText(dialog, "catalogPgDatabase", QStringLiteral("postgres"));
    setText(dialog, "catalogPgUser", pg.adminUser);
    setText(dialog, "catalogPgPassword", pg.adminPassword);
    QVERIFY(dialog.checks()->isValid());

    QSignalSpy tested(&dialog, &SettingsDialog::catalogTested);
    dialog.findChild<QPushButton *>(QStringLiteral("testCatalog"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY2(tested.at(0).at(1).toString().contains(QLatin1String("PostgreSQL")),
        qPrintable(tested.at(0).at(1).toString()));

    setText(dialog, "catalogPgPassword", QStringLiteral("wrong-password"));
    dialog.findChild<QPushButton *>(QStringLiteral("testCatalog"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
    QVERIFY(!tested.at(1).at(0).toBool());
}

void TestSettingsDialog::s3TestListsBucket()
{
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const test::S3Service s3 = test::s3();
    SettingsDialog dialog(m_services.get());
    setText(dialog, "s3Endpoint", s3.endpoint);
    setText(dialog, "s3Region", s3.region);
    setText(dialog, "s3Bucket", s3.bucket);
    auto *addressing = dialog.findChild<QComboBox *>(QStringLiteral("s3Addressing"));
    addressing->setCurrentIndex(addressing->findData(int(storage::AddressingStyle::Path)));
    setText(dialog, "s3AccessKey", s3.accessKey);
    setText(dialog, "s3SecretKey", s3.secretKey);

    QSignalSpy tested(&dialog, &SettingsDialog::s3Tested);
    dialog.findChild<QPushButton *>(QStringLiteral("testS3"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY(tested.at(0).at(1).toString().contains(s3.bucket));

    setText(dialog, "s3Bucket", QStringLiteral("saasodoo-no-such-bucket"));
    dialog.findChild<QPushButton *>(QStringLiteral("testS3"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 30000);
    QVERIFY(!tested.at(1).at(0).toBool());
    QVERIFY2(tested.at(1).at(1).toString().contains(QLatin1String("does not exist")),
        qPrintable(tested.at(1).at(1).toString()));
}

void TestSettingsDialog::s3TestWrongSecretFails()
{
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const test::S3Service s3 = test::s3();
    SettingsDialog dialog(m_services.get());
    setText(dialog, "s3Endpoint", s3.endpoint);
    setText(dialog, "s3Region", s3.region);
    setText(dialog, "s3Bucket", s3.bucket);
    setText(dialog, "s3AccessKey", s3.accessKey);
    setText(dialog, "s3SecretKey", s3.secretKey + QStringLiteral("x"));

    QSignalSpy tested(&dialog, &SettingsDialog::s3Tested);
    dialog.findChild<QPushButton *>(QStringLiteral("testS3"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
    QVERIFY(!tested.at(0).at(0).toBool());
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(QLatin1String("secret")), qPrintable(message));
}

void TestSettingsDialog::overrideNoteNamesOneVariable()
{
    qputenv("SAASODOO_BACKUP_DIR", m_backupDir.toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("SAASODOO_BACKUP_DIR"); });
    SettingsDialog dialog(m_services.get());
    QString note;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("SAASODOO_BACKUP_DIR")))
            note = label->text();
    }
    QVERIFY2(note.contains(QLatin1String("The environment variable SAASODOO_BACKUP_DIR is set and overrides")),
        qPrintable(note));
}

void TestSettingsDialog::invalidSettingNoteShown()
{
    qputenv("SAASODOO_S3_PART_MB", "abc");
    const auto unset = qScopeGuard([] { qunsetenv("SAASODOO_S3_PART_MB"); });
    SettingsDialog dialog(m_services.get());
    QString note;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("SAASODOO_S3_PART_MB")))
            note = label->text();
    }
    QVERIFY2(note.contains(QLatin1String("Backups and restores fail until this is corrected: SAASODOO_S3_PART_MB is "
                                         "\"abc\", which is invalid")),
        qPrintable(note));
}

void TestSettingsDialog::saveWritesSettingsAndKeychain()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    const test::PostgresService pg = test::postgres();
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString pgPassword = QStringLiteral("catalog-pw-") + tag;
    const QString accessKey = QStringLiteral("AKIA") + tag.toUpper();
    const QString secretKey = QStringLiteral("s3-secret-") + tag;
    const QString paynowId = QStringLiteral("4242") + tag.left(4);
    const QString paynowKey = QStringLiteral("paynow-key-") + tag;

    SettingsDialog dialog(m_services.get());
    dialog.findChild<QComboBox *>(QStringLiteral("catalogBackend"))->setCurrentIndex(1);
    setText(dialog, "catalogPgHost", pg.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("catalogPgPort"))->setValue(pg.port);
    setText(dialog, "catalogPgDatabase", QStringLiteral("saasodoo_catalog"));
    setText(dialog, "catalogPgUser", pg.adminUser);
    setText(dialog, "catalogPgPassword", pgPassword);
    setText(dialog, "s3Endpoint", QStringLiteral("http://127.0.0.1:7480"));
    setText(dialog, "s3Bucket", QStringLiteral("saasodoo-backups"));
    auto *addressing = dialog.findChild<QComboBox *>(QStringLiteral("s3Addressing"));
    addressing->setCurrentIndex(addressing->findData(int(storage::AddressingStyle::Path)));
    setText(dialog, "s3AccessKey", accessKey);
    setText(dialog, "s3SecretKey", secretKey);
    setText(dialog, "defaultMemory", QStringLiteral("3G"));
    dialog.findChild<QSpinBox *>(QStringLiteral("schedulerInterval"))->setValue(30);
    setText(dialog, "vatRate", QStringLiteral("14.5"));
    setText(dialog, "companyName", QStringLiteral("Mhondoro Hosting (Pvt) Ltd"));
    setText(dialog, "paynowUsdId", paynowId);
    // One half of the pair alone is flagged.
    QVERIFY(!dialog.checks()->isValid());
    QVERIFY(!errorLabel(dialog, QStringLiteral("paynowUsdId"))->isHidden());
    setText(dialog, "paynowUsdKey", paynowKey);
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));

    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(dialog.restartNeeded());

    // QSettings
    const QSettings settings;
    const std::optional<catalog::CatalogConfig> saved = catalog::loadCatalogSettings(settings);
    QVERIFY(saved);
    QCOMPARE(saved->backend, catalog::Backend::Postgres);
    QCOMPARE(saved->pgHost, pg.host);
    QCOMPARE(saved->pgPort, pg.port);
    QCOMPARE(saved->pgDatabase, QStringLiteral("saasodoo_catalog"));
    QVERIFY(saved->pgPassword.isEmpty());
    QVERIFY(catalog::catalogPasswordInKeychain(settings));
    const backup::BackupSettings backups = backup::loadBackupSettings();
    QCOMPARE(backups.directory, m_backupDir);
    QCOMPARE(backups.s3.endpoint, QUrl(QStringLiteral("http://127.0.0.1:7480")));
    QCOMPARE(backups.s3.bucket, QStringLiteral("saasodoo-backups"));
    QCOMPARE(backups.s3.addressing, storage::AddressingStyle::Path);
    QCOMPARE(provisioning::loadInstanceDefaults(settings).memoryBytes, 3LL << 30);
    QCOMPARE(jobs::loadSchedulerIntervalMinutes(settings), 30);

    // The catalog's billing settings
    const Result<billing::BillingSettings> billingSettings = billing::loadBillingSettings(*m_services->catalog());
    QVERIFY2(billingSettings, qPrintable(billingSettings.error()));
    QCOMPARE(billingSettings->vatRateBasisPoints, 1450);
    QCOMPARE(billingSettings->companyName, QStringLiteral("Mhondoro Hosting (Pvt) Ltd"));

    // Read from the keychain itself, after dropping the store's cache.
    secrets::SecretStore *store = m_services->secrets();
    store->signOut();
    const std::pair<QString, QString> expected[] = {
        { catalog::catalogPasswordKey(), pgPassword },
        { secrets::SecretStore::settingKey(QLatin1String(backup::s3AccessKeyName)), accessKey },
        { secrets::SecretStore::settingKey(QLatin1String(backup::s3SecretKeyName)), secretKey },
        { billing::paynowIntegrationIdKey(catalog::Currency::Usd), paynowId },
        { billing::paynowIntegrationKeyKey(catalog::Currency::Usd), paynowKey },
    };
    for (const auto &[key, value] : expected) {
        const Result<QString> stored = await(store->read(key));
        QVERIFY2(stored, qPrintable(key + QStringLiteral(": ") + stored.error()));
        QCOMPARE(stored.value(), value);
    }

    // No secret in the QSettings file.
    const QString text = settingsFileText();
    QVERIFY(text.contains(QLatin1String("saasodoo-backups")));
    for (const auto &[key, value] : expected)
        QVERIFY2(!text.contains(value), qPrintable(key));
}

void TestSettingsDialog::saveWithoutSecretsKeepsKeychain()
{
    const QString key = secrets::SecretStore::settingKey(QLatin1String(backup::s3SecretKeyName));
    const QString kept = QStringLiteral("kept-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QVERIFY(await(m_services->secrets()->write(key, kept)));

    SettingsDialog dialog(m_services.get());
    // Secret fields open empty: stored secrets are never shown.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("s3SecretKey"))->text().isEmpty());
    setText(dialog, "s3Region", QStringLiteral("af-south-1"));
    saveButton(dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QCOMPARE(backup::loadBackupSettings().s3.region, QStringLiteral("af-south-1"));
    m_services->secrets()->signOut();
    const Result<QString> stored = await(m_services->secrets()->read(key));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored.value(), kept);
    QVERIFY(!settingsFileText().contains(kept));
}

void TestSettingsDialog::catalogTestUsesStoredPassword()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    const test::PostgresService pg = test::postgres();
    {
        QSettings settings;
        catalog::CatalogConfig config
            = catalog::CatalogConfig::postgres(pg.host, pg.port, QStringLiteral("postgres"), pg.adminUser, QString());
        QVERIFY(catalog::saveCatalogSettings(settings, config, true));
    }
    QVERIFY(await(m_services->secrets()->write(catalog::catalogPasswordKey(), pg.adminPassword)));

    SettingsDialog dialog(m_services.get());
    // The form shows the saved server but never the password.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("catalogBackend"))->currentIndex(), 1);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("catalogPgHost"))->text(), pg.host);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("catalogPgPassword"))->text().isEmpty());

    QSignalSpy tested(&dialog, &SettingsDialog::catalogTested);
    dialog.testCatalog();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
}

void TestSettingsDialog::wizardProposesSavedDefaults()
{
    SettingsDialog dialog(m_services.get());
    auto *version = dialog.findChild<QComboBox *>(QStringLiteral("defaultOdooVersion"));
    version->setCurrentIndex(version->findData(QStringLiteral("17.0")));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("defaultCpu"))->setValue(2.5);
    setText(dialog, "defaultMemory", QStringLiteral("0"));
    QVERIFY(!errorLabel(dialog, QStringLiteral("defaultMemory"))->isHidden());
    setText(dialog, "defaultMemory", QStringLiteral("3G"));
    setText(dialog, "defaultStorage", QStringLiteral("20G"));
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));
    saveButton(dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);

    catalog::TenantRow tenant;
    tenant.tenant.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    tenant.tenant.name = QStringLiteral("Mutare Hardware");
    tenant.tenant.slug = QStringLiteral("mutare-hw");
    catalog::Host host;
    host.id = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    host.name = QStringLiteral("harare-1");
    host.baseDomain = QStringLiteral("odoo.example.co.zw");
    InstanceWizard wizard({ tenant }, { host }, {},
        [](const catalog::Instance &instance) { return Result<catalog::Instance>(instance); });
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("odooVersion"))->currentText(), QStringLiteral("17.0"));
    QCOMPARE(wizard.findChild<QDoubleSpinBox *>(QStringLiteral("cpu"))->value(), 2.5);
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("memory"))->text(), QStringLiteral("3G"));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("storage"))->text(), QStringLiteral("20G"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
