// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjobs.h"

#include "backupconfig.h"
#include "backupjobsprivate.h"
#include "backupreader.h"
#include "backupstate.h"
#include "backupwriter.h"
#include "backuppolicy.h"
#include "retention.h"

#include "core/catalog/catalog.h"
#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/instanceplan.h"
#include "core/provisioning/lifecycle.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <filesystem>
#include <optional>
#include <system_error>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

const QString stepCheck = QStringLiteral("Check the instance");
const QString stepWrite = QStringLiteral("Write the backup");
const QString stepPrune = QStringLiteral("Prune local copies");

QString settingOrEnvironment(const QSettings &settings, const QString &key, const char *variable,
    const QString &fallback = {})
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return settings.value(key, fallback).toString();
}

// Reads the settings that must parse, such as numbers, and keeps the first
// invalid one as an error that names its source, its value and the
// accepted forms.
class CheckedSettings
{
public:
    explicit CheckedSettings(const QSettings &settings) : m_settings(settings) { }

    // Returns the trimmed value of the environment variable, else of the
    // QSettings key, or nullopt when neither is set or the value is empty.
    std::optional<QString> value(const QString &key, const char *variable)
    {
        QString text;
        if (qEnvironmentVariableIsSet(variable)) {
            m_source = QString::fromLatin1(variable);
            text = qEnvironmentVariable(variable).trimmed();
        } else {
            m_source = tr("The setting %1 in %2").arg(key, m_settings.fileName());
            text = m_settings.value(key).toString().trimmed();
        }
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }

    // Returns the whole number of `variable` or `key` from `minimum` to
    // `maximum`, or nullopt when it is unset or invalid.
    std::optional<qint64> integer(const QString &key, const char *variable, qint64 minimum, qint64 maximum,
        const QString &unit)
    {
        const std::optional<QString> text = value(key, variable);
        if (!text)
            return std::nullopt;
        bool parsed = false;
        const qint64 number = text->toLongLong(&parsed);
        if (parsed && number >= minimum && number <= maximum)
            return number;
        reject(*text, tr("use a whole number of %1 from %2 to %3").arg(unit).arg(minimum).arg(maximum));
        return std::nullopt;
    }

    // Records that the value last read is invalid, unless an earlier one was.
    void reject(const QString &text, const QString &accepted)
    {
        if (m_error.isEmpty())
            m_error = tr("%1 is \"%2\", which is invalid: %3. Correct it or unset it.").arg(m_source, text, accepted);
    }

    // Records that the value last read is invalid, with `message` that
    // explains why, unless an earlier one was. For a value that may hold a
    // password, such as an endpoint, `message` shows it redacted.
    void rejectWithMessage(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("%1 is invalid: %2 Correct it or unset it.").arg(m_source, message);
    }

    QString error() const { return m_error; }

private:
    const QSettings &m_settings;
    QString m_source;
    QString m_error;
};

