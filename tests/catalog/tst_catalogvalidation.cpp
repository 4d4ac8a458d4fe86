// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every catalog input rule with accepted and rejected values. A rejection
// must name the value, so the admin can tell what to fix.
#include "core/catalog/sqldialect.h"
#include "core/catalog/validation.h"

#include <QTest>

using namespace saasodoo;
using namespace saasodoo::catalog;

namespace {

Status check(const QString &rule, const QString &value)
{
    if (rule == QLatin1String("email"))
        return validateEmail(QStringLiteral("Email"), value);
    if (rule == QLatin1String("phone")) {
        const Result<QString> phone = normalizePhone(value);
        return phone ? Status() : Status(makeError(phone.error()));
    }
    if (rule == QLatin1String("slug"))
        return validateSlug(value);
    if (rule == QLatin1String("subdomain"))
        return validateSubdomain(value);
    if (rule == QLatin1String("domain"))
        return validateDomain(QStringLiteral("Domain"), value);
    if (rule == QLatin1String("database"))
        return validateDatabaseName(value);
    if (rule == QLatin1String("envkey"))
        return validateEnvironmentKey(value);
    if (rule == QLatin1String("size")) {
        const Result<qint64> size = parseByteSize(QStringLiteral("Memory limit"), value);
        return size ? Status() : Status(makeError(size.error()));
    }
    if (rule == QLatin1String("cpu"))
        return validateCpu(QStringLiteral("CPU limit"), value.toDouble());
    if (rule == QLatin1String("tag18"))
        return validateImageTag(QStringLiteral("18.0"), value);
    if (rule == QLatin1String("version"))
        return validateOdooVersion(value);
    if (rule == QLatin1String("repository"))
        return validateImageRepository(value);
    if (rule == QLatin1String("docker"))
        return validateDockerEndpoint(value);
    if (rule == QLatin1String("tls"))
        return validateTlsReference(QStringLiteral("TLS client key"), value);
    if (rule == QLatin1String("country"))
        return validateCountryCode(value);
    if (rule == QLatin1String("module"))
        return validateModuleNames(QStringLiteral("Custom addon"), { value });
    if (rule == QLatin1String("sha256"))
        return validateSha256(value);
    return makeError(QStringLiteral("unknown rule ") + rule);
}

} // namespace

class TestCatalogValidation : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void phoneNormalizesToE164_data();
    void phoneNormalizesToE164();
    void byteSizeParses_data();
    void byteSizeParses();
    void byteSizeTooLarge();
    void environmentRejectsReservedKeys();
    void environmentRejectsControlCharacters();
    void databaseNameLimitIsBytes();
    void recordChecksNameField();
    void storedTimeDecodes_data();
    void storedTimeDecodes();
};

