// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerspane.h"

#include "catalogwrite.h"
#include "consoleservices.h"
#include "customerdialog.h"
#include "customertablemodel.h"
#include "statustext.h"

#include <QAction>
#include <QLocale>
#include <QTreeView>

namespace saasodoo::ui {

using catalog::Customer;
using catalog::CustomerStatus;

CustomersPane::CustomersPane(ConsoleServices *services, QWidget *parent)
    : ListPane(QStringLiteral("customersPane"), new CustomerTableModel, parent)
    , m_services(services)
    , m_model(static_cast<CustomerTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);

    m_newAction = addPaneAction(QStringLiteral("list-add"), tr("&New customer…"), QKeySequence::New);
    m_editAction = addPaneAction(QStringLiteral("document-edit"), tr("&Edit…"), QKeySequence(Qt::Key_F2));
    m_newTenantAction = addPaneAction(QStringLiteral("folder-new"), tr("New &tenant…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_newAction, &QAction::triggered, this, &CustomersPane::newCustomer);
    connect(m_editAction, &QAction::triggered, this, &CustomersPane::editCustomer);
    connect(m_newTenantAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        emit newTenantRequested(ids.size() == 1 ? ids.first() : QString());
    });
    connect(m_refreshAction, &QAction::triggered, this, &CustomersPane::reload);
    connect(view(), &QTreeView::activated, this, &CustomersPane::editCustomer);

    addStatusChoice(tr("All statuses"), {});
    for (CustomerStatus status : { CustomerStatus::Active, CustomerStatus::Suspended, CustomerStatus::Closed })
        addStatusChoice(StatusText::customerStatus(status), { catalog::toString(status) });

    updateActions();
    refreshDetails();
}

void CustomersPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    m_rowsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) { return db.customerRows(); },
        [this](Result<QList<catalog::CustomerRow>> rows) {
            if (!rows)
                emit statusMessage(tr("Could not load customers: %1").arg(rows.error()));
            else
                m_model->setRows(std::move(rows.value()));
            setSummary(tr("%n customer(s)", nullptr, m_model->rowCount()));
            emit reloaded();
        });
}

void CustomersPane::newCustomer()
{
    if (!m_services || !m_services->catalog())
        return;
    CustomerDialog dialog(Customer(),
        catalogWrite(*m_services, [](catalog::Catalog &db, const Customer &customer) { return db.createCustomer(customer); }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Added customer %1.").arg(dialog.saved().name));
    emit catalogChanged();
    selectId(dialog.saved().id);
}

void CustomersPane::editCustomer()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_services || !m_services->catalog() || m_editRead.running())
        return;
    // The record is read on a worker, and the dialog opens when it arrives.
    const QString id = ids.first();
    m_editRead.start(this, m_services->catalogConfig(), [id](catalog::Catalog &db) { return db.customer(id); },
        [this](Result<Customer> current) {
            refreshSelectionState();
            if (!current) {
                emit statusMessage(current.error());
                return;
            }
            openEditDialog(current.value());
        });
    refreshSelectionState();
}

void CustomersPane::openEditDialog(const Customer &current)
{
    CustomerDialog dialog(current,
        catalogWrite(*m_services, [](catalog::Catalog &db, const Customer &customer) { return db.updateCustomer(customer); }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Saved customer %1.").arg(dialog.saved().name));
    emit catalogChanged();
}

void CustomersPane::updateActions()
{
    const bool open = m_services && m_services->catalog();
    const int selected = int(selectedIds().size());
    const QString noCatalog = tr("The catalog is not open.");
    setActionAvailable(m_newAction, open, noCatalog);
    setActionAvailable(m_editAction, open && selected == 1 && !m_editRead.running(),
        !open                 ? noCatalog
            : m_editRead.running() ? tr("Reading the customer to edit; wait a moment.")
                                   : tr("Select exactly one customer to edit."));
    setActionAvailable(m_newTenantAction, open && selected <= 1,
        open ? tr("Select one customer, or none, to add a tenant.") : noCatalog);
    setActionAvailable(m_refreshAction, open, noCatalog);
}

QString CustomersPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a customer to see its details.</p>");
    if (ids.size() > 1)
        return tr("<p>%n customers selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const catalog::CustomerRow &customerRow = m_model->rowAt(row);
    const Customer &customer = customerRow.customer;
    QString html = detailsTable(customer.name,
        {
            { tr("Email"), customer.email },
            { tr("Phone"), customer.phone },
            { tr("Company"), customer.company },
            { tr("Country"), customer.country },
            { tr("Status"), StatusText::customerStatus(customer.status) },
            { tr("Tenants"), QString::number(customerRow.tenantCount) },
            { tr("Instances"), QString::number(customerRow.instanceCount) },
            { tr("Created"), QLocale().toString(customer.createdAt.toLocalTime(), QLocale::ShortFormat) },
            { tr("Updated by"), customer.updatedBy },
        });
    if (!customer.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(customer.notes.toHtmlEscaped());
    return html;
}

} // namespace saasodoo::ui
