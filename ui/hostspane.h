// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"

namespace saasodoo::ui {

class HostDialog;

class ConsoleServices;
class HostTableModel;
class HostWatcher;

// The Docker hosts: add and edit them, and test their connections.
class HostsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit HostsPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    HostTableModel *model() const { return m_model; }

    void addHost();
    void editHost();
    // Shows what `watcher` reports about each host's engine in the Engine
    // column and the details.
    void setHostWatcher(HostWatcher *watcher);

signals:
    void catalogChanged();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void openEditDialog(const catalog::Host &before);
    // Stores the PostgreSQL password in the keychain; offers the
    // session-only fallback when the keychain is unavailable.
    // The kind of host secret that storeSecret() writes.
    enum class HostSecret { PostgresPassword, TlsKeyPassphrase };
    void storeSecret(HostSecret which, const QString &hostId, const QString &hostName, const QString &secret,
        bool retried);
    void storeDialogSecrets(const HostDialog &dialog);

    ConsoleServices *m_services;
    HostTableModel *m_model;
    HostWatcher *m_watcher = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_rowsRead;
    BackgroundCatalogRead m_editRead; // the record an Edit opens the dialog with
};

} // namespace saasodoo::ui
