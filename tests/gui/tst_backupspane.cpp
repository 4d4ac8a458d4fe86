// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Backups pane on a SQLite catalog: the model, the actions valid for
// each selection, and verify and delete jobs run to their end. Also the
// Instances pane's details on the same catalog.
#include "reloadwait.h"
#include "core/billing/billingrun.h"
#include "ui/backupspane.h"
#include "ui/backuptablemodel.h"
#include "ui/consoleservices.h"
#include "ui/instanceactiondialogs.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

catalog::Backup backupRecord(const QString &instanceId, catalog::BackupState state, const QString &location,
    const QString &s3Key, const QString &sha256)
{
    catalog::Backup backup;
    backup.instanceId = instanceId;
    backup.state = state;
    backup.location = location;
    backup.s3Key = s3Key;
    backup.sha256 = sha256;
    backup.sizeBytes = 4096;
    backup.odooVersion = QStringLiteral("17.0");
    return backup;
}

QAction *actionNamed(QWidget *pane, const QString &text)
{
    for (QAction *action : pane->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestBackupsPane : public QObject
{
    Q_OBJECT

public slots:
    // QDesktopServices::setUrlHandler target: records instead of opening a browser.
    void recordOpenedUrl(const QUrl &url) { m_openedUrls.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelPassesTester();
    void modelSortsAndFilters();
    void cancelledBackupShownCancelled();
    void damagedBackupFlagged();
    void detailsShowInstanceRetention();
    void actionsFollowSelection_data();
    void actionsFollowSelection();
    void verifyJobReportsMismatch();
    void restoreIntoOffersErrorInstance();
    void deleteNamesBackupAndRemovesIt();
    void instancesPaneOffersBackUp();
    void instanceDetailsLinkAddresses();
    void mainWindowShowsBackupsPane();
    void otherSessionInstanceAppears();
    void deletedInstanceKeepsName();
    void searchMatchesShownText();
    void restoreNameCheckedInline();

private:
    jobs::JobInfo waitForJob(QSignalSpy &queued, const QString &kind);
    void select(BackupsPane &pane, const QStringList &ids);

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    QString m_instanceId;
    QString m_completedLocal; // completed, local file on disk with a wrong SHA-256 in the catalog
    QString m_completedS3Only;
    QString m_failed;
    QString m_localFile;
    QList<QUrl> m_openedUrls;
};

void TestBackupsPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backupspane"));
    qputenv("SAASODOO_BACKUP_DIR", m_dir.filePath(QStringLiteral("backups")).toUtf8());

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));

    catalog::Customer customer;
    customer.name = QStringLiteral("Harare Hardware");
    customer.email = QStringLiteral("admin@hardware.co.zw");
    const Result<catalog::Customer> createdCustomer = db->createCustomer(customer);
    QVERIFY2(createdCustomer, qPrintable(createdCustomer.error()));
    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Hardware");
    tenant.slug = QStringLiteral("hardware");
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    catalog::Host host;
    host.name = QStringLiteral("host-1");
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    catalog::Instance instance;
    instance.tenantId = createdTenant->id;
    instance.hostId = createdHost->id;
    instance.name = QStringLiteral("hardware-prod");
    instance.odooVersion = QStringLiteral("17.0");
    instance.imageTag = QStringLiteral("17.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@hardware.co.zw");
    instance.databaseName = QStringLiteral("hardware_prod");
    instance.subdomain = QStringLiteral("hardware-prod");
    const Result<catalog::Instance> createdInstance = db->createInstance(instance);
    QVERIFY2(createdInstance, qPrintable(createdInstance.error()));
    m_instanceId = createdInstance->id;
    const Result<catalog::Instance> running
        = db->setInstanceStatus(m_instanceId, createdInstance->rowVersion, catalog::InstanceStatus::Running);
    QVERIFY2(running, qPrintable(running.error()));

    m_localFile = m_dir.filePath(QStringLiteral("hardware.zip"));
    QFile file(m_localFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not the bytes the catalog hashed");
    file.close();
    const QString wrongHash = QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Sha256).toHex());

    const auto create = [&](const catalog::Backup &backup) -> QString {
        const Result<catalog::Backup> created = db->createBackup(backup);
        return created ? created->id : QString();
    };
    m_completedLocal = create(backupRecord(m_instanceId, catalog::BackupState::Completed, m_localFile, {}, wrongHash));
    m_completedS3Only = create(backupRecord(m_instanceId, catalog::BackupState::Completed, {},
        QStringLiteral("saasodoo/hardware.zip"), wrongHash));
    m_failed = create(backupRecord(m_instanceId, catalog::BackupState::Failed, {}, {}, {}));
    QVERIFY(!m_completedLocal.isEmpty());
    QVERIFY(!m_completedS3Only.isEmpty());
    QVERIFY(!m_failed.isEmpty());
}

