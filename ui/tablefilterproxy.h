// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace saasodoo::ui {

// Sorts a console table by its SortRole values. It filters by the search box
// (a case-insensitive substring of the SearchRole text) and by the status
// filter (exact StatusRole values; a row whose StatusRole is a string list
// matches when any of them does). An empty filter shows every row.
class TableFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Shows only rows whose StatusRole is in `statuses`; empty shows all.
    void setStatusFilter(const QStringList &statuses);
    QStringList statusFilter() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_statuses;
};

} // namespace saasodoo::ui
