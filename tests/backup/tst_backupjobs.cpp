// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The backup jobs against the harness: a stand-in instance on the main
// engine, PostgreSQL, the keychain and Ceph RGW as the S3 tier.
#include "backupfixture.h"

#include "core/backup/backupjobs.h"
#include "core/backup/backupoverdue.h"
#include "core/backup/databaseadmin.h"
#include "core/backup/restore.h"
#include "core/backup/volumecommand.h"
#include "core/backup/retention.h"
#include "core/backup/backupreader.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/httpprobe.h"
#include "core/provisioning/provisioner.h"
#include "core/provisioning/reconciler.h"

#include "tests/support/testservices.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <csignal>
#include <thread>
#include <unistd.h>

using namespace saasodoo;
using namespace saasodoo::backup;

namespace {

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The pid of a child process of this test named `name`, or 0.
pid_t childProcess(const QByteArray &name)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ..."
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == name && rest.value(1).toInt() == getpid())
            return pid;
    }
    return 0;
}

// Adds a table of about 1.5 million rows, so that dumps and restores take
// seconds, long enough to cancel or kill them half-way.
bool addBulkTable(test::BackupFixture &fixture)
{
    auto role = postgres::PgConnection::open(fixture.roleEndpoint(), fixture.rolePassword(), fixture.plan.databaseName);
    return role.ok()
        && role.value()
               .execute(QStringLiteral("CREATE TABLE IF NOT EXISTS bulk AS SELECT g, md5(g::text) AS h "
                                       "FROM generate_series(1, 1500000) g"))
               .ok();
}

} // namespace

class TestBackupJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createArchivesAndVerifies();
    void verifyDetectsDamagedCopy();
    void downloadChecksSha256();
    void olderLocalCopiesPruned();
    void pruneKeepsCopyBeingRestored();
    void deleteRemovesBothTiers();
    void archiveResumesAfterFailedPart();
    void archiveSkipsBackupBeingUploaded();
    void abandonedUploadsAborted();
    void retentionKeepsExactSet();
    void runDueTakesScheduledBackup();
    void runDueReportsSkippedInstances();
    void runDueIgnoresSafetyBackups();
    void s3ClientRejectsInvalidTarget();
    void restoreIntoSwitchesOver();
    void failedRestoreLeavesOriginal_data();
    void failedRestoreLeavesOriginal();
    void restoreHoldsBackupOnlyAfterCheck();
    void invalidSettingsRejected_data();
    void invalidSettingsRejected();
    void createNamesDirectoryError();
    void archiveLogsRetriesInJob();
    void idleTimeoutEndsHungAttempts();
    void restoreAsNewInstance();
    void failedRestoreAsNewRemovesInstance();
    void restoreDumpKeepsFilestore();
    void restoreZipWithoutFilestore();
    void restoreArchivedBackupWithPruning();
    void restoreFallsBackToS3Copy();
    void restoreUsesS3WhenLocalMissing();
    void secondRestoreRejected();
    void cancelledBackupRemovesPartial();
    void cancelledRestoreSaysCancelled();
    void deleteRefusesRunningSafetyBackup();
    void restoreFileKeepsOwnIdentity();
    void killedPsqlLeavesOriginal();
    void interruptedSwitchRolledBack();
    void finishedSwitchRolledForward();
    void failedRestoreCleanUpMarksError();
    void helperLabelledWithoutRestart();
    // Deletes the fixture's instance, so it runs last.
    void deleteRemovesRestoreLeftovers();

private:
    // Runs `body` as a job and returns its final state and error.
    jobs::JobInfo runJob(const jobs::JobBody &body);
    BackupJobs makeJobs(int keepLocalArchived = -1) const;
    catalog::Backup backupRecord(const QString &id) const;
    bool objectExists(const QString &key) const;
    QStringList sideDatabases();
    // A completed, local-only backup record of `size` random bytes.
    catalog::Backup addLocalBackup(const QString &name, qint64 size);
    // Settings with 5 MiB parts whose part `failingPart` always fails.
    BackupSettings failingPartSettings(int failingPart) const;
    QStringList uploadIds();
    // Creates, without starting it, a helper container on the instance's
    // volume as a killed backup or restore leaves it; `jobId` may be empty.
    QString addLeftoverHelper(const QString &jobId);

    test::BackupFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_backups;
    std::unique_ptr<storage::S3Client> m_s3;
    QString m_prefix;
    QString m_firstBackup;
};

void TestBackupJobs::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const QString failure = m_fixture.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_backups = std::make_unique<QTemporaryDir>();

    const test::S3Service s3 = test::s3();
    QVERIFY(waitFor(m_fixture.secrets->write(
                        secrets::SecretStore::settingKey(QLatin1String(s3AccessKeyName)), s3.accessKey))
                .ok());
    QVERIFY(waitFor(m_fixture.secrets->write(
                        secrets::SecretStore::settingKey(QLatin1String(s3SecretKeyName)), s3.secretKey))
                .ok());
    m_prefix = QStringLiteral("backupjobs-%1/").arg(test::shortId());
    Result<std::unique_ptr<storage::S3Client>> client = makeJobs().s3Client();
    QVERIFY2(client.ok(), qPrintable(client.ok() ? QString() : client.error()));
    m_s3 = std::move(client).value();
}

void TestBackupJobs::cleanupTestCase()
{
    if (m_s3) {
        const auto left = m_s3->listAllObjects(m_prefix);
        if (left.ok()) {
            for (const storage::ObjectInfo &object : left.value())
                m_s3->deleteObject(object.key);
        }
    }
    m_fixture.tearDown();
}

jobs::JobInfo TestBackupJobs::runJob(const jobs::JobBody &body)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, body);
    runner.waitForFinished(id, 600000);
    return *runner.job(id);
}

BackupJobs TestBackupJobs::makeJobs(int keepLocalArchived) const
{
    const test::S3Service s3 = test::s3();
    BackupSettings settings;
    settings.directory = m_backups->path();
    settings.s3.endpoint = QUrl(s3.endpoint);
    settings.s3.region = s3.region;
    settings.s3.bucket = s3.bucket;
    settings.s3.keyPrefix = m_prefix;
    settings.keepLocalArchived = keepLocalArchived;
    // Failed parts are retried without the production back-off.
    settings.s3RetryDelay = std::chrono::milliseconds(20);
    return BackupJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), settings);
}

catalog::Backup TestBackupJobs::backupRecord(const QString &id) const
{
    return m_fixture.catalog->backup(id).value();
}

bool TestBackupJobs::objectExists(const QString &key) const
{
    const auto head = m_s3->headObject(key);
    return head.ok() && head.value().has_value();
}

void TestBackupJobs::createArchivesAndVerifies()
{
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY(!backupId.isEmpty());
    m_firstBackup = backupId;

    const catalog::Backup backup = backupRecord(backupId);
    QCOMPARE(catalog::toString(backup.state), QStringLiteral("completed"));
    QCOMPARE(catalog::toString(backup.kind), QStringLiteral("manual"));
    QCOMPARE(backup.odooVersion, QStringLiteral("18.0"));
    QVERIFY(backup.location.startsWith(m_backups->path() + u'/' + m_fixture.instance.id + u'/'));
    QVERIFY(backup.location.endsWith(QLatin1String(".zip")));
    QCOMPARE(QFileInfo(backup.location).size(), backup.sizeBytes);
    QCOMPARE(QString::fromLatin1(sha256Of(backup.location)), backup.sha256);
    QVERIFY(!QFile::exists(backup.location + QStringLiteral(".partial")));
    QVERIFY(backup.expiresAt > backup.createdAt.addMonths(2));
    QVERIFY(inspectBackup(backup.location).ok());

    QVERIFY(backup.s3Key.startsWith(m_prefix + m_fixture.instance.id + u'/'));
    QVERIFY(backup.archivedAt.isValid());
    QVERIFY(backup.verifiedAt.isValid());
    const auto head = m_s3->headObject(backup.s3Key);
    QVERIFY(head.ok() && head.value().has_value());
    QCOMPARE(head.value()->metadata.value(QStringLiteral("sha256")), backup.sha256);
    QCOMPARE(head.value()->size, backup.sizeBytes);

    // The instance is back in its state, and the catalog audited the backup.
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    QVERIFY(m_fixture.catalog->auditEvents(backupId, 10)->size() >= 3);

    const jobs::JobInfo verified = runJob([&](jobs::JobContext &context) { return jobs.verify(context, backupId); });
    QVERIFY2(verified.state == jobs::JobState::Succeeded, qPrintable(verified.error));
    QVERIFY(backupRecord(backupId).verifiedAt >= backup.verifiedAt);
}

void TestBackupJobs::verifyDetectsDamagedCopy()
{
    QVERIFY(!m_firstBackup.isEmpty());
    BackupJobs jobs = makeJobs();
    const catalog::Backup backup = backupRecord(m_firstBackup);

    // Flip one byte in the middle of the local file; the S3 copy stays good.
    const QString saved = backup.location + QStringLiteral(".good");
    QVERIFY(QFile::copy(backup.location, saved));
    {
        QFile file(backup.location);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return jobs.verify(context, m_firstBackup); });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(backup.location), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("SHA-256")), qPrintable(job.error));
    QVERIFY2(!job.error.contains(backup.s3Key), qPrintable(job.error));
    // The S3 copy passed, so the backup stays usable, and the error states that.
    QVERIFY2(job.error.contains(QLatin1String("S3 copy of backup")), qPrintable(job.error));
    const catalog::Backup damaged = backupRecord(m_firstBackup);
    QCOMPARE(catalog::toString(damaged.verifyStatus), QStringLiteral("local_damaged"));
    QVERIFY(catalog::isUsable(damaged));
    QVERIFY(damaged.checkedAt.isValid());
    QVERIFY2(damaged.verifyError.contains(QLatin1String("SHA-256")), qPrintable(damaged.verifyError));

    QVERIFY(QFile::remove(backup.location));
    QVERIFY(QFile::rename(saved, backup.location));
    // A verification that passes again clears the finding.
    const jobs::JobInfo again = runJob([&](jobs::JobContext &context) { return jobs.verify(context, m_firstBackup); });
    QVERIFY2(again.state == jobs::JobState::Succeeded, qPrintable(again.error));
    const catalog::Backup passed = backupRecord(m_firstBackup);
    QCOMPARE(catalog::toString(passed.verifyStatus), QStringLiteral("passed"));
    QVERIFY(passed.verifyError.isEmpty());
    QVERIFY(passed.verifiedAt >= damaged.checkedAt);
}

