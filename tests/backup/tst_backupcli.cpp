// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `saasodoo backup` and `saasodoo restore` against the harness: a stand-in
// instance, PostgreSQL, the keychain and Ceph RGW, driven through the CLI.
#include "backupfixture.h"

#include "core/backup/backupjobs.h"
#include "core/backup/backupjobsprivate.h"
#include "core/backup/backupreader.h"
#include "core/backup/databaseadmin.h"
#include "core/backup/retention.h"
#include "core/storage/s3client.h"

#include "tests/support/testservices.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <unistd.h>

using namespace saasodoo;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughCli();
    void rejectsBadRequests();
    void sigtermCancelsBackup();
    void killedBackupCleanedUp();
    void killedRestoreAsNewCleanedUp();
    void safetyBackupNeedsLocalSpace();
    void unpointedRecordCleanedUp();
    void failedRestoreCleanedUp();
    void fullDiskNamesPathAndSize();
    void archiveCommandAndHelp();
    void killedDuringDownloadCleanedUp();
    void downloadNeedsSpaceForSafety();
    void dumpAsNewNeedsVersion();
    void dumpOfOtherSeriesRejected();
    void restoreAsNewRejectsMarkupName();
    void deleteTakesFinalBackup();
    void failedScheduledListsExpiry();
    void missingDatabaseRestoredWithoutSafety();
    void damagedBackupNotCountedAsDue();
    void restoreFlagsExclusive();

private:
    Outcome run(const QStringList &arguments, const QByteArray &input = {});
    Outcome runWith(const QProcessEnvironment &environment, const QStringList &arguments);
    QProcessEnvironment environment() const;
    // Starts `saasodoo backup create` while a lock keeps pg_dump waiting, and
    // returns once the job has begun writing. `job` receives the job's id.
    bool startBlockedBackup(QProcess &process, postgres::PgConnection &locker, QString *job);
    QString backupDirectory() const;
    void checkNoSecrets(const Outcome &outcome);
    // Names of the databases and roles on the harness's server, and of the
    // containers and volumes on its engine, to compare before and after.
    QStringList serverObjects();
    // Creates a backup through the CLI and removes its local file, so that
    // a restore downloads it from S3. Returns its catalog record.
    catalog::Backup createS3OnlyBackup();
    // Runs the CLI in a mount namespace of its own with SAASODOO_BACKUP_DIR
    // on a tmpfs of `tmpfsBytes`. The mount is invisible outside that namespace.
    Outcome runOnTmpfs(const QString &directory, qint64 tmpfsBytes, const QStringList &arguments);
    // Writes a custom-format dump of the fixture instance's database to
    // `path` with pg_dump, passing `extraArguments` on.
    void dumpFixtureDatabase(const QString &path, const QStringList &extraArguments = {});

    test::BackupFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_prefix;
    QStringList m_secrets;
};

void TestBackupCli::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const QString failure = m_fixture.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_directory = std::make_unique<QTemporaryDir>();
    m_prefix = QStringLiteral("backupcli-%1/").arg(test::shortId());

    // The CLI reads the console's keychain service: copy the fixture's
    // secrets there (both live in the harness's private keychain).
    secrets::SecretStore console;
    const QString dbKey = secrets::SecretStore::instanceKey(m_fixture.instance.id, QStringLiteral("db-password"));
    const QString pgKey = secrets::SecretStore::hostKey(m_fixture.host.id, QStringLiteral("pg-password"));
    for (const QString &key : { dbKey, pgKey }) {
        const QString value = m_fixture.readSecret(key);
        QVERIFY(!value.isEmpty());
        QFuture<Status> written = console.write(key, value);
        written.waitForFinished();
        QVERIFY(written.result().ok());
        m_secrets << value;
    }
    m_secrets << test::s3().secretKey << test::s3().oddSecretKey;
}

void TestBackupCli::cleanupTestCase()
{
    m_fixture.tearDown();
}

QProcessEnvironment TestBackupCli::environment() const
{
    const test::S3Service s3 = test::s3();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SAASODOO_CATALOG"), m_fixture.catalogConfig.sqlitePath);
    environment.insert(QStringLiteral("SAASODOO_BACKUP_DIR"), m_directory->filePath(QStringLiteral("backups")));
    environment.insert(QStringLiteral("SAASODOO_S3_ENDPOINT"), s3.endpoint);
    environment.insert(QStringLiteral("SAASODOO_S3_REGION"), s3.region);
    environment.insert(QStringLiteral("SAASODOO_S3_BUCKET"), s3.bucket);
    environment.insert(QStringLiteral("SAASODOO_S3_RETRY_DELAY_MS"), QStringLiteral("20"));
    environment.insert(QStringLiteral("SAASODOO_S3_PREFIX"), m_prefix);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_directory->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_directory->filePath(QStringLiteral("data")));
    return environment;
}

QString TestBackupCli::backupDirectory() const
{
    return m_directory->filePath(QStringLiteral("backups/") + m_fixture.instance.id);
}

