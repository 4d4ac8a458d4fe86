// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancewizard.h"

#include "discardguard.h"
#include "formchecks.h"
#include "statuscolors.h"
#include "statustext.h"
#include "tenantdialog.h"
#include "workerpools.h"

#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/provisioning/instancedefaults.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saasodoo::ui {

using catalog::Instance;

namespace {

// A wizard page that is complete while its form checks pass.
// A list whose items wrap into rows, and whose size hint is the height of
// all its rows at its current width, which QListView does not give for a
// wrapping flow.
class WrappingList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QSize viewportSizeHint() const override
    {
        const QSize base = QListWidget::viewportSizeHint();
        if (count() == 0)
            return base;
        const QRect last = visualItemRect(item(count() - 1));
        return { base.width(), last.bottom() + 1 + spacing() + verticalOffset() };
    }

    // Runs after each layout of the items, which a resize starts with a delay.
    void updateGeometries() override
    {
        QListWidget::updateGeometries();
        // A new width can change the number of rows. The rows' height is the
        // minimum too, so the wizard grows instead of hiding a row.
        const int rowsHeight = sizeHint().height();
        if (rowsHeight != minimumHeight())
            setMinimumHeight(rowsHeight);
    }
};

class CheckedPage final : public QWizardPage
{
public:
    explicit CheckedPage(FormChecks *checks)
        : m_checks(checks)
    {
        QObject::connect(checks, &FormChecks::validityChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override { return m_checks->isValid(); }
    void initializePage() override { m_checks->validate(); }

private:
    FormChecks *m_checks;
};

QStringList splitNames(const QString &text)
{
    QStringList names;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QLineEdit *makeEdit(QWidget *parent, const QString &name, const QString &text = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

InstanceWizard::InstanceWizard(const QList<catalog::TenantRow> &tenants, const QList<catalog::Host> &hosts,
    const QString &tenantId, CreateFunction create, QWidget *parent)
    : QWizard(parent)
    , m_tenants(tenants)
    , m_hosts(hosts)
    , m_create(std::move(create))
{
    setObjectName(QStringLiteral("instanceWizard"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });
    setWindowTitle(tr("New instance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    addPage(createPlacementPage());
    addPage(createOdooPage());
    addPage(createResourcesPage());
    addPage(createModulesPage());
    addPage(createSummaryPage());

    if (const int index = m_tenant->findData(tenantId); index >= 0)
        m_tenant->setCurrentIndex(index);
    proposeNames();
}

QStringList InstanceWizard::commonAddons()
{
    return { QStringLiteral("crm"), QStringLiteral("sale_management"), QStringLiteral("account"),
        QStringLiteral("stock"), QStringLiteral("purchase"), QStringLiteral("mrp"), QStringLiteral("project"),
        QStringLiteral("hr"), QStringLiteral("website"), QStringLiteral("point_of_sale") };
}

QString InstanceWizard::proposeDatabaseName(const QString &tenantSlug, const QString &instanceName)
{
    QString name = tenantSlug;
    const QString suffix = TenantDialog::proposeSlug(instanceName);
    if (!suffix.isEmpty())
        name += QLatin1Char('_') + suffix;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name.left(63);
}

QString InstanceWizard::proposeSubdomain(const QString &tenantSlug, const QString &instanceName)
{
    const QString suffix = TenantDialog::proposeSlug(instanceName);
    if (suffix.isEmpty())
        return tenantSlug;
    return TenantDialog::proposeSlug(tenantSlug + QLatin1Char('-') + suffix);
}

const catalog::Host *InstanceWizard::selectedHost() const
{
    const QString id = m_host ? m_host->currentData().toString() : QString();
    for (const catalog::Host &host : m_hosts) {
        if (host.id == id)
            return &host;
    }
    return nullptr;
}

void InstanceWizard::setCapacityFunction(CapacityFunction measure)
{
    m_measure = std::move(measure);
    measureSelectedHost();
}

void InstanceWizard::measureSelectedHost()
{
    ++m_measureGeneration;
    m_capacity.reset();
    const catalog::Host *host = selectedHost();
    if (!m_measure || !host)
        return;
    const int generation = m_measureGeneration;
    auto *watcher = new QFutureWatcher<Result<provisioning::HostCapacity>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_measureGeneration)
            return;
        const Result<provisioning::HostCapacity> measured = watcher->result();
        // NOTE: an engine that cannot be reached leaves the record check in
        // place; the create job then fails with the engine's error.
        if (!measured)
            return;
        m_capacity = measured.value();
        emit hostMeasured();
    });
    watcher->setFuture(QtConcurrent::run(enginePool(), m_measure, *host));
}

Status InstanceWizard::checkHostSize(double cpus, qint64 memoryBytes) const
{
    const catalog::Host *host = selectedHost();
    if (!host)
        return {};
    if (m_capacity && m_capacity->host.id == host->id) {
        // The provisioner's own rule, on the engine's size and the other
        // instances' reservations.
        provisioning::HostCapacity capacity = *m_capacity;
        if (memoryBytes == 0)
            capacity.reservedMemoryBytes = 0; // a CPU-only check ignores overbooked memory
        return provisioning::checkCapacity(capacity, cpus, memoryBytes);
    }
    // Until the engine replies, only the size on the host record is known.
    // The create job checks the engine's size and the reservations as well.
    if (host->cpuCores > 0 && cpus > host->cpuCores + 1e-6) {
        return makeError(tr("Host %1 has %2: lower the CPU limit or choose another host.")
                             .arg(host->name, StatusText::cores(host->cpuCores)));
    }
    if (host->memoryBytes > 0 && memoryBytes > host->memoryBytes) {
        return makeError(tr("Host %1 has %2 of memory: lower the memory limit or choose another host.")
                             .arg(host->name, catalog::formatByteSize(host->memoryBytes)));
    }
    return {};
}

QWizardPage *InstanceWizard::createPlacementPage()
{
    auto *checks = new FormChecks(this);
    m_pageChecks.append(checks);
    auto *page = new CheckedPage(checks);
    page->setTitle(tr("Placement"));
    page->setSubTitle(tr("Who the instance belongs to, where it runs and the address it answers on."));

    m_tenant = new QComboBox(page);
    m_tenant->setObjectName(QStringLiteral("tenant"));
    for (const catalog::TenantRow &row : std::as_const(m_tenants))
        m_tenant->addItem(tr("%1 (%2, %3)").arg(row.tenant.name, row.tenant.slug, row.customerName), row.tenant.id);
    m_host = new QComboBox(page);
    m_host->setObjectName(QStringLiteral("host"));
    for (const catalog::Host &host : std::as_const(m_hosts)) {
        if (host.status == catalog::HostStatus::Active)
            m_host->addItem(tr("%1 (%2)").arg(host.name, host.baseDomain), host.id);
    }
    m_name = makeEdit(page, QStringLiteral("name"));
    m_name->setPlaceholderText(tr("prod"));
    m_subdomain = makeEdit(page, QStringLiteral("subdomain"));
    m_database = makeEdit(page, QStringLiteral("databaseName"));

    auto *form = new QFormLayout(page);
    checks->addRow(form, tr("&Tenant:"), m_tenant, [this]() -> Status {
        if (m_tenant->count() == 0)
            return makeError(tr("No tenant exists yet: add a customer and a tenant first."));
        return {};
    });
    checks->addRow(form, tr("&Host:"), m_host, [this]() -> Status {
        if (m_host->count() == 0)
            return makeError(tr("No active host exists: add a host in the Hosts pane first."));
        return {};
    });
    checks->addRow(form, tr("Instance &name:"), m_name, [this] {
        if (const Status valid = catalog::validateInstanceName(m_name->text().trimmed()); !valid)
            return valid;
        return checkNameFree();
    });
    checks->addRow(form, tr("&Subdomain:"), m_subdomain, [this] {
        if (const Status valid = catalog::validateSubdomain(m_subdomain->text().trimmed()); !valid)
            return valid;
        return checkSubdomainFree();
    });
    checks->addRow(form, tr("&Database name:"), m_database, [this] {
        if (const Status valid = catalog::validateDatabaseName(m_database->text().trimmed()); !valid)
            return valid;
        return checkDatabaseFree();
    });

    connect(m_tenant, &QComboBox::currentIndexChanged, this, &InstanceWizard::proposeNames);
    connect(m_host, &QComboBox::currentIndexChanged, this, &InstanceWizard::measureSelectedHost);
    // A name free in one tenant, or on one host, may be taken in another.
    connect(m_tenant, &QComboBox::currentIndexChanged, checks, &FormChecks::validate);
    connect(m_host, &QComboBox::currentIndexChanged, checks, &FormChecks::validate);
    connect(m_name, &QLineEdit::textChanged, this, &InstanceWizard::proposeNames);
    connect(m_subdomain, &QLineEdit::textEdited, this, [this] { m_subdomainEdited = true; });
    connect(m_database, &QLineEdit::textEdited, this, [this] { m_databaseEdited = true; });
    for (QLineEdit *edit : { m_name, m_subdomain, m_database })
        connect(edit, &QLineEdit::textChanged, checks, &FormChecks::validate);
    return page;
}

QWizardPage *InstanceWizard::createOdooPage()
{
    auto *checks = new FormChecks(this);
    m_pageChecks.append(checks);
    auto *page = new CheckedPage(checks);
    page->setTitle(tr("Odoo"));
    page->setSubTitle(tr("The Odoo series and image, what the instance is for, and its first admin."));

    m_version = new QComboBox(page);
    m_version->setObjectName(QStringLiteral("odooVersion"));
    m_version->addItems(catalog::supportedOdooVersions());
    // The version from Settings, else the newest supported one.
    const int defaultVersion = m_version->findText(provisioning::loadInstanceDefaults(QSettings()).odooVersion);
    m_version->setCurrentIndex(defaultVersion >= 0 ? defaultVersion : m_version->count() - 1);
    m_imageTag = makeEdit(page, QStringLiteral("imageTag"), m_version->currentText());
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("type"));
    for (catalog::InstanceType type :
        { catalog::InstanceType::Development, catalog::InstanceType::Staging, catalog::InstanceType::Production })
        m_type->addItem(StatusText::instanceType(type), int(type));
    m_adminEmail = makeEdit(page, QStringLiteral("adminEmail"));
    m_adminEmail->setPlaceholderText(tr("admin@example.co.zw"));
    m_demoData = new QCheckBox(tr("Load &demo data"), page);
    m_demoData->setObjectName(QStringLiteral("demoData"));

    auto *form = new QFormLayout(page);
    checks->addRow(form, tr("Odoo &version:"), m_version,
        [this] { return catalog::validateOdooVersion(m_version->currentText()); });
    checks->addRow(form, tr("&Image tag:"), m_imageTag, [this] {
        return catalog::validateImageTag(m_version->currentText(), m_imageTag->text().trimmed());
    });
    form->addRow(tr("&Type:"), m_type);
    checks->addRow(form, tr("&Admin email:"), m_adminEmail,
        [this] { return catalog::validateEmail(tr("Admin email"), m_adminEmail->text().trimmed()); });
    form->addRow(QString(), m_demoData);

    connect(m_version, &QComboBox::currentTextChanged, this, [this, checks](const QString &version) {
        // Keep a dated tag's suffix when the series changes.
        const QString tag = m_imageTag->text();
        const qsizetype dash = tag.indexOf(QLatin1Char('-'));
        m_imageTag->setText(dash < 0 ? version : version + tag.mid(dash));
        checks->validate();
    });
    connect(m_adminEmail, &QLineEdit::textEdited, this, [this] { m_adminEmailEdited = true; });
    for (QLineEdit *edit : { m_imageTag, m_adminEmail })
        connect(edit, &QLineEdit::textChanged, checks, &FormChecks::validate);
    return page;
}

QWizardPage *InstanceWizard::createResourcesPage()
{
    auto *checks = new FormChecks(this);
    m_pageChecks.append(checks);
    auto *page = new CheckedPage(checks);
    page->setTitle(tr("Resources"));
    page->setSubTitle(tr("Limits for the instance's container and its data volume. Sizes take K, M, G or T "
                         "(binary units, as Docker uses)."));

    m_cpu = new QDoubleSpinBox(page);
    m_cpu->setObjectName(QStringLiteral("cpu"));
    m_cpu->setRange(0, 256);
    m_cpu->setDecimals(2);
    m_cpu->setSingleStep(0.5);
    const provisioning::InstanceDefaults defaults = provisioning::loadInstanceDefaults(QSettings());
    m_cpu->setValue(defaults.cpuCores);
    StatusText::attachCoresSuffix(m_cpu);
    m_memory = makeEdit(page, QStringLiteral("memory"), catalog::formatByteSize(defaults.memoryBytes));
    m_storage = makeEdit(page, QStringLiteral("storage"), catalog::formatByteSize(defaults.storageBytes));

    auto *form = new QFormLayout(page);
    checks->addRow(form, tr("&CPU:"), m_cpu, [this]() -> Status {
        if (const Status valid = catalog::validateCpu(tr("CPU limit"), m_cpu->value()); !valid)
            return valid;
        return checkHostSize(m_cpu->value(), 0);
    });
    checks->addRow(form, tr("&Memory:"), m_memory, [this]() -> Status {
        const Result<qint64> bytes = catalog::parseByteSize(tr("Memory limit"), m_memory->text());
        if (!bytes)
            return makeError(bytes.error());
        if (const Status valid = catalog::validateMemoryLimit(tr("Memory limit"), *bytes); !valid)
            return valid;
        return checkHostSize(0, *bytes);
    });
    checks->addRow(form, tr("&Storage:"), m_storage, [this]() -> Status {
        const Result<qint64> bytes = catalog::parseByteSize(tr("Storage limit"), m_storage->text());
        return bytes.ok() ? catalog::validateStorageLimit(tr("Storage limit"), *bytes)
                          : Status(makeError(bytes.error()));
    });
    connect(m_cpu, &QDoubleSpinBox::valueChanged, checks, &FormChecks::validate);
    connect(this, &InstanceWizard::hostMeasured, checks, &FormChecks::validate);
    for (QLineEdit *edit : { m_memory, m_storage })
        connect(edit, &QLineEdit::textChanged, checks, &FormChecks::validate);
    return page;
}

QWizardPage *InstanceWizard::createModulesPage()
{
    auto *checks = new FormChecks(this);
    m_pageChecks.append(checks);
    auto *page = new CheckedPage(checks);
    page->setTitle(tr("Modules and environment"));
    page->setSubTitle(tr("Addons to install, modules to keep uninstalled and extra environment variables."));

    m_addonList = new WrappingList(page);
    m_addonList->setObjectName(QStringLiteral("addons"));
    m_addonList->setFlow(QListView::LeftToRight);
    m_addonList->setWrapping(true);
    // The check boxes reflow when the wizard is resized, with room between
    // them, and the list is as tall as its rows so that none is hidden.
    m_addonList->setResizeMode(QListView::Adjust);
    m_addonList->setSpacing(4);
    m_addonList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    for (const QString &addon : commonAddons()) {
        auto *item = new QListWidgetItem(addon, m_addonList);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_otherAddons = makeEdit(page, QStringLiteral("otherAddons"));
    m_otherAddons->setPlaceholderText(tr("other module names, separated by commas"));
    m_disabledModules = makeEdit(page, QStringLiteral("disabledModules"));
    m_disabledModules->setPlaceholderText(tr("iap, mail_plugin"));

    m_environment = new QTableWidget(0, 2, page);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setHorizontalHeaderLabels({ tr("Variable"), tr("Value") });
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->verticalHeader()->setVisible(false);
    // An error label under the editor must not squeeze the table to nothing.
    m_environment->setMinimumHeight(m_environment->horizontalHeader()->sizeHint().height()
        + 3 * m_environment->verticalHeader()->defaultSectionSize() + 2 * m_environment->frameWidth());
    auto *addVariable = new QPushButton(tr("&Add variable"), page);
    addVariable->setObjectName(QStringLiteral("addVariable"));
    auto *removeVariable = new QPushButton(tr("&Remove variable"), page);
    removeVariable->setObjectName(QStringLiteral("removeVariable"));
    auto *environmentBox = new QWidget(page);
    environmentBox->setObjectName(QStringLiteral("environmentEditor"));
    auto *environmentLayout = new QVBoxLayout(environmentBox);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environment);
    auto *environmentButtons = new QHBoxLayout;
    environmentButtons->addWidget(addVariable);
    environmentButtons->addWidget(removeVariable);
    environmentButtons->addStretch();
    environmentLayout->addLayout(environmentButtons);

    // The page scrolls when the error labels need more room than the
    // wizard has, instead of squeezing the table under its buttons.
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("modulesScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    form->addRow(tr("Common &addons:"), m_addonList);
    checks->addRow(form, tr("&Other addons:"), m_otherAddons,
        [this] { return catalog::validateModuleNames(tr("Custom addon"), addons()); });
    checks->addRow(form, tr("&Disabled modules:"), m_disabledModules,
        [this] {
            if (const Status names = catalog::validateModuleNames(tr("Disabled module"), disabledModules()); !names)
                return names;
            return catalog::validateModuleConflict(addons(), disabledModules());
        });
    checks->addRow(form, tr("&Environment:"), environmentBox, [this] { return checkEnvironment(); });

    connect(m_addonList, &QListWidget::itemChanged, checks, &FormChecks::validate);
    for (QLineEdit *edit : { m_otherAddons, m_disabledModules })
        connect(edit, &QLineEdit::textChanged, checks, &FormChecks::validate);
    connect(m_environment, &QTableWidget::itemChanged, checks, &FormChecks::validate);
    connect(addVariable, &QPushButton::clicked, this, [this] {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, new QTableWidgetItem);
        m_environment->setItem(row, 1, new QTableWidgetItem);
        m_environment->editItem(m_environment->item(row, 0));
    });
    connect(removeVariable, &QPushButton::clicked, this, [this, checks] {
        const int row = m_environment->currentRow();
        if (row >= 0)
            m_environment->removeRow(row);
        checks->validate();
    });
    return page;
}

QWizardPage *InstanceWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Create the instance"));
    page->setSubTitle(tr("Finish stores the instance and starts a provisioning job. Follow it in the Jobs dock."));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_createError = new QLabel(page);
    m_createError->setObjectName(QStringLiteral("createError"));
    m_createError->setTextFormat(Qt::PlainText);
    m_createError->setWordWrap(true);
    StatusColors::apply(m_createError, StatusColors::Tone::Error);
    m_saving.setMessage(m_createError);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_createError);
    layout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (QWizard::page(id) != page)
            return;
        const Instance record = instance();
        const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
        QString html = QStringLiteral("<table cellspacing='4'>");
        html += row.arg(tr("Tenant"), m_tenant->currentText().toHtmlEscaped());
        html += row.arg(tr("Host"), m_host->currentText().toHtmlEscaped());
        html += row.arg(tr("Name"), record.name.toHtmlEscaped());
        html += row.arg(tr("Subdomain"), record.subdomain.toHtmlEscaped());
        html += row.arg(tr("Database"), record.databaseName.toHtmlEscaped());
        html += row.arg(tr("Odoo"), tr("%1 (image tag %2)").arg(record.odooVersion, record.imageTag).toHtmlEscaped());
        html += row.arg(tr("Type"), StatusText::instanceType(record.type));
        html += row.arg(tr("Limits"), tr("%1, %2 memory, %3 storage")
                                          .arg(StatusText::cores(record.cpuLimit),
                                              StatusText::byteSize(record.memoryLimitBytes),
                                              StatusText::byteSize(record.storageLimitBytes)));
        html += row.arg(tr("Admin email"), record.adminEmail.toHtmlEscaped());
        html += row.arg(tr("Demo data"), record.demoData ? tr("yes") : tr("no"));
        html += row.arg(tr("Addons"), record.customAddons.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row.arg(tr("Disabled modules"), record.disabledModules.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row.arg(tr("Environment"), QStringList(record.environment.keys()).join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</table>");
        m_summary->setText(html);
        m_createError->clear();
    });
    return page;
}

QString InstanceWizard::currentTenantSlug() const
{
    const QString id = m_tenant->currentData().toString();
    for (const catalog::TenantRow &row : m_tenants) {
        if (row.tenant.id == id)
            return row.tenant.slug;
    }
    return {};
}

void InstanceWizard::proposeNames()
{
    const QString slug = currentTenantSlug();
    const QString name = m_name->text().trimmed();
    if (!m_subdomainEdited)
        m_subdomain->setText(proposeSubdomain(slug, name));
    if (!m_databaseEdited)
        m_database->setText(proposeDatabaseName(slug, name));
    if (!m_adminEmailEdited && m_adminEmail)
        m_adminEmail->setText(m_tenantEmails.value(m_tenant->currentData().toString()));
}

void InstanceWizard::setTenantEmails(const QHash<QString, QString> &emails)
{
    m_tenantEmails = emails;
    proposeNames();
}

void InstanceWizard::setExistingInstances(const QList<catalog::InstanceRow> &instances)
{
    m_existing.clear();
    for (const catalog::InstanceRow &instance : instances) {
        if (instance.status != catalog::InstanceStatus::Deleted)
            m_existing.append(instance);
    }
}

const catalog::InstanceRow *InstanceWizard::instanceUsing(
    const std::function<bool(const catalog::InstanceRow &)> &uses) const
{
    for (const catalog::InstanceRow &instance : m_existing) {
        if (uses(instance))
            return &instance;
    }
    return nullptr;
}

Status InstanceWizard::checkNameFree() const
{
    const QString name = m_name->text().trimmed();
    const QString tenantId = m_tenant->currentData().toString();
    if (instanceUsing([&](const catalog::InstanceRow &row) { return row.tenantId == tenantId && row.name == name; }))
        return makeError(tr("Instance name \"%1\" is already used in tenant %2. Choose another name.")
                             .arg(name, currentTenantSlug()));
    return {};
}

Status InstanceWizard::checkSubdomainFree() const
{
    const catalog::Host *host = selectedHost();
    if (!host)
        return {};
    const QString subdomain = m_subdomain->text().trimmed();
    const catalog::InstanceRow *user = instanceUsing([&](const catalog::InstanceRow &row) {
        return row.baseDomain == host->baseDomain && row.subdomain.compare(subdomain, Qt::CaseInsensitive) == 0;
    });
    if (user)
        return makeError(tr("Subdomain \"%1\" is already used under %2 by instance %3. Choose another subdomain.")
                             .arg(subdomain, host->baseDomain, user->name));
    return {};
}

Status InstanceWizard::checkDatabaseFree() const
{
    const catalog::Host *host = selectedHost();
    if (!host)
        return {};
    const QString server = catalog::pgServerKey(*host);
    const QString database = m_database->text().trimmed();
    const catalog::InstanceRow *user = instanceUsing([&](const catalog::InstanceRow &row) {
        if (row.databaseName != database)
            return false;
        for (const catalog::Host &other : m_hosts) {
            if (other.id == row.hostId)
                return catalog::pgServerKey(other) == server;
        }
        return false;
    });
    if (user)
        return makeError(tr("Database name \"%1\" is already used by instance %2 on the same PostgreSQL server. "
                            "Choose another database name.")
                             .arg(database, user->name));
    return {};
}

QStringList InstanceWizard::addons() const
{
    QStringList names;
    for (int i = 0; i < m_addonList->count(); ++i) {
        if (m_addonList->item(i)->checkState() == Qt::Checked)
            names.append(m_addonList->item(i)->text());
    }
    for (const QString &name : splitNames(m_otherAddons->text())) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList InstanceWizard::disabledModules() const
{
    return splitNames(m_disabledModules->text());
}

QMap<QString, QString> InstanceWizard::environment() const
{
    QMap<QString, QString> variables;
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *key = m_environment->item(row, 0);
        const QTableWidgetItem *value = m_environment->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            variables.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return variables;
}

Status InstanceWizard::checkEnvironment() const
{
    QStringList seen;
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *key = m_environment->item(row, 0);
        const QString name = key ? key->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        if (seen.contains(name))
            return makeError(tr("Environment variable %1 is set twice: keep one row.").arg(name));
        seen.append(name);
    }
    return catalog::validateEnvironment(environment());
}

Instance InstanceWizard::instance() const
{
    Instance instance;
    instance.tenantId = m_tenant->currentData().toString();
    instance.hostId = m_host->currentData().toString();
    instance.name = m_name->text().trimmed();
    instance.subdomain = m_subdomain->text().trimmed();
    instance.databaseName = m_database->text().trimmed();
    instance.odooVersion = m_version->currentText();
    instance.imageTag = m_imageTag->text().trimmed();
    instance.type = static_cast<catalog::InstanceType>(m_type->currentData().toInt());
    instance.adminEmail = m_adminEmail->text().trimmed();
    instance.demoData = m_demoData->isChecked();
    instance.cpuLimit = m_cpu->value();
    const Result<qint64> memory = catalog::parseByteSize(tr("Memory limit"), m_memory->text());
    instance.memoryLimitBytes = memory.ok() ? memory.value() : 0;
    const Result<qint64> storage = catalog::parseByteSize(tr("Storage limit"), m_storage->text());
    instance.storageLimitBytes = storage.ok() ? storage.value() : 0;
    instance.customAddons = addons();
    instance.disabledModules = disabledModules();
    instance.environment = environment();
    instance.status = catalog::InstanceStatus::Creating;
    return instance;
}

void InstanceWizard::accept()
{
    if (m_saving.busy())
        return;
    for (FormChecks *checks : std::as_const(m_pageChecks)) {
        if (!checks->validate()) {
            m_createError->setText(checks->firstError());
            return;
        }
    }
    Instance record = instance();
    if (const Status valid = catalog::normalizeAndValidate(record); !valid) {
        m_createError->setText(valid.error());
        return;
    }
    m_saving.run<Instance>([create = m_create, record] { return create(record); }, [this](Result<Instance> created) {
        if (!created)
            return;
        m_created = created.value();
        QWizard::accept();
    });
}

void InstanceWizard::reject()
{
    if (!m_saving.busy())
        QWizard::reject();
}

} // namespace saasodoo::ui