void TestCatalogValidation::rule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    auto row = [](const char *rule, const QString &value, bool valid) {
        QTest::addRow("%s %s %s", rule, valid ? "accepts" : "rejects", qPrintable(value))
            << QString::fromLatin1(rule) << value << valid;
    };
    row("email", QStringLiteral("tatenda@moyo.co.zw"), true);
    row("email", QStringLiteral("first.last+tag@example.com"), true);
    row("email", QStringLiteral("no-at-sign.example.com"), false);
    row("email", QStringLiteral("two@@example.com"), false);
    row("email", QStringLiteral("user@localhost"), false);
    row("email", QStringLiteral("user@-bad.example.com"), false);
    row("email", QStringLiteral("dot..dot@example.com"), false);
    row("email", QStringLiteral("space @example.com"), false);

    row("phone", QStringLiteral("0771234567"), true);
    row("phone", QStringLiteral("+44 20 7946 0958"), true);
    row("phone", QStringLiteral("077123456"), false);
    row("phone", QStringLiteral("+26377123456"), false);
    row("phone", QStringLiteral("0242123456"), false);
    row("phone", QStringLiteral("+0123456789"), false);
    row("phone", QStringLiteral("call me"), false);

    row("slug", QStringLiteral("moyo-hardware"), true);
    row("slug", QStringLiteral("a"), true);
    row("slug", QStringLiteral("Moyo"), false);
    row("slug", QStringLiteral("-moyo"), false);
    row("slug", QStringLiteral("moyo-"), false);
    row("slug", QStringLiteral("moyo_hardware"), false);
    row("slug", QString(64, u'a'), false);
    row("slug", QString(), false);

    row("subdomain", QStringLiteral("shop1"), true);
    row("subdomain", QStringLiteral("shop.one"), false);
    row("subdomain", QStringLiteral("shöp"), false);

    row("domain", QStringLiteral("apps.example.co.zw"), true);
    row("domain", QStringLiteral("localhost"), false);
    row("domain", QStringLiteral("apps..example.com"), false);

    row("database", QStringLiteral("acme"), true);
    row("database", QStringLiteral("acme_2026.prod-1"), true);
    row("database", QStringLiteral("9lives"), true);
    row("database", QStringLiteral("_acme"), false);
    row("database", QStringLiteral("-acme"), false);
    row("database", QStringLiteral("a"), false);
    row("database", QStringLiteral("acme db"), false);
    row("database", QStringLiteral("acme;drop"), false);
    row("database", QStringLiteral("postgres"), false);
    row("database", QString(63, u'a'), true);
    row("database", QString(64, u'a'), false);

    row("envkey", QStringLiteral("TZ"), true);
    row("envkey", QStringLiteral("_PRIVATE"), true);
    row("envkey", QStringLiteral("odoo_workers2"), true);
    row("envkey", QStringLiteral("2FAST"), false);
    row("envkey", QStringLiteral("MY-VAR"), false);
    row("envkey", QStringLiteral("A B"), false);
    row("envkey", QString(), false);
    row("envkey", QStringLiteral("HOST"), false);
    row("envkey", QStringLiteral("PORT"), false);
    row("envkey", QStringLiteral("USER"), false);
    row("envkey", QStringLiteral("PASSWORD"), false);
    row("envkey", QStringLiteral("PASSWORD_FILE"), false);
    row("envkey", QStringLiteral("ODOO_RC"), false);
    row("envkey", QStringLiteral("PATH"), false);
    row("envkey", QStringLiteral("HOME"), false);
    row("envkey", QStringLiteral("PATHS"), true);

    row("size", QStringLiteral("512M"), true);
    row("size", QStringLiteral("1.5G"), true);
    row("size", QStringLiteral("2gib"), true);
    row("size", QStringLiteral("-1G"), false);
    row("size", QStringLiteral("0"), false);
    row("size", QStringLiteral("10X"), false);
    row("size", QStringLiteral("G"), false);
    row("size", QStringLiteral("1.5"), false);

    row("cpu", QStringLiteral("1.5"), true);
    row("cpu", QStringLiteral("0.25"), true);
    row("cpu", QStringLiteral("0"), false);
    row("cpu", QStringLiteral("-1"), false);
    row("cpu", QStringLiteral("0.0001"), false);
    row("cpu", QStringLiteral("0.001"), false); // under the engine's minimum
    row("cpu", QStringLiteral("0.01"), true);
    row("cpu", QStringLiteral("inf"), false);
    row("cpu", QStringLiteral("1.2345"), false);

    row("tag18", QStringLiteral("18.0"), true);
    row("tag18", QStringLiteral("18.0-20260817"), true);
    row("tag18", QStringLiteral("18.0-custom1"), true);
    row("tag18", QStringLiteral("17.0-20260817"), false);
    row("tag18", QStringLiteral("18.0-20261345"), false);
    row("tag18", QStringLiteral("latest"), false);
    row("tag18", QStringLiteral("18.0:bad"), false);

    row("version", QStringLiteral("16.0"), true);
    row("version", QStringLiteral("19.0"), true);
    row("version", QStringLiteral("15.0"), false);
    row("version", QStringLiteral("18"), false);

    row("repository", QStringLiteral("odoo"), true);
    row("repository", QStringLiteral("saasodoo/odoo-standin"), true);
    row("repository", QStringLiteral("registry.example.com:5000/team/odoo"), true);
    row("repository", QStringLiteral("Odoo"), false);
    row("repository", QStringLiteral("odoo:18.0"), false);

    row("docker", QStringLiteral("unix:///var/run/docker.sock"), true);
    row("docker", QStringLiteral("tcp://10.0.0.4:2376"), true);
    row("docker", QStringLiteral("tcp://10.0.0.4"), false);
    row("docker", QStringLiteral("http://10.0.0.4:2376"), false);
    row("docker", QStringLiteral("unix://relative.sock"), false);
    row("docker", QStringLiteral("/var/run/docker.sock"), false);

    row("tls", QStringLiteral("/etc/saasodoo/key.pem"), true);
    row("tls", QStringLiteral("keychain:hosts/harare/key"), true);
    row("tls", QStringLiteral("key.pem"), false);
    row("tls", QStringLiteral("-----BEGIN PRIVATE KEY-----"), false);

    row("country", QStringLiteral("ZW"), true);
    row("country", QStringLiteral("ZWE"), false);
    row("country", QStringLiteral("QQ"), false); // two letters, but no country

    row("module", QStringLiteral("l10n_zw"), true);
    row("module", QStringLiteral("sale-zw"), false);

    row("sha256", QString(64, u'0'), true);
    row("sha256", QString(64, u'G'), false);
}