Outcome TestBackupCli::runWith(const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(600000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

Outcome TestBackupCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(600000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

void TestBackupCli::checkNoSecrets(const Outcome &outcome)
{
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(!outcome.out.contains(secret.toUtf8()));
        QVERIFY(!outcome.err.contains(secret.toUtf8()));
    }
}

void TestBackupCli::roundTripThroughCli()
{
    // The harness's second key pair: '@' in the id, '/' and '@' in the
    // secret, as AWS secret keys often have '/'.
    const test::S3Service s3 = test::s3();
    QVERIFY2(!s3.oddAccessKey.isEmpty(),
        "SAASODOO_TEST_S3_ODD_ACCESS_KEY is not set: restart the harness (tests/harness/services).");
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("set-s3-credentials") },
        (s3.oddAccessKey + u'\n' + s3.oddSecretKey + u'\n').toUtf8());
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    checkNoSecrets(outcome);

    const QString name = m_fixture.instance.name;
    outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    checkNoSecrets(outcome);
    const QJsonObject created = QJsonDocument::fromJson(outcome.out).object();
    const QString backupId = created.value(QStringLiteral("id")).toString();
    QVERIFY(!backupId.isEmpty());
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
    QVERIFY(created.value(QStringLiteral("warnings")).isArray());
    QVERIFY(created.value(QStringLiteral("s3_key")).toString().startsWith(m_prefix));
    const QString sha256 = created.value(QStringLiteral("sha256")).toString();
    QCOMPARE(QString::fromLatin1(sha256Of(created.value(QStringLiteral("location")).toString())), sha256);
    QVERIFY(outcome.err.contains("Archive to S3") || outcome.err.contains("Uploaded"));

    outcome = run({ QStringLiteral("backup"), QStringLiteral("list"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(outcome.out).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), backupId);
    outcome = run({ QStringLiteral("backup"), QStringLiteral("list") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(outcome.out.contains(backupId.toUtf8()));
    QVERIFY(outcome.out.contains("local s3"));
    // The INSTANCE column names the instance.
    const QList<QByteArray> listLines = outcome.out.split('\n');
    const auto backupLine = std::find_if(listLines.begin(), listLines.end(),
        [&backupId](const QByteArray &line) { return line.contains(backupId.toUtf8()); });
    QVERIFY(backupLine != listLines.end());
    QVERIFY2(backupLine->contains(QByteArray(" " + name.toUtf8() + " ")), backupLine->constData());

    outcome = run({ QStringLiteral("backup"), QStringLiteral("verify"), backupId, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(!QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("verified_at")).toString().isEmpty());
    // The 8-character prefix that a table shows names the backup too.
    outcome = run({ QStringLiteral("backup"), QStringLiteral("verify"), backupId.left(8) });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains(backupId.toUtf8()), outcome.out.constData());

    // A local file deleted outside the tool: verify names the command that fetches it again.
    const QString location = created.value(QStringLiteral("location")).toString();
    const QString moved = location + QStringLiteral(".moved");
    QVERIFY(QFile::rename(location, moved));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("verify"), backupId });
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains(QStringLiteral("saasodoo backup download %1").arg(backupId).toUtf8()),
        outcome.err.constData());
    QVERIFY(QFile::rename(moved, location));

    const QString copy = m_directory->filePath(QStringLiteral("copy.zip"));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("download"), backupId, QStringLiteral("--output"), copy });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QCOMPARE(QString::fromLatin1(sha256Of(copy)), sha256);
    outcome = run({ QStringLiteral("backup"), QStringLiteral("download"), backupId, QStringLiteral("--output"), copy });
    QCOMPARE(outcome.exitCode, 3); // the file exists already

    // A file belongs to no catalogued instance, so a new instance needs its
    // tenant (the host is chosen as instance create chooses it).
    outcome = run({ QStringLiteral("restore"), copy, QStringLiteral("--new"), QStringLiteral("orphan") });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("belongs to no instance in the catalog, so the new instance has no tenant. Name "
                                  "one with --tenant."),
        outcome.err.constData());
    QVERIFY(m_fixture.catalog->instanceRows()->size() == 1);
    // With the tenant given, the host is chosen; when none can take the
    // limits, the admin is asked for one and nothing is created.
    outcome = run({ QStringLiteral("restore"), copy, QStringLiteral("--new"), QStringLiteral("orphan"),
        QStringLiteral("--tenant"), m_fixture.tenant.slug, QStringLiteral("--memory"), QStringLiteral("4000G") });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("No host can take an instance"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("Name a host for the new instance with --host."), outcome.err.constData());
    QVERIFY(m_fixture.catalog->instanceRows()->size() == 1);

    // Restore the copy (a file) into the instance: the safety backup joins the list.
    outcome = run({ QStringLiteral("restore"), copy, QStringLiteral("--into"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    checkNoSecrets(outcome);
    QVERIFY(outcome.err.contains("Safety backup"));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("list"), name, QStringLiteral("--json") });
    const QJsonArray afterRestore = QJsonDocument::fromJson(outcome.out).array();
    QCOMPARE(afterRestore.size(), 2);
    QCOMPARE(afterRestore.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("safety"));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));

    // Invalid sizing or admin options are rejected before anything runs.
    const QString copyName = QStringLiteral("cp%1").arg(test::shortId());
    const QList<QStringList> invalidOptions { { QStringLiteral("--cpu"), QStringLiteral("many") },
        { QStringLiteral("--cpu"), QStringLiteral("-1") }, { QStringLiteral("--memory"), QStringLiteral("2Q") },
        { QStringLiteral("--admin-email"), QStringLiteral("not-an-email") } };
    for (const QStringList &invalid : invalidOptions) {
        outcome = run(QStringList { QStringLiteral("restore"), backupId, QStringLiteral("--new"), copyName } + invalid);
        QVERIFY2(outcome.exitCode == 3, qPrintable(invalid.join(u' ') + QLatin1String(": ") + QString::fromUtf8(outcome.err)));
        QVERIFY2(!outcome.err.contains("Started: backup.restore-new"), outcome.err.constData());
    }

    // Restore the catalogued backup as a new instance with its own sizing
    // and admin login, then delete that instance.
    const QString adminLogin = QStringLiteral("admin-%1@example.com").arg(test::shortId());
    outcome = run({ QStringLiteral("restore"), backupId, QStringLiteral("--new"), copyName, QStringLiteral("--network"),
        test::dockerUnix().network, QStringLiteral("--cpu"), QStringLiteral("0.5"), QStringLiteral("--memory"),
        QStringLiteral("768M"), QStringLiteral("--admin-email"), adminLogin, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    {
        catalog::InstanceFilter byName;
        byName.text = copyName;
        const QList<catalog::InstanceRow> rows = *m_fixture.catalog->instanceRows(byName);
        QCOMPARE(rows.size(), 1);
        const catalog::Instance copy = *m_fixture.catalog->instance(rows.first().id);
        QCOMPARE(copy.cpuLimit, 0.5);
        QCOMPARE(copy.memoryLimitBytes, 768LL * 1024 * 1024);
        QCOMPARE(copy.adminEmail, adminLogin);
        // The copy revokes CONNECT from PUBLIC, so the check reads it as the harness's superuser.
        const test::PostgresService server = test::postgres();
        auto role = postgres::PgConnection::open({ server.host, server.port, server.superuser }, server.superpassword,
            copy.databaseName);
        QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error()));
        const auto login = role.value().query(QStringLiteral(
            "SELECT login FROM res_users WHERE id = (SELECT res_id FROM ir_model_data WHERE module = 'base' "
            "AND name = 'user_admin' AND model = 'res.users')"));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error()));
        QCOMPARE(login->value(0, 0), adminLogin);
    }
    checkNoSecrets(outcome);
    const QJsonObject copied = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(copied.value(QStringLiteral("name")).toString(), copyName);
    // Named as instance create names databases: "<tenant slug>_<name>".
    QCOMPARE(copied.value(QStringLiteral("database")).toString(),
        QString(m_fixture.tenant.slug + u'_' + copyName).toLower().replace(u'-', u'_'));
    QCOMPARE(copied.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    outcome = run({ QStringLiteral("instance"), QStringLiteral("delete"), copyName, QStringLiteral("--yes") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());

    outcome = run({ QStringLiteral("backup"), QStringLiteral("delete"), backupId });
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.err.contains("--yes"));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("delete"), backupId, QStringLiteral("--yes") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(!QFile::exists(created.value(QStringLiteral("location")).toString()));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    bool sawDeleted = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == backupId)
            sawDeleted = value.toObject().value(QStringLiteral("state")).toString() == QLatin1String("deleted");
    }
    QVERIFY(sawDeleted);

    outcome = run({ QStringLiteral("backup"), QStringLiteral("policy"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("daily")).toInt(), 7);
    QVERIFY(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("default")).toBool());
    outcome = run({ QStringLiteral("backup"), QStringLiteral("policy"), name, QStringLiteral("--daily"),
        QStringLiteral("14"), QStringLiteral("--interval-hours"), QStringLiteral("0"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonObject policy = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(policy.value(QStringLiteral("daily")).toInt(), 14);
    QCOMPARE(policy.value(QStringLiteral("weekly")).toInt(), 4);
    QCOMPARE(policy.value(QStringLiteral("interval_hours")).toInt(), 0);
    QVERIFY(!policy.value(QStringLiteral("default")).toBool());
    outcome = run({ QStringLiteral("backup"), QStringLiteral("policy"), name, QStringLiteral("--monthly"),
        QStringLiteral("-2") });
    QCOMPARE(outcome.exitCode, 3);
    outcome = run({ QStringLiteral("backup"), QStringLiteral("policy"), name, QStringLiteral("--weekly"),
        QStringLiteral("many") });
    QCOMPARE(outcome.exitCode, 3);

    outcome = run({ QStringLiteral("backup"), QStringLiteral("run-due"), QStringLiteral("--retention-only"),
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonObject due = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(due.value(QStringLiteral("backed_up")).toArray().size(), 0);
    QCOMPARE(due.value(QStringLiteral("deleted")).toArray().size(), 0);
    checkNoSecrets(outcome);

    // The policy above turned scheduled backups off, so a full pass skips
    // the instance and names the reason.
    outcome = run({ QStringLiteral("backup"), QStringLiteral("run-due"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonArray skipped = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    const QJsonObject off = skipped.first().toObject();
    QCOMPARE(off.value(QStringLiteral("instance")).toString(), name);
    QCOMPARE(off.value(QStringLiteral("instance_id")).toString(), m_fixture.instance.id);
    QCOMPARE(off.value(QStringLiteral("reason")).toString(), QStringLiteral("off"));
    QVERIFY2(off.value(QStringLiteral("message")).toString().contains(QLatin1String("interval 0 hours")),
        outcome.out.constData());
    outcome = run({ QStringLiteral("backup"), QStringLiteral("run-due") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains(QStringLiteral("Skipped %1 (off): its backup policy").arg(name).toUtf8()),
        outcome.out.constData());
    QVERIFY2(outcome.out.contains("1 instances skipped"), outcome.out.constData());
}

void TestBackupCli::rejectsBadRequests()
{
    const QString name = m_fixture.instance.name;
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("frobnicate") });
    QCOMPARE(outcome.exitCode, 2);
    outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("no-such-instance") });
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY(outcome.err.contains("not found"));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("verify"), catalog::newId() });
    QCOMPARE(outcome.exitCode, 3);
    outcome = run({ QStringLiteral("restore"), QStringLiteral("/nonexistent.zip"), QStringLiteral("--into"), name });
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY(outcome.err.contains("neither a backup id"));
    outcome = run({ QStringLiteral("restore"), QStringLiteral("x"), QStringLiteral("--into"), name,
        QStringLiteral("--new"), QStringLiteral("copy") });
    QCOMPARE(outcome.exitCode, 2);
    outcome = run({ QStringLiteral("restore"), QStringLiteral("x"), QStringLiteral("--into"), name,
        QStringLiteral("--odoo-version"), QStringLiteral("17.0") });
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("--odoo-version applies only to --new"), outcome.err.constData());
    outcome = run({ QStringLiteral("restore"), m_directory->path(), QStringLiteral("--into"), name });
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.err.contains("is a folder"), outcome.err.constData());

    // An invalid setting stops the command before a job starts, and the
    // error names the variable, its value and the accepted forms.
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());
    const struct {
        const char *variable;
        const char *value;
        const char *accepted;
    } invalidSettings[] = {
        { "SAASODOO_S3_ADDRESSING", "sideways", "use path, virtual or auto" },
        { "SAASODOO_S3_PART_MB", "abc", "from 5 to 5120" },
        { "SAASODOO_BACKUP_KEEP_LOCAL", "x", "from -1 to" },
        { "SAASODOO_S3_IDLE_TIMEOUT", "0", "from 1 to 3600" },
    };
    for (const auto &setting : invalidSettings) {
        QProcessEnvironment invalid = environment();
        invalid.insert(QString::fromLatin1(setting.variable), QString::fromLatin1(setting.value));
        outcome = runWith(invalid, { QStringLiteral("backup"), QStringLiteral("create"), name });
        QCOMPARE(outcome.exitCode, 3);
        const QByteArray quoted = QByteArray("\"") + setting.value + "\"";
        QVERIFY2(outcome.err.contains(setting.variable), outcome.err.constData());
        QVERIFY2(outcome.err.contains(quoted), outcome.err.constData());
        QVERIFY2(outcome.err.contains(setting.accepted), outcome.err.constData());
        QVERIFY2(!outcome.err.contains("Job "), outcome.err.constData());
    }
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore);

    // An endpoint with a user name and password (with '/' and '@' in them
    // too) stops the command before a job starts, and the error does not
    // repeat them.
    for (const QString &endpoint : { QStringLiteral("http://AKIAUSER:Secret123@127.0.0.1:9"),
             QStringLiteral("AKIAUSER:Secret123@127.0.0.1:9"), QStringLiteral("http://127.0.0.1:9/?token=Secret123"),
             QStringLiteral("http://AKIAUSER:Sec/ret123@127.0.0.1:9"),
             QStringLiteral("http://AKIAUSER:Se@cret123@127.0.0.1:9"),
             QStringLiteral("http://AKIA@USER:Secret123@127.0.0.1:9") }) {
        QProcessEnvironment withPassword = environment();
        withPassword.insert(QStringLiteral("SAASODOO_S3_ENDPOINT"), endpoint);
        outcome = runWith(withPassword, { QStringLiteral("backup"), QStringLiteral("create"), name });
        QVERIFY2(outcome.exitCode == 3, outcome.err.constData());
        QVERIFY2(outcome.err.contains("SAASODOO_S3_ENDPOINT is invalid: S3 endpoint"), outcome.err.constData());
        QVERIFY2(!outcome.err.contains("Job "), outcome.err.constData());
        for (const char *part : { "Secret123", "Sec/ret", "cret123", "AKIA" })
            QVERIFY2(!outcome.err.contains(part), outcome.err.constData());
    }
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore);

    // An access key id with '/' cannot be sent in a SigV4 credential, so
    // it is rejected when stored, and the stored keys stay.
    outcome = run({ QStringLiteral("backup"), QStringLiteral("set-s3-credentials") },
        QByteArray("AKIA/EXAMPLE\nsecret/with@signs\n"));
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.err.contains("S3 access key id is invalid: it contains \"/\""), outcome.err.constData());
    QVERIFY2(outcome.err.contains("Nothing was stored."), outcome.err.constData());
    QVERIFY2(!outcome.err.contains("secret/with@signs"), outcome.err.constData());
    secrets::SecretStore console;
    QFuture<Result<QString>> stored = console.read(secrets::SecretStore::settingKey(QLatin1String(backup::s3AccessKeyName)));
    stored.waitForFinished();
    QVERIFY2(stored.result().ok(), qPrintable(stored.result().error()));
    QCOMPARE(stored.result().value(), test::s3().oddAccessKey);

    // A file that is no backup is rejected before anything changes.
    const QString junk = m_directory->filePath(QStringLiteral("junk.zip"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a zip");
    file.close();
    outcome = run({ QStringLiteral("restore"), junk, QStringLiteral("--into"), name, QStringLiteral("--json") });
    QCOMPARE(outcome.exitCode, 4);
    const QJsonObject rejected = QJsonDocument::fromJson(outcome.out).object();
    QVERIFY2(rejected.value(QStringLiteral("error")).toString().contains(QLatin1String("Nothing was changed")),
        outcome.out.constData());
}

bool TestBackupCli::startBlockedBackup(QProcess &process, postgres::PgConnection &locker, QString *job)
{
    // pg_dump locks every table before it reads, so it waits for this lock.
    if (!locker.execute(QStringLiteral("BEGIN")).ok()
        || !locker.execute(QStringLiteral("LOCK TABLE ir_attachment IN ACCESS EXCLUSIVE MODE")).ok())
        return false;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name, QStringLiteral("--json") });
    if (!process.waitForStarted(30000))
        return false;
    process.closeWriteChannel();
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    static const QRegularExpression jobLine(QStringLiteral("Job ([0-9a-f-]{36}) \\(backup.create\\)"));
    while (waited.elapsed() < 60000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
        if (!err.contains(" of instance "))
            continue;
        // Give pg_dump a moment to reach the lock.
        QThread::msleep(500);
        const QRegularExpressionMatch match = jobLine.match(QString::fromUtf8(err));
        if (!match.hasMatch())
            return false;
        *job = match.captured(1);
        return true;
    }
    qWarning("saasodoo backup create did not start writing (state %d): %s %s", int(process.state()), err.constData(),
        process.readAllStandardOutput().constData());
    return false;
}

