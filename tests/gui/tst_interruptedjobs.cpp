// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An instance job that a console left running when its process died: the
// dock names the instance, the Instances pane says why no action is offered
// and offers Resume and Clean up, and Clean up gets the instance out. The
// instance never ran, so then only Retry creation and Delete are offered.
#include "reloadwait.h"

#include "ui/consoleservices.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/jobspane.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/tablefilterproxy.h"

#include "core/jobs/jobowner.h"

#include "tests/support/catalogseed.h"
#include "tests/support/testservices.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace saasodoo;
using namespace saasodoo::ui;

class TestInterruptedJobs : public QObject
{
    Q_OBJECT

private slots:
    void cleanUpFreesStrandedInstance();
    void deleteAllowedWhenStranded();
};

namespace {

QAction *actionNamed(QWidget *pane, const QString &text)
{
    for (QAction *action : pane->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

void TestInterruptedJobs::cleanUpFreesStrandedInstance()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::isolateSettings(dir.path(), QStringLiteral("tst_interruptedjobs"));
    const catalog::CatalogConfig config = catalog::CatalogConfig::sqlite(dir.filePath(QStringLiteral("catalog.sqlite")));

    // A start job of a console that died: the instance stays "starting".
    QString instanceId;
    QString jobId;
    const QString name = QStringLiteral("stuck%1").arg(test::shortId());
    {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        QVERIFY2(opened, qPrintable(opened.error()));
        catalog::Catalog &db = *opened.value();
        const Result<test::CustomerWithTenant> seeded
            = test::createCustomerWithTenant(db, QStringLiteral("Interrupted Test"), QStringLiteral("intr"));
        QVERIFY2(seeded, qPrintable(seeded.error()));
        const Result<catalog::Host> host = db.createHost(test::harnessHost());
        QVERIFY2(host, qPrintable(host.error()));
        catalog::Instance instance;
        instance.tenantId = seeded->tenant.id;
        instance.hostId = host->id;
        instance.name = name;
        instance.odooVersion = QStringLiteral("18.0");
        instance.imageTag = QStringLiteral("18.0");
        instance.type = catalog::InstanceType::Development;
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1024LL * 1024 * 1024;
        instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
        instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(seeded->tenant.slug);
        instance.databaseName = QStringLiteral("db_%1").arg(name);
        instance.subdomain = name;
        instance.status = catalog::InstanceStatus::Stopped;
        const Result<catalog::Instance> created = db.createInstance(instance);
        QVERIFY2(created, qPrintable(created.error()));
        instanceId = created->id;
        QVERIFY(db.setInstanceStatus(instanceId, created->rowVersion, catalog::InstanceStatus::Starting,
                      QStringLiteral("Starting."))
                    .ok());
        catalog::Job job;
        job.kind = QStringLiteral("instance.start");
        job.targetType = QStringLiteral("instance");
        job.targetId = instanceId;
        job.steps = provisioning::actionSteps(job.kind);
        job.state = catalog::JobState::Running;
        job.owner = QStringLiteral("a-process-that-is-gone"); // not machine:pid:start, so recovery treats it as dead
        const Result<catalog::Job> stored = db.createJob(job);
        QVERIFY2(stored, qPrintable(stored.error()));
        jobId = stored->id;
    }

    ConsoleServices::Options options;
    options.catalog = config;
    options.dockerNetwork = test::dockerUnix().network;
    options.keychainService = QStringLiteral("saasodoo-test");
    ConsoleServices services(options);
    QVERIFY2(services.catalog(), qPrintable(services.catalogError()));
    QCOMPARE(services.interruptedJobs().size(), 1);
    QCOMPARE(services.interruptedJobs().first().id, jobId);

    MainWindow window(&services);
    auto *note = window.findChild<QLabel *>(QStringLiteral("interruptedJobs"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    // The instance's name arrives from a worker.
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(name), 10000);
    QVERIFY2(note->toolTip().contains(QLatin1String("interrupted")), qPrintable(note->toolTip()));

    auto *instances = window.findChild<InstancesPane *>();
    QVERIFY(instances);
    QVERIFY(reloadAndWait(*instances));
    const int row = instances->model()->rowOf(instanceId);
    QVERIFY(row >= 0);
    instances->view()->selectionModel()->select(
        instances->proxy()->mapFromSource(instances->model()->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QAction *start = actionNamed(instances, QStringLiteral("&Start"));
    QAction *resume = actionNamed(instances, QStringLiteral("Resume &interrupted job"));
    QAction *cleanUp = actionNamed(instances, QStringLiteral("Clean up interrupted &job"));
    QVERIFY(start);
    QVERIFY(resume);
    QVERIFY(cleanUp);
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QLatin1String("interrupted")), qPrintable(start->toolTip()));
    QVERIFY2(start->toolTip().contains(jobId), qPrintable(start->toolTip()));
    QVERIFY(resume->isEnabled());
    QVERIFY(cleanUp->isEnabled());
    QAction *remove = actionNamed(instances, QStringLiteral("&Delete…"));
    QVERIFY(remove);
    QVERIFY2(remove->isEnabled(), qPrintable(remove->toolTip()));

    cleanUp->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(services.interruptedJobs().isEmpty(), 60000);
    const Result<catalog::Instance> after = services.catalog()->instance(instanceId);
    QVERIFY(after);
    QCOMPARE(catalog::toString(after->status), QStringLiteral("error"));
    const Result<catalog::Job> closed = services.catalog()->job(jobId);
    QVERIFY(closed);
    QCOMPARE(catalog::toString(closed->state), QStringLiteral("cancelled"));
    QVERIFY2(closed->error.contains(QLatin1String("cleaned up")), qPrintable(closed->error));
    QVERIFY(note->isHidden());

    // Nothing is left to take over, and the instance's state allows actions again.
    QVERIFY(reloadAndWait(*instances));
    instances->view()->selectionModel()->select(
        instances->proxy()->mapFromSource(instances->model()->index(instances->model()->rowOf(instanceId), 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!resume->isEnabled());
    QVERIFY(!cleanUp->isEnabled());

    // The instance never ran, so Start is not offered, and Retry creation
    // submits nothing when the admin declines.
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QLatin1String("before it ever ran")), qPrintable(start->toolTip()));
    QAction *retry = actionNamed(instances, QStringLiteral("Retry &creation…"));
    QVERIFY(retry);
    QVERIFY2(retry->isEnabled(), qPrintable(retry->toolTip()));
    Prompter::setNextAnswer(QMessageBox::No);
    retry->trigger();
    QVERIFY2(Prompter::lastText().contains(QLatin1String("never ran")), qPrintable(Prompter::lastText()));
    QVERIFY2(Prompter::lastText().contains(name), qPrintable(Prompter::lastText()));
    QVERIFY(services.jobRunner()->activeJobs().isEmpty());
    QCOMPARE(catalog::toString(services.catalog()->instance(instanceId)->status), QStringLiteral("error"));
}

// An instance left in `creating` without a live job may be deleted, as the
// CLI allows; one that a live job works on may not.
void TestInterruptedJobs::deleteAllowedWhenStranded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::isolateSettings(dir.path(), QStringLiteral("tst_interruptedjobs"));
    const catalog::CatalogConfig config = catalog::CatalogConfig::sqlite(dir.filePath(QStringLiteral("catalog.sqlite")));

    QString strandedId;
    QString busyId;
    {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        QVERIFY2(opened, qPrintable(opened.error()));
        catalog::Catalog &db = *opened.value();
        const Result<test::CustomerWithTenant> seeded
            = test::createCustomerWithTenant(db, QStringLiteral("Stranded Test"), QStringLiteral("strd"));
        QVERIFY2(seeded, qPrintable(seeded.error()));
        const Result<catalog::Host> host = db.createHost(test::harnessHost());
        QVERIFY2(host, qPrintable(host.error()));
        for (const QString &name : { QStringLiteral("stranded%1").arg(test::shortId()),
                 QStringLiteral("busy%1").arg(test::shortId()) }) {
            catalog::Instance instance;
            instance.tenantId = seeded->tenant.id;
            instance.hostId = host->id;
            instance.name = name;
            instance.odooVersion = QStringLiteral("18.0");
            instance.imageTag = QStringLiteral("18.0");
            instance.type = catalog::InstanceType::Development;
            instance.cpuLimit = 1;
            instance.memoryLimitBytes = 1024LL * 1024 * 1024;
            instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
            instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(seeded->tenant.slug);
            instance.databaseName = QStringLiteral("db_%1").arg(name);
            instance.subdomain = name;
            instance.status = catalog::InstanceStatus::Creating;
            const Result<catalog::Instance> created = db.createInstance(instance);
            QVERIFY2(created, qPrintable(created.error()));
            (strandedId.isEmpty() ? strandedId : busyId) = created->id;
        }
        // This process is alive, so its job counts as working on the instance.
        catalog::Job job;
        job.kind = QStringLiteral("instance.create");
        job.targetType = QStringLiteral("instance");
        job.targetId = busyId;
        job.steps = provisioning::createSteps();
        job.state = catalog::JobState::Running;
        job.owner = jobs::currentProcessOwner();
        const Result<catalog::Job> stored = db.createJob(job);
        QVERIFY2(stored, qPrintable(stored.error()));
    }

    ConsoleServices::Options options;
    options.catalog = config;
    options.dockerNetwork = test::dockerUnix().network;
    options.keychainService = QStringLiteral("saasodoo-test");
    ConsoleServices services(options);
    QVERIFY2(services.catalog(), qPrintable(services.catalogError()));
    MainWindow window(&services);
    auto *instances = window.findChild<InstancesPane *>();
    QVERIFY(instances);
    QVERIFY(reloadAndWait(*instances));
    QAction *remove = actionNamed(instances, QStringLiteral("&Delete…"));
    QVERIFY(remove);
    auto select = [&](const QString &id) {
        instances->view()->selectionModel()->select(
            instances->proxy()->mapFromSource(instances->model()->index(instances->model()->rowOf(id), 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };

    select(strandedId);
    QVERIFY2(remove->isEnabled(), qPrintable(remove->toolTip()));
    select(busyId);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QLatin1String("wait for the job")), qPrintable(remove->toolTip()));
}

QTEST_MAIN(TestInterruptedJobs)
#include "tst_interruptedjobs.moc"
