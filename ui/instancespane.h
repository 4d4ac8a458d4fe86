// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupinspection.h"
#include "listpane.h"

namespace saasodoo::ui {

class ConsoleServices;
class InstanceTableModel;

// The Odoo instances: create through the wizard, delete with a typed
// confirmation, copy the address, read container logs and stats. Dropping
// a backup file on the pane offers to restore it.
class InstancesPane final : public ListPane
{
    Q_OBJECT

public:
    explicit InstancesPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    InstanceTableModel *model() const { return m_model; }

    void newInstance(const QString &tenantId = {});
    void deleteInstance();
    void showContainerState();
    // Submits one start, stop or restart job per selected instance.
    void runPowerAction(int action);

    // Checks each path on a worker thread and offers to restore the backups
    // found. Returns at once.
    void offerRestore(const QStringList &paths);
    // Paths of the files that were dropped or passed on the command line
    // and still wait for the restore engine.
    QStringList pendingRestores() const { return m_pendingRestores; }

signals:
    void catalogChanged();
    // Emitted after a dropped file has been checked.
    void backupInspected(const saasodoo::ui::BackupInspection &backup);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rejectDrop(const QString &name, const QString &reason);
    void handleInspection(const BackupInspection &backup);

    ConsoleServices *m_services;
    InstanceTableModel *m_model;
    QStringList m_pendingRestores;
    QString m_containerStateId;
    QString m_containerStateHtml;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_copyAddressAction = nullptr;
    QAction *m_containerAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace saasodoo::ui
