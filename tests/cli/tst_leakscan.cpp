// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The leak scan: a full provision, backup, S3 archive, restore as a new
// instance and delete through the `saasodoo` CLI, each command run under
// strace so that every child's argv is recorded. The secrets are the
// generated instance secrets, the PostgreSQL admin password and the S3
// secret key. Each is searched for in every file the program wrote (backup
// zip entries included), in the commands' output, in the recorded argv and
// in the containers' inspect output. Zero hits is the only pass.
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using saasodoo::Result;
using saasodoo::secrets::SecretStore;

namespace {

struct Secret
{
    QString name; // for the failure message only
    QByteArray value;
};

struct CommandOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestLeakScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullLifecycleLeaksNothing();
    void cleanupTestCase();

private:
    CommandOutput run(const QStringList &arguments, const QByteArray &input = {});
    QJsonObject runJson(const QStringList &arguments);
    void collectInstanceSecrets(const QString &instanceId, const QString &label);
    QByteArray inspectContainer(const QString &containerId);
    QStringList hitsIn(const QByteArray &haystack, const QString &where) const;
    QStringList scanFiles(const QString &stage);

    QTemporaryDir m_root { QStringLiteral("/tmp/sod-leakscan-XXXXXX") };
    QString m_home;
    QString m_traces;
    int m_commands = 0;
    int m_zipsScanned = 0;
    QList<Secret> m_secrets;
    QByteArray m_outputs; // everything the commands printed
    QStringList m_containers;
    QString m_prefix = QStringLiteral("leakscan-%1/").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    SecretStore m_store { QStringLiteral("saasodoo-console") };
};

