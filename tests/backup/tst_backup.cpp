// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backup and restore against the harness: a provisioned stand-in instance,
// PostgreSQL 15 as saasodoo_admin and the instance's own role, and the
// Docker archive API for the filestore.
#include "backupfixture.h"

#include "core/backup/backupreader.h"
#include "core/backup/backupwriter.h"
#include "core/backup/databaseadmin.h"
#include "core/backup/restore.h"
#include "core/backup/volumecommand.h"

#include "tests/support/testservices.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <archive.h>
#include <archive_entry.h>

using namespace saasodoo;
using namespace saasodoo::backup;

namespace {

struct Member
{
    QString name;
    QByteArray data;
    unsigned int type = AE_IFREG;
};

// Writes a zip with exactly these members, for archives no sane writer makes.
bool writeZip(const QString &path, const QList<Member> &members)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    if (archive_write_open_filename(writer, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    for (const Member &member : members) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, member.name.toUtf8().constData());
        archive_entry_set_filetype(entry, member.type);
        archive_entry_set_perm(entry, 0644);
        if (member.type == AE_IFLNK)
            archive_entry_set_symlink(entry, member.data.constData());
        else
            archive_entry_set_size(entry, member.data.size());
        archive_write_header(writer, entry);
        if (member.type == AE_IFREG)
            archive_write_data(writer, member.data.constData(), size_t(member.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return true;
}

QList<Member> readZip(const QString &path)
{
    QList<Member> members;
    archive *reader = archive_read_new();
    archive_read_support_format_zip(reader);
    archive_read_open_filename(reader, QFile::encodeName(path).constData(), 65536);
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        Member member { QString::fromUtf8(archive_entry_pathname(entry)), {}, AE_IFREG };
        char buffer[65536];
        la_ssize_t count = 0;
        while ((count = archive_read_data(reader, buffer, sizeof buffer)) > 0)
            member.data.append(buffer, count);
        members << member;
    }
    archive_read_free(reader);
    // libarchive returns members in file order, and the backup writer puts
    // dump.sql's data last. Callers index them in Odoo's order, which the
    // central directory has.
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        const auto rank = [](const Member &member) {
            if (member.name == QLatin1String("dump.sql"))
                return 0;
            return member.name == QLatin1String("manifest.json") ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    return members;
}

// The member names in the order of the zip's central directory, which is
// the order Python's zipfile (and so Odoo's restore) lists them in.
QStringList centralDirectoryNames(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\nprint('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"),
            path });
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return { QStringLiteral("python3 failed: ") + QString::fromUtf8(python.readAllStandardError()) };
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writerProducesOdooLayout();
    void roundTripKeepsTablesAndFiles();
    void copyGetsNewIdentity();
    void neutralizedCopyHasNoMail();
    void damagedArchivesRejected_data();
    void damagedArchivesRejected();
    void caseOnlyNamesAccepted();
    void seriesMismatchOffersOnlySupported();
    void corruptDataFailsRestoreCleanly();
    void ownershipStatementsSkipped();
    void sqlErrorStopsRestore();
    void existingDatabaseRejected();
    void cancelledRestoreLeavesNothing();
    void cancelWhileModulesLocked();
    void hardLinksAndBackslashNames();
    void manyHardLinksCopiedCheaply();
    void replayCannotChangeLiveRole();
    void fullVolumeRejectsRestore();
    void busyDatabaseDropped();
    void busyDatabaseRenamed();
    void odooManagerZipRestores();

private:
    RestoreTarget targetFor(const QString &database) const;
    void verifyAbsent(const QString &database);

    test::BackupFixture m_fixture;
    QString m_backupPath;
    WrittenBackup m_written;
    QStringList m_databases; // made by the tests, dropped at the end
};

void TestBackup::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString failure = m_fixture.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    m_backupPath = m_fixture.directory->filePath(QStringLiteral("instance.zip"));
    WriterOptions options;
    options.odooSeries = m_fixture.instance.odooVersion;
    const Result<WrittenBackup> written = writeBackup(m_backupPath,
        DatabaseSource { m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName },
        FilestoreSource { m_fixture.docker.get(), m_fixture.instance.containerId }, options);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    m_written = written.value();
}

void TestBackup::cleanupTestCase()
{
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    if (admin.ok()) {
        for (const QString &database : std::as_const(m_databases))
            dropOwnedDatabase(admin.value(), database, m_fixture.plan.roleName);
    }
    m_fixture.tearDown();
}

RestoreTarget TestBackup::targetFor(const QString &database) const
{
    RestoreTarget target;
    target.adminEndpoint = m_fixture.adminEndpoint();
    target.adminPassword = m_fixture.adminPassword();
    target.role = m_fixture.plan.roleName;
    target.rolePassword = m_fixture.rolePassword();
    target.database = database;
    target.client = m_fixture.docker.get();
    target.containerId = m_fixture.instance.containerId;
    return target;
}

void TestBackup::verifyAbsent(const QString &database)
{
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    QVERIFY2(!databaseExists(admin.value(), database).value(), qPrintable(database));
    const auto stat = m_fixture.docker->statPath(m_fixture.instance.containerId,
        QStringLiteral("/var/lib/odoo/filestore/") + database);
    QVERIFY2(!stat.ok(), qPrintable(database));
}

void TestBackup::writerProducesOdooLayout()
{
    const QStringList names = centralDirectoryNames(m_backupPath);
    QVERIFY2(names.size() >= 3, qPrintable(names.join(u' ')));
    QCOMPARE(names.at(0), QStringLiteral("dump.sql"));
    QCOMPARE(names.at(1), QStringLiteral("manifest.json"));
    const QList<Member> members = readZip(m_backupPath);
    QCOMPARE(members.size(), names.size());
    QCOMPARE(members.at(0).name, QStringLiteral("dump.sql"));
    QCOMPARE(members.at(1).name, QStringLiteral("manifest.json"));
    for (qsizetype i = 2; i < members.size(); ++i) {
        QVERIFY2(members.at(i).name.startsWith(QLatin1String("filestore/")), qPrintable(members.at(i).name));
        QVERIFY2(!members.at(i).name.contains(m_fixture.plan.databaseName), qPrintable(members.at(i).name));
        QCOMPARE(members.at(i).name.count(u'/'), 2);
    }
    QVERIFY(members.at(0).data.contains("-- PostgreSQL database dump complete"));
    QVERIFY(!members.at(0).data.contains("OWNER TO"));

    const Result<Manifest> manifest = Manifest::fromJson(members.at(1).data);
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    QCOMPARE(manifest->odooDump, QStringLiteral("1"));
    QCOMPARE(manifest->databaseName, m_fixture.plan.databaseName);
    QCOMPARE(manifest->majorVersion, QStringLiteral("18.0"));
    QCOMPARE(manifest->pgVersion, QStringLiteral("15.0"));
    QVERIFY(manifest->modules.contains(QStringLiteral("base")));
    QVERIFY(manifest->modules.contains(QStringLiteral("sale")));
    QVERIFY(manifest->modules.value(QStringLiteral("base")).startsWith(QLatin1String("18.0.")));

    // The SHA-256 and size match the file on disk.
    QFile file(m_backupPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), m_written.sizeBytes);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QVERIFY(hash.addData(&file));
    QCOMPARE(hash.result().toHex(), m_written.sha256);
    QVERIFY(!QFile::exists(m_backupPath + QStringLiteral(".partial")));

