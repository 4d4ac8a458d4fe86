// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the saasodoo command's host, customer and tenant commands end to
// end on a temporary SQLite catalog.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hostAddAndList();
    void hostAddRejectsInvalidInput_data();
    void hostAddRejectsInvalidInput();
    void hostEditAndRemove();
    void helpListsRequiredOptions();
    void customerAddListShow();
    void customerDuplicateEmailRejected();
    void tenantAddListShow();
    void tenantEdit();
    void catalogFromEnvironment();
    void usageErrors_data();
    void usageErrors();

private:
    Outcome run(const QStringList &arguments, const QString &catalogEnvironment = {});
    QStringList hostArguments(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_catalog;
};

void TestCatalogCli::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_catalog = m_directory->filePath(QStringLiteral("catalog.sqlite"));
}

Outcome TestCatalogCli::run(const QStringList &arguments, const QString &catalogEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SAASODOO_CATALOG"));
    if (!catalogEnvironment.isEmpty())
        environment.insert(QStringLiteral("SAASODOO_CATALOG"), catalogEnvironment);
    // Keep the default catalog path inside the temporary directory.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_directory->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QStringList TestCatalogCli::hostArguments(const QString &name) const
{
    return { QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--name"), name, QStringLiteral("--docker"), QStringLiteral("tcp://10.0.0.4:2376"),
        QStringLiteral("--tls-ca"), QStringLiteral("/etc/saasodoo/ca.pem"), QStringLiteral("--tls-cert"),
        QStringLiteral("/etc/saasodoo/cert.pem"), QStringLiteral("--tls-key"), QStringLiteral("/etc/saasodoo/key.pem"),
        QStringLiteral("--pg-host"), QStringLiteral("10.0.0.5"), QStringLiteral("--pg-port"), QStringLiteral("6432"),
        QStringLiteral("--pg-user"), QStringLiteral("odoo_admin"), QStringLiteral("--pg-container-host"),
        QStringLiteral("172.17.0.1"), QStringLiteral("--domain"), QStringLiteral("apps.example.co.zw"),
        QStringLiteral("--image-repo"), QStringLiteral("saasodoo/odoo-standin"), QStringLiteral("--cpu"),
        QStringLiteral("7.5"), QStringLiteral("--memory"), QStringLiteral("32G"), QStringLiteral("--ports"),
        QStringLiteral("20000-20999") };
}

void TestCatalogCli::hostAddAndList()
{
    const Outcome added = run(hostArguments(QStringLiteral("harare-1")) << QStringLiteral("--json"));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject host = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(host.value(QStringLiteral("name")).toString(), QStringLiteral("harare-1"));
    QCOMPARE(host.value(QStringLiteral("pg_port")).toInt(), 6432);
    QCOMPARE(host.value(QStringLiteral("cpu_cores")).toDouble(), 7.5);
    QCOMPARE(host.value(QStringLiteral("memory_bytes")).toDouble(), 32.0 * 1024 * 1024 * 1024);
    QCOMPARE(host.value(QStringLiteral("image_repository")).toString(), QStringLiteral("saasodoo/odoo-standin"));
    QCOMPARE(host.value(QStringLiteral("port_range_end")).toInt(), 20999);

    const Outcome duplicate = run(hostArguments(QStringLiteral("Harare-1")));
    QCOMPARE(duplicate.exitCode, 3);
    QVERIFY2(duplicate.err.contains("Harare-1"), duplicate.err.constData());

    const Outcome listed = run({ QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray hosts = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("tls_key")).toString(), QStringLiteral("/etc/saasodoo/key.pem"));

    const Outcome table = run({ QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("harare-1") && table.out.contains("10.0.0.5:6432"), table.out.constData());
}

void TestCatalogCli::hostAddRejectsInvalidInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("docker scheme") << QStringLiteral("--docker") << QStringLiteral("http://10.0.0.4:2376");
    QTest::newRow("memory") << QStringLiteral("--memory") << QStringLiteral("lots");
    QTest::newRow("cpu") << QStringLiteral("--cpu") << QStringLiteral("-2");
    QTest::newRow("domain") << QStringLiteral("--domain") << QStringLiteral("Not A Domain");
    QTest::newRow("image repository") << QStringLiteral("--image-repo") << QStringLiteral("Odoo:18");
    QTest::newRow("port range") << QStringLiteral("--ports") << QStringLiteral("80-90");
    QTest::newRow("key material") << QStringLiteral("--tls-key") << QStringLiteral("-----BEGIN PRIVATE KEY-----");
}

void TestCatalogCli::hostAddRejectsInvalidInput()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QStringList arguments = hostArguments(QStringLiteral("bad-host"));
    const qsizetype at = arguments.indexOf(option);
    QVERIFY(at > 0);
    arguments[at + 1] = value;
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(!outcome.err.isEmpty(), "no message on stderr");

    const Outcome listed = run({ QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
}

void TestCatalogCli::hostEditAndRemove()
{
    QCOMPARE(run(hostArguments(QStringLiteral("harare-1"))).exitCode, 0);
    const QStringList edit { QStringLiteral("host"), QStringLiteral("edit"), QStringLiteral("harare-1"),
        QStringLiteral("--catalog"), m_catalog };
    const Outcome edited = run(QStringList(edit) << QStringLiteral("--cpu") << QStringLiteral("4") << QStringLiteral("--status")
                                                 << QStringLiteral("maintenance") << QStringLiteral("--json"));
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const QJsonObject host = QJsonDocument::fromJson(edited.out).object();
    QCOMPARE(host.value(QStringLiteral("cpu_cores")).toDouble(), 4.0);
    QCOMPARE(host.value(QStringLiteral("status")).toString(), QStringLiteral("maintenance"));
    // Options not given keep their values.
    QCOMPARE(host.value(QStringLiteral("pg_port")).toInt(), 6432);
    QCOMPARE(host.value(QStringLiteral("memory_bytes")).toDouble(), 32.0 * 1024 * 1024 * 1024);

    const Outcome same = run(QStringList(edit) << QStringLiteral("--cpu") << QStringLiteral("4"));
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains("Nothing to change"), same.out.constData());
    const Outcome badStatus = run(QStringList(edit) << QStringLiteral("--status") << QStringLiteral("gone"));
    QCOMPARE(badStatus.exitCode, 3);

    const QStringList remove { QStringLiteral("host"), QStringLiteral("remove"), QStringLiteral("harare-1"),
        QStringLiteral("--catalog"), m_catalog };
    QCOMPARE(run(remove).exitCode, 2);
    const Outcome removed = run(QStringList(remove) << QStringLiteral("--yes"));
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const Outcome listed = run({ QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    QCOMPARE(run(QStringList(remove) << QStringLiteral("--yes")).exitCode, 3);
    // The name is free again.
    QCOMPARE(run(hostArguments(QStringLiteral("harare-1"))).exitCode, 0);
}

void TestCatalogCli::helpListsRequiredOptions()
{
    const Outcome help = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("Required options: --name, --docker, --pg-host, --pg-user, --domain, --cpu, --memory"),
        help.out.constData());
    const Outcome customer = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--help") });
    QVERIFY2(customer.out.contains("Required options: --name, --email"), customer.out.constData());
}

void TestCatalogCli::customerAddListShow()
{
    const Outcome added = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--name"), QStringLiteral("Tatenda Moyo"), QStringLiteral("--email"),
        QStringLiteral("Tatenda@Moyo.co.zw"), QStringLiteral("--phone"), QStringLiteral("077-123-4567"),
        QStringLiteral("--company"), QStringLiteral("Moyo Hardware"), QStringLiteral("--json") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject customer = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("+263771234567"));
    QCOMPARE(customer.value(QStringLiteral("country")).toString(), QStringLiteral("ZW"));
    const QString id = customer.value(QStringLiteral("id")).toString();

    const Outcome listed = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("instance_count")).toInt(), 0);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("tenant_count")).toInt(), 0);

    for (const QString &key : { id, QStringLiteral("tatenda@moyo.co.zw") }) {
        const Outcome shown = run({ QStringLiteral("customer"), QStringLiteral("show"), key, QStringLiteral("--catalog"),
            m_catalog, QStringLiteral("--json") });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("id")).toString(), id);
    }

    const Outcome missing = run({ QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("nobody@example.com"),
        QStringLiteral("--catalog"), m_catalog });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("nobody@example.com"), missing.err.constData());

    const Outcome badPhone = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("x@example.com"),
        QStringLiteral("--phone"), QStringLiteral("12345") });
    QCOMPARE(badPhone.exitCode, 3);
    QVERIFY2(badPhone.err.contains("12345"), badPhone.err.constData());
}

