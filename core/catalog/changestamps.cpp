// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changestamps.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace saasodoo::catalog {

Result<ChangeStamps> readChangeStamps(Catalog &db)
{
    // The table names are constants, never input.
    const auto stampOf = [&db](const QString &table) -> Result<QString> {
        QSqlQuery query(db.database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*), MAX(updated_at) FROM %1").arg(table)) || !query.next()) {
            return makeError(QCoreApplication::translate("ChangeStamps", "Could not read the %1 table: %2")
                                 .arg(table, query.lastError().text()));
        }
        return QString(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString());
    };
    ChangeStamps stamps;
    const std::pair<QString, QString *> tables[] {
        { QStringLiteral("customers"), &stamps.customers },
        { QStringLiteral("tenants"), &stamps.tenants },
        { QStringLiteral("hosts"), &stamps.hosts },
        { QStringLiteral("instances"), &stamps.instances },
    };
    for (const auto &[table, field] : tables) {
        Result<QString> stamp = stampOf(table);
        if (!stamp)
            return makeError(stamp.error());
        *field = stamp.value();
    }
    return stamps;
}

} // namespace saasodoo::catalog