void TestBackupCli::sigtermCancelsBackup()
{
    const QString instanceId = m_fixture.instance.id;
    const int backupsBefore = int(m_fixture.catalog->backups(instanceId, true)->size());
    auto locker = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY2(locker.ok(), qPrintable(locker.ok() ? QString() : locker.error()));
    QProcess process;
    QString jobId;
    QVERIFY(startBlockedBackup(process, locker.value(), &jobId));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("backing_up"));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(60000));
    locker.value().execute(QStringLiteral("ROLLBACK"));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 143, err.constData());
    QVERIFY2(err.contains("SIGTERM"), err.constData());

    // The instance is back in its state, the backup failed, the job cancelled.
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("running"));
    const QList<catalog::Backup> backups = m_fixture.catalog->backups(instanceId, true).value();
    QCOMPARE(int(backups.size()), backupsBefore + 1);
    const catalog::Backup cancelled = backups.first();
    QCOMPARE(catalog::toString(cancelled.state), QStringLiteral("failed"));
    QVERIFY2(cancelled.error.contains(QLatin1String("Cancelled")), qPrintable(cancelled.error));
    QVERIFY(cancelled.location.isEmpty());
    const Result<catalog::Job> job = m_fixture.catalog->job(jobId);
    QVERIFY(job.ok());
    QCOMPARE(catalog::toString(job->state), QStringLiteral("cancelled"));

    // The CLI names the state as the Backups pane does.
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("list"), m_fixture.instance.name,
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QString listedState;
    for (const QJsonValue &entry : QJsonDocument::fromJson(outcome.out).array()) {
        if (entry.toObject().value(QStringLiteral("id")).toString() == cancelled.id)
            listedState = entry.toObject().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(listedState, QStringLiteral("cancelled"));
    outcome = run({ QStringLiteral("backup"), QStringLiteral("list"), m_fixture.instance.name });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains("cancelled"), outcome.out.constData());

    // Nothing partial is left in the backup directory.
    const QStringList partial = QDir(backupDirectory()).entryList({ QStringLiteral("*.partial") }, QDir::Files);
    QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u' ')));
}

