// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Starts the saasodoo-console program with a catalog chosen in Settings and
// no --catalog or SAASODOO_CATALOG: an SQLite file, and a PostgreSQL
// catalog whose password is only in the harness keychain. Also checks that
// --settings --screenshot saves the dialog and --instance rejects a name
// that the catalog does not have.
#include "core/catalog/catalogsettings.h"
#include "core/catalog/migrations.h"
#include "core/secrets/secretstore.h"
#include "tests/catalog/catalogfixture.h"
#include "tests/support/testservices.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSize>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace saasodoo;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(15000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("A future did not finish in 15 s");
    return future.result();
}

// The console's settings file under `configHome`, as QSettings names it on
// Linux for organization SaaSOdoo and application saasodoo-console.
QString settingsFile(const QString &configHome)
{
    return configHome + QStringLiteral("/SaaSOdoo/saasodoo-console.conf");
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run startConsole(
    const QTemporaryDir &home, const QStringList &arguments = { QStringLiteral("--quit-after-start") })
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "SAASODOO_CATALOG", "PGPASSWORD", "PGPASSFILE", "PGHOST", "PGUSER", "PGDATABASE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SAASODOO_CONSOLE_PROGRAM), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// Returns the width and height from a PNG file's IHDR chunk, or an invalid
// size. The test links no Qt Gui, so it reads the header itself.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG\r\n\x1a\n") || header.mid(12, 4) != "IHDR")
        return {};
    const auto bigEndian = [&header](int offset) {
        return int(quint8(header[offset])) << 24 | int(quint8(header[offset + 1])) << 16
            | int(quint8(header[offset + 2])) << 8 | int(quint8(header[offset + 3]));
    };
    return QSize(bigEndian(16), bigEndian(20));
}

int schemaVersion(const catalog::CatalogConfig &config)
{
    int version = -1;
    {
        const Result<QSqlDatabase> db = catalog::openConnection(config, QStringLiteral("consolestart-check"));
        if (!db)
            return -1;
        const Result<int> read = catalog::readSchemaVersion(db.value());
        version = read ? read.value() : -1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("consolestart-check"));
    return version;
}

} // namespace

class TestConsoleStart : public QObject
{
    Q_OBJECT

private slots:
    void savedSqliteCatalogOpens();
    void savedPostgresCatalogUsesKeychain();
    void settingsScreenshotShowsDialog();
    void unknownInstanceIsRejected();
};

void TestConsoleStart::savedSqliteCatalogOpens()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(QStringLiteral("chosen/catalog.sqlite"));
    {
        QSettings settings(settingsFile(home.filePath(QStringLiteral("config"))), QSettings::IniFormat);
        QVERIFY(catalog::saveCatalogSettings(settings, catalog::CatalogConfig::sqlite(path), false));
    }

    const Run run = startConsole(home);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(QFileInfo::exists(path), qPrintable(run.output));
    QCOMPARE(schemaVersion(catalog::CatalogConfig::sqlite(path)), catalog::latestSchemaVersion());
    // Not the default catalog in the application-data directory.
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/SaaSOdoo/saasodoo-console/catalog.sqlite"))));
}

void TestConsoleStart::savedPostgresCatalogUsesKeychain()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    test::CatalogLocation location(QStringLiteral("postgresql"));
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));
    catalog::CatalogConfig saved = location.config();
    saved.pgPassword.clear();

    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        QSettings settings(settingsFile(home.filePath(QStringLiteral("config"))), QSettings::IniFormat);
        QVERIFY(catalog::saveCatalogSettings(settings, saved, true));
    }
    // The console's own keychain service, on the harness's private keyring.
    secrets::SecretStore store(QStringLiteral("saasodoo-console"));

    // A wrong password in the keychain: the console starts without a catalog.
    QVERIFY(await(store.write(catalog::catalogPasswordKey(), QStringLiteral("not-the-password"))));
    const Run failed = startConsole(home);
    QVERIFY2(failed.exitCode == 0, qPrintable(failed.output));
    QCOMPARE(schemaVersion(location.config()), 0);

    QVERIFY(await(store.write(catalog::catalogPasswordKey(), location.config().pgPassword)));
    const Run run = startConsole(home);
    const Status removed = await(store.remove(catalog::catalogPasswordKey()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(schemaVersion(location.config()), catalog::latestSchemaVersion());
    QVERIFY2(removed, qPrintable(removed.error()));
}

void TestConsoleStart::settingsScreenshotShowsDialog()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString catalogPath = home.filePath(QStringLiteral("catalog.sqlite"));
    const QString windowPng = home.filePath(QStringLiteral("window.png"));
    const QString settingsPng = home.filePath(QStringLiteral("settings.png"));

    const Run window = startConsole(home,
        { QStringLiteral("--catalog"), catalogPath, QStringLiteral("--screenshot"), windowPng });
    QVERIFY2(window.exitCode == 0, qPrintable(window.output));
    const Run settings = startConsole(home,
        { QStringLiteral("--catalog"), catalogPath, QStringLiteral("--settings"), QStringLiteral("--screenshot"),
            settingsPng });
    QVERIFY2(settings.exitCode == 0, qPrintable(settings.output));

    const QSize windowSize = pngSize(windowPng);
    const QSize settingsSize = pngSize(settingsPng);
    QVERIFY(windowSize.isValid());
    QVERIFY(settingsSize.isValid());
    // The dialog is grabbed alone, not the main window behind it.
    QVERIFY2(settingsSize != windowSize,
        qPrintable(QStringLiteral("both %1x%2").arg(windowSize.width()).arg(windowSize.height())));
}

void TestConsoleStart::unknownInstanceIsRejected()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = startConsole(home,
        { QStringLiteral("--catalog"), home.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("--instance"),
            QStringLiteral("no-such-instance"), QStringLiteral("--quit-after-start") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QLatin1String("Instance not found: no-such-instance.")), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestConsoleStart)
#include "tst_consolestart.moc"