void TestLeakScan::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    SAASODOO_REQUIRE_SERVICE("docker", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("postgres", "SAASODOO_TEST_PG_ADMIN_PASSWORD");
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    m_traces = m_root.filePath(QStringLiteral("traces"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(QDir().mkpath(m_traces));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty(), "strace is not installed");
}

CommandOutput TestLeakScan::run(const QStringList &arguments, const QByteArray &input)
{
    const auto postgres = saasodoo::test::postgres();
    const auto s3 = saasodoo::test::s3();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("TMPDIR"), m_home + QStringLiteral("/tmp"));
    QDir().mkpath(m_home + QStringLiteral("/tmp"));
    env.remove(QStringLiteral("SAASODOO_CATALOG"));
    env.insert(QStringLiteral("SAASODOO_DOCKER_NETWORK"), saasodoo::test::dockerUnix().network);
    env.insert(QStringLiteral("SAASODOO_S3_ENDPOINT"), s3.endpoint);
    env.insert(QStringLiteral("SAASODOO_S3_REGION"), s3.region);
    env.insert(QStringLiteral("SAASODOO_S3_BUCKET"), s3.bucket);
    env.insert(QStringLiteral("SAASODOO_S3_PREFIX"), m_prefix);
    env.insert(QStringLiteral("SAASODOO_S3_ADDRESSING"), QStringLiteral("path"));
    // Debug logging on, so the scan also covers what a verbose run writes.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("saasodoo.*=true"));

    QProcess process;
    process.setProcessEnvironment(env);
    const QString trace = QStringLiteral("%1/%2.log").arg(m_traces).arg(++m_commands, 2, 10, QLatin1Char('0'));
    QStringList strace { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"), QStringLiteral("trace=execve"),
        QStringLiteral("-s"), QStringLiteral("65536"), QStringLiteral("-o"), trace, QStringLiteral(SAASODOO_CLI_PATH) };
    process.start(QStringLiteral("strace"), strace + arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(600000);
    CommandOutput output { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    m_outputs += output.out + output.err;
    if (output.exitCode != 0)
        qWarning().noquote() << "saasodoo" << arguments.join(QLatin1Char(' ')) << "exited with" << output.exitCode
                             << QString::fromUtf8(output.err);
    return output;
}

QJsonObject TestLeakScan::runJson(const QStringList &arguments)
{
    const CommandOutput output = run(arguments + QStringList { QStringLiteral("--json") });
    return output.exitCode == 0 ? QJsonDocument::fromJson(output.out).object() : QJsonObject();
}

void TestLeakScan::collectInstanceSecrets(const QString &instanceId, const QString &label)
{
    for (const QString &name : { QStringLiteral("db-password"), QStringLiteral("admin-password"),
             QStringLiteral("master-password") }) {
        QFuture<Result<QString>> read = m_store.read(SecretStore::instanceKey(instanceId, name));
        read.waitForFinished();
        QVERIFY2(read.result().ok(), qPrintable(read.result().error()));
        QVERIFY(read.result().value().size() >= 22);
        m_secrets.append({ label + QLatin1Char('/') + name, read.result().value().toUtf8() });
    }
}

QByteArray TestLeakScan::inspectContainer(const QString &containerId)
{
    const QString socket = saasodoo::test::dockerUnix().host.mid(int(qstrlen("unix://")));
    QProcess curl;
    curl.start(QStringLiteral("curl"), { QStringLiteral("-s"), QStringLiteral("--unix-socket"), socket,
                                           QStringLiteral("http://localhost/containers/%1/json").arg(containerId) });
    curl.waitForFinished(30000);
    return curl.readAllStandardOutput();
}

QStringList TestLeakScan::hitsIn(const QByteArray &haystack, const QString &where) const
{
    QStringList hits;
    for (const Secret &secret : m_secrets) {
        if (haystack.contains(secret.value))
            hits << QStringLiteral("%1 in %2").arg(secret.name, where);
    }
    return hits;
}

QStringList TestLeakScan::scanFiles(const QString &stage)
{
    // Every file the program wrote: the catalog and its journal, settings,
    // logs, job logs, backup metadata and the backup zips' entries.
    QStringList hits;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("unreadable file %1").arg(path);
            continue;
        }
        const QByteArray content = file.readAll();
        qInfo().noquote() << stage << "scanning" << path << content.size() << "bytes";
        hits << hitsIn(content, path);
        if (!content.startsWith("PK\x03\x04"))
            continue;
        ++m_zipsScanned;
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile\n"
                               "z = zipfile.ZipFile(sys.argv[1])\n"
                               "for n in z.namelist(): sys.stdout.buffer.write(z.read(n))\n"),
                path });
        unzip.waitForFinished(120000);
        const QByteArray entries = unzip.readAllStandardOutput();
        if (unzip.exitCode() != 0 || entries.isEmpty())
            hits << QStringLiteral("unreadable zip %1").arg(path);
        hits << hitsIn(entries, path + QStringLiteral(" (unzipped)"));
    }
    return hits;
}

