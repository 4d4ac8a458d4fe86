// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console against the harness: a backup taken from the Instances pane
// runs to completion, the dropped backup restores as a new instance, and a
// container killed behind the console's back shows its new state from the
// engine's events within seconds.
#include "ui/backupspane.h"
#include "ui/backuptablemodel.h"
#include "ui/consoleservices.h"
#include "ui/hostwatcher.h"
#include "ui/instancejobs.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/restorechoicedialog.h"

#include "core/docker/dockerclient.h"

#include "tests/support/catalogseed.h"
#include "tests/support/testservices.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saasodoo;
using namespace saasodoo::ui;

using test::shortId;

class TestLiveStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backUpFromInstancesPane();
    void dropRestoresAsNewInstance();
    void restoreAsNewErrorsShown();
    void dropRestoresIntoInstance();
    void killedContainerShowsError();

private:
    jobs::JobInfo finish(const QString &jobId, int timeoutMs);
    QString statusInPane(InstancesPane *pane) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    catalog::Host m_host;
    QString m_instanceId;
    QString m_backupPath;
    QString m_copyName;
    QString m_copyId;
};

jobs::JobInfo TestLiveStatus::finish(const QString &jobId, int timeoutMs)
{
    // Waiting on the runner blocks this thread, so run the loop in between
    // for the queued signals the job emits.
    const bool finished
        = QTest::qWaitFor([&] { return m_services->jobRunner()->waitForFinished(jobId, 200); }, timeoutMs);
    if (!finished)
        qWarning("job %s did not finish within %d ms", qPrintable(jobId), timeoutMs);
    return m_services->jobRunner()->job(jobId).value_or(jobs::JobInfo {});
}

QString TestLiveStatus::statusInPane(InstancesPane *pane) const
{
    const int row = pane->model()->rowOf(m_instanceId);
    return row < 0 ? QString() : catalog::toString(pane->model()->rowAt(row).status);
}

void TestLiveStatus::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");

    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_livestatus"));
    qputenv("SAASODOO_BACKUP_DIR", m_dir.filePath(QStringLiteral("backups")).toUtf8());

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.dockerNetwork = test::dockerUnix().network;
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));

    const Result<test::CustomerWithTenant> seeded
        = test::createCustomerWithTenant(*db, QStringLiteral("Live Status Test"), QStringLiteral("live"));
    QVERIFY2(seeded, qPrintable(seeded.error()));
    const catalog::Tenant &tenant = seeded->tenant;

    const Result<catalog::Host> createdHost = db->createHost(test::harnessHost());
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    m_host = createdHost.value();
    QFuture<Status> stored = m_services->secrets()->write(
        secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password")), test::postgres().adminPassword);
    stored.waitForFinished();
    QVERIFY2(stored.result().ok(), qPrintable(stored.result().error()));

    catalog::Instance instance;
    instance.tenantId = tenant.id;
    instance.hostId = m_host.id;
    instance.name = QStringLiteral("live%1").arg(shortId());
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = catalog::InstanceType::Development;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(tenant.slug);
    instance.databaseName = QStringLiteral("db_%1").arg(instance.name);
    instance.subdomain = instance.name;
    instance.status = catalog::InstanceStatus::Creating;
    const Result<catalog::Instance> created = db->createInstance(instance);
    QVERIFY2(created, qPrintable(created.error()));
    m_instanceId = created->id;
    const jobs::JobInfo job = finish(InstanceJobs::submitCreate(*m_services, created.value()), 400000);
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
}

void TestLiveStatus::cleanupTestCase()
{
    if (m_services && !m_copyId.isEmpty()) {
        const jobs::JobInfo job = finish(InstanceJobs::submitRemove(*m_services, m_copyId, QString(), m_host.id),
            120000);
        QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    }
    if (m_services && !m_instanceId.isEmpty()) {
        const jobs::JobInfo job = finish(InstanceJobs::submitRemove(*m_services, m_instanceId, QString(), m_host.id),
            120000);
        QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    }
    m_services.reset();
}

