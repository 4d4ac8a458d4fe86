// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "discardguard.h"
#include "catalogwrite.h"
#include "filedialogs.h"
#include "consoleservices.h"
#include "formchecks.h"
#include "statuscolors.h"
#include "statustext.h"
#include "workerpools.h"

#include "core/backup/backupconfig.h"
#include "core/catalog/catalogsettings.h"
#include "core/catalog/validation.h"
#include "core/jobs/jobscheduler.h"
#include "core/secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace saasodoo::ui {

namespace {

// The billing setting names of billingSettingNames(), as the CLI takes them.
const QString vatRateName = QStringLiteral("vat_rate");
const QString termsName = QStringLiteral("payment_terms_days");
const QString graceName = QStringLiteral("grace_days");
const QString suspendName = QStringLiteral("suspend_after_days");
const QString companyNameName = QStringLiteral("company_name");
const QString companyAddressName = QStringLiteral("company_address");
const QString companyTaxName = QStringLiteral("company_tax_number");
const QString companyEmailName = QStringLiteral("company_email");
const QString companyPhoneName = QStringLiteral("company_phone");
const QString baseUrlName = QStringLiteral("paynow_base_url");
const QString returnUrlName = QStringLiteral("paynow_return_url");
const QString resultUrlName = QStringLiteral("paynow_result_url");

QLineEdit *makeEdit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *makeSecretEdit(QWidget *parent, const QString &name)
{
    QLineEdit *edit = makeEdit(parent, name, SettingsDialog::tr("stored in the keychain"));
    edit->setToolTip(SettingsDialog::tr("Kept in the keychain and never shown. Leave empty to keep the stored value."));
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    return edit;
}

QSpinBox *makeSpin(QWidget *parent, const QString &name, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

QLabel *makeNote(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *makeResultLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showResult(QLabel *label, bool ok, const QString &text)
{
    StatusColors::apply(label, ok ? StatusColors::Tone::Success : StatusColors::Tone::Error);
    label->setText(text);
}

// A line edit with a "Browse…" button that picks a folder or a file.
QWidget *withBrowse(QWidget *parent, const QString &name, QLineEdit *edit, bool folder)
{
    auto *row = new QWidget(parent);
    row->setObjectName(name);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(SettingsDialog::tr("Browse…"), row);
    browse->setObjectName(name + QStringLiteral("Browse"));
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [row, edit, folder] {
        const QString chosen = folder
            ? FileDialogs::existingFolder(row, SettingsDialog::tr("Choose the backup directory"), edit->text())
            : FileDialogs::saveFileName(row, SettingsDialog::tr("Choose the catalog file"), edit->text(),
                SettingsDialog::tr("SQLite catalogs (*.sqlite *.db);;All files (*)"),
                QFileDialog::DontConfirmOverwrite, catalog::CatalogFiles::Allow::Database);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

Status bytesCheck(const QString &field, const QString &text, Status (*validate)(const QString &, qint64))
{
    const Result<qint64> bytes = catalog::parseByteSize(field, text);
    return bytes.ok() ? validate(field, bytes.value()) : Status(makeError(bytes.error()));
}

// Both halves of a credential pair, or neither: one alone cannot be used.
Status pairCheck(const QLineEdit *first, const QLineEdit *second, const QString &message)
{
    if (first->text().trimmed().isEmpty() != second->text().trimmed().isEmpty())
        return makeError(message);
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(ConsoleServices *services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("settingsDialog"));
    new DiscardGuard(this, [this] { return m_saving; });
    setWindowTitle(tr("Settings"));
    m_checks = new FormChecks(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createCatalogPage(), tr("&Catalog"));
    m_tabs->addTab(createBackupPage(), tr("&Backups"));
    m_tabs->addTab(createGeneralPage(), tr("&New instances"));
    m_tabs->addTab(createBillingPage(), tr("Bi&lling"));

    m_saveError = makeResultLabel(this, QStringLiteral("saveError"));
    StatusColors::apply(m_saveError, StatusColors::Tone::Error);
    m_saveError->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    loadValues();

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, m_checks, &FormChecks::validate);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, m_checks, &FormChecks::validate);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, m_checks, &FormChecks::validate);
    connect(m_backend, &QComboBox::currentIndexChanged, m_checks, &FormChecks::validate);
    connect(m_pgSslMode, &QComboBox::currentIndexChanged, m_checks, &FormChecks::validate);
    connect(m_testCatalog, &QPushButton::clicked, this, &SettingsDialog::testCatalog);
    connect(m_testS3, &QPushButton::clicked, this, &SettingsDialog::testS3);
    m_checks->controlButton(m_buttons->button(QDialogButtonBox::Save));
    m_checks->validate();
    // The Billing tab has two columns of forms; narrower, its fields clip.
    resize(qMax(sizeHint().width(), 860), sizeHint().height());
}

SettingsDialog::~SettingsDialog()
{
    for (QLineEdit *secret : { m_pgPassword, m_s3AccessKey, m_s3SecretKey, m_paynowUsdId, m_paynowUsdKey,
             m_paynowZwgId, m_paynowZwgKey })
        secret->clear();
}

QWidget *SettingsDialog::createCatalogPage()
{
    auto *page = new QWidget(this);
    m_backend = new QComboBox(page);
    m_backend->setObjectName(QStringLiteral("catalogBackend"));
    m_backend->addItem(tr("SQLite file"), int(catalog::Backend::Sqlite));
    m_backend->addItem(tr("PostgreSQL server"), int(catalog::Backend::Postgres));

    m_sqlitePath = makeEdit(page, QStringLiteral("sqlitePath"), catalog::CatalogConfig::defaultSqlitePath());
    auto *sqlitePage = new QWidget(page);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    m_checks->addRow(sqliteForm, tr("Catalog &file:"), withBrowse(sqlitePage, QStringLiteral("sqliteFile"), m_sqlitePath, false),
        [this]() -> Status {
            if (m_backend->currentData().toInt() != int(catalog::Backend::Sqlite))
                return {};
            // The open catalog's own file is a valid choice, and its -wal or -shm file is not.
            const Status sidecar = catalog::CatalogFiles::rejectCatalogFile(m_sqlitePath->text().trimmed(),
                catalog::CatalogFiles::Allow::Database);
            if (!sidecar)
                return sidecar;
            return catalog::validateCatalogConfig(catalogConfig());
        });

    auto *pgPage = new QWidget(page);
    auto *pgForm = new QFormLayout(pgPage);
    m_pgHost = makeEdit(pgPage, QStringLiteral("catalogPgHost"), tr("db.example.co.zw"));
    m_pgPort = makeSpin(pgPage, QStringLiteral("catalogPgPort"), 1, 65535, {});
    m_pgDatabase = makeEdit(pgPage, QStringLiteral("catalogPgDatabase"), tr("saasodoo"));
    m_pgUser = makeEdit(pgPage, QStringLiteral("catalogPgUser"), tr("saasodoo"));
    m_pgPassword = makeSecretEdit(pgPage, QStringLiteral("catalogPgPassword"));
    m_pgSslMode = new QComboBox(pgPage);
    m_pgSslMode->setObjectName(QStringLiteral("catalogPgSslMode"));
    m_pgSslMode->addItems({ QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") });
    const auto pgCheck = [this](const std::function<Status()> &check) {
        return [this, check]() -> Status {
            if (m_backend->currentData().toInt() != int(catalog::Backend::Postgres))
                return {};
            return check();
        };
    };
    m_checks->addRow(pgForm, tr("&Host:"), m_pgHost, pgCheck([this] {
        return catalog::validateRequiredText(tr("PostgreSQL host"), m_pgHost->text().trimmed(), 253);
    }));
    pgForm->addRow(tr("&Port:"), m_pgPort);
    m_checks->addRow(pgForm, tr("&Database:"), m_pgDatabase, pgCheck([this] {
        return catalog::validateRequiredText(tr("Catalog database"), m_pgDatabase->text().trimmed(), 63);
    }));
    m_checks->addRow(pgForm, tr("&User:"), m_pgUser, pgCheck([this] {
        return catalog::validateRequiredText(tr("PostgreSQL user"), m_pgUser->text().trimmed(), 63);
    }));
    pgForm->addRow(tr("Pass&word:"), m_pgPassword);
    pgForm->addRow(tr("&SSL mode:"), m_pgSslMode);

    m_backendPages = new QStackedWidget(page);
    m_backendPages->addWidget(sqlitePage);
    m_backendPages->addWidget(pgPage);
    connect(m_backend, &QComboBox::currentIndexChanged, m_backendPages, &QStackedWidget::setCurrentIndex);

    m_testCatalog = new QPushButton(tr("&Test connection"), page);
    m_testCatalog->setObjectName(QStringLiteral("testCatalog"));
    m_catalogResult = makeResultLabel(page, QStringLiteral("catalogResult"));

    auto *form = new QFormLayout;
    form->addRow(tr("Back&end:"), m_backend);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_backendPages);
    layout->addWidget(m_testCatalog, 0, Qt::AlignLeft);
    layout->addWidget(m_catalogResult);
    const QString inUse = m_services ? m_services->catalogConfig().displayName() : QString();
    layout->addWidget(makeNote(page,
        tr("The console uses the catalog %1 now. A change here takes effect when the console restarts; "
           "--catalog and SAASODOO_CATALOG still take precedence.")
            .arg(inUse.isEmpty() ? tr("(none)") : inUse)));
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createBackupPage()
{
    auto *page = new QWidget(this);
    m_backupDirectory = makeEdit(page, QStringLiteral("backupDirectoryPath"));
    auto *localForm = new QFormLayout;
    m_checks->addRow(localForm, tr("Backup &directory:"),
        withBrowse(page, QStringLiteral("backupDirectory"), m_backupDirectory, true),
        [this] { return backup::validateBackupDirectory(m_backupDirectory->text()); });

    m_s3Endpoint = makeEdit(page, QStringLiteral("s3Endpoint"), tr("empty for AWS, or https://s3.example.co.zw"));
    m_s3Region = makeEdit(page, QStringLiteral("s3Region"), QStringLiteral("us-east-1"));
    m_s3Bucket = makeEdit(page, QStringLiteral("s3Bucket"), tr("empty: no copy on S3"));
    m_s3Prefix = makeEdit(page, QStringLiteral("s3Prefix"), tr("saasodoo/"));
    m_s3Addressing = new QComboBox(page);
    m_s3Addressing->setObjectName(QStringLiteral("s3Addressing"));
    m_s3Addressing->addItem(tr("Automatic (virtual-hosted on AWS, else path-style)"),
        int(storage::AddressingStyle::Automatic));
    m_s3Addressing->addItem(tr("Path-style (endpoint/bucket/key)"), int(storage::AddressingStyle::Path));
    m_s3Addressing->addItem(tr("Virtual-hosted (bucket.endpoint/key)"), int(storage::AddressingStyle::VirtualHosted));
    m_s3AccessKey = makeSecretEdit(page, QStringLiteral("s3AccessKey"));
    m_s3SecretKey = makeSecretEdit(page, QStringLiteral("s3SecretKey"));

    auto *s3Form = new QFormLayout;
    m_checks->addRow(s3Form, tr("&Endpoint:"), m_s3Endpoint,
        [this] { return backup::validateS3Endpoint(m_s3Endpoint->text()); });
    m_checks->addRow(s3Form, tr("&Region:"), m_s3Region, [this] { return backup::validateS3Region(m_s3Region->text()); });
    m_checks->addRow(s3Form, tr("B&ucket:"), m_s3Bucket, [this] { return backup::validateS3Bucket(m_s3Bucket->text()); });
    s3Form->addRow(tr("Key &prefix:"), m_s3Prefix);
    s3Form->addRow(tr("&Addressing:"), m_s3Addressing);
    // An empty key field keeps the key stored in the keychain.
    m_checks->addRow(s3Form, tr("Access &key id:"), m_s3AccessKey, [this]() -> Status {
        const QString accessKey = m_s3AccessKey->text().trimmed();
        return accessKey.isEmpty() ? Status() : backup::validateS3AccessKey(accessKey);
    });
    m_checks->addRow(s3Form, tr("&Secret access key:"), m_s3SecretKey, [this]() -> Status {
        const QString secretKey = m_s3SecretKey->text();
        return secretKey.isEmpty() ? Status() : backup::validateS3SecretKey(secretKey);
    });
    m_testS3 = new QPushButton(tr("&Test bucket"), page);
    m_testS3->setObjectName(QStringLiteral("testS3"));
    m_s3Result = makeResultLabel(page, QStringLiteral("s3Result"));

    auto *s3Box = new QGroupBox(tr("S3 copy"), page);
    auto *s3Layout = new QVBoxLayout(s3Box);
    s3Layout->addLayout(s3Form);
    s3Layout->addWidget(m_testS3, 0, Qt::AlignLeft);
    s3Layout->addWidget(m_s3Result);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(localForm);
    layout->addWidget(s3Box);
    QString note = tr("The backup jobs read these settings when the console starts: a change takes effect after a "
                      "restart.");
    if (const QStringList overrides = backup::backupEnvironmentOverrides(); overrides.size() == 1) {
        note += QLatin1Char(' ')
            + tr("The environment variable %1 is set and overrides the saved value.").arg(overrides.first());
    } else if (!overrides.isEmpty()) {
        note += QLatin1Char(' ')
            + tr("The environment variables %1 are set and override the saved values.")
                  .arg(overrides.join(QStringLiteral(", ")));
    }
    // The backup jobs reject every job while a setting is invalid, and the
    // page may not show that setting (such as SAASODOO_S3_PART_MB).
    if (const QString invalid = backup::loadBackupSettings().invalidSetting; !invalid.isEmpty())
        note += QLatin1Char(' ') + tr("Backups and restores fail until this is corrected: %1").arg(invalid);
    layout->addWidget(makeNote(page, note));
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_odooVersion = new QComboBox(page);
    m_odooVersion->setObjectName(QStringLiteral("defaultOdooVersion"));
    m_odooVersion->addItem(tr("Newest supported"), QString());
    for (const QString &version : catalog::supportedOdooVersions())
        m_odooVersion->addItem(version, version);
    m_cpu = new QDoubleSpinBox(page);
    m_cpu->setObjectName(QStringLiteral("defaultCpu"));
    m_cpu->setRange(0, 1024);
    m_cpu->setDecimals(3);
    m_cpu->setSingleStep(0.5);
    StatusText::attachCoresSuffix(m_cpu);
    m_memory = makeEdit(page, QStringLiteral("defaultMemory"), tr("2G"));
    m_storage = makeEdit(page, QStringLiteral("defaultStorage"), tr("10G"));

    auto *defaultsForm = new QFormLayout;
    defaultsForm->addRow(tr("Odoo &version:"), m_odooVersion);
    m_checks->addRow(defaultsForm, tr("C&PU:"), m_cpu, [this] { return catalog::validateCpu(tr("CPU limit"), m_cpu->value()); });
    m_checks->addRow(defaultsForm, tr("&Memory:"), m_memory,
        [this] { return bytesCheck(tr("Memory limit"), m_memory->text(), &catalog::validateMemoryLimit); });
    m_checks->addRow(defaultsForm, tr("&Storage:"), m_storage,
        [this] { return bytesCheck(tr("Storage limit"), m_storage->text(), &catalog::validateStorageLimit); });
    auto *defaultsBox = new QGroupBox(tr("Defaults for new instances"), page);
    auto *defaultsLayout = new QVBoxLayout(defaultsBox);
    defaultsLayout->addLayout(defaultsForm);
    defaultsLayout->addWidget(makeNote(defaultsBox, tr("The new-instance wizard proposes these values.")));

    m_interval = makeSpin(page, QStringLiteral("schedulerInterval"), 0, 24 * 60, tr(" minutes"));
    m_interval->setSpecialValueText(tr("Off"));
    auto *schedulerForm = new QFormLayout;
    m_checks->addRow(schedulerForm, tr("&Interval:"), m_interval,
        [this] { return jobs::validateSchedulerInterval(m_interval->value()); });
    auto *schedulerBox = new QGroupBox(tr("Scheduler"), page);
    auto *schedulerLayout = new QVBoxLayout(schedulerBox);
    schedulerLayout->addLayout(schedulerForm);
    schedulerLayout->addWidget(makeNote(schedulerBox,
        tr("How often the console runs the billing run with dunning and the due backups. A change takes effect "
           "after a restart.")));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(defaultsBox);
    layout->addWidget(schedulerBox);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createBillingPage()
{
    auto *page = new QWidget(this);
    m_vatRate = makeEdit(page, QStringLiteral("vatRate"), QStringLiteral("15.00"));
    m_paymentTerms = makeSpin(page, QStringLiteral("paymentTerms"), 0, 365, tr(" days"));
    m_graceDays = makeSpin(page, QStringLiteral("graceDays"), 0, 365, tr(" days"));
    m_suspendAfter = makeSpin(page, QStringLiteral("suspendAfter"), 0, 365, tr(" days"));
    m_companyName = makeEdit(page, QStringLiteral("companyName"));
    m_companyAddress = new QPlainTextEdit(page);
    m_companyAddress->setObjectName(QStringLiteral("companyAddress"));
    m_companyAddress->setTabChangesFocus(true);
    m_companyAddress->setMaximumHeight(m_companyAddress->fontMetrics().lineSpacing() * 5);
    m_companyTaxNumber = makeEdit(page, QStringLiteral("companyTaxNumber"));
    m_companyEmail = makeEdit(page, QStringLiteral("companyEmail"));
    m_companyPhone = makeEdit(page, QStringLiteral("companyPhone"));
    m_paynowBaseUrl = makeEdit(page, QStringLiteral("paynowBaseUrl"), QStringLiteral("https://www.paynow.co.zw"));
    m_paynowReturnUrl = makeEdit(page, QStringLiteral("paynowReturnUrl"), tr("https://example.co.zw/paid"));
    m_paynowResultUrl = makeEdit(page, QStringLiteral("paynowResultUrl"), tr("https://example.co.zw/paynow/result"));
    m_paynowUsdId = makeSecretEdit(page, QStringLiteral("paynowUsdId"));
    m_paynowUsdKey = makeSecretEdit(page, QStringLiteral("paynowUsdKey"));
    m_paynowZwgId = makeSecretEdit(page, QStringLiteral("paynowZwgId"));
    m_paynowZwgKey = makeSecretEdit(page, QStringLiteral("paynowZwgKey"));

    const auto settingCheck = [](const QString &name, const std::function<QString()> &value) {
        return [name, value] { return billing::validateBillingSetting(name, value()); };
    };
    auto *invoiceForm = new QFormLayout;
    m_checks->addRow(invoiceForm, tr("&VAT rate (%):"), m_vatRate,
        settingCheck(vatRateName, [this] { return m_vatRate->text(); }));
    invoiceForm->addRow(tr("Payment &terms:"), m_paymentTerms);
    invoiceForm->addRow(tr("&Grace period:"), m_graceDays);
    invoiceForm->addRow(tr("Suspend &after:"), m_suspendAfter);
    m_checks->addRow(invoiceForm, tr("Company na&me:"), m_companyName, [this] {
        return catalog::validateFreeText(
            tr("Company name"), m_companyName->text().trimmed(), billing::maxCompanyNameLength, false);
    });
    invoiceForm->addRow(tr("Company a&ddress:"), m_companyAddress);
    m_checks->addRow(invoiceForm, tr("Ta&x number:"), m_companyTaxNumber, [this] {
        return catalog::validateFreeText(tr("Tax number"), m_companyTaxNumber->text().trimmed(), 100, false);
    });
    m_checks->addRow(invoiceForm, tr("&Email:"), m_companyEmail, [this]() -> Status {
        const QString email = m_companyEmail->text().trimmed();
        return email.isEmpty() ? Status() : catalog::validateEmail(tr("Company email"), email);
    });
    invoiceForm->addRow(tr("P&hone:"), m_companyPhone);

    auto *paynowForm = new QFormLayout;
    m_checks->addRow(paynowForm, tr("Paynow base &URL:"), m_paynowBaseUrl,
        settingCheck(baseUrlName, [this] { return m_paynowBaseUrl->text(); }));
    m_checks->addRow(paynowForm, tr("&Return URL:"), m_paynowReturnUrl,
        settingCheck(returnUrlName, [this] { return m_paynowReturnUrl->text(); }));
    m_checks->addRow(paynowForm, tr("Re&sult URL:"), m_paynowResultUrl,
        settingCheck(resultUrlName, [this] { return m_paynowResultUrl->text(); }));
    m_checks->addRow(paynowForm, tr("USD integration &id:"), m_paynowUsdId, [this] {
        return pairCheck(m_paynowUsdId, m_paynowUsdKey,
            tr("Enter both the USD integration id and key, or leave both empty to keep the stored ones."));
    });
    paynowForm->addRow(tr("USD integration &key:"), m_paynowUsdKey);
    m_checks->addRow(paynowForm, tr("&ZWG integration id:"), m_paynowZwgId, [this] {
        return pairCheck(m_paynowZwgId, m_paynowZwgKey,
            tr("Enter both the ZWG integration id and key, or leave both empty to keep the stored ones."));
    });
    paynowForm->addRow(tr("ZWG integration ke&y:"), m_paynowZwgKey);

    auto *invoiceBox = new QGroupBox(tr("Invoices"), page);
    invoiceBox->setLayout(invoiceForm);
    auto *paynowBox = new QGroupBox(tr("Paynow"), page);
    paynowBox->setLayout(paynowForm);
    m_billingUnavailable = makeResultLabel(page, QStringLiteral("billingUnavailable"));
    StatusColors::apply(m_billingUnavailable, StatusColors::Tone::Error);
    m_billingUnavailable->setVisible(false);

    auto *columns = new QHBoxLayout;
    columns->addWidget(invoiceBox, 1);
    columns->addWidget(paynowBox, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_billingUnavailable);
    layout->addLayout(columns);
    layout->addWidget(makeNote(page,
        tr("Billing settings are kept in the catalog and apply at once. Integration ids and keys go to the "
           "keychain and are never shown: leave them empty to keep the stored ones.")));
    layout->addStretch(1);
    return page;
}

void SettingsDialog::loadValues()
{
    const QSettings settings;

    const std::optional<catalog::CatalogConfig> savedCatalog = catalog::loadCatalogSettings(settings);
    m_loadedCatalog = savedCatalog.value_or(catalog::CatalogConfig::sqlite());
    m_catalogPasswordStored = catalog::catalogPasswordInKeychain(settings);
    m_backend->setCurrentIndex(m_loadedCatalog.backend == catalog::Backend::Postgres ? 1 : 0);
    m_backendPages->setCurrentIndex(m_backend->currentIndex());
    m_sqlitePath->setText(m_loadedCatalog.sqlitePath);
    m_pgHost->setText(m_loadedCatalog.pgHost);
    m_pgPort->setValue(m_loadedCatalog.pgPort);
    m_pgDatabase->setText(m_loadedCatalog.pgDatabase);
    m_pgUser->setText(m_loadedCatalog.pgUser);
    m_pgSslMode->setCurrentText(m_loadedCatalog.pgSslMode);

    // NOTE: these are the effective values, so a SAASODOO_BACKUP_DIR or
    // SAASODOO_S3_* variable set now is written to QSettings on Save.
    m_loadedBackups = backup::loadBackupSettings();
    // The default directory is created by the first backup anyway; creating
    // it here keeps a fresh installation's form valid.
    const QString defaultBackups
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    if (m_loadedBackups.directory == defaultBackups)
        QDir().mkpath(defaultBackups);
    m_backupDirectory->setText(m_loadedBackups.directory);
    m_s3Endpoint->setText(m_loadedBackups.s3.endpoint.toString());
    m_s3Region->setText(m_loadedBackups.s3.region);
    m_s3Bucket->setText(m_loadedBackups.s3.bucket);
    m_s3Prefix->setText(m_loadedBackups.s3.keyPrefix);
    m_s3Addressing->setCurrentIndex(m_s3Addressing->findData(int(m_loadedBackups.s3.addressing)));

    const provisioning::InstanceDefaults defaults = provisioning::loadInstanceDefaults(settings);
    m_odooVersion->setCurrentIndex(qMax(0, m_odooVersion->findData(defaults.odooVersion)));
    m_cpu->setValue(defaults.cpuCores);
    m_memory->setText(catalog::formatByteSize(defaults.memoryBytes));
    m_storage->setText(catalog::formatByteSize(defaults.storageBytes));
    m_loadedInterval = jobs::loadSchedulerIntervalMinutes(settings);
    m_interval->setValue(m_loadedInterval);

    catalog::Catalog *db = m_services ? m_services->catalog() : nullptr;
    const Result<billing::BillingSettings> billingSettings
        = db ? billing::loadBillingSettings(*db) : Result<billing::BillingSettings>(makeError(tr("The catalog is not open.")));
    const billing::BillingSettings shown = billingSettings.ok() ? billingSettings.value() : billing::BillingSettings();
    m_loadedBilling = billing::billingSettingValues(shown);
    m_vatRate->setText(m_loadedBilling.value(vatRateName));
    m_paymentTerms->setValue(shown.paymentTermsDays);
    m_graceDays->setValue(shown.graceDays);
    m_suspendAfter->setValue(shown.suspendAfterDays);
    m_companyName->setText(shown.companyName);
    m_companyAddress->setPlainText(shown.companyAddress);
    m_companyTaxNumber->setText(shown.companyTaxNumber);
    m_companyEmail->setText(shown.companyEmail);
    m_companyPhone->setText(shown.companyPhone);
    m_paynowBaseUrl->setText(m_loadedBilling.value(baseUrlName));
    m_paynowReturnUrl->setText(m_loadedBilling.value(returnUrlName));
    m_paynowResultUrl->setText(m_loadedBilling.value(resultUrlName));
    if (!billingSettings.ok()) {
        // Nothing on the page could be saved: keep it visible but read-only.
        m_billingUnavailable->setText(tr("Billing settings cannot be edited: %1").arg(billingSettings.error()));
        m_billingUnavailable->setVisible(true);
        for (QWidget *box : m_tabs->widget(3)->findChildren<QGroupBox *>())
            box->setEnabled(false);
    }
}

catalog::CatalogConfig SettingsDialog::catalogConfig() const
{
    if (m_backend->currentData().toInt() == int(catalog::Backend::Sqlite))
        return catalog::CatalogConfig::sqlite(m_sqlitePath->text().trimmed());
    catalog::CatalogConfig config = catalog::CatalogConfig::postgres(m_pgHost->text().trimmed(), m_pgPort->value(),
        m_pgDatabase->text().trimmed(), m_pgUser->text().trimmed(), QString());
    config.pgSslMode = m_pgSslMode->currentText();
    return config;
}

backup::S3Target SettingsDialog::s3Target() const
{
    backup::S3Target target = m_loadedBackups.s3;
    const QString endpoint = m_s3Endpoint->text().trimmed();
    target.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint);
    target.region = m_s3Region->text().trimmed();
    target.bucket = m_s3Bucket->text().trimmed();
    target.keyPrefix = m_s3Prefix->text().trimmed();
    target.addressing = storage::AddressingStyle(m_s3Addressing->currentData().toInt());
    return target;
}

void SettingsDialog::testCatalog()
{
    catalog::CatalogConfig config = catalogConfig();
    const QString typed = m_pgPassword->text();
    const bool useStored = typed.isEmpty() && m_catalogPasswordStored && config.backend == catalog::Backend::Postgres;
    secrets::SecretStore *store = m_services ? m_services->secrets() : nullptr;
    m_testCatalog->setEnabled(false);
    StatusColors::apply(m_catalogResult, StatusColors::Tone::Normal);
    m_catalogResult->setText(tr("Testing…"));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<QString> report = watcher->result();
        m_testCatalog->setEnabled(true);
        showResult(m_catalogResult, report.ok(), report.ok() ? report.value() : report.error());
        emit catalogTested(report.ok(), m_catalogResult->text());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [config, typed, useStored, store]() mutable -> Result<QString> {
        config.pgPassword = typed;
        if (useStored && store) {
            // A worker thread may wait on the keychain; the store times out.
            const Result<QString> stored = store->read(catalog::catalogPasswordKey()).result();
            if (!stored)
                return makeError(stored.error());
            config.pgPassword = stored.value();
        }
        return catalog::testCatalogConnection(config);
    }));
}

void SettingsDialog::testS3()
{
    const backup::S3Target target = s3Target();
    const QString typedAccess = m_s3AccessKey->text().trimmed();
    const QString typedSecret = m_s3SecretKey->text();
    secrets::SecretStore *store = m_services ? m_services->secrets() : nullptr;
    m_testS3->setEnabled(false);
    StatusColors::apply(m_s3Result, StatusColors::Tone::Normal);
    m_s3Result->setText(tr("Testing…"));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<QString> report = watcher->result();
        m_testS3->setEnabled(true);
        showResult(m_s3Result, report.ok(), report.ok() ? report.value() : report.error());
        emit s3Tested(report.ok(), m_s3Result->text());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [target, typedAccess, typedSecret, store]() -> Result<QString> {
        QString accessKey = typedAccess;
        QString secretKey = typedSecret;
        // A worker thread may wait on the keychain; the store times out.
        if (accessKey.isEmpty() && store) {
            const Result<QString> stored
                = store->read(secrets::SecretStore::settingKey(QLatin1String(backup::s3AccessKeyName))).result();
            if (!stored)
                return makeError(tr("The S3 access key id is not in the keychain: type it. (%1)").arg(stored.error()));
            accessKey = stored.value();
        }
        if (secretKey.isEmpty() && store) {
            const Result<QString> stored
                = store->read(secrets::SecretStore::settingKey(QLatin1String(backup::s3SecretKeyName))).result();
            if (!stored)
                return makeError(
                    tr("The S3 secret access key is not in the keychain: type it. (%1)").arg(stored.error()));
            secretKey = stored.value();
        }
        return backup::testS3Target(target, accessKey, secretKey);
    }));
}