void TestBackupJobs::downloadChecksSha256()
{
    QVERIFY(!m_firstBackup.isEmpty());
    BackupJobs jobs = makeJobs();
    const catalog::Backup backup = backupRecord(m_firstBackup);
    const QString destination = m_backups->filePath(QStringLiteral("downloaded/copy.zip"));
    QString path;
    const jobs::JobInfo job = runJob(
        [&](jobs::JobContext &context) { return jobs.download(context, m_firstBackup, destination, &path); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(path, destination);
    QCOMPARE(QString::fromLatin1(sha256Of(destination)), backup.sha256);
    QVERIFY(!QFile::exists(destination + QStringLiteral(".partial")));
    QCOMPARE(backupRecord(m_firstBackup).location, backup.location); // an explicit destination is not catalogued

    // An object whose content no longer matches the catalog is discarded.
    QVERIFY(m_s3->putObject(backup.s3Key, QByteArray("not the backup")).ok());
    const QString second = m_backups->filePath(QStringLiteral("downloaded/tampered.zip"));
    const jobs::JobInfo tampered
        = runJob([&](jobs::JobContext &context) { return jobs.download(context, m_firstBackup, second); });
    QCOMPARE(jobs::stateName(tampered.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(tampered.error.contains(QLatin1String("SHA-256")), qPrintable(tampered.error));
    QVERIFY(!QFile::exists(second));
    QVERIFY(!QFile::exists(second + QStringLiteral(".partial")));

    // Put the real archive back for the tests that follow.
    QFile original(destination);
    QVERIFY(original.open(QIODevice::ReadOnly));
    storage::PutOptions options;
    options.metadata.insert(QStringLiteral("sha256"), backup.sha256);
    QVERIFY(m_s3->putObject(backup.s3Key, &original, original.size(), options).ok());
}

void TestBackupJobs::olderLocalCopiesPruned()
{
    QVERIFY(!m_firstBackup.isEmpty());
    BackupJobs jobs = makeJobs(1);
    QString secondId;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &secondId);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    const catalog::Backup first = backupRecord(m_firstBackup);
    const catalog::Backup second = backupRecord(secondId);
    QCOMPARE(first.location, QString());
    QVERIFY(!first.s3Key.isEmpty());
    QVERIFY(objectExists(first.s3Key));
    QVERIFY(QFile::exists(second.location));
    QVERIFY(QDir(m_backups->filePath(m_fixture.instance.id)).entryList(QDir::Files).size() == 1);

    // With only the S3 copy left, a download into the catalog restores the local file.
    QString path;
    const jobs::JobInfo download
        = runJob([&](jobs::JobContext &context) { return jobs.download(context, m_firstBackup, {}, &path); });
    QVERIFY2(download.state == jobs::JobState::Succeeded, qPrintable(download.error));
    QCOMPARE(backupRecord(m_firstBackup).location, path);
    QCOMPARE(QString::fromLatin1(sha256Of(path)), first.sha256);
}

void TestBackupJobs::pruneKeepsCopyBeingRestored()
{
    // A running restore job has recorded that it reads the local copy of
    // the newest archived backup, as a restore does before it checks the
    // file. A backup made meanwhile that prunes down to zero local copies
    // must leave that file alone.
    BackupJobs jobs = makeJobs(-1);
    QString readId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &readId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const catalog::Backup read = backupRecord(readId);
    QVERIFY(!read.s3Key.isEmpty());
    QVERIFY(QFile::exists(read.location));

    catalog::Job restore;
    restore.kind = QStringLiteral("backup.restore");
    restore.targetType = QStringLiteral("instance");
    restore.targetId = m_fixture.instance.id;
    restore.state = catalog::JobState::Running;
    const Result<catalog::Job> created = m_fixture.catalog->createJob(restore);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    QVERIFY(m_fixture.catalog
                ->recordAudit(QStringLiteral("backup.restore_read"), QStringLiteral("backup"), readId,
                    { { QStringLiteral("job_id"), created->id } })
                .ok());

    BackupJobs pruning = makeJobs(0);
    QString newId;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return pruning.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &newId);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(backupRecord(readId).location, read.location);
    QVERIFY(QFile::exists(read.location));
    QCOMPARE(backupRecord(newId).location, QString());

    // Once the restore ended, the next prune removes it.
    catalog::Job ended = *m_fixture.catalog->job(created->id);
    ended.state = catalog::JobState::Succeeded;
    QVERIFY(m_fixture.catalog->updateJob(ended).ok());
    QString lastId;
    const jobs::JobInfo last = runJob([&](jobs::JobContext &context) {
        return pruning.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &lastId);
    });
    QVERIFY2(last.state == jobs::JobState::Succeeded, qPrintable(last.error));
    QCOMPARE(backupRecord(readId).location, QString());
    QVERIFY(!QFile::exists(read.location));

    // The prunes removed the first backup's local copy too; the next tests need it.
    QString path;
    const jobs::JobInfo download
        = runJob([&](jobs::JobContext &context) { return jobs.download(context, m_firstBackup, {}, &path); });
    QVERIFY2(download.state == jobs::JobState::Succeeded, qPrintable(download.error));
}

void TestBackupJobs::deleteRemovesBothTiers()
{
    QVERIFY(!m_firstBackup.isEmpty());
    BackupJobs jobs = makeJobs();
    const catalog::Backup backup = backupRecord(m_firstBackup);
    QVERIFY(QFile::exists(backup.location));
    QVERIFY(objectExists(backup.s3Key));

    const jobs::JobInfo job = runJob(
        [&](jobs::JobContext &context) { return jobs.remove(context, m_firstBackup, QStringLiteral("admin")); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY(!QFile::exists(backup.location));
    QVERIFY(!objectExists(backup.s3Key));
    const catalog::Backup deleted = backupRecord(m_firstBackup);
    QCOMPARE(catalog::toString(deleted.state), QStringLiteral("deleted"));
    QVERIFY(deleted.deletedAt.isValid());

    // A second delete names the state instead of failing on missing files.
    const jobs::JobInfo again = runJob(
        [&](jobs::JobContext &context) { return jobs.remove(context, m_firstBackup, QStringLiteral("admin")); });
    QCOMPARE(jobs::stateName(again.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(again.error.contains(QLatin1String("deleted")), qPrintable(again.error));
}

catalog::Backup TestBackupJobs::addLocalBackup(const QString &name, qint64 size)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(content.data()), size / 4);
    const QString directory = m_backups->filePath(m_fixture.instance.id);
    QDir().mkpath(directory);
    catalog::Backup backup;
    backup.instanceId = m_fixture.instance.id;
    backup.kind = catalog::BackupKind::Manual;
    backup.state = catalog::BackupState::Completed;
    backup.odooVersion = m_fixture.instance.odooVersion;
    backup.createdAt = catalog::nowUtc().addDays(-1);
    backup.expiresAt = backup.createdAt.addMonths(3);
    backup.sizeBytes = size;
    backup.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    backup.location = QDir(directory).filePath(name);
    QFile file(backup.location);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != size)
        return {};
    file.close();
    const Result<catalog::Backup> stored = m_fixture.catalog->createBackup(backup);
    return stored.ok() ? stored.value() : catalog::Backup {};
}

BackupSettings TestBackupJobs::failingPartSettings(int failingPart) const
{
    BackupSettings settings = makeJobs().settings();
    settings.s3PartSize = storage::MultipartOptions::minimumPartSize;
    settings.beforeArchivePart = [failingPart](int part, int) -> Status {
        if (part == failingPart)
            return makeError(QStringLiteral("injected failure of part %1").arg(part));
        return {};
    };
    return settings;
}

QStringList TestBackupJobs::uploadIds()
{
    QStringList ids;
    const auto uploads = m_s3->listMultipartUploads(m_prefix);
    if (!uploads.ok())
        return { uploads.error() };
    for (const storage::MultipartUploadSummary &upload : uploads.value())
        ids << upload.uploadId;
    return ids;
}

void TestBackupJobs::archiveResumesAfterFailedPart()
{
    // 12 MiB in three 5 MiB parts, of which part 2 fails on every attempt.
    const catalog::Backup backup = addLocalBackup(QStringLiteral("resume me+é.zip"), 12LL * 1024 * 1024);
    QVERIFY(!backup.id.isEmpty());
    const BackupSettings failing = failingPartSettings(2);
    BackupJobs failingJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), failing);
    const jobs::JobInfo failed = runJob([&](jobs::JobContext &context) { return failingJobs.archive(context, backup.id); });
    QCOMPARE(jobs::stateName(failed.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(failed.error.contains(QLatin1String("injected failure of part 2")), qPrintable(failed.error));
    QVERIFY2(failed.error.contains(QLatin1String("kept on the server")), qPrintable(failed.error));

    const catalog::Backup pending = backupRecord(backup.id);
    QVERIFY(pending.s3Key.isEmpty());
    const ArchiveStatus status = archiveStatus(pending, failing);
    QVERIFY(status.pending);
    QVERIFY(!status.uploadId.isEmpty());
    QCOMPARE(status.confirmedParts, 1);
    QVERIFY(status.lastError.contains(QLatin1String("injected failure")));
    QVERIFY(status.lastAttemptAt.isValid());
    QVERIFY(uploadIds().contains(status.uploadId));
    const QString key = m_prefix + m_fixture.instance.id + QStringLiteral("/resume me+é.zip");
    const auto onServer = m_s3->listParts(key, status.uploadId);
    QVERIFY2(onServer.ok(), qPrintable(onServer.ok() ? QString() : onServer.error()));
    QCOMPARE(onServer->size(), 1);
    QCOMPARE(onServer->first().number, 1);

    // The retry, in a new BackupJobs as after a restart, sends only parts 2 and 3.
    QList<int> sentParts;
    BackupSettings resuming = failing;
    resuming.beforeArchivePart = [&sentParts](int part, int) -> Status {
        sentParts << part;
        return {};
    };
    BackupJobs resumingJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), resuming);
    const jobs::JobInfo resumed
        = runJob([&](jobs::JobContext &context) { return resumingJobs.archive(context, backup.id); });
    QVERIFY2(resumed.state == jobs::JobState::Succeeded, qPrintable(resumed.error));
    QCOMPARE(sentParts, (QList<int> { 2, 3 }));

    const catalog::Backup archived = backupRecord(backup.id);
    QCOMPARE(archived.s3Key, key);
    QVERIFY(archived.archivedAt.isValid());
    QVERIFY(!QFile::exists(archived.location + QStringLiteral(".s3upload.json")));
    QVERIFY(!archiveStatus(archived, resuming).pending);
    QVERIFY(!uploadIds().contains(status.uploadId));

    // Read back independently of the job's own check.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto object = m_s3->getObject(key, [&hash](QByteArrayView data) {
        hash.addData(data);
        return true;
    });
    QVERIFY2(object.ok(), qPrintable(object.ok() ? QString() : object.error()));
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), backup.sha256);
    QCOMPARE(object->metadata.value(QStringLiteral("sha256")), backup.sha256);

    // A second archive leaves the archived backup alone.
    const jobs::JobInfo again = runJob([&](jobs::JobContext &context) { return resumingJobs.archive(context, backup.id); });
    QVERIFY2(again.state == jobs::JobState::Succeeded, qPrintable(again.error));
    QCOMPARE(sentParts.size(), 2);

    const jobs::JobInfo removed = runJob(
        [&](jobs::JobContext &context) { return resumingJobs.remove(context, backup.id, QStringLiteral("test")); });
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
}

void TestBackupJobs::archiveSkipsBackupBeingUploaded()
{
    // 11 MiB in three 5 MiB parts.
    const catalog::Backup backup = addLocalBackup(QStringLiteral("two-uploaders.zip"), 11LL * 1024 * 1024);
    QVERIFY(!backup.id.isEmpty());
    const QString lockPath = backup.location + QStringLiteral(".s3upload.lock");

    // The lock file of a process that died is taken over.
    QProcess dead;
    dead.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    QVERIFY(dead.waitForStarted());
    const qint64 deadPid = dead.processId();
    dead.kill();
    QVERIFY(dead.waitForFinished());
    {
        QFile stale(lockPath);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid) + "\nsaasodoo\n\n");
    }

    // The first uploader stops before its first part until released.
    QSemaphore started;
    QSemaphore release;
    BackupSettings blocking = makeJobs().settings();
    blocking.s3PartSize = storage::MultipartOptions::minimumPartSize;
    blocking.beforeArchivePart = [&](int part, int attempt) -> Status {
        if (part == 1 && attempt == 1) {
            started.release();
            if (!release.tryAcquire(1, 120000))
                return makeError(QStringLiteral("the test never released the first uploader"));
        }
        return {};
    };
    BackupJobs first(m_fixture.catalogConfig, m_fixture.secrets.get(), blocking);
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString firstId = runner.submit(
        jobs::JobInfo {}, [&](jobs::JobContext &context) { return first.archive(context, backup.id); });
    const auto releaseFirst = qScopeGuard([&] {
        release.release();
        runner.waitForFinished(firstId, 120000);
    });
    QVERIFY(started.tryAcquire(1, 60000));
    QVERIFY(QFile::exists(lockPath));

    // run-due, as another process would, skips the backup without a failure.
    jobs::InMemoryJobStore otherStore;
    jobs::JobRunner otherRunner(&otherStore);
    BackupSettings second = makeJobs().settings();
    second.s3PartSize = storage::MultipartOptions::minimumPartSize;
    BackupJobs secondJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), second);
    RunDueOptions archiveOnly;
    archiveOnly.now = catalog::nowUtc().addSecs(-3600); // nothing is due an hour ago
    RunDueReport report;
    const QString runDueId = otherRunner.submit(
        jobs::JobInfo {}, [&](jobs::JobContext &context) { return secondJobs.runDue(context, archiveOnly, &report); });
    otherRunner.waitForFinished(runDueId, 120000);
    QVERIFY2(otherRunner.job(runDueId)->state == jobs::JobState::Succeeded, qPrintable(otherRunner.job(runDueId)->error));
    QVERIFY(!report.archived.contains(backup.id));
    QCOMPARE(report.failures, QStringList());
    bool skipped = false;
    for (const jobs::JobLogEntry &entry : otherStore.log(runDueId).value()) {
        skipped = skipped
            || (entry.message.contains(backup.id)
                && entry.message.contains(QLatin1String("being uploaded by another process")));
    }
    QVERIFY(skipped);

    // A direct archive names the other process too.
    const QString directId = otherRunner.submit(
        jobs::JobInfo {}, [&](jobs::JobContext &context) { return secondJobs.archive(context, backup.id); });
    otherRunner.waitForFinished(directId, 120000);
    QCOMPARE(jobs::stateName(otherRunner.job(directId)->state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(otherRunner.job(directId)->error.contains(QLatin1String("being uploaded by another process")),
        qPrintable(otherRunner.job(directId)->error));

    // The first uploader then finishes its one upload.
    release.release();
    runner.waitForFinished(firstId, 120000);
    QVERIFY2(runner.job(firstId)->state == jobs::JobState::Succeeded, qPrintable(runner.job(firstId)->error));
    const catalog::Backup archived = backupRecord(backup.id);
    QVERIFY(!archived.s3Key.isEmpty());
    QVERIFY(!QFile::exists(lockPath));
    QVERIFY(!QFile::exists(backup.location + QStringLiteral(".s3upload.json")));

    const jobs::JobInfo removed = runJob(
        [&](jobs::JobContext &context) { return secondJobs.remove(context, backup.id, QStringLiteral("test")); });
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
}

void TestBackupJobs::abandonedUploadsAborted()
{
    const BackupSettings failing = failingPartSettings(2);
    BackupJobs failingJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), failing);
    const catalog::Backup deletedLater = addLocalBackup(QStringLiteral("deleted-later.zip"), 11LL * 1024 * 1024);
    const catalog::Backup waiting = addLocalBackup(QStringLiteral("waiting.zip"), 11LL * 1024 * 1024);
    QVERIFY(!deletedLater.id.isEmpty() && !waiting.id.isEmpty());
    for (const catalog::Backup &backup : { deletedLater, waiting }) {
        const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return failingJobs.archive(context, backup.id); });
        QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    }
    const QString deletedUpload = archiveStatus(backupRecord(deletedLater.id), failing).uploadId;
    const QString waitingUpload = archiveStatus(backupRecord(waiting.id), failing).uploadId;
    QVERIFY(!deletedUpload.isEmpty() && !waitingUpload.isEmpty());

    // An upload that no backup claims, as a process killed before saving its state leaves.
    const QString strayKey = m_prefix + QStringLiteral("stray/orphan.zip");
    QByteArray strayData(6 * 1024 * 1024, 'x');
    QBuffer stray(&strayData);
    QVERIFY(stray.open(QIODevice::ReadOnly));
    storage::MultipartOptions strayOptions;
    strayOptions.partSize = storage::MultipartOptions::minimumPartSize;
    strayOptions.keepUploadOnFailure = true;
    strayOptions.beforePartAttempt = [](int part, int) -> Status {
        return part == 2 ? Status(makeError(QStringLiteral("injected"))) : Status();
    };
    QVERIFY(!m_s3->uploadMultipart(strayKey, &stray, stray.size(), strayOptions).ok());
    QStringList strayUploads = uploadIds();
    QCOMPARE(strayUploads.size(), 3);
    strayUploads.removeAll(deletedUpload);
    strayUploads.removeAll(waitingUpload);
    QCOMPARE(strayUploads.size(), 1);

    // Deleting a backup aborts its unfinished upload.
    const jobs::JobInfo removed = runJob(
        [&](jobs::JobContext &context) { return failingJobs.remove(context, deletedLater.id, QStringLiteral("test")); });
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    QVERIFY(!uploadIds().contains(deletedUpload));
    QVERIFY(!QFile::exists(deletedLater.location + QStringLiteral(".s3upload.json")));

    // Within the age limit and the grace for unclaimed uploads, run-due keeps both.
    RunDueOptions retentionOnly;
    retentionOnly.takeBackups = false;
    RunDueReport first;
    const jobs::JobInfo kept = runJob([&](jobs::JobContext &context) { return failingJobs.runDue(context, retentionOnly, &first); });
    QVERIFY2(kept.state == jobs::JobState::Succeeded, qPrintable(kept.error));
    QVERIFY(first.abortedUploads.isEmpty());
    QCOMPARE(uploadIds().size(), 2);

    // With an age limit of 0 hours, both are abandoned.
    BackupSettings strict = failing;
    strict.abandonUploadAfterHours = 0;
    BackupJobs strictJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), strict);
    RunDueReport second;
    const jobs::JobInfo aborted = runJob([&](jobs::JobContext &context) { return strictJobs.runDue(context, retentionOnly, &second); });
    QVERIFY2(aborted.state == jobs::JobState::Succeeded, qPrintable(aborted.error));
    QCOMPARE(second.abortedUploads.size(), 2);
    QVERIFY(second.abortedUploads.contains(strayKey));
    QVERIFY(uploadIds().isEmpty());
    QVERIFY(!m_s3->listParts(strayKey, strayUploads.first()).ok());
    const ArchiveStatus after = archiveStatus(backupRecord(waiting.id), strict);
    QVERIFY(after.pending);
    QVERIFY(after.uploadId.isEmpty());
    QVERIFY(!after.lastError.isEmpty());

    // run-due then archives the waiting backup with a new upload.
    BackupSettings healthy = strict;
    healthy.beforeArchivePart = {};
    BackupJobs healthyJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), healthy);
    RunDueOptions archiveOnly;
    archiveOnly.now = catalog::nowUtc().addSecs(-3600); // nothing is due an hour ago
    RunDueReport third;
    const jobs::JobInfo archived = runJob([&](jobs::JobContext &context) { return healthyJobs.runDue(context, archiveOnly, &third); });
    QVERIFY2(archived.state == jobs::JobState::Succeeded, qPrintable(archived.error));
    QVERIFY(third.archived.contains(waiting.id));
    QVERIFY(!backupRecord(waiting.id).s3Key.isEmpty());
    const jobs::JobInfo cleaned = runJob(
        [&](jobs::JobContext &context) { return healthyJobs.remove(context, waiting.id, QStringLiteral("test")); });
    QVERIFY2(cleaned.state == jobs::JobState::Succeeded, qPrintable(cleaned.error));
}

