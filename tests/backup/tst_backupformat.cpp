// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pure parts of the backup engine: client version choice, manifest,
// compressed-data detection and the dump filter.
#include "core/backup/backupformat.h"
#include "core/backup/backupreader.h"
#include "core/backup/dumpfilter.h"
#include "core/backup/pgclient.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace saasodoo;
using namespace saasodoo::backup;

class TestBackupFormat : public QObject
{
    Q_OBJECT

private slots:
    void clientVersionParsed();
    void matchingClientPreferred();
    void oldClientRejectedWithPackage();
    void pgVersionAsOdooWrites();
    void manifestRoundTrip();
    void compressedDataDetected();
    void filterSkipsOwnershipStatements();
    void filterKeepsCopyData();
    void filterRejectsMetaCommands();
    void filterHandlesSplitChunks();
    void filterRejectsDatabaseStatements_data();
    void filterRejectsDatabaseStatements();
    void filterErrorQuotesStatement();
    void filterRejectsUnterminatedLastStatement();
    void filterKeepsQuotedStatementWords();
    void filterRejectsMetaCommandMidLine();
    void filterSkipsGrantsToOtherRoles();
    void encryptedZipRejected();
};

void TestBackupFormat::clientVersionParsed()
{
    QCOMPARE(parseClientMajorVersion(QStringLiteral("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")), 15);
    QCOMPARE(parseClientMajorVersion(QStringLiteral("pg_dump (PostgreSQL) 9.6.24")), 9);
    QCOMPARE(parseClientMajorVersion(QStringLiteral("garbage")), 0);
    QCOMPARE(serverMajorVersion(150018), 15);
    QCOMPARE(serverMajorVersion(90624), 9);
}

void TestBackupFormat::matchingClientPreferred()
{
    const QList<ClientTools> tools { { QStringLiteral("/a"), 17, {} }, { QStringLiteral("/b"), 15, {} },
        { QStringLiteral("/c"), 16, {} } };
    QCOMPARE(chooseClientTools(tools, 150018)->directory, QStringLiteral("/b"));
    QCOMPARE(chooseClientTools(tools, 160004)->directory, QStringLiteral("/c"));
    QCOMPARE(chooseClientTools(tools, 140010)->directory, QStringLiteral("/b"));
}

void TestBackupFormat::oldClientRejectedWithPackage()
{
    // A PostgreSQL 16 server with only a pg_dump 15 on the computer.
    const Result<ClientTools> chosen = chooseClientTools({ { QStringLiteral("/usr/lib/postgresql/15/bin"), 15, {} } }, 160002);
    QVERIFY(!chosen.ok());
    QVERIFY2(chosen.error().contains(QLatin1String("postgresql-client-16")), qPrintable(chosen.error()));
    QVERIFY2(chosen.error().contains(QLatin1String("found: 15")), qPrintable(chosen.error()));
    const Result<ClientTools> none = chooseClientTools({}, 160002);
    QVERIFY2(none.error().contains(QLatin1String("none found")), qPrintable(none.error()));
}

void TestBackupFormat::pgVersionAsOdooWrites()
{
    QCOMPARE(odooPgVersion(150018), QStringLiteral("15.0"));
    QCOMPARE(odooPgVersion(160002), QStringLiteral("16.0"));
    QCOMPARE(odooPgVersion(90624), QStringLiteral("9.6"));
}

void TestBackupFormat::manifestRoundTrip()
{
    Manifest manifest;
    manifest.databaseName = QStringLiteral("acme");
    setOdooVersion(manifest, QStringLiteral("18.0"));
    manifest.pgVersion = QStringLiteral("15.0");
    manifest.modules = { { QStringLiteral("base"), QStringLiteral("18.0.1.3") } };
    const Result<Manifest> parsed = Manifest::fromJson(manifest.toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->majorVersion, QStringLiteral("18.0"));
    QCOMPARE(parsed->versionInfo.at(0).toInt(), 18);
    QCOMPARE(parsed->versionInfo.at(3).toString(), QStringLiteral("final"));
    QCOMPARE(parsed->modules, manifest.modules);

    const Result<Manifest> saas = Manifest::fromJson(R"({"version": "saas~17.2", "db_name": "x"})");
    QCOMPARE(saas->majorVersion, QStringLiteral("17.0"));
    QVERIFY(!Manifest::fromJson(R"({"db_name": "x"})").ok());
}