void TestLeakScan::fullLifecycleLeaksNothing()
{
    const auto postgres = saasodoo::test::postgres();
    const auto docker = saasodoo::test::dockerUnix();
    const auto s3 = saasodoo::test::s3();
    m_secrets.append({ QStringLiteral("PostgreSQL admin password"), postgres.adminPassword.toUtf8() });
    m_secrets.append({ QStringLiteral("S3 secret key"), s3.secretKey.toUtf8() });

    QCOMPARE(run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("local"),
                     QStringLiteral("--docker"), docker.host, QStringLiteral("--pg-host"), postgres.host,
                     QStringLiteral("--pg-port"), QString::number(postgres.port), QStringLiteral("--pg-user"),
                     postgres.adminUser, QStringLiteral("--pg-container-host"), postgres.containerHost,
                     QStringLiteral("--domain"), QStringLiteral("odoo.localhost"), QStringLiteral("--image-repo"),
                     qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"), QStringLiteral("--cpu"), QStringLiteral("2"),
                     QStringLiteral("--memory"), QStringLiteral("4G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("host"), QStringLiteral("set-password"), QStringLiteral("local") },
                 postgres.adminPassword.toUtf8() + '\n')
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("set-s3-credentials") },
                 s3.accessKey.toUtf8() + '\n' + s3.secretKey.toUtf8() + '\n')
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Leak Scan Traders"), QStringLiteral("--email"), QStringLiteral("admin@leakscan.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--customer"),
                     QStringLiteral("admin@leakscan.co.zw"), QStringLiteral("--name"), QStringLiteral("Leak Scan"),
                     QStringLiteral("--slug"), QStringLiteral("leakscan") })
                 .exitCode,
        0);

    // Provision.
    QCOMPARE(run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
                     QStringLiteral("leakscan"), QStringLiteral("--name"), QStringLiteral("prod"),
                     QStringLiteral("--version"), QStringLiteral("18.0"), QStringLiteral("--admin-email"),
                     QStringLiteral("admin@leakscan.co.zw"), QStringLiteral("--addons"), QStringLiteral("sale"),
                     QStringLiteral("--memory"), QStringLiteral("512M") })
                 .exitCode,
        0);
    const QJsonObject prod = runJson({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("prod") });
    const QString prodId = prod.value(QStringLiteral("id")).toString();
    QVERIFY2(!prodId.isEmpty(), QJsonDocument(prod).toJson().constData());
    collectInstanceSecrets(prodId, QStringLiteral("prod"));
    m_containers << prod.value(QStringLiteral("container_id")).toString();

    // Back up (archived to S3 and verified there), then restore as a copy.
    const QJsonObject backup = runJson({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("prod") });
    const QString backupId = backup.value(QStringLiteral("id")).toString();
    QVERIFY2(!backupId.isEmpty(), QJsonDocument(backup).toJson().constData());
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("verify"), backupId }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("restore"), backupId, QStringLiteral("--new"), QStringLiteral("copy") }).exitCode, 0);
    const QJsonObject copy = runJson({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("copy") });
    const QString copyId = copy.value(QStringLiteral("id")).toString();
    QVERIFY2(!copyId.isEmpty(), QJsonDocument(copy).toJson().constData());
    collectInstanceSecrets(copyId, QStringLiteral("copy"));
    m_containers << copy.value(QStringLiteral("container_id")).toString();

    QStringList hits;
    for (const QString &container : std::as_const(m_containers)) {
        QVERIFY(!container.isEmpty());
        const QByteArray inspect = inspectContainer(container);
        QVERIFY2(inspect.contains("\"Config\""), inspect.constData());
        hits << hitsIn(inspect, QStringLiteral("docker inspect %1").arg(container.left(12)));
    }

    // The backup zip is still on disk here: scan it before the deletes.
    hits << scanFiles(QStringLiteral("before delete"));
    QVERIFY2(m_zipsScanned > 0, "no backup zip was found in the program's directories");

    // Delete both instances and the backup.
    QCOMPARE(run({ QStringLiteral("instance"), QStringLiteral("delete"), QStringLiteral("copy"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("instance"), QStringLiteral("delete"), QStringLiteral("prod"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("delete"), backupId, QStringLiteral("--yes") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("job"), QStringLiteral("list") }).exitCode, 0);

    hits << scanFiles(QStringLiteral("after delete"));
    QVERIFY(QFile::exists(m_home + QStringLiteral("/.local/share/SaaSOdoo/saasodoo-console/catalog.sqlite")));

    // The argv of every process the commands started, and what they printed.
    int executions = 0;
    for (const QFileInfo &trace : QDir(m_traces).entryInfoList(QDir::Files)) {
        QFile file(trace.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        executions += int(content.count("execve("));
        hits << hitsIn(content, QStringLiteral("argv recorded in %1").arg(trace.fileName()));
    }
    // Beside each command's own execve, pg_dump and psql ran as children.
    QVERIFY2(executions > m_commands, qPrintable(QStringLiteral("%1 executions").arg(executions)));
    qInfo() << "scanned the argv of" << executions << "executions of" << m_commands << "commands and"
            << m_zipsScanned << "backup zips for" << m_secrets.size() << "secrets";
    hits << hitsIn(m_outputs, QStringLiteral("the commands' output"));

    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestLeakScan::cleanupTestCase()
{
    // Remove the keychain entries the run left, such as the S3 credentials.
    for (const QString &key : { SecretStore::settingKey(QStringLiteral("s3-access-key-id")),
             SecretStore::settingKey(QStringLiteral("s3-secret-access-key")) }) {
        QFuture<saasodoo::Status> removed = m_store.remove(key);
        removed.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(TestLeakScan)
#include "tst_leakscan.moc"