void TestBackupsPane::cleanupTestCase()
{
    m_services.reset();
}

jobs::JobInfo TestBackupsPane::waitForJob(QSignalSpy &queued, const QString &kind)
{
    jobs::JobRunner *runner = m_services->jobRunner();
    QString id;
    for (const QList<QVariant> &arguments : std::as_const(queued)) {
        const auto job = arguments.at(0).value<jobs::JobInfo>();
        if (job.kind == kind)
            id = job.id;
    }
    if (id.isEmpty())
        return {};
    runner->waitForFinished(id, 30000);
    return runner->job(id).value_or(jobs::JobInfo {});
}

void TestBackupsPane::select(BackupsPane &pane, const QStringList &ids)
{
    pane.view()->selectionModel()->clearSelection();
    for (const QString &id : ids)
        pane.selectId(id);
    // selectId replaces the selection, so add the rest by hand.
    for (const QString &id : ids) {
        const int row = pane.model()->rowOf(id);
        const QModelIndex index = pane.proxy()->mapFromSource(pane.model()->index(row, 0));
        pane.view()->selectionModel()->select(index,
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestBackupsPane::modelPassesTester()
{
    BackupsPane pane(m_services.get());
    QAbstractItemModelTester sourceTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(pane));
    QCOMPARE(pane.model()->rowCount(), 3);
    QVERIFY(reloadAndWait(pane));
    QCOMPARE(pane.model()->rowCount(), 3);
    const int row = pane.model()->rowOf(m_completedLocal);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return pane.model()->index(row, column).data().toString(); };
    QCOMPARE(cell(BackupTableModel::Instance), QStringLiteral("hardware-prod"));
    QCOMPARE(cell(BackupTableModel::Location), QStringLiteral("Local"));
    QCOMPARE(cell(BackupTableModel::State), QStringLiteral("Completed"));
    QCOMPARE(cell(BackupTableModel::Sha256).size(), 12);
    QCOMPARE(cell(BackupTableModel::Expires), QStringLiteral("Never"));
    QCOMPARE(pane.model()->index(pane.model()->rowOf(m_completedS3Only), BackupTableModel::Location).data().toString(),
        QStringLiteral("S3"));

    // The expiry shown is the one retention applies: a date for manual and
    // safety backups, the period slots for scheduled ones (an older record's
    // stored date is not shown).
    catalog::Backup dated;
    dated.kind = catalog::BackupKind::Manual;
    dated.expiresAt = QDateTime(QDate(2027, 3, 5), QTime(9, 55), Qt::UTC);
    QCOMPARE(BackupTableModel::expiryText(dated), QLocale().toString(dated.expiresAt.toLocalTime(), QLocale::ShortFormat));
    dated.kind = catalog::BackupKind::Scheduled;
    QCOMPARE(BackupTableModel::expiryText(dated), QStringLiteral("By retention slots"));
    QVERIFY(BackupTableModel::expiryToolTip(dated).contains(QLatin1String("newest")));

    // A failed final backup's record expires, and the tooltip states it.
    catalog::Backup final;
    final.kind = catalog::BackupKind::Final;
    final.state = catalog::BackupState::Completed;
    QVERIFY(BackupTableModel::expiryToolTip(final).contains(QLatin1String("never removes a completed")));
    final.state = catalog::BackupState::Failed;
    final.expiresAt = QDateTime(QDate(2027, 3, 5), QTime(9, 55), Qt::UTC);
    QVERIFY(BackupTableModel::expiryToolTip(final).contains(QLatin1String("removes its record")));
    QVERIFY(!BackupTableModel::expiryToolTip(final).contains(QLatin1String("never")));

    // A failed scheduled backup has no expiry: its record goes after 30 days.
    catalog::Backup failedScheduled;
    failedScheduled.kind = catalog::BackupKind::Scheduled;
    failedScheduled.state = catalog::BackupState::Failed;
    QVERIFY2(BackupTableModel::expiryToolTip(failedScheduled).contains(QLatin1String("30 day(s) after it was made")),
        qPrintable(BackupTableModel::expiryToolTip(failedScheduled)));
    // The column shows that date, as `saasodoo backup list` does.
    failedScheduled.createdAt = QDateTime(QDate(2027, 3, 5), QTime(9, 55), Qt::UTC);
    QCOMPARE(BackupTableModel::expiryText(failedScheduled),
        QLocale().toString(QDateTime(QDate(2027, 4, 4), QTime(9, 55), Qt::UTC).toLocalTime(), QLocale::ShortFormat));
}

void TestBackupsPane::cancelledBackupShownCancelled()
{
    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    // A backup whose job was cancelled, as BackupJobs::create records it.
    QList<BackupRow> rows = pane.model()->rows();
    const int failedRow = pane.model()->rowOf(m_failed);
    QVERIFY(failedRow >= 0);
    BackupRow cancelled = rows.at(failedRow);
    cancelled.backup.id = QStringLiteral("cancelled-backup");
    cancelled.backup.error = QStringLiteral("Cancelled by the admin; the partial file was removed.");
    rows.append(cancelled);
    pane.model()->setRows(rows);

    const auto stateCell = [&pane](const QString &id) {
        return pane.model()->index(pane.model()->rowOf(id), BackupTableModel::State).data().toString();
    };
    QCOMPARE(stateCell(QStringLiteral("cancelled-backup")), QStringLiteral("Cancelled"));
    QCOMPARE(stateCell(m_failed), QStringLiteral("Failed"));

    pane.proxy()->setStatusFilter({ QStringLiteral("cancelled") });
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, 0).data(IdRole).toString(), QStringLiteral("cancelled-backup"));
    pane.proxy()->setStatusFilter({ catalog::toString(catalog::BackupState::Failed) });
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, 0).data(IdRole).toString(), m_failed);
    pane.proxy()->setStatusFilter({});

    pane.selectId(QStringLiteral("cancelled-backup"));
    auto *details = pane.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"));
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Cancelled")), qPrintable(details->toPlainText()));
}