// The file name Odoo's database manager gives a download, <db>_<UTC time>.zip,
// with a random suffix, because two backups may start in the same second.
QString backupFileName(const QString &database, const QDateTime &at)
{
    return QStringLiteral("%1_%2_%3.zip")
        .arg(database, at.toUTC().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")),
            QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

QStringList createSteps()
{
    return { stepCheck, stepWrite };
}

BackupSettings loadBackupSettings()
{
    const QSettings settings;
    BackupSettings result;
    const QString defaultDirectory
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    result.directory = settingOrEnvironment(settings, QStringLiteral("backups/directory"), "SAASODOO_BACKUP_DIR",
        defaultDirectory);
    const QString endpoint
        = settingOrEnvironment(settings, QStringLiteral("backups/s3/endpoint"), "SAASODOO_S3_ENDPOINT");
    result.s3.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint);
    result.s3.region = settingOrEnvironment(settings, QStringLiteral("backups/s3/region"), "SAASODOO_S3_REGION",
        QStringLiteral("us-east-1"));
    result.s3.bucket = settingOrEnvironment(settings, QStringLiteral("backups/s3/bucket"), "SAASODOO_S3_BUCKET");
    result.s3.keyPrefix = settingOrEnvironment(settings, QStringLiteral("backups/s3/prefix"), "SAASODOO_S3_PREFIX");
    result.s3.caFile = settingOrEnvironment(settings, QStringLiteral("backups/s3/ca-file"), "SAASODOO_S3_CA_FILE");

    CheckedSettings checked(settings);
    // The S3 target is checked here as well as before each S3 call, so that
    // a command stops before it writes a backup it could not archive.
    if (const std::optional<QString> text
        = checked.value(QStringLiteral("backups/s3/endpoint"), "SAASODOO_S3_ENDPOINT")) {
        if (const Status valid = validateS3Endpoint(*text); !valid)
            checked.rejectWithMessage(valid.error());
    }
    if (const std::optional<QString> text = checked.value(QStringLiteral("backups/s3/bucket"), "SAASODOO_S3_BUCKET")) {
        if (const Status valid = validateS3Bucket(*text); !valid)
            checked.rejectWithMessage(valid.error());
        const std::optional<QString> region
            = checked.value(QStringLiteral("backups/s3/region"), "SAASODOO_S3_REGION");
        if (const Status valid = validateS3Region(region.value_or(QString())); region && !valid)
            checked.rejectWithMessage(valid.error());
    }
    if (const std::optional<QString> addressing
        = checked.value(QStringLiteral("backups/s3/addressing"), "SAASODOO_S3_ADDRESSING")) {
        if (*addressing == QLatin1String("path"))
            result.s3.addressing = storage::AddressingStyle::Path;
        else if (*addressing == QLatin1String("virtual"))
            result.s3.addressing = storage::AddressingStyle::VirtualHosted;
        else if (*addressing != QLatin1String("auto"))
            checked.reject(*addressing, tr("use path, virtual or auto"));
    }
    if (const auto keep = checked.integer(QStringLiteral("backups/keep-local-archived"), "SAASODOO_BACKUP_KEEP_LOCAL",
            -1, 1000000, tr("backups")))
        result.keepLocalArchived = int(*keep);
    // S3 takes parts of 5 MiB to 5 GiB.
    if (const auto partMb
        = checked.integer(QStringLiteral("backups/s3/part-size-mb"), "SAASODOO_S3_PART_MB", 5, 5120, tr("MiB")))
        result.s3PartSize = *partMb * 1024 * 1024;
    if (const auto hours = checked.integer(QStringLiteral("backups/s3/abandon-upload-hours"),
            "SAASODOO_S3_ABANDON_HOURS", 0, 100000, tr("hours")))
        result.abandonUploadAfterHours = int(*hours);
    if (const auto delayMs = checked.integer(QStringLiteral("backups/s3/retry-delay-ms"),
            "SAASODOO_S3_RETRY_DELAY_MS", 0, 60000, tr("milliseconds")))
        result.s3RetryDelay = std::chrono::milliseconds(*delayMs);
    if (const auto idleSeconds = checked.integer(QStringLiteral("backups/s3/idle-timeout"),
            "SAASODOO_S3_IDLE_TIMEOUT", 1, 3600, tr("seconds")))
        result.s3IdleTimeout = std::chrono::seconds(*idleSeconds);
    result.invalidSetting = checked.error();
    return result;
}

QDateTime retentionHorizon(const QDateTime &createdAt, const catalog::BackupPolicy &policy)
{
    const QDateTime daily = createdAt.addDays(policy.keepDaily);
    const QDateTime weekly = createdAt.addDays(7LL * policy.keepWeekly);
    const QDateTime monthly = createdAt.addMonths(policy.keepMonthly);
    return std::max({ daily, weekly, monthly });
}

BackupJobs::BackupJobs(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, BackupSettings settings)
    : m_catalog(std::move(catalog))
    , m_secrets(secrets)
    , m_settings(std::move(settings))
{
}

Result<std::unique_ptr<storage::S3Client>> BackupJobs::s3Client(jobs::JobContext *context) const
{
    if (!m_settings.s3.isConfigured())
        return makeError(tr("No S3 bucket is configured: set backups/s3/bucket or SAASODOO_S3_BUCKET."));
    // The environment variables override the saved settings unchecked, so
    // every S3 call checks them here.
    if (const Status valid = validateS3Target(m_settings.s3); !valid) {
        return makeError(tr("%1 Correct SAASODOO_S3_ENDPOINT, SAASODOO_S3_REGION or SAASODOO_S3_BUCKET, or the "
                            "S3 settings in the console.")
                             .arg(valid.error()));
    }
    const Result<QString> accessKey
        = detail::readSecret(m_secrets, secrets::SecretStore::settingKey(QLatin1String(s3AccessKeyName)));
    if (!accessKey)
        return makeError(tr("The S3 access key id is not available from the keychain: %1").arg(accessKey.error()));
    const Result<QString> secretKey
        = detail::readSecret(m_secrets, secrets::SecretStore::settingKey(QLatin1String(s3SecretKeyName)));
    if (!secretKey)
        return makeError(tr("The S3 secret access key is not available from the keychain: %1").arg(secretKey.error()));
    for (const Status &check : { validateS3AccessKey(accessKey.value()), validateS3SecretKey(secretKey.value()) }) {
        if (!check)
            return makeError(tr("%1 Store the S3 keys again with saasodoo backup set-s3-credentials or in the "
                                "console's settings.")
                                 .arg(check.error()));
    }
    storage::S3Config config;
    config.endpoint = m_settings.s3.endpoint;
    config.region = m_settings.s3.region;
    config.bucket = m_settings.s3.bucket;
    config.addressing = m_settings.s3.addressing;
    config.caFile = m_settings.s3.caFile;
    config.credentials.accessKey = accessKey.value();
    config.credentials.secretKey = secretKey.value();
    config.retryDelay = m_settings.s3RetryDelay;
    config.idleTimeout = m_settings.s3IdleTimeout;
    if (context)
        config.retryCallback = [context](const QString &message) { context->warning(message); };
    return std::make_unique<storage::S3Client>(config);
}

Status BackupJobs::checkSettings() const
{
    if (m_settings.invalidSetting.isEmpty())
        return {};
    return makeError(tr("%1 Nothing was changed.").arg(m_settings.invalidSetting));
}

Status BackupJobs::create(jobs::JobContext &context, const QString &instanceId, catalog::BackupKind kind,
    QString *backupId)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    context.beginStep(stepCheck);
    // An instance in error is rejected before its keychain entries are
    // read, because one whose create never ran has none, and the message
    // then states that and what to do.
    if (const Result<catalog::Instance> stored = db.instance(instanceId);
        stored && stored->status == catalog::InstanceStatus::Error) {
        if (const Status allowed = provisioning::checkActionWithJobs(db, stored.value(), provisioning::Action::Backup);
            !allowed)
            return allowed;
    }
    Result<detail::InstanceScope> loaded = detail::loadInstance(db, m_secrets, instanceId);
    if (!loaded)
        return makeError(loaded.error());
    detail::InstanceScope scope = std::move(loaded).value();
    // Only the safety backup of a restore, which runs inside the restore
    // job, backs up an instance that is being restored.
    if (scope.instance.status == catalog::InstanceStatus::Restoring && kind != catalog::BackupKind::Safety) {
        return makeError(tr("Instance %1 is being restored, so a backup cannot start. %2 Wait for that job to end, "
                            "then try again.")
                             .arg(scope.instance.name, scope.instance.statusMessage));
    }
    static const QList<catalog::InstanceStatus> allowed { catalog::InstanceStatus::Running,
        catalog::InstanceStatus::Stopped, catalog::InstanceStatus::Suspended, catalog::InstanceStatus::Restoring };
    if (!allowed.contains(scope.instance.status)) {
        // The status message names the job that keeps the instance busy.
        const QString busyWith = scope.instance.statusMessage.section(u'\n', 0, 0);
        return makeError(tr("Instance %1 is %2: a backup needs it running, stopped or suspended.%3")
                             .arg(scope.instance.name, provisioning::statusPhrase(scope.instance.status),
                                 busyWith.isEmpty() ? QString() : u' ' + busyWith));
    }

    // A safety backup runs inside a restore job, which owns the instance's state.
    const catalog::InstanceStatus before = scope.instance.status;
    const bool ownsStatus = before != catalog::InstanceStatus::Restoring;
    if (ownsStatus) {
        const auto marked = db.setInstanceStatus(instanceId, scope.instance.rowVersion,
            catalog::InstanceStatus::BackingUp, tr("Backup in progress (job %1).").arg(context.jobId()));
        if (!marked)
            return makeError(marked.error());
    }
    const auto restoreStatus = [&](const QString &message) {
        if (!ownsStatus)
            return;
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current)
            db.setInstanceStatus(instanceId, current->rowVersion, before, message);
    };

    const Result<AppliedBackupPolicy> applied = appliedBackupPolicy(db, instanceId);
    const QDateTime startedAt = catalog::nowUtc();
    const QString directory = QDir(m_settings.directory).filePath(instanceId);
    if (const Status created = detail::createDirectory(directory); !created) {
        restoreStatus(tr("Backup failed."));
        return created;
    }
    catalog::Backup record;
    record.instanceId = instanceId;
    record.kind = kind;
    record.location = QDir(directory).filePath(backupFileName(scope.plan.databaseName, startedAt));
    record.odooVersion = scope.instance.odooVersion;
    record.state = catalog::BackupState::Running;
    record.createdAt = startedAt;
    // The period slots decide when a scheduled backup goes; a final backup
    // never expires, and the others stay until this expiry (docs/backups.md,
    // Retention).
    if (applied && kind != catalog::BackupKind::Scheduled && kind != catalog::BackupKind::Final)
        record.expiresAt = retentionHorizon(startedAt, applied->policy);
    Result<catalog::Backup> created = db.createBackup(record);
    if (!created) {
        restoreStatus(tr("Backup failed."));
        return makeError(created.error());
    }
    record = created.value();
    if (backupId)
        *backupId = record.id;
    context.info(tr("Backup %1 of instance %2 (database %3) to %4.")
                     .arg(record.id, scope.instance.name, scope.plan.databaseName, record.location));

    const auto failRecord = [&](const QString &message) -> Status {
        context.error(message);
        catalog::Backup failed = record;
        failed.state = catalog::BackupState::Failed;
        failed.error = message;
        failed.location.clear();
        // A failed final backup has no file to keep for good, so its
        // record expires as a manual backup's does.
        if (failed.expiresAt.isNull() && kind == catalog::BackupKind::Final && applied)
            failed.expiresAt = retentionHorizon(startedAt, applied->policy);
        const auto saved = db.updateBackup(failed);
        if (!saved)
            context.warning(tr("Could not record the failure on backup %1: %2").arg(record.id, saved.error()));
        restoreStatus(tr("Backup failed: %1").arg(message));
        return makeError(message);
    };

    context.beginStep(stepWrite);
    // Nothing after the write needs the engine, so Cancel may end any call.
    const Result<docker::ClientOptions> clientOptions
        = detail::clientOptions(scope.host, m_secrets, context.token());
    if (!clientOptions)
        return failRecord(clientOptions.error());
    docker::DockerClient client(provisioning::dockerEndpoint(scope.host), clientOptions.value());
    WriterOptions options;
    options.odooSeries = scope.instance.odooVersion;
    options.deflateLevel = m_settings.deflateLevel;
    options.cancellation = context.token();
    const Result<WrittenBackup> written = writeBackup(record.location,
        DatabaseSource { scope.roleEndpoint(), scope.rolePassword, scope.plan.databaseName },
        FilestoreSource { &client, scope.containerName() }, options);
    if (!written) {
        return failRecord(context.isCancelled() ? cancelledBackupError()
                                                : tr("Writing the backup failed: %1").arg(written.error()));
    }
    for (const QString &warning : written->warnings)
        context.warning(warning);
    context.info(tr("Wrote %1 bytes (database dump %2 bytes, %3 filestore files), SHA-256 %4.")
                     .arg(written->sizeBytes)
                     .arg(written->dumpBytes)
                     .arg(written->filestoreFiles)
                     .arg(QString::fromLatin1(written->sha256)));

    record.state = catalog::BackupState::Completed;
    record.sizeBytes = written->sizeBytes;
    record.sha256 = QString::fromLatin1(written->sha256);
    if (!written->manifest.majorVersion.isEmpty())
        record.odooVersion = written->manifest.majorVersion;
    Result<catalog::Backup> completed = db.updateBackup(record);
    if (!completed) {
        QFile::remove(record.location);
        return failRecord(tr("Could not catalogue the backup: %1").arg(completed.error()));
    }
    record = completed.value();
    restoreStatus(tr("Backup finished."));

    if (!m_settings.s3.isConfigured()) {
        context.info(tr("No S3 target is configured; the backup is kept locally only."));
        return {};
    }
    bool uploadBusy = false;
    if (Status archived = detail::archive(context, db, *this, record, &uploadBusy); !archived) {
        // Another process archives it, so the backup itself is complete.
        if (uploadBusy) {
            context.info(archived.error());
            return {};
        }
        return makeError(tr("Backup %1 was saved locally at %2, but archiving it to S3 failed: %3")
                             .arg(record.id, record.location, archived.error()));
    }
    // A safety backup runs inside an in-place restore, whose source may be
    // the local copy that pruning would remove.
    if (kind == catalog::BackupKind::Safety) {
        context.info(tr("A safety backup removes no local copies; the next backup prunes them."));
        return {};
    }
    context.beginStep(stepPrune);
    detail::pruneLocalCopies(context, db, instanceId, m_settings.keepLocalArchived);
    return {};
}