void TestCatalogValidation::rule()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const Status status = check(rule, value);
    QVERIFY2(status.ok() == valid, qPrintable(status.ok() ? QStringLiteral("accepted") : status.error()));
    if (!valid && !value.isEmpty() && !value.trimmed().isEmpty() && rule != QLatin1String("tls"))
        QVERIFY2(status.error().contains(value), qPrintable(status.error()));
}

void TestCatalogValidation::phoneNormalizesToE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("national") << QStringLiteral("0771234567") << QStringLiteral("+263771234567");
    QTest::newRow("national 078") << QStringLiteral("0781234567") << QStringLiteral("+263781234567");
    QTest::newRow("national 0780") << QStringLiteral("0780123456") << QStringLiteral("+263780123456");
    QTest::newRow("plus spaced") << QStringLiteral("+263 77 123 4567") << QStringLiteral("+263771234567");
    QTest::newRow("no plus") << QStringLiteral("263771234567") << QStringLiteral("+263771234567");
    QTest::newRow("dashes and padding") << QStringLiteral(" 077-123-4567 ") << QStringLiteral("+263771234567");
    QTest::newRow("double zero") << QStringLiteral("00263 71 234 5678") << QStringLiteral("+263712345678");
    QTest::newRow("international") << QStringLiteral("+27 (82) 123-4567") << QStringLiteral("+27821234567");
    QTest::newRow("empty") << QString() << QString();
}

void TestCatalogValidation::phoneNormalizesToE164()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> phone = normalizePhone(input);
    QVERIFY2(phone.ok(), qPrintable(phone.error()));
    QCOMPARE(*phone, expected);
}

void TestCatalogValidation::byteSizeParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("512M") << QStringLiteral("512M") << 512LL * 1024 * 1024 << QStringLiteral("512M");
    QTest::newRow("2G") << QStringLiteral("2G") << 2LL * 1024 * 1024 * 1024 << QStringLiteral("2G");
    QTest::newRow("10G") << QStringLiteral("10G") << 10LL * 1024 * 1024 * 1024 << QStringLiteral("10G");
    QTest::newRow("1.5G") << QStringLiteral("1.5G") << 1536LL * 1024 * 1024 << QStringLiteral("1.5G");
    QTest::newRow("lower case") << QStringLiteral("256m") << 256LL * 1024 * 1024 << QStringLiteral("256M");
    QTest::newRow("MiB") << QStringLiteral("64MiB") << 64LL * 1024 * 1024 << QStringLiteral("64M");
    QTest::newRow("bytes") << QStringLiteral("1000") << 1000LL << QStringLiteral("1000");
    QTest::newRow("terabyte") << QStringLiteral("1T") << 1024LL * 1024 * 1024 * 1024 << QStringLiteral("1T");
}