void TestLiveStatus::backUpFromInstancesPane()
{
    MainWindow window(m_services.get());
    InstancesPane *pane = window.instancesPane();
    // The panes read their rows on a worker.
    QTRY_COMPARE(statusInPane(pane), QStringLiteral("running"));
    pane->selectId(m_instanceId);

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    pane->backUpSelected();
    QCOMPARE(queued.count(), 1);
    const auto submitted = queued.at(0).at(0).value<jobs::JobInfo>();
    QCOMPARE(submitted.kind, QStringLiteral("backup.create"));
    const jobs::JobInfo job = finish(submitted.id, 300000);
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    // The Backups pane reloads when the job finishes and lists the backup.
    BackupsPane *backups = window.backupsPane();
    QTRY_COMPARE(backups->model()->rowCount(), 1);
    // A reload while the job ran may have listed the backup as running.
    QTRY_COMPARE(catalog::toString(backups->model()->rowAt(0).backup.state), QStringLiteral("completed"));
    const catalog::Backup &backup = backups->model()->rowAt(0).backup;
    QCOMPARE(backup.instanceId, m_instanceId);
    QCOMPARE(backup.sha256.size(), 64);
    QVERIFY(QFileInfo::exists(backup.location));
    m_backupPath = backup.location;
    QTRY_COMPARE(statusInPane(pane), QStringLiteral("running"));
}

void TestLiveStatus::dropRestoresAsNewInstance()
{
    QVERIFY(!m_backupPath.isEmpty());
    MainWindow window(m_services.get());
    InstancesPane *pane = window.instancesPane();

    // The same path a drop outside any row takes.
    pane->offerRestore({ m_backupPath });
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("as a new instance")), qPrintable(dialog->windowTitle()));
    const QString name = QStringLiteral("copy%1").arg(shortId());
    dialog->findChild<QLineEdit *>(QStringLiteral("newInstanceName"))->setText(name);
    m_copyName = name;
    // "Automatic": the capacity check picks the harness host.
    QCOMPARE(dialog->hostId(), QString());
    QVERIFY(!dialog->tenantId().isEmpty());
    // The backup names the instance's database, so its limits are proposed.
    QCOMPARE(dialog->cpuLimit(), 1.0);
    QCOMPARE(dialog->memoryLimitBytes(), 1024LL * 1024 * 1024);

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    auto *asNew = dialog->findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    asNew->click();
    QTRY_COMPARE(queued.count(), 1);
    const auto submitted = queued.at(0).at(0).value<jobs::JobInfo>();
    QCOMPARE(submitted.kind, QStringLiteral("backup.restore-new"));
    const jobs::JobInfo job = finish(submitted.id, 400000);
    const Result<QList<catalog::InstanceRow>> rows = m_services->catalog()->instanceRows();
    QVERIFY(rows);
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.name == name)
            m_copyId = row.id;
    }
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY(!m_copyId.isEmpty());
    QTRY_VERIFY(pane->model()->rowOf(m_copyId) >= 0);
    // The row may first show the status the job wrote while it ran; the
    // pane follows the catalog's later changes a moment after.
    QTRY_COMPARE(catalog::toString(pane->model()->rowAt(pane->model()->rowOf(m_copyId)).status),
        QStringLiteral("running"));
}