namespace detail {

Result<QString> readSecret(secrets::SecretStore *store, const QString &key)
{
    QFuture<Result<QString>> future = store->read(key);
    future.waitForFinished();
    return future.result();
}

postgres::PgEndpoint InstanceScope::roleEndpoint() const
{
    return { host.pgHost, host.pgPort, plan.roleName };
}

postgres::PgEndpoint InstanceScope::adminEndpoint() const
{
    return { host.pgHost, host.pgPort, host.pgAdminUser };
}

Result<docker::ClientOptions> clientOptions(const catalog::Host &host, secrets::SecretStore *secrets,
    const CancellationToken &cancellation)
{
    docker::ClientOptions options;
    options.cancellation = cancellation;
    return provisioning::dockerClientOptions(host, secrets, options);
}

QString InstanceScope::containerName() const
{
    return instance.containerId.isEmpty() ? plan.containerName : instance.containerId;
}

Result<InstanceScope> loadInstance(catalog::Catalog &db, secrets::SecretStore *secrets, const QString &instanceId,
    bool withAdminPassword)
{
    const Result<catalog::Instance> instance = db.instance(instanceId);
    if (!instance)
        return makeError(instance.error());
    const Result<catalog::Tenant> tenant = db.tenant(instance->tenantId);
    if (!tenant)
        return makeError(tenant.error());
    const Result<catalog::Host> host = db.host(instance->hostId);
    if (!host)
        return makeError(host.error());
    // Backups read the network only through the plan's names, which do not depend on it.
    const Result<provisioning::InstancePlan> plan
        = provisioning::planInstance(instance.value(), tenant.value(), host.value(), QStringLiteral("saasodoo"));
    if (!plan)
        return makeError(plan.error());
    InstanceScope scope { instance.value(), tenant.value(), host.value(), plan.value(), {}, {} };
    const Result<QString> rolePassword
        = readSecret(secrets, secrets::SecretStore::instanceKey(instanceId, QStringLiteral("db-password")));
    if (!rolePassword) {
        return makeError(tr("The database password of instance %1 is not available from the keychain: %2")
                             .arg(instance->name, rolePassword.error()));
    }
    scope.rolePassword = rolePassword.value();
    if (withAdminPassword) {
        const QString key = provisioning::pgPasswordKey(host.value());
        const Result<QString> adminPassword = readSecret(secrets, key);
        if (!adminPassword) {
            return makeError(tr("The PostgreSQL password of host %1 is not available from the keychain: %2")
                                 .arg(host->name, adminPassword.error()));
        }
        scope.adminPassword = adminPassword.value();
    }
    return scope;
}

QString objectKey(const BackupSettings &settings, const catalog::Backup &backup, const QString &fileName)
{
    return settings.s3.keyPrefix + backup.instanceId + u'/' + fileName;
}

Status createDirectory(const QString &path)
{
    // QDir::mkpath() returns no reason, so std::filesystem creates it.
    std::error_code error;
    std::filesystem::create_directories(QFile::encodeName(path).toStdString(), error);
    if (error)
        return makeError(tr("Could not create the directory %1: %2.")
                             .arg(path, QString::fromLocal8Bit(error.message())));
    return {};
}

namespace {

// The id of a queued or running job that recorded a restore read of
// `backupId` (restoreReadAuditAction), or an empty string. Such a restore
// may be checking or reading the local file right now.
QString restoreReadingBackup(catalog::Catalog &db, const QString &backupId)
{
    const Result<QList<catalog::AuditEvent>> events = db.auditEvents(backupId, 50);
    if (!events)
        return {};
    for (const catalog::AuditEvent &event : events.value()) {
        if (event.action != QLatin1String(restoreReadAuditAction))
            continue;
        const QString jobId = event.details.value(QStringLiteral("job_id")).toString();
        const Result<catalog::Job> job = db.job(jobId);
        if (job && (job->state == catalog::JobState::Queued || job->state == catalog::JobState::Running))
            return jobId;
    }
    return {};
}

} // namespace

void pruneLocalCopies(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId, int keep)
{
    if (keep < 0)
        return;
    const Result<QList<catalog::Backup>> list = db.backups(instanceId);
    if (!list) {
        context.warning(tr("Could not list the backups to prune: %1").arg(list.error()));
        return;
    }
    int archivedWithFile = 0;
    for (catalog::Backup backup : list.value()) { // newest first
        if (backup.state != catalog::BackupState::Completed || backup.s3Key.isEmpty() || !backup.archivedAt.isValid()
            || backup.location.isEmpty())
            continue;
        if (++archivedWithFile <= keep)
            continue;
        if (const QString reader = restoreReadingBackup(db, backup.id); !reader.isEmpty()) {
            context.info(tr("Kept the local copy of archived backup %1 because restore job %2 is reading it.")
                             .arg(backup.id, reader));
            continue;
        }
        if (QFile::exists(backup.location) && !QFile::remove(backup.location)) {
            context.warning(tr("Could not remove the local copy %1.").arg(backup.location));
            continue;
        }
        context.info(tr("Removed the local copy of archived backup %1 (%2).").arg(backup.id, backup.location));
        backup.location.clear();
        const auto saved = db.updateBackup(backup);
        if (!saved)
            context.warning(saved.error());
    }
}

Result<QByteArray> fileSha256(const QString &path, const CancellationToken &cancellation)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not open %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        if (cancellation.isCancelled())
            return makeError(tr("Cancelled by the admin."));
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return makeError(tr("Could not read %1: %2").arg(path, file.errorString()));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
    return hash.result().toHex();
}

} // namespace detail

} // namespace saasodoo::backup