    // The stand-in's PNG and PDF attachments are stored, not deflated.
    QVERIFY(m_written.filestoreFiles >= 3);
    QVERIFY2(m_written.storedFiles >= 2, qPrintable(QString::number(m_written.storedFiles)));

    const Result<BackupSummary> summary = inspectBackup(m_backupPath);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->odooVersion, QStringLiteral("18.0"));
    QCOMPARE(summary->databaseName, m_fixture.plan.databaseName);
    QCOMPARE(summary->moduleCount, int(manifest->modules.size()));
    QCOMPARE(summary->filestoreFiles, m_written.filestoreFiles);
    QVERIFY(testArchive(m_backupPath).ok());
}

void TestBackup::roundTripKeepsTablesAndFiles()
{
    const QString copy = m_fixture.plan.databaseName + QStringLiteral("_rt");
    m_databases << copy;
    RestoreOptions options;
    options.newIdentity = false;
    const Result<RestoreReport> restored = restoreBackup(m_backupPath, targetFor(copy), options);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->filestoreFiles, m_written.filestoreFiles);

    auto source = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    auto target = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), copy);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QVERIFY2(target.ok(), qPrintable(target.error()));
    const QMap<QString, QString> before = test::tableChecksums(source.value());
    const QMap<QString, QString> after = test::tableChecksums(target.value());
    QVERIFY(before.contains(QStringLiteral("ir_attachment")));
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));

    // Every object belongs to the instance's role.
    const auto owners = target.value().query(QStringLiteral(
        "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public'"));
    QVERIFY2(owners.ok(), qPrintable(owners.error()));
    QCOMPARE(owners->rows.size(), 1);
    QCOMPARE(owners->value(0, 0), m_fixture.plan.roleName);

    const QString root = QStringLiteral("/var/lib/odoo/filestore/");
    const auto originalFiles = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId,
        root + m_fixture.plan.databaseName);
    const auto restoredFiles = test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, root + copy);
    QVERIFY(!originalFiles.isEmpty());
    QCOMPARE(restoredFiles, originalFiles);

    // The restored files belong to the user Odoo runs as, not to root.
    const auto owner = dataDirectoryOwner(*m_fixture.docker, m_fixture.instance.containerId);
    const auto restoredOwner = dataDirectoryOwner(*m_fixture.docker, m_fixture.instance.containerId, root + copy);
    QVERIFY(owner.ok() && restoredOwner.ok());
    QVERIFY(owner->first != 0);
    QCOMPARE(restoredOwner.value(), owner.value());
}

