// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancespane.h"

#include "backupactions.h"
#include "catalogwrite.h"
#include "filedialogs.h"
#include "confirmdeletedialog.h"
#include "consoleservices.h"
#include "containerpanel.h"
#include "instanceactiondialogs.h"
#include "instancejobs.h"
#include "interruptedjobs.h"
#include "instancetablemodel.h"
#include "instancewizard.h"
#include "itemroles.h"
#include "prompter.h"
#include "restorechoicedialog.h"
#include "statustext.h"
#include "workerpools.h"

#include "core/catalog/validation.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/hostcapacity.h"
#include "core/provisioning/instanceplan.h"
#include "core/provisioning/lifecycle.h"
#include "core/provisioning/provisioner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

#include <memory>
#include <optional>

namespace saasodoo::ui {

using catalog::InstanceRow;
using catalog::InstanceStatus;

namespace {

// Applies the CLI's rule, which also depends on whether an instance in
// error ever ran (InstanceRow::neverRan, read with the rows).
QList<provisioning::Action> allowedFor(const InstanceRow &instance)
{
    return provisioning::allowedActions(instance.status, !instance.neverRan);
}

bool allows(const InstanceRow &instance, provisioning::Action action)
{
    return allowedFor(instance).contains(action);
}

} // namespace

// Returns whether the CLI's rule lets `instance` be deleted although its
// busy state allows no action: no job of a live process works on it, so
// it is stranded (see provisioning::checkActionWithJobs).
bool InstancesPane::strandedDeleteAllowed(const InstanceRow &instance) const
{
    if (!m_services || !m_services->catalog() || !provisioning::allowedActions(instance.status).isEmpty())
        return false;
    catalog::Instance record;
    record.id = instance.id;
    record.name = instance.name;
    record.status = instance.status;
    // NOTE: reads the instance's job rows on the UI thread, one short query
    // and only for a selected instance in a busy state.
    return provisioning::checkActionWithJobs(*m_services->catalog(), record, provisioning::Action::Delete).ok();
}

InstancesPane::InstancesPane(ConsoleServices *services, QWidget *parent)
    : ListPane(QStringLiteral("instancesPane"), new InstanceTableModel, parent)
    , m_services(services)
    , m_model(static_cast<InstanceTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    setAcceptDrops(true);

    // The details panel becomes the first of two tabs; the second follows
    // the selected instance's container.
    m_detailsTabs = new QTabWidget(this);
    m_detailsTabs->setObjectName(QStringLiteral("instanceDetailsTabs"));
    m_containerPanel = new ContainerPanel(services, m_detailsTabs);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("paneSplitter"))) {
        const int index = splitter->indexOf(detailsPanel());
        splitter->replaceWidget(index, m_detailsTabs);
        splitter->setStretchFactor(index, 2);
    }
    m_detailsTabs->addTab(detailsPanel(), tr("Details"));
    m_detailsTabs->addTab(m_containerPanel, tr("Container"));
    // The instance's addresses are links that open in the desktop's browser.
    detailsPanel()->setOpenLinks(false);
    connect(detailsPanel(), &QTextBrowser::anchorClicked, this, &InstancesPane::openDetailsLink);

    m_newAction = addPaneAction(QStringLiteral("list-add"), tr("&New instance…"), QKeySequence::New);
    m_deleteAction = addPaneAction(QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete);
    addSeparator();
    m_startAction = addPaneAction(QStringLiteral("media-playback-start"), tr("&Start"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stopAction = addPaneAction(QStringLiteral("media-playback-stop"), tr("S&top"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_restartAction = addPaneAction(QStringLiteral("view-refresh"), tr("Res&tart"),
        QKeySequence(), false);
    m_backUpAction = addPaneAction(QStringLiteral("document-save"), tr("&Back up now"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_suspendAction = addPaneAction(QStringLiteral("media-playback-pause"), tr("S&uspend…"), QKeySequence(), false);
    m_resumeAction = addPaneAction(QStringLiteral("media-playback-start"), tr("Resu&me"), QKeySequence(), false);
    m_retryAction = addPaneAction(QStringLiteral("view-refresh"), tr("Retry &creation…"), QKeySequence(), false);
    m_updateModulesAction
        = addPaneAction(QStringLiteral("system-software-update"), tr("Update &modules…"), QKeySequence(), false);
    m_limitsAction = addPaneAction(QStringLiteral("preferences-system"), tr("Change &limits…"), QKeySequence(), false);
    m_environmentAction
        = addPaneAction(QStringLiteral("document-properties"), tr("&Environment variables…"), QKeySequence(), false);
    m_resumeJobAction
        = addPaneAction(QStringLiteral("media-playback-start"), tr("Resume &interrupted job"), QKeySequence(), false);
    m_cleanUpJobAction
        = addPaneAction(QStringLiteral("edit-clear"), tr("Clean up interrupted &job"), QKeySequence(), false);
    addSeparator();
    m_copyAddressAction = addPaneAction(QStringLiteral("edit-copy"), tr("&Copy address"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_containerAction = addPaneAction(QStringLiteral("utilities-system-monitor"), tr("Container &logs and stats"),
        QKeySequence(Qt::CTRL | Qt::Key_L));
    m_restoreFileAction = addPaneAction(QStringLiteral("document-open"), tr("Restore from &file…"), QKeySequence(), false);
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_newAction, &QAction::triggered, this, [this] { newInstance(); });
    connect(m_deleteAction, &QAction::triggered, this, &InstancesPane::deleteInstance);
    connect(m_startAction, &QAction::triggered, this, [this] { runPowerAction(int(provisioning::Action::Start)); });
    connect(m_stopAction, &QAction::triggered, this, [this] { runPowerAction(int(provisioning::Action::Stop)); });
    connect(m_restartAction, &QAction::triggered, this,
        [this] { runPowerAction(int(provisioning::Action::Restart)); });
    connect(m_backUpAction, &QAction::triggered, this, &InstancesPane::backUpSelected);
    connect(m_suspendAction, &QAction::triggered, this, &InstancesPane::suspendSelected);
    connect(m_resumeAction, &QAction::triggered, this, [this] { runPowerAction(int(provisioning::Action::Resume)); });
    connect(m_retryAction, &QAction::triggered, this, &InstancesPane::retryCreation);
    connect(m_updateModulesAction, &QAction::triggered, this, &InstancesPane::updateModules);
    connect(m_limitsAction, &QAction::triggered, this, &InstancesPane::changeLimits);
    connect(m_environmentAction, &QAction::triggered, this, &InstancesPane::editEnvironment);
    const auto takeOver = [this](bool resume) {
        const QStringList ids = selectedIds();
        if (ids.size() != 1 || !m_services)
            return;
        if (const jobs::JobInfo *job = InterruptedJobs::forInstance(*m_services, ids.first()))
            emit takeOverRequested(job->id, resume);
    };
    connect(m_resumeJobAction, &QAction::triggered, this, [takeOver] { takeOver(true); });
    connect(m_cleanUpJobAction, &QAction::triggered, this, [takeOver] { takeOver(false); });
    connect(m_copyAddressAction, &QAction::triggered, this, [this] {
        QStringList addresses;
        for (const QString &id : selectedIds()) {
            if (const int row = m_model->rowOf(id); row >= 0)
                addresses.append(QStringLiteral("https://") + InstanceTableModel::address(m_model->rowAt(row)));
        }
        QApplication::clipboard()->setText(addresses.join(QLatin1Char('\n')));
        emit statusMessage(tr("Copied %n address(es).", nullptr, int(addresses.size())));
    });
    connect(m_containerAction, &QAction::triggered, this, &InstancesPane::showContainerState);
    connect(m_restoreFileAction, &QAction::triggered, this, &InstancesPane::restoreFromFile);
    // The count follows the search box and the status filter as well as reloads.
    connect(proxy(), &QAbstractItemModel::rowsInserted, this, &InstancesPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &InstancesPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &InstancesPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::layoutChanged, this, &InstancesPane::updateSummary);
    connect(m_refreshAction, &QAction::triggered, this, &InstancesPane::reload);

    addStatusChoice(tr("All statuses"), {});
    addStatusChoice(tr("Needs attention"), { catalog::toString(InstanceStatus::Error) });
    addStatusChoice(tr("In progress"),
        { catalog::toString(InstanceStatus::Creating), catalog::toString(InstanceStatus::Starting),
            catalog::toString(InstanceStatus::Stopping), catalog::toString(InstanceStatus::Restarting),
            catalog::toString(InstanceStatus::Updating), catalog::toString(InstanceStatus::BackingUp),
            catalog::toString(InstanceStatus::Restoring), catalog::toString(InstanceStatus::Deleting) });
    for (InstanceStatus status : StatusText::allInstanceStatuses()) {
        if (status != InstanceStatus::Deleted)
            addStatusChoice(StatusText::instanceStatus(status), { catalog::toString(status) });
    }

    updateActions();
    refreshDetails();
}

void InstancesPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    m_rowsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) -> Result<QList<InstanceRow>> {
            Result<QList<InstanceRow>> rows = db.instanceRows();
            if (!rows)
                return rows;
            if (const Status marked = provisioning::markInstancesThatNeverRan(db, rows.value()); !marked)
                return Error { marked.error() };
            return rows;
        },
        [this](Result<QList<InstanceRow>> rows) {
            if (!rows)
                emit statusMessage(tr("Could not load instances: %1").arg(rows.error()));
            else
                m_model->setRows(std::move(rows.value()));
            updateSummary();
            emit reloaded();
        });
}

void InstancesPane::updateSummary()
{
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        setSummary(tr("%n instance(s)", nullptr, total));
    else
        setSummary(tr("%1 of %n instance(s) shown", nullptr, total).arg(shown));
}

QList<RestoreTarget> InstancesPane::restoreTargets(const QList<InstanceRow> &instances)
{
    QList<RestoreTarget> targets;
    for (const InstanceRow &instance : instances) {
        if (allows(instance, provisioning::Action::Restore))
            targets.append({ instance.id, instance.name, instance.odooVersion, instance.tenantName,
                instance.customerName, instance.databaseName });
    }
    return targets;
}

Result<InstancesPane::Placement> InstancesPane::readPlacement(catalog::Catalog &db)
{
    Result<QList<catalog::TenantRow>> tenants = db.tenantRows();
    if (!tenants)
        return Error { tenants.error() };
    Result<QList<catalog::Host>> hosts = db.hosts();
    if (!hosts)
        return Error { hosts.error() };
    const Result<QList<catalog::CustomerRow>> customers = db.customerRows();
    if (!customers)
        return Error { customers.error() };
    QHash<QString, QString> customerEmails;
    for (const catalog::CustomerRow &row : customers.value())
        customerEmails.insert(row.customer.id, row.customer.email);
    QHash<QString, QString> tenantEmails;
    for (const catalog::TenantRow &row : tenants.value())
        tenantEmails.insert(row.tenant.id, customerEmails.value(row.tenant.customerId));
    Result<QList<InstanceRow>> instances = db.instanceRows();
    if (!instances)
        return Error { instances.error() };
    return Placement { std::move(tenants.value()), std::move(hosts.value()), std::move(tenantEmails),
        std::move(instances.value()) };
}

void InstancesPane::newInstance(const QString &tenantId)
{
    if (!m_services || !m_services->catalog() || m_placementRead.running())
        return;
    // The tenants and hosts are read on a worker, and the wizard opens when they arrive.
    m_placementRead.start(this, m_services->catalogConfig(), &InstancesPane::readPlacement,
        [this, tenantId](Result<Placement> placement) {
            refreshSelectionState();
            if (!placement) {
                emit statusMessage(placement.error());
                return;
            }
            openWizard(placement.value(), tenantId);
        });
    refreshSelectionState();
}

void InstancesPane::openWizard(const Placement &placement, const QString &tenantId)
{
    InstanceWizard wizard(placement.tenants, placement.hosts, tenantId,
        catalogWrite(*m_services,
            [](catalog::Catalog &catalog, const catalog::Instance &instance) { return catalog.createInstance(instance); }),
        this);
    wizard.setTenantEmails(placement.tenantEmails);
    wizard.setExistingInstances(placement.instances);
    const catalog::CatalogConfig config = m_services->catalogConfig();
    secrets::SecretStore *secrets = m_services->secrets();
    wizard.setCapacityFunction([config, secrets](const catalog::Host &host) -> Result<provisioning::HostCapacity> {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Error { opened.error() };
        return provisioning::measureHost(*opened.value(), host, secrets);
    });
    if (wizard.exec() != QDialog::Accepted)
        return;
    InstanceJobs::submitCreate(*m_services, wizard.created());
    emit statusMessage(tr("Creating instance %1: follow the job in the Jobs dock.").arg(wizard.created().name));
    emit catalogChanged();
    selectId(wizard.created().id);
}

void InstancesPane::deleteInstance()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_services)
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const InstanceRow instance = m_model->rowAt(row);
    ConfirmDeleteDialog dialog(tr("Delete instance %1").arg(instance.name), instance.name,
        tr("Deleting %1 (customer %2, host %3) removes its container, its data volume with the filestore, its "
           "database %4 and its database role. Backups are kept. This cannot be undone.")
            .arg(instance.name, instance.customerName, instance.hostName, instance.databaseName),
        tr("Delete instance"), this);
    // A backup needs the instance's container and database in a state a
    // backup accepts; in any other state the box is off and disabled.
    const bool canBackUp = instance.status == catalog::InstanceStatus::Running
        || instance.status == catalog::InstanceStatus::Stopped || instance.status == catalog::InstanceStatus::Suspended;
    QCheckBox *finalBackup = dialog.addOption(tr("Take a final backup first"), canBackUp,
        canBackUp ? tr("The backup is kept until an admin deletes it. If it fails, nothing is deleted.")
                  : tr("A backup needs the instance running, stopped or suspended."));
    finalBackup->setObjectName(QStringLiteral("finalBackup"));
    finalBackup->setEnabled(canBackUp);
    if (dialog.exec() != QDialog::Accepted)
        return;
    InstanceJobs::submitRemove(*m_services, instance.id, instance.name, instance.hostId, finalBackup->isChecked());
    emit statusMessage(tr("Deleting instance %1: follow the job in the Jobs dock.").arg(instance.name));
}

QString InstancesPane::actionTitle(int action)
{
    switch (provisioning::Action(action)) {
    case provisioning::Action::Start: return tr("Start");
    case provisioning::Action::Stop: return tr("Stop");
    case provisioning::Action::Restart: return tr("Restart");
    case provisioning::Action::Suspend: return tr("Suspend");
    case provisioning::Action::Resume: return tr("Resume");
    case provisioning::Action::Backup: return tr("Back up");
    default: return provisioning::actionName(provisioning::Action(action));
    }
}

InstancesPane::BulkSelection InstancesPane::splitSelection(int action) const
{
    BulkSelection selection;
    for (const QString &id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const InstanceRow &instance = m_model->rowAt(row);
        if (allows(instance, provisioning::Action(action)))
            selection.applicable.append(instance);
        else if (instance.neverRan)
            selection.skipped.append(tr("%1 (its creation failed before it ever ran)").arg(instance.name));
        else
            selection.skipped.append(
                tr("%1 (%2)").arg(instance.name, StatusText::instanceStatus(instance.status).toLower()));
    }
    return selection;
}

void InstancesPane::reportBulk(int action, int submitted, const QStringList &skipped)
{
    const QString title = actionTitle(action);
    QString message = submitted == 0
        ? tr("%1: no job submitted.").arg(title)
        : tr("%1: submitted %n job(s), follow them in the Jobs dock.", nullptr, submitted).arg(title);
    if (skipped.isEmpty()) {
        emit statusMessage(message);
        return;
    }
    message += QLatin1Char(' ')
        + tr("Skipped %n instance(s) whose state does not allow it: %1.", nullptr, int(skipped.size()))
              .arg(skipped.join(QStringLiteral(", ")));
    emit statusMessage(message);
    Prompter::information(this, tr("%1: instances skipped").arg(title), message);
}

void InstancesPane::runPowerAction(int action)
{
    if (!m_services)
        return;
    const BulkSelection selection = splitSelection(action);
    int submitted = 0;
    for (const InstanceRow &instance : selection.applicable) {
        if (!InstanceJobs::submitPowerAction(*m_services, provisioning::Action(action), instance).isEmpty())
            ++submitted;
    }
    reportBulk(action, submitted, selection.skipped);
}

void InstancesPane::retryCreation()
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOf(ids.first()) : -1;
    if (row < 0 || !m_services)
        return;
    offerRetry(m_model->rowAt(row));
}