void TestBackupCli::killedBackupCleanedUp()
{
    const QString instanceId = m_fixture.instance.id;
    auto locker = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY2(locker.ok(), qPrintable(locker.ok() ? QString() : locker.error()));
    QProcess process;
    QString jobId;
    QVERIFY(startBlockedBackup(process, locker.value(), &jobId));

    // pg_dump's session waits for the lock. Each query on this connection
    // runs in a transaction of its own, so it reads pg_stat_activity afresh.
    auto watcher = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY2(watcher.ok(), qPrintable(watcher.ok() ? QString() : watcher.error()));
    const auto dumpSessions = [&]() -> int {
        const Result<postgres::PgRows> rows = watcher.value().query(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' AND datname = $1"),
            { m_fixture.plan.databaseName });
        return rows.ok() ? rows->value(0, 0).toInt() : -1;
    };
    QElapsedTimer sinceStart;
    sinceStart.start();
    while (dumpSessions() != 1 && sinceStart.elapsed() < 30000)
        QThread::msleep(100);
    QCOMPARE(dumpSessions(), 1);

    process.kill(); // SIGKILL: no clean-up runs
    QVERIFY(process.waitForFinished(60000));

    // pg_dump dies with the CLI, and its backend notices the closed
    // connection while it still waits for the lock.
    QElapsedTimer sinceKill;
    sinceKill.start();
    while (dumpSessions() != 0 && sinceKill.elapsed() < 5000)
        QThread::msleep(100);
    QCOMPARE(dumpSessions(), 0);
    locker.value().execute(QStringLiteral("ROLLBACK"));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("backing_up"));
    const catalog::Backup stuck = m_fixture.catalog->backups(instanceId, true)->first();
    QCOMPARE(catalog::toString(stuck.state), QStringLiteral("running"));

    // 'instance show' names the job and the command that repairs it.
    Outcome outcome = run({ QStringLiteral("instance"), QStringLiteral("show"), m_fixture.instance.name });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains(QStringLiteral("saasodoo job cleanup %1").arg(jobId).toUtf8()),
        outcome.out.constData());

    // A resume is refused; a clean-up finds the dead owner and undoes the job.
    outcome = run({ QStringLiteral("job"), QStringLiteral("resume"), jobId });
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.err.contains("cannot be resumed"), outcome.err.constData());
    outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("running"));

    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("running"));
    const catalog::Backup cleaned = m_fixture.catalog->backup(stuck.id).value();
    QCOMPARE(catalog::toString(cleaned.state), QStringLiteral("failed"));
    QVERIFY(cleaned.location.isEmpty());
    QVERIFY(!QFile::exists(stuck.location));
    QVERIFY(!QFile::exists(stuck.location + QStringLiteral(".partial")));
    QCOMPARE(catalog::toString(m_fixture.catalog->job(jobId)->state), QStringLiteral("cancelled"));
    outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QCOMPARE(outcome.exitCode, 3); // no longer interrupted
}

QStringList TestBackupCli::serverObjects()
{
    QStringList objects;
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    if (!admin.ok())
        return { QStringLiteral("error: ") + admin.error() };
    // Scratch catalogs of other suites (catalog_test_*) are not this
    // suite's objects, so they are left out of the comparison.
    for (const QString &query : { QStringLiteral("SELECT 'database ' || datname FROM pg_database "
                                                 "WHERE datname NOT LIKE 'catalog\\_test\\_%'"),
             QStringLiteral("SELECT 'role ' || rolname FROM pg_roles") }) {
        const Result<postgres::PgRows> rows = admin.value().query(query);
        if (!rows.ok())
            return { QStringLiteral("error: ") + rows.error() };
        for (const QStringList &row : rows->rows)
            objects << row.at(0);
    }
    const auto containers = m_fixture.docker->listContainers();
    if (!containers.ok())
        return { QStringLiteral("error: ") + containers.error() };
    for (const docker::ContainerSummary &container : containers.value())
        objects << QStringLiteral("container ") + container.id;
    const auto volumes = m_fixture.docker->listVolumes();
    if (!volumes.ok())
        return { QStringLiteral("error: ") + volumes.error() };
    for (const docker::VolumeInfo &volume : volumes.value())
        objects << QStringLiteral("volume ") + volume.name;
    objects.sort();
    return objects;
}

void TestBackupCli::killedRestoreAsNewCleanedUp()
{
    // A backup whose dump.sql sleeps before its first COPY, so the restore
    // is surely in its database step when the process is killed.
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name,
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString original = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("location")).toString();
    const QString slow = m_directory->filePath(QStringLiteral("slow.zip"));
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as target:\n"
        "    for info in source.infolist():\n"
        "        data = source.read(info)\n"
        "        if info.filename == 'dump.sql':\n"
        "            data = data.replace(b'\\nCOPY ', b'\\nSELECT pg_sleep(120);\\nCOPY ', 1)\n"
        "        target.writestr(info.filename, data)\n");
    QCOMPARE(QProcess::execute(QStringLiteral("python3"), { QStringLiteral("-c"), script, original, slow }), 0);

    const QStringList before = serverObjects();
    QVERIFY2(!before.isEmpty() && !before.first().startsWith(QLatin1String("error")), qPrintable(before.value(0)));
    const int instancesBefore = int(m_fixture.catalog->instanceRows()->size());

    const QString copyName = QStringLiteral("killed%1").arg(test::shortId());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("restore"), slow, QStringLiteral("--new"), copyName, QStringLiteral("--tenant"),
            m_fixture.tenant.slug, QStringLiteral("--host"), m_fixture.host.name, QStringLiteral("--network"),
            test::dockerUnix().network });
    QVERIFY(process.waitForStarted(30000));
    process.closeWriteChannel();

    // Wait until psql is connected to the restore's new database.
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    QByteArray err;
    bool restoring = false;
    QElapsedTimer waited;
    waited.start();
    while (!restoring && waited.elapsed() < 480000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(500);
        err += process.readAllStandardError();
        if (!err.contains("Restore into a new database"))
            continue;
        const Result<postgres::PgRows> sessions = admin.value().query(QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE '%\\_restore\\_%' AND datname LIKE $1"),
            { QString(m_fixture.tenant.slug + u'_' + copyName).toLower().replace(u'-', u'_') + QStringLiteral("%") });
        QVERIFY2(sessions.ok(), qPrintable(sessions.ok() ? QString() : sessions.error()));
        restoring = sessions->value(0, 0).toInt() > 0;
    }
    QVERIFY2(restoring, err.constData());
    static const QRegularExpression jobLine(QStringLiteral("Job ([0-9a-f-]{36}) \\(backup.restore-new\\)"));
    const QRegularExpressionMatch match = jobLine.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const QString jobId = match.captured(1);
    process.kill(); // SIGKILL to the CLI's pid: no clean-up runs
    QVERIFY(process.waitForFinished(60000));

    // The job names the new instance, whose objects exist until the clean-up.
    const Result<catalog::Job> stuck = m_fixture.catalog->job(jobId);
    QVERIFY(stuck.ok());
    QCOMPARE(stuck->targetType, QStringLiteral("instance"));
    const QString copyId = stuck->targetId;
    QCOMPARE(m_fixture.catalog->instance(copyId)->name, copyName);
    secrets::SecretStore console;
    const QStringList secretKeys { secrets::SecretStore::instanceKey(copyId, QStringLiteral("db-password")),
        secrets::SecretStore::instanceKey(copyId, QStringLiteral("admin-password")),
        secrets::SecretStore::instanceKey(copyId, QStringLiteral("master-password")) };
    for (const QString &key : secretKeys.first(2)) {
        QFuture<Result<QString>> read = console.read(key);
        read.waitForFinished();
        QVERIFY2(read.result().ok(), qPrintable(key));
    }
    QVERIFY(serverObjects() != before);

    outcome = run({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QString listedState;
    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == jobId)
            listedState = value.toObject().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(listedState, QStringLiteral("interrupted"));

    outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, QByteArray(outcome.err + outcome.out).constData());
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("deleted"));
    // The clean-up deletes the instance, so its log offers no retry.
    QVERIFY2(outcome.err.contains(QByteArray("Removed instance " + copyName.toUtf8())), outcome.err.constData());
    QVERIFY2(!outcome.err.contains("instance retry"), outcome.err.constData());

    // Nothing of the new instance is left: databases, roles, containers and
    // volumes are as before, and so is the original instance.
    const QStringList after = serverObjects();
    QStringList added;
    QStringList removed;
    for (const QString &object : after) {
        if (!before.contains(object))
            added << object;
    }
    for (const QString &object : before) {
        if (!after.contains(object))
            removed << object;
    }
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("left behind: ") + added.join(QStringLiteral(", "))));
    QVERIFY2(removed.isEmpty(), qPrintable(QStringLiteral("removed: ") + removed.join(QStringLiteral(", "))));
    secrets::SecretStore uncached; // `console` keeps what it read in memory
    for (const QString &key : secretKeys) {
        QFuture<Result<QString>> read = uncached.read(key);
        read.waitForFinished();
        QVERIFY2(!read.result().ok(), qPrintable(key));
    }
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(copyId)->status), QStringLiteral("deleted"));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);
    QCOMPARE(catalog::toString(m_fixture.catalog->job(jobId)->state), QStringLiteral("cancelled"));
    outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QCOMPARE(outcome.exitCode, 3); // no longer interrupted
}

