// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console's scheduler with the real billing run and due-backups tasks
// on a PostgreSQL catalog from the harness: an overdue invoice suspends the
// subscription on the scheduler's tick, and a tick while that run still
// runs starts nothing.
#include "tests/catalog/catalogfixture.h"

#include "core/backup/backupjobs.h"
#include "core/backup/backupschedule.h"
#include "core/billing/billingjobs.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingsettings.h"
#include "core/catalog/catalog.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobscheduler.h"
#include "core/secrets/secretstore.h"
#include "tests/support/testservices.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::test;

namespace {

int count(catalog::Catalog &catalog, const QString &sql, const QString &value)
{
    QSqlQuery query(catalog.database());
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestBillingScheduler : public QObject
{
    Q_OBJECT

private slots:
    void tickSuspendsAndSkipsOverlap();
};

void TestBillingScheduler::tickSuspendsAndSkipsOverlap()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    CatalogLocation location(QStringLiteral("postgresql"));
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));
    auto opened = location.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    catalog::Catalog &db = *opened.value();

    // A customer whose first invoice was due weeks ago.
    catalog::Customer customer;
    customer.name = QStringLiteral("Tariro Moyo");
    customer.email = QStringLiteral("tariro@moyo.co.zw");
    const Result<catalog::Customer> created = db.createCustomer(customer);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = 1LL << 30;
    plan.maxStorageBytes = 10LL << 30;
    const Result<catalog::Plan> starter = db.createPlan(plan);
    QVERIFY2(starter.ok(), qPrintable(starter.error()));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate start = today.addMonths(-2);
    const Result<catalog::Subscription> subscription
        = billing::subscribe(db, created->id, starter->id, catalog::Currency::Usd, start, false);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    QVERIFY(billing::saveBillingSetting(db, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(db, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());

    jobs::CatalogJobStore store(location.config());
    jobs::JobRunner runner(&store);
    const QString invoicing = runner.submit(billing::billingRunRequest(start, true),
        billing::billingRunBody(location.config(), nullptr, start, true));
    QVERIFY(runner.waitForFinished(invoicing, 60000));
    QVERIFY2(runner.job(invoicing)->state == jobs::JobState::Succeeded, qPrintable(runner.job(invoicing)->error));
    QCOMPARE(db.invoices()->size(), 1);

    QTemporaryDir backupDirectory;
    QVERIFY(backupDirectory.isValid());
    backup::BackupSettings backupSettings;
    backupSettings.directory = backupDirectory.path();
    secrets::SecretStore secrets(QStringLiteral("saasodoo-test-scheduler"));
    backup::BackupJobs backups(location.config(), &secrets, backupSettings);

    jobs::JobScheduler scheduler(&runner);
    scheduler.addTask(billing::scheduledBillingRun(location.config(), nullptr));
    scheduler.addTask(backup::scheduledDueBackups(&backups));
    QSignalSpy submitted(&scheduler, &jobs::JobScheduler::jobSubmitted);
    QSignalSpy skipped(&scheduler, &jobs::JobScheduler::roundSkipped);
    QSignalSpy finished(&scheduler, &jobs::JobScheduler::roundFinished);

    // Another session holds the subscriptions table, so the billing run
    // blocks on its first write and is still running at the next tick.
    QSqlDatabase other = QSqlDatabase::cloneDatabase(db.database(), QStringLiteral("scheduler-lock"));
    {
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE subscriptions IN EXCLUSIVE MODE")), qPrintable(lock.lastError().text()));

        scheduler.setInterval(std::chrono::hours(1));
        scheduler.start();
        QVERIFY(scheduler.isActive());
        QCOMPARE(submitted.size(), 1);
        const QString runId = submitted.first().at(0).toString();
        QCOMPARE(submitted.first().at(1).toString(), QStringLiteral("billing.run"));
        QTRY_VERIFY_WITH_TIMEOUT(postgresLockWaits(db.database()) >= 1, 30000);
        QCOMPARE(jobs::stateName(runner.job(runId)->state), jobs::stateName(jobs::JobState::Running));

        // The second tick comes while the run waits: it starts nothing.
        QVERIFY(!scheduler.tick());
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().at(0).toString().contains(runId), qPrintable(skipped.first().at(0).toString()));
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = ?"), QStringLiteral("billing.run")), 1);

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("scheduler-lock"));

    // The run suspends the subscription, then the due backups run after it.
    QVERIFY(finished.wait(60000));
    QCOMPARE(submitted.size(), 2);
    const QString runId = submitted.at(0).at(0).toString();
    const QString backupId = submitted.at(1).at(0).toString();
    QCOMPARE(submitted.at(1).at(1).toString(), QStringLiteral("backup.run-due"));
    QVERIFY2(runner.job(runId)->state == jobs::JobState::Succeeded, qPrintable(runner.job(runId)->error));
    QVERIFY2(runner.job(backupId)->state == jobs::JobState::Succeeded, qPrintable(runner.job(backupId)->error));
    QVERIFY(runner.job(backupId)->startedAt >= runner.job(runId)->finishedAt);
    QCOMPARE(catalog::toString(db.subscription(subscription->id)->status), QStringLiteral("suspended"));
    QVERIFY(db.invoices()->size() >= 2);

    // Both are in the job history and the audit log.
    QCOMPARE(db.job(runId)->kind, QStringLiteral("billing.run"));
    QCOMPARE(db.job(backupId)->kind, QStringLiteral("backup.run-due"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'job.create' AND CAST(details AS TEXT) LIKE ?"),
                 QStringLiteral("%billing.run%")),
        1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'job.create' AND CAST(details AS TEXT) LIKE ?"),
                 QStringLiteral("%backup.run-due%")),
        1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ? AND target_id = '") + subscription->id
                + QStringLiteral("'"),
                QStringLiteral("subscription.update"))
        >= 1);

    // With the round over, the next tick starts a new one.
    QVERIFY(scheduler.tick());
    QVERIFY(finished.wait(60000));
    QCOMPARE(submitted.size(), 4);
    scheduler.stop();
    QVERIFY(!scheduler.isActive());
}

QTEST_GUILESS_MAIN(TestBillingScheduler)
#include "tst_billingscheduler.moc"