void TestBackupJobs::retentionKeepsExactSet()
{
    // A second instance record (no container needed: retention only reads
    // the catalog, files and objects) with backups at fixed times.
    catalog::Instance other = m_fixture.instance;
    other.name = QStringLiteral("ret%1").arg(test::shortId());
    other.databaseName = QStringLiteral("db_") + other.name;
    other.subdomain = other.name;
    other.containerId.clear();
    other.publishedPort = 0;
    other.status = catalog::InstanceStatus::Stopped;
    const Result<catalog::Instance> created = m_fixture.catalog->createInstance(other);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    other = created.value();
    catalog::BackupPolicy policy;
    policy.instanceId = other.id;
    policy.keepDaily = 2;
    policy.keepWeekly = 0;
    policy.keepMonthly = 2;
    policy.intervalHours = 0;
    QVERIFY(m_fixture.catalog->setBackupPolicy(policy).ok());

    // Scheduled: kept are A and C (the two newest days) and E (February's
    // newest); March's newest is A. B, D, F and G go, from whichever tier
    // has them, except H, which a restore read. Manual and safety backups
    // take no slot: M1, M2 and S stay until their expiry, M3 is past it.
    struct Planned
    {
        const char *name;
        const char *at;
        bool local;
        bool remote;
        bool keep;
        catalog::BackupKind kind = catalog::BackupKind::Scheduled;
        const char *expires = nullptr;
    };
    const QList<Planned> planned {
        { "A", "2026-03-20T10:00:00Z", true, true, true },
        { "B", "2026-03-20T08:00:00Z", false, true, false },
        { "C", "2026-03-19T09:00:00Z", true, false, true },
        { "D", "2026-03-18T09:00:00Z", true, true, false },
        { "E", "2026-02-27T09:00:00Z", false, true, true },
        { "F", "2026-02-10T09:00:00Z", false, true, false },
        { "G", "2026-01-31T09:00:00Z", true, false, false },
        { "H", "2026-01-20T09:00:00Z", true, true, true },
        { "M1", "2026-03-20T09:55:55Z", true, true, true, catalog::BackupKind::Manual, "2026-06-20T09:55:55Z" },
        { "M2", "2026-03-20T09:57:10Z", true, false, true, catalog::BackupKind::Manual, "2026-06-20T09:57:10Z" },
        { "S", "2026-03-20T09:58:00Z", true, false, true, catalog::BackupKind::Safety, "2026-06-20T09:58:00Z" },
        { "M3", "2025-11-02T09:00:00Z", true, true, false, catalog::BackupKind::Manual, "2026-02-02T09:00:00Z" },
    };
    QMap<QString, catalog::Backup> records;
    const QString directory = m_backups->filePath(other.id);
    QVERIFY(QDir().mkpath(directory));
    for (const Planned &entry : planned) {
        const QString name = QString::fromLatin1(entry.name);
        const QByteArray content = "backup " + QByteArray(entry.name);
        catalog::Backup backup;
        backup.instanceId = other.id;
        backup.kind = entry.kind;
        backup.state = catalog::BackupState::Completed;
        backup.odooVersion = other.odooVersion;
        backup.createdAt = QDateTime::fromString(QString::fromLatin1(entry.at), Qt::ISODate);
        if (entry.expires)
            backup.expiresAt = QDateTime::fromString(QString::fromLatin1(entry.expires), Qt::ISODate);
        backup.sizeBytes = content.size();
        backup.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (entry.local) {
            backup.location = QDir(directory).filePath(name + QStringLiteral(".zip"));
            QFile file(backup.location);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        if (entry.remote) {
            backup.s3Key = m_prefix + other.id + QStringLiteral("/") + name + QStringLiteral(".zip");
            QVERIFY(m_s3->putObject(backup.s3Key, content).ok());
        }
        const Result<catalog::Backup> stored = m_fixture.catalog->createBackup(backup);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
        records.insert(name, stored.value());
    }
    // A failed backup is not ranked and not touched.
    catalog::Backup failed;
    failed.instanceId = other.id;
    failed.state = catalog::BackupState::Failed;
    failed.error = QStringLiteral("pg_dump failed");
    failed.odooVersion = other.odooVersion;
    failed.createdAt = QDateTime::fromString(QStringLiteral("2026-03-20T11:00:00Z"), Qt::ISODate);
    const QString failedId = m_fixture.catalog->createBackup(failed)->id;
    // A failed scheduled backup has no expiry: its record goes after
    // failedRecordDays.
    catalog::Backup oldFailure = failed;
    oldFailure.kind = catalog::BackupKind::Scheduled;
    oldFailure.createdAt = QDateTime::fromString(QStringLiteral("2026-02-01T03:00:00Z"), Qt::ISODate);
    const QString oldFailureId = m_fixture.catalog->createBackup(oldFailure)->id;
    catalog::Backup recentFailure = oldFailure;
    recentFailure.createdAt = QDateTime::fromString(QStringLiteral("2026-03-01T03:00:00Z"), Qt::ISODate);
    const QString recentFailureId = m_fixture.catalog->createBackup(recentFailure)->id;
    // A failed final backup past its expiry goes with the partial file it
    // left; one whose expiry has not come yet stays.
    catalog::Backup expiredFailure = failed;
    expiredFailure.kind = catalog::BackupKind::Final;
    expiredFailure.createdAt = QDateTime::fromString(QStringLiteral("2025-12-01T09:00:00Z"), Qt::ISODate);
    expiredFailure.expiresAt = QDateTime::fromString(QStringLiteral("2026-03-01T09:00:00Z"), Qt::ISODate);
    expiredFailure.location = QDir(directory).filePath(QStringLiteral("final.zip"));
    const QString partialFile = expiredFailure.location + QStringLiteral(".partial");
    {
        QFile partial(partialFile);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("partial");
    }
    const QString expiredFailureId = m_fixture.catalog->createBackup(expiredFailure)->id;
    catalog::Backup pendingFailure = expiredFailure;
    pendingFailure.location.clear();
    pendingFailure.expiresAt = QDateTime::fromString(QStringLiteral("2026-04-01T09:00:00Z"), Qt::ISODate);
    const QString pendingFailureId = m_fixture.catalog->createBackup(pendingFailure)->id;
    // A restore read H today, which is after the run's clock, so the hold applies.
    QVERIFY(m_fixture.catalog
                ->recordAudit(QStringLiteral("backup.restore_read"), QStringLiteral("backup"),
                    records.value(QStringLiteral("H")).id)
                .ok());

    BackupJobs jobs = makeJobs();
    RunDueOptions options;
    options.takeBackups = false;
    options.now = QDateTime::fromString(QStringLiteral("2026-03-20T12:00:00Z"), Qt::ISODate);
    RunDueReport report;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, options, &report); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    for (const Planned &entry : planned) {
        const QString name = QString::fromLatin1(entry.name);
        const catalog::Backup before = records.value(name);
        const catalog::Backup after = backupRecord(before.id);
        const QString expectedState = entry.keep ? QStringLiteral("completed") : QStringLiteral("deleted");
        QVERIFY2(catalog::toString(after.state) == expectedState, qPrintable(name));
        QCOMPARE(report.deleted.contains(before.id), !entry.keep);
        if (entry.local)
            QVERIFY2(QFile::exists(before.location) == entry.keep, qPrintable(name));
        if (entry.remote)
            QVERIFY2(objectExists(before.s3Key) == entry.keep, qPrintable(name));
    }
    QCOMPARE(report.deleted.size(), 7);
    QCOMPARE(catalog::toString(backupRecord(failedId).state), QStringLiteral("failed"));
    QCOMPARE(catalog::toString(backupRecord(pendingFailureId).state), QStringLiteral("failed"));
    QCOMPARE(catalog::toString(backupRecord(expiredFailureId).state), QStringLiteral("deleted"));
    QCOMPARE(catalog::toString(backupRecord(oldFailureId).state), QStringLiteral("deleted"));
    QVERIFY(report.deleted.contains(oldFailureId));
    QCOMPARE(catalog::toString(backupRecord(recentFailureId).state), QStringLiteral("failed"));
    QVERIFY(report.deleted.contains(expiredFailureId));
    QVERIFY(!QFile::exists(partialFile));
    const Result<QList<catalog::AuditEvent>> failureEvents = m_fixture.catalog->auditEvents(expiredFailureId, 20);
    QVERIFY(failureEvents.ok());
    QStringList failureActions;
    for (const catalog::AuditEvent &event : failureEvents.value())
        failureActions << event.action;
    QVERIFY2(failureActions.contains(QLatin1String("backup.expire")), qPrintable(failureActions.join(u' ')));
    QVERIFY2(failureActions.contains(QLatin1String("backup.delete")), qPrintable(failureActions.join(u' ')));
    // A, C, E, H, M1, M2, S and the three failed ones that stay
    QCOMPARE(m_fixture.catalog->backups(other.id)->size(), 10);

    int deleteEvents = 0;
    for (const Planned &entry : planned) {
        const QList<catalog::AuditEvent> events
            = *m_fixture.catalog->auditEvents(records.value(QString::fromLatin1(entry.name)).id, 20);
        for (const catalog::AuditEvent &event : events) {
            if (event.action == QLatin1String("backup.delete"))
                ++deleteEvents;
        }
    }
    QCOMPARE(deleteEvents, 5);
}

void TestBackupJobs::runDueTakesScheduledBackup()
{
    BackupJobs jobs = makeJobs();
    const QList<catalog::Backup> before = *m_fixture.catalog->backups(m_fixture.instance.id);

    // Two days from now, the instance's newest backup is older than its 24 hours.
    RunDueOptions options;
    options.now = catalog::nowUtc().addDays(2);
    RunDueReport report;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, options, &report); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(report.backedUp.size(), 1);
    const catalog::Backup scheduled = backupRecord(report.backedUp.first());
    QCOMPARE(scheduled.instanceId, m_fixture.instance.id);
    QCOMPARE(catalog::toString(scheduled.kind), QStringLiteral("scheduled"));
    QCOMPARE(catalog::toString(scheduled.state), QStringLiteral("completed"));
    QVERIFY(scheduled.expiresAt.isNull()); // the period slots decide
    QVERIFY(!scheduled.s3Key.isEmpty());

    // Right after it, nothing is due.
    RunDueReport second;
    const jobs::JobInfo again = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, {}, &second); });
    QVERIFY2(again.state == jobs::JobState::Succeeded, qPrintable(again.error));
    QCOMPARE(second.backedUp.size(), 0);
    QVERIFY(m_fixture.catalog->backups(m_fixture.instance.id)->size() >= before.size());
}