void TestBackupsPane::damagedBackupFlagged()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Backup backup = db->backup(m_completedLocal).value();
    const catalog::Backup original = backup;
    const auto restoreRecord = qScopeGuard([db, original] { db->updateBackup(original); });
    backup.verifyStatus = catalog::BackupVerifyStatus::Damaged;
    backup.checkedAt = catalog::nowUtc();
    backup.verifyError = QStringLiteral("The local file has SHA-256 00, but the catalog recorded 11.");
    QVERIFY(db->updateBackup(backup).ok());

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    const QModelIndex state = pane.model()->index(pane.model()->rowOf(m_completedLocal), BackupTableModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Damaged"));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), backup.verifyError);
    pane.selectId(m_completedLocal);
    auto *details = pane.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"));
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("for every copy: this backup cannot be restored")),
        qPrintable(details->toPlainText()));
    QVERIFY2(details->toPlainText().contains(backup.verifyError), qPrintable(details->toPlainText()));

    // The restore confirmation warns about it and names the identity choice.
    select(pane, { m_completedLocal });
    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Cancel);
    pane.restoreSelectedInto(m_instanceId);
    QCOMPARE(queued.count(), 0);
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("failed its last verification")),
        qPrintable(Prompter::lastText()));
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("keeps its database.uuid and database.secret")),
        qPrintable(Prompter::lastText()));
    QVERIFY(Prompter::lastCheckBoxText().isEmpty());

    // A backup whose S3 copy passed stays usable, and the state names the failed copy.
    backup.verifyStatus = catalog::BackupVerifyStatus::LocalDamaged;
    QVERIFY(db->updateBackup(backup).ok());
    QVERIFY(reloadAndWait(pane));
    QCOMPARE(pane.model()->index(pane.model()->rowOf(m_completedLocal), BackupTableModel::State).data().toString(),
        QStringLiteral("Completed, local copy damaged"));
}