void TestLiveStatus::restoreAsNewErrorsShown()
{
    QVERIFY(!m_backupPath.isEmpty());
    QVERIFY(!m_copyName.isEmpty());
    MainWindow window(m_services.get());
    InstancesPane *pane = window.instancesPane();
    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);

    // More memory than the host has: reported before any job starts.
    pane->offerRestore({ m_backupPath });
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<RestoreChoiceDialog *>()) != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("newInstanceName"))->setText(QStringLiteral("big%1").arg(shortId()));
    dialog->findChild<QLineEdit *>(QStringLiteral("memory"))->setText(QStringLiteral("4096G"));
    auto *asNew = dialog->findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    Prompter::setNextAnswer(QMessageBox::Ok);
    asNew->click();
    QTRY_VERIFY2(Prompter::lastText().contains(QStringLiteral("Nothing was started")), qPrintable(Prompter::lastText()));
    QCOMPARE(queued.count(), 0);
    QTRY_VERIFY(pane->findChild<RestoreChoiceDialog *>() == nullptr);

    // A name the tenant uses already: the job fails, and its error is shown
    // in a message box.
    pane->offerRestore({ m_backupPath });
    QTRY_VERIFY((dialog = pane->findChild<RestoreChoiceDialog *>()) != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("newInstanceName"))->setText(m_copyName);
    asNew = dialog->findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    Prompter::setNextAnswer(QMessageBox::Ok);
    asNew->click();
    QTRY_COMPARE(queued.count(), 1);
    const jobs::JobInfo job = finish(queued.at(0).at(0).value<jobs::JobInfo>().id, 120000);
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Failed));
    QTRY_VERIFY2(Prompter::lastText().contains(QStringLiteral("The restore failed: ")), qPrintable(Prompter::lastText()));
    QVERIFY2(Prompter::lastText().contains(job.error), qPrintable(Prompter::lastText()));
}

void TestLiveStatus::dropRestoresIntoInstance()
{
    QVERIFY(!m_backupPath.isEmpty());
    MainWindow window(m_services.get());
    InstancesPane *pane = window.instancesPane();
    QTRY_VERIFY(pane->model()->rowOf(m_instanceId) >= 0);
    const QString name = pane->model()->rowAt(pane->model()->rowOf(m_instanceId)).name;

    // The same path a drop on the instance's row takes.
    pane->offerRestore({ m_backupPath }, m_instanceId);
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("into ") + name), qPrintable(dialog->windowTitle()));
    auto *into = dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"));
    QVERIFY2(into->isEnabled(), qPrintable(into->toolTip()));

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Yes);
    into->click();
    QTRY_COMPARE(queued.count(), 1);
    QVERIFY2(Prompter::lastText().contains(name), qPrintable(Prompter::lastText()));
    const auto submitted = queued.at(0).at(0).value<jobs::JobInfo>();
    QCOMPARE(submitted.kind, QStringLiteral("backup.restore"));
    const jobs::JobInfo job = finish(submitted.id, 400000);
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QTRY_COMPARE(statusInPane(pane), QStringLiteral("running"));

    // The in-place restore kept a safety backup of the instance's previous state.
    const Result<QList<catalog::Backup>> backups = m_services->catalog()->backups(m_instanceId);
    QVERIFY2(backups, qPrintable(backups.error()));
    QVERIFY(std::any_of(backups->cbegin(), backups->cend(),
        [](const catalog::Backup &backup) { return backup.kind == catalog::BackupKind::Safety; }));
}

void TestLiveStatus::killedContainerShowsError()
{
    MainWindow window(m_services.get());
    QVERIFY(window.hostWatcher());
    QTRY_VERIFY(window.hostWatcher()->watchedHosts().contains(m_host.id));
    InstancesPane *pane = window.instancesPane();
    QTRY_COMPARE(statusInPane(pane), QStringLiteral("running"));
    QSignalSpy changed(window.hostWatcher(), &HostWatcher::instancesChanged);

    // Let the event stream connect, then kill the container outside the console.
    QTest::qWait(1000);
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    const QString container = m_services->catalog()->instance(m_instanceId)->containerId;
    QVERIFY(client.killContainer(container).ok());

    QTRY_COMPARE_WITH_TIMEOUT(statusInPane(pane), QStringLiteral("error"), 15000);
    QVERIFY(changed.count() >= 1);
    QVERIFY(changed.at(0).at(0).toStringList().contains(m_instanceId));
}

QTEST_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
