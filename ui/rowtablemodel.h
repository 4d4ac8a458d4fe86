// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <QAbstractTableModel>
#include <QList>

namespace saasodoo::ui {

// One column of a RowTableModel: its header and how a row fills each role.
// The functions are plain pointers (captureless lambdas), so a call per cell
// costs no allocation. Empty ones leave their role without data, except
// `sortValue`, which falls back to `value`.
template<typename Row>
struct RowColumn
{
    using Cell = QVariant (*)(const Row &row);

    QString header;
    Cell value = nullptr; // Qt::DisplayRole
    Cell sortValue = nullptr; // SortRole: a number, a date or plain text
    Qt::Alignment alignment = {}; // Qt::TextAlignmentRole
    Cell toolTip = nullptr; // Qt::ToolTipRole
    Cell foreground = nullptr; // Qt::ForegroundRole
};

// A table model over a list of rows of type Row. A subclass either hands
// setColumns() a column table and overrides statusKey() and searchText(), or
// overrides data(), headerData() and columnCount() itself. Either way this
// class replaces the rows with few signals.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const RowColumn<Row> &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.value ? column.value(row) : QVariant();
        case SortRole:
            if (column.sortValue)
                return column.sortValue(row);
            return column.value ? column.value(row) : QVariant();
        case IdRole:
            return rowId(row);
        case StatusRole:
            return statusValue(row);
        case SearchRole:
            return searchText(row);
        case Qt::TextAlignmentRole:
            return column.alignment ? QVariant(int(column.alignment)) : QVariant();
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(row) : QVariant();
        case Qt::ForegroundRole:
            return column.foreground ? column.foreground(row) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= m_columns.size())
            return {};
        return m_columns.at(section).header;
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    // Replaces the rows. When the ids are the same and in the same order, it
    // emits one dataChanged per changed row, unless more than half of the
    // rows changed. That case and any change of ids reset the model.
    void setRows(QList<Row> rows)
    {
        bool sameIds = rows.size() == m_rows.size();
        QList<int> changed;
        for (qsizetype i = 0; sameIds && i < rows.size(); ++i) {
            if (rowId(rows.at(i)) != rowId(m_rows.at(i)))
                sameIds = false;
            else if (!sameContent(rows.at(i), m_rows.at(i)))
                changed.append(int(i));
        }

        if (!sameIds || changed.size() * 2 > m_rows.size()) {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
        m_rows = std::move(rows);
        const int lastColumn = columnCount() - 1;
        for (int row : std::as_const(changed))
            emit dataChanged(index(row, 0), index(row, lastColumn));
    }

    // Returns the row with `id`, or -1.
    int rowOf(const QString &id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (rowId(m_rows.at(i)) == id)
                return int(i);
        }
        return -1;
    }

protected:
    // Sets the column table once, from the subclass's constructor. The
    // columns are in the order of the subclass's Column enum.
    void setColumns(QList<RowColumn<Row>> columns) { m_columns = std::move(columns); }

    virtual QString rowId(const Row &row) const = 0;
    // Whether two rows with the same id show the same data.
    virtual bool sameContent(const Row &left, const Row &right) const = 0;
    // The StatusRole value: the stored status name the filter matches.
    virtual QString statusKey(const Row &) const { return {}; }
    // The StatusRole value, when a row can have several statuses: a
    // QStringList, any of which the status filter matches.
    virtual QVariant statusValue(const Row &row) const { return statusKey(row); }
    // The SearchRole value: the text the search box matches.
    virtual QString searchText(const Row &) const { return {}; }

    QList<Row> m_rows;

private:
    QList<RowColumn<Row>> m_columns;
};

} // namespace saasodoo::ui