void TestBackupsPane::detailsShowInstanceRetention()
{
    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_completedLocal);
    auto *details = pane.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"));
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("7 daily, 4 weekly and 3 monthly backups, default")),
        qPrintable(details->toPlainText()));

    // A subscription to a 14-day plan gives the instance that plan's slots.
    catalog::Catalog *db = m_services->catalog();
    catalog::Plan fortnight;
    fortnight.name = QStringLiteral("Fortnight");
    fortnight.priceUsdCents = 2500;
    fortnight.maxInstances = 5;
    fortnight.maxCpuMillicores = 8000;
    fortnight.maxMemoryBytes = 16LL * 1024 * 1024 * 1024;
    fortnight.maxStorageBytes = 100LL * 1024 * 1024 * 1024;
    fortnight.backupRetentionDays = 14;
    const Result<catalog::Plan> plan = db->createPlan(fortnight);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QString customerId = db->tenant(db->instance(m_instanceId)->tenantId)->customerId;
    const Result<catalog::Subscription> subscription
        = billing::subscribe(*db, customerId, plan->id, catalog::Currency::Usd, QDate(2026, 1, 1), false);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    // The other tests expect a customer without a live subscription.
    const auto cancel = qScopeGuard(
        [&] { billing::cancelSubscription(*db, subscription->id, QStringLiteral("test finished")); });

    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_completedLocal);
    QVERIFY2(details->toPlainText().contains(QStringLiteral(
                 "7 daily, 2 weekly and 0 monthly backups, from plan Fortnight (14 days of backup retention)")),
        qPrintable(details->toPlainText()));
}

void TestBackupsPane::modelSortsAndFilters()
{
    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    pane.proxy()->setStatusFilter({ catalog::toString(catalog::BackupState::Failed) });
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, 0).data(IdRole).toString(), m_failed);
    pane.proxy()->setStatusFilter({});
    pane.proxy()->setSearchText(QStringLiteral("hardware.zip"));
    QCOMPARE(pane.proxy()->rowCount(), 2);
    pane.proxy()->setSearchText(QStringLiteral("no such backup"));
    QCOMPARE(pane.proxy()->rowCount(), 0);
    pane.proxy()->setSearchText({});
    pane.proxy()->sort(BackupTableModel::State, Qt::AscendingOrder);
    QCOMPARE(pane.proxy()->index(2, 0).data(IdRole).toString(), m_failed);
}

void TestBackupsPane::actionsFollowSelection_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("download");
    QTest::addColumn<bool>("restore");
    QTest::addColumn<bool>("remove");
    QTest::newRow("nothing") << QString() << false << false << false << false;
    QTest::newRow("local completed") << QStringLiteral("local") << true << false << true << true;
    QTest::newRow("S3 only") << QStringLiteral("s3") << true << true << true << true;
    QTest::newRow("failed") << QStringLiteral("failed") << false << false << false << true;
    QTest::newRow("two completed") << QStringLiteral("local,s3") << true << true << false << true;
}