void TestBackup::copyGetsNewIdentity()
{
    const QString copy = m_fixture.plan.databaseName + QStringLiteral("_cp");
    m_databases << copy;
    const Result<RestoreReport> restored = restoreBackup(m_backupPath, targetFor(copy), RestoreOptions {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    auto source = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    auto target = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), copy);
    QVERIFY(source.ok() && target.ok());
    const QString query = QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = $1");
    for (const char *key : { "database.uuid", "database.secret" }) {
        const auto before = source.value().query(query, { QLatin1String(key) });
        const auto after = target.value().query(query, { QLatin1String(key) });
        QVERIFY(before.ok() && after.ok());
        QVERIFY2(!after->rows.isEmpty(), key);
        QVERIFY2(before->value(0, 0) != after->value(0, 0), key);
    }
}

void TestBackup::neutralizedCopyHasNoMail()
{
    const QString copy = m_fixture.plan.databaseName + QStringLiteral("_nt");
    m_databases << copy;
    RestoreOptions options;
    options.neutralize = true;
    const Result<RestoreReport> restored = restoreBackup(m_backupPath, targetFor(copy), options);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    auto target = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), copy);
    QVERIFY(target.ok());
    const auto mail = target.value().query(QStringLiteral(
        "SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"));
    QCOMPARE(mail->value(0, 0), QStringLiteral("0"));
    const auto credentials = target.value().query(QStringLiteral(
        "SELECT count(*) FROM ir_mail_server WHERE smtp_user IS NOT NULL OR smtp_pass IS NOT NULL"));
    QCOMPARE(credentials->value(0, 0), QStringLiteral("0"));
    const auto crons = target.value().query(QStringLiteral(
        "SELECT c.active, coalesce(d.name, '') FROM ir_cron c LEFT JOIN ir_model_data d "
        "ON d.model = 'ir.cron' AND d.res_id = c.id"));
    QVERIFY(crons.ok());
    QVERIFY(!crons->rows.isEmpty());
    for (const QStringList &row : crons->rows)
        QCOMPARE(row.at(0) == QLatin1String("t"), row.at(1) == QLatin1String("autovacuum_job"));
    const auto flag = target.value().query(QStringLiteral(
        "SELECT value FROM ir_config_parameter WHERE key = 'database.is_neutralized'"));
    QCOMPARE(flag->value(0, 0), QStringLiteral("true"));
}

void TestBackup::seriesMismatchOffersOnlySupported()
{
    // An online (saas~) series cannot run as an instance, so a restore into
    // a 17.0 instance offers no new instance with it.
    BackupSummary summary;
    summary.kind = BackupKind::OdooZip;
    summary.odooVersion = QStringLiteral("saas~17.4");
    const Status online = checkSeries(summary, QStringLiteral("17.0"));
    QVERIFY(!online.ok());
    QVERIFY2(!online.error().contains(QLatin1String("as a new instance")), qPrintable(online.error()));
    QVERIFY2(online.error().contains(QLatin1String("saas~17.4 is not a series")), qPrintable(online.error()));

    summary.odooVersion = QStringLiteral("16.0");
    const Status older = checkSeries(summary, QStringLiteral("17.0"));
    QVERIFY(!older.ok());
    QVERIFY2(older.error().contains(QLatin1String("Restore it as a new instance with Odoo 16.0")),
        qPrintable(older.error()));
}

void TestBackup::damagedArchivesRejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged or truncated");
    QTest::newRow("not a zip") << QStringLiteral("text") << QStringLiteral("neither a zip file");
    QTest::newRow("zip slip") << QStringLiteral("slip") << QStringLiteral("contains \"..\"");
    QTest::newRow("absolute path") << QStringLiteral("absolute") << QStringLiteral("absolute path");
    QTest::newRow("symlink") << QStringLiteral("symlink") << QStringLiteral("symbolic link");
    QTest::newRow("no manifest") << QStringLiteral("nomanifest") << QStringLiteral("has no manifest.json");
    QTest::newRow("no dump") << QStringLiteral("nodump") << QStringLiteral("has no dump.sql");
    QTest::newRow("bad manifest") << QStringLiteral("badmanifest") << QStringLiteral("not valid JSON");
    QTest::newRow("duplicate dump") << QStringLiteral("duplicatedump")
                                    << QStringLiteral("contains member dump.sql more than once");
    QTest::newRow("duplicate manifest") << QStringLiteral("duplicatemanifest")
                                        << QStringLiteral("contains member manifest.json more than once");
    QTest::newRow("duplicate filestore file") << QStringLiteral("duplicatefile")
                                              << QStringLiteral("contains member filestore/00/twice more than once");
    QTest::newRow("file under a file") << QStringLiteral("fileunderfile")
                                       << QStringLiteral("member filestore/zz is a file, but member filestore/zz/c "
                                                         "needs a directory of that name");
    QTest::newRow("file over a directory") << QStringLiteral("fileoverdirectory")
                                           << QStringLiteral("member filestore/zz is a file, but member "
                                                             "filestore/zz/c needs a directory of that name");
    QTest::newRow("file over a directory entry") << QStringLiteral("fileoverdirectoryentry")
                                                 << QStringLiteral("member filestore/zz is a file, but member "
                                                                   "filestore/zz/ needs a directory of that name");
    QTest::newRow("same file by two names") << QStringLiteral("samefile")
                                            << QStringLiteral("members filestore/00/twice and filestore/00//./twice "
                                                              "name the same file");
    QTest::newRow("zip bomb") << QStringLiteral("bomb") << QStringLiteral("zip bomb");
    QTest::newRow("wrapped in a folder") << QStringLiteral("wrapped")
                                         << QStringLiteral("its files are inside the folder acme_prod");
    QTest::newRow("wrong version") << QStringLiteral("version") << QStringLiteral("Restore it as a new instance with Odoo 17.0");
}