void TestBackupFormat::compressedDataDetected()
{
    QVERIFY(looksCompressed("\x89PNG\r\n\x1a\n rest"));
    QVERIFY(looksCompressed("%PDF-1.7 rest"));
    QVERIFY(looksCompressed("PK\x03\x04 docx"));
    QVERIFY(looksCompressed("\x1f\x8b\x08 gzip"));
    QVERIFY(looksCompressed("plain", QStringLiteral("photo.JPG")));
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QVERIFY(looksCompressed(random));
    QVERIFY(!looksCompressed(QByteArray(64 * 1024, 'a')));
    QVERIFY(!looksCompressed("INSERT INTO res_partner VALUES (1, 'Acme');"));
}

void TestBackupFormat::filterSkipsOwnershipStatements()
{
    DumpFilter filter;
    const QByteArray input = "SET statement_timeout = 0;\n"
                             "SET transaction_timeout = 0;\n"
                             "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';\n"
                             "CREATE EXTENSION pg_trgm WITH SCHEMA public;\n"
                             "ALTER TABLE public.res_partner OWNER TO odoo;\n"
                             "ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT ALL ON TABLES TO odoo;\n"
                             "CREATE TABLE t (\n    id integer\n);\n";
    QByteArray output = filter.feed(input);
    output += filter.finish();
    QCOMPARE(output, QByteArray("SET statement_timeout = 0;\n"
                                "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;\n"
                                "CREATE TABLE t (\n    id integer\n);\n"));
    QCOMPARE(filter.skippedCount(), 4);
    QVERIFY(filter.error().isEmpty());
    const QStringList summary = filter.skippedSummary();
    QCOMPARE(summary.size(), 3);
    QVERIFY2(summary.at(0).startsWith(QLatin1String("Skipped 1 COMMENT ON EXTENSION statement:")),
        qPrintable(summary.at(0)));
    QVERIFY2(summary.at(1).startsWith(QLatin1String("Skipped 2 statements that set an owner")),
        qPrintable(summary.at(1)));
    QVERIFY2(summary.at(2).startsWith(QLatin1String("Skipped 1 SET transaction_timeout statement:")),
        qPrintable(summary.at(2)));
}

void TestBackupFormat::filterKeepsCopyData()
{
    DumpFilter filter;
    const QByteArray input = "COPY public.notes (id, body) FROM stdin;\n"
                             "1\tCOMMENT ON EXTENSION x IS 'y';\n"
                             "2\t\\\\! not a command\n"
                             "\\.\n"
                             "\\unrestrict abc\n";
    QByteArray output = filter.feed(input);
    output += filter.finish();
    QCOMPARE(output, input);
    QVERIFY(filter.error().isEmpty());
}

void TestBackupFormat::filterRejectsMetaCommands()
{
    DumpFilter filter;
    filter.feed("SELECT 1;\n\\! rm -rf /\n");
    QVERIFY(filter.error().contains(QLatin1String("meta-command")));
    DumpFilter connect;
    connect.feed("\\connect other\n");
    QVERIFY(!connect.error().isEmpty());
}

void TestBackupFormat::filterHandlesSplitChunks()
{
    const QByteArray input = "COMMENT ON EXTENSION plpgsql IS 'x';\nSELECT 1;\nCOPY a FROM stdin;\n1\n\\.\nSELECT 2;\n";
    for (qsizetype split = 1; split < input.size(); ++split) {
        DumpFilter filter;
        QByteArray output = filter.feed(input.first(split));
        output += filter.feed(input.sliced(split));
        output += filter.finish();
        QCOMPARE(output, QByteArray("SELECT 1;\nCOPY a FROM stdin;\n1\n\\.\nSELECT 2;\n"));
    }
}