void TestBackupsPane::actionsFollowSelection()
{
    QFETCH(QString, selection);
    QFETCH(bool, verify);
    QFETCH(bool, download);
    QFETCH(bool, restore);
    QFETCH(bool, remove);

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    const QHash<QString, QString> ids { { QStringLiteral("local"), m_completedLocal },
        { QStringLiteral("s3"), m_completedS3Only }, { QStringLiteral("failed"), m_failed } };
    QStringList chosen;
    for (const QString &key : selection.split(u',', Qt::SkipEmptyParts))
        chosen.append(ids.value(key));
    select(pane, chosen);
    QCOMPARE(pane.selectedIds().size(), chosen.size());

    QCOMPARE(actionNamed(&pane, QStringLiteral("&Back up now…"))->isEnabled(), true);
    QCOMPARE(actionNamed(&pane, QStringLiteral("&Verify"))->isEnabled(), verify);
    QCOMPARE(actionNamed(&pane, QStringLiteral("Down&load from S3"))->isEnabled(), download);
    QCOMPARE(actionNamed(&pane, QStringLiteral("Restore &into…"))->isEnabled(), restore);
    QCOMPARE(actionNamed(&pane, QStringLiteral("Restore as &new instance…"))->isEnabled(), restore);
    QAction *deleteAction = actionNamed(&pane, QStringLiteral("&Delete…"));
    QCOMPARE(deleteAction->isEnabled(), remove);
    if (!remove)
        QVERIFY(!deleteAction->toolTip().isEmpty());
}

void TestBackupsPane::verifyJobReportsMismatch()
{
    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    select(pane, { m_completedLocal });
    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    pane.verifySelected();
    QCOMPARE(queued.count(), 1);
    const jobs::JobInfo job = waitForJob(queued, QStringLiteral("backup.verify"));
    QVERIFY2(job.state == jobs::JobState::Failed, qPrintable(job.error));
    QVERIFY2(job.error.contains(QStringLiteral("SHA-256")), qPrintable(job.error));
    QVERIFY(job.title.contains(QStringLiteral("hardware-prod")));
}

void TestBackupsPane::restoreIntoOffersErrorInstance()
{
    catalog::Catalog *db = m_services->catalog();
    const Result<catalog::Instance> instance = db->instance(m_instanceId);
    QVERIFY(instance);
    QVERIFY(db->setInstanceStatus(m_instanceId, instance->rowVersion, catalog::InstanceStatus::Error));
    const auto backToRunning = qScopeGuard([this, db] {
        const Result<catalog::Instance> current = db->instance(m_instanceId);
        if (current)
            db->setInstanceStatus(m_instanceId, current->rowVersion, catalog::InstanceStatus::Running);
    });

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    select(pane, { m_completedLocal });

    // A restore repairs an instance in error, so the backup's own instance
    // is offered although it is in error.
    QStringList offered;
    bool dialogShown = false;
    QTimer::singleShot(0, this, [&offered, &dialogShown] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogShown = true;
        offered = dialog->comboBoxItems();
        dialog->reject();
    });
    QAction *restoreInto = actionNamed(&pane, QStringLiteral("Restore &into…"));
    QVERIFY(restoreInto);
    QVERIFY2(restoreInto->isEnabled(), qPrintable(restoreInto->toolTip()));
    restoreInto->trigger();
    QVERIFY(dialogShown);
    QCOMPARE(offered, QStringList { QStringLiteral("hardware-prod") });

    // The job title names the backup by instance and time, not by its id.
    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Yes);
    pane.restoreSelectedInto(m_instanceId);
    QCOMPARE(queued.count(), 1);
    const jobs::JobInfo job = waitForJob(queued, QStringLiteral("backup.restore"));
    QVERIFY2(job.title.contains(QStringLiteral("hardware-prod of ")), qPrintable(job.title));
    QVERIFY2(!job.title.contains(m_completedLocal), qPrintable(job.title));
}