void TestBackupJobs::runDueReportsSkippedInstances()
{
    // Instance records in each state that run-due skips. None needs a
    // container, because none of them is backed up.
    QStringList added;
    const auto removeAdded = qScopeGuard([&] {
        for (const QString &id : std::as_const(added)) {
            const Result<catalog::Instance> current = m_fixture.catalog->instance(id);
            if (current)
                m_fixture.catalog->setInstanceStatus(id, current->rowVersion, catalog::InstanceStatus::Deleted);
        }
    });
    const auto addInstance = [&](const QString &prefix, catalog::InstanceStatus status, const QString &hostId) {
        catalog::Instance record = m_fixture.instance;
        record.name = prefix + test::shortId();
        record.databaseName = QStringLiteral("db_") + record.name;
        record.subdomain = record.name;
        record.containerId.clear();
        record.publishedPort = 0;
        record.status = status;
        record.hostId = hostId;
        const Result<catalog::Instance> created = m_fixture.catalog->createInstance(record);
        if (created)
            added << created->id;
        return created ? created->id : QString();
    };
    const QString suspended = addInstance(QStringLiteral("sus"), catalog::InstanceStatus::Suspended, m_fixture.host.id);
    const QString restoring = addInstance(QStringLiteral("rst"), catalog::InstanceStatus::Restoring, m_fixture.host.id);
    const QString off = addInstance(QStringLiteral("off"), catalog::InstanceStatus::Stopped, m_fixture.host.id);
    catalog::BackupPolicy policy;
    policy.instanceId = off;
    policy.intervalHours = 0;
    QVERIFY(m_fixture.catalog->setBackupPolicy(policy).ok());
    // A host whose engine socket does not exist.
    catalog::Host downHost = m_fixture.host;
    downHost.name = QStringLiteral("down") + test::shortId();
    downHost.dockerEndpoint = QStringLiteral("unix:///nonexistent/saasodoo-test/docker.sock");
    const Result<catalog::Host> createdHost = m_fixture.catalog->createHost(downHost);
    QVERIFY2(createdHost.ok(), qPrintable(createdHost.ok() ? QString() : createdHost.error()));
    const QString unreachable = addInstance(QStringLiteral("unr"), catalog::InstanceStatus::Stopped, createdHost->id);
    QCOMPARE(added.size(), 4);

    // The fixture's instance has a backup from this test run, so it is not due.
    BackupJobs jobs = makeJobs();
    RunDueReport report;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, {}, &report); });
    // The unreachable host counts as a failure, so that a cron run reports it.
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QLatin1String("is unreachable")), qPrintable(job.error));
    QCOMPARE(report.backedUp, QStringList());

    QMap<QString, SkippedInstance> skipped;
    for (const SkippedInstance &entry : std::as_const(report.skipped))
        skipped.insert(entry.instanceId, entry);
    QCOMPARE(skipped.value(suspended).reason, QStringLiteral("status"));
    QVERIFY2(skipped.value(suspended).message.contains(QLatin1String("suspended")),
        qPrintable(skipped.value(suspended).message));
    QCOMPARE(skipped.value(restoring).reason, QStringLiteral("busy"));
    QCOMPARE(skipped.value(off).reason, QStringLiteral("off"));
    QCOMPARE(skipped.value(unreachable).reason, QStringLiteral("unreachable"));
    QVERIFY2(skipped.value(unreachable).message.contains(downHost.name), qPrintable(skipped.value(unreachable).message));
    QCOMPARE(skipped.value(m_fixture.instance.id).reason, QStringLiteral("not-due"));
    QVERIFY2(skipped.value(m_fixture.instance.id).message.contains(QLatin1String("not due until")),
        qPrintable(skipped.value(m_fixture.instance.id).message));
    QCOMPARE(skipped.value(suspended).instanceName, m_fixture.catalog->instance(suspended)->name);
}

void TestBackupJobs::runDueIgnoresSafetyBackups()
{
    // Two days from now, the instance's scheduled and manual backups are
    // older than the 24-hour interval, but a safety backup and a final one
    // were taken an hour before. Those hold the state before a restore or a
    // deletion, so the instance is still due.
    const QDateTime now = catalog::nowUtc().addDays(2);
    QList<catalog::Backup> added;
    const auto removeAdded = qScopeGuard([&] {
        for (catalog::Backup backup : std::as_const(added)) {
            QFile::remove(backup.location);
            backup = m_fixture.catalog->backup(backup.id).value();
            backup.state = catalog::BackupState::Deleted;
            backup.location.clear();
            m_fixture.catalog->updateBackup(backup);
        }
    });
    for (const catalog::BackupKind kind : { catalog::BackupKind::Safety, catalog::BackupKind::Final }) {
        catalog::Backup recent = addLocalBackup(QStringLiteral("recent-%1.zip").arg(catalog::toString(kind)), 4096);
        QVERIFY(!recent.id.isEmpty());
        recent.kind = kind;
        recent.createdAt = now.addSecs(-3600);
        recent.expiresAt = now.addMonths(3);
        QVERIFY(m_fixture.catalog->updateBackup(recent).ok());
        added << recent;
    }

    // The dashboard's overdue rule skips them too.
    const Result<QList<OverdueBackup>> overdue = overdueBackups(*m_fixture.catalog, now.addSecs(23 * 3600));
    QVERIFY2(overdue.ok(), qPrintable(overdue.ok() ? QString() : overdue.error()));
    QStringList overdueIds;
    for (const OverdueBackup &entry : overdue.value())
        overdueIds << entry.instanceId;
    QVERIFY(overdueIds.contains(m_fixture.instance.id));

    BackupJobs jobs = makeJobs();
    RunDueOptions options;
    options.now = now;
    RunDueReport report;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, options, &report); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(report.backedUp.size(), 1);
    const catalog::Backup scheduled = backupRecord(report.backedUp.first());
    QCOMPARE(scheduled.instanceId, m_fixture.instance.id);
    QCOMPARE(catalog::toString(scheduled.kind), QStringLiteral("scheduled"));
}

void TestBackupJobs::s3ClientRejectsInvalidTarget()
{
    // Values from SAASODOO_S3_* reach the settings unchecked, so every S3
    // call checks them first.
    struct Case
    {
        const char *endpoint;
        const char *region;
        const char *bucket;
        const char *message;
    };
    const QList<Case> cases { { "ftp://s3.example.co.zw", "us-east-1", "saasodoo-test", "S3 endpoint" },
        { "", "US East", "saasodoo-test", "S3 region" }, { "", "us-east-1", "Saasodoo_Test", "S3 bucket" },
        { "", "us-east-1", "backups-s3alias", "S3 bucket" } };
    for (const Case &entry : cases) {
        BackupSettings settings = makeJobs().settings();
        const QString endpoint = QString::fromLatin1(entry.endpoint);
        settings.s3.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint);
        settings.s3.region = QString::fromLatin1(entry.region);
        settings.s3.bucket = QString::fromLatin1(entry.bucket);
        const BackupJobs jobs(m_fixture.catalogConfig, m_fixture.secrets.get(), settings);
        const Result<std::unique_ptr<storage::S3Client>> client = jobs.s3Client();
        QVERIFY2(!client.ok(), entry.bucket);
        QVERIFY2(client.error().contains(QLatin1String(entry.message)), qPrintable(client.error()));
        QVERIFY2(client.error().contains(QLatin1String("SAASODOO_S3_")), qPrintable(client.error()));
    }
}

QStringList TestBackupJobs::sideDatabases()
{
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    if (!admin.ok())
        return { admin.error() };
    const auto rows = admin.value().query(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY 1"),
        { m_fixture.plan.databaseName + QStringLiteral("\\_%") });
    QStringList names;
    if (rows.ok()) {
        for (const QStringList &row : rows->rows)
            names << row.first();
    }
    return names;
}

void TestBackupJobs::restoreIntoSwitchesOver()
{
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    QMap<QString, QString> atBackup;
    QMap<QString, QByteArray> filesAtBackup;
    {
        auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
        QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error()));
        atBackup = test::tableChecksums(role.value());
        QVERIFY(role.value().execute(QStringLiteral("CREATE TABLE after_backup (x integer)")).ok());
    }
    filesAtBackup = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
        QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName);
    QVERIFY(!filesAtBackup.isEmpty());
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());

    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error()));
    QCOMPARE(test::tableChecksums(role.value()), atBackup);
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
                 QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName),
        filesAtBackup);
    QCOMPARE(sideDatabases(), QStringList());
    const catalog::Instance instance = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("running"));
    QCOMPARE(instance.databaseName, m_fixture.instance.databaseName);
    const auto info = m_fixture.docker->inspectContainer(m_fixture.instance.containerId);
    QVERIFY(info.ok() && info->state.running);

    // The safety backup is listed with the others and contains the state before the restore.
    const QList<catalog::Backup> after = *m_fixture.catalog->backups(m_fixture.instance.id);
    QCOMPARE(int(after.size()), backupsBefore + 1);
    QCOMPARE(catalog::toString(after.first().kind), QStringLiteral("safety"));
    QCOMPARE(catalog::toString(after.first().state), QStringLiteral("completed"));
    QVERIFY(after.first().expiresAt > catalog::nowUtc().addDays(restoreHoldDays));

    // The switch-over is recorded on the instance with the job's id.
    const Result<QList<catalog::AuditEvent>> instanceEvents = m_fixture.catalog->auditEvents(m_fixture.instance.id, 50);
    QVERIFY(instanceEvents.ok());
    bool switchRecorded = false;
    for (const catalog::AuditEvent &event : instanceEvents.value()) {
        switchRecorded = switchRecorded
            || (event.action == QLatin1String("backup.restore_switched")
                && event.details.value(QStringLiteral("job_id")).toString() == job.id);
    }
    QVERIFY(switchRecorded);

    // The restore is recorded on the backup it read.
    const Result<QList<catalog::AuditEvent>> events = m_fixture.catalog->auditEvents(backupId, 20);
    QVERIFY(events.ok());
    bool recorded = false;
    for (const catalog::AuditEvent &event : events.value())
        recorded = recorded || event.action == QLatin1String("backup.restore_read");
    QVERIFY(recorded);

    // Retention right after the restore removes neither the manual backup
    // it read nor the safety backup, although they share one day.
    RunDueOptions retentionOnly;
    retentionOnly.takeBackups = false;
    RunDueReport report;
    const jobs::JobInfo retention
        = runJob([&](jobs::JobContext &context) { return jobs.runDue(context, retentionOnly, &report); });
    QVERIFY2(retention.state == jobs::JobState::Succeeded, qPrintable(retention.error));
    QVERIFY2(!report.deleted.contains(backupId), qPrintable(report.deleted.join(u' ')));
    QVERIFY(!report.deleted.contains(after.first().id));
    QCOMPARE(catalog::toString(backupRecord(backupId).state), QStringLiteral("completed"));
    QCOMPARE(catalog::toString(backupRecord(after.first().id).state), QStringLiteral("completed"));
}

void TestBackupJobs::failedRestoreLeavesOriginal_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("takesSafetyBackup");
    QTest::newRow("truncated archive") << QStringLiteral("truncate") << QStringLiteral("Nothing was changed") << false;
    QTest::newRow("corrupt dump data") << QStringLiteral("corrupt") << QStringLiteral("damaged in member dump.sql") << false;
    QTest::newRow("drop database in dump") << QStringLiteral("dropdb") << QStringLiteral("DROP DATABASE") << false;
    QTest::newRow("alter role in dump") << QStringLiteral("alterrole") << QStringLiteral("ALTER ROLE") << false;
    QTest::newRow("empty dump") << QStringLiteral("emptydump") << QStringLiteral("dump.sql is empty") << false;
    QTest::newRow("damaged filestore member")
        << QStringLiteral("filestore") << QStringLiteral("in member filestore/") << false;
}

