// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenanttablemodel.h"

#include "itemroles.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::TenantRow;

TenantTableModel::TenantTableModel(QObject *parent)
    : RowTableModel<TenantRow>(parent)
{
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantRow &row = m_rows.at(index.row());

    switch (role) {
    case IdRole:
        return row.tenant.id;
    case StatusRole:
        // Tenants have no status of their own: the filter offers
        // "with instances" and "without instances".
        return row.instanceCount > 0 ? QStringLiteral("with_instances") : QStringLiteral("without_instances");
    case SearchRole:
        return QString(row.tenant.name % QLatin1Char(' ') % row.tenant.slug % QLatin1Char(' ') % row.customerName);
    case Qt::TextAlignmentRole:
        if (index.column() == Instances)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    switch (Column(index.column())) {
    case Name: return row.tenant.name;
    case Slug: return row.tenant.slug;
    case Customer: return row.customerName;
    case Instances: return row.instanceCount;
    case Created:
        return role == SortRole
            ? QVariant(row.tenant.createdAt)
            : QVariant(QLocale().toString(row.tenant.createdAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount: break;
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Slug: return tr("Slug");
    case Customer: return tr("Customer");
    case Instances: return tr("Instances");
    case Created: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

bool TenantTableModel::sameContent(const TenantRow &left, const TenantRow &right) const
{
    return left.tenant.rowVersion == right.tenant.rowVersion && left.customerName == right.customerName
        && left.instanceCount == right.instanceCount;
}

} // namespace saasodoo::ui
