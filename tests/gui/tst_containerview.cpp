// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The live views against the harness engine: the Container tab follows a
// container's log (search, copy, stderr marked, time stamps) and its CPU and
// memory. A host whose
// engine stops shows as unreachable, then as reachable and reconciled once
// the engine runs again. A hung engine (SIGSTOP) shows as unreachable, a
// stop job waiting on it ends promptly on Cancel, and once the engine runs
// again an instance in error whose container runs is set back to running.
#include "reloadwait.h"
#include "ui/consoleservices.h"
#include "ui/containerpanel.h"
#include "ui/dashboardpane.h"
#include "ui/hostspane.h"
#include "ui/hosttablemodel.h"
#include "ui/hostwatcher.h"
#include "ui/instancejobs.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/mainwindow.h"

#include "core/docker/dockerclient.h"
#include "core/jobs/jobrunner.h"

#include "tests/support/catalogseed.h"
#include "tests/support/testservices.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTreeView>

#include <csignal>
#include <sys/types.h>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

using test::shortId;

docker::Endpoint endpointOf(const QString &host)
{
    docker::Endpoint endpoint;
    endpoint.host = host;
    return endpoint;
}

} // namespace

class TestContainerView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void followShowsNewLine();
    void searchBoxKeepsWidth();
    void stderrMarkedTimestampsToggle();
    void statsShowMemory();
    void streamsStopWithSelection();
    void detailsReadOnWorker();
    void chattyLogStaysBounded();
    void unreachableHostRecovers();
    void hungEngineRecovers();

private:
    catalog::Instance makeInstance(const QString &hostId, const QString &containerId) const;
    bool startEngine();
    void stopEngine();

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    catalog::Host m_host;
    QString m_tenantId;
    QString m_containerId;
    QString m_instanceId;
    QTemporaryDir m_engineDir { QStringLiteral("/tmp/sod-engine-XXXXXX") };
    QProcess m_engine;
};

catalog::Instance TestContainerView::makeInstance(const QString &hostId, const QString &containerId) const
{
    catalog::Instance instance;
    instance.tenantId = m_tenantId;
    instance.hostId = hostId;
    instance.name = QStringLiteral("view%1").arg(shortId());
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = catalog::InstanceType::Development;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@example.co.zw");
    instance.databaseName = QStringLiteral("db_%1").arg(instance.name);
    instance.subdomain = instance.name;
    instance.containerId = containerId;
    instance.status = catalog::InstanceStatus::Running;
    return instance;
}

void TestContainerView::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");

    QVERIFY(m_dir.isValid());
    QVERIFY(m_engineDir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_containerview"));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.dockerNetwork = test::dockerUnix().network;
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));

    const Result<test::CustomerWithTenant> seeded
        = test::createCustomerWithTenant(*db, QStringLiteral("Container View Test"), QStringLiteral("view"));
    QVERIFY2(seeded, qPrintable(seeded.error()));
    m_tenantId = seeded->tenant.id;

    const Result<catalog::Host> createdHost = db->createHost(test::harnessHost());
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    m_host = createdHost.value();

    // A plain container from the stand-in image stands for the instance's
    // Odoo server: the views read any container's log and stats.
    const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
    docker::ContainerSpec spec;
    spec.name = QStringLiteral("saasodoo-view-%1").arg(shortId());
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("/bin/sh"), QStringLiteral("-c") };
    spec.cmd = { QStringLiteral("echo container started; exec sleep 3600") };
    const docker::DockerResult<docker::ContainerCreated> created = client.createContainer(spec);
    QVERIFY2(created, qPrintable(created.error()));
    m_containerId = created->id;
    const docker::DockerStatus started = client.startContainer(m_containerId);
    QVERIFY2(started, qPrintable(started.error()));

    const Result<catalog::Instance> instance = db->createInstance(makeInstance(m_host.id, m_containerId));
    QVERIFY2(instance, qPrintable(instance.error()));
    m_instanceId = instance->id;
}

