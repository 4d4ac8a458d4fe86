// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The catalog's records. Ids are UUID strings without braces; times are UTC.
// Every mutable record carries rowVersion (raised by one on each save and
// compared on update) and updatedBy (the admin display name, else the OS user).
namespace saasodoo::catalog {

enum class CustomerStatus { Active, Suspended, Closed };
enum class HostStatus { Active, Maintenance, Retired };
enum class InstanceType { Development, Staging, Production };
enum class InstanceStatus {
    Creating,
    Starting,
    Running,
    Stopping,
    Stopped,
    Restarting,
    Suspended,
    Updating,
    BackingUp,
    Restoring,
    Error,
    Deleting,
    Deleted,
};
// Expired: retention no longer keeps it, its files are being removed.
// Deleted: both tiers are gone; the record stays for the audit trail.
enum class BackupState { Pending, Running, Completed, Failed, Expired, Deleted };
// Manual: asked for by an admin. Scheduled: made by `backup run-due`.
// Safety: taken automatically before an in-place restore.
// Final: taken by a delete before it removes anything; retention never removes it.
enum class BackupKind { Manual, Scheduled, Safety, Final };
// The result of the last verification of a completed backup. LocalDamaged
// and S3Damaged: that copy failed (missing, another SHA-256, a bad CRC-32)
// and the other copy passed, so the backup can still be restored. Damaged:
// every copy it has failed, so it cannot be restored.
enum class BackupVerifyStatus { Unchecked, Passed, LocalDamaged, S3Damaged, Damaged };
// Interrupted: the process running the job stopped before it ended.
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Interrupted };

// Stored names: lower case, with '_' between words ("backing_up").
QString toString(CustomerStatus value);
QString toString(HostStatus value);
QString toString(InstanceType value);
QString toString(InstanceStatus value);
QString toString(BackupState value);
QString toString(BackupKind value);
QString toString(BackupVerifyStatus value);
QString toString(JobState value);

std::optional<CustomerStatus> customerStatusFromString(const QString &text);
std::optional<HostStatus> hostStatusFromString(const QString &text);
std::optional<InstanceType> instanceTypeFromString(const QString &text);
std::optional<InstanceStatus> instanceStatusFromString(const QString &text);
std::optional<BackupState> backupStateFromString(const QString &text);
std::optional<BackupKind> backupKindFromString(const QString &text);
std::optional<BackupVerifyStatus> backupVerifyStatusFromString(const QString &text);
std::optional<JobState> jobStateFromString(const QString &text);

QStringList allInstanceStatusNames();

