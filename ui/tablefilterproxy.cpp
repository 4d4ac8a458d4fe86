// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilterproxy.h"

#include "itemroles.h"

#include <algorithm>

namespace saasodoo::ui {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TableFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void TableFilterProxy::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty() && m_statuses.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty()) {
        // A row may have several statuses, such as a host's own and its engine's.
        const QVariant status = index.data(StatusRole);
        const QStringList rowStatuses = status.typeId() == QMetaType::QStringList ? status.toStringList()
                                                                                   : QStringList { status.toString() };
        if (std::none_of(rowStatuses.cbegin(), rowStatuses.cend(),
                [this](const QString &rowStatus) { return m_statuses.contains(rowStatus); }))
            return false;
    }
    if (!m_searchText.isEmpty() && !index.data(SearchRole).toString().contains(m_searchText, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace saasodoo::ui
