// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Instances pane's lifecycle actions: which are enabled in each
// instance status, and the dialogs that validate their input.
#include "reloadwait.h"

#include "ui/consoleservices.h"
#include "ui/instanceactiondialogs.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/prompter.h"

#include "core/provisioning/lifecycle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace saasodoo;
using namespace saasodoo::ui;
using catalog::InstanceStatus;

namespace {

QAction *actionNamed(QWidget *pane, const QString &text)
{
    for (QAction *action : pane->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

bool okEnabled(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestInstanceActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void actionsFollowStatus_data();
    void actionsFollowStatus();
    void suspendNamesInstances();
    void bulkStopSkipsStopped();
    void bulkActionsSkipNeverRan();
    void reloadMarksNeverRan();
    void modulesDialogValidates();
    void limitsDialogValidates();
    void limitsDialogChecksCapacity();
    void environmentDialogValidates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
};

void TestInstanceActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_instanceactions"));
    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    QVERIFY2(m_services->catalog(), qPrintable(m_services->catalogError()));
}

void TestInstanceActions::cleanupTestCase()
{
    m_services.reset();
}

void TestInstanceActions::actionsFollowStatus_data()
{
    QTest::addColumn<InstanceStatus>("status");
    QTest::addColumn<bool>("neverRan");
    QTest::addColumn<QStringList>("enabled");
    const QStringList all { QStringLiteral("&Start"), QStringLiteral("S&top"), QStringLiteral("Res&tart"),
        QStringLiteral("S&uspend…"), QStringLiteral("Resu&me"), QStringLiteral("Update &modules…"),
        QStringLiteral("Change &limits…"), QStringLiteral("&Environment variables…"), QStringLiteral("&Back up now"),
        QStringLiteral("&Delete…"), QStringLiteral("Retry &creation…"),
        QStringLiteral("Restore into this instance from &file…") };
    QTest::newRow("running") << InstanceStatus::Running << false
                             << QStringList { all[1], all[2], all[3], all[5], all[6], all[7], all[8], all[9], all[11] };
    QTest::newRow("stopped") << InstanceStatus::Stopped << false
                             << QStringList { all[0], all[3], all[5], all[6], all[7], all[8], all[9], all[11] };
    QTest::newRow("suspended") << InstanceStatus::Suspended << false << QStringList { all[4], all[8], all[9] };
    QTest::newRow("error") << InstanceStatus::Error << false
                           << QStringList { all[0], all[1], all[2], all[7], all[9], all[11] };
    // A create that failed before the instance ever ran left no container
    // or data: the CLI allows only retry and delete.
    QTest::newRow("error, never ran") << InstanceStatus::Error << true << QStringList { all[9], all[10] };
    // No job works on this record, so it is stranded, and Delete is
    // offered as the CLI allows it.
    QTest::newRow("updating") << InstanceStatus::Updating << false << QStringList { all[9] };
}

void TestInstanceActions::actionsFollowStatus()
{
    QFETCH(InstanceStatus, status);
    QFETCH(bool, neverRan);
    QFETCH(QStringList, enabled);

    InstancesPane pane(m_services.get());
    catalog::InstanceRow row;
    row.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    row.name = QStringLiteral("acme-prod");
    row.status = status;
    row.neverRan = neverRan;
    pane.model()->setRows({ row });
    pane.selectId(row.id);
    QCOMPARE(pane.selectedIds(), QStringList { row.id });

    const QStringList names { QStringLiteral("&Start"), QStringLiteral("S&top"), QStringLiteral("Res&tart"),
        QStringLiteral("S&uspend…"), QStringLiteral("Resu&me"), QStringLiteral("Update &modules…"),
        QStringLiteral("Change &limits…"), QStringLiteral("&Environment variables…"), QStringLiteral("&Back up now"),
        QStringLiteral("&Delete…"), QStringLiteral("Retry &creation…"),
        QStringLiteral("Restore into this instance from &file…") };
    for (const QString &name : names) {
        QAction *action = actionNamed(&pane, name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(action->isEnabled() == enabled.contains(name), qPrintable(name));
        // A disabled action's tooltip gives the reason and names the instance.
        if (!action->isEnabled())
            QVERIFY2(action->toolTip().contains(QStringLiteral("acme-prod")), qPrintable(action->toolTip()));
        if (!action->isEnabled() && neverRan)
            QVERIFY2(action->toolTip().contains(QStringLiteral("before it ever ran")), qPrintable(action->toolTip()));
    }
}

void TestInstanceActions::suspendNamesInstances()
{
    InstancesPane pane(m_services.get());
    catalog::InstanceRow row;
    row.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    row.name = QStringLiteral("acme-shop");
    row.status = InstanceStatus::Running;
    pane.model()->setRows({ row });
    pane.selectId(row.id);

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Cancel);
    pane.suspendSelected();
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Suspend acme-shop?")), qPrintable(Prompter::lastText()));
    QCOMPARE(queued.count(), 0);
}

void TestInstanceActions::bulkStopSkipsStopped()
{
    InstancesPane pane(m_services.get());
    catalog::InstanceRow running;
    running.id = QStringLiteral("00000000-0000-4000-8000-000000000003");
    running.name = QStringLiteral("acme-live");
    running.status = InstanceStatus::Running;
    catalog::InstanceRow stopped;
    stopped.id = QStringLiteral("00000000-0000-4000-8000-000000000004");
    stopped.name = QStringLiteral("acme-idle");
    stopped.status = InstanceStatus::Stopped;
    pane.model()->setRows({ running, stopped });
    pane.view()->selectAll();
    QCOMPARE(pane.selectedIds().size(), 2);

    // Offered because one selected instance allows it.
    QAction *stop = actionNamed(&pane, QStringLiteral("S&top"));
    QVERIFY(stop);
    QVERIFY2(stop->isEnabled(), qPrintable(stop->toolTip()));

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    QSignalSpy messages(&pane, &ListPane::statusMessage);
    Prompter::setNextAnswer(QMessageBox::Ok);
    pane.runPowerAction(int(provisioning::Action::Stop));
    QCOMPARE(queued.count(), 1);
    const QString title = queued.at(0).at(0).value<jobs::JobInfo>().title;
    QVERIFY2(title.contains(QStringLiteral("acme-live")), qPrintable(title));
    const QString text = Prompter::lastText();
    QVERIFY2(text.contains(QStringLiteral("Skipped 1 instance")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("acme-idle (stopped)")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("acme-live")), qPrintable(text));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), text);