void TestBackupFormat::filterRejectsDatabaseStatements_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("drop database") << QByteArray("DROP DATABASE copy1 WITH (FORCE);");
    QTest::newRow("lower case") << QByteArray("drop   database copy1;");
    QTest::newRow("create database") << QByteArray("CREATE DATABASE other;");
    QTest::newRow("alter database") << QByteArray("ALTER DATABASE copy1 SET default_transaction_read_only = on;");
    QTest::newRow("alter role set") << QByteArray("ALTER ROLE CURRENT_USER SET statement_timeout = 1;");
    QTest::newRow("alter user") << QByteArray("ALTER USER odoo WITH PASSWORD 'x';");
    QTest::newRow("create role") << QByteArray("CREATE ROLE intruder LOGIN;");
    QTest::newRow("drop group") << QByteArray("DROP GROUP staff;");
    QTest::newRow("set role") << QByteArray("SET ROLE postgres;");
    QTest::newRow("set session authorization") << QByteArray("SET SESSION AUTHORIZATION postgres;");
    QTest::newRow("alter system") << QByteArray("ALTER SYSTEM SET fsync = off;");
    QTest::newRow("copy to program") << QByteArray("COPY t TO PROGRAM 'rm -rf /';");
    QTest::newRow("after another statement") << QByteArray("SELECT 1; DROP DATABASE copy1;");
    QTest::newRow("after a string") << QByteArray("SELECT 'a;b'; DROP DATABASE copy1;");
    QTest::newRow("after an E string") << QByteArray("SELECT E'\\''; DROP DATABASE copy1; --';");
    QTest::newRow("split over lines") << QByteArray("DROP\nDATABASE copy1;");
    QTest::newRow("comment between words") << QByteArray("DROP/**/DATABASE copy1 WITH (FORCE);");
    QTest::newRow("after padding") << (QByteArray(5000, ' ') + "DROP DATABASE copy1;");
    QTest::newRow("do block") << QByteArray("DO $x$ BEGIN EXECUTE 'ALTER ROLE odoo PASSWORD ''y'''; END $x$;");
    QTest::newRow("grant on database") << QByteArray("GRANT CONNECT, TEMP ON DATABASE copy1 TO PUBLIC;");
    QTest::newRow("revoke on database") << QByteArray("REVOKE ALL ON DATABASE copy1 FROM odoo, PUBLIC;");
    QTest::newRow("comment on database") << QByteArray("COMMENT ON DATABASE copy1 IS 'x';");
}

void TestBackupFormat::filterRejectsDatabaseStatements()
{
    QFETCH(QByteArray, statement);
    DumpFilter filter(QStringLiteral("odoo"));
    QByteArray input = "SET client_encoding = 'UTF8';\n";
    input += statement;
    input += '\n';
    const QByteArray output = filter.feed(input) + filter.finish();
    QVERIFY2(!filter.error().isEmpty(), output.constData());
    // The line where the statement ends.
    QVERIFY2(filter.error().contains(QStringLiteral("Line %1 ").arg(input.count('\n'))), qPrintable(filter.error()));
    QVERIFY(!output.contains("DATABASE"));
}

void TestBackupFormat::filterRejectsUnterminatedLastStatement()
{
    // psql runs the statement left at the end of the input even without a
    // semicolon.
    DumpFilter filter(QStringLiteral("odoo"));
    filter.feed("SET client_encoding = 'UTF8';\nDROP DATABASE copy1");
    filter.finish();
    QVERIFY2(filter.error().contains(QLatin1String("DROP DATABASE")), qPrintable(filter.error()));
}

void TestBackupFormat::filterErrorQuotesStatement()
{
    DumpFilter filter(QStringLiteral("odoo"));
    filter.feed("SELECT 1;\nCOPY (select 1)\n  TO PROGRAM 'rm -rf /tmp/x'; -- a comment\n");
    filter.finish();
    QVERIFY2(filter.error().contains(QLatin1String("\"COPY (select 1) TO PROGRAM 'rm -rf /tmp/x'\"")),
        qPrintable(filter.error()));
    QVERIFY2(filter.error().contains(QLatin1String("Line 3 ")), qPrintable(filter.error()));
}

