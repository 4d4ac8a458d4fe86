// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"

#include "core/backup/backuppolicy.h"
#include "core/catalog/entities.h"

#include <QHash>

namespace saasodoo::ui {

class BackupTableModel;
class ConsoleServices;

// The catalogued backups of every instance, on the local and the S3 tier:
// back up now, verify, download from S3, restore into an instance or as a
// new one, and delete. Each action runs as a job on the console's runner.
class BackupsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit BackupsPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    BackupTableModel *model() const { return m_model; }

    // Each submits one job per selected backup that allows the action.
    void verifySelected();
    void downloadSelected();
    // Retries the archive to S3 of completed backups that have no S3 copy.
    void archiveSelected();
    // Asks for a confirmation that names each backup, then deletes them.
    void deleteSelected();
    // Submits one manual backup job per instance.
    void backUpInstances(const QStringList &instanceIds);
    // Restores the one selected backup into `instanceId` after a
    // confirmation that names the instance. Refuses another Odoo series.
    void restoreSelectedInto(const QString &instanceId);
    // Restores the one selected backup as a new instance named `name` on
    // the backup's instance's tenant and host.
    void restoreSelectedAsNew(const QString &name);

signals:
    void catalogChanged();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    // The selected backups that are in the catalog, in selection order.
    QList<catalog::Backup> selectedBackups() const;
    QString labelOf(const QString &backupId) const;
    void chooseInstanceToBackUp();
    void chooseRestoreTarget();
    void askNewInstanceName();
    void reportSubmitted(int submitted);
    void updateSummary();
    bool canArchive(const catalog::Backup &backup) const;
    void showRows(QList<catalog::Backup> backups, QList<catalog::InstanceRow> instances,
        QHash<QString, backup::AppliedBackupPolicy> policies, QHash<QString, QString> tenantSlugs);
    // The names of the instances of `tenantId` that are not deleted, which a
    // restore as a new instance cannot take.
    QStringList instanceNamesOf(const QString &tenantId) const;

    ConsoleServices *m_services;
    BackupTableModel *m_model;
    QList<catalog::InstanceRow> m_instances; // not deleted, with InstanceRow::neverRan set
    QHash<QString, QString> m_tenantSlugs; // by tenant id
    // The retention policy that applies to each instance that has backups, by instance id.
    QHash<QString, backup::AppliedBackupPolicy> m_policies;
    QAction *m_backUpAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreIntoAction = nullptr;
    QAction *m_restoreNewAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_rowsRead;
};

} // namespace saasodoo::ui