    // With only the stopped instance selected, nothing is submitted and the
    // message still names the skipped instance and its state.
    pane.selectId(stopped.id);
    Prompter::setNextAnswer(QMessageBox::Ok);
    pane.runPowerAction(int(provisioning::Action::Stop));
    QCOMPARE(queued.count(), 1);
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("no job submitted")), qPrintable(Prompter::lastText()));
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("acme-idle (stopped)")), qPrintable(Prompter::lastText()));
}

void TestInstanceActions::bulkActionsSkipNeverRan()
{
    InstancesPane pane(m_services.get());
    catalog::InstanceRow stopped;
    stopped.id = QStringLiteral("00000000-0000-4000-8000-000000000005");
    stopped.name = QStringLiteral("acme-idle");
    stopped.status = InstanceStatus::Stopped;
    catalog::InstanceRow ranBefore;
    ranBefore.id = QStringLiteral("00000000-0000-4000-8000-000000000006");
    ranBefore.name = QStringLiteral("acme-broken");
    ranBefore.status = InstanceStatus::Error;
    catalog::InstanceRow failed;
    failed.id = QStringLiteral("00000000-0000-4000-8000-000000000007");
    failed.name = QStringLiteral("acme-failed");
    failed.status = InstanceStatus::Error;
    failed.neverRan = true;
    pane.model()->setRows({ stopped, ranBefore, failed });
    pane.view()->selectAll();
    QCOMPARE(pane.selectedIds().size(), 3);

    // Start goes to the stopped instance and to the one in error that has
    // run, never to the one whose create failed.
    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Ok);
    pane.runPowerAction(int(provisioning::Action::Start));
    QCOMPARE(queued.count(), 2);
    for (const QList<QVariant> &arguments : std::as_const(queued))
        QVERIFY(!arguments.at(0).value<jobs::JobInfo>().title.contains(QStringLiteral("acme-failed")));
    QString text = Prompter::lastText();
    QVERIFY2(text.contains(QStringLiteral("Skipped 1 instance")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("acme-failed (its creation failed before it ever ran)")), qPrintable(text));

    // Stop skips it too, as well as the stopped instance.
    queued.clear();
    Prompter::setNextAnswer(QMessageBox::Ok);
    pane.runPowerAction(int(provisioning::Action::Stop));
    QCOMPARE(queued.count(), 1);
    QVERIFY(queued.at(0).at(0).value<jobs::JobInfo>().title.contains(QStringLiteral("acme-broken")));
    text = Prompter::lastText();
    QVERIFY2(text.contains(QStringLiteral("Skipped 2 instance")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("acme-failed (its creation failed before it ever ran)")), qPrintable(text));

    // Backup goes only to the stopped instance.
    queued.clear();
    Prompter::setNextAnswer(QMessageBox::Ok);
    pane.backUpSelected();
    QCOMPARE(queued.count(), 1);
    QVERIFY(queued.at(0).at(0).value<jobs::JobInfo>().title.contains(QStringLiteral("acme-idle")));
    text = Prompter::lastText();
    QVERIFY2(text.contains(QStringLiteral("Skipped 2 instance")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("acme-failed (its creation failed before it ever ran)")), qPrintable(text));

    // With only the failed instance selected, Stop is not offered at all.
    pane.selectId(failed.id);
    QAction *stop = actionNamed(&pane, QStringLiteral("S&top"));
    QVERIFY(stop);
    QVERIFY(!stop->isEnabled());
    QVERIFY2(stop->toolTip().contains(QStringLiteral("Retry creation and Delete")), qPrintable(stop->toolTip()));
}