void TestBackupsPane::deleteNamesBackupAndRemovesIt()
{
    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    select(pane, { m_completedLocal });

    QSignalSpy queued(m_services->jobRunner(), &jobs::JobRunner::jobQueued);
    Prompter::setNextAnswer(QMessageBox::Cancel);
    pane.deleteSelected();
    QCOMPARE(queued.count(), 0);
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("hardware-prod of ")), qPrintable(Prompter::lastText()));
    QVERIFY(QFile::exists(m_localFile));

    Prompter::setNextAnswer(QMessageBox::Yes);
    pane.deleteSelected();
    QCOMPARE(queued.count(), 1);
    const jobs::JobInfo job = waitForJob(queued, QStringLiteral("backup.delete"));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY(!QFile::exists(m_localFile));
    const Result<catalog::Backup> deleted = m_services->catalog()->backup(m_completedLocal);
    QVERIFY2(deleted, qPrintable(deleted.error()));
    QCOMPARE(catalog::toString(deleted->state), QStringLiteral("deleted"));

    QVERIFY(reloadAndWait(pane));
    QCOMPARE(pane.model()->rowOf(m_completedLocal), -1);
}

void TestBackupsPane::instancesPaneOffersBackUp()
{
    InstancesPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    QAction *backUp = actionNamed(&pane, QStringLiteral("&Back up now"));
    QVERIFY(backUp);
    QVERIFY(!backUp->isEnabled());
    pane.selectId(m_instanceId);
    QVERIFY(backUp->isEnabled());

    // A busy instance allows no backup, and the tooltip names the instance.
    const Result<catalog::Instance> instance = m_services->catalog()->instance(m_instanceId);
    QVERIFY(instance);
    QVERIFY(m_services->catalog()->setInstanceStatus(m_instanceId, instance->rowVersion,
        catalog::InstanceStatus::Updating));
    QVERIFY(reloadAndWait(pane));
    QVERIFY(!backUp->isEnabled());
    QVERIFY2(backUp->toolTip().contains(QStringLiteral("hardware-prod")), qPrintable(backUp->toolTip()));
    const Result<catalog::Instance> updating = m_services->catalog()->instance(m_instanceId);
    QVERIFY(m_services->catalog()->setInstanceStatus(m_instanceId, updating->rowVersion,
        catalog::InstanceStatus::Running));
}

void TestBackupsPane::instanceDetailsLinkAddresses()
{
    InstancesPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    // The row as the catalog lists it once the container publishes a port.
    QList<catalog::InstanceRow> rows = pane.model()->rows();
    QCOMPARE(rows.size(), 1);
    rows[0].publishedPort = 18069;
    rows[0].baseDomain = QStringLiteral("odoo.test");
    pane.model()->setRows(rows);
    pane.selectId(m_instanceId);

    auto *details = pane.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"));
    QVERIFY(details);
    // The host runs on a local socket, so the port is published on loopback;
    // the worker reads the host before the direct address shows.
    QTRY_VERIFY2(details->toHtml().contains(QStringLiteral("http://127.0.0.1:18069")), qPrintable(details->toHtml()));
    const QString html = details->toHtml();
    QVERIFY2(html.contains(QStringLiteral("href=\"https://hardware-prod.odoo.test\"")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("href=\"http://127.0.0.1:18069\"")), qPrintable(html));

    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "recordOpenedUrl");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    emit details->anchorClicked(QUrl(QStringLiteral("https://hardware-prod.odoo.test")));
    QCOMPARE(m_openedUrls, QList<QUrl> { QUrl(QStringLiteral("https://hardware-prod.odoo.test")) });
    // The panel keeps the details instead of loading the link itself.
    QVERIFY(details->toHtml().contains(QStringLiteral("hardware_prod")));
}

void TestBackupsPane::mainWindowShowsBackupsPane()
{
    MainWindow window(m_services.get());
    QVERIFY(window.backupsPane());
    QCOMPARE(window.backupsPane()->objectName(), QStringLiteral("backupsPane"));
    QTRY_VERIFY(window.backupsPane()->model()->rowCount() > 0);
}

