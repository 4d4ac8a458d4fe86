// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "dialogsave.h"

#include <QHash>
#include <QWizard>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace saasodoo::ui {

class FormChecks;

// The new-instance wizard: placement (tenant, host, name, subdomain,
// database), Odoo (version, image tag, type, admin email, demo data),
// resources (CPU, memory, storage) and modules (addons, disabled modules,
// environment variables). Every field is checked as it changes with the
// rules in core/catalog/validation.h. Finishing runs `create` on a worker
// thread (see DialogSave), which stores the instance in the creating state.
// The caller submits the provisioning job once the wizard is accepted.
class InstanceWizard final : public QWizard
{
    Q_OBJECT

public:
    using CreateFunction = std::function<Result<catalog::Instance>(const catalog::Instance &)>;

    InstanceWizard(const QList<catalog::TenantRow> &tenants, const QList<catalog::Host> &hosts,
        const QString &tenantId, CreateFunction create, QWidget *parent = nullptr);

    catalog::Instance instance() const;
    const catalog::Instance &created() const { return m_created; }

    // Sets the email that the admin email field proposes for each tenant, by
    // tenant id: the email of the tenant's customer. Until the admin types
    // an address, the field follows the chosen tenant.
    void setTenantEmails(const QHash<QString, QString> &emails);

    // The Odoo apps the addons picker offers as check boxes.
    static QStringList commonAddons();
    // Returns a database name made from a tenant slug and an instance name,
    // such as "acme_prod".
    static QString proposeDatabaseName(const QString &tenantSlug, const QString &instanceName);
    static QString proposeSubdomain(const QString &tenantSlug, const QString &instanceName);

    // The checks of each page, for tests.
    QList<FormChecks *> pageChecks() const { return m_pageChecks; }

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

private:
    QWizardPage *createPlacementPage();
    QWizardPage *createOdooPage();
    QWizardPage *createResourcesPage();
    QWizardPage *createModulesPage();
    QWizardPage *createSummaryPage();
    void proposeNames();
    QString currentTenantSlug() const;
    QStringList addons() const;
    QStringList disabledModules() const;
    QMap<QString, QString> environment() const;
    Status checkEnvironment() const;
    const catalog::Host *selectedHost() const;
    // Rejects a CPU or memory limit larger than the selected host's size as
    // its record gives it; 0 skips that figure.
    Status checkHostSize(double cpus, qint64 memoryBytes) const;

    QList<catalog::TenantRow> m_tenants;
    QList<catalog::Host> m_hosts;
    CreateFunction m_create;
    catalog::Instance m_created;
    QList<FormChecks *> m_pageChecks;

    QComboBox *m_tenant = nullptr;
    QComboBox *m_host = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_subdomain = nullptr;
    QLineEdit *m_database = nullptr;
    bool m_subdomainEdited = false;
    bool m_databaseEdited = false;
    QHash<QString, QString> m_tenantEmails; // the customer's email, by tenant id
    bool m_adminEmailEdited = false;
    QComboBox *m_version = nullptr;
    QLineEdit *m_imageTag = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_adminEmail = nullptr;
    QCheckBox *m_demoData = nullptr;
    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_storage = nullptr;
    QListWidget *m_addonList = nullptr;
    QLineEdit *m_otherAddons = nullptr;
    QLineEdit *m_disabledModules = nullptr;
    QTableWidget *m_environment = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_createError = nullptr;
    DialogSave m_saving { this };
};

} // namespace saasodoo::ui