void TestBackup::damagedArchivesRejected()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QList<Member> good = readZip(m_backupPath);
    const QString path = m_fixture.directory->filePath(kind + QStringLiteral(".zip"));
    QList<Member> members = good;
    if (kind == QLatin1String("truncated")) {
        QFile source(m_backupPath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(source.read(source.size() / 2));
    } else if (kind == QLatin1String("text")) {
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("-- just some SQL\n");
    } else {
        if (kind == QLatin1String("slip"))
            members << Member { QStringLiteral("filestore/../../../etc/cron.d/evil"), "x" };
        else if (kind == QLatin1String("absolute"))
            members << Member { QStringLiteral("/etc/passwd"), "x" };
        else if (kind == QLatin1String("symlink"))
            members << Member { QStringLiteral("filestore/ab/link"), "/etc/shadow", AE_IFLNK };
        else if (kind == QLatin1String("nomanifest"))
            members.removeAt(1);
        else if (kind == QLatin1String("nodump"))
            members.removeAt(0);
        else if (kind == QLatin1String("badmanifest"))
            members[1].data = "{ not json";
        else if (kind == QLatin1String("duplicatedump"))
            members << Member { QStringLiteral("dump.sql"), "DROP SCHEMA public CASCADE;\n" };
        else if (kind == QLatin1String("duplicatemanifest"))
            members << members.at(1);
        else if (kind == QLatin1String("duplicatefile"))
            members << Member { QStringLiteral("filestore/00/twice"), "first" }
                    << Member { QStringLiteral("filestore/00/twice"), "second" };
        else if (kind == QLatin1String("fileunderfile"))
            members << Member { QStringLiteral("filestore/zz"), "a file" }
                    << Member { QStringLiteral("filestore/zz/c"), "a file in a directory of the same name" };
        else if (kind == QLatin1String("fileoverdirectory"))
            members << Member { QStringLiteral("filestore/zz/c"), "a file in a directory of the same name" }
                    << Member { QStringLiteral("filestore/zz"), "a file" };
        else if (kind == QLatin1String("fileoverdirectoryentry"))
            members << Member { QStringLiteral("filestore/zz"), "a file" }
                    << Member { QStringLiteral("filestore/zz/"), {}, AE_IFDIR };
        else if (kind == QLatin1String("samefile"))
            members << Member { QStringLiteral("filestore/00/twice"), "first" }
                    << Member { QStringLiteral("filestore/00//./twice"), "second" };
        else if (kind == QLatin1String("bomb"))
            members << Member { QStringLiteral("filestore/00/zeros"), QByteArray(120 * 1024 * 1024, '\0') };
        else if (kind == QLatin1String("version"))
            members[1].data.replace("18.0", "17.0").replace("18, 0", "17, 0");
        else if (kind == QLatin1String("wrapped")) {
            // Zipped with the folder around the files, as a file manager does.
            for (Member &member : members)
                member.name.prepend(QStringLiteral("acme_prod/"));
        }
        QVERIFY(writeZip(path, members));
    }

    const Result<BackupSummary> summary = inspectBackup(path);
    if (kind == QLatin1String("version")) {
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const Status compatible = checkSeries(summary.value(), QStringLiteral("18.0"));
        QVERIFY(!compatible.ok());
        QVERIFY2(compatible.error().contains(expected), qPrintable(compatible.error()));
        return;
    }
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));

    // A restore stops at the same check and creates nothing.
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_bad");
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), RestoreOptions {});
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error(), summary.error());
    verifyAbsent(database);
}

void TestBackup::caseOnlyNamesAccepted()
{
    // Linux file systems tell "File" from "file", so the reader accepts both.
    const QList<Member> good = readZip(m_backupPath);
    const Result<BackupSummary> before = inspectBackup(m_backupPath);
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QList<Member> members = good;
    members << Member { QStringLiteral("filestore/ab/File"), "upper" } << Member { QStringLiteral("filestore/ab/file"), "lower" }
            << Member { QStringLiteral("filestore/AB/file"), "upper directory" };
    const QString path = m_fixture.directory->filePath(QStringLiteral("caseonly.zip"));
    QVERIFY(writeZip(path, members));

    const Result<BackupSummary> summary = inspectBackup(path);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->filestoreFiles, before->filestoreFiles + 3);
}

void TestBackup::corruptDataFailsRestoreCleanly()
{
    // A flipped byte in the middle of dump.sql passes the directory check
    // but fails the CRC while restoring.
    QFile source(m_backupPath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype offset = 200;
    bytes[offset] = char(bytes.at(offset) ^ 0x55);
    const QString path = m_fixture.directory->filePath(QStringLiteral("corrupt.zip"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    QVERIFY(!testArchive(path).ok());
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_crc");
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), RestoreOptions {});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("damaged")) || restored.error().contains(QLatin1String("psql")),
        qPrintable(restored.error()));
    verifyAbsent(database);
}