void TestContainerView::cleanupTestCase()
{
    stopEngine();
    if (!m_containerId.isEmpty()) {
        const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
        docker::RemoveContainerOptions remove;
        remove.force = true;
        const docker::DockerStatus removed = client.removeContainer(m_containerId, remove);
        QVERIFY2(removed, qPrintable(removed.error()));
    }
    m_services.reset();
}

void TestContainerView::searchBoxKeepsWidth()
{
    ContainerPanel panel(nullptr);
    panel.resize(480, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    QVERIFY(search);
    const int expected = search->fontMetrics().averageCharWidth() * 20;
    QVERIFY2(search->width() >= expected, qPrintable(QStringLiteral("%1 < %2").arg(search->width()).arg(expected)));
}

void TestContainerView::followShowsNewLine()
{
    InstancesPane pane(m_services.get());
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_instanceId);
    pane.showContainerState();
    ContainerPanel *panel = pane.containerPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->followBox()->isChecked());
    QTRY_VERIFY(panel->logStreamActive());
    QTRY_VERIFY2_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QStringLiteral("container started")),
        qPrintable(panel->streamLabel()->text()), 15000);

    // Written by the container after the stream opened: only Follow shows it.
    const QString marker = QStringLiteral("marker-%1").arg(shortId());
    const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
    docker::ExecSpec exec;
    exec.cmd = { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("echo %1 > /proc/1/fd/1").arg(marker) };
    const docker::DockerResult<docker::ExecResult> written = client.exec(m_containerId, exec);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->exitCode, 0);
    QElapsedTimer shown;
    shown.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(marker), 10000);
    qInfo("followed line shown %lld ms after the exec returned", shown.elapsed());
    QVERIFY(panel->logStreamActive());

    // Search counts and selects the match.
    panel->searchBox()->setText(marker);
    QCOMPARE(panel->matchCount(), 1);
    QVERIFY(!panel->logView()->extraSelections().isEmpty());
    QVERIFY(panel->findNext());
    QCOMPARE(panel->logView()->textCursor().selectedText(), marker);
    panel->searchBox()->setText(QStringLiteral("no such text %1").arg(shortId()));
    QCOMPARE(panel->matchCount(), 0);
    QVERIFY(!panel->findNext());

    // Copy takes the selection, or the whole log without one.
    QTextCursor cursor = panel->logView()->document()->find(marker);
    panel->logView()->setTextCursor(cursor);
    panel->copyLog();
    QCOMPARE(QApplication::clipboard()->text(), marker);
    cursor.clearSelection();
    panel->logView()->setTextCursor(cursor);
    panel->copyLog();
    const QString all = QApplication::clipboard()->text();
    QVERIFY2(all.contains(QStringLiteral("container started")), qPrintable(all));
    QVERIFY2(all.contains(marker), qPrintable(all));
}

