// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"

namespace saasodoo::ui {

class ConsoleServices;
class TenantTableModel;

// The tenants: add one, and start an instance for the selected tenant.
class TenantsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit TenantsPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    TenantTableModel *model() const { return m_model; }

    void newTenant(const QString &customerId = {});

signals:
    void catalogChanged();
    void newInstanceRequested(const QString &tenantId);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    ConsoleServices *m_services;
    TenantTableModel *m_model;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_newInstanceAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_rowsRead;
};

} // namespace saasodoo::ui