void TestBackup::ownershipStatementsSkipped()
{
    // A dump as a superuser's pg_dump writes it without --no-owner, and as
    // pg_dump 17 writes it: statements the instance's role may not run.
    QList<Member> members = readZip(m_backupPath);
    QByteArray &dump = members[0].data;
    const QByteArray header = "SET transaction_timeout = 0;\n"
                              "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';\n"
                              "CREATE EXTENSION pg_trgm WITH SCHEMA public;\n"
                              "ALTER SCHEMA public OWNER TO postgres;\n";
    dump.prepend(header);
    dump.append("ALTER TABLE public.res_partner OWNER TO postgres;\n");
    const QString path = m_fixture.directory->filePath(QStringLiteral("owners.zip"));
    QVERIFY(writeZip(path, members));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_own");
    m_databases << database;
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), RestoreOptions {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->skippedCount, 4);
    QVERIFY(restored->skippedStatements.first().startsWith(QLatin1String("SET transaction_timeout")));
}

void TestBackup::sqlErrorStopsRestore()
{
    QList<Member> members = readZip(m_backupPath);
    members[0].data.append("INSERT INTO no_such_table VALUES (1);\n");
    const QString path = m_fixture.directory->filePath(QStringLiteral("sqlerror.zip"));
    QVERIFY(writeZip(path, members));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_err");
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), RestoreOptions {});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("no_such_table")), qPrintable(restored.error()));
    verifyAbsent(database);

    members = readZip(m_backupPath);
    members[0].data.prepend("\\! touch /tmp/pwned\n");
    QVERIFY(writeZip(path, members));
    const Result<RestoreReport> meta = restoreBackup(path, targetFor(database), RestoreOptions {});
    QVERIFY(!meta.ok());
    QVERIFY2(meta.error().contains(QLatin1String("meta-command")), qPrintable(meta.error()));
    verifyAbsent(database);
}

void TestBackup::existingDatabaseRejected()
{
    const Result<RestoreReport> restored
        = restoreBackup(m_backupPath, targetFor(m_fixture.plan.databaseName), RestoreOptions {});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("already exists")), qPrintable(restored.error()));
    auto source = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    QVERIFY2(source.ok(), qPrintable(source.error()));
}

void TestBackup::cancelledRestoreLeavesNothing()
{
    // Enough rows that psql is still busy when the cancel arrives.
    QList<Member> members = readZip(m_backupPath);
    QByteArray rows = "CREATE TABLE bulk_rows (id integer, payload text);\nCOPY public.bulk_rows (id, payload) FROM stdin;\n";
    for (int i = 0; i < 400000; ++i)
        rows += QByteArray::number(i) + "\tpayload row " + QByteArray::number(i) + " with some padding text\n";
    rows += "\\.\n";
    members[0].data.prepend(rows);
    const QString path = m_fixture.directory->filePath(QStringLiteral("big.zip"));
    QVERIFY(writeZip(path, members));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_cx");
    RestoreOptions options;
    std::atomic_bool started { false };
    options.progress = [&started](qint64 done, qint64) {
        if (done > 1024 * 1024)
            started = true;
    };
    QThread *canceller = QThread::create([&] {
        while (!started)
            QThread::msleep(5);
        options.cancellation.cancel();
    });
    canceller->start();
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), options);
    canceller->wait();
    delete canceller;
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("cancelled")), qPrintable(restored.error()));
    verifyAbsent(database);
}

void TestBackup::cancelWhileModulesLocked()
{
    // An Odoo module update locks ir_module_module. The backup waits for the
    // lock, and a cancel must end the wait rather than wait for the update.
    const test::PostgresService pg = test::postgres();
    const postgres::PgEndpoint superuser { pg.host, pg.port, pg.superuser };
    auto locker = postgres::PgConnection::open(superuser, pg.superpassword, m_fixture.plan.databaseName);
    QVERIFY2(locker.ok(), qPrintable(locker.error()));
    QVERIFY(locker.value().execute(QStringLiteral("BEGIN")).ok());
    QVERIFY(locker.value().execute(QStringLiteral("LOCK TABLE ir_module_module IN ACCESS EXCLUSIVE MODE")).ok());

    WriterOptions options;
    options.odooSeries = m_fixture.instance.odooVersion;
    QThread *canceller = QThread::create([&options] {
        QThread::sleep(1);
        options.cancellation.cancel();
    });
    const QString path = m_fixture.directory->filePath(QStringLiteral("locked.zip"));
    // The lock is held until the ROLLBACK below, so without the cancel
    // writeBackup never returns and the test times out.
    canceller->start();
    const Result<WrittenBackup> written = writeBackup(path,
        DatabaseSource { m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName },
        FilestoreSource { m_fixture.docker.get(), m_fixture.instance.containerId }, options);
    canceller->wait();
    delete canceller;
    QVERIFY(locker.value().execute(QStringLiteral("ROLLBACK")).ok());

    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QLatin1String("cancelled")), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

