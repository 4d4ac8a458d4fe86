// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace saasodoo::ui {

// A table model over a list of rows of type Row. Subclasses supply the
// columns and the cell data; this class replaces the rows with few signals.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
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
    virtual QString rowId(const Row &row) const = 0;
    // Whether two rows with the same id show the same data.
    virtual bool sameContent(const Row &left, const Row &right) const = 0;

    QList<Row> m_rows;
};

} // namespace saasodoo::ui
