// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changestamps.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <tuple>

namespace saasodoo::catalog {

Result<ChangeStamps> readChangeStamps(Catalog &db)
{
    // The table names and columns are constants, never input.
    const auto stampOf = [&db](const QString &table, const QString &columns) -> Result<QString> {
        QSqlQuery query(db.database());
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)) || !query.next()) {
            return makeError(QCoreApplication::translate("ChangeStamps", "Could not read the %1 table: %2")
                                 .arg(table, query.lastError().text()));
        }
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column)
            values.append(query.value(column).toString());
        return values.join(QLatin1Char('/'));
    };
    const QString countAndNewest = QStringLiteral("COUNT(*), MAX(updated_at)");
    ChangeStamps stamps;
    const std::tuple<QString, QString, QString *> tables[] {
        { QStringLiteral("customers"), countAndNewest, &stamps.customers },
        { QStringLiteral("tenants"), countAndNewest, &stamps.tenants },
        { QStringLiteral("hosts"), countAndNewest, &stamps.hosts },
        { QStringLiteral("instances"), countAndNewest, &stamps.instances },
        { QStringLiteral("plans"), countAndNewest, &stamps.plans },
        { QStringLiteral("subscriptions"), countAndNewest, &stamps.subscriptions },
        { QStringLiteral("invoices"), countAndNewest, &stamps.invoices },
        { QStringLiteral("payments"), countAndNewest, &stamps.payments },
        { QStringLiteral("jobs"),
            QStringLiteral("COUNT(*), MAX(created_at), MAX(started_at), MAX(finished_at), SUM(progress)"),
            &stamps.jobs },
    };
    for (const auto &[table, columns, field] : tables) {
        Result<QString> stamp = stampOf(table, columns);
        if (!stamp)
            return makeError(stamp.error());
        *field = stamp.value();
    }
    return stamps;
}

} // namespace saasodoo::catalog