void TestCatalogValidation::byteSizeParses()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QFETCH(QString, formatted);
    const Result<qint64> parsed = parseByteSize(QStringLiteral("Memory limit"), text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, bytes);
    QCOMPARE(formatByteSize(bytes), formatted);
    QCOMPARE(*parseByteSize(QStringLiteral("Memory limit"), formatted), bytes);
}

void TestCatalogValidation::byteSizeTooLarge()
{
    const Result<qint64> huge = parseByteSize(QStringLiteral("Storage limit"), QStringLiteral("99999999T"));
    QVERIFY(!huge);
    QVERIFY2(huge.error().contains(QStringLiteral("too large")), qPrintable(huge.error()));
    QVERIFY2(huge.error().contains(QStringLiteral("8000T")), qPrintable(huge.error()));
    QVERIFY2(!huge.error().contains(QStringLiteral("such as 512M")), qPrintable(huge.error()));

    const Result<qint64> largest = parseByteSize(QStringLiteral("Storage limit"), QStringLiteral("8000T"));
    QVERIFY2(largest, qPrintable(largest.error()));
    QCOMPARE(largest.value(), 8000LL << 40);
    QVERIFY(!parseByteSize(QStringLiteral("Storage limit"), QStringLiteral("8001T")));
}

void TestCatalogValidation::environmentRejectsReservedKeys()
{
    QMap<QString, QString> environment { { QStringLiteral("TZ"), QStringLiteral("Africa/Harare") } };
    QVERIFY(validateEnvironment(environment).ok());
    for (const QString &key : reservedEnvironmentKeys()) {
        QMap<QString, QString> overriding = environment;
        overriding.insert(key, QStringLiteral("x"));
        const Status status = validateEnvironment(overriding);
        QVERIFY2(!status.ok(), qPrintable(key));
        QVERIFY2(status.error().contains(key), qPrintable(status.error()));
    }
    // Keys are case-sensitive, as in POSIX, so "host" is the instance's own.
    environment.insert(QStringLiteral("host"), QStringLiteral("x"));
    QVERIFY(validateEnvironment(environment).ok());
}

void TestCatalogValidation::environmentRejectsControlCharacters()
{
    for (const QString &value : QStringList { QStringLiteral("a\nb"), QStringLiteral("a\rb"), QStringLiteral("a\tb"),
             QStringLiteral("a\x1b[0m"), QString(QStringLiteral("a")) + QChar(u'\0') }) {
        const Status status = validateEnvironment({ { QStringLiteral("KEY"), value } });
        QVERIFY2(!status.ok(), qPrintable(value));
        QVERIFY2(status.error().contains(QLatin1String("KEY")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QLatin1String("control character")), qPrintable(status.error()));
    }
    QVERIFY(validateEnvironment({ { QStringLiteral("KEY"), QStringLiteral("Harare – Zimbabwe ü") } }).ok());
}

void TestCatalogValidation::databaseNameLimitIsBytes()
{
    // The limit counts bytes, and only ASCII passes the pattern, so 63
    // characters is the most; the message names the rule.
    const Status status = validateDatabaseName(QString(64, u'x'));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QLatin1String("63 bytes")), qPrintable(status.error()));
}