struct Customer
{
    QString id;
    QString name;
    QString email;
    QString phone; // E.164, such as +263771234567; empty when unknown
    QString company;
    QString country = QStringLiteral("ZW"); // ISO 3166-1 alpha-2
    CustomerStatus status = CustomerStatus::Active;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

// A row of the customer list: the customer and counts taken from the rows.
struct CustomerRow
{
    Customer customer;
    int tenantCount = 0;
    int instanceCount = 0; // instances not in the deleted state
};

struct Tenant
{
    QString id;
    QString customerId;
    QString name;
    QString slug; // a DNS label, unique across the catalog
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

struct TenantRow
{
    Tenant tenant;
    QString customerName;
    int instanceCount = 0;
};

// A Docker engine that runs instances, with the PostgreSQL server that holds
// their databases. TLS fields are file paths or keychain references
// ("keychain:<key>"), never key material.
struct Host
{
    QString id;
    QString name;
    QString dockerEndpoint; // unix:///var/run/docker.sock or tcp://host:2376
    QString tlsCaPath;
    QString tlsCertPath;
    QString tlsKeyPath;
    QString tlsServerName; // the name the engine's certificate must cover, when not the dialled address
    QString pgHost;
    int pgPort = 5432;
    QString pgAdminUser;
    QString pgContainerHost; // the PostgreSQL address as containers on this host reach it
    QString pgPasswordRef; // keychain reference of the admin password
    QString baseDomain; // instances are published as <subdomain>.<baseDomain>
    QString imageRepository = QStringLiteral("odoo");
    int portRangeStart = 0; // 0 when the host publishes no ports
    int portRangeEnd = 0;
    double cpuCores = 0;
    qint64 memoryBytes = 0;
    HostStatus status = HostStatus::Active;
    bool allowSuperuserOverride = false;
    QString dockerNetwork; // the network its instances join; empty for the program's default
    QDateTime removedAt; // set by Catalog::removeHost; invalid while the host is in use
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

struct Instance
{
    QString id;
    QString tenantId;
    QString hostId;
    QString name;
    QString description;
    QString odooVersion; // 16.0, 17.0, 18.0 or 19.0
    QString imageTag; // such as 18.0 or 18.0-20260817
    InstanceType type = InstanceType::Development;
    double cpuLimit = 1.0; // cores; stored as millicores, so 1.5 round-trips exactly
    qint64 memoryLimitBytes = 0;
    qint64 storageLimitBytes = 0;
    QString adminEmail;
    bool demoData = false;
    QString databaseName;
    QStringList customAddons;
    QStringList disabledModules;
    QMap<QString, QString> environment;
    QString subdomain;
    int publishedPort = 0; // 0 when no port is published yet
    QString containerId;
    InstanceStatus status = InstanceStatus::Creating;
    QString statusMessage;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

// A row of the instance list, with the names the pane shows joined in.
struct InstanceRow
{
    QString id;
    QString name;
    InstanceStatus status = InstanceStatus::Creating;
    QString odooVersion;
    InstanceType type = InstanceType::Development;
    QString databaseName;
    QString subdomain;
    int publishedPort = 0;
    QDateTime updatedAt;
    QString tenantId;
    QString tenantName;
    QString customerId;
    QString customerName;
    QString hostId;
    QString hostName;
    QString baseDomain;
    // Whether the instance is in error because its create failed before it
    // ever ran (see provisioning::hasRun). Catalog::instanceRows() leaves it
    // false, and provisioning::markInstancesThatNeverRan() sets it.
    bool neverRan = false;
};

// Filters of the instance list. Empty fields do not filter. `text` matches,
// case-insensitively, a substring of the instance name, database name,
// subdomain, tenant name, customer name or customer email.
struct InstanceFilter
{
    QList<InstanceStatus> statuses;
    QString hostId;
    QString tenantId;
    QString customerId;
    QString text;
    bool includeDeleted = false;
    int limit = 0; // 0 means all rows
    int offset = 0;
};

// One backup archive, kept in a local file, an S3 object, or both.
struct Backup
{
    QString id;
    QString instanceId;
    BackupKind kind = BackupKind::Manual;
    QString location; // the local file's path; empty once the local copy is pruned or deleted
    QString s3Key; // the object key in the S3 bucket; empty until archived
    qint64 sizeBytes = 0;
    QString sha256; // 64 lower-case hex digits, empty until the backup completes
    QString odooVersion;
    BackupState state = BackupState::Pending;
    QString error; // why the backup failed, for the failed state
    QDateTime createdAt;
    QDateTime expiresAt; // null when the backup never expires
    QDateTime archivedAt; // when the S3 copy was uploaded and read back
    QDateTime verifiedAt; // when a verification last passed for every copy
    QDateTime deletedAt;
    BackupVerifyStatus verifyStatus = BackupVerifyStatus::Unchecked; // result of the last verification
    QDateTime checkedAt; // when the last verification ran, whatever its result
    QString verifyError; // what the last verification found; empty when it passed
};

// True for a completed backup that its last verification did not find
// damaged in every copy. Scheduling and restores count only these.
bool isUsable(const Backup &backup);

// How many backups of an instance retention keeps, and how often
// `backup run-due` takes a scheduled one.
struct BackupPolicy
{
    QString instanceId;
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 3;
    int intervalHours = 24; // 0 turns scheduled backups off
    bool isDefault = true; // no row is stored for this instance
    QDateTime updatedAt;
    QString updatedBy;
};

struct Job
{
    QString id;
    QString kind; // such as instance.create or backup.run
    QString targetType; // customer, tenant, host, instance or backup
    QString targetId;
    JobState state = JobState::Queued;
    int progress = 0; // percent
    QStringList steps;
    int currentStep = 0; // index into steps
    QString error;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString owner; // the process running the job, see core/jobs/jobowner.h; empty before version 4
    bool cancelRequested = false; // set by another process; the owner cancels the job when it reads the flag
};

struct JobLogLine
{
    qint64 sequence = 0;
    QDateTime at;
    QString level; // info, warning or error
    QString message;
};

struct AuditEvent
{
    QString id;
    QDateTime at;
    QString osUser;
    QString adminName;
    QString action; // such as customer.create or instance.update
    QString targetType;
    QString targetId;
    QJsonObject details;
};

} // namespace saasodoo::catalog