void TestContainerView::stderrMarkedTimestampsToggle()
{
    InstancesPane pane(m_services.get());
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_instanceId);
    pane.showContainerState();
    ContainerPanel *panel = pane.containerPanel();
    QVERIFY(!panel->timestampsBox()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QStringLiteral("container started")), 15000);

    // One line to each stream of the container's main process.
    const QString out = QStringLiteral("out-%1").arg(shortId());
    const QString err = QStringLiteral("err-%1").arg(shortId());
    const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
    docker::ExecSpec exec;
    exec.cmd = { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("echo %1 > /proc/1/fd/1; echo %2 > /proc/1/fd/2").arg(out, err) };
    const docker::DockerResult<docker::ExecResult> written = client.exec(m_containerId, exec);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->exitCode, 0);
    QTextDocument *log = panel->logView()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!log->find(out).isNull() && !log->find(err).isNull(), 10000);
    QCOMPARE(log->find(out).block().text(), out);
    QCOMPARE(log->find(err).block().text(), err);
    QVERIFY(log->find(out).block().userState() != ContainerPanel::standardErrorState);
    QCOMPARE(log->find(err).block().userState(), ContainerPanel::standardErrorState);
    const QColor errorColour = log->find(err).block().begin().fragment().charFormat().foreground().color();
    QVERIFY(errorColour != log->find(out).block().begin().fragment().charFormat().foreground().color());
    // Copy takes the text alone, without any marker.
    panel->copyLog();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\n") + err));

    // With time stamps, the log is read again and each line starts with one.
    const QRegularExpression stamped(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z "));
    panel->timestampsBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(stamped.match(log->find(err).block().text()).hasMatch(), 15000);
    QVERIFY2(log->find(err).block().text().endsWith(QLatin1Char(' ') + err), qPrintable(log->find(err).block().text()));
    QCOMPARE(log->find(err).block().userState(), ContainerPanel::standardErrorState);
    QVERIFY(stamped.match(log->find(out).block().text()).hasMatch());
    QVERIFY(log->find(out).block().userState() != ContainerPanel::standardErrorState);
    QVERIFY(stamped.match(log->firstBlock().text()).hasMatch());
    QTRY_VERIFY(panel->logStreamActive());

    panel->timestampsBox()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!log->find(err).isNull() && log->find(err).block().text() == err, 15000);
    QCOMPARE(log->find(out).block().text(), out);
}

void TestContainerView::statsShowMemory()
{
    InstancesPane pane(m_services.get());
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_instanceId);
    pane.showContainerState();
    ContainerPanel *panel = pane.containerPanel();
    QTRY_VERIFY(panel->statsStreamActive());
    QTRY_VERIFY2_WITH_TIMEOUT(panel->memoryUsedBytes() > 0, qPrintable(panel->usageLabel()->text()), 15000);
    QVERIFY2(panel->usageLabel()->text().contains(QStringLiteral("memory")), qPrintable(panel->usageLabel()->text()));
    QVERIFY2(panel->usageLabel()->text().startsWith(QStringLiteral("CPU")), qPrintable(panel->usageLabel()->text()));
}

void TestContainerView::streamsStopWithSelection()
{
    InstancesPane pane(m_services.get());
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_instanceId);
    pane.showContainerState();
    ContainerPanel *panel = pane.containerPanel();
    QTRY_VERIFY(panel->logStreamActive());
    QTRY_VERIFY(panel->statsStreamActive());

    // A search count shown before the selection is cleared.
    panel->searchBox()->setText(QStringLiteral("container started"));
    QTRY_VERIFY(panel->matchCount() >= 1);
    auto *matches = panel->findChild<QLabel *>(QStringLiteral("logMatches"));
    QVERIFY(matches);
    QVERIFY2(!matches->text().startsWith(QStringLiteral("0 ")), qPrintable(matches->text()));

    // Clearing the selection cancels both streams at once, and the emptied
    // log shows no match.
    pane.view()->clearSelection();
    QVERIFY(!panel->logStreamActive());
    QVERIFY(!panel->statsStreamActive());
    QVERIFY(panel->instanceId().isEmpty());
    QCOMPARE(panel->matchCount(), 0);
    QVERIFY2(matches->text().startsWith(QStringLiteral("0 ")), qPrintable(matches->text()));
    panel->searchBox()->clear();

    // Hiding the panel (the Details tab in front) cancels them too.
    pane.selectId(m_instanceId);
    QTRY_VERIFY(panel->logStreamActive());
    auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("instanceDetailsTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(0);
    QVERIFY(!panel->isVisible());
    QVERIFY(!panel->logStreamActive());
    QVERIFY(!panel->statsStreamActive());

    // An instance that is not running gets its log but no stats stream.
    catalog::Catalog *db = m_services->catalog();
    const Result<catalog::Instance> current = db->instance(m_instanceId);
    QVERIFY2(current, qPrintable(current.error()));
    QVERIFY(db->setInstanceStatus(m_instanceId, current->rowVersion, catalog::InstanceStatus::Stopped, {}));
    QVERIFY(reloadAndWait(pane));
    pane.showContainerState();
    QTRY_VERIFY(panel->logStreamActive());
    QVERIFY(!panel->statsStreamActive());
    QVERIFY2(panel->usageLabel()->text().contains(QStringLiteral("not running")),
        qPrintable(panel->usageLabel()->text()));

    // While a job stops it, the container still runs: the stats stream is
    // read, and the panel does not call it not running.
    const Result<catalog::Instance> stopped = db->instance(m_instanceId);
    QVERIFY(db->setInstanceStatus(m_instanceId, stopped->rowVersion, catalog::InstanceStatus::Stopping, {}));
    QVERIFY(reloadAndWait(pane));
    QTRY_VERIFY(panel->statsStreamActive());
    QVERIFY2(!panel->usageLabel()->text().contains(QStringLiteral("not running")),
        qPrintable(panel->usageLabel()->text()));

    const Result<catalog::Instance> stopping = db->instance(m_instanceId);
    QVERIFY(db->setInstanceStatus(m_instanceId, stopping->rowVersion, catalog::InstanceStatus::Running, {}));
}