void TestBackup::hardLinksAndBackslashNames()
{
    // A file with two names, as `cp -al` or a dedupe tool leaves it, and a
    // name that no zip member may carry.
    const QString folder = QStringLiteral("/var/lib/odoo/filestore/%1/zz").arg(m_fixture.plan.databaseName);
    const auto run = [this](const QString &script) {
        docker::ExecSpec spec;
        spec.cmd = { QStringLiteral("sh"), QStringLiteral("-c"), script };
        return m_fixture.docker->exec(m_fixture.instance.containerId, spec);
    };
    const auto made = run(QStringLiteral("mkdir -p %1 && printf hello-hardlink > %1/original && ln %1/original "
                                         "%1/second && printf bs > '%1/a\\b'")
                              .arg(folder));
    QVERIFY2(made.ok() && made->exitCode == 0, made.ok() ? made->stderrData.constData() : qPrintable(made.error()));
    auto removeFolder = qScopeGuard([&] { run(QStringLiteral("rm -rf %1").arg(folder)); });

    WriterOptions options;
    options.odooSeries = m_fixture.instance.odooVersion;
    const QString path = m_fixture.directory->filePath(QStringLiteral("links.zip"));
    const Result<WrittenBackup> written = writeBackup(path,
        DatabaseSource { m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName },
        FilestoreSource { m_fixture.docker.get(), m_fixture.instance.containerId }, options);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    QHash<QString, QByteArray> data;
    for (const Member &member : readZip(path))
        data.insert(member.name, member.data);
    QCOMPARE(data.value(QStringLiteral("filestore/zz/original")), QByteArray("hello-hardlink"));
    QCOMPARE(data.value(QStringLiteral("filestore/zz/second")), QByteArray("hello-hardlink"));
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        QVERIFY2(!it.key().contains(u'\\'), qPrintable(it.key()));
    QVERIFY2(written->warnings.join(u'\n').contains(QLatin1String("backslash")),
        qPrintable(written->warnings.join(u'\n')));

    // The zip passes the reader's checks, so it can be restored.
    const Result<BackupSummary> read = inspectBackup(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
}

void TestBackup::manyHardLinksCopiedCheaply()
{
    // 200 more names of one file, as a dedupe tool leaves them. Each name
    // used to cost a tar request of its own to the engine, about 68 ms on
    // the harness, so 200 names added about 14 s.
    const QString folder = QStringLiteral("/var/lib/odoo/filestore/%1/zy").arg(m_fixture.plan.databaseName);
    const auto run = [this](const QString &script) {
        docker::ExecSpec spec;
        spec.cmd = { QStringLiteral("sh"), QStringLiteral("-c"), script };
        return m_fixture.docker->exec(m_fixture.instance.containerId, spec);
    };
    const auto made = run(QStringLiteral("mkdir -p %1 && head -c 65536 /dev/urandom > %1/data").arg(folder));
    QVERIFY2(made.ok() && made->exitCode == 0, made.ok() ? made->stderrData.constData() : qPrintable(made.error()));
    auto removeFolder = qScopeGuard([&] { run(QStringLiteral("rm -rf %1").arg(folder)); });

    WriterOptions options;
    options.odooSeries = m_fixture.instance.odooVersion;
    const DatabaseSource database { m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName };
    const FilestoreSource filestore { m_fixture.docker.get(), m_fixture.instance.containerId };
    const QString plainPath = m_fixture.directory->filePath(QStringLiteral("nolinks.zip"));
    QElapsedTimer timer;
    timer.start();
    const Result<WrittenBackup> plain = writeBackup(plainPath, database, filestore, options);
    const qint64 plainMs = timer.elapsed();
    QVERIFY2(plain.ok(), qPrintable(plain.error()));

    const auto linked = run(QStringLiteral("cd %1 && for i in $(seq -w 1 200); do ln data link$i; done").arg(folder));
    QVERIFY2(linked.ok() && linked->exitCode == 0,
        linked.ok() ? linked->stderrData.constData() : qPrintable(linked.error()));
    const QString path = m_fixture.directory->filePath(QStringLiteral("manylinks.zip"));
    timer.restart();
    const Result<WrittenBackup> written = writeBackup(path, database, filestore, options);
    const qint64 linkedMs = timer.elapsed();
    QVERIFY2(written.ok(), qPrintable(written.error()));

    QCOMPARE(written->filestoreFiles, plain->filestoreFiles + 200);
    QCOMPARE(written->filestoreBytes, plain->filestoreBytes + 200 * 65536);
    QHash<QString, QByteArray> data;
    for (const Member &member : readZip(path))
        data.insert(member.name, member.data);
    const QByteArray original = data.value(QStringLiteral("filestore/zy/data"));
    QCOMPARE(original.size(), 65536);
    for (int i = 1; i <= 200; ++i) {
        const QString name = QStringLiteral("filestore/zy/link%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY2(data.value(name) == original, qPrintable(name));
    }
    const Result<BackupSummary> read = inspectBackup(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY2(testArchive(path).ok(), qPrintable(testArchive(path).error()));

    // Copies within the zip take milliseconds, so 4 s leaves room for a busy machine.
    QVERIFY2(linkedMs - plainMs < 4000,
        qPrintable(QStringLiteral("with links %1 ms, without %2 ms").arg(linkedMs).arg(plainMs)));
}

void TestBackup::replayCannotChangeLiveRole()
{
    // A function the dump defines and calls runs as the instance's role,
    // which may change its own password and the databases it owns, the
    // live one included. (The filter rejects a DO block outright.)
    QList<Member> members = readZip(m_backupPath);
    const QByteArray hostile = QStringLiteral(
        "CREATE FUNCTION public.hostile() RETURNS void LANGUAGE plpgsql AS $x$ BEGIN "
        "EXECUTE 'ALTER ROLE ' || quote_ident(current_user) || ' PASSWORD ''hacked'''; "
        "EXECUTE 'ALTER DATABASE %1 CONNECTION LIMIT 0'; END $x$;\nSELECT public.hostile();\nSELECT 1/0;\n")
                                   .arg(m_fixture.plan.databaseName)
                                   .toUtf8();
    members[0].data.prepend(hostile);
    const QString path = m_fixture.directory->filePath(QStringLiteral("hostile.zip"));
    QVERIFY(writeZip(path, members));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_hx");
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(database), {});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("division by zero")), qPrintable(restored.error()));
    verifyAbsent(database);

    // The role still logs in with its stored password, and the live
    // database takes connections.
    auto live = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(),
        m_fixture.plan.databaseName);
    QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error()));
    const Result<postgres::PgRows> limit = live.value().query(
        QStringLiteral("SELECT datconnlimit FROM pg_database WHERE datname = $1"), { m_fixture.plan.databaseName });
    QVERIFY2(limit.ok(), qPrintable(limit.ok() ? QString() : limit.error()));
    QCOMPARE(limit->rows.first().first(), QStringLiteral("-1"));
}