void InstancesPane::offerRetry(const catalog::InstanceRow &instance)
{
    const QString text = tr("Instance %1 never ran: its creation failed and what it made was removed. Retry the "
                            "creation now with the same settings? Otherwise, delete the instance.")
                             .arg(instance.name);
    if (Prompter::question(this, tr("Retry creating %1").arg(instance.name), text,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    // The record and the retry check read the catalog, so they run on a
    // worker. Each offer gets its own read, because several can follow one Start.
    const catalog::CatalogConfig config = m_services->catalogConfig();
    const QString id = instance.id;
    const QString name = instance.name;
    QtConcurrent::run(workerPool(), [config, id]() -> Result<catalog::Instance> {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Error { opened.error() };
        Result<catalog::Instance> record = opened.value()->instance(id);
        if (!record)
            return record;
        if (const Status allowed = provisioning::checkRetry(config, record.value()); !allowed)
            return Error { allowed.error() };
        return record;
    }).then(this, [this, name](const Result<catalog::Instance> &record) {
        if (!record) {
            Prompter::warning(this, tr("Retry creating %1").arg(name), record.error());
            return;
        }
        InstanceJobs::submitCreate(*m_services, record.value());
        emit statusMessage(tr("Creating instance %1 again: follow the job in the Jobs dock.").arg(name));
    });
}

void InstancesPane::backUpSelected()
{
    if (!m_services)
        return;
    const BulkSelection selection = splitSelection(int(provisioning::Action::Backup));
    int submitted = 0;
    for (const InstanceRow &instance : selection.applicable) {
        if (!BackupActions::submitCreate(*m_services, instance.id, instance.name, instance.hostId).isEmpty())
            ++submitted;
    }
    reportBulk(int(provisioning::Action::Backup), submitted, selection.skipped);
}

void InstancesPane::suspendSelected()
{
    if (!m_services)
        return;
    const BulkSelection selection = splitSelection(int(provisioning::Action::Suspend));
    QStringList names;
    for (const InstanceRow &instance : selection.applicable)
        names.append(instance.name);
    if (names.isEmpty()) {
        reportBulk(int(provisioning::Action::Suspend), 0, selection.skipped);
        return;
    }
    const QString text = tr("Suspend %1? Each instance stops and keeps its data; only Resume starts it again.")
                             .arg(names.join(QStringLiteral(", ")));
    if (Prompter::question(this, tr("Suspend %n instance(s)", nullptr, int(names.size())), text,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    runPowerAction(int(provisioning::Action::Suspend));
}

void InstancesPane::updateModules()
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOf(ids.first()) : -1;
    if (row < 0 || !m_services)
        return;
    const InstanceRow instance = m_model->rowAt(row);
    UpdateModulesDialog dialog(instance.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    InstanceJobs::submitUpdateModules(*m_services, instance, dialog.modules());
    emit statusMessage(tr("Updating modules of %1: follow the job in the Jobs dock.").arg(instance.name));
}

void InstancesPane::readSelectedInstance(
    const std::function<void(const InstanceRow &, const catalog::Instance &)> &open)
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOf(ids.first()) : -1;
    if (row < 0 || !m_services || !m_services->catalog() || m_recordRead.running())
        return;
    const InstanceRow instance = m_model->rowAt(row);
    const QString id = instance.id;
    m_recordRead.start(this, m_services->catalogConfig(), [id](catalog::Catalog &db) { return db.instance(id); },
        [this, instance, open](Result<catalog::Instance> full) {
            refreshSelectionState();
            if (!full) {
                emit statusMessage(full.error());
                return;
            }
            open(instance, full.value());
        });
    refreshSelectionState();
}

void InstancesPane::changeLimits()
{
    readSelectedInstance([this](const InstanceRow &instance, const catalog::Instance &full) {
        LimitsDialog dialog(instance.name, full.cpuLimit, full.memoryLimitBytes, this);
        // The CLI's check: the catalog's ranges, the tenant's plan and the
        // host's free capacity, which the engine reports.
        const catalog::CatalogConfig config = m_services->catalogConfig();
        secrets::SecretStore *secrets = m_services->secrets();
        const QString id = instance.id;
        dialog.setCapacityCheck([config, secrets, id](double cpuCores, qint64 memoryBytes) {
            return provisioning::checkLimits(config, secrets, id, cpuCores, memoryBytes);
        });
        if (dialog.exec() != QDialog::Accepted)
            return;
        InstanceJobs::submitSetLimits(*m_services, instance, dialog.cpuCores(), dialog.memoryBytes());
        emit statusMessage(tr("Changing the limits of %1: follow the job in the Jobs dock.").arg(instance.name));
    });
}

void InstancesPane::editEnvironment()
{
    readSelectedInstance([this](const InstanceRow &instance, const catalog::Instance &full) {
        EnvironmentDialog dialog(instance.name, full.environment, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        InstanceJobs::submitSetEnvironment(*m_services, instance, dialog.environment());
        emit statusMessage(
            tr("Changing the environment of %1: follow the job in the Jobs dock.").arg(instance.name));
    });
}

void InstancesPane::showContainerState()
{
    m_detailsTabs->setCurrentWidget(m_containerPanel);
    m_containerPanel->setFocus();
}

void InstancesPane::updateContainerPanel()
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOf(ids.first()) : -1;
    if (row < 0) {
        m_containerPanel->setInstance({}, {}, InstanceStatus::Stopped);
        return;
    }
    const InstanceRow &instance = m_model->rowAt(row);
    m_containerPanel->setInstance(instance.id, instance.name, instance.status);
}

void InstancesPane::updateActions()
{
    if (m_containerPanel)
        updateContainerPanel();
    requestInstanceDetails();
    const bool open = m_services && m_services->catalog();
    const QStringList ids = selectedIds();
    const QString noCatalog = tr("The catalog is not open.");
    setActionAvailable(m_newAction, open && !m_placementRead.running(),
        !open ? noCatalog : tr("Reading the tenants and hosts for the wizard; wait a moment."));

    // A single-instance action is offered when the instance's state allows
    // it. A bulk action is offered when any selected instance allows it,
    // and skips the others with a message when it runs.
    const auto reasonFor = [&](provisioning::Action action, bool single) -> QString {
        if (!open)
            return noCatalog;
        if (ids.isEmpty() || (single && ids.size() != 1)) {
            return single ? tr("Select exactly one instance.") : tr("Select one or more instances.");
        }
        if (!single && ids.size() > 1) {
            for (const QString &id : ids) {
                const int row = m_model->rowOf(id);
                if (row >= 0 && allows(m_model->rowAt(row), action))
                    return {};
            }
            return tr("No selected instance's state allows this action.");
        }
        for (const QString &id : ids) {
            const int row = m_model->rowOf(id);
            if (row < 0 || allows(m_model->rowAt(row), action))
                continue;
            const InstanceRow &instance = m_model->rowAt(row);
            if (action == provisioning::Action::Delete && strandedDeleteAllowed(instance))
                continue;
            if (instance.neverRan)
                return tr("The creation of %1 failed before it ever ran, so it has no container or data: only "
                          "Retry creation and Delete are allowed.")
                    .arg(instance.name);
            const QString status = provisioning::statusPhrase(instance.status);
            const QList<provisioning::Action> allowed = allowedFor(instance);
            if (allowed.isEmpty()) {
                if (const jobs::JobInfo *job = m_services ? InterruptedJobs::forInstance(*m_services, instance.id)
                                                          : nullptr) {
                    return tr("%1 is %2 because job %3 (%4) was interrupted when the console stopped, and no job "
                              "runs on it now. Choose Resume interrupted job or Clean up interrupted job.")
                        .arg(instance.name, status, job->id, job->kind);
                }
                return tr("%1 is %2: wait for the job working on it to finish.").arg(instance.name, status);
            }
            QStringList names;
            for (provisioning::Action possible : allowed)
                names.append(provisioning::actionName(possible));
            return tr("%1 is %2, which allows only: %3.")
                .arg(instance.name, status, names.join(QStringLiteral(", ")));
        }
        return {};
    };
    const std::pair<QAction *, provisioning::Action> stateActions[] {
        { m_deleteAction, provisioning::Action::Delete },
        { m_startAction, provisioning::Action::Start },
        { m_stopAction, provisioning::Action::Stop },
        { m_restartAction, provisioning::Action::Restart },
        { m_backUpAction, provisioning::Action::Backup },
        { m_suspendAction, provisioning::Action::Suspend },
        { m_resumeAction, provisioning::Action::Resume },
        { m_retryAction, provisioning::Action::Retry },
        { m_updateModulesAction, provisioning::Action::UpdateModules },
        { m_limitsAction, provisioning::Action::SetLimits },
        { m_environmentAction, provisioning::Action::SetEnvironment },
    };
    for (const auto &[qaction, action] : stateActions) {
        const bool single = qaction == m_deleteAction || qaction == m_updateModulesAction || qaction == m_limitsAction
            || qaction == m_environmentAction || qaction == m_retryAction;
        QString reason = reasonFor(action, single);
        if (reason.isEmpty() && m_recordRead.running() && (qaction == m_limitsAction || qaction == m_environmentAction))
            reason = tr("Reading the instance to edit; wait a moment.");
        setActionAvailable(qaction, reason.isEmpty(), reason);
    }
    const jobs::JobInfo *interrupted
        = m_services && ids.size() == 1 ? InterruptedJobs::forInstance(*m_services, ids.first()) : nullptr;
    const QString noInterruptedJob = tr("Select one instance whose job was interrupted when the console stopped.");
    const QString resumeReason = interrupted
        ? InterruptedJobs::unavailableReason(*interrupted, InterruptedJobs::TakeOver::Resume)
        : noInterruptedJob;
    const QString cleanUpReason = interrupted
        ? InterruptedJobs::unavailableReason(*interrupted, InterruptedJobs::TakeOver::CleanUp)
        : noInterruptedJob;
    setActionAvailable(m_resumeJobAction, open && resumeReason.isEmpty(), open ? resumeReason : noCatalog);
    setActionAvailable(m_cleanUpJobAction, open && cleanUpReason.isEmpty(), open ? cleanUpReason : noCatalog);
    setActionAvailable(m_copyAddressAction, !ids.isEmpty(), tr("Select one or more instances."));
    setActionAvailable(m_containerAction, open && ids.size() == 1,
        open ? tr("Select exactly one instance.") : noCatalog);
    setActionAvailable(m_refreshAction, open, noCatalog);
    // With no selection the file restores as a new instance.
    QString restoreReason;
    if (!open)
        restoreReason = noCatalog;
    else if (ids.size() > 1)
        restoreReason = tr("Select one instance to restore into, or none to restore as a new instance.");
    else if (ids.size() == 1)
        restoreReason = reasonFor(provisioning::Action::Restore, true);
    setActionAvailable(m_restoreFileAction, restoreReason.isEmpty(), restoreReason);
    m_restoreFileAction->setText(
        ids.size() == 1 ? tr("Restore into this instance from &file…") : tr("Restore from &file…"));
}

QString InstancesPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select an instance to see its details.</p><p>Drop an Odoo backup (.zip) or a pg_dump "
                  "file (.dump) here to restore it.</p>");
    if (ids.size() > 1)
        return tr("<p>%n instances selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const InstanceRow &instance = m_model->rowAt(row);
    QList<std::pair<QString, QString>> rows {
        { tr("Status"), StatusText::instanceStatus(instance.status) },
        { tr("Address"), QStringLiteral("https://") + InstanceTableModel::address(instance) },
        { tr("Customer"), instance.customerName },
        { tr("Tenant"), instance.tenantName },
        { tr("Host"), instance.hostName },
        { tr("Odoo"), instance.odooVersion },
        { tr("Type"), StatusText::instanceType(instance.type) },
        { tr("Database"), instance.databaseName },
        { tr("Updated"), QLocale().toString(instance.updatedAt.toLocalTime(), QLocale::ShortFormat) },
    };
    QHash<QString, QUrl> links;
    if (!instance.baseDomain.isEmpty() && !instance.subdomain.isEmpty())
        links.insert(tr("Address"), QUrl(QStringLiteral("https://") + InstanceTableModel::address(instance)));
    if (instance.publishedPort > 0) {
        rows.append({ tr("Published port"), QString::number(instance.publishedPort) });
        const auto engineHost = m_engineHosts.constFind(instance.id);
        if (engineHost != m_engineHosts.cend()) {
            const QUrl direct = directUrl(*engineHost, instance.publishedPort);
            rows.append({ tr("Direct address"), direct.toString() });
            links.insert(tr("Direct address"), direct);
        }
    }
    const auto cached = m_fullInstances.constFind(instance.id);
    if (cached != m_fullInstances.cend() && cached->updatedAt == instance.updatedAt) {
        const catalog::Instance &full = *cached;
        rows.append({ tr("Limits"), tr("%1, %2 memory, %3 storage")
                                        .arg(StatusText::cores(full.cpuLimit),
                                            StatusText::byteSize(full.memoryLimitBytes),
                                            StatusText::byteSize(full.storageLimitBytes)) });
        rows.append({ tr("Admin email"), full.adminEmail });
        rows.append({ tr("Image tag"), full.imageTag });
        if (!full.statusMessage.isEmpty())
            rows.append({ tr("Last message"), full.statusMessage });
    } else if (!m_detailsError.isEmpty() && m_loadingDetailsId.isEmpty()) {
        rows.append({ tr("Limits"), tr("could not be read: %1").arg(m_detailsError) });
    } else if (m_services && m_services->catalog()) {
        rows.append({ tr("Limits"), tr("reading…") });
    }
    return detailsTable(instance.name, rows, links);
}

QUrl InstancesPane::directUrl(const QString &engineHost, int port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(engineHost);
    url.setPort(port);
    return url;
}

QString InstancesPane::engineHostName(const QString &dockerEndpoint)
{
    // A local engine publishes on loopback (see the instance plan); a remote
    // one on all its interfaces, so the endpoint's host name reaches it.
    if (dockerEndpoint.startsWith(QLatin1String("unix://")))
        return QStringLiteral("127.0.0.1");
    return QUrl(dockerEndpoint).host();
}

void InstancesPane::openDetailsLink(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        emit statusMessage(tr("Could not open %1: no program handles %2 links.").arg(url.toString(), url.scheme()));
}

void InstancesPane::requestInstanceDetails()
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOf(ids.first()) : -1;
    if (row < 0 || !m_services || !m_services->catalog())
        return;
    const InstanceRow &instance = m_model->rowAt(row);
    const auto cached = m_fullInstances.constFind(instance.id);
    if ((cached != m_fullInstances.cend() && cached->updatedAt == instance.updatedAt)
        || m_loadingDetailsId == instance.id)
        return;

    // A worker with its own catalog session reads the full record, so a
    // slow catalog server delays the details, not the window.
    m_loadingDetailsId = instance.id;
    m_detailsError.clear();
    const QString instanceId = instance.id;
    const catalog::CatalogConfig config = m_services->catalogConfig();
    QtConcurrent::run(workerPool(), [config, instanceId] {
        DetailsRead read;
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened) {
            read.error = opened.error();
            return read;
        }
        Result<catalog::Instance> found = opened.value()->instance(instanceId);
        if (!found) {
            read.error = found.error();
            return read;
        }
        read.instance = std::move(found.value());
        if (const Result<catalog::Host> host = opened.value()->host(read.instance->hostId))
            read.engineHost = engineHostName(host->dockerEndpoint);
        return read;
    }).then(this, [this, instanceId](const DetailsRead &read) {
        if (m_loadingDetailsId == instanceId)
            m_loadingDetailsId.clear();
        if (read.instance) {
            // Only the latest few records are kept: the selection moves on.
            if (m_fullInstances.size() >= 64)
                m_fullInstances.clear();
            m_fullInstances.insert(instanceId, *read.instance);
            if (m_engineHosts.size() >= 64)
                m_engineHosts.clear();
            if (!read.engineHost.isEmpty())
                m_engineHosts.insert(instanceId, read.engineHost);
        } else {
            m_detailsError = read.error;
        }
        if (selectedIds() == QStringList { instanceId })
            refreshDetails();
    });
}