void TestBackupJobs::failedRestoreLeavesOriginal()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QFETCH(bool, takesSafetyBackup);
    const QList<catalog::Backup> existing = *m_fixture.catalog->backups(m_fixture.instance.id);
    QVERIFY(!existing.isEmpty());
    const catalog::Backup good = existing.first();
    QVERIFY(QFile::exists(good.location));
    const QString damaged = m_backups->filePath(damage + QStringLiteral(".zip"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(good.location, damaged));
    if (damage == QLatin1String("dropdb") || damage == QLatin1String("alterrole")
        || damage == QLatin1String("emptydump")) {
        // Rewrite dump.sql: a statement on the live database or role after
        // the first line, or nothing at all.
        const QString statement = damage == QLatin1String("dropdb")
            ? QStringLiteral("DROP DATABASE %1 WITH (FORCE);").arg(m_fixture.plan.databaseName)
            : damage == QLatin1String("alterrole") ? QStringLiteral("ALTER ROLE CURRENT_USER SET statement_timeout = 1;")
                                                   : QString();
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile\n"
                               "src = zipfile.ZipFile(sys.argv[1])\n"
                               "dst = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
                               "for info in src.infolist():\n"
                               "    data = src.read(info)\n"
                               "    if info.filename == 'dump.sql':\n"
                               "        lines = data.split(b'\\n', 1)\n"
                               "        data = (lines[0] + b'\\n' + sys.argv[3].encode() + b'\\n' + lines[1]) if sys.argv[3] else b''\n"
                               "    dst.writestr(info, data)\n"
                               "dst.close()\n"),
                good.location, damaged + QStringLiteral(".new"), statement });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QVERIFY(QFile::remove(damaged));
        QVERIFY(QFile::rename(damaged + QStringLiteral(".new"), damaged));
    } else {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == QLatin1String("filestore")) {
            // One byte in the middle of the data of the largest filestore
            // member, found from its local header (30 bytes, then the name
            // and the extra field).
            QProcess python;
            python.start(QStringLiteral("python3"),
                { QStringLiteral("-c"),
                    QStringLiteral("import struct, sys, zipfile\n"
                                   "z = zipfile.ZipFile(sys.argv[1])\n"
                                   "members = [i for i in z.infolist() if i.filename.startswith('filestore/') and i.compress_size > 0]\n"
                                   "info = max(members, key=lambda i: i.compress_size)\n"
                                   "f = open(sys.argv[1], 'rb')\n"
                                   "f.seek(info.header_offset + 26)\n"
                                   "name, extra = struct.unpack('<HH', f.read(4))\n"
                                   "print(info.header_offset + 30 + name + extra + info.compress_size // 2)\n"),
                    damaged });
            QVERIFY(python.waitForFinished(60000));
            bool parsed = false;
            const qint64 offset = python.readAllStandardOutput().trimmed().toLongLong(&parsed);
            QVERIFY2(parsed, python.readAllStandardError().constData());
            QVERIFY(file.seek(offset));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(offset));
            QVERIFY(file.putChar(char(byte ^ 0x01)));
        } else {
            // Bytes inside dump.sql's deflated data, 200 bytes past its
            // local header (the writer puts that member's data last).
            QProcess python;
            python.start(QStringLiteral("python3"),
                { QStringLiteral("-c"),
                    QStringLiteral("import sys, zipfile\nprint(zipfile.ZipFile(sys.argv[1]).getinfo('dump.sql').header_offset)"),
                    damaged });
            QVERIFY(python.waitForFinished(60000));
            bool parsed = false;
            const qint64 dumpOffset = python.readAllStandardOutput().trimmed().toLongLong(&parsed);
            QVERIFY2(parsed, python.readAllStandardError().constData());
            QVERIFY(file.seek(dumpOffset + 200));
            QVERIFY(file.write(QByteArray(64, '\x5a')) == 64);
        }
    }

    QMap<QString, QString> before;
    {
        auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
        QVERIFY(role.ok());
        QVERIFY(role.value().execute(QStringLiteral("CREATE TABLE IF NOT EXISTS marker_%1 (x integer)").arg(damage)).ok());
        before = test::tableChecksums(role.value());
    }
    const QMap<QString, QByteArray> filesBefore = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
        QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName);
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());
    const QString messageBefore = m_fixture.catalog->instance(m_fixture.instance.id)->statusMessage;

    BackupJobs jobs = makeJobs();
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { {}, damaged }, m_fixture.instance.id);
    });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(message), qPrintable(job.error));
    // A tool's message that lacks a full stop gets one before the next sentence.
    static const QRegularExpression joined(QStringLiteral("[^.!?] (Nothing was changed|The instance was not changed)"));
    QVERIFY2(!joined.match(job.error).hasMatch(), qPrintable(job.error));

    auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    QVERIFY(role.ok());
    QCOMPARE(test::tableChecksums(role.value()), before);
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
                 QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName),
        filesBefore);
    QCOMPARE(sideDatabases(), QStringList());
    const catalog::Instance instance = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("running"));
    if (takesSafetyBackup)
        QVERIFY2(instance.statusMessage.contains(QLatin1String("Restore failed")), qPrintable(instance.statusMessage));
    else
        QCOMPARE(instance.statusMessage, messageBefore);
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore + (takesSafetyBackup ? 1 : 0));

    if (damage != QLatin1String("filestore"))
        return;
    // Restore as a new instance checks every member before it adds one.
    const qsizetype instancesBefore = m_fixture.catalog->instanceRows()->size();
    NewInstanceRequest request;
    request.name = QStringLiteral("crc%1").arg(test::shortId());
    request.tenantId = m_fixture.instance.tenantId;
    request.hostId = m_fixture.instance.hostId;
    provisioning::ProvisionerOptions provisionerOptions;
    provisionerOptions.network = test::dockerUnix().network;
    const jobs::JobInfo asNew = runJob([&](jobs::JobContext &context) {
        return jobs.restoreAsNew(context, RestoreSource { {}, damaged }, request, provisionerOptions);
    });
    QCOMPARE(jobs::stateName(asNew.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(asNew.error.contains(message), qPrintable(asNew.error));
    QVERIFY2(asNew.error.endsWith(QLatin1String(". Nothing was changed.")), qPrintable(asNew.error));
    QCOMPARE(m_fixture.catalog->instanceRows()->size(), instancesBefore);
}

void TestBackupJobs::restoreHoldsBackupOnlyAfterCheck()
{
    const auto restoreReads = [this](const QString &backupId) {
        int count = 0;
        for (const catalog::AuditEvent &event : m_fixture.catalog->auditEvents(backupId, 50).value())
            count += event.action == QLatin1String("backup.restore_read") ? 1 : 0;
        return count;
    };
    BackupJobs jobs = makeJobs();

    // A local file that matches its SHA-256 but is no backup.
    const catalog::Backup junk = addLocalBackup(QStringLiteral("not-a-zip.zip"), 4096);
    QVERIFY(!junk.id.isEmpty());
    jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { junk.id, {} }, m_fixture.instance.id);
    });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QLatin1String("Nothing was changed.")), qPrintable(job.error));
    QCOMPARE(restoreReads(junk.id), 0);
    QCOMPARE(backupRecord(junk.id).expiresAt, junk.expiresAt);

    // An S3 copy that is missing from the bucket: the download fails.
    catalog::Backup missing = addLocalBackup(QStringLiteral("s3-only.zip"), 4096);
    QVERIFY(QFile::remove(missing.location));
    missing.location.clear();
    missing.s3Key = m_prefix + QStringLiteral("no-such-object.zip");
    QVERIFY(m_fixture.catalog->updateBackup(missing).ok());
    job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { missing.id, {} }, m_fixture.instance.id);
    });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QLatin1String("Could not download backup")), qPrintable(job.error));
    QCOMPARE(restoreReads(missing.id), 0);

    for (const QString &id : { junk.id, missing.id })
        QVERIFY(m_fixture.catalog->markBackupDeleted(id, QStringLiteral("test clean-up")).ok());
}

void TestBackupJobs::invalidSettingsRejected_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("accepted");
    QTest::newRow("addressing") << QByteArray("SAASODOO_S3_ADDRESSING") << QStringLiteral("sideways")
                                << QStringLiteral("use path, virtual or auto");
    QTest::newRow("part size") << QByteArray("SAASODOO_S3_PART_MB") << QStringLiteral("abc")
                               << QStringLiteral("whole number of MiB from 5 to 5120");
    QTest::newRow("part size below S3's minimum")
        << QByteArray("SAASODOO_S3_PART_MB") << QStringLiteral("1") << QStringLiteral("from 5 to 5120");
    QTest::newRow("keep local") << QByteArray("SAASODOO_BACKUP_KEEP_LOCAL") << QStringLiteral("x")
                                << QStringLiteral("from -1 to 1000000");
    QTest::newRow("abandon hours") << QByteArray("SAASODOO_S3_ABANDON_HOURS") << QStringLiteral("-3")
                                   << QStringLiteral("from 0 to 100000");
    QTest::newRow("retry delay") << QByteArray("SAASODOO_S3_RETRY_DELAY_MS") << QStringLiteral("1s")
                                 << QStringLiteral("from 0 to 60000");
    QTest::newRow("idle timeout") << QByteArray("SAASODOO_S3_IDLE_TIMEOUT") << QStringLiteral("0")
                                  << QStringLiteral("whole number of seconds from 1 to 3600");
}

void TestBackupJobs::invalidSettingsRejected()
{
    QFETCH(QByteArray, variable);
    QFETCH(QString, value);
    QFETCH(QString, accepted);
    QVERIFY(qputenv(variable.constData(), value.toUtf8()));
    const auto unset = qScopeGuard([&variable] { qunsetenv(variable.constData()); });

    const BackupSettings loaded = loadBackupSettings();
    QVERIFY2(loaded.invalidSetting.startsWith(QString::fromLatin1(variable) + QStringLiteral(" is \"") + value
                 + QStringLiteral("\"")),
        qPrintable(loaded.invalidSetting));
    QVERIFY2(loaded.invalidSetting.contains(accepted), qPrintable(loaded.invalidSetting));
    QCOMPARE(loaded.keepLocalArchived, 1);

    // A job with these settings fails before it changes anything.
    BackupSettings settings = makeJobs().settings();
    settings.invalidSetting = loaded.invalidSetting;
    BackupJobs jobs(m_fixture.catalogConfig, m_fixture.secrets.get(), settings);
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual);
    });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QCOMPARE(job.error, loaded.invalidSetting + QStringLiteral(" Nothing was changed."));
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupJobs::createNamesDirectoryError()
{
    // A regular file where the instance's folder's parent should be.
    const QString blocker = m_backups->filePath(QStringLiteral("not-a-directory"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    BackupSettings settings = makeJobs().settings();
    settings.directory = blocker;
    BackupJobs jobs(m_fixture.catalogConfig, m_fixture.secrets.get(), settings);
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual);
    });
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    const QString expected = QStringLiteral("Could not create the directory %1/%2: ")
                                 .arg(blocker, m_fixture.instance.id);
    QVERIFY2(job.error.startsWith(expected), qPrintable(job.error));
    QVERIFY2(job.error.size() > expected.size() + 1, qPrintable(job.error)); // the reason
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupJobs::archiveLogsRetriesInJob()
{
    // Part 2 of 3 fails on all 6 attempts: attempts 1 to 5 are retried.
    const catalog::Backup backup = addLocalBackup(QStringLiteral("retries.zip"), 12LL * 1024 * 1024);
    QVERIFY(!backup.id.isEmpty());
    BackupJobs failingJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), failingPartSettings(2));
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id
        = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) { return failingJobs.archive(context, backup.id); });
    runner.waitForFinished(id, 600000);
    QCOMPARE(jobs::stateName(runner.job(id)->state), jobs::stateName(jobs::JobState::Failed));
    QStringList retries;
    for (const jobs::JobLogEntry &entry : store.log(id).value()) {
        if (entry.level == QLatin1String("warning") && entry.message.startsWith(QLatin1String("Part 2 of 3 failed")))
            retries << entry.message;
    }
    QCOMPARE(retries.size(), 5);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const QString retry = retries.value(attempt - 1);
        QVERIFY2(retry.startsWith(QStringLiteral("Part 2 of 3 failed on attempt %1 of 6: ").arg(attempt)),
            qPrintable(retry));
        QVERIFY2(retry.contains(QLatin1String("injected failure of part 2")), qPrintable(retry));
        QVERIFY2(retry.endsWith(QLatin1String(". Retrying.")), qPrintable(retry));
    }

    // Deleting the backup aborts the upload that the failure kept.
    BackupJobs jobs = makeJobs();
    const jobs::JobInfo removed
        = runJob([&](jobs::JobContext &context) { return jobs.remove(context, backup.id, QStringLiteral("test")); });
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
}

void TestBackupJobs::idleTimeoutEndsHungAttempts()
{
    // A server that accepts connections (the kernel completes them from
    // the listen backlog) and never replies, as a stopped gateway does.
    QTcpServer hung;
    QVERIFY(hung.listen(QHostAddress::LocalHost));
    const catalog::Backup backup = addLocalBackup(QStringLiteral("hung.zip"), 1024 * 1024);
    QVERIFY(!backup.id.isEmpty());
    BackupSettings settings = makeJobs().settings();
    settings.s3.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hung.serverPort()));
    settings.s3IdleTimeout = std::chrono::seconds(1);
    BackupJobs hungJobs(m_fixture.catalogConfig, m_fixture.secrets.get(), settings);

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    QElapsedTimer elapsed;
    elapsed.start();
    const QString id
        = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) { return hungJobs.archive(context, backup.id); });
    runner.waitForFinished(id, 600000);
    const jobs::JobInfo job = *runner.job(id);
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QLatin1String("after 1 s without data")), qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("raise the idle timeout")), qPrintable(job.error));
    // 6 attempts of about 1 s each and 5 short waits. With the fixed idle
    // timeout, each attempt took 60 s.
    QVERIFY2(elapsed.elapsed() < 40000, qPrintable(QString::number(elapsed.elapsed())));
    int retries = 0;
    for (const jobs::JobLogEntry &entry : store.log(id).value()) {
        if (entry.level == QLatin1String("warning") && entry.message.contains(QLatin1String("Retrying, attempt")))
            ++retries;
    }
    QCOMPARE(retries, 5);

    QVERIFY(m_fixture.catalog->markBackupDeleted(backup.id, QStringLiteral("test clean-up")).ok());
    for (const QString &suffix : { QString(), QStringLiteral(".s3upload.json"), QStringLiteral(".s3upload.lock") })
        QFile::remove(backup.location + suffix);
}

