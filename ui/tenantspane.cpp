// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantspane.h"

#include "catalogwrite.h"
#include "consoleservices.h"
#include "tenantdialog.h"
#include "tenanttablemodel.h"

#include <QAction>
#include <QLocale>
#include <QTreeView>

namespace saasodoo::ui {

TenantsPane::TenantsPane(ConsoleServices *services, QWidget *parent)
    : ListPane(QStringLiteral("tenantsPane"), new TenantTableModel, parent)
    , m_services(services)
    , m_model(static_cast<TenantTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);

    m_newAction = addPaneAction(QStringLiteral("list-add"), tr("&New tenant…"), QKeySequence::New);
    m_editAction = addPaneAction(QStringLiteral("document-edit"), tr("&Edit tenant…"), QKeySequence(Qt::Key_F2));
    m_newInstanceAction = addPaneAction(QStringLiteral("media-playback-start"), tr("New &instance…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_newAction, &QAction::triggered, this, [this] { newTenant(); });
    connect(m_editAction, &QAction::triggered, this, &TenantsPane::editTenant);
    connect(view(), &QTreeView::activated, this, &TenantsPane::editTenant);
    connect(m_newInstanceAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        emit newInstanceRequested(ids.size() == 1 ? ids.first() : QString());
    });
    connect(m_refreshAction, &QAction::triggered, this, &TenantsPane::reload);

    addStatusChoice(tr("All tenants"), {});
    addStatusChoice(tr("With instances"), { QStringLiteral("with_instances") });
    addStatusChoice(tr("Without instances"), { QStringLiteral("without_instances") });

    updateActions();
    refreshDetails();
}

void TenantsPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    m_rowsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) { return db.tenantRows(); },
        [this](Result<QList<catalog::TenantRow>> rows) {
            if (!rows)
                emit statusMessage(tr("Could not load tenants: %1").arg(rows.error()));
            else
                m_model->setRows(std::move(rows.value()));
            setSummary(tr("%n tenant(s)", nullptr, m_model->rowCount()));
            emit reloaded();
        });
}

void TenantsPane::newTenant(const QString &customerId)
{
    if (!m_services || !m_services->catalog() || m_dialogRead.running())
        return;
    // The customers are read on a worker, and the dialog opens when they arrive.
    m_dialogRead.start(this, m_services->catalogConfig(), [](catalog::Catalog &db) { return db.customerRows(); },
        [this, customerId](Result<QList<catalog::CustomerRow>> customers) {
            refreshSelectionState();
            if (!customers) {
                emit statusMessage(customers.error());
                return;
            }
            openNewDialog(customers.value(), customerId);
        });
    refreshSelectionState();
}

void TenantsPane::openNewDialog(const QList<catalog::CustomerRow> &customers, const QString &customerId)
{
    TenantDialog dialog(customers, customerId,
        catalogWrite(*m_services,
            [](catalog::Catalog &catalog, const catalog::Tenant &tenant) { return catalog.createTenant(tenant); }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Added tenant %1.").arg(dialog.saved().name));
    emit catalogChanged();
    selectId(dialog.saved().id);
}

Result<TenantEditRecord> TenantsPane::readEditRecord(catalog::Catalog &db, const QString &id)
{
    const Result<catalog::Tenant> tenant = db.tenant(id);
    if (!tenant)
        return Error { tenant.error() };
    const Result<QList<catalog::CustomerRow>> customers = db.customerRows();
    if (!customers)
        return Error { customers.error() };
    catalog::InstanceFilter filter;
    filter.tenantId = id;
    filter.includeDeleted = true;
    const Result<QList<catalog::InstanceRow>> instances = db.instanceRows(filter);
    if (!instances)
        return Error { instances.error() };

    TenantEditRecord record;
    record.tenant = tenant.value();
    record.customers = customers.value();
    for (const catalog::InstanceRow &instance : instances.value()) {
        record.allInstances.append(instance.name);
        if (instance.status != catalog::InstanceStatus::Deleted)
            record.liveInstances.append(instance.name);
    }
    return record;
}

void TenantsPane::editTenant()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_services || !m_services->catalog() || m_dialogRead.running())
        return;
    // The record is read on a worker, and the dialog opens when it arrives.
    const QString id = ids.first();
    m_dialogRead.start(this, m_services->catalogConfig(),
        [id](catalog::Catalog &db) { return readEditRecord(db, id); },
        [this](Result<TenantEditRecord> record) {
            refreshSelectionState();
            if (!record) {
                emit statusMessage(record.error());
                return;
            }
            openEditDialog(record.value());
        });
    refreshSelectionState();
}

void TenantsPane::openEditDialog(const TenantEditRecord &record)
{
    TenantDialog dialog(record,
        catalogWrite(*m_services,
            [](catalog::Catalog &catalog, const catalog::Tenant &tenant) { return catalog.updateTenant(tenant); }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Saved tenant %1.").arg(dialog.saved().name));
    emit catalogChanged();
    selectId(dialog.saved().id);
}

void TenantsPane::updateActions()
{
    const bool open = m_services && m_services->catalog();
    const int selected = int(selectedIds().size());
    const QString noCatalog = tr("The catalog is not open.");
    const bool reading = m_dialogRead.running();
    const QString readingReason = tr("Reading the records for the dialog; wait a moment.");
    setActionAvailable(m_newAction, open && !reading, !open ? noCatalog : readingReason);
    setActionAvailable(m_editAction, open && selected == 1 && !reading,
        !open         ? noCatalog
            : reading ? readingReason
                      : tr("Select exactly one tenant to edit."));
    setActionAvailable(m_newInstanceAction, open && selected <= 1,
        open ? tr("Select one tenant, or none, to add an instance.") : noCatalog);
    setActionAvailable(m_refreshAction, open, noCatalog);
}

QString TenantsPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a tenant to see its details.</p>");
    if (ids.size() > 1)
        return tr("<p>%n tenants selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const catalog::TenantRow &tenantRow = m_model->rowAt(row);
    return detailsTable(tenantRow.tenant.name,
        {
            { tr("Slug"), tenantRow.tenant.slug },
            { tr("Customer"), tenantRow.customerName },
            { tr("Instances"), QString::number(tenantRow.instanceCount) },
            { tr("Created"), QLocale().toString(tenantRow.tenant.createdAt.toLocalTime(), QLocale::ShortFormat) },
            { tr("Updated by"), tenantRow.tenant.updatedBy },
        });
}

} // namespace saasodoo::ui