void TestCatalogValidation::recordChecksNameField()
{
    Customer customer;
    customer.name = QStringLiteral("Rudo");
    customer.email = QStringLiteral("not-an-email");
    const Status status = normalizeAndValidate(customer);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().startsWith(QLatin1String("Email \"not-an-email\" is invalid")), qPrintable(status.error()));

    Host host;
    host.name = QStringLiteral("harare-1");
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.tlsCaPath = QStringLiteral("/etc/ca.pem");
    host.pgHost = QStringLiteral("db");
    host.pgAdminUser = QStringLiteral("admin");
    host.baseDomain = QStringLiteral("apps.example.co.zw");
    host.cpuCores = 4;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Status tlsOnSocket = normalizeAndValidate(host);
    QVERIFY(!tlsOnSocket.ok());
    QVERIFY2(tlsOnSocket.error().contains(QLatin1String("unix:///var/run/docker.sock")), qPrintable(tlsOnSocket.error()));
    host.tlsCaPath.clear();
    QVERIFY(normalizeAndValidate(host).ok());
    QCOMPARE(host.imageRepository, QStringLiteral("odoo"));

    // PostgreSQL addresses are names, addresses or a socket directory.
    for (const QString &address : { QStringLiteral("/var/run/postgresql"), QStringLiteral("10.0.0.5"),
             QStringLiteral("::1"), QStringLiteral("pg-1.example.co.zw") }) {
        host.pgHost = address;
        QVERIFY2(normalizeAndValidate(host).ok(), qPrintable(address));
    }
    host.pgHost = QStringLiteral("not a host!!");
    QVERIFY2(normalizeAndValidate(host).error().contains(QLatin1String("PostgreSQL host")),
        qPrintable(normalizeAndValidate(host).error()));
    host.pgHost = QStringLiteral("db");
    host.pgContainerHost = QStringLiteral("not a host!!");
    QVERIFY2(normalizeAndValidate(host).error().contains(QLatin1String("address from containers")),
        qPrintable(normalizeAndValidate(host).error()));
    host.pgContainerHost.clear();

    // A password reference may name only a host's PostgreSQL password, so
    // a host record cannot send the S3 key or an instance secret to a server.
    host.pgPasswordRef = QStringLiteral("host/5f0e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b/pg-password");
    QVERIFY(normalizeAndValidate(host).ok());
    for (const QString &other : { QStringLiteral("settings/s3-secret-access-key"),
             QStringLiteral("instance/5f0e7c1a/db-password"), QStringLiteral("host/5f0e7c1a/tls-key-passphrase"),
             QStringLiteral("host/../pg-password") }) {
        host.pgPasswordRef = other;
        const Status refused = normalizeAndValidate(host);
        QVERIFY2(!refused.ok(), qPrintable(other));
        QVERIFY2(refused.error().contains(QLatin1String("PostgreSQL password reference")), qPrintable(refused.error()));
    }
}

void TestCatalogValidation::storedTimeDecodes_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime time(QDate(2026, 3, 9), QTime(7, 5, 4, 321), Qt::UTC);
    QTest::newRow("written by encodeTime") << encodeTime(time) << time;
    QTest::newRow("local time written by encodeTime") << encodeTime(time.toLocalTime()) << time;
    QTest::newRow("no milliseconds") << QVariant(QStringLiteral("2026-03-09T07:05:04Z"))
                                     << QDateTime(QDate(2026, 3, 9), QTime(7, 5, 4), Qt::UTC);
    QTest::newRow("offset") << QVariant(QStringLiteral("2026-03-09T09:05:04.321+02:00")) << time;
    QTest::newRow("QPSQL QDateTime") << QVariant(time.toLocalTime()) << time;
    QTest::newRow("month 13") << QVariant(QStringLiteral("2026-13-09T07:05:04.321Z")) << QDateTime();
    QTest::newRow("letter in the year")
        << QVariant(QStringLiteral("2O26-03-09T07:05:04.321Z")) << QDateTime();
    QTest::newRow("null") << QVariant() << QDateTime();
}

void TestCatalogValidation::storedTimeDecodes()
{
    QFETCH(QVariant, stored);
    QFETCH(QDateTime, expected);
    const QDateTime decoded = decodeTime(stored);
    QCOMPARE(decoded.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(decoded, expected);
        QCOMPARE(decoded.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