void TestBackupJobs::failedRestoreAsNewRemovesInstance()
{
    // A zip whose dump.sql fails on its last statement: the new instance is
    // created, the replay fails, and the instance is removed again.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const QString path = m_backups->filePath(QStringLiteral("failing-replay.zip"));
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "src = zipfile.ZipFile(sys.argv[1])\n"
                           "dst = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
                           "for info in src.infolist():\n"
                           "    data = src.read(info)\n"
                           "    if info.filename == 'dump.sql':\n"
                           "        data += b'\\nSELECT * FROM no_such_table_for_this_test;\\n'\n"
                           "    dst.writestr(info, data)\n"
                           "dst.close()\n"),
            backupRecord(backupId).location, path });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    const qsizetype instancesBefore = m_fixture.catalog->instanceRows()->size();
    NewInstanceRequest request;
    request.name = QStringLiteral("fail%1").arg(test::shortId());
    request.tenantId = m_fixture.instance.tenantId;
    // No host: the zip belongs to no instance, so the job picks one as
    // instance create does.
    provisioning::ProvisionerOptions provisionerOptions;
    provisionerOptions.network = test::dockerUnix().network;
    provisionerOptions.healthTimeout = std::chrono::seconds(90);
    provisionerOptions.initTimeout = std::chrono::seconds(180);
    QString copyId;
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString jobId = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreAsNew(context, RestoreSource { {}, path }, request, provisionerOptions, &copyId);
    });
    runner.waitForFinished(jobId, 600000);
    const jobs::JobInfo job = *runner.job(jobId);
    QStringList logLines;
    for (const jobs::JobLogEntry &entry : store.log(jobId).value())
        logLines << entry.message;
    QVERIFY2(logLines.contains(QStringLiteral("Chose host %1 for the new instance.").arg(m_fixture.host.name)),
        qPrintable(logLines.join(u'\n')));
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QStringLiteral("The new instance %1 was removed").arg(request.name)),
        qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("was not changed")), qPrintable(job.error));
    QCOMPARE(m_fixture.catalog->instanceRows()->size(), instancesBefore);
}

void TestBackupJobs::restoreDumpKeepsFilestore()
{
    // A pg_dump custom-format dump holds the database only.
    const QString path = m_backups->filePath(QStringLiteral("database-only.dump"));
    const postgres::PgEndpoint endpoint = m_fixture.roleEndpoint();
    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_fixture.rolePassword());
    dump.setProcessEnvironment(environment);
    dump.start(QStringLiteral("pg_dump"),
        { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--host=") + endpoint.host,
            QStringLiteral("--port=") + QString::number(endpoint.port), QStringLiteral("--username=") + endpoint.user,
            QStringLiteral("--file=") + path, m_fixture.plan.databaseName });
    QVERIFY(dump.waitForFinished(120000));
    QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());

    const QString filestore = QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName;
    const QMap<QString, QByteArray> filesBefore
        = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, filestore);
    QVERIFY(!filesBefore.isEmpty());

    BackupJobs jobs = makeJobs();

    // A dump whose table of contents is intact but whose last data block
    // is cut short is rejected before the safety backup, as a zip is.
    const QString truncated = m_backups->filePath(QStringLiteral("truncated.dump"));
    {
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() - 64));
    }
    const qsizetype backupsBefore = m_fixture.catalog->backups(m_fixture.instance.id, true)->size();
    const jobs::JobInfo rejected = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { {}, truncated }, m_fixture.instance.id);
    });
    QCOMPARE(jobs::stateName(rejected.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(rejected.error.contains(QLatin1String("was rejected: pg_restore could not read it")),
        qPrintable(rejected.error));
    QVERIFY2(rejected.error.contains(QLatin1String("Nothing was changed")), qPrintable(rejected.error));
    QCOMPARE(m_fixture.catalog->backups(m_fixture.instance.id, true)->size(), backupsBefore);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));

    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { {}, path }, m_fixture.instance.id);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, filestore), filesBefore);
    QCOMPARE(sideDatabases(), QStringList());
}

void TestBackupJobs::restoreZipWithoutFilestore()
{
    // A zip with dump.sql and manifest.json but no filestore/ entries must
    // not replace the live filestore with an empty one.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const catalog::Backup backup = backupRecord(backupId);
    const QString path = m_backups->filePath(QStringLiteral("no-filestore.zip"));
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "src = zipfile.ZipFile(sys.argv[1])\n"
                           "dst = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
                           "for info in src.infolist():\n"
                           "    if not info.filename.startswith('filestore/'):\n"
                           "        dst.writestr(info, src.read(info))\n"
                           "dst.close()\n"),
            backup.location, path });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    const QString filestore = QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName;
    const QMap<QString, QByteArray> filesBefore
        = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, filestore);
    QVERIFY(!filesBefore.isEmpty());

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { {}, path }, m_fixture.instance.id);
    });
    runner.waitForFinished(id, 600000);
    QVERIFY2(runner.job(id)->state == jobs::JobState::Succeeded, qPrintable(runner.job(id)->error));
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, filestore), filesBefore);
    bool warned = false;
    for (const jobs::JobLogEntry &entry : store.log(id).value()) {
        warned = warned
            || (entry.level == QLatin1String("warning")
                && entry.message.contains(QLatin1String("keeps its current filestore")));
    }
    QVERIFY(warned);
    QCOMPARE(sideDatabases(), QStringList());
}

void TestBackupJobs::restoreArchivedBackupWithPruning()
{
    // With the default of one local copy per instance, the safety backup
    // must not remove the local file of the backup being restored.
    BackupJobs jobs = makeJobs(1);
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const catalog::Backup backup = backupRecord(backupId);
    QVERIFY(!backup.s3Key.isEmpty());
    QVERIFY(QFile::exists(backup.location));

    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY(QFile::exists(backup.location));
    QCOMPARE(backupRecord(backupId).location, backup.location);
    QCOMPARE(sideDatabases(), QStringList());
}

void TestBackupJobs::restoreFallsBackToS3Copy()
{
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const catalog::Backup backup = backupRecord(backupId);
    QVERIFY(!backup.s3Key.isEmpty());
    {
        // Flip one byte of the local copy.
        QFile file(backup.location);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(backup.sizeBytes / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(backup.sizeBytes / 2));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    runner.waitForFinished(id, 600000);
    QVERIFY2(runner.job(id)->state == jobs::JobState::Succeeded, qPrintable(runner.job(id)->error));
    bool logged = false;
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        logged = logged || entry.message.contains(QLatin1String("Restoring from the S3 copy"));
    QVERIFY(logged);
    QCOMPARE(sideDatabases(), QStringList());
    // The damaged local file is left for `backup download` to replace.
    QVERIFY(QString::fromLatin1(sha256Of(backup.location)) != backup.sha256);
}

void TestBackupJobs::restoreUsesS3WhenLocalMissing()
{
    // The catalog still names the local file, but it is gone.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const catalog::Backup backup = backupRecord(backupId);
    QVERIFY(!backup.s3Key.isEmpty());
    QVERIFY(QFile::remove(backup.location));

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    runner.waitForFinished(id, 600000);
    QVERIFY2(runner.job(id)->state == jobs::JobState::Succeeded, qPrintable(runner.job(id)->error));
    bool logged = false;
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        logged = logged || entry.message.contains(QLatin1String("is missing. Restoring from the S3 copy"));
    QVERIFY(logged);
    QCOMPARE(sideDatabases(), QStringList());
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    // Neither the download nor a pinned copy of the job is left behind.
    const QDir folder(m_backups->filePath(m_fixture.instance.id));
    QCOMPARE(folder.entryList({ QStringLiteral(".restore-*") }, QDir::Files | QDir::Hidden), QStringList());

    // A restore from an intact local file leaves no pinned copy either.
    QString localId;
    const jobs::JobInfo local = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &localId);
    });
    QVERIFY2(local.state == jobs::JobState::Succeeded, qPrintable(local.error));
    const jobs::JobInfo restored = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { localId, {} }, m_fixture.instance.id);
    });
    QVERIFY2(restored.state == jobs::JobState::Succeeded, qPrintable(restored.error));
    QVERIFY(QFile::exists(backupRecord(localId).location));
    QCOMPARE(folder.entryList({ QStringLiteral(".restore-*") }, QDir::Files | QDir::Hidden), QStringList());
}

void TestBackupJobs::secondRestoreRejected()
{
    // Restore A claims the instance first; restore B and a manual backup
    // that start meanwhile are rejected and change nothing.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id, true)->size());

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString first = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.catalog->instance(m_fixture.instance.id)->status
                == catalog::InstanceStatus::Restoring
            || jobs::isFinal(runner.job(first)->state),
        60000);
    QVERIFY2(!jobs::isFinal(runner.job(first)->state), "the first restore ended before the second could start");

    const jobs::JobInfo second = runJob([&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    QCOMPARE(jobs::stateName(second.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(second.error.contains(QLatin1String("is being restored")), qPrintable(second.error));
    QVERIFY2(second.error.contains(first), qPrintable(second.error));
    QVERIFY2(second.error.contains(QLatin1String("Nothing was changed")), qPrintable(second.error));

    const jobs::JobInfo backup = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual);
    });
    QCOMPARE(jobs::stateName(backup.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(backup.error.contains(QLatin1String("is being restored")), qPrintable(backup.error));
    QVERIFY2(backup.error.contains(first), qPrintable(backup.error));

    QVERIFY(runner.waitForFinished(first, 600000));
    QVERIFY2(runner.job(first)->state == jobs::JobState::Succeeded, qPrintable(runner.job(first)->error));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    // Only the first restore's safety backup was added.
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id, true)->size()), backupsBefore + 1);
    QCOMPARE(sideDatabases(), QStringList());
}

void TestBackupJobs::restoreAsNewInstance()
{
    // Back up, archive and drop the local file, so the restore downloads
    // the S3 copy and checks it first.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    catalog::Backup backup = backupRecord(backupId);
    QVERIFY(!backup.s3Key.isEmpty());
    QVERIFY(QFile::remove(backup.location));
    backup.location.clear();
    QVERIFY(m_fixture.catalog->updateBackup(backup).ok());

    QMap<QString, QString> atBackup;
    QMap<QString, QString> identity;
    const QString identityQuery = QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = $1");
    {
        auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
            m_fixture.plan.databaseName);
        QVERIFY(role.ok());
        atBackup = test::tableChecksums(role.value());
        for (const QString &key : { QStringLiteral("database.uuid"), QStringLiteral("database.secret") })
            identity.insert(key, role.value().query(identityQuery, { key })->value(0, 0));
    }
    const QMap<QString, QByteArray> filesAtBackup = test::fileHashes(*m_fixture.docker,
        m_fixture.instance.containerId, QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName);

    NewInstanceRequest request;
    request.name = QStringLiteral("cp%1").arg(test::shortId());
    provisioning::ProvisionerOptions provisionerOptions;
    provisionerOptions.network = test::dockerUnix().network;
    provisionerOptions.healthTimeout = std::chrono::seconds(90);
    provisionerOptions.initTimeout = std::chrono::seconds(180);
    QString copyId;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) {
        return jobs.restoreAsNew(context, RestoreSource { backupId, {} }, request, provisionerOptions, &copyId);
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const catalog::Instance copy = *m_fixture.catalog->instance(copyId);
    const auto removeCopy = qScopeGuard([&] {
        provisioning::Provisioner provisioner(m_fixture.catalogConfig, m_fixture.secrets.get(), provisionerOptions);
        runJob([&](jobs::JobContext &context) { return provisioner.remove(context, copyId); });
    });
    QCOMPARE(catalog::toString(copy.status), QStringLiteral("running"));
    // The status names the backup, not the job's temporary copy of it.
    QVERIFY2(copy.statusMessage.contains(backupId), qPrintable(copy.statusMessage));
    QVERIFY2(!copy.statusMessage.contains(QLatin1String(".restore-")), qPrintable(copy.statusMessage));
    QCOMPARE(copy.tenantId, m_fixture.instance.tenantId);
    QCOMPARE(copy.odooVersion, QStringLiteral("18.0"));
    QVERIFY(copy.databaseName != m_fixture.plan.databaseName);
    QVERIFY(!QFile::exists(m_backups->filePath(m_fixture.instance.id + QStringLiteral("/.restore-") + backupId
        + QStringLiteral(".zip"))));

    const QString copyRole = provisioning::planInstance(copy, *m_fixture.catalog->tenant(copy.tenantId),
        m_fixture.host, provisionerOptions.network)
                                 ->roleName;
    postgres::PgEndpoint endpoint = m_fixture.adminEndpoint();
    endpoint.user = copyRole;
    auto restored = postgres::PgConnection::open(endpoint,
        m_fixture.readSecret(secrets::SecretStore::instanceKey(copyId, QStringLiteral("db-password"))),
        copy.databaseName);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error()));
    QMap<QString, QString> copied = test::tableChecksums(restored.value());
    // ir_config_parameter differs by the new identity only, res_users by
    // the admin's new password.
    atBackup.remove(QStringLiteral("ir_config_parameter"));
    copied.remove(QStringLiteral("ir_config_parameter"));
    atBackup.remove(QStringLiteral("res_users"));
    copied.remove(QStringLiteral("res_users"));
    QCOMPARE(copied, atBackup);
    for (auto it = identity.cbegin(); it != identity.cend(); ++it) {
        const QString value = restored.value().query(identityQuery, { it.key() })->value(0, 0);
        QVERIFY2(!value.isEmpty() && value != it.value(), qPrintable(it.key()));
    }
    QCOMPARE(test::fileHashes(*m_fixture.docker, copy.containerId,
                 QStringLiteral("/var/lib/odoo/filestore/") + copy.databaseName),
        filesAtBackup);

    // The copy's admin signs in with the password in the keychain, and the
    // original's password no longer matches it.
    const QString adminPassword
        = m_fixture.readSecret(secrets::SecretStore::instanceKey(copyId, QStringLiteral("admin-password")));
    const QString originalPassword = m_fixture.readSecret(
        secrets::SecretStore::instanceKey(m_fixture.instance.id, QStringLiteral("admin-password")));
    QVERIFY(!adminPassword.isEmpty());
    QVERIFY(adminPassword != originalPassword);
    const QString url = QStringLiteral("http://127.0.0.1:%1/web/session/authenticate").arg(copy.publishedPort);
    const auto authenticate = [&](const QString &password) {
        const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
            { QStringLiteral("method"), QStringLiteral("call") },
            { QStringLiteral("params"),
                QJsonObject { { QStringLiteral("db"), copy.databaseName }, { QStringLiteral("login"), copy.adminEmail },
                    { QStringLiteral("password"), password } } } };
        return provisioning::httpRequest(url, QJsonDocument(request).toJson(), std::chrono::seconds(10));
    };
    // The switch-over restarted the container, so wait until Odoo responds.
    provisioning::HttpReply accepted = authenticate(adminPassword);
    for (int attempt = 0; attempt < 60 && accepted.status == 0; ++attempt) {
        QThread::sleep(1);
        accepted = authenticate(adminPassword);
    }
    QVERIFY2(accepted.status == 200L, qPrintable(accepted.transportError));
    const QJsonObject session = QJsonDocument::fromJson(accepted.body).object().value(QStringLiteral("result")).toObject();
    QVERIFY2(session.value(QStringLiteral("uid")).toInt() > 0, accepted.body.constData());
    const provisioning::HttpReply rejected = authenticate(originalPassword);
    QCOMPARE(rejected.status, 200L);
    QVERIFY2(QJsonDocument::fromJson(rejected.body).object().contains(QStringLiteral("error")), rejected.body.constData());
}

