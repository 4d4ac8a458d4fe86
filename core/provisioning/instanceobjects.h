// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saasodoo::catalog {
class Catalog;
struct Host;
struct Instance;
}

namespace saasodoo::provisioning {

// The ledger of objects that provisioning jobs created for an instance
// (catalog table instance_objects). A delete or a clean-up removes only
// what the ledger lists, so a database, role or volume of the same name
// that existed before the job is never dropped.
enum class ObjectKind { Database, Role, Volume, Container, Secret, Network };

QString toString(ObjectKind kind);

struct InstanceObject
{
    QString id;
    QString instanceId;
    QString jobId;
    ObjectKind kind = ObjectKind::Database;
    QString name;
    QString location; // the PostgreSQL server key for databases and roles, the host id otherwise
    QDateTime createdAt;
};

// Records that job `jobId` is about to create, or has created, an object.
// The create step records a database and its role before it sends CREATE,
// so that a process killed in between still leaves a row. forgetObject()
// takes the row back when the object was not made.
Result<QString> recordObject(catalog::Catalog &db, const QString &instanceId, const QString &jobId, ObjectKind kind,
    const QString &name, const QString &location);
// Deletes a row that recordObject() wrote for an object that was not made.
Status forgetObject(catalog::Catalog &db, const QString &rowId);
// Marks the instance's live rows of `kind` and `name` as removed; with a
// `jobId`, only the rows that job recorded.
Status markObjectRemoved(catalog::Catalog &db, const QString &instanceId, ObjectKind kind, const QString &name,
    const QString &jobId = {});

// Returns the instance's objects that are not marked removed, oldest first.
Result<QList<InstanceObject>> liveObjects(catalog::Catalog &db, const QString &instanceId);

// Returns whether the ledger covers `instance`: false for an instance made
// before the catalog had the ledger (schema version 8), whose objects are
// then found by name and checked for ownership instead.
Result<bool> ledgerCovers(catalog::Catalog &db, const catalog::Instance &instance);

// Returns whether the audit trail shows the instance in the running state
// at any time, whichever job or reconciliation put it there.
Result<bool> wasEverRunning(catalog::Catalog &db, const QString &instanceId);

// Returns the instance's live rows that job `jobId` wrote, of `kind`.
Result<QList<InstanceObject>> jobObjects(catalog::Catalog &db, const QString &instanceId, const QString &jobId,
    ObjectKind kind);

// The identity of a host's PostgreSQL server for the ledger and the
// catalog's per-server database names (catalog::pgServerKey).
QString pgServerLocation(const catalog::Host &host);

} // namespace saasodoo::provisioning