// Drops are accepted as copies only, because a drag source whose drop
// ended in MoveAction may delete its file, the admin's backup. Any file is
// accepted on enter, so that a drop of the wrong file gets a message that
// explains why it was rejected.
void InstancesPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls() || !(event->possibleActions() & Qt::CopyAction)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void InstancesPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasUrls() || !(event->possibleActions() & Qt::CopyAction)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void InstancesPane::dropEvent(QDropEvent *event)
{
    // Only record the paths here: the file manager that started the drag
    // waits until this returns, so every check runs later on a worker.
    QStringList localPaths;
    QStringList rejected;
    const QString targetId = instanceAt(event->position().toPoint());
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            localPaths.append(url.toLocalFile());
        else
            rejected.append(url.toDisplayString());
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();

    QTimer::singleShot(0, this, [this, localPaths, rejected, targetId] {
        for (const QString &name : rejected)
            rejectDrop(name, tr("only files on this computer can be restored"));
        offerRestore(localPaths, targetId);
    });
}

QString InstancesPane::instanceAt(const QPoint &position) const
{
    QWidget *viewport = view()->viewport();
    const QPoint inViewport = viewport->mapFrom(this, position);
    if (!viewport->rect().contains(inViewport))
        return {};
    const QModelIndex index = view()->indexAt(inViewport);
    return index.isValid() ? index.data(IdRole).toString() : QString();
}

