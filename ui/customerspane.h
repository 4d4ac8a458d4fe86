// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"

namespace saasodoo::ui {

class ConsoleServices;
class CustomerTableModel;

// The customers: add, edit, and start a tenant for the selected customer.
class CustomersPane final : public ListPane
{
    Q_OBJECT

public:
    explicit CustomersPane(ConsoleServices *services, QWidget *parent = nullptr);

    void reload() override;
    CustomerTableModel *model() const { return m_model; }

    void newCustomer();
    void editCustomer();

signals:
    void catalogChanged();
    void newTenantRequested(const QString &customerId);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void openEditDialog(const catalog::Customer &current);
    ConsoleServices *m_services;
    CustomerTableModel *m_model;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_newTenantAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_rowsRead;
    BackgroundCatalogRead m_editRead; // the record an Edit opens the dialog with
};

} // namespace saasodoo::ui