void TestBackupCli::safetyBackupNeedsLocalSpace()
{
    const QString instanceId = m_fixture.instance.id;
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name,
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString backupId = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("id")).toString();
    const int backupsBefore = int(m_fixture.catalog->backups(instanceId, true)->size());
    const QStringList before = serverObjects();

    // The backup directory is a 256 KiB tmpfs, mounted in a mount namespace
    // of the CLI's own, so nothing outside the test sees it.
    const QString small = m_directory->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    QProcessEnvironment environment = this->environment();
    environment.insert(QStringLiteral("SAASODOO_BACKUP_DIR"), small);
    QStringList arguments { QStringLiteral("--mount") };
    if (::getuid() != 0)
        arguments << QStringLiteral("--map-root-user");
    arguments << QStringLiteral("sh") << QStringLiteral("-c")
              << QStringLiteral("mount -t tmpfs -o size=256k tmpfs \"$1\" && shift && exec \"$@\"")
              << QStringLiteral("sh") << small << QStringLiteral(SAASODOO_CLI_PATH) << QStringLiteral("restore")
              << backupId << QStringLiteral("--into") << m_fixture.instance.name << QStringLiteral("--json");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"), arguments);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(300000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 4, err.constData());
    const QString error
        = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("Not enough free space for the safety backup")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("is free")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Nothing was changed")), qPrintable(error));

    // Nothing changed: no new backup record, no database, the same state.
    QCOMPARE(int(m_fixture.catalog->backups(instanceId, true)->size()), backupsBefore);
    QCOMPARE(serverObjects(), before);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instanceId)->status), QStringLiteral("running"));
    const QStringList written = QDir(small).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u' ')));
}

catalog::Backup TestBackupCli::createS3OnlyBackup()
{
    const test::S3Service s3 = test::s3();
    const Outcome stored = run({ QStringLiteral("backup"), QStringLiteral("set-s3-credentials") },
        (s3.accessKey + u'\n' + s3.secretKey + u'\n').toUtf8());
    if (stored.exitCode != 0)
        qFatal("set-s3-credentials failed: %s", stored.err.constData());
    const Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name,
        QStringLiteral("--json") });
    if (outcome.exitCode != 0)
        qFatal("backup create failed: %s", outcome.err.constData());
    const QString id = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("id")).toString();
    catalog::Backup backup = m_fixture.catalog->backup(id).value();
    if (backup.s3Key.isEmpty())
        qFatal("backup %s has no S3 copy", qPrintable(id));
    QFile::remove(backup.location);
    backup.location.clear();
    if (!m_fixture.catalog->updateBackup(backup).ok())
        qFatal("could not clear the local path of backup %s", qPrintable(id));
    return backup;
}

Outcome TestBackupCli::runOnTmpfs(const QString &directory, qint64 tmpfsBytes, const QStringList &arguments)
{
    QDir().mkpath(directory);
    QProcessEnvironment environment = this->environment();
    environment.insert(QStringLiteral("SAASODOO_BACKUP_DIR"), directory);
    QStringList unshare { QStringLiteral("--mount") };
    if (::getuid() != 0)
        unshare << QStringLiteral("--map-root-user");
    unshare << QStringLiteral("sh") << QStringLiteral("-c")
            << QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$1\" && shift && exec \"$@\"")
                   .arg((tmpfsBytes + 4095) / 4096 * 4)
            << QStringLiteral("sh") << directory << QStringLiteral(SAASODOO_CLI_PATH) << arguments;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"), unshare);
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(300000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

void TestBackupCli::unpointedRecordCleanedUp()
{
    // The state that a restore as a new instance leaves when its process is
    // killed between adding the instance record and pointing the job at it.
    // No test can time a kill between those two catalog writes, so the test
    // writes that state itself: an interrupted job that still points at its
    // backup, and a record in the creating state with the job's marker.
    const QStringList before = serverObjects();
    catalog::Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.kind = QStringLiteral("backup.restore-new");
    job.targetType = QStringLiteral("backup");
    job.targetId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.state = catalog::JobState::Interrupted;
    job.createdAt = catalog::nowUtc().addSecs(-5);
    QVERIFY(m_fixture.catalog->createJob(job).ok());
    catalog::Job otherJob = job;
    otherJob.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(m_fixture.catalog->createJob(otherJob).ok());

    const auto addRecord = [this](const QString &name, const QString &jobId) {
        catalog::Instance instance = m_fixture.instance;
        instance.id.clear();
        instance.name = name;
        instance.databaseName = name;
        instance.subdomain = name;
        instance.publishedPort = 0;
        instance.containerId.clear();
        instance.status = catalog::InstanceStatus::Creating;
        instance.statusMessage = backup::detail::restoreAsNewMarker(jobId);
        return m_fixture.catalog->createInstance(instance);
    };
    const Result<catalog::Instance> added = addRecord(QStringLiteral("unpointed%1").arg(test::shortId()), job.id);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error()));
    // Another job's record in the same state is not this job's to remove.
    const Result<catalog::Instance> other = addRecord(QStringLiteral("otherjob%1").arg(test::shortId()), otherJob.id);
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error()));

    const Outcome outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), job.id, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, QByteArray(outcome.err + outcome.out).constData());
    const QJsonObject result = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(result.value(QStringLiteral("instance_id")).toString(), added->id);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    QVERIFY2(outcome.err.contains("stopped before pointing at it"), outcome.err.constData());

    QCOMPARE(catalog::toString(m_fixture.catalog->instance(added->id)->status), QStringLiteral("deleted"));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(other->id)->status), QStringLiteral("creating"));
    QCOMPARE(catalog::toString(m_fixture.catalog->job(job.id)->state), QStringLiteral("cancelled"));
    QCOMPARE(serverObjects(), before);

    // The other job's clean-up removes its own record.
    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), otherJob.id, QStringLiteral("--json") });
    QVERIFY2(cleaned.exitCode == 0, QByteArray(cleaned.err + cleaned.out).constData());
    QCOMPARE(QJsonDocument::fromJson(cleaned.out).object().value(QStringLiteral("instance_id")).toString(), other->id);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(other->id)->status), QStringLiteral("deleted"));
    QCOMPARE(serverObjects(), before);
}

void TestBackupCli::failedRestoreCleanedUp()
{
    // The state a restore leaves when PostgreSQL stops while psql replays
    // the dump: the job failed, its own undo could not drop
    // <db>_restore_<time>, and the instance still shows "restoring" because
    // the catalog write failed too. The test writes that state itself.
    const QStringList before = serverObjects();
    catalog::Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.kind = QStringLiteral("backup.restore");
    job.targetType = QStringLiteral("instance");
    job.targetId = m_fixture.instance.id;
    job.state = catalog::JobState::Failed;
    job.error = QStringLiteral("psql: server closed the connection unexpectedly");
    job.createdAt = catalog::nowUtc().addSecs(-5);
    QVERIFY(m_fixture.catalog->createJob(job).ok());
    const QString leftover
        = m_fixture.plan.databaseName + QStringLiteral("_restore_") + catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    {
        auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
        const Status created = backup::createOwnedDatabase(admin.value(), leftover, m_fixture.plan.roleName);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    }
    QVERIFY(serverObjects().join(u'\n').contains(leftover));
    const catalog::Instance instance = m_fixture.catalog->instance(m_fixture.instance.id).value();
    QVERIFY(m_fixture.catalog
                ->setInstanceStatus(instance.id, instance.rowVersion, catalog::InstanceStatus::Restoring,
                    QStringLiteral("Restore in progress."))
                .ok());

    // A failed backup is not a restore, so its job still has nothing to clean up.
    catalog::Job failedBackup = job;
    failedBackup.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    failedBackup.kind = QStringLiteral("backup.create");
    QVERIFY(m_fixture.catalog->createJob(failedBackup).ok());
    const Outcome rejected = run({ QStringLiteral("job"), QStringLiteral("cleanup"), failedBackup.id });
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(rejected.err.contains("only interrupted jobs"), rejected.err.constData());

    const Outcome outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), job.id });
    QVERIFY2(outcome.exitCode == 0, QByteArray(outcome.err + outcome.out).constData());
    QVERIFY2(outcome.err.contains("Dropped the half-restored database"), outcome.err.constData());
    QCOMPARE(serverObjects(), before);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(instance.id)->status), QStringLiteral("running"));
    // The job keeps its state and error; its log records the clean-up.
    const catalog::Job after = m_fixture.catalog->job(job.id).value();
    QCOMPARE(catalog::toString(after.state), QStringLiteral("failed"));
    QCOMPARE(after.error, job.error);
}

