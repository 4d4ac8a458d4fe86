// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupspane.h"

#include "backupactions.h"
#include "backuptablemodel.h"
#include "consoleservices.h"
#include "instanceactiondialogs.h"
#include "prompter.h"
#include "statustext.h"

#include "core/catalog/validation.h"
#include "core/provisioning/lifecycle.h"
#include "core/provisioning/provisioner.h"

#include <QAction>
#include <QHash>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace saasodoo::ui {

using catalog::Backup;
using catalog::BackupState;

namespace {

// A backup that can be read: completed, with at least one copy.
bool isReadable(const Backup &backup)
{
    return backup.state == BackupState::Completed && (!backup.location.isEmpty() || !backup.s3Key.isEmpty());
}

QString seriesOf(const QString &version)
{
    return version.section(u'.', 0, 1);
}

// Applies the CLI's rule, which also depends on whether an instance in
// error ever ran.
bool allows(const catalog::InstanceRow &instance, provisioning::Action action)
{
    return provisioning::allowedActions(instance.status, !instance.neverRan).contains(action);
}

} // namespace

BackupsPane::BackupsPane(ConsoleServices *services, QWidget *parent)
    : ListPane(QStringLiteral("backupsPane"), new BackupTableModel, parent)
    , m_services(services)
    , m_model(static_cast<BackupTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);

    m_backUpAction = addPaneAction(QStringLiteral("document-save"), tr("&Back up now…"), QKeySequence::New);
    addSeparator();
    m_verifyAction = addPaneAction(QStringLiteral("security-high"), tr("&Verify"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_downloadAction = addPaneAction(QStringLiteral("download"), tr("Down&load from S3"), QKeySequence());
    m_archiveAction = addPaneAction(QStringLiteral("document-send"), tr("Retry &archiving to S3"), QKeySequence());
    addSeparator();
    m_restoreIntoAction = addPaneAction(QStringLiteral("edit-undo"), tr("Restore &into…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_restoreNewAction = addPaneAction(QStringLiteral("list-add"), tr("Restore as &new instance…"), QKeySequence());
    addSeparator();
    m_deleteAction = addPaneAction(QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete);
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_backUpAction, &QAction::triggered, this, &BackupsPane::chooseInstanceToBackUp);
    connect(m_verifyAction, &QAction::triggered, this, &BackupsPane::verifySelected);
    connect(m_downloadAction, &QAction::triggered, this, &BackupsPane::downloadSelected);
    connect(m_archiveAction, &QAction::triggered, this, &BackupsPane::archiveSelected);
    connect(m_restoreIntoAction, &QAction::triggered, this, &BackupsPane::chooseRestoreTarget);
    connect(m_restoreNewAction, &QAction::triggered, this, &BackupsPane::askNewInstanceName);
    connect(m_deleteAction, &QAction::triggered, this, &BackupsPane::deleteSelected);
    connect(m_refreshAction, &QAction::triggered, this, &BackupsPane::reload);

    addStatusChoice(tr("All states"), {});
    addStatusChoice(tr("In progress"),
        { catalog::toString(BackupState::Pending), catalog::toString(BackupState::Running) });
    for (BackupState state : { BackupState::Completed, BackupState::Failed, BackupState::Expired })
        addStatusChoice(BackupTableModel::stateText(state), { catalog::toString(state) });
    addStatusChoice(tr("Cancelled"), { QStringLiteral("cancelled") });
    // The count follows the search box and the status filter as well as reloads.
    connect(proxy(), &QAbstractItemModel::rowsInserted, this, &BackupsPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &BackupsPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &BackupsPane::updateSummary);
    connect(proxy(), &QAbstractItemModel::layoutChanged, this, &BackupsPane::updateSummary);

    updateActions();
    refreshDetails();
}

void BackupsPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    struct Read
    {
        QList<Backup> backups;
        QList<catalog::InstanceRow> instances;
        QHash<QString, backup::AppliedBackupPolicy> policies;
        QHash<QString, QString> tenantSlugs;
    };
    m_rowsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) -> Result<Read> {
            Result<QList<Backup>> backups = db.allBackups();
            // Deleted instances too: their final backups are the ones an
            // admin looks for after a delete, by the instance's name.
            catalog::InstanceFilter everyInstance;
            everyInstance.includeDeleted = true;
            Result<QList<catalog::InstanceRow>> instances = db.instanceRows(everyInstance);
            if (!backups || !instances)
                return Error { backups ? instances.error() : backups.error() };
            if (const Status marked = provisioning::markInstancesThatNeverRan(db, instances.value()); !marked)
                return Error { marked.error() };
            const Result<QList<catalog::TenantRow>> tenants = db.tenantRows();
            if (!tenants)
                return Error { tenants.error() };
            Read read { std::move(backups.value()), std::move(instances.value()), {}, {} };
            for (const catalog::TenantRow &tenant : tenants.value())
                read.tenantSlugs.insert(tenant.tenant.id, tenant.tenant.slug);
            // The details show the policy of the backup's instance. An
            // instance whose policy cannot be read shows none, and the
            // table still loads.
            for (const Backup &entry : std::as_const(read.backups)) {
                if (read.policies.contains(entry.instanceId))
                    continue;
                const Result<backup::AppliedBackupPolicy> applied = backup::appliedBackupPolicy(db, entry.instanceId);
                if (applied)
                    read.policies.insert(entry.instanceId, applied.value());
            }
            return read;
        },
        [this](Result<Read> read) {
            if (read)
                showRows(std::move(read.value().backups), std::move(read.value().instances),
                    std::move(read.value().policies), std::move(read.value().tenantSlugs));
            else
                emit statusMessage(tr("Could not load backups: %1").arg(read.error()));
            emit reloaded();
        });
}