void TestContainerView::detailsReadOnWorker()
{
    InstancesPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_instanceId);

    // The limits and admin email come from a worker's read of the full
    // record. A fast read may finish before the placeholder is ever shown.
    QTextBrowser *details = pane.detailsPanel();
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("admin@example.co.zw")),
        qPrintable(details->toPlainText()));
    QVERIFY2(details->toPlainText().contains(QStringLiteral("1 core")), qPrintable(details->toPlainText()));
    QVERIFY(!details->toPlainText().contains(QStringLiteral("reading…")));

    // A row the catalog does not have says why its record is missing.
    catalog::InstanceRow ghost;
    ghost.id = QStringLiteral("00000000-0000-4000-8000-0000000000ff");
    ghost.name = QStringLiteral("ghost");
    ghost.status = catalog::InstanceStatus::Stopped;
    pane.model()->setRows({ ghost });
    pane.selectId(ghost.id);
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("could not be read")),
        qPrintable(details->toPlainText()));
}

void TestContainerView::chattyLogStaysBounded()
{
    // 200,000 lines written as fast as the shell can: the view keeps only
    // the newest maxLogLines of them and still ends on the last one.
    const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
    docker::ContainerSpec spec;
    spec.name = QStringLiteral("saasodoo-chatty-%1").arg(shortId());
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("/bin/sh"), QStringLiteral("-c") };
    spec.cmd = { QStringLiteral("sleep 2; seq 1 200000; exec sleep 3600") };
    const docker::DockerResult<docker::ContainerCreated> created = client.createContainer(spec);
    QVERIFY2(created, qPrintable(created.error()));
    const QString containerId = created->id;
    const auto removeContainer = qScopeGuard([&] {
        docker::RemoveContainerOptions remove;
        remove.force = true;
        client.removeContainer(containerId, remove);
    });
    QVERIFY(client.startContainer(containerId));
    const Result<catalog::Instance> instance
        = m_services->catalog()->createInstance(makeInstance(m_host.id, containerId));
    QVERIFY2(instance, qPrintable(instance.error()));

    InstancesPane pane(m_services.get());
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(instance->id);
    pane.showContainerState();
    ContainerPanel *panel = pane.containerPanel();
    QTRY_VERIFY(panel->logStreamActive());

    QElapsedTimer received;
    received.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->document()->lastBlock().text() == QStringLiteral("200000"), 60000);
    qInfo("200000 followed lines shown in %lld ms, %d lines kept", received.elapsed(),
        panel->logView()->document()->blockCount());
    QVERIFY(panel->logView()->document()->blockCount() <= ContainerPanel::maxLogLines);
    QVERIFY(panel->logView()->document()->blockCount() >= ContainerPanel::maxLogLines / 2);
    // The oldest lines were dropped.
    QVERIFY(panel->logView()->document()->firstBlock().text() != QStringLiteral("1"));
}