void TestCatalogCli::customerDuplicateEmailRejected()
{
    const QStringList arguments { QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--name"), QStringLiteral("Rudo"), QStringLiteral("--email") };
    QCOMPARE(run(QStringList(arguments) << QStringLiteral("rudo@example.com")).exitCode, 0);
    const Outcome duplicate = run(QStringList(arguments) << QStringLiteral("RUDO@example.com") << QStringLiteral("--json"));
    QCOMPARE(duplicate.exitCode, 3);
    QVERIFY2(QJsonDocument::fromJson(duplicate.out).object().value(QStringLiteral("error")).toString().contains(
                 QLatin1String("RUDO@example.com")),
        duplicate.out.constData());
}

void TestCatalogCli::tenantAddListShow()
{
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
                 QStringLiteral("--name"), QStringLiteral("Rudo Ncube"), QStringLiteral("--email"),
                 QStringLiteral("rudo@example.com") })
                 .exitCode,
        0);
    const Outcome added = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--customer"), QStringLiteral("rudo@example.com"), QStringLiteral("--name"),
        QStringLiteral("Ncube Farms"), QStringLiteral("--slug"), QStringLiteral("ncube-farms"), QStringLiteral("--json") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();

    const Outcome duplicate = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--customer"), QStringLiteral("rudo@example.com"), QStringLiteral("--name"), QStringLiteral("Again"),
        QStringLiteral("--slug"), QStringLiteral("ncube-farms") });
    QCOMPARE(duplicate.exitCode, 3);
    const Outcome badSlug = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--customer"), QStringLiteral("rudo@example.com"), QStringLiteral("--name"), QStringLiteral("Bad"),
        QStringLiteral("--slug"), QStringLiteral("Ncube_Farms") });
    QCOMPARE(badSlug.exitCode, 3);
    QVERIFY2(badSlug.err.contains("Ncube_Farms"), badSlug.err.constData());
    const Outcome noCustomer = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--customer"), QStringLiteral("ghost@example.com"), QStringLiteral("--name"), QStringLiteral("Ghost"),
        QStringLiteral("--slug"), QStringLiteral("ghost") });
    QCOMPARE(noCustomer.exitCode, 3);

    const Outcome listed = run({ QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog,
        QStringLiteral("--customer"), QStringLiteral("rudo@example.com"), QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("customer_name")).toString(), QStringLiteral("Rudo Ncube"));

    for (const QString &key : { id, QStringLiteral("ncube-farms") }) {
        const Outcome shown = run({ QStringLiteral("tenant"), QStringLiteral("show"), key, QStringLiteral("--catalog"),
            m_catalog, QStringLiteral("--json") });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject tenant = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(tenant.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(tenant.value(QStringLiteral("instance_count")).toInt(), 0);
    }

    const Outcome customer = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(customer.out).array().at(0).toObject().value(QStringLiteral("tenant_count")).toInt(), 1);
}