QMap<QString, QString> SettingsDialog::billingValues() const
{
    return {
        { vatRateName, m_vatRate->text().trimmed() },
        { termsName, QString::number(m_paymentTerms->value()) },
        { graceName, QString::number(m_graceDays->value()) },
        { suspendName, QString::number(m_suspendAfter->value()) },
        { companyNameName, m_companyName->text().trimmed() },
        { companyAddressName, m_companyAddress->toPlainText().trimmed() },
        { companyTaxName, m_companyTaxNumber->text().trimmed() },
        { companyEmailName, m_companyEmail->text().trimmed() },
        { companyPhoneName, m_companyPhone->text().trimmed() },
        { baseUrlName, m_paynowBaseUrl->text().trimmed() },
        { returnUrlName, m_paynowReturnUrl->text().trimmed() },
        { resultUrlName, m_paynowResultUrl->text().trimmed() },
    };
}

void SettingsDialog::showSaveError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->setVisible(true);
    emit saveFailed(message);
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!saving && m_checks->isValid());
    m_tabs->setEnabled(!saving);
}

void SettingsDialog::accept()
{
    if (!m_checks->validate()) {
        showSaveError(m_checks->firstError());
        return;
    }
    m_saveError->setVisible(false);

    // The keychain first: when a secret cannot be stored, nothing else is
    // written and the form keeps every value for another try.
    QList<std::pair<QString, QString>> secrets;
    const bool postgres = m_backend->currentData().toInt() == int(catalog::Backend::Postgres);
    if (postgres && !m_pgPassword->text().isEmpty())
        secrets.append({ catalog::catalogPasswordKey(), m_pgPassword->text() });
    if (!m_s3AccessKey->text().trimmed().isEmpty())
        secrets.append({ secrets::SecretStore::settingKey(QLatin1String(backup::s3AccessKeyName)),
            m_s3AccessKey->text().trimmed() });
    if (!m_s3SecretKey->text().isEmpty())
        secrets.append(
            { secrets::SecretStore::settingKey(QLatin1String(backup::s3SecretKeyName)), m_s3SecretKey->text() });
    for (const auto &[currency, id, key] : { std::tuple { catalog::Currency::Usd, m_paynowUsdId, m_paynowUsdKey },
             std::tuple { catalog::Currency::Zwg, m_paynowZwgId, m_paynowZwgKey } }) {
        if (id->text().trimmed().isEmpty())
            continue;
        secrets.append({ billing::paynowIntegrationIdKey(currency), id->text().trimmed() });
        secrets.append({ billing::paynowIntegrationKeyKey(currency), key->text().trimmed() });
    }

    const auto finish = [this] {
        const Status written = writeSettings();
        if (!written) {
            setSaving(false);
            showSaveError(written.error());
            return;
        }
        saveBillingThenClose();
    };
    if (secrets.isEmpty() || !m_services) {
        finish();
        return;
    }

    setSaving(true);
    m_pendingWrites = int(secrets.size());
    m_writeErrors.clear();
    for (const auto &[key, value] : std::as_const(secrets)) {
        m_services->secrets()->write(key, value).then(this, [this, finish](const Status &stored) {
            if (!stored)
                m_writeErrors.append(stored.error());
            if (--m_pendingWrites > 0)
                return;
            if (!m_writeErrors.isEmpty()) {
                setSaving(false);
                m_writeErrors.removeDuplicates();
                showSaveError(tr("Nothing was saved, because the keychain did not store a secret: %1")
                                  .arg(m_writeErrors.join(QLatin1Char(' '))));
                return;
            }
            finish();
        });
    }
}