bool TestContainerView::startEngine()
{
    const QString root = m_engineDir.path();
    m_engine.setProgram(QStringLiteral("dockerd"));
    m_engine.setArguments({ QStringLiteral("--data-root"), root + QStringLiteral("/data"),
        QStringLiteral("--exec-root"), root + QStringLiteral("/x"), QStringLiteral("--pidfile"),
        root + QStringLiteral("/dockerd.pid"), QStringLiteral("-H"),
        QStringLiteral("unix://%1/docker.sock").arg(root), QStringLiteral("--iptables=false"),
        QStringLiteral("--ip-masq=false"), QStringLiteral("--bridge=none"), QStringLiteral("--storage-driver"),
        QStringLiteral("vfs"), QStringLiteral("--log-level"), QStringLiteral("warn") });
    m_engine.setProcessChannelMode(QProcess::MergedChannels);
    m_engine.setStandardOutputFile(root + QStringLiteral("/dockerd.log"), QIODevice::Append);
    m_engine.start();
    if (!m_engine.waitForStarted(10000))
        return false;
    const docker::DockerClient client(endpointOf(QStringLiteral("unix://%1/docker.sock").arg(root)));
    return QTest::qWaitFor([&] { return client.ping().ok(); }, 60000);
}

void TestContainerView::stopEngine()
{
    if (m_engine.state() == QProcess::NotRunning)
        return;
    m_engine.terminate();
    if (!m_engine.waitForFinished(30000)) {
        m_engine.kill();
        m_engine.waitForFinished(5000);
    }
}

void TestContainerView::unreachableHostRecovers()
{
    QVERIFY2(startEngine(), qPrintable(m_engineDir.filePath(QStringLiteral("dockerd.log"))));
    catalog::Catalog *db = m_services->catalog();
    catalog::Host host = m_host;
    host.id.clear();
    host.rowVersion = 0;
    host.name = QStringLiteral("own-%1").arg(shortId());
    host.dockerEndpoint = QStringLiteral("unix://%1/docker.sock").arg(m_engineDir.path());
    const Result<catalog::Host> created = db->createHost(host);
    QVERIFY2(created, qPrintable(created.error()));
    const QString hostId = created->id;

    MainWindow window(m_services.get());
    HostWatcher *watcher = window.hostWatcher();
    QVERIFY(watcher);
    // The watcher follows the hosts once the Hosts pane has read them.
    QTRY_VERIFY(watcher->watchedHosts().contains(hostId));
    HostTableModel *hosts = window.hostsPane()->model();
    const auto engineCell = [&] {
        const int row = hosts->rowOf(hostId);
        return row < 0 ? QModelIndex() : hosts->index(row, HostTableModel::Engine);
    };
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(hostId) && watcher->reachability(hostId)->reachable, 20000);
    QCOMPARE(engineCell().data().toString(), QStringLiteral("Reachable"));

    QElapsedTimer sinceStop;
    stopEngine();
    sinceStop.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(hostId) && !watcher->reachability(hostId)->reachable, 20000);
    qInfo("host shown unreachable %lld ms after dockerd exited", sinceStop.elapsed());
    const provisioning::HostReachability down = *watcher->reachability(hostId);
    QVERIFY(!down.error.isEmpty());
    QVERIFY(down.failedAttempts >= 1);
    QVERIFY(down.nextAttempt > QDateTime::currentDateTimeUtc().addSecs(-1));
    QVERIFY2(engineCell().data().toString().startsWith(QStringLiteral("Unreachable, next attempt at")),
        qPrintable(engineCell().data().toString()));
    QVERIFY2(engineCell().data(Qt::ToolTipRole).toString().contains(down.error),
        qPrintable(engineCell().data(Qt::ToolTipRole).toString()));
    // The dashboard reads its rows again on a worker.
    QTRY_VERIFY2(window.dashboardPane()->html().contains(QStringLiteral("Unreachable")),
        qPrintable(window.dashboardPane()->html()));

    // It keeps retrying with a growing delay, not once and not in a tight loop.
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(hostId)->failedAttempts >= 3, 15000);
    QVERIFY(watcher->reachability(hostId)->failedAttempts <= 5);

    // An instance whose container vanished while the engine was down: the
    // reconcile that follows the engine's return marks it in error.
    catalog::Instance lost = makeInstance(hostId, QStringLiteral("0123456789ab0123456789ab"));
    const Result<catalog::Instance> lostCreated = db->createInstance(lost);
    QVERIFY2(lostCreated, qPrintable(lostCreated.error()));

    QVERIFY2(startEngine(), qPrintable(m_engineDir.filePath(QStringLiteral("dockerd.log"))));
    QElapsedTimer sinceStart;
    sinceStart.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(hostId)->reachable, 60000);
    qInfo("host shown reachable %lld ms after dockerd answered a ping (attempt delays grow 1, 2, 4, 8 s)",
        sinceStart.elapsed());
    QCOMPARE(watcher->reachability(hostId)->failedAttempts, 0);
    QCOMPARE(engineCell().data().toString(), QStringLiteral("Reachable"));
    QTRY_VERIFY(!window.dashboardPane()->html().contains(QStringLiteral("Unreachable")));

    InstanceTableModel *instances = window.instancesPane()->model();
    QTRY_VERIFY_WITH_TIMEOUT(instances->rowOf(lostCreated->id) >= 0
            && instances->rowAt(instances->rowOf(lostCreated->id)).status == catalog::InstanceStatus::Error,
        15000);
    stopEngine();
}