void TestBackup::fullVolumeRejectsRestore()
{
    // The running instance's volume reports its free space through an exec.
    const Result<qint64> free = volumeFreeBytes(*m_fixture.docker, m_fixture.instance.containerId,
        QStringLiteral("/var/lib/odoo"));
    QVERIFY2(free.ok(), qPrintable(free.error()));
    QVERIFY(free.value() > 0);

    // A backup with a filestore of 256 KiB or more, against a 64 KiB tmpfs
    // volume in a container that never runs, so a helper reads its space.
    QList<Member> members = readZip(m_backupPath);
    QByteArray noise(256 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    members << Member { QStringLiteral("filestore/ff/ffeeddccbbaa99887766554433221100ffeeddcc"), noise, AE_IFREG };
    const QString path = m_fixture.directory->filePath(QStringLiteral("large-filestore.zip"));
    QVERIFY(writeZip(path, members));
    const Result<BackupSummary> summary = inspectBackup(path);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(summary->filestoreBytes >= noise.size());

    const QString suffix = test::shortId();
    docker::VolumeSpec volume;
    volume.name = QStringLiteral("saasodoo-test-full-") + suffix;
    volume.driverOptions = { { QStringLiteral("type"), QStringLiteral("tmpfs") },
        { QStringLiteral("device"), QStringLiteral("tmpfs") }, { QStringLiteral("o"), QStringLiteral("size=64k") } };
    const auto createdVolume = m_fixture.docker->createVolume(volume);
    QVERIFY2(createdVolume.ok(), qPrintable(createdVolume.error()));
    const auto removeVolume = qScopeGuard([&] { m_fixture.docker->removeVolume(volume.name, true); });
    docker::ContainerSpec spec;
    spec.name = QStringLiteral("saasodoo-test-full-") + suffix;
    spec.image = test::standinImage(m_fixture.instance.odooVersion);
    spec.volumeMounts << docker::VolumeMount { volume.name, QStringLiteral("/var/lib/odoo"), false };
    const auto container = m_fixture.docker->createContainer(spec);
    QVERIFY2(container.ok(), qPrintable(container.error()));
    const auto removeContainer = qScopeGuard(
        [&] { m_fixture.docker->removeContainer(container->id, docker::RemoveContainerOptions { true, false }); });

    const Result<qint64> tmpfsFree = volumeFreeBytes(*m_fixture.docker, container->id, QStringLiteral("/var/lib/odoo"));
    QVERIFY2(tmpfsFree.ok(), qPrintable(tmpfsFree.error()));
    QVERIFY(tmpfsFree.value() <= 64 * 1024);

    const QString database = m_fixture.plan.databaseName + QStringLiteral("_full");
    RestoreTarget target = targetFor(database);
    target.containerId = container->id;
    const Result<RestoreReport> restored = restoreBackup(path, target, RestoreOptions {});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("Not enough free space")), qPrintable(restored.error()));
    const QString needed = QLocale::c().formattedDataSize(summary->filestoreBytes);
    QVERIFY2(restored.error().contains(needed), qPrintable(restored.error()));
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    QVERIFY(!databaseExists(admin.value(), database).value());
}

