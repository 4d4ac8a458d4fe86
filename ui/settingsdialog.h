// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupjobs.h"
#include "core/billing/billingsettings.h"
#include "core/catalog/catalogconfig.h"
#include "core/provisioning/instancedefaults.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace saasodoo::ui {

class ConsoleServices;
class FormChecks;

// The console's settings: the catalog backend, the backup directory and S3
// target, the new-instance defaults, the scheduler interval and the billing
// settings. Each field is checked inline by the same core rules the CLI
// applies. Save writes QSettings, the catalog's billing settings and the
// keychain. Secrets (the catalog's PostgreSQL password, the S3 keys, the
// Paynow integrations) go to the keychain only and are never shown: an
// empty secret field keeps the stored value.
//
// The catalog, backup and scheduler settings are read when the console
// starts, so a change to them takes effect after a restart. The dialog shows
// a note about it, and restartNeeded() reports it. Defaults and billing
// settings apply at once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleServices *services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    FormChecks *checks() const { return m_checks; }
    QTabWidget *tabs() const { return m_tabs; }
    // Whether the last save changed a setting that is read at start.
    bool restartNeeded() const { return m_restartNeeded; }

    // The catalog and S3 target as the form describes them.
    catalog::CatalogConfig catalogConfig() const;
    backup::S3Target s3Target() const;

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;
    void testCatalog();
    void testS3();

signals:
    // Emitted when a test or a save has finished, for tests and status bars.
    void catalogTested(bool ok, const QString &message);
    void s3Tested(bool ok, const QString &message);
    void saveFailed(const QString &message);

private:
    QWidget *createCatalogPage();
    QWidget *createBackupPage();
    QWidget *createGeneralPage();
    QWidget *createBillingPage();
    void loadValues();
    void showSaveError(const QString &message);
    void setSaving(bool saving);
    // Writes QSettings, after the keychain writes succeeded.
    Status writeSettings();
    // Writes the changed billing settings to the catalog on a worker
    // thread, then closes the dialog, or shows the error and stays open.
    void saveBillingThenClose();
    QMap<QString, QString> billingValues() const;

    ConsoleServices *m_services;
    FormChecks *m_checks = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveError = nullptr;
    bool m_restartNeeded = false;
    bool m_saving = false;
    int m_pendingWrites = 0;
    QStringList m_writeErrors;

    // The values the dialog opened with, to detect changes.
    catalog::CatalogConfig m_loadedCatalog;
    bool m_catalogPasswordStored = false;
    backup::BackupSettings m_loadedBackups;
    int m_loadedInterval = 0;
    QMap<QString, QString> m_loadedBilling;

    // Catalog
    QComboBox *m_backend = nullptr;
    QStackedWidget *m_backendPages = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_pgHost = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_pgDatabase = nullptr;
    QLineEdit *m_pgUser = nullptr;
    QLineEdit *m_pgPassword = nullptr;
    QComboBox *m_pgSslMode = nullptr;
    QPushButton *m_testCatalog = nullptr;
    QLabel *m_catalogResult = nullptr;

    // Backups and S3
    QLineEdit *m_backupDirectory = nullptr;
    QLineEdit *m_s3Endpoint = nullptr;
    QLineEdit *m_s3Region = nullptr;
    QLineEdit *m_s3Bucket = nullptr;
    QLineEdit *m_s3Prefix = nullptr;
    QComboBox *m_s3Addressing = nullptr;
    QLineEdit *m_s3AccessKey = nullptr;
    QLineEdit *m_s3SecretKey = nullptr;
    QPushButton *m_testS3 = nullptr;
    QLabel *m_s3Result = nullptr;

    // New instances and scheduler
    QComboBox *m_odooVersion = nullptr;
    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_storage = nullptr;
    QSpinBox *m_interval = nullptr;

    // Billing
    QLineEdit *m_vatRate = nullptr;
    QSpinBox *m_paymentTerms = nullptr;
    QSpinBox *m_graceDays = nullptr;
    QSpinBox *m_suspendAfter = nullptr;
    QLineEdit *m_companyName = nullptr;
    QPlainTextEdit *m_companyAddress = nullptr;
    QLineEdit *m_companyTaxNumber = nullptr;
    QLineEdit *m_companyEmail = nullptr;
    QLineEdit *m_companyPhone = nullptr;
    QLineEdit *m_paynowBaseUrl = nullptr;
    QLineEdit *m_paynowReturnUrl = nullptr;
    QLineEdit *m_paynowResultUrl = nullptr;
    QLineEdit *m_paynowUsdId = nullptr;
    QLineEdit *m_paynowUsdKey = nullptr;
    QLineEdit *m_paynowZwgId = nullptr;
    QLineEdit *m_paynowZwgKey = nullptr;
    QLabel *m_billingUnavailable = nullptr;
};

} // namespace saasodoo::ui