void TestBackupsPane::otherSessionInstanceAppears()
{
    MainWindow window(m_services.get());
    QTRY_COMPARE(window.instancesPane()->model()->rowCount(), 1);

    // Another console writes through its own catalog session, and no Docker
    // event follows, because the host watcher has no engine here.
    Result<std::unique_ptr<catalog::Catalog>> other = catalog::Catalog::open(m_services->catalogConfig());
    QVERIFY2(other, qPrintable(other.error()));
    const Result<catalog::Instance> existing = other.value()->instance(m_instanceId);
    QVERIFY(existing);
    catalog::Instance added = existing.value();
    added.id.clear();
    added.name = QStringLiteral("hardware-staging");
    added.databaseName = QStringLiteral("hardware_staging");
    added.subdomain = QStringLiteral("hardware-staging");
    added.containerId.clear();
    added.publishedPort = 0;
    const Result<catalog::Instance> created = other.value()->createInstance(added);
    QVERIFY2(created, qPrintable(created.error()));
    const auto removeAdded = qScopeGuard([&other, &created] {
        other.value()->setInstanceStatus(created->id, created->rowVersion, catalog::InstanceStatus::Deleted);
    });

    // The console polls the catalog's change stamps every few seconds.
    QTRY_VERIFY_WITH_TIMEOUT(window.instancesPane()->model()->rowOf(created->id) >= 0, 15000);
}

QTEST_MAIN(TestBackupsPane)
void TestBackupsPane::deletedInstanceKeepsName()
{
    // The final backup of a deleted instance is listed under its name.
    catalog::Catalog *db = m_services->catalog();
    catalog::Instance instance = db->instance(m_instanceId).value();
    instance.id.clear();
    instance.name = QStringLiteral("old-shop");
    instance.databaseName = QStringLiteral("hardware_old_shop");
    instance.subdomain = QStringLiteral("hardware-old-shop");
    const Result<catalog::Instance> created = db->createInstance(instance);
    QVERIFY2(created, qPrintable(created.error()));
    catalog::Backup final = backupRecord(created->id, catalog::BackupState::Completed, {},
        QStringLiteral("saasodoo/old-shop.zip"), QString(64, u'a'));
    final.kind = catalog::BackupKind::Final;
    const Result<catalog::Backup> backup = db->createBackup(final);
    QVERIFY2(backup, qPrintable(backup.error()));
    QVERIFY(db->setInstanceStatus(created->id, created->rowVersion, catalog::InstanceStatus::Deleted).ok());

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    const int row = pane.model()->rowOf(backup->id);
    QVERIFY(row >= 0);
    QCOMPARE(pane.model()->index(row, BackupTableModel::Instance).data().toString(), QStringLiteral("old-shop (deleted)"));
    QVERIFY(pane.model()->rowAt(row).instanceDeleted);
}

// The search box matches the texts the table shows, "(deleted)" included,
// and the count names how many rows the filter leaves.
void TestBackupsPane::searchMatchesShownText()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Instance instance = db->instance(m_instanceId).value();
    instance.id.clear();
    instance.name = QStringLiteral("gone-shop");
    instance.databaseName = QStringLiteral("hardware_gone_shop");
    instance.subdomain = QStringLiteral("hardware-gone-shop");
    const Result<catalog::Instance> created = db->createInstance(instance);
    QVERIFY2(created, qPrintable(created.error()));
    const Result<catalog::Backup> backup = db->createBackup(backupRecord(created->id, catalog::BackupState::Completed,
        {}, QStringLiteral("saasodoo/gone-shop.zip"), QString(64, u'b')));
    QVERIFY2(backup, qPrintable(backup.error()));
    QVERIFY(db->setInstanceStatus(created->id, created->rowVersion, catalog::InstanceStatus::Deleted).ok());

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    const int total = pane.model()->rowCount();
    int deletedRows = 0;
    for (int row = 0; row < total; ++row) {
        if (pane.model()->index(row, BackupTableModel::Instance).data().toString().contains(QStringLiteral("(deleted)")))
            ++deletedRows;
    }
    QVERIFY(deletedRows >= 1);
    QVERIFY(deletedRows < total);
    auto *summary = pane.findChild<QLabel *>(QStringLiteral("paneSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QString::number(total) + u' '), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral(" of ")), qPrintable(summary->text()));

    pane.searchBox()->setText(QStringLiteral("(deleted)"));
    QCOMPARE(pane.proxy()->rowCount(), deletedRows);
    for (int row = 0; row < pane.proxy()->rowCount(); ++row) {
        const QString shown = pane.proxy()->index(row, BackupTableModel::Instance).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("(deleted)")), qPrintable(shown));
    }
    QVERIFY2(summary->text().startsWith(QStringLiteral("%1 of %2 ").arg(deletedRows).arg(total)),
        qPrintable(summary->text()));

    // A state as the table shows it is found too.
    pane.searchBox()->setText(QStringLiteral("Completed"));
    QVERIFY(pane.proxy()->rowCount() >= 3);
    QVERIFY(pane.proxy()->rowCount() < total);

    pane.searchBox()->clear();
    QCOMPARE(pane.proxy()->rowCount(), total);
    QVERIFY2(!summary->text().contains(QStringLiteral(" of ")), qPrintable(summary->text()));
}

