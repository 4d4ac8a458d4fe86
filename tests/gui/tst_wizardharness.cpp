// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Against the harness (Docker with the Odoo stand-in image, PostgreSQL as
// saasodoo_admin, the keychain): test a host's connections in the host
// dialog, then drive the new-instance wizard to a running instance.
#include "ui/catalogwrite.h"
#include "ui/consoleservices.h"
#include "ui/hostdialog.h"
#include "ui/instancejobs.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/instancewizard.h"
#include "ui/mainwindow.h"

#include "tests/support/testservices.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void setText(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setText(text);
}

} // namespace

class TestWizardHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostDialogTestsConnections();
    void hostSaveRejectsSuperuser();
    void wizardCreatesRunningInstance();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    catalog::Tenant m_tenant;
    catalog::Host m_host;
    QString m_instanceId;
};

void TestWizardHarness::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");

    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardharness"));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.dockerNetwork = test::dockerUnix().network;
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    QVERIFY2(m_services->catalog(), qPrintable(m_services->catalogError()));

    catalog::Customer customer;
    customer.name = QStringLiteral("Wizard Test");
    customer.email = QStringLiteral("wizard-%1@example.co.zw").arg(shortId());
    const Result<catalog::Customer> createdCustomer = m_services->catalog()->createCustomer(customer);
    QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Wizard tenant");
    tenant.slug = QStringLiteral("w%1").arg(shortId());
    const Result<catalog::Tenant> createdTenant = m_services->catalog()->createTenant(tenant);
    QVERIFY2(createdTenant.ok(), qPrintable(createdTenant.error()));
    m_tenant = createdTenant.value();
}