void TestBackupCli::fullDiskNamesPathAndSize()
{
    // The backup directory is a tmpfs of one 4 KiB page, too small for the
    // fixture's backup of about 10 KB.
    const QString small = m_directory->filePath(QStringLiteral("full"));
    const Outcome outcome = runOnTmpfs(small, 4096,
        { QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 4, QByteArray(outcome.err + outcome.out).constData());
    const QString error = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("error")).toString();
    QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no space left on the file system mounted at ") + small), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(" bytes) were needed")), qPrintable(error));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupCli::archiveCommandAndHelp()
{
    // The usage line names the command, not the path the program ran from.
    const Outcome help = run({ QStringLiteral("backup"), QStringLiteral("archive"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: saasodoo backup archive [options]"), help.out.constData());

    const catalog::Backup backup = createS3OnlyBackup();
    QVERIFY(!backup.id.isEmpty());
    const Outcome archived = run({ QStringLiteral("backup"), QStringLiteral("archive"), backup.id });
    QVERIFY2(archived.exitCode == 0, QByteArray(archived.err + archived.out).constData());
    QVERIFY2(archived.err.contains("is already archived"), archived.err.constData());
    QCOMPARE(m_fixture.catalog->backup(backup.id)->s3Key, backup.s3Key);

    const Outcome unknown = run({ QStringLiteral("backup"), QStringLiteral("archive"), QStringLiteral("no-such-id") });
    QCOMPARE(unknown.exitCode, 3);
}

void TestBackupCli::dumpFixtureDatabase(const QString &path, const QStringList &extraArguments)
{
    const postgres::PgEndpoint endpoint = m_fixture.roleEndpoint();
    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_fixture.rolePassword());
    dump.setProcessEnvironment(environment);
    dump.start(QStringLiteral("pg_dump"),
        QStringList { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
            QStringLiteral("--host=") + endpoint.host, QStringLiteral("--port=") + QString::number(endpoint.port),
            QStringLiteral("--username=") + endpoint.user, QStringLiteral("--file=") + path }
            + extraArguments + QStringList { m_fixture.plan.databaseName });
    QVERIFY(dump.waitForFinished(120000));
    QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());
}

void TestBackupCli::dumpAsNewNeedsVersion()
{
    // Without the rows of ir_module_module, a custom-format dump records
    // no Odoo version.
    const QString path = m_directory->filePath(QStringLiteral("no-version.dump"));
    dumpFixtureDatabase(path, { QStringLiteral("--exclude-table-data=ir_module_module") });
    const Result<backup::BackupSummary> summary = backup::inspectBackup(path);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->odooVersion, QString());
    const int instancesBefore = int(m_fixture.catalog->instanceRows()->size());
    const QStringList placement { QStringLiteral("--tenant"), m_fixture.tenant.slug, QStringLiteral("--host"),
        m_fixture.host.name };

    const Outcome missing = run(QStringList { QStringLiteral("restore"), path, QStringLiteral("--new"),
                                    QStringLiteral("dumpcopy") }
        + placement);
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.err.contains("--odoo-version"), missing.err.constData());

    const Outcome invalid = run(QStringList { QStringLiteral("restore"), path, QStringLiteral("--new"),
                                    QStringLiteral("dumpcopy"), QStringLiteral("--odoo-version"), QStringLiteral("17") }
        + placement);
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY2(invalid.err.contains("major.minor"), invalid.err.constData());
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);

    // Into a running instance, such a dump is refused before anything changes.
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id)->size());
    const Outcome into = run({ QStringLiteral("restore"), path, QStringLiteral("--into"), m_fixture.instance.name });
    QCOMPARE(into.exitCode, 4);
    QVERIFY2(into.err.contains("holds no Odoo database"), into.err.constData());
    QVERIFY2(into.err.contains("Nothing was changed"), into.err.constData());
    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id)->size()), backupsBefore);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupCli::dumpOfOtherSeriesRejected()
{
    // A custom-format dump of a database whose module base is at 19.0
    // plays the part of an Odoo 19.0 database.
    const test::PostgresService server = test::postgres();
    const postgres::PgEndpoint superuser { server.host, server.port, server.superuser };
    const QString database = QStringLiteral("series19_%1").arg(test::shortId());
    {
        auto maintenance = postgres::PgConnection::open(superuser, server.superpassword, QStringLiteral("postgres"));
        QVERIFY2(maintenance.ok(), qPrintable(maintenance.ok() ? QString() : maintenance.error()));
        QVERIFY(maintenance.value().execute(QStringLiteral("CREATE DATABASE %1").arg(database)).ok());
    }
    const auto dropDatabase = qScopeGuard([&] {
        auto maintenance = postgres::PgConnection::open(superuser, server.superpassword, QStringLiteral("postgres"));
        if (maintenance.ok())
            maintenance.value().execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
    });
    {
        auto connection = postgres::PgConnection::open(superuser, server.superpassword, database);
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error()));
        QVERIFY(connection.value()
                    .execute(QStringLiteral("CREATE TABLE ir_module_module (id serial PRIMARY KEY, name varchar, "
                                            "state varchar, latest_version varchar)"))
                    .ok());
        QVERIFY(connection.value()
                    .execute(QStringLiteral("INSERT INTO ir_module_module (name, state, latest_version) VALUES "
                                            "('sale', 'installed', '19.0.1.2'), ('base', 'installed', '19.0.1.3')"))
                    .ok());
    }
    const QString path = m_directory->filePath(QStringLiteral("series19.dump"));
    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), server.superpassword);
    dump.setProcessEnvironment(environment);
    dump.start(QStringLiteral("pg_dump"),
        { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--host=") + server.host,
            QStringLiteral("--port=") + QString::number(server.port), QStringLiteral("--username=") + server.superuser,
            QStringLiteral("--file=") + path, database });
    QVERIFY(dump.waitForFinished(120000));
    QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());

    const Result<backup::BackupSummary> summary = backup::inspectBackup(path);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->odooVersion, QStringLiteral("19.0"));

    // Into the 18.0 instance: rejected before the safety backup.
    const qsizetype backupsBefore = m_fixture.catalog->backups(m_fixture.instance.id, true)->size();
    const Outcome into
        = run({ QStringLiteral("restore"), path, QStringLiteral("--into"), m_fixture.instance.name });
    QCOMPARE(into.exitCode, 4);
    QVERIFY2(into.err.contains("from Odoo 19.0, but the instance runs Odoo 18.0"), into.err.constData());
    QVERIFY2(into.err.contains("Nothing was changed"), into.err.constData());
    QCOMPARE(m_fixture.catalog->backups(m_fixture.instance.id, true)->size(), backupsBefore);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status),
        QStringLiteral("running"));

    // As a new instance of another series than the dump's: rejected too.
    const int instancesBefore = int(m_fixture.catalog->instanceRows()->size());
    const Outcome asNew = run({ QStringLiteral("restore"), path, QStringLiteral("--new"), QStringLiteral("copy19"),
        QStringLiteral("--tenant"), m_fixture.tenant.slug, QStringLiteral("--host"), m_fixture.host.name,
        QStringLiteral("--odoo-version"), QStringLiteral("18.0") });
    QVERIFY(asNew.exitCode != 0);
    QVERIFY2(asNew.err.contains("is a backup of Odoo 19.0"), asNew.err.constData());
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);
}

void TestBackupCli::restoreAsNewRejectsMarkupName()
{
    // instance create rejects a name whose derived database name and
    // subdomain are invalid, and restore --new applies the same rule.
    const QString path = m_directory->filePath(QStringLiteral("markup.dump"));
    dumpFixtureDatabase(path);
    const int instancesBefore = int(m_fixture.catalog->instanceRows()->size());
    const Outcome outcome = run({ QStringLiteral("restore"), path, QStringLiteral("--new"),
        QStringLiteral("<b>x</b>"), QStringLiteral("--tenant"), m_fixture.tenant.slug, QStringLiteral("--host"),
        m_fixture.host.name });
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains("gives the database name"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("Nothing was changed"), outcome.err.constData());
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);

    // A name the tenant uses already is rejected as instance create rejects
    // it, also when --database avoids the clash of database names.
    const Outcome taken = run({ QStringLiteral("restore"), path, QStringLiteral("--new"), m_fixture.instance.name,
        QStringLiteral("--tenant"), m_fixture.tenant.slug, QStringLiteral("--host"), m_fixture.host.name,
        QStringLiteral("--database"), QStringLiteral("twin_%1").arg(test::shortId()) });
    QVERIFY(taken.exitCode != 0);
    QVERIFY2(taken.err.contains(QStringLiteral("Instance name \"%1\" is already used in tenant %2")
                                    .arg(m_fixture.instance.name, m_fixture.tenant.slug)
                                    .toUtf8()),
        taken.err.constData());
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);
}