void InstancesPane::offerRestore(const QStringList &paths, const QString &targetId)
{
    for (const QString &path : paths) {
        // Checked before the inspection opens the file, because closing any
        // descriptor of the catalog drops SQLite's locks on it.
        if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(path); !checked) {
            emit statusMessage(checked.error());
            Prompter::warning(this, tr("Catalog file chosen"), checked.error());
            continue;
        }
        auto *watcher = new QFutureWatcher<BackupInspection>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, targetId] {
            handleInspection(watcher->result(), targetId);
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(workerPool(), &BackupInspector::inspect, path));
    }
}

void InstancesPane::restoreFromFile()
{
    const QStringList ids = selectedIds();
    if (ids.size() > 1)
        return;
    chooseFileToRestore(ids.isEmpty() ? QString() : ids.first());
}

void InstancesPane::chooseFileToRestore(const QString &targetId)
{
    const QString path = m_chooseRestoreFile
        ? m_chooseRestoreFile()
        : FileDialogs::openFileName(this, tr("Restore from file"), QString(),
              tr("Odoo backups (*.zip *.dump);;All files (*)"));
    if (!path.isEmpty())
        offerRestore({ path }, targetId);
}

void InstancesPane::rejectDrop(const QString &name, const QString &reason)
{
    const QString message = tr("%1 is not a backup file: %2.").arg(name, reason);
    emit statusMessage(message);
    Prompter::warning(this, tr("Not a backup file"), message);
}

