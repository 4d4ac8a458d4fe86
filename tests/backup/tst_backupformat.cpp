// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pure parts of the backup engine: client version choice, manifest,
// compressed-data detection and the dump filter.
#include "core/backup/backupformat.h"
#include "core/backup/dumpfilter.h"
#include "core/backup/pgclient.h"

#include <QRandomGenerator>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestBackupFormat)
#include "tst_backupformat.moc"