void TestBackup::busyDatabaseDropped()
{
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_busy");
    m_databases << database;
    QVERIFY(createOwnedDatabase(admin.value(), database, m_fixture.plan.roleName).ok());

    // A superuser's session, which the console's role may not end (as an
    // autovacuum worker), and a session of the instance's role, which it may.
    const test::PostgresService pg = test::postgres();
    const postgres::PgEndpoint superuser { pg.host, pg.port, pg.superuser };
    auto blocker = postgres::PgConnection::open(superuser, pg.superpassword, database);
    QVERIFY2(blocker.ok(), qPrintable(blocker.error()));
    auto own = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), database);
    QVERIFY2(own.ok(), qPrintable(own.error()));

    // While the superuser stays, the drop gives up and names the session.
    const Status refused = dropOwnedDatabase(admin.value(), database, m_fixture.plan.roleName, std::chrono::seconds(1));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(pg.superuser), qPrintable(refused.error()));
    QVERIFY(databaseExists(admin.value(), database).value());

    // When the superuser's session ends a few seconds later, the drop succeeds.
    QThread *closer = QThread::create([&blocker] {
        QThread::sleep(2);
        blocker = makeError(QStringLiteral("closed by the test"));
    });
    closer->start();
    const Status dropped = dropOwnedDatabase(admin.value(), database, m_fixture.plan.roleName);
    closer->wait();
    delete closer;
    QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
    QVERIFY(!databaseExists(admin.value(), database).value());
}

void TestBackup::busyDatabaseRenamed()
{
    auto admin = postgres::PgConnection::open(m_fixture.adminEndpoint(), m_fixture.adminPassword());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const QString database = m_fixture.plan.databaseName + QStringLiteral("_busyrename");
    const QString renamedName = database + QStringLiteral("_to");
    m_databases << database << renamedName;
    QVERIFY(createOwnedDatabase(admin.value(), database, m_fixture.plan.roleName).ok());

    // A superuser's session stands in for an autovacuum worker, which the
    // console's role may not end; it ends by itself 2 s later.
    const test::PostgresService pg = test::postgres();
    const postgres::PgEndpoint superuser { pg.host, pg.port, pg.superuser };
    auto blocker = postgres::PgConnection::open(superuser, pg.superpassword, database);
    QVERIFY2(blocker.ok(), qPrintable(blocker.error()));
    auto own = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), database);
    QVERIFY2(own.ok(), qPrintable(own.error()));
    QThread *closer = QThread::create([&blocker] {
        QThread::sleep(2);
        blocker = makeError(QStringLiteral("closed by the test"));
    });
    closer->start();
    const Status renamed = renameOwnedDatabase(admin.value(), database, renamedName, m_fixture.plan.roleName);
    closer->wait();
    delete closer;
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    QVERIFY(databaseExists(admin.value(), renamedName).value());
    QVERIFY(!databaseExists(admin.value(), database).value());
}

void TestBackup::odooManagerZipRestores()
{
    // The stand-in's dump_db() builds the zip as Odoo 16.0-18.0's database
    // manager does (odoo/service/db.py): Python's zipfile, deflated, dump.sql
    // first, then manifest.json and the filestore in os.walk order.
    docker::ExecSpec spec;
    spec.cmd = { QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import sys\n"
                       "sys.path.insert(0, '/usr/lib/odoo-standin')\n"
                       "from odoo_standin import config, dbmanager\n"
                       "dbmanager.dump_db(config.parse([]), sys.argv[1], sys.stdout.buffer)\n"),
        m_fixture.plan.databaseName };
    const auto dumped = m_fixture.docker->exec(m_fixture.instance.containerId, spec);
    QVERIFY2(dumped.ok(), qPrintable(dumped.ok() ? QString() : dumped.error()));
    QVERIFY2(dumped->exitCode == 0, dumped->stderrData.constData());
    const QString path = m_fixture.directory->filePath(QStringLiteral("odoo-manager.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(dumped->stdoutData), dumped->stdoutData.size());
    file.close();

    const QList<Member> members = readZip(path);
    QVERIFY(members.size() >= 3);
    QCOMPARE(members.first().name, QStringLiteral("dump.sql"));
    const Result<BackupSummary> summary = inspectBackup(path);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->odooVersion, QStringLiteral("18.0"));
    QCOMPARE(summary->filestoreFiles, m_written.filestoreFiles);

    const QString copy = m_fixture.plan.databaseName + QStringLiteral("_om");
    m_databases << copy;
    RestoreOptions options;
    options.newIdentity = false;
    const Result<RestoreReport> restored = restoreBackup(path, targetFor(copy), options);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    auto source = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), m_fixture.plan.databaseName);
    auto target = postgres::PgConnection::open(m_fixture.roleEndpoint(), m_fixture.rolePassword(), copy);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QVERIFY2(target.ok(), qPrintable(target.error()));
    QCOMPARE(test::tableChecksums(target.value()), test::tableChecksums(source.value()));
    const QString root = QStringLiteral("/var/lib/odoo/filestore/");
    QCOMPARE(test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, root + copy),
        test::fileHashes(*m_fixture.docker, m_fixture.instance.containerId, root + m_fixture.plan.databaseName));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