// The pane reads whether an instance in error ever ran with its rows, by
// the rule the CLI applies: a successful create job, or a running status
// in the audit trail.
void TestInstanceActions::reloadMarksNeverRan()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Customer customer;
    customer.name = QStringLiteral("Mutare Motors");
    customer.email = QStringLiteral("admin@motors.co.zw");
    const Result<catalog::Customer> createdCustomer = db->createCustomer(customer);
    QVERIFY2(createdCustomer, qPrintable(createdCustomer.error()));
    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Motors");
    tenant.slug = QStringLiteral("motors");
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    catalog::Host host;
    host.name = QStringLiteral("host-actions");
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));

    // Three instances in error: one whose create failed, one that an
    // earlier create brought up, and one the catalog once recorded running.
    QHash<QString, QString> ids;
    for (const QString &name : { QStringLiteral("motors-failed"), QStringLiteral("motors-created"),
             QStringLiteral("motors-ran") }) {
        catalog::Instance instance;
        instance.tenantId = createdTenant->id;
        instance.hostId = createdHost->id;
        instance.name = name;
        instance.odooVersion = QStringLiteral("17.0");
        instance.imageTag = QStringLiteral("17.0");
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1024LL * 1024 * 1024;
        instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
        instance.adminEmail = QStringLiteral("admin@motors.co.zw");
        instance.databaseName = name;
        instance.subdomain = name;
        instance.status = InstanceStatus::Creating;
        Result<catalog::Instance> created = db->createInstance(instance);
        QVERIFY2(created, qPrintable(created.error()));
        if (name == QLatin1String("motors-ran")) {
            created = db->setInstanceStatus(created->id, created->rowVersion, InstanceStatus::Running);
            QVERIFY2(created, qPrintable(created.error()));
        }
        QVERIFY(db->setInstanceStatus(created->id, created->rowVersion, InstanceStatus::Error));
        ids.insert(name, created->id);
    }
    catalog::Job create;
    create.kind = QStringLiteral("instance.create");
    create.targetType = QStringLiteral("instance");
    create.targetId = ids.value(QStringLiteral("motors-created"));
    create.state = catalog::JobState::Succeeded;
    const Result<catalog::Job> stored = db->createJob(create);
    QVERIFY2(stored, qPrintable(stored.error()));

    InstancesPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    const auto rowNamed = [&pane, &ids](const QString &name) {
        return pane.model()->rowAt(pane.model()->rowOf(ids.value(name)));
    };
    QVERIFY(rowNamed(QStringLiteral("motors-failed")).neverRan);
    QVERIFY(!rowNamed(QStringLiteral("motors-created")).neverRan);
    QVERIFY(!rowNamed(QStringLiteral("motors-ran")).neverRan);

    QAction *retry = actionNamed(&pane, QStringLiteral("Retry &creation…"));
    QAction *environment = actionNamed(&pane, QStringLiteral("&Environment variables…"));
    QVERIFY(retry);
    QVERIFY(environment);
    pane.selectId(ids.value(QStringLiteral("motors-failed")));
    QVERIFY2(retry->isEnabled(), qPrintable(retry->toolTip()));
    QVERIFY(!environment->isEnabled());
    QVERIFY2(environment->toolTip().contains(QStringLiteral("before it ever ran")), qPrintable(environment->toolTip()));
    pane.selectId(ids.value(QStringLiteral("motors-ran")));
    QVERIFY(!retry->isEnabled());
    QVERIFY2(environment->isEnabled(), qPrintable(environment->toolTip()));
}

void TestInstanceActions::modulesDialogValidates()
{
    UpdateModulesDialog dialog(QStringLiteral("acme-prod"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!dialog.problem().isEmpty());

    dialog.modulesEdit()->setText(QStringLiteral("sale, stock-extra"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("stock-extra")), qPrintable(dialog.problem()));

    dialog.modulesEdit()->setText(QStringLiteral("sale, stock account"));
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.modules(), (QStringList { QStringLiteral("sale"), QStringLiteral("stock"),
                                   QStringLiteral("account") }));
}

