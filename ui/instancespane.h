// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupinspection.h"
#include "catalogread.h"
#include "listpane.h"

#include "core/backup/backupjobs.h"
#include "core/catalog/entities.h"

#include <QHash>

#include <functional>
#include <optional>

class QTabWidget;

namespace saasodoo::ui {

class ConsoleServices;
class ContainerPanel;
class InstanceTableModel;
class RestoreChoiceDialog;
struct RestoreTarget;
struct RestoreDestinations;

// The Odoo instances: create through the wizard, delete with a typed
// confirmation, back up, copy the address, read container logs and stats.
// Dropping a backup file on the pane restores it as a new instance, and
// dropping it on a row restores it into that instance.
class InstancesPane final : public ListPane
{
    Q_OBJECT

public:
    explicit InstancesPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    InstanceTableModel *model() const { return m_model; }
    // The "Container" tab next to the details: the selected instance's log
    // and its CPU and memory use.
    ContainerPanel *containerPanel() const { return m_containerPanel; }

    void newInstance(const QString &tenantId = {});
    void deleteInstance();
    // Switches the details to the Container tab.
    void showContainerState();
    // Submits one start, stop, restart, suspend or resume job per selected
    // instance whose state allows it, and lists the skipped ones with their
    // state. An instance in error that never ran allows none of them.
    void runPowerAction(int action);
    // Offers to retry the creation of the one selected instance.
    void retryCreation();
    // Asks whether to retry the creation of `instance`, which never ran, and submits it.
    void offerRetry(const catalog::InstanceRow &instance);
    // Submits one manual backup job per selected instance that allows it,
    // and lists the skipped ones with their state.
    void backUpSelected();
    // Asks for a confirmation that names the instances, then suspends them.
    void suspendSelected();
    // Each opens its dialog for the one selected instance and submits a job.
    void updateModules();
    void changeLimits();
    void editEnvironment();

    // Checks each path on a worker thread, then opens the restore dialog:
    // "Restore into" the instance `targetId` when it is set, else "Restore
    // as new instance". Returns at once.
    void offerRestore(const QStringList &paths, const QString &targetId = {});
    // Asks for a backup file and offers to restore it into the selected
    // instance, or as a new instance when none is selected: the same dialog
    // as a drop.
    void restoreFromFile();
    // Asks for a backup file and offers to restore it into `targetId`, or,
    // when that is empty, as a new instance or into an instance chosen in
    // the dialog.
    void chooseFileToRestore(const QString &targetId);
    // Replaces the file dialog of restoreFromFile(), for tests. The chooser
    // returns the path, or an empty string when cancelled.
    void setRestoreFileChooser(std::function<QString()> chooser) { m_chooseRestoreFile = std::move(chooser); }

signals:
    void catalogChanged();
    // Emitted after a dropped file has been checked.
    void backupInspected(const saasodoo::ui::BackupInspection &backup);
    // The admin chose to resume or clean up the interrupted job `jobId`.
    void takeOverRequested(const QString &jobId, bool resume);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool strandedDeleteAllowed(const catalog::InstanceRow &instance) const;
    // Reads the selected instance on a worker, then runs `open` with it.
    void readSelectedInstance(const std::function<void(const catalog::InstanceRow &, const catalog::Instance &)> &open);
    void rejectDrop(const QString &name, const QString &reason);
    void handleInspection(const BackupInspection &backup, const QString &targetId);
    void openRestoreChoice(
        const BackupInspection &backup, const QString &targetId, const RestoreDestinations &destinations);
    void submitRestore(const RestoreChoiceDialog &dialog, const BackupInspection &backup,
        const QString &targetId);
    // Checks on a worker that the chosen host, or with "Automatic" any
    // active host, has room for the new instance's limits, and only then
    // submits the restore job. A failed check or job shows its error in a
    // message box.
    void submitRestoreAsNew(const backup::RestoreSource &source, backup::NewInstanceRequest request);
    // The id of the instance row under `position`, in the pane's coordinates.
    QString instanceAt(const QPoint &position) const;

    // The selected instances an action applies to, and the others as
    // "name (state)" for the message that lists what was skipped.
    struct BulkSelection
    {
        QList<catalog::InstanceRow> applicable;
        QStringList skipped;
    };
    BulkSelection splitSelection(int action) const;
    // Reports the jobs submitted; when rows were skipped, also in a message box.
    void reportBulk(int action, int submitted, const QStringList &skipped);
    static QString actionTitle(int action);
    void updateContainerPanel();
    void updateSummary();
    // Reads the selected instance's full record for the details on a
    // worker thread, unless the cached one is current.
    void requestInstanceDetails();


    // The engine's host name for a host's Docker endpoint: where a port
    // published by its containers is reached.
    static QString engineHostName(const QString &dockerEndpoint);
    static QUrl directUrl(const QString &engineHost, int port);
    void openDetailsLink(const QUrl &url);

    // The tenants and hosts that the wizard and the restore choice offer.
    struct Placement
    {
        QList<catalog::TenantRow> tenants;
        QList<catalog::Host> hosts;
        QHash<QString, QString> tenantEmails; // the tenant's customer's email, by tenant id
        QList<catalog::InstanceRow> instances; // not deleted, for the wizard's checks of names in use
    };
    static Result<Placement> readPlacement(catalog::Catalog &db);
    // The instances whose state allows a restore into them.
    static QList<RestoreTarget> restoreTargets(const QList<catalog::InstanceRow> &instances);
    void openWizard(const Placement &placement, const QString &tenantId);

    struct DetailsRead
    {
        std::optional<catalog::Instance> instance;
        QString engineHost;
        QString error;
    };

    ConsoleServices *m_services;
    InstanceTableModel *m_model;
    QTabWidget *m_detailsTabs = nullptr;
    ContainerPanel *m_containerPanel = nullptr;
    QHash<QString, catalog::Instance> m_fullInstances; // full records for the details, by instance id
    QHash<QString, QString> m_engineHosts; // engine host names for the direct address, by instance id
    QString m_loadingDetailsId;
    BackgroundCatalogRead m_rowsRead;
    // The record that Change limits or Edit environment opens its dialog with.
    BackgroundCatalogRead m_recordRead;
    BackgroundCatalogRead m_placementRead; // the tenants and hosts New instance opens the wizard with
    QString m_detailsError; // why the last read of a full record failed
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_suspendAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_updateModulesAction = nullptr;
    QAction *m_limitsAction = nullptr;
    QAction *m_environmentAction = nullptr;
    QAction *m_resumeJobAction = nullptr;
    QAction *m_cleanUpJobAction = nullptr;
    QAction *m_copyAddressAction = nullptr;
    QAction *m_containerAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_restoreFileAction = nullptr;
    std::function<QString()> m_chooseRestoreFile;
};

} // namespace saasodoo::ui