// Hangs the harness's main engine with SIGSTOP, as a dockerd that stops
// answering does: it still accepts connections but never replies.
void TestContainerView::hungEngineRecovers()
{
    // The harness writes dockerd-main.pid beside the engine's socket.
    const QString socketPath = m_host.dockerEndpoint.mid(int(qstrlen("unix://")));
    QFile pidFile(QFileInfo(socketPath).dir().filePath(QStringLiteral("dockerd-main.pid")));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t enginePid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY2(enginePid > 0, qPrintable(pidFile.fileName()));

    catalog::Catalog *db = m_services->catalog();
    const docker::DockerClient client(endpointOf(m_host.dockerEndpoint));
    docker::ContainerSpec spec;
    spec.name = QStringLiteral("saasodoo-hung-%1").arg(shortId());
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("/bin/sh"), QStringLiteral("-c") };
    spec.cmd = { QStringLiteral("exec sleep 3600") };
    const docker::DockerResult<docker::ContainerCreated> created = client.createContainer(spec);
    QVERIFY2(created, qPrintable(created.error()));
    const QString stoppedContainer = created->id;
    const auto removeContainer = qScopeGuard([&] {
        docker::RemoveContainerOptions remove;
        remove.force = true;
        client.removeContainer(stoppedContainer, remove);
    });
    const docker::DockerStatus started = client.startContainer(stoppedContainer);
    QVERIFY2(started, qPrintable(started.error()));
    const Result<catalog::Instance> target = db->createInstance(makeInstance(m_host.id, stoppedContainer));
    QVERIFY2(target, qPrintable(target.error()));

    MainWindow window(m_services.get());
    HostWatcher *watcher = window.hostWatcher();
    QVERIFY(watcher);
    provisioning::FollowOptions follow;
    follow.initialRetryDelay = std::chrono::milliseconds(500);
    follow.maxRetryDelay = std::chrono::milliseconds(2000);
    follow.pingInterval = std::chrono::milliseconds(1000);
    follow.pingTimeout = std::chrono::milliseconds(1000);
    watcher->setFollowOptions(follow);
    QTRY_VERIFY(watcher->watchedHosts().contains(m_host.id));
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(m_host.id) && watcher->reachability(m_host.id)->reachable, 20000);

    QVERIFY(::kill(enginePid, SIGSTOP) == 0);
    const auto resumeEngine = qScopeGuard([enginePid] { ::kill(enginePid, SIGCONT); });
    QElapsedTimer sinceHang;
    sinceHang.start();

    // A stop job waits on the hung engine; Cancel ends it within moments,
    // not after the 120 s request limit.
    catalog::InstanceRow row;
    row.id = target->id;
    row.name = target->name;
    row.hostId = m_host.id;
    QSignalSpy finished(m_services->jobRunner(), &jobs::JobRunner::jobFinished);
    const QString jobId = InstanceJobs::submitPowerAction(*m_services, provisioning::Action::Stop, row);
    QVERIFY(!jobId.isEmpty());
    QTRY_VERIFY(db->instance(target->id)->status == catalog::InstanceStatus::Stopping);
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QVERIFY(m_services->jobRunner()->cancel(jobId));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 5000);
    const qint64 cancelMs = sinceCancel.elapsed();
    qInfo("stop job ended %lld ms after Cancel while the engine hung", cancelMs);
    QVERIFY2(cancelMs < 3000, qPrintable(QString::number(cancelMs)));
    const jobs::JobInfo job = finished.at(0).at(0).value<jobs::JobInfo>();
    QCOMPARE(job.id, jobId);
    QCOMPARE(jobs::stateName(job.state), jobs::stateName(jobs::JobState::Cancelled));
    const Result<catalog::Instance> afterCancel = db->instance(target->id);
    QVERIFY2(afterCancel, qPrintable(afterCancel.error()));
    // The engine never confirmed the stop, so the instance keeps its status
    // and the message states that the outcome is unknown.
    QCOMPARE(catalog::toString(afterCancel->status), catalog::toString(catalog::InstanceStatus::Running));
    QVERIFY2(afterCancel->statusMessage.contains(QStringLiteral("unknown")), qPrintable(afterCancel->statusMessage));

    // Pings go unanswered, so the host no longer shows reachable.
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->reachability(m_host.id)->reachable, 10000);
    qInfo("host shown unreachable %lld ms after dockerd hung", sinceHang.elapsed());
    QVERIFY(!watcher->reachability(m_host.id)->error.isEmpty());

    // The first instance's container keeps running while its status says
    // error, as after a stop that failed on the hung engine.
    const Result<catalog::Instance> running = db->instance(m_instanceId);
    QVERIFY2(running, qPrintable(running.error()));
    const auto marked = db->setInstanceStatus(m_instanceId, running->rowVersion, catalog::InstanceStatus::Error,
        QStringLiteral("stop failed: the engine did not answer."));
    QVERIFY2(marked, qPrintable(marked.error()));
    const auto restoreStatus = qScopeGuard([&] {
        const Result<catalog::Instance> current = db->instance(m_instanceId);
        if (current && current->status != catalog::InstanceStatus::Running)
            db->setInstanceStatus(m_instanceId, current->rowVersion, catalog::InstanceStatus::Running, QString());
    });

    QVERIFY(::kill(enginePid, SIGCONT) == 0);
    QElapsedTimer sinceResume;
    sinceResume.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher->reachability(m_host.id)->reachable, 20000);
    qInfo("host shown reachable %lld ms after dockerd resumed", sinceResume.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(db->instance(m_instanceId)->status == catalog::InstanceStatus::Running, 15000);
    const Result<catalog::Instance> corrected = db->instance(m_instanceId);
    QVERIFY2(corrected->statusMessage.contains(QStringLiteral("back to running")), qPrintable(corrected->statusMessage));
    InstanceTableModel *instances = window.instancesPane()->model();
    QTRY_VERIFY_WITH_TIMEOUT(instances->rowOf(m_instanceId) >= 0
            && instances->rowAt(instances->rowOf(m_instanceId)).status == catalog::InstanceStatus::Running,
        15000);
}

QTEST_MAIN(TestContainerView)
#include "tst_containerview.moc"
