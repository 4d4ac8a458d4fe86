// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"
#include "tenantdialog.h"

namespace saasodoo::ui {

class ConsoleServices;
class TenantTableModel;

// The tenants: add or edit one, and start an instance for the selected
// tenant. The dialogs' records are read on a worker before they open.
class TenantsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit TenantsPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    TenantTableModel *model() const { return m_model; }

    void newTenant(const QString &customerId = {});
    // Edits the one selected tenant.
    void editTenant();

signals:
    void catalogChanged();
    void newInstanceRequested(const QString &tenantId);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void openNewDialog(const QList<catalog::CustomerRow> &customers, const QString &customerId);
    void openEditDialog(const TenantEditRecord &record);
    static Result<TenantEditRecord> readEditRecord(catalog::Catalog &db, const QString &id);

    ConsoleServices *m_services;
    TenantTableModel *m_model;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_newInstanceAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_rowsRead;
    BackgroundCatalogRead m_dialogRead; // the records New tenant or Edit opens its dialog with
};

} // namespace saasodoo::ui