void TestWizardHarness::hostDialogTestsConnections()
{
    const test::PostgresService pg = test::postgres();
    HostDialog dialog(catalog::Host(), m_services->secrets(),
        catalogWrite(*m_services, [](catalog::Catalog &db, const catalog::Host &host) { return db.createHost(host); }));
    setText(&dialog, QStringLiteral("name"), QStringLiteral("host-%1").arg(shortId()));
    setText(&dialog, QStringLiteral("dockerEndpoint"), test::dockerUnix().host);
    setText(&dialog, QStringLiteral("imageRepository"), qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"));
    setText(&dialog, QStringLiteral("baseDomain"), QStringLiteral("odoo.test"));
    setText(&dialog, QStringLiteral("pgHost"), pg.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("pgPort"))->setValue(pg.port);
    setText(&dialog, QStringLiteral("pgUser"), pg.adminUser);
    setText(&dialog, QStringLiteral("pgPassword"), pg.adminPassword);
    setText(&dialog, QStringLiteral("pgContainerHost"), test::dockerUnix().postgresHost);
    // The harness's network: the default one could not reach its PostgreSQL.
    setText(&dialog, QStringLiteral("dockerNetwork"), test::dockerUnix().network);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QPushButton *>(QStringLiteral("testDocker"))->click();
    auto *dockerResult = dialog.findChild<QLabel *>(QStringLiteral("dockerResult"));
    QTRY_VERIFY_WITH_TIMEOUT(dockerResult->text().startsWith(QStringLiteral("Docker Engine")), 20000);
    QVERIFY2(dockerResult->text().contains(QStringLiteral("API 1.")), qPrintable(dockerResult->text()));
    // The result shows whole: it wraps within the dialog and gets the height its lines need.
    QTRY_VERIFY2(dockerResult->height() >= dockerResult->heightForWidth(dockerResult->width()),
        qPrintable(QStringLiteral("%1 < %2 at width %3").arg(dockerResult->height())
                .arg(dockerResult->heightForWidth(dockerResult->width())).arg(dockerResult->width())));
    const QRect shown(dockerResult->mapTo(&dialog, QPoint(0, 0)), dockerResult->size());
    QVERIFY2(dialog.rect().contains(shown), qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
        .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height()).arg(dialog.width()).arg(dialog.height())));

    dialog.findChild<QPushButton *>(QStringLiteral("testPostgres"))->click();
    auto *pgResult = dialog.findChild<QLabel *>(QStringLiteral("postgresResult"));
    QTRY_VERIFY_WITH_TIMEOUT(pgResult->text().startsWith(QStringLiteral("Connected as")), 20000);
    QVERIFY2(pgResult->text().contains(QStringLiteral("CREATEDB: yes, CREATEROLE: yes, superuser: no")),
        qPrintable(pgResult->text()));

    // The fixture superuser is rejected unless the override is ticked.
    setText(&dialog, QStringLiteral("pgUser"), pg.superuser);
    setText(&dialog, QStringLiteral("pgPassword"), pg.superpassword);
    dialog.findChild<QPushButton *>(QStringLiteral("testPostgres"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(pgResult->text().contains(QStringLiteral("superuser")) &&
            !pgResult->text().startsWith(QStringLiteral("Testing")),
        20000);
    QVERIFY2(!pgResult->text().startsWith(QStringLiteral("Connected as")), qPrintable(pgResult->text()));
    // The refusal names the fix: a role with CREATEDB CREATEROLE, or the check box.
    QVERIFY2(pgResult->text().contains(QStringLiteral("CREATEDB CREATEROLE")), qPrintable(pgResult->text()));
    QVERIFY2(pgResult->text().contains(QStringLiteral("\"Allow a superuser role\"")), qPrintable(pgResult->text()));
    QTRY_VERIFY2(pgResult->height() >= pgResult->heightForWidth(pgResult->width()),
        qPrintable(QStringLiteral("%1 < %2 at width %3").arg(pgResult->height())
                .arg(pgResult->heightForWidth(pgResult->width())).arg(pgResult->width())));
    dialog.findChild<QCheckBox *>(QStringLiteral("allowSuperuser"))->setChecked(true);
    dialog.findChild<QPushButton *>(QStringLiteral("testPostgres"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(pgResult->text().startsWith(QStringLiteral("Connected as")), 20000);
    QVERIFY(pgResult->text().contains(QStringLiteral("superuser: yes")));

    dialog.findChild<QCheckBox *>(QStringLiteral("allowSuperuser"))->setChecked(false);
    setText(&dialog, QStringLiteral("pgUser"), pg.adminUser);
    setText(&dialog, QStringLiteral("pgPassword"), pg.adminPassword);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    m_host = dialog.saved();
    QVERIFY(!m_host.id.isEmpty());

    QFuture<Status> stored = m_services->secrets()->write(
        secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password")), pg.adminPassword);
    stored.waitForFinished();
    QVERIFY2(stored.result().ok(), qPrintable(stored.result().error()));
}

void TestWizardHarness::hostSaveRejectsSuperuser()
{
    const test::PostgresService pg = test::postgres();
    int saves = 0;
    HostDialog dialog(catalog::Host(), m_services->secrets(), [&saves](const catalog::Host &host) {
        ++saves;
        return Result<catalog::Host>(host);
    });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("host-%1").arg(shortId()));
    setText(&dialog, QStringLiteral("dockerEndpoint"), test::dockerUnix().host);
    setText(&dialog, QStringLiteral("imageRepository"), qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"));
    setText(&dialog, QStringLiteral("baseDomain"), QStringLiteral("odoo.test"));
    setText(&dialog, QStringLiteral("pgHost"), pg.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("pgPort"))->setValue(pg.port);
    setText(&dialog, QStringLiteral("pgUser"), pg.superuser);
    setText(&dialog, QStringLiteral("pgPassword"), pg.superpassword);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Save runs the same role check as "Test PostgreSQL" and keeps the
    // dialog open with the reason.
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    save->click();
    auto *saveError = dialog.findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY_WITH_TIMEOUT(saveError->text().contains(QStringLiteral("superuser")), 20000);
    QVERIFY2(saveError->text().startsWith(QStringLiteral("Host not saved")), qPrintable(saveError->text()));
    QCOMPARE(saves, 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // With the override ticked, the same credentials save.
    dialog.findChild<QCheckBox *>(QStringLiteral("allowSuperuser"))->setChecked(true);
    QTRY_VERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saves, 1);
    QVERIFY(dialog.saved().allowSuperuserOverride);
}

void TestWizardHarness::wizardCreatesRunningInstance()
{
    QVERIFY(!m_host.id.isEmpty());
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString name = QStringLiteral("wiz%1").arg(shortId());
    bool filled = false;
    // The wizard opens once the tenants and hosts arrive from a worker, so a
    // timer waits for it.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *wizard = qobject_cast<InstanceWizard *>(QApplication::activeModalWidget());
        if (!wizard || filled)
            return;
        wizard->findChild<QComboBox *>(QStringLiteral("odooVersion"))->setCurrentText(QStringLiteral("18.0"));
        setText(wizard, QStringLiteral("name"), name);
        setText(wizard, QStringLiteral("adminEmail"), QStringLiteral("admin@%1.example.co.zw").arg(m_tenant.slug));
        setText(wizard, QStringLiteral("memory"), QStringLiteral("1G"));
        setText(wizard, QStringLiteral("storage"), QStringLiteral("5G"));
        filled = true;
        wizard->accept();
    });
    poll.start(20);
    QSignalSpy created(window.instancesPane(), &InstancesPane::catalogChanged);
    window.instancesPane()->newInstance(m_tenant.id);
    QTRY_VERIFY_WITH_TIMEOUT(created.count() >= 1, 20000);
    QVERIFY(filled);
    poll.stop();

    const Result<QList<catalog::InstanceRow>> rows = m_services->catalog()->instanceRows();
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.name == name)
            m_instanceId = row.id;
    }
    QVERIFY(!m_instanceId.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const Result<catalog::Instance> instance = m_services->catalog()->instance(m_instanceId);
            return instance.ok()
                && (instance->status == catalog::InstanceStatus::Running
                    || instance->status == catalog::InstanceStatus::Error);
        }(),
        400000);
    const Result<catalog::Instance> instance = m_services->catalog()->instance(m_instanceId);
    QVERIFY2(instance->status == catalog::InstanceStatus::Running, qPrintable(instance->statusMessage));
    QCOMPARE(instance->databaseName, QStringLiteral("%1_%2").arg(m_tenant.slug, name));

    // The pane reloads when the job finishes.
    InstanceTableModel *model = window.instancesPane()->model();
    QTRY_VERIFY([&] {
        const int row = model->rowOf(m_instanceId);
        return row >= 0 && model->rowAt(row).status == catalog::InstanceStatus::Running;
    }());

    // Stop it from the pane: Start is offered only once it has stopped.
    window.instancesPane()->selectId(m_instanceId);
    QAction *stop = nullptr;
    QAction *start = nullptr;
    for (QAction *action : window.instancesPane()->actions()) {
        if (action->text() == QStringLiteral("S&top"))
            stop = action;
        else if (action->text() == QStringLiteral("&Start"))
            start = action;
    }
    QVERIFY(stop && start);
    QVERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QStringLiteral("running")), qPrintable(start->toolTip()));
    stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = model->rowOf(m_instanceId);
            return row >= 0 && model->rowAt(row).status == catalog::InstanceStatus::Stopped;
        }(),
        120000);
    QTRY_VERIFY(start->isEnabled());
}

void TestWizardHarness::cleanupTestCase()
{
    if (!m_services || m_instanceId.isEmpty())
        return;
    const QString jobId = InstanceJobs::submitRemove(*m_services, m_instanceId, QString(), m_host.id);
    QTRY_VERIFY_WITH_TIMEOUT(jobs::isFinal(m_services->jobRunner()->job(jobId)->state), 120000);
    QVERIFY(m_services->jobRunner()->job(jobId)->state == jobs::JobState::Succeeded);
}

QTEST_MAIN(TestWizardHarness)
#include "tst_wizardharness.moc"