void InstancesPane::handleInspection(const BackupInspection &backup, const QString &targetId)
{
    emit backupInspected(backup);
    if (backup.kind == BackupInspection::Kind::NotBackup) {
        rejectDrop(QFileInfo(backup.path).fileName(), backup.reason);
        return;
    }

    RestoreDestinations destinations;
    if (const int row = targetId.isEmpty() ? -1 : m_model->rowOf(targetId); row >= 0) {
        const InstanceRow &target = m_model->rowAt(row);
        if (!allows(target, provisioning::Action::Restore)) {
            catalog::Instance record;
            record.name = target.name;
            record.status = target.status;
            const QString message
                = provisioning::checkAction(record, provisioning::Action::Restore, !target.neverRan).error();
            emit statusMessage(message);
            Prompter::warning(this, tr("Restore into %1").arg(target.name), message);
            return;
        }
        destinations.targetName = m_model->rowAt(row).name;
        destinations.targetSeries = m_model->rowAt(row).odooVersion;
        destinations.targetDatabase = m_model->rowAt(row).databaseName;
    } else {
        // Opened from a file with no instance selected: offer every instance
        // whose state allows a restore, and let the dialog check the series.
        // With a catalog, the worker below reads them again, because a file
        // given on the command line is checked before the first reload ends.
        QList<InstanceRow> shown;
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown.append(m_model->rowAt(row));
        destinations.instances = restoreTargets(shown);
    }
    if (!m_services || !m_services->catalog()) {
        openRestoreChoice(backup, targetId, destinations);
        return;
    }
    // The tenants and hosts a new instance can go to, and without a target
    // the instances to restore into, are read on a worker.
    // Each drop gets its own read, so a second drop does not cancel the first.
    const catalog::CatalogConfig config = m_services->catalogConfig();
    const bool readInstances = targetId.isEmpty();
    const QString databaseName = backup.summary.databaseName;
    struct DestinationsRead
    {
        Placement placement;
        QList<InstanceRow> instances;
        std::optional<std::pair<double, qint64>> limits; // of the backup's instance
    };
    QtConcurrent::run(workerPool(), [config, readInstances, databaseName]() -> Result<DestinationsRead> {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Error { opened.error() };
        catalog::Catalog &db = *opened.value();
        Result<Placement> placement = readPlacement(db);
        if (!placement)
            return Error { placement.error() };
        Result<QList<InstanceRow>> rows = db.instanceRows();
        if (!rows)
            return Error { rows.error() };
        if (const Status marked = provisioning::markInstancesThatNeverRan(db, rows.value()); !marked)
            return Error { marked.error() };
        DestinationsRead read { std::move(placement.value()), {}, std::nullopt };
        // The backup's instance is the one whose database the backup names,
        // when exactly one instance has that name. Its limits are proposed.
        QStringList sameDatabase;
        for (const InstanceRow &row : rows.value()) {
            if (!databaseName.isEmpty() && row.databaseName == databaseName)
                sameDatabase.append(row.id);
        }
        if (sameDatabase.size() == 1) {
            if (const Result<catalog::Instance> original = db.instance(sameDatabase.first()))
                read.limits = std::pair { original->cpuLimit, original->memoryLimitBytes };
        }
        if (readInstances)
            read.instances = std::move(rows.value());
        return read;
    }).then(this, [this, backup, targetId, destinations, readInstances](
                      const Result<DestinationsRead> &read) mutable {
        if (!read) {
            // The restore into an instance needs no lists, so the dialog still opens.
            emit statusMessage(tr("Could not read the tenants, hosts and instances: %1").arg(read.error()));
        } else {
            const Placement *placement = &read->placement;
            if (readInstances)
                destinations.instances = restoreTargets(read->instances);
            if (read->limits) {
                destinations.cpuLimit = read->limits->first;
                destinations.memoryLimitBytes = read->limits->second;
            }
            for (const catalog::TenantRow &tenant : placement->tenants)
                destinations.tenants.append({ tenant.tenant.id,
                    tr("%1 (%2, %3)").arg(tenant.tenant.name, tenant.tenant.slug, tenant.customerName),
                    tenant.tenant.slug });
            for (const catalog::Host &host : placement->hosts)
                destinations.hosts.append({ host.id, host.name });
        }
        openRestoreChoice(backup, targetId, destinations);
    });
}