void TestBackupFormat::filterKeepsQuotedStatementWords()
{
    DumpFilter filter(QStringLiteral("odoo"));
    const QByteArray input = "CREATE FUNCTION f() RETURNS void AS $body$\n"
                             "BEGIN\n"
                             "  RAISE NOTICE 'x';\n"
                             "DROP DATABASE copy1;\n"
                             "END;\n"
                             "$body$ LANGUAGE plpgsql;\n"
                             "INSERT INTO notes VALUES ('a\n"
                             "DROP DATABASE copy1; \\! ls\n"
                             "');\n"
                             "/* ALTER ROLE x SET a = 1; */ SELECT 1;\n"
                             "COPY public.notes (id, body) FROM stdin;\n"
                             "1\tDROP DATABASE copy1;\n"
                             "2\tit's ALTER SYSTEM\n"
                             "\\.\n"
                             "SELECT 2;\n";
    const QByteArray output = filter.feed(input) + filter.finish();
    QVERIFY2(filter.error().isEmpty(), qPrintable(filter.error()));
    QCOMPARE(output, input);
}

void TestBackupFormat::filterRejectsMetaCommandMidLine()
{
    DumpFilter filter;
    filter.feed("SELECT 1 \\! rm -rf /\n");
    QVERIFY(filter.error().contains(QLatin1String("meta-command")));
    DumpFilter lowerCopy;
    lowerCopy.feed("copy t from stdin;\n1\tit's\n\\.\nDROP DATABASE copy1;\n");
    QVERIFY(!lowerCopy.error().isEmpty());
}

void TestBackupFormat::filterSkipsGrantsToOtherRoles()
{
    DumpFilter filter(QStringLiteral("copy1_role"));
    const QByteArray input = "GRANT ALL ON SCHEMA public TO odoo;\n"
                             "REVOKE ALL ON SCHEMA public FROM postgres;\n"
                             "GRANT SELECT ON TABLE public.res_partner TO metabase_ro;\n"
                             "GRANT SELECT ON TABLE public.res_users TO copy1_role, metabase_ro WITH GRANT OPTION;\n"
                             "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;\n"
                             "REVOKE ALL ON SCHEMA public FROM PUBLIC;\n"
                             "GRANT ALL ON SCHEMA public TO PUBLIC;\n"
                             "GRANT ALL ON SCHEMA public TO copy1_role;\n"
                             "GRANT ALL ON SCHEMA public TO \"copy1_role\" WITH GRANT OPTION;\n";
    const QByteArray output = filter.feed(input) + filter.finish();
    QVERIFY2(filter.error().isEmpty(), qPrintable(filter.error()));
    QCOMPARE(output, QByteArray("REVOKE ALL ON SCHEMA public FROM PUBLIC;\n"
                                "GRANT ALL ON SCHEMA public TO PUBLIC;\n"
                                "GRANT ALL ON SCHEMA public TO copy1_role;\n"
                                "GRANT ALL ON SCHEMA public TO \"copy1_role\" WITH GRANT OPTION;\n"));
    QCOMPARE(filter.skippedCount(), 5);
}

QTEST_GUILESS_MAIN(TestBackupFormat)
void TestBackupFormat::encryptedZipRejected()
{
    // A zip whose members are encrypted (ZipCrypto), as `zip -P` makes it.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("encrypted.zip"));
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    QCOMPARE(archive_write_set_options(writer, "zip:encryption=zipcrypt"), ARCHIVE_OK);
    QCOMPARE(archive_write_set_passphrase(writer, "secret"), ARCHIVE_OK);
    QCOMPARE(archive_write_open_filename(writer, QFile::encodeName(path).constData()), ARCHIVE_OK);
    for (const char *name : { "dump.sql", "manifest.json" }) {
        const QByteArray data = QByteArrayLiteral("{}");
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        archive_write_header(writer, entry);
        archive_write_data(writer, data.constData(), size_t(data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);

    const Result<BackupSummary> summary = inspectBackup(path);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().contains(QLatin1String("is encrypted")), qPrintable(summary.error()));
}

#include "tst_backupformat.moc"