void TestBackupJobs::cancelledBackupRemovesPartial()
{
    QVERIFY(addBulkTable(m_fixture));
    const QString directory = m_backups->filePath(m_fixture.instance.id);
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());

    BackupJobs jobs = makeJobs();
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    QString backupId;
    // A final backup, because only a completed one of that kind has no expiry.
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Final, &backupId);
    });
    // Cancel as soon as the partial zip exists.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(directory).entryList({ QStringLiteral("*.partial") }, QDir::Files).isEmpty()
            || jobs::isFinal(runner.job(id)->state),
        60000);
    QVERIFY2(!QDir(directory).entryList({ QStringLiteral("*.partial") }, QDir::Files).isEmpty(),
        "the backup finished before it could be cancelled");
    QVERIFY(runner.cancel(id));
    QVERIFY(runner.waitForFinished(id, 120000));
    QCOMPARE(jobs::stateName(runner.job(id)->state), jobs::stateName(jobs::JobState::Cancelled));

    QCOMPARE(QDir(directory).entryList({ QStringLiteral("*.partial") }, QDir::Files), QStringList());
    const catalog::Backup failed = backupRecord(backupId);
    QCOMPARE(catalog::toString(failed.state), QStringLiteral("failed"));
    QVERIFY2(failed.error.contains(QLatin1String("Cancelled")), qPrintable(failed.error));
    QVERIFY(failed.location.isEmpty());
    QVERIFY(failed.expiresAt.isValid());
    QVERIFY(failed.expiresAt > failed.createdAt);
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore + 1);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupJobs::cancelledRestoreSaysCancelled()
{
    QVERIFY(addBulkTable(m_fixture));
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    // Cancel once the safety backup is done, during the replay.
    const auto safetyTaken = [&] {
        for (const jobs::JobLogEntry &entry : store.log(id).value()) {
            if (entry.message.startsWith(QLatin1String("Safety backup")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(safetyTaken() || jobs::isFinal(runner.job(id)->state), 120000);
    QVERIFY2(!jobs::isFinal(runner.job(id)->state), "the restore finished before it could be cancelled");
    QVERIFY(runner.cancel(id));
    QVERIFY(runner.waitForFinished(id, 120000));
    const jobs::JobInfo job = *runner.job(id);
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Cancelled));
    QVERIFY2(job.error.startsWith(QLatin1String("Cancelled by the admin")), qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("failed")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("The instance was not changed")), qPrintable(job.error));
    QCOMPARE(sideDatabases(), QStringList());
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupJobs::deleteRefusesRunningSafetyBackup()
{
    // A restore job of the instance that is still running, as another
    // process records it in the catalog, and the safety backup it took.
    catalog::Job restore;
    restore.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    restore.kind = QStringLiteral("backup.restore");
    restore.targetType = QStringLiteral("instance");
    restore.targetId = m_fixture.instance.id;
    restore.state = catalog::JobState::Running;
    restore.createdAt = catalog::nowUtc().addSecs(-60);
    const Result<catalog::Job> stored = m_fixture.catalog->createJob(restore);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
    catalog::Backup safety = addLocalBackup(QStringLiteral("safety-of-running.zip"), 4096);
    QVERIFY(!safety.id.isEmpty());
    {
        // addLocalBackup makes a manual backup of yesterday: make it the
        // restore's safety backup with raw SQL, which updateBackup() keeps.
        QSqlQuery query(m_fixture.catalog->database());
        query.prepare(QStringLiteral("UPDATE backups SET kind = 'safety', created_at = ? WHERE id = ?"));
        query.addBindValue(catalog::encodeTime(catalog::nowUtc()));
        query.addBindValue(safety.id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    BackupJobs jobs = makeJobs();
    const jobs::JobInfo refused
        = runJob([&](jobs::JobContext &context) { return jobs.remove(context, safety.id, QStringLiteral("test")); });
    QCOMPARE(jobs::stateName(refused.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(refused.error.contains(QStringLiteral("safety backup of restore job %1").arg(restore.id)),
        qPrintable(refused.error));
    QVERIFY(QFile::exists(safety.location));

    // Once the restore has ended, the safety backup can go.
    catalog::Job ended = m_fixture.catalog->job(restore.id).value();
    ended.state = catalog::JobState::Succeeded;
    ended.finishedAt = catalog::nowUtc();
    QVERIFY(m_fixture.catalog->updateJob(ended).ok());
    const jobs::JobInfo removed
        = runJob([&](jobs::JobContext &context) { return jobs.remove(context, safety.id, QStringLiteral("test")); });
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    QVERIFY(!QFile::exists(safety.location));
}

void TestBackupJobs::restoreFileKeepsOwnIdentity()
{
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    // A copy outside the catalog, as an admin passes a file: its manifest
    // names the instance's own database.
    const QString file = m_backups->filePath(QStringLiteral("own-database.zip"));
    QFile::remove(file);
    QVERIFY(QFile::copy(backupRecord(backupId).location, file));

    const QString identityQuery = QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = $1");
    const auto readIdentity = [&]() {
        QMap<QString, QString> identity;
        auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
            m_fixture.plan.databaseName);
        if (!role.ok())
            return identity;
        for (const QString &key : { QStringLiteral("database.uuid"), QStringLiteral("database.secret") })
            identity.insert(key, role.value().query(identityQuery, { key })->value(0, 0));
        return identity;
    };
    const QMap<QString, QString> before = readIdentity();
    QCOMPARE(before.size(), 2);
    QVERIFY(!before.value(QStringLiteral("database.uuid")).isEmpty());

    const auto restoreWith = [&](RestoreIdentity identity, QStringList *log) {
        jobs::InMemoryJobStore store;
        jobs::JobRunner runner(&store);
        InPlaceRestoreOptions options;
        options.identity = identity;
        const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
            return jobs.restoreInto(context, RestoreSource { {}, file }, m_fixture.instance.id, options);
        });
        runner.waitForFinished(id, 600000);
        for (const jobs::JobLogEntry &entry : store.log(id).value())
            *log << entry.message;
        return *runner.job(id);
    };
    QStringList log;
    const jobs::JobInfo kept = restoreWith(RestoreIdentity::Automatic, &log);
    QVERIFY2(kept.state == jobs::JobState::Succeeded, qPrintable(kept.error));
    QCOMPARE(readIdentity(), before);
    QVERIFY2(log.join(u'\n').contains(QStringLiteral("Keeping the backup's database.uuid and database.secret: the "
                                                     "backup is instance %1's own database")
                                          .arg(m_fixture.instance.name)),
        qPrintable(log.join(u'\n')));

    log.clear();
    const jobs::JobInfo copied = restoreWith(RestoreIdentity::Copied, &log);
    QVERIFY2(copied.state == jobs::JobState::Succeeded, qPrintable(copied.error));
    const QMap<QString, QString> after = readIdentity();
    QVERIFY(after.value(QStringLiteral("database.uuid")) != before.value(QStringLiteral("database.uuid")));
    QVERIFY(after.value(QStringLiteral("database.secret")) != before.value(QStringLiteral("database.secret")));
    QVERIFY2(log.join(u'\n').contains(QLatin1String("gets a new database.uuid and database.secret")),
        qPrintable(log.join(u'\n')));
    QFile::remove(file);
}

void TestBackupJobs::killedPsqlLeavesOriginal()
{
    QVERIFY(addBulkTable(m_fixture));
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));

    QMap<QString, QString> before;
    {
        auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
            m_fixture.plan.databaseName);
        QVERIFY(role.ok());
        QVERIFY(role.value().execute(QStringLiteral("CREATE TABLE IF NOT EXISTS marker_killed (x integer)")).ok());
        before = test::tableChecksums(role.value());
    }
    const QMap<QString, QByteArray> filesBefore = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
        QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName);

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.restoreInto(context, RestoreSource { backupId, {} }, m_fixture.instance.id);
    });
    // Kill the psql that replays the dump, started by this process's job.
    pid_t psql = 0;
    QTRY_VERIFY_WITH_TIMEOUT((psql = childProcess("psql")) != 0 || jobs::isFinal(runner.job(id)->state),
        120000);
    QVERIFY2(psql != 0, "the restore finished before psql could be killed");
    QTest::qWait(300);
    QCOMPARE(::kill(psql, SIGKILL), 0);
    QVERIFY(runner.waitForFinished(id, 120000));
    const jobs::JobInfo job = *runner.job(id);
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(job.error.contains(QLatin1String("The instance was not changed")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("psql")), qPrintable(job.error));

    auto role = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY(role.ok());
    QCOMPARE(test::tableChecksums(role.value()), before);
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
                 QStringLiteral("/var/lib/odoo/filestore/") + m_fixture.plan.databaseName),
        filesBefore);
    QCOMPARE(sideDatabases(), QStringList());
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    QVERIFY(role.value().execute(QStringLiteral("DROP TABLE bulk")).ok());
}

void TestBackupJobs::interruptedSwitchRolledBack()
{
    // The state a restore leaves when its process dies during the switch:
    // the databases swapped, the filestore directories not yet, the
    // container stopped and the instance "restoring".
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const QString live = m_fixture.plan.databaseName;
    const QString role = m_fixture.plan.roleName;
    {
        auto asRole = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), live);
        QVERIFY(asRole.ok());
        QVERIFY(asRole.value().execute(QStringLiteral("CREATE TABLE original_marker (x integer)")).ok());
    }
    const QString root = QStringLiteral("/var/lib/odoo/filestore/");
    const QString container = m_fixture.instance.containerId;
    const QMap<QString, QByteArray> originalFiles = test::fileHashes(*m_fixture.docker, container, root + live);

    const QDateTime jobCreatedAt = catalog::nowUtc();
    const catalog::Instance before = *m_fixture.catalog->instance(m_fixture.instance.id);
    QVERIFY(m_fixture.catalog
                ->setInstanceStatus(before.id, before.rowVersion, catalog::InstanceStatus::Restoring,
                    QStringLiteral("Restore in progress."))
                .ok());
    const QString stamp = catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString fresh = live + QStringLiteral("_restore_") + stamp;
    const QString old = live + QStringLiteral("_old_") + stamp;
    RestoreTarget target;
    target.adminEndpoint = m_fixture.adminEndpoint();
    target.adminPassword = m_fixture.adminPassword();
    target.role = role;
    target.rolePassword = m_fixture.rolePassword();
    target.database = fresh;
    target.client = m_fixture.docker.get();
    target.containerId = container;
    const Result<RestoreReport> restored
        = restoreBackup(backupRecord(backupId).location, target, RestoreOptions {});
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error()));
    QVERIFY(m_fixture.docker->stopContainer(container, std::chrono::seconds(30)).ok());
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY(admin.ok());
    QVERIFY(renameOwnedDatabase(admin.value(), live, old, role).ok());
    QVERIFY(renameOwnedDatabase(admin.value(), fresh, live, role).ok());

    const jobs::JobInfo cleaned = runJob([&](jobs::JobContext &context) {
        return jobs.cleanUpInterrupted(context, QStringLiteral("backup.restore"), m_fixture.instance.id, jobCreatedAt);
    });
    QVERIFY2(cleaned.state == jobs::JobState::Succeeded, qPrintable(cleaned.error));

    // The original database and filestore are live again, nothing is left beside them.
    auto asRole = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), live);
    QVERIFY(asRole.ok());
    const auto marker = asRole.value().query(QStringLiteral("SELECT to_regclass('original_marker') IS NOT NULL"));
    QVERIFY(marker.ok());
    QCOMPARE(marker->value(0, 0), QStringLiteral("t"));
    QCOMPARE(sideDatabases(), QStringList());
    QCOMPARE(test::fileHashes(*m_fixture.docker, container, root + live), originalFiles);
    QVERIFY(!m_fixture.docker->statPath(container, root + fresh).ok());
    const catalog::Instance after = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    const auto info = m_fixture.docker->inspectContainer(container);
    QVERIFY(info.ok() && info->state.running);
}