void TestBackupCli::killedDuringDownloadCleanedUp()
{
    // A backup whose S3 object is large enough (a 160 MiB stored member
    // added to a real backup) that the restore is surely downloading it
    // when the process is killed, before it adds an instance record.
    catalog::Backup backup = createS3OnlyBackup();
    const QString source = m_directory->filePath(QStringLiteral("source.zip"));
    const QString large = m_directory->filePath(QStringLiteral("large.zip"));
    const Outcome fetched = run({ QStringLiteral("backup"), QStringLiteral("download"), backup.id,
        QStringLiteral("--output"), source });
    QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
    const QString script = QStringLiteral(
        "import os, shutil, sys, zipfile\n"
        "shutil.copy(sys.argv[1], sys.argv[2])\n"
        "with zipfile.ZipFile(sys.argv[2], 'a', zipfile.ZIP_STORED) as target:\n"
        "    target.writestr('filestore/ff/large', os.urandom(160 << 20))\n");
    QCOMPARE(QProcess::execute(QStringLiteral("python3"), { QStringLiteral("-c"), script, source, large }), 0);
    QFile::remove(source);

    const test::S3Service s3 = test::s3();
    storage::S3Config config;
    config.endpoint = QUrl(s3.endpoint);
    config.region = s3.region;
    config.bucket = s3.bucket;
    config.credentials = { s3.accessKey, s3.secretKey, {} };
    storage::S3Client client(config);
    QFile file(large);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Status uploaded = client.putObject(backup.s3Key, &file, file.size());
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error()));
    file.close();
    backup.sizeBytes = QFileInfo(large).size();
    backup.sha256 = QString::fromLatin1(sha256Of(large));
    QVERIFY(m_fixture.catalog->updateBackup(backup).ok());
    QFile::remove(large);

    const QStringList before = serverObjects();
    const int instancesBefore = int(m_fixture.catalog->instanceRows()->size());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("restore"), backup.id, QStringLiteral("--new"), QStringLiteral("dl%1").arg(test::shortId()),
            QStringLiteral("--network"), test::dockerUnix().network });
    QVERIFY(process.waitForStarted(30000));
    process.closeWriteChannel();

    // Stop the process as soon as the download's partial file has data, so
    // the kill lands in the download whatever the machine's speed.
    QByteArray err;
    QString partialPath;
    QElapsedTimer waited;
    waited.start();
    while (partialPath.isEmpty() && waited.elapsed() < 120000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(5);
        err += process.readAllStandardError();
        const QDir folder(backupDirectory());
        for (const QString &name : folder.entryList({ QStringLiteral(".restore-*.zip.partial") }, QDir::Files | QDir::Hidden)) {
            if (QFileInfo(folder.filePath(name)).size() > 0)
                partialPath = folder.filePath(name);
        }
    }
    QVERIFY2(!partialPath.isEmpty(), err.constData());
    ::kill(pid_t(process.processId()), SIGSTOP);
    process.kill(); // SIGKILL to the CLI's pid: no clean-up runs
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();

    static const QRegularExpression jobLine(QStringLiteral("Job ([0-9a-f-]{36}) \\(backup.restore-new\\)"));
    const QRegularExpressionMatch match = jobLine.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const QString jobId = match.captured(1);
    const Result<catalog::Job> stuck = m_fixture.catalog->job(jobId);
    QVERIFY(stuck.ok());
    QCOMPARE(stuck->targetType, QStringLiteral("backup"));
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);
    QVERIFY(QFile::exists(partialPath));

    const Outcome outcome = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, QByteArray(outcome.err + outcome.out).constData());
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("instance_id")).toString(), QString());
    QVERIFY2(outcome.err.contains("stopped before it added an instance"), outcome.err.constData());
    QVERIFY(!QFile::exists(partialPath));
    QCOMPARE(int(m_fixture.catalog->instanceRows()->size()), instancesBefore);
    QCOMPARE(serverObjects(), before);
    QCOMPARE(catalog::toString(m_fixture.catalog->job(jobId)->state), QStringLiteral("cancelled"));
}

void TestBackupCli::downloadNeedsSpaceForSafety()
{
    // The tmpfs has room for the download with 1 MiB to spare, but not the safety
    // backup that follows it (the database alone is larger). The restore
    // is rejected before the download starts.
    const catalog::Backup backup = createS3OnlyBackup();
    const int backupsBefore = int(m_fixture.catalog->backups(m_fixture.instance.id, true)->size());
    const QStringList before = serverObjects();
    const QString small = m_directory->filePath(QStringLiteral("download-space"));
    const Outcome outcome = runOnTmpfs(small, backup.sizeBytes + 1024 * 1024,
        { QStringLiteral("restore"), backup.id, QStringLiteral("--into"), m_fixture.instance.name,
            QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 4, outcome.err.constData());
    const QString error
        = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("Not enough free space for the download of backup")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("and the safety backup of instance")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("is free")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Nothing was downloaded or changed")), qPrintable(error));
    QVERIFY2(!outcome.err.contains("Download from S3"), outcome.err.constData());

    QCOMPARE(int(m_fixture.catalog->backups(m_fixture.instance.id, true)->size()), backupsBefore);
    QCOMPARE(serverObjects(), before);
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
    const QStringList written = QDir(small).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u' ')));

    // An instance in a state that rejects the restore is rejected before
    // the download too. (An instance in error is accepted: a restore is how
    // it gets repaired.)
    const QString instanceId = m_fixture.instance.id;
    const qint64 version = m_fixture.catalog->instance(instanceId)->rowVersion;
    QVERIFY(m_fixture.catalog->setInstanceStatus(instanceId, version, catalog::InstanceStatus::Suspended).ok());
    const Outcome rejected = run({ QStringLiteral("restore"), backup.id, QStringLiteral("--into"),
        m_fixture.instance.name, QStringLiteral("--json") });
    const qint64 errorVersion = m_fixture.catalog->instance(instanceId)->rowVersion;
    QVERIFY(m_fixture.catalog->setInstanceStatus(instanceId, errorVersion, catalog::InstanceStatus::Running).ok());
    QVERIFY2(rejected.exitCode == 4, rejected.err.constData());
    const QString stateError
        = QJsonDocument::fromJson(rejected.out).object().value(QStringLiteral("error")).toString();
    QVERIFY2(stateError.contains(QLatin1String("needs it running, stopped or in error")), qPrintable(stateError));
    QVERIFY2(!rejected.err.contains("Download from S3"), rejected.err.constData());
    const QStringList downloads = QDir(backupDirectory()).entryList({ QStringLiteral(".restore-*") },
        QDir::Files | QDir::Hidden);
    QVERIFY2(downloads.isEmpty(), qPrintable(downloads.join(u' ')));
}

// `instance delete --final-backup`: a backup that fails stops the delete
// before any change; one that succeeds is catalogued as final without an
// expiry, matches its SHA-256, and the instance's objects are gone.
void TestBackupCli::deleteTakesFinalBackup()
{
    // Without S3, so the backup is local only whatever the earlier tests set.
    QProcessEnvironment local = environment();
    local.insert(QStringLiteral("SAASODOO_S3_BUCKET"), QString());

    Outcome outcome = runWith(local, { QStringLiteral("backup"), QStringLiteral("create"), m_fixture.instance.name,
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString sourceId = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("id")).toString();
    const QStringList beforeCopy = serverObjects();
    QVERIFY2(!beforeCopy.isEmpty() && !beforeCopy.first().startsWith(QLatin1String("error")),
        qPrintable(beforeCopy.value(0)));
    const QString copyName = QStringLiteral("final%1").arg(test::shortId());
    outcome = runWith(local, { QStringLiteral("restore"), sourceId, QStringLiteral("--new"), copyName,
        QStringLiteral("--network"), test::dockerUnix().network, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString copyId = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("instance_id")).toString();
    QVERIFY(!copyId.isEmpty());
    const QStringList withCopy = serverObjects();
    QVERIFY(withCopy != beforeCopy);

    // A backup directory that cannot be made (a regular file is in the way):
    // the backup fails, and the delete stops with everything in place.
    const QString blocker = m_directory->filePath(QStringLiteral("not-a-directory"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("in the way\n");
    }
    QProcessEnvironment blocked = local;
    blocked.insert(QStringLiteral("SAASODOO_BACKUP_DIR"), blocker);
    outcome = runWith(blocked,
        { QStringLiteral("instance"), QStringLiteral("delete"), copyName, QStringLiteral("--yes"),
            QStringLiteral("--final-backup") });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("stopped before any change: the final backup failed"), outcome.err.constData());
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(copyId)->status), QStringLiteral("running"));
    QCOMPARE(serverObjects(), withCopy);
    const Result<QList<catalog::Backup>> none = m_fixture.catalog->backups(copyId);
    QVERIFY(none.ok());
    for (const catalog::Backup &backup : none.value())
        QVERIFY(backup.state != catalog::BackupState::Completed);

    outcome = runWith(local,
        { QStringLiteral("instance"), QStringLiteral("delete"), copyName, QStringLiteral("--yes"),
            QStringLiteral("--final-backup") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.err.contains("Step 1 of 6: Check the instance"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("Step 3 of 6: Stop and remove the container"), outcome.err.constData());
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(copyId)->status), QStringLiteral("deleted"));
    QCOMPARE(serverObjects(), beforeCopy);

    const Result<QList<catalog::Backup>> backups = m_fixture.catalog->backups(copyId);
    QVERIFY(backups.ok());
    QList<catalog::Backup> finals;
    for (const catalog::Backup &backup : backups.value()) {
        if (backup.state == catalog::BackupState::Completed)
            finals << backup;
    }
    QCOMPARE(finals.size(), 1);
    const catalog::Backup finalBackup = finals.first();
    QCOMPARE(catalog::toString(finalBackup.kind), QStringLiteral("final"));
    // Retention removes an unranked backup only after its expiry.
    QVERIFY(finalBackup.expiresAt.isNull());
    QVERIFY(QFile::exists(finalBackup.location));
    QCOMPARE(QString::fromLatin1(sha256Of(finalBackup.location)), finalBackup.sha256);
    outcome = runWith(local, { QStringLiteral("backup"), QStringLiteral("verify"), finalBackup.id });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    outcome = runWith(local, { QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--all"),
        QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QString listedKind;
    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == finalBackup.id)
            listedKind = value.toObject().value(QStringLiteral("kind")).toString();
    }
    QCOMPARE(listedKind, QStringLiteral("final"));
}