Status SettingsDialog::writeSettings()
{
    QSettings settings;
    m_restartNeeded = false;

    const catalog::CatalogConfig catalog = catalogConfig();
    const bool postgres = catalog.backend == catalog::Backend::Postgres;
    const bool passwordTyped = postgres && !m_pgPassword->text().isEmpty();
    const bool catalogChanged = catalog.backend != m_loadedCatalog.backend
        || catalog.displayName() != m_loadedCatalog.displayName() || catalog.pgSslMode != m_loadedCatalog.pgSslMode;
    if (catalogChanged || passwordTyped) {
        const bool passwordStored = passwordTyped || (m_catalogPasswordStored && !catalogChanged);
        if (Status saved = catalog::saveCatalogSettings(settings, catalog, passwordStored); !saved)
            return saved;
        m_restartNeeded = true;
    }

    backup::BackupSettings backups = m_loadedBackups;
    backups.directory = m_backupDirectory->text().trimmed();
    backups.s3 = s3Target();
    if (Status saved = backup::saveBackupSettings(settings, backups); !saved)
        return saved;
    const backup::S3Target &before = m_loadedBackups.s3;
    if (backups.directory != m_loadedBackups.directory || backups.s3.endpoint != before.endpoint
        || backups.s3.region != before.region || backups.s3.bucket != before.bucket
        || backups.s3.keyPrefix != before.keyPrefix || backups.s3.addressing != before.addressing
        || !m_s3AccessKey->text().isEmpty() || !m_s3SecretKey->text().isEmpty())
        m_restartNeeded = true;

    provisioning::InstanceDefaults defaults;
    defaults.odooVersion = m_odooVersion->currentData().toString();
    defaults.cpuCores = m_cpu->value();
    defaults.memoryBytes = catalog::parseByteSize(QString(), m_memory->text()).value();
    defaults.storageBytes = catalog::parseByteSize(QString(), m_storage->text()).value();
    if (Status saved = provisioning::saveInstanceDefaults(settings, defaults); !saved)
        return saved;

    if (Status saved = jobs::saveSchedulerInterval(settings, m_interval->value()); !saved)
        return saved;
    if (m_interval->value() != m_loadedInterval)
        m_restartNeeded = true;

    return {};
}

void SettingsDialog::saveBillingThenClose()
{
    QMap<QString, QString> changed;
    if (m_services && m_services->catalog() && !m_billingUnavailable->isVisible()) {
        const QMap<QString, QString> values = billingValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value() != m_loadedBilling.value(it.key()))
                changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        setSaving(false);
        QDialog::accept();
        return;
    }

    setSaving(true);
    auto save = catalogWrite(*m_services,
        [](catalog::Catalog &db, const QMap<QString, QString> &values) -> Result<bool> {
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (Status saved = billing::saveBillingSetting(db, it.key(), it.value()); !saved)
                    return makeError(saved.error());
            }
            return true;
        });
    QtConcurrent::run(workerPool(), [save, changed] { return save(changed); }).then(this, [this, changed](Result<bool> saved) {
        setSaving(false);
        if (!saved) {
            showSaveError(tr("The other settings were saved, but the billing settings were not: %1").arg(saved.error()));
            return;
        }
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            m_loadedBilling.insert(it.key(), it.value());
        QDialog::accept();
    });
}

void SettingsDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

} // namespace saasodoo::ui