void TestBackupJobs::finishedSwitchRolledForward()
{
    // The state a restore leaves when its process dies right after the
    // switch-over: the restored database and filestore live, the previous
    // ones kept as "_old_", the switch-over recorded, the instance still
    // "restoring". A customer then writes a row. The clean-up must keep the
    // restored data and the row.
    BackupJobs jobs = makeJobs();
    QString backupId;
    const jobs::JobInfo made = runJob([&](jobs::JobContext &context) {
        return jobs.create(context, m_fixture.instance.id, catalog::BackupKind::Manual, &backupId);
    });
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const QString live = m_fixture.plan.databaseName;
    const QString role = m_fixture.plan.roleName;
    const QString root = QStringLiteral("/var/lib/odoo/filestore/");
    const QString container = m_fixture.instance.containerId;
    const QMap<QString, QByteArray> backupFiles = test::fileHashes(*m_fixture.docker, container, root + live);
    {
        auto asRole = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), live);
        QVERIFY(asRole.ok());
        QVERIFY(asRole.value().execute(QStringLiteral("CREATE TABLE before_restore_marker (x integer)")).ok());
    }

    const QString jobId = QStringLiteral("job-switched-%1").arg(test::shortId());
    const QDateTime jobCreatedAt = catalog::nowUtc();
    const catalog::Instance before = *m_fixture.catalog->instance(m_fixture.instance.id);
    QVERIFY(m_fixture.catalog
                ->setInstanceStatus(before.id, before.rowVersion, catalog::InstanceStatus::Restoring,
                    QStringLiteral("Restore in progress."))
                .ok());
    const QString stamp = catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString fresh = live + QStringLiteral("_restore_") + stamp;
    const QString old = live + QStringLiteral("_old_") + stamp;
    RestoreTarget target;
    target.adminEndpoint = m_fixture.adminEndpoint();
    target.adminPassword = m_fixture.adminPassword();
    target.role = role;
    target.rolePassword = m_fixture.rolePassword();
    target.database = fresh;
    target.client = m_fixture.docker.get();
    target.containerId = container;
    const Result<RestoreReport> restored
        = restoreBackup(backupRecord(backupId).location, target, RestoreOptions {});
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error()));
    QVERIFY(m_fixture.docker->stopContainer(container, std::chrono::seconds(30)).ok());
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY(admin.ok());
    QVERIFY(renameOwnedDatabase(admin.value(), live, old, role).ok());
    QVERIFY(renameOwnedDatabase(admin.value(), fresh, live, role).ok());
    QVERIFY(runWithVolumes(*m_fixture.docker, container,
        { QStringLiteral("mv"), QStringLiteral("--"), root + live, root + old }).ok());
    QVERIFY(runWithVolumes(*m_fixture.docker, container,
        { QStringLiteral("mv"), QStringLiteral("--"), root + fresh, root + live }).ok());
    QVERIFY(m_fixture.catalog
                ->recordAudit(QStringLiteral("backup.restore_switched"), QStringLiteral("instance"), before.id,
                    { { QStringLiteral("job_id"), jobId }, { QStringLiteral("database"), live },
                        { QStringLiteral("previous_database"), old },
                        { QStringLiteral("previous_filestore"), QString(root + old) } })
                .ok());
    // The job had started the container on the restored data when it died,
    // and a customer wrote a row.
    QVERIFY(m_fixture.docker->startContainer(container).ok());
    {
        auto asRole = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), live);
        QVERIFY(asRole.ok());
        QVERIFY(asRole.value().execute(QStringLiteral("CREATE TABLE after_switch_row (x integer)")).ok());
        QVERIFY(asRole.value().execute(QStringLiteral("INSERT INTO after_switch_row VALUES (42)")).ok());
    }
    // The restart published a port that the catalog does not record yet,
    // and the killed job left a helper container behind.
    const auto started = m_fixture.docker->inspectContainer(container);
    QVERIFY(started.ok());
    const int actualPort = started->ports.value(QStringLiteral("8069/tcp")).value(0).hostPort.toInt();
    QVERIFY(actualPort > 0);
    {
        catalog::Instance stale = *m_fixture.catalog->instance(m_fixture.instance.id);
        stale.publishedPort = actualPort == 65000 ? 65001 : 65000;
        QVERIFY(m_fixture.catalog->updateInstance(stale).ok());
    }
    const QString helper = addLeftoverHelper(jobId);
    QVERIFY(!helper.isEmpty());

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString cleanupId = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return jobs.cleanUpInterrupted(
            context, QStringLiteral("backup.restore"), m_fixture.instance.id, jobCreatedAt, jobId);
    });
    QVERIFY(runner.waitForFinished(cleanupId, 600000));
    const jobs::JobInfo cleaned = *runner.job(cleanupId);
    QVERIFY2(cleaned.state == jobs::JobState::Succeeded, qPrintable(cleaned.error));

    // The restored data and the new row stay live; the original is kept as "_old_".
    auto asRole = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), live);
    QVERIFY(asRole.ok());
    const auto row = asRole.value().query(QStringLiteral("SELECT x FROM after_switch_row"));
    QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error()));
    QCOMPARE(row->value(0, 0), QStringLiteral("42"));
    const auto marker = asRole.value().query(QStringLiteral("SELECT to_regclass('before_restore_marker') IS NULL"));
    QVERIFY(marker.ok());
    QCOMPARE(marker->value(0, 0), QStringLiteral("t"));
    QCOMPARE(test::fileHashes(*m_fixture.docker, container, root + live), backupFiles);
    QCOMPARE(sideDatabases(), QStringList { old });
    QVERIFY(m_fixture.docker->statPath(container, root + old).ok());
    const catalog::Instance after = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    // The clean-up stops and starts the container, so the catalog records
    // the port the engine published on that start.
    const auto info = m_fixture.docker->inspectContainer(container);
    QVERIFY(info.ok() && info->state.running);
    QVERIFY(after.publishedPort != (actualPort == 65000 ? 65001 : 65000));
    QCOMPARE(after.publishedPort, info->ports.value(QStringLiteral("8069/tcp")).value(0).hostPort.toInt());
    const auto helperAfter = m_fixture.docker->inspectContainer(helper);
    QVERIFY(!helperAfter.ok());
    QVERIFY(helperAfter.dockerError().isNotFound());
    // The log names the kept copy and the command that drops it.
    bool named = false;
    bool command = false;
    const Result<QList<jobs::JobLogEntry>> log = store.log(cleanupId);
    QVERIFY(log.ok());
    for (const jobs::JobLogEntry &entry : log.value()) {
        named = named || entry.message.contains(old);
        command = command || entry.message.contains(QStringLiteral("DROP DATABASE \"%1\"").arg(old));
    }
    QVERIFY(named);
    QVERIFY(command);

    // Leave only the live names for the other tests.
    QVERIFY(dropOwnedDatabase(admin.value(), old, role).ok());
    QVERIFY(runWithVolumes(*m_fixture.docker, container,
        { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), root + old }).ok());
}

void TestBackupJobs::failedRestoreCleanUpMarksError()
{
    // A restore recorded its switch-over and died, and its live database is
    // then missing, so the roll-forward fails. The instance must end in
    // error naming the job, not "restoring" with a job that no longer runs.
    BackupJobs jobs = makeJobs();
    const QString live = m_fixture.plan.databaseName;
    const QString role = m_fixture.plan.roleName;
    const QString container = m_fixture.instance.containerId;
    const QString moved = live + QStringLiteral("_moved");
    const QString jobId = QStringLiteral("job-failing-cleanup-%1").arg(test::shortId());
    const QDateTime jobCreatedAt = catalog::nowUtc();
    const catalog::Instance before = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(before.status), QStringLiteral("running"));
    QVERIFY(m_fixture.catalog
                ->setInstanceStatus(before.id, before.rowVersion, catalog::InstanceStatus::Restoring,
                    QStringLiteral("Restore job %1 is running.").arg(jobId))
                .ok());
    QVERIFY(m_fixture.catalog
                ->recordAudit(QStringLiteral("backup.restore_switched"), QStringLiteral("instance"), before.id,
                    { { QStringLiteral("job_id"), jobId }, { QStringLiteral("database"), live },
                        { QStringLiteral("previous_database"), QString(live + QStringLiteral("_old_x")) },
                        { QStringLiteral("previous_filestore"), QString() } })
                .ok());
    QVERIFY(m_fixture.docker->stopContainer(container, std::chrono::seconds(30)).ok());
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY(admin.ok());
    QVERIFY(renameOwnedDatabase(admin.value(), live, moved, role).ok());
    const auto putBack = qScopeGuard([&] {
        renameOwnedDatabase(admin.value(), moved, live, role);
        m_fixture.docker->startContainer(container);
        const catalog::Instance current = *m_fixture.catalog->instance(m_fixture.instance.id);
        m_fixture.catalog->setInstanceStatus(current.id, current.rowVersion, catalog::InstanceStatus::Running);
    });

    const jobs::JobInfo cleaned = runJob([&](jobs::JobContext &context) {
        return jobs.cleanUpInterrupted(
            context, QStringLiteral("backup.restore"), m_fixture.instance.id, jobCreatedAt, jobId);
    });
    QCOMPARE(jobs::stateName(cleaned.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(cleaned.error.contains(QLatin1String("is missing")), qPrintable(cleaned.error));
    const catalog::Instance after = *m_fixture.catalog->instance(m_fixture.instance.id);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("error"));
    QVERIFY2(after.statusMessage.contains(jobId), qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QLatin1String("is missing")), qPrintable(after.statusMessage));
}

QString TestBackupJobs::addLeftoverHelper(const QString &jobId)
{
    docker::ContainerSpec spec;
    spec.image = m_fixture.plan.image;
    spec.entrypoint = { QStringLiteral("true") };
    spec.labels.insert(QLatin1String(provisioning::labelManaged), QStringLiteral("true"));
    spec.labels.insert(QLatin1String(provisioning::labelRole), QLatin1String(provisioning::helperRole));
    spec.labels.insert(QLatin1String(provisioning::labelInstance), m_fixture.instance.id);
    spec.labels.insert(QLatin1String(provisioning::labelHost), m_fixture.host.id);
    if (!jobId.isEmpty())
        spec.labels.insert(QLatin1String(provisioning::labelJob), jobId);
    spec.volumeMounts << docker::VolumeMount { m_fixture.plan.volumeName, QStringLiteral("/var/lib/odoo"), false };
    const docker::DockerResult<docker::ContainerCreated> created = m_fixture.docker->createContainer(spec);
    if (!created.ok()) {
        qWarning() << "could not create a helper container:" << created.error();
        return {};
    }
    return created->id;
}

void TestBackupJobs::helperLabelledWithoutRestart()
{
    // On a stopped container, runWithVolumes() runs the command in a helper
    // container, which a clean-up and 'host check' find by its labels.
    const QString container = m_fixture.instance.containerId;
    QVERIFY(m_fixture.docker->stopContainer(container, std::chrono::seconds(30)).ok());
    const auto startAgain = qScopeGuard([&] { m_fixture.docker->startContainer(container); });
    const QString jobId = QStringLiteral("job-helper-%1").arg(test::shortId());
    Status ran = makeError(QStringLiteral("not run"));
    std::thread worker([&] {
        ran = runWithVolumes(*m_fixture.docker, container, { QStringLiteral("sleep"), QStringLiteral("3") }, {},
            jobId);
    });
    const auto joinWorker = qScopeGuard([&] {
        if (worker.joinable())
            worker.join();
    });

    docker::ContainerListOptions filter;
    filter.labels = { QLatin1String(provisioning::labelJob) + u'=' + jobId };
    QList<docker::ContainerSummary> found;
    QTRY_VERIFY_WITH_TIMEOUT((found = m_fixture.docker->listContainers(filter).value()).size() == 1, 10000);
    const auto helper = m_fixture.docker->inspectContainer(found.first().id);
    QVERIFY(helper.ok());
    QCOMPARE(helper->restartPolicy.name, QStringLiteral("no"));
    QCOMPARE(helper->labels.value(QLatin1String(provisioning::labelRole)), QLatin1String(provisioning::helperRole));
    QCOMPARE(helper->labels.value(QLatin1String(provisioning::labelInstance)), m_fixture.instance.id);
    QCOMPARE(helper->labels.value(QLatin1String(provisioning::labelHost)), m_fixture.host.id);

    worker.join();
    QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error()));
    QCOMPARE(m_fixture.docker->listContainers(filter).value().size(), 0);
}

void TestBackupJobs::deleteRemovesRestoreLeftovers()
{
    // A roll-forward clean-up keeps "<db>_old_<time>", owned by the
    // instance's role, and a killed restore may leave a helper container on
    // the volume. The delete removes both and does not stop half-way.
    const QString live = m_fixture.plan.databaseName;
    const QString role = m_fixture.plan.roleName;
    const QString old = live + QStringLiteral("_old_") + catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY(admin.ok());
    QVERIFY(createOwnedDatabase(admin.value(), old, role).ok());
    const QString helper = addLeftoverHelper(QStringLiteral("job-gone-%1").arg(test::shortId()));
    QVERIFY(!helper.isEmpty());

    // 'host check' lists the helper, whose job the catalog does not know.
    provisioning::Reconciler reconciler(m_fixture.catalogConfig, m_fixture.secrets.get());
    const Result<QList<provisioning::Drift>> drifts = reconciler.reconcileHost(m_fixture.host.id);
    QVERIFY2(drifts.ok(), qPrintable(drifts.ok() ? QString() : drifts.error()));
    bool listed = false;
    for (const provisioning::Drift &drift : drifts.value())
        listed = listed || (drift.kind == provisioning::Drift::Kind::LeftoverHelper && drift.containerId == helper);
    QVERIFY(listed);

    provisioning::Provisioner provisioner(m_fixture.catalogConfig, m_fixture.secrets.get());
    const QString instanceId = m_fixture.instance.id;
    const jobs::JobInfo deleted = runJob([&](jobs::JobContext &context) {
        return provisioner.remove(context, instanceId);
    });
    QVERIFY2(deleted.state == jobs::JobState::Succeeded, qPrintable(deleted.error));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("deleted"));
    for (const QString &database : { old, live }) {
        const Result<bool> exists = backup::databaseExists(admin.value(), database);
        QVERIFY2(exists.ok(), qPrintable(database));
        QVERIFY2(!exists.value(), qPrintable(database));
    }
    QVERIFY(m_fixture.docker->inspectContainer(helper).dockerError().isNotFound());
    QVERIFY(m_fixture.docker->inspectVolume(m_fixture.plan.volumeName).dockerError().isNotFound());
    m_fixture.instance.id.clear();
}

QTEST_GUILESS_MAIN(TestBackupJobs)
#include "tst_backupjobs.moc"
