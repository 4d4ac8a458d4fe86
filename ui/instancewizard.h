// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "core/provisioning/hostcapacity.h"
#include "dialogsave.h"

#include <QHash>
#include <QWizard>

#include <functional>
#include <optional>

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
    // Sizes a host as the provisioner does (provisioning::measureHost). It
    // runs on a worker thread, so it must not touch the wizard.
    using CapacityFunction = std::function<Result<provisioning::HostCapacity>(const catalog::Host &)>;

    InstanceWizard(const QList<catalog::TenantRow> &tenants, const QList<catalog::Host> &hosts,
        const QString &tenantId, CreateFunction create, QWidget *parent = nullptr);

    catalog::Instance instance() const;
    const catalog::Instance &created() const { return m_created; }

    // Sets the email that the admin email field proposes for each tenant, by
    // tenant id: the email of the tenant's customer. Until the admin types
    // an address, the field follows the chosen tenant.
    void setTenantEmails(const QHash<QString, QString> &emails);

    // Sets the instances that are not deleted, so that the placement page
    // flags a name that the chosen tenant already uses, a subdomain used
    // under the chosen host's base domain, and a database name used on the
    // chosen host's PostgreSQL server, as instance create rejects them.
    void setExistingInstances(const QList<catalog::InstanceRow> &instances);

    // Measures the chosen host with `measure` on a worker thread, now and
    // whenever the host changes, and then checks the CPU and memory limits
    // against that capacity. Until a measurement arrives, or when it fails,
    // the limits are checked against the host record only.
    void setCapacityFunction(CapacityFunction measure);

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

signals:
    // A measurement of the selected host arrived, and the limits were checked again.
    void hostMeasured();

private:
    QWizardPage *createPlacementPage();
    QWizardPage *createOdooPage();
    QWizardPage *createResourcesPage();
    QWizardPage *createModulesPage();
    QWizardPage *createSummaryPage();
    void proposeNames();
    QString currentTenantSlug() const;
    // Returns the first existing instance for which `uses` returns true, or nullptr.
    const catalog::InstanceRow *instanceUsing(
        const std::function<bool(const catalog::InstanceRow &)> &uses) const;
    Status checkNameFree() const;
    Status checkSubdomainFree() const;
    Status checkDatabaseFree() const;
    QStringList addons() const;
    QStringList disabledModules() const;
    QMap<QString, QString> environment() const;
    Status checkEnvironment() const;
    const catalog::Host *selectedHost() const;
    // Rejects a CPU or memory limit that the selected host cannot take: by
    // its measured capacity when known, else by its record. 0 skips that
    // figure.
    Status checkHostSize(double cpus, qint64 memoryBytes) const;
    void measureSelectedHost();

    QList<catalog::TenantRow> m_tenants;
    QList<catalog::Host> m_hosts;
    QList<catalog::InstanceRow> m_existing; // instances that are not deleted
    CreateFunction m_create;
    catalog::Instance m_created;
    QList<FormChecks *> m_pageChecks;
    CapacityFunction m_measure;
    std::optional<provisioning::HostCapacity> m_capacity; // of the selected host
    int m_measureGeneration = 0; // drops a measurement of a host no longer selected

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