void TestCatalogCli::tenantEdit()
{
    for (const auto &[name, email] : { std::pair { QStringLiteral("Rudo Ncube"), QStringLiteral("rudo@example.com") },
             std::pair { QStringLiteral("Tendai Dube"), QStringLiteral("tendai@example.com") } }) {
        const Outcome customer = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--catalog"),
            m_catalog, QStringLiteral("--name"), name, QStringLiteral("--email"), email });
        QVERIFY2(customer.exitCode == 0, customer.err.constData());
    }
    for (const QString &slug : { QStringLiteral("ncube-farms"), QStringLiteral("dube-stores") }) {
        const Outcome tenant = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--catalog"),
            m_catalog, QStringLiteral("--customer"), QStringLiteral("rudo@example.com"), QStringLiteral("--name"), slug,
            QStringLiteral("--slug"), slug });
        QVERIFY2(tenant.exitCode == 0, tenant.err.constData());
    }

    const Outcome edited = run({ QStringLiteral("tenant"), QStringLiteral("edit"), QStringLiteral("ncube-farms"),
        QStringLiteral("--catalog"), m_catalog, QStringLiteral("--name"), QStringLiteral("Ncube Farms Gweru"),
        QStringLiteral("--slug"), QStringLiteral("ncube-gweru"), QStringLiteral("--customer"),
        QStringLiteral("tendai@example.com"), QStringLiteral("--json") });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const QJsonObject tenant = QJsonDocument::fromJson(edited.out).object();
    QCOMPARE(tenant.value(QStringLiteral("name")).toString(), QStringLiteral("Ncube Farms Gweru"));
    QCOMPARE(tenant.value(QStringLiteral("slug")).toString(), QStringLiteral("ncube-gweru"));
    const QString id = tenant.value(QStringLiteral("id")).toString();

    const Outcome shown = run({ QStringLiteral("tenant"), QStringLiteral("show"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject stored = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(stored.value(QStringLiteral("slug")).toString(), QStringLiteral("ncube-gweru"));
    QCOMPARE(stored.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Tendai Dube"));

    // Only the given fields change.
    const Outcome renamed = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--name"), QStringLiteral("Ncube Farms") });
    QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
    QVERIFY2(renamed.out.contains("ncube-gweru changed"), renamed.out.constData());
    const Outcome same = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--name"), QStringLiteral("Ncube Farms") });
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains("Nothing to change"), same.out.constData());

    const Outcome taken = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--slug"), QStringLiteral("dube-stores") });
    QCOMPARE(taken.exitCode, 3);
    QVERIFY2(taken.err.contains("dube-stores"), taken.err.constData());
    const Outcome badSlug = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--slug"), QStringLiteral("Ncube_Farms") });
    QCOMPARE(badSlug.exitCode, 3);
    QVERIFY2(badSlug.err.contains("Ncube_Farms"), badSlug.err.constData());
    const Outcome emptyName = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--name"), QStringLiteral(" ") });
    QCOMPARE(emptyName.exitCode, 3);
    const Outcome noCustomer = run({ QStringLiteral("tenant"), QStringLiteral("edit"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--customer"), QStringLiteral("ghost@example.com") });
    QCOMPARE(noCustomer.exitCode, 3);
    const Outcome missing = run({ QStringLiteral("tenant"), QStringLiteral("edit"), QStringLiteral("no-such-tenant"),
        QStringLiteral("--catalog"), m_catalog, QStringLiteral("--name"), QStringLiteral("Ghost") });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("no-such-tenant"), missing.err.constData());

    const Outcome after = run({ QStringLiteral("tenant"), QStringLiteral("show"), id, QStringLiteral("--catalog"),
        m_catalog, QStringLiteral("--json") });
    const QJsonObject unchanged = QJsonDocument::fromJson(after.out).object();
    QCOMPARE(unchanged.value(QStringLiteral("slug")).toString(), QStringLiteral("ncube-gweru"));
    QCOMPARE(unchanged.value(QStringLiteral("name")).toString(), QStringLiteral("Ncube Farms"));
}

void TestCatalogCli::catalogFromEnvironment()
{
    const QString other = m_directory->filePath(QStringLiteral("from-env.sqlite"));
    const Outcome added = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Env"), QStringLiteral("--email"), QStringLiteral("env@example.com") },
        other);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(QFile::exists(other));
    QVERIFY(!QFile::exists(m_catalog));

    // --catalog wins over the environment.
    const Outcome listed = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                   m_catalog, QStringLiteral("--json") },
        other);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
}

void TestCatalogCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList { QStringLiteral("host") };
    QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("customer"), QStringLiteral("delete") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--bogus") };
    QTest::newRow("missing option") << QStringList { QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X") };
    QTest::newRow("missing argument") << QStringList { QStringLiteral("tenant"), QStringLiteral("show") };
    QTest::newRow("password in url") << QStringList { QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--catalog"), QStringLiteral("postgresql://u:secret@db/catalog") };
}

void TestCatalogCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(!outcome.err.isEmpty());
    QVERIFY2(!outcome.err.contains("secret"), outcome.err.constData());
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