void InstancesPane::openRestoreChoice(
    const BackupInspection &backup, const QString &targetId, const RestoreDestinations &destinations)
{
    auto *dialog = new RestoreChoiceDialog(backup, destinations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, backup, targetId] {
        if (dialog->choice() != RestoreChoiceDialog::Cancelled)
            submitRestore(*dialog, backup, targetId.isEmpty() ? dialog->chosenTargetId() : targetId);
    });
    dialog->open();
}

void InstancesPane::submitRestore(const RestoreChoiceDialog &dialog, const BackupInspection &backup,
    const QString &targetId)
{
    if (!m_services)
        return;
    backup::RestoreSource source;
    source.path = backup.path;
    const QString fileName = QFileInfo(backup.path).fileName();

    if (dialog.choice() == RestoreChoiceDialog::AsNewInstance) {
        backup::NewInstanceRequest request;
        request.name = dialog.newInstanceName();
        request.tenantId = dialog.tenantId();
        request.hostId = dialog.hostId();
        request.odooVersion = dialog.odooVersion();
        request.cpuLimit = dialog.cpuLimit();
        request.memoryLimitBytes = dialog.memoryLimitBytes();
        request.neutralize = dialog.neutralize();
        submitRestoreAsNew(source, request);
        return;
    }

    const int row = m_model->rowOf(targetId);
    if (row < 0)
        return;
    const InstanceRow target = m_model->rowAt(row);
    backup::InPlaceRestoreOptions options;
    options.identity = dialog.moved() ? backup::RestoreIdentity::Moved : backup::RestoreIdentity::Copied;
    const QString identity = dialog.moved()
        ? tr("The database moved here: %1 keeps the backup's database.uuid and database.secret.").arg(target.name)
        : tr("The database was copied: %1 gets a new database.uuid and database.secret, so Odoo treats it as "
             "another database.")
              .arg(target.name);
    const QString text = tr("Restore %1 into the instance %2 of tenant %4 (customer %5, database %3)?\n\nThe "
                            "console first takes a safety backup of %2, then restores into a new database and "
                            "filestore, and switches %2 over only when both are complete. %2 stops for a short "
                            "time during the switch.")
                             .arg(fileName, target.name, target.databaseName, target.tenantName, target.customerName)
        + QStringLiteral("\n\n") + identity;
    if (Prompter::question(this, tr("Restore into %1").arg(target.name), text, QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (!BackupActions::submitRestoreInto(*m_services, source, target.id, target.name, {}, options).isEmpty())
        emit statusMessage(tr("Restoring %1 into %2: follow the job in the Jobs dock.").arg(fileName, target.name));
}

void InstancesPane::submitRestoreAsNew(const backup::RestoreSource &source, backup::NewInstanceRequest request)
{
    const QString fileName = QFileInfo(source.path).fileName();
    const catalog::CatalogConfig config = m_services->catalogConfig();
    secrets::SecretStore *secrets = m_services->secrets();
    // The capacity check of the new-instance wizard, run before the job
    // starts so that a full host is reported here and not by a failed job.
    QtConcurrent::run(enginePool(), [config, secrets, request]() -> Result<catalog::Host> {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Error { opened.error() };
        catalog::Catalog &db = *opened.value();
        if (request.hostId.isEmpty())
            return provisioning::chooseHost(db, secrets, request.cpuLimit, request.memoryLimitBytes);
        const Result<catalog::Host> host = db.host(request.hostId);
        if (!host)
            return Error { host.error() };
        const Result<provisioning::HostCapacity> capacity = provisioning::measureHost(db, host.value(), secrets);
        if (!capacity)
            return Error { capacity.error() };
        if (const Status fits = provisioning::checkCapacity(capacity.value(), request.cpuLimit,
                request.memoryLimitBytes);
            !fits)
            return Error { fits.error() };
        return host.value();
    }).then(this, [this, source, request, fileName](const Result<catalog::Host> &host) mutable {
        const QString title = tr("Restore %1 as a new instance").arg(fileName);
        if (!host) {
            const QString message
                = tr("%1 cannot be restored as the new instance %2: %3 Nothing was started.")
                      .arg(fileName, request.name, host.error());
            emit statusMessage(message);
            Prompter::warning(this, title, message);
            return;
        }
        // A failed job's error is shown in full, not only in the status bar.
        // The connection is made before the job is submitted, because a job
        // that fails at once may end before submit() returns. The job's
        // signal is queued to this thread, so it is handled after the id is
        // stored.
        auto jobId = std::make_shared<QString>();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_services->jobRunner(), &jobs::JobRunner::jobFinished, this,
            [this, connection, jobId, title](const jobs::JobInfo &job) {
                if (job.id != *jobId)
                    return;
                disconnect(*connection);
                if (job.state == jobs::JobState::Failed)
                    Prompter::warning(this, title, tr("The restore failed: %1").arg(job.error));
            });
        // The job goes to the host that was checked.
        request.hostId = host->id;
        *jobId = BackupActions::submitRestoreAsNew(*m_services, source, request);
        if (jobId->isEmpty()) {
            disconnect(*connection);
            return;
        }
        emit statusMessage(tr("Restoring %1 as the new instance %2 on host %3: follow the job in the Jobs dock.")
                               .arg(fileName, request.name, host->name));
    });
}

} // namespace saasodoo::ui