// A failed scheduled backup takes no retention slot: backup list shows the
// time retention removes its record, failedRecordDays after it was made.
void TestBackupCli::failedScheduledListsExpiry()
{
    catalog::Backup failed;
    failed.instanceId = m_fixture.instance.id;
    failed.kind = catalog::BackupKind::Scheduled;
    failed.state = catalog::BackupState::Failed;
    failed.error = QStringLiteral("pg_dump failed");
    failed.odooVersion = m_fixture.instance.odooVersion;
    failed.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
    const Result<catalog::Backup> stored = m_fixture.catalog->createBackup(failed);
    QVERIFY2(stored, qPrintable(stored.error()));

    const Outcome listed = run({ QStringLiteral("backup"), QStringLiteral("list"), m_fixture.instance.name,
        QStringLiteral("--json") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QJsonObject row;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == stored->id)
            row = value.toObject();
    }
    QVERIFY2(!row.isEmpty(), listed.out.constData());
    QCOMPARE(row.value(QStringLiteral("retention")).toString(), QStringLiteral("expiry"));
    const QDateTime expires
        = QDateTime::fromString(row.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(expires, stored->createdAt.addDays(backup::failedRecordDays));

    const Outcome text = run({ QStringLiteral("backup"), QStringLiteral("list"), m_fixture.instance.name });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    for (const QByteArray &line : text.out.split('\n')) {
        if (line.startsWith(stored->id.left(8).toUtf8()))
            QVERIFY2(!line.contains("by slots"), line.constData());
    }
}

QTEST_GUILESS_MAIN(TestBackupCli)
void TestBackupCli::missingDatabaseRestoredWithoutSafety()
{
    // The disaster case: a good backup, then the live database is lost.
    const QString name = m_fixture.instance.name;
    Outcome outcome = run({ QStringLiteral("backup"), QStringLiteral("create"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString backupId = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("id")).toString();
    QVERIFY(!backupId.isEmpty());
    const test::PostgresService server = test::postgres();
    {
        auto maintenance = postgres::PgConnection::open({ server.host, server.port, server.superuser },
            server.superpassword, QStringLiteral("postgres"));
        QVERIFY2(maintenance.ok(), qPrintable(maintenance.ok() ? QString() : maintenance.error()));
        QVERIFY(maintenance.value()
                    .execute(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_fixture.plan.databaseName))
                    .ok());
    }

    // With a safety backup it cannot run, and the error names the way out.
    outcome = run({ QStringLiteral("restore"), backupId, QStringLiteral("--into"), name });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("--no-safety-backup"), outcome.err.constData());
    QCOMPARE(run({ QStringLiteral("restore"), backupId, QStringLiteral("--new"), QStringLiteral("x"),
                     QStringLiteral("--no-safety-backup") })
                 .exitCode,
        2);

    outcome = run({ QStringLiteral("restore"), backupId, QStringLiteral("--into"), name, QStringLiteral("--no-safety-backup") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.err.contains("No safety backup"), outcome.err.constData());
    auto restored = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error()));
    const Result<postgres::PgRows> modules
        = restored.value().query(QStringLiteral("SELECT count(*) FROM ir_module_module WHERE name = 'base'"));
    QVERIFY2(modules.ok(), qPrintable(modules.ok() ? QString() : modules.error()));
    QCOMPARE(modules->rows.first().first(), QStringLiteral("1"));
    QCOMPARE(catalog::toString(m_fixture.catalog->instance(m_fixture.instance.id)->status), QStringLiteral("running"));
}

void TestBackupCli::damagedBackupNotCountedAsDue()
{
    const QString name = m_fixture.instance.name;
    // Without an S3 bucket the local file is the backup's only copy.
    QProcessEnvironment localOnly = environment();
    localOnly.remove(QStringLiteral("SAASODOO_S3_BUCKET"));
    Outcome outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("policy"), name,
        QStringLiteral("--interval-hours"), QStringLiteral("24") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    // Only the backup made here is newer than the interval.
    for (const catalog::Backup &older : m_fixture.catalog->backups(m_fixture.instance.id).value()) {
        if (older.state == catalog::BackupState::Completed)
            QVERIFY(m_fixture.catalog->markBackupDeleted(older.id, QStringLiteral("test clean-up")).ok());
    }
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("create"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonObject created = QJsonDocument::fromJson(outcome.out).object();
    const QString backupId = created.value(QStringLiteral("id")).toString();
    const QString location = created.value(QStringLiteral("location")).toString();
    QVERIFY(created.value(QStringLiteral("s3_key")).toString().isEmpty());
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("run-due"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("backed_up")).toArray().size(), 0);

    // One byte changed in the middle of the zip.
    {
        QFile file(location);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        QVERIFY(file.write(QByteArray(1, char(byte ^ 0x5a))) == 1);
    }
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("verify"), backupId.left(8) });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("SHA-256"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("now marked damaged"), outcome.err.constData());

    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("list"), name, QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QJsonObject row;
    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == backupId)
            row = value.toObject();
    }
    QVERIFY2(!row.isEmpty(), outcome.out.constData());
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(row.value(QStringLiteral("verify_status")).toString(), QStringLiteral("damaged"));
    QCOMPARE(row.value(QStringLiteral("usable")).toBool(), false);
    QVERIFY(!row.value(QStringLiteral("checked_at")).toString().isEmpty());
    QVERIFY(row.value(QStringLiteral("verified_at")).toString().isEmpty());
    QVERIFY2(row.value(QStringLiteral("verify_error")).toString().contains(QLatin1String("SHA-256")),
        outcome.out.constData());
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("list"), name });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains("completed (damaged: no copy passed verification)"), outcome.out.constData());
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("show"), backupId.left(8) });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains("damaged: no copy passed verification, found on"), outcome.out.constData());

    // The damaged backup no longer makes the instance "not due".
    outcome = runWith(localOnly, { QStringLiteral("backup"), QStringLiteral("run-due"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonObject due = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(due.value(QStringLiteral("backed_up")).toArray().size(), 1);
    QVERIFY2(due.value(QStringLiteral("skipped")).toArray().isEmpty(), outcome.out.constData());
    QVERIFY2(outcome.err.contains(QStringLiteral("its newer backup %1").arg(backupId).toUtf8())
            || outcome.err.contains("failed verification"),
        outcome.err.constData());
    // Retention keeps the new backup as the newest intact one.
    const QString fresh = due.value(QStringLiteral("backed_up")).toArray().first().toString();
    QCOMPARE(catalog::toString(m_fixture.catalog->backup(fresh)->state), QStringLiteral("completed"));
}

void TestBackupCli::restoreFlagsExclusive()
{
    const Outcome outcome = run({ QStringLiteral("restore"), QStringLiteral("x.zip"), QStringLiteral("--into"),
        m_fixture.instance.name, QStringLiteral("--moved"), QStringLiteral("--copy") });
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("at most one of --moved and --copy"), outcome.err.constData());
    const Outcome help = run({ QStringLiteral("restore"), QStringLiteral("--help") });
    QVERIFY2(help.out.contains("--copy"), help.out.constData());
}

#include "tst_backupcli.moc"