void BackupsPane::showRows(QList<Backup> backups, QList<catalog::InstanceRow> instances,
    QHash<QString, backup::AppliedBackupPolicy> policies, QHash<QString, QString> tenantSlugs)
{
    m_policies = std::move(policies);
    m_tenantSlugs = std::move(tenantSlugs);
    QHash<QString, catalog::InstanceRow> byId;
    m_instances.clear();
    for (const catalog::InstanceRow &instance : std::as_const(instances)) {
        byId.insert(instance.id, instance);
        if (instance.status != catalog::InstanceStatus::Deleted)
            m_instances.append(instance);
    }

    QList<BackupRow> rows;
    rows.reserve(backups.size());
    for (const Backup &backup : std::as_const(backups)) {
        BackupRow row;
        row.backup = backup;
        if (const auto instance = byId.constFind(backup.instanceId); instance != byId.cend()) {
            row.instanceName = instance->name;
            row.instanceDeleted = instance->status == catalog::InstanceStatus::Deleted;
            row.hostId = instance->hostId;
            row.tenantId = instance->tenantId;
        }
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    updateSummary();
    // The model signals only rows that changed, and a policy can change
    // without any backup row changing.
    refreshDetails();
}

void BackupsPane::updateSummary()
{
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        setSummary(tr("%n backup(s)", nullptr, total));
    else
        setSummary(tr("%1 of %n backup(s) shown", nullptr, total).arg(shown));
}

QList<Backup> BackupsPane::selectedBackups() const
{
    QList<Backup> backups;
    for (const QString &id : selectedIds()) {
        if (const int row = m_model->rowOf(id); row >= 0)
            backups.append(m_model->rowAt(row).backup);
    }
    return backups;
}

QString BackupsPane::labelOf(const QString &backupId) const
{
    const int row = m_model->rowOf(backupId);
    return row < 0 ? backupId : BackupTableModel::label(m_model->rowAt(row));
}

void BackupsPane::reportSubmitted(int submitted)
{
    if (submitted == 0)
        emit statusMessage(tr("No selected backup allows this action."));
    else
        emit statusMessage(tr("Submitted %n job(s): follow them in the Jobs dock.", nullptr, submitted));
}

void BackupsPane::verifySelected()
{
    if (!m_services)
        return;
    int submitted = 0;
    for (const Backup &backup : selectedBackups()) {
        if (isReadable(backup) && !BackupActions::submitVerify(*m_services, backup, labelOf(backup.id)).isEmpty())
            ++submitted;
    }
    reportSubmitted(submitted);
}

void BackupsPane::downloadSelected()
{
    if (!m_services)
        return;
    int submitted = 0;
    for (const Backup &backup : selectedBackups()) {
        if (backup.state == BackupState::Completed && !backup.s3Key.isEmpty() && backup.location.isEmpty()
            && !BackupActions::submitDownload(*m_services, backup, labelOf(backup.id)).isEmpty())
            ++submitted;
    }
    reportSubmitted(submitted);
}

bool BackupsPane::canArchive(const Backup &backup) const
{
    const backup::BackupJobs *jobs = m_services ? m_services->backups() : nullptr;
    return jobs && jobs->settings().s3.isConfigured() && backup.state == BackupState::Completed
        && backup.s3Key.isEmpty() && !backup.location.isEmpty();
}

void BackupsPane::archiveSelected()
{
    if (!m_services)
        return;
    int submitted = 0;
    for (const Backup &backup : selectedBackups()) {
        if (canArchive(backup) && !BackupActions::submitArchive(*m_services, backup, labelOf(backup.id)).isEmpty())
            ++submitted;
    }
    reportSubmitted(submitted);
}

void BackupsPane::deleteSelected()
{
    if (!m_services)
        return;
    QList<Backup> backups;
    QStringList names;
    for (const Backup &backup : selectedBackups()) {
        if (backup.state == BackupState::Pending || backup.state == BackupState::Running
            || backup.state == BackupState::Deleted)
            continue;
        backups.append(backup);
        names.append(QStringLiteral("<li>%1 (%2, %3)</li>")
                         .arg(labelOf(backup.id).toHtmlEscaped(), BackupTableModel::locationText(backup),
                             StatusText::byteSize(backup.sizeBytes)));
    }
    if (backups.isEmpty()) {
        reportSubmitted(0);
        return;
    }
    const QString text = tr("Delete these backups? Their local files and S3 objects are removed; the catalog keeps "
                            "a record for the audit trail. This cannot be undone.<ul>%1</ul>")
                             .arg(names.join(QString()));
    if (Prompter::question(this, tr("Delete %n backup(s)", nullptr, int(backups.size())), text,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, Qt::RichText)
        != QMessageBox::Yes)
        return;
    int submitted = 0;
    for (const Backup &backup : std::as_const(backups)) {
        if (!BackupActions::submitRemove(*m_services, backup, labelOf(backup.id)).isEmpty())
            ++submitted;
    }
    reportSubmitted(submitted);
}

void BackupsPane::backUpInstances(const QStringList &instanceIds)
{
    if (!m_services)
        return;
    int submitted = 0;
    for (const catalog::InstanceRow &instance : std::as_const(m_instances)) {
        if (!instanceIds.contains(instance.id) || !allows(instance, provisioning::Action::Backup))
            continue;
        if (!BackupActions::submitCreate(*m_services, instance.id, instance.name, instance.hostId).isEmpty())
            ++submitted;
    }
    if (submitted == 0)
        emit statusMessage(tr("No chosen instance can be backed up in its current state."));
    else
        emit statusMessage(tr("Submitted %n backup job(s): follow them in the Jobs dock.", nullptr, submitted));
}

void BackupsPane::chooseInstanceToBackUp()
{
    // With backups selected, their instances are backed up; else the admin picks one.
    QStringList ids;
    for (const Backup &backup : selectedBackups()) {
        if (!ids.contains(backup.instanceId))
            ids.append(backup.instanceId);
    }
    if (ids.isEmpty()) {
        QStringList names;
        QStringList candidates;
        for (const catalog::InstanceRow &instance : std::as_const(m_instances)) {
            if (allows(instance, provisioning::Action::Backup)) {
                names.append(instance.name);
                candidates.append(instance.id);
            }
        }
        if (names.isEmpty()) {
            emit statusMessage(tr("No instance can be backed up now: each must be running or stopped."));
            return;
        }
        bool ok = false;
        const QString chosen
            = QInputDialog::getItem(this, tr("Back up now"), tr("Instance to back up:"), names, 0, false, &ok);
        if (!ok)
            return;
        ids.append(candidates.at(names.indexOf(chosen)));
    }
    backUpInstances(ids);
}

void BackupsPane::restoreSelectedInto(const QString &instanceId)
{
    const QList<Backup> backups = selectedBackups();
    if (!m_services || backups.size() != 1 || !isReadable(backups.first()))
        return;
    const Backup &backup = backups.first();
    const auto target = std::find_if(m_instances.cbegin(), m_instances.cend(),
        [&](const catalog::InstanceRow &instance) { return instance.id == instanceId; });
    if (target == m_instances.cend())
        return;
    if (seriesOf(target->odooVersion) != seriesOf(backup.odooVersion)) {
        Prompter::warning(this, tr("Different Odoo version"),
            tr("This backup is from Odoo %1, but %2 runs Odoo %3, which cannot open a database of another version. "
               "Restore it as a new instance instead.")
                .arg(backup.odooVersion, target->name, target->odooVersion));
        return;
    }
    QString text
        = tr("Restore the backup %1 into the instance %2?\n\nThe console first takes a safety backup of %2, then "
             "restores into a new database and filestore, and switches %2 over only when both are complete. %2 "
             "stops for a short time during the switch.")
              .arg(labelOf(backup.id), target->name);
    if (!catalog::isUsable(backup)) {
        text += QStringLiteral("\n\n")
            + tr("Warning: this backup failed its last verification on %1, for every copy. The restore checks it "
                 "again and stops before changing anything if it is still damaged.")
                  .arg(QLocale().toString(backup.checkedAt.toLocalTime(), QLocale::ShortFormat));
    }
    // Odoo's database manager asks "moved or copied?": the instance's own
    // backup keeps database.uuid and database.secret, another's is a copy
    // unless the admin says that the database moved here.
    backup::InPlaceRestoreOptions options;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (backup.instanceId == target->id) {
        text += QStringLiteral("\n\n")
            + tr("The backup is %1's own, so %1 keeps its database.uuid and database.secret.").arg(target->name);
        answer = Prompter::question(this, tr("Restore into %1").arg(target->name), text,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    } else {
        text += QStringLiteral("\n\n")
            + tr("The backup is of another instance, so %1 gets a new database.uuid and database.secret, as a copy "
                 "does, unless you check that the database moved here.")
                  .arg(target->name);
        bool moved = false;
        answer = Prompter::questionWithCheckBox(this, tr("Restore into %1").arg(target->name), text,
            tr("The database moved here: keep the backup's database.uuid and database.secret"), &moved,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        options.identity = moved ? backup::RestoreIdentity::Moved : backup::RestoreIdentity::Copied;
    }
    if (answer != QMessageBox::Yes)
        return;
    backup::RestoreSource source;
    source.backupId = backup.id;
    if (!BackupActions::submitRestoreInto(*m_services, source, target->id, target->name, labelOf(backup.id), options)
             .isEmpty())
        emit statusMessage(tr("Restoring into %1: follow the job in the Jobs dock.").arg(target->name));
}

void BackupsPane::chooseRestoreTarget()
{
    const QList<Backup> backups = selectedBackups();
    if (backups.size() != 1)
        return;
    QStringList names;
    QStringList candidates;
    for (const catalog::InstanceRow &instance : std::as_const(m_instances)) {
        if (seriesOf(instance.odooVersion) == seriesOf(backups.first().odooVersion)
            && allows(instance, provisioning::Action::Restore)) {
            names.append(instance.name);
            candidates.append(instance.id);
        }
    }
    if (names.isEmpty()) {
        Prompter::information(this, tr("No instance to restore into"),
            tr("No instance runs Odoo %1 in a state that allows a restore. Restore the backup as a new instance "
               "instead.")
                .arg(backups.first().odooVersion));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore into"),
        tr("Instance to restore into (Odoo %1):").arg(backups.first().odooVersion), names, 0, false, &ok);
    if (ok)
        restoreSelectedInto(candidates.at(names.indexOf(chosen)));
}

void BackupsPane::restoreSelectedAsNew(const QString &name)
{
    const QList<Backup> backups = selectedBackups();
    if (!m_services || backups.size() != 1 || !isReadable(backups.first()))
        return;
    const Status valid = catalog::validateRequiredText(tr("Instance name"), name.trimmed());
    if (!valid) {
        Prompter::warning(this, tr("Invalid name"), valid.error());
        return;
    }
    backup::RestoreSource source;
    source.backupId = backups.first().id;
    backup::NewInstanceRequest request;
    request.name = name.trimmed();
    if (!BackupActions::submitRestoreAsNew(*m_services, source, request, labelOf(source.backupId)).isEmpty())
        emit statusMessage(tr("Restoring as the new instance %1: follow the job in the Jobs dock.").arg(request.name));
}

void BackupsPane::askNewInstanceName()
{
    const QList<Backup> backups = selectedBackups();
    if (backups.size() != 1)
        return;
    const int row = m_model->rowOf(backups.first().id);
    if (row < 0)
        return;
    const BackupRow &entry = m_model->rowAt(row);
    const QStringList usedNames = instanceNamesOf(entry.tenantId);
    const QString proposal = entry.instanceName.isEmpty()
        ? QString()
        : RestoreNameDialog::freeName(entry.instanceName + QStringLiteral("-copy"), usedNames);
    RestoreNameDialog dialog(BackupTableModel::label(entry), entry.backup.odooVersion,
        m_tenantSlugs.value(entry.tenantId), usedNames, proposal, this);
    if (dialog.exec() == QDialog::Accepted)
        restoreSelectedAsNew(dialog.name());
}

QStringList BackupsPane::instanceNamesOf(const QString &tenantId) const
{
    QStringList names;
    for (const catalog::InstanceRow &instance : m_instances) {
        if (instance.tenantId == tenantId)
            names.append(instance.name);
    }
    return names;
}

void BackupsPane::updateActions()
{
    const bool open = m_services && m_services->catalog();
    const QString noCatalog = tr("The catalog is not open.");
    const QList<Backup> backups = selectedBackups();
    const bool anyReadable = std::any_of(backups.cbegin(), backups.cend(), isReadable);
    const bool anyOnlyS3 = std::any_of(backups.cbegin(), backups.cend(), [](const Backup &backup) {
        return backup.state == BackupState::Completed && !backup.s3Key.isEmpty() && backup.location.isEmpty();
    });
    const bool anyDeletable = std::any_of(backups.cbegin(), backups.cend(), [](const Backup &backup) {
        return backup.state != BackupState::Pending && backup.state != BackupState::Running
            && backup.state != BackupState::Deleted;
    });
    const bool oneReadable = backups.size() == 1 && isReadable(backups.first());
    const bool anyArchivable
        = std::any_of(backups.cbegin(), backups.cend(), [this](const Backup &backup) { return canArchive(backup); });
    const bool s3Configured = m_services && m_services->backups() && m_services->backups()->settings().s3.isConfigured();

    const auto reason = [&](bool available, const QString &why) {
        if (!open)
            return noCatalog;
        return available ? QString() : why;
    };
    const QString selectCompleted = tr("Select one or more completed backups.");
    const QString selectOne = tr("Select exactly one completed backup.");

    setActionAvailable(m_backUpAction, open, noCatalog);
    setActionAvailable(m_verifyAction, open && anyReadable, reason(anyReadable, selectCompleted));
    setActionAvailable(m_downloadAction, open && anyOnlyS3,
        reason(anyOnlyS3, tr("Select a completed backup whose only copy is on S3.")));
    setActionAvailable(m_archiveAction, open && anyArchivable,
        reason(anyArchivable,
            s3Configured ? tr("Select a completed backup that has a local file and no S3 copy.")
                         : tr("No S3 bucket is configured in the settings.")));
    setActionAvailable(m_restoreIntoAction, open && oneReadable, reason(oneReadable, selectOne));
    setActionAvailable(m_restoreNewAction, open && oneReadable, reason(oneReadable, selectOne));
    setActionAvailable(m_deleteAction, open && anyDeletable,
        reason(anyDeletable, tr("Select one or more backups that no job is writing.")));
    setActionAvailable(m_refreshAction, open, noCatalog);
}

QString BackupsPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a backup to see its details.</p>");
    if (ids.size() > 1)
        return tr("<p>%n backups selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const BackupRow &entry = m_model->rowAt(row);
    const Backup &backup = entry.backup;
    const auto time = [](const QDateTime &value) {
        return value.isNull() ? tr("Never") : QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
    };
    QList<std::pair<QString, QString>> rows {
        { tr("Instance"), BackupTableModel::instanceLabel(entry) },
        { tr("State"), BackupTableModel::stateText(backup) },
        { tr("Kind"), BackupTableModel::kindText(backup.kind) },
        { tr("Taken"), time(backup.createdAt) },
        { tr("Size"), StatusText::byteSize(backup.sizeBytes) },
        { tr("Odoo"), backup.odooVersion },
        { tr("SHA-256"), backup.sha256 },
        { tr("Local file"), backup.location.isEmpty() ? tr("None") : backup.location },
        { tr("S3 key"), backup.s3Key.isEmpty() ? tr("None") : backup.s3Key },
        { tr("Archived"), time(backup.archivedAt) },
        { tr("Verified"), BackupTableModel::verificationText(backup) },
        { tr("Expires"), BackupTableModel::expiryText(backup) },
    };
    if (const auto applied = m_policies.constFind(backup.instanceId); applied != m_policies.cend()) {
        rows.append({ tr("Instance retention"),
            tr("%1 daily, %2 weekly and %3 monthly backups, %4")
                .arg(applied->policy.keepDaily)
                .arg(applied->policy.keepWeekly)
                .arg(applied->policy.keepMonthly)
                .arg(backup::policySourceText(applied.value())) });
    }
    if (canArchive(backup)) {
        const backup::ArchiveStatus archive = backup::archiveStatus(backup, m_services->backups()->settings());
        QString text = tr("Pending");
        if (!archive.lastError.isEmpty())
            text = tr("Failed %1: %2").arg(time(archive.lastAttemptAt), archive.lastError);
        if (!archive.uploadId.isEmpty())
            text += u' ' + tr("(%n part(s) uploaded; a retry resumes after them)", nullptr, archive.confirmedParts);
        rows.append({ tr("S3 archive"), text });
    }
    if (!backup.verifyError.isEmpty())
        rows.append({ tr("Verification found"), backup.verifyError });
    if (!backup.error.isEmpty())
        rows.append({ tr("Error"), backup.error });
    return detailsTable(BackupTableModel::label(entry), rows);
}

} // namespace saasodoo::ui