void TestInstanceActions::limitsDialogValidates()
{
    LimitsDialog dialog(QStringLiteral("acme-prod"), 1.5, 2LL * 1024 * 1024 * 1024);
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.cpuCores(), 1.5);
    QCOMPARE(dialog.memoryBytes(), 2LL * 1024 * 1024 * 1024);

    dialog.cpuEdit()->setValue(0);
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("CPU")), qPrintable(dialog.problem()));

    dialog.cpuEdit()->setValue(2);
    dialog.memoryEdit()->setText(QStringLiteral("lots"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("lots")), qPrintable(dialog.problem()));

    dialog.memoryEdit()->setText(QStringLiteral("4G"));
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.memoryBytes(), 4LL * 1024 * 1024 * 1024);

    // A value typed key by key stays as typed.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDoubleSpinBox *cpu = dialog.cpuEdit();
    cpu->setFocus();
    cpu->selectAll();
    QTest::keyClicks(cpu, QStringLiteral("1.25"));
    QCOMPARE(cpu->value(), 1.25);
    QTest::keyClick(cpu, Qt::Key_Tab);
    QCOMPARE(dialog.cpuCores(), 1.25);
}

void TestInstanceActions::limitsDialogChecksCapacity()
{
    // Stands in for provisioning::checkLimits: a plan of 2 GiB memory on a
    // host with 4 free cores.
    const qint64 gib = 1024LL * 1024 * 1024;
    QList<std::pair<double, qint64>> checked;
    QMutex checkedLock;
    LimitsDialog dialog(QStringLiteral("acme-prod"), 1, 2 * gib);
    QSignalSpy done(&dialog, &LimitsDialog::capacityChecked);
    dialog.setCapacityCheck([&](double cpuCores, qint64 memoryBytes) -> Status {
        {
            QMutexLocker locker(&checkedLock);
            checked.append({ cpuCores, memoryBytes });
        }
        if (memoryBytes > 2 * gib)
            return makeError(QStringLiteral("Plan Starter allows 2 GiB of memory per instance."));
        if (cpuCores > 4)
            return makeError(QStringLiteral("Host harare-1 has 4 free cores."));
        return {};
    });
    // OK waits for the check of the values the dialog opened with.
    QVERIFY(dialog.checkingCapacity());
    QVERIFY(!okEnabled(dialog));
    QVERIFY(done.wait(5000));
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));

    // Over the plan: flagged inline, OK stays off.
    dialog.memoryEdit()->setText(QStringLiteral("4G"));
    QVERIFY(!okEnabled(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.checkingCapacity(), 5000);
    QVERIFY2(dialog.problem().contains(QStringLiteral("Plan Starter")), qPrintable(dialog.problem()));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("validationError"));
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), dialog.problem());
    QVERIFY(!okEnabled(dialog));

    // Over the host's free cores.
    dialog.memoryEdit()->setText(QStringLiteral("2G"));
    dialog.cpuEdit()->setValue(6);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.checkingCapacity(), 5000);
    QVERIFY2(dialog.problem().contains(QStringLiteral("free cores")), qPrintable(dialog.problem()));
    QVERIFY(!okEnabled(dialog));

    // Values that fit enable OK again, and the error goes.
    dialog.cpuEdit()->setValue(2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.checkingCapacity(), 5000);
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QVERIFY(error->isHidden());
    QMutexLocker locker(&checkedLock);
    QVERIFY(checked.contains(std::pair<double, qint64> { 2.0, 2 * gib }));
}

void TestInstanceActions::environmentDialogValidates()
{
    EnvironmentDialog dialog(QStringLiteral("acme-prod"), { { QStringLiteral("TZ"), QStringLiteral("Africa/Harare") } });
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.environment().value(QStringLiteral("TZ")), QStringLiteral("Africa/Harare"));

    dialog.editor()->setPlainText(QStringLiteral("TZ=UTC\nWORKERS"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("Line 2")), qPrintable(dialog.problem()));

    dialog.editor()->setPlainText(QStringLiteral("TZ=UTC\nTZ=CAT"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("second time")), qPrintable(dialog.problem()));

    dialog.editor()->setPlainText(QStringLiteral("1BAD=x"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("1BAD")), qPrintable(dialog.problem()));

    // The keys the CLI rejects are rejected here too.
    for (const QString &key : { QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("ODOO_RC") }) {
        dialog.editor()->setPlainText(key + QStringLiteral("=/x"));
        QVERIFY2(!okEnabled(dialog), qPrintable(key));
        QVERIFY2(dialog.problem().contains(key), qPrintable(dialog.problem()));
    }

    dialog.editor()->setPlainText(QStringLiteral("TZ=UTC\nWORKERS=4\n"));
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.environment().size(), 2);
    QCOMPARE(dialog.environment().value(QStringLiteral("WORKERS")), QStringLiteral("4"));
}

QTEST_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
