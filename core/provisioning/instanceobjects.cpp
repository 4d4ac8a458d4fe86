// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceobjects.h"

#include "core/catalog/catalog.h"
#include "core/catalog/sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provisioning", text);
}

std::optional<ObjectKind> kindFromString(const QString &text)
{
    for (ObjectKind kind : { ObjectKind::Database, ObjectKind::Role, ObjectKind::Volume, ObjectKind::Container,
             ObjectKind::Secret, ObjectKind::Network }) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

Error queryError(const QSqlQuery &query)
{
    return makeError(tr("Could not update the instance's object ledger in the catalog: %1")
                         .arg(query.lastError().text()));
}

} // namespace

QString toString(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database:
        return QStringLiteral("database");
    case ObjectKind::Role:
        return QStringLiteral("role");
    case ObjectKind::Volume:
        return QStringLiteral("volume");
    case ObjectKind::Container:
        return QStringLiteral("container");
    case ObjectKind::Secret:
        return QStringLiteral("secret");
    case ObjectKind::Network:
        return QStringLiteral("network");
    }
    return {};
}

Result<QString> recordObject(catalog::Catalog &db, const QString &instanceId, const QString &jobId, ObjectKind kind,
    const QString &name, const QString &location)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("INSERT INTO instance_objects (id, instance_id, job_id, kind, name, location, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString id = catalog::newId();
    catalog::bind(query, id);
    catalog::bind(query, instanceId);
    catalog::bind(query, jobId);
    catalog::bind(query, toString(kind));
    catalog::bind(query, name);
    catalog::bind(query, location);
    catalog::bind(query, catalog::encodeTime(catalog::nowUtc()));
    if (!query.exec())
        return queryError(query);
    return id;
}

Status forgetObject(catalog::Catalog &db, const QString &rowId)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("DELETE FROM instance_objects WHERE id = ?"));
    catalog::bind(query, rowId);
    if (!query.exec())
        return queryError(query);
    return {};
}

Status markObjectRemoved(catalog::Catalog &db, const QString &instanceId, ObjectKind kind, const QString &name,
    const QString &jobId)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("UPDATE instance_objects SET removed_at = ? "
                                 "WHERE instance_id = ? AND kind = ? AND name = ? AND removed_at IS NULL%1")
                      .arg(jobId.isEmpty() ? QString() : QStringLiteral(" AND job_id = ?")));
    catalog::bind(query, catalog::encodeTime(catalog::nowUtc()));
    catalog::bind(query, instanceId);
    catalog::bind(query, toString(kind));
    catalog::bind(query, name);
    if (!jobId.isEmpty())
        catalog::bind(query, jobId);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<QList<InstanceObject>> liveObjects(catalog::Catalog &db, const QString &instanceId)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT id, job_id, kind, name, location, created_at FROM instance_objects "
                                 "WHERE instance_id = ? AND removed_at IS NULL ORDER BY created_at"));
    catalog::bind(query, instanceId);
    if (!query.exec())
        return queryError(query);
    QList<InstanceObject> objects;
    while (query.next()) {
        const std::optional<ObjectKind> kind = kindFromString(query.value(2).toString());
        if (!kind)
            return makeError(tr("The catalog lists an object of unknown kind %1 for instance %2.")
                                 .arg(query.value(2).toString(), instanceId));
        InstanceObject object;
        object.id = query.value(0).toString();
        object.instanceId = instanceId;
        object.jobId = query.value(1).toString();
        object.kind = *kind;
        object.name = query.value(3).toString();
        object.location = query.value(4).toString();
        object.createdAt = catalog::decodeTime(query.value(5));
        objects.append(object);
    }
    return objects;
}

Result<bool> ledgerCovers(catalog::Catalog &db, const catalog::Instance &instance)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 8"));
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return false;
    const QDateTime since = catalog::decodeTime(query.value(0));
    return !since.isValid() || instance.createdAt >= since;
}

Result<bool> wasEverRunning(catalog::Catalog &db, const QString &instanceId)
{
    // Catalog::setInstanceStatus and updateInstance audit every status
    // they write, in the same transaction, under these two actions.
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT details FROM audit_events WHERE target_type = 'instance' AND target_id = ? "
                                 "AND action IN ('instance.status', 'instance.update')"));
    catalog::bind(query, instanceId);
    if (!query.exec())
        return makeError(tr("Could not read the instance's audit trail from the catalog: %1")
                             .arg(query.lastError().text()));
    while (query.next()) {
        const QJsonObject details = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (details.value(QStringLiteral("status")).toString() == QLatin1String("running"))
            return true;
    }
    return false;
}

Result<QList<InstanceObject>> jobObjects(catalog::Catalog &db, const QString &instanceId, const QString &jobId,
    ObjectKind kind)
{
    const Result<QList<InstanceObject>> objects = liveObjects(db, instanceId);
    if (!objects.ok())
        return makeError(objects.error());
    QList<InstanceObject> selected;
    for (const InstanceObject &object : objects.value()) {
        if (object.kind == kind && object.jobId == jobId)
            selected << object;
    }
    return selected;
}

QString pgServerLocation(const catalog::Host &host)
{
    return catalog::pgServerKey(host);
}

} // namespace saasodoo::provisioning