// "Restore as new instance" proposes a name no instance of the tenant uses,
// and checks a typed one inline by the restore job's rules.
void TestBackupsPane::restoreNameCheckedInline()
{
    QCOMPARE(RestoreNameDialog::freeName(QStringLiteral("erp-copy"), { QStringLiteral("erp") }),
        QStringLiteral("erp-copy"));
    QCOMPARE(RestoreNameDialog::freeName(QStringLiteral("erp-copy"),
                 { QStringLiteral("erp-copy"), QStringLiteral("erp-copy-2") }),
        QStringLiteral("erp-copy-3"));

    // The copy name the dialog would propose first is taken.
    catalog::Catalog *db = m_services->catalog();
    catalog::Instance instance = db->instance(m_instanceId).value();
    instance.id.clear();
    instance.name = QStringLiteral("hardware-prod-copy");
    instance.databaseName = QStringLiteral("hardware_hardware_prod_copy");
    instance.subdomain = QStringLiteral("hardware-hardware-prod-copy");
    const Result<catalog::Instance> created = db->createInstance(instance);
    QVERIFY2(created, qPrintable(created.error()));
    const auto removeCopy = qScopeGuard([db, id = created->id] {
        if (const Result<catalog::Instance> current = db->instance(id))
            db->setInstanceStatus(id, current->rowVersion, catalog::InstanceStatus::Deleted);
    });

    BackupsPane pane(m_services.get());
    QVERIFY(reloadAndWait(pane));
    select(pane, { m_completedS3Only });
    QAction *restoreNew = actionNamed(&pane, QStringLiteral("Restore as &new instance…"));
    QVERIFY(restoreNew);
    QVERIFY2(restoreNew->isEnabled(), qPrintable(restoreNew->toolTip()));

    QString proposed;
    QStringList problems;
    bool okWhenTaken = true;
    bool okWhenFree = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RestoreNameDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("newInstanceNameError"));
        proposed = dialog->nameEdit()->text();
        // A name the tenant uses is flagged under the field.
        dialog->nameEdit()->setText(QStringLiteral("hardware-prod"));
        problems.append(error && !error->isHidden() ? error->text() : QString());
        okWhenTaken = ok->isEnabled();
        // So is one whose derived database name would be invalid.
        dialog->nameEdit()->setText(QStringLiteral("bad name!"));
        problems.append(error && !error->isHidden() ? error->text() : QString());
        // The proposal again is free, and the error goes away.
        dialog->nameEdit()->setText(proposed);
        okWhenFree = ok->isEnabled() && error && error->isHidden();
        dialog->reject();
    });
    restoreNew->trigger();
    QCOMPARE(proposed, QStringLiteral("hardware-prod-copy-2"));
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QStringLiteral("already used in tenant hardware")), qPrintable(problems.at(0)));
    QVERIFY(!okWhenTaken);
    QVERIFY2(!problems.at(1).isEmpty(), "an invalid name shows no error");
    QVERIFY(okWhenFree);
}

#include "tst_backupspane.moc"
