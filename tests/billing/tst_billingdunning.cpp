// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Dunning on real containers: an instance provisioned on the harness Docker
// engine (Odoo stand-in image, PostgreSQL 15, keychain) is suspended by the
// billing run for an overdue invoice and resumed by the payment's job.
#include "core/billing/billingjobs.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"
#include "tests/support/catalogseed.h"
#include "tests/support/testservices.h"

#include <QDir>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace saasodoo;

namespace {

constexpr qint64 gigabyte = 1024LL * 1024 * 1024;

using test::shortId;

jobs::JobInfo jobRequest(const QString &kind, const QString &instanceId)
{
    jobs::JobInfo request;
    request.kind = kind;
    request.title = kind;
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    return request;
}

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestBillingDunning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suspendAndResumeOnPayment();
    void concurrentResizesKeepPlanTotals();
    void stoppedInstanceStaysStopped();
    void interruptedSuspensionFinishes();
    void cancelledSuspensionResumesOnPayment();
    void cancelledBeforeDueIsSuspended();
    void startingInstanceIsSuspended();
    void interruptedResumeFinishes();
    void twoRunsFinishOneSuspension();
    void resuspendedInstanceResumesOnPayment();
    void paymentDuringSuspensionStopsIt();

private:
    catalog::Instance newInstance(const QString &name, const catalog::Tenant *tenant = nullptr);
    // Records a payment of `invoice` and applies Paynow's "Paid" for it.
    Result<billing::PaymentUpdateResult> pay(billing::BillingService &service, const catalog::Invoice &invoice);
    // Runs `action` on the instance as a job and returns the job's error, empty on success.
    QString runInstanceJob(const QString &kind, const QString &instanceId,
        const std::function<Status(jobs::JobContext &)> &action);
    int auditCount(const QString &action, const QString &targetId);
    bool containerRunning(const QString &instanceId);

    QTemporaryDir m_dir;
    catalog::CatalogConfig m_config;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<jobs::CatalogJobStore> m_store;
    std::unique_ptr<jobs::JobRunner> m_runner;
    std::unique_ptr<provisioning::Provisioner> m_provisioner;
    catalog::Customer m_customer;
    catalog::Tenant m_tenant;
    catalog::Host m_host;
    QStringList m_instances;
};

void TestBillingDunning::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());
    m_secrets = std::make_unique<secrets::SecretStore>(QStringLiteral("saasodoo-test"));
}

// Each case gets its own catalog, because each issues invoices dated two
// months back after the cases before it issued invoices dated today, and
// invoice numbers follow issue dates within one catalog.
void TestBillingDunning::init()
{
    const QString directory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(directory));
    m_config = catalog::CatalogConfig::sqlite(QDir(directory).filePath(QStringLiteral("catalog.sqlite")));
    auto opened = catalog::Catalog::open(m_config);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_catalog = std::move(opened.value());

    provisioning::ProvisionerOptions options;
    options.network = test::dockerUnix().network;
    options.healthTimeout = std::chrono::seconds(90);
    options.initTimeout = std::chrono::seconds(180);
    m_provisioner = std::make_unique<provisioning::Provisioner>(m_config, m_secrets.get(), options);
    m_store = std::make_unique<jobs::CatalogJobStore>(m_config);
    m_runner = std::make_unique<jobs::JobRunner>(m_store.get());

    const Result<test::CustomerWithTenant> seeded
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Test"), QStringLiteral("dunning"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    m_customer = seeded->customer;
    m_tenant = seeded->tenant;

    // Room for the instances of the case, which stay until cleanup().
    const Result<catalog::Host> created = m_catalog->createHost(test::harnessHost(16 * gigabyte));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_host = created.value();
    const Status stored = waitFor(m_secrets->write(
        secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password")), test::postgres().adminPassword));
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
}

void TestBillingDunning::cleanup()
{
    // Remove what the case made on the engine and the server.
    if (m_runner) {
        for (const QString &id : std::as_const(m_instances)) {
            const QString job = m_runner->submit(jobRequest(QStringLiteral("instance.delete"), id),
                [&](jobs::JobContext &context) { return m_provisioner->remove(context, id); });
            m_runner->waitForFinished(job, 300000);
        }
    }
    m_instances.clear();
    m_runner.reset();
    m_store.reset();
    m_provisioner.reset();
    m_catalog.reset();
}

catalog::Instance TestBillingDunning::newInstance(const QString &name, const catalog::Tenant *tenant)
{
    const catalog::Tenant &owner = tenant ? *tenant : m_tenant;
    catalog::Instance instance;
    instance.tenantId = owner.id;
    instance.hostId = m_host.id;
    instance.name = name;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = gigabyte;
    instance.storageLimitBytes = 10 * gigabyte;
    instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(owner.slug);
    instance.databaseName = QStringLiteral("db_%1_%2").arg(name, shortId());
    instance.subdomain = QStringLiteral("%1-%2").arg(owner.slug, name);
    return instance;
}

Result<billing::PaymentUpdateResult> TestBillingDunning::pay(billing::BillingService &service,
    const catalog::Invoice &invoice)
{
    catalog::Payment payment;
    payment.invoiceId = invoice.id;
    payment.reference = invoice.number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("http://127.0.0.1:9/Interface/CheckPayment/?guid=") + invoice.id;
    payment.amountCents = invoice.totalCents;
    const Result<catalog::Payment> recorded = m_catalog->createPayment(payment);
    if (!recorded)
        return makeError(recorded.error());
    billing::StatusUpdate update;
    update.reference = payment.reference;
    update.paynowReference = QStringLiteral("95") + invoice.number.right(4);
    update.amount = billing::formatAmount(invoice.totalCents);
    update.status = billing::PaynowStatus::Paid;
    return service.applyStatusUpdate(update);
}

QString TestBillingDunning::runInstanceJob(const QString &kind, const QString &instanceId,
    const std::function<Status(jobs::JobContext &)> &action)
{
    const QString job = m_runner->submit(jobRequest(kind, instanceId), action);
    if (!m_runner->waitForFinished(job, 600000))
        return QStringLiteral("job %1 did not finish").arg(kind);
    const jobs::JobInfo done = m_runner->job(job).value_or(jobs::JobInfo {});
    return done.state == jobs::JobState::Succeeded ? QString() : done.error + u' ';
}

int TestBillingDunning::auditCount(const QString &action, const QString &targetId)
{
    QSqlQuery query(m_catalog->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ? AND target_id = ?"));
    query.addBindValue(action);
    query.addBindValue(targetId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestBillingDunning::containerRunning(const QString &instanceId)
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const auto info = client.inspectContainer(m_catalog->instance(instanceId)->containerId);
    return info.ok() && info->state.running;
}

void TestBillingDunning::concurrentResizesKeepPlanTotals()
{
    // Two instances of 0.5 cores under a plan of 1.5 cores in total: each
    // resize to 0.9 cores fits alone, both together do not.
    catalog::Plan plan;
    plan.name = QStringLiteral("Pair");
    plan.priceUsdCents = 1000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 1500;
    plan.maxMemoryBytes = 4 * gigabyte;
    plan.maxStorageBytes = 40 * gigabyte;
    const Result<catalog::Plan> created = m_catalog->createPlan(plan);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Result<catalog::Subscription> subscription = billing::subscribe(*m_catalog, m_customer.id, created->id,
        catalog::Currency::Usd, QDateTime::currentDateTimeUtc().date(), false);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    QStringList ids;
    for (const QString &name : { QStringLiteral("left"), QStringLiteral("right") }) {
        catalog::Instance request = newInstance(name);
        request.cpuLimit = 0.5;
        const Result<catalog::Instance> instance = m_catalog->createInstance(request);
        QVERIFY2(instance.ok(), qPrintable(instance.error()));
        m_instances.append(instance->id);
        ids.append(instance->id);
        const QString error = runInstanceJob(QStringLiteral("instance.create"), instance->id,
            [&, id = instance->id](jobs::JobContext &context) { return m_provisioner->create(context, id); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    QStringList jobs;
    for (const QString &id : std::as_const(ids)) {
        jobs.append(m_runner->submit(jobRequest(QStringLiteral("instance.set-limits"), id),
            [this, id](jobs::JobContext &context) { return m_provisioner->setLimits(context, id, 0.9, gigabyte); }));
    }
    int failed = 0;
    for (const QString &job : std::as_const(jobs)) {
        QVERIFY(m_runner->waitForFinished(job, 600000));
        const jobs::JobInfo done = m_runner->job(job).value_or(jobs::JobInfo {});
        if (done.state == jobs::JobState::Succeeded)
            continue;
        ++failed;
        QVERIFY2(done.error.contains(QLatin1String("Plan Pair allows 1.5 CPU cores")), qPrintable(done.error));
    }
    QVERIFY(failed >= 1);
    double total = 0;
    for (const QString &id : std::as_const(ids))
        total += m_catalog->instance(id)->cpuLimit;
    QVERIFY2(total <= 1.5 + 1e-9, qPrintable(QString::number(total)));
    // The containers carry the limits the catalog has.
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    qint64 nanoCpus = 0;
    for (const QString &id : std::as_const(ids))
        nanoCpus += client.inspectContainer(m_catalog->instance(id)->containerId)->nanoCpus;
    QVERIFY2(nanoCpus <= 1500000000LL, qPrintable(QString::number(nanoCpus)));
}

void TestBillingDunning::suspendAndResumeOnPayment()
{
    // A plan for one instance of 1 core and 1 GB.
    catalog::Plan plan;
    plan.name = QStringLiteral("Solo");
    plan.priceUsdCents = 1000;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const Result<catalog::Plan> created = m_catalog->createPlan(plan);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = billing::subscribe(*m_catalog, m_customer.id, created->id, catalog::Currency::Usd, start, false);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));

    // The provisioner provisions an instance that fits the plan ...
    const Result<catalog::Instance> instance = m_catalog->createInstance(newInstance(QStringLiteral("paid")));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    QString job = m_runner->submit(jobRequest(QStringLiteral("instance.create"), instance->id), [&](jobs::JobContext &context) {
        return m_provisioner->create(context, instance->id);
    });
    QVERIFY(m_runner->waitForFinished(job, 600000));
    QVERIFY2(m_runner->job(job)->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(job)->error));
    QVERIFY(containerRunning(instance->id));

    // ... and rejects a second one in its validate step, naming the plan and the limit.
    const Result<catalog::Instance> extra = m_catalog->createInstance(newInstance(QStringLiteral("extra")));
    QVERIFY2(extra.ok(), qPrintable(extra.error()));
    job = m_runner->submit(jobRequest(QStringLiteral("instance.create"), extra->id), [&](jobs::JobContext &context) {
        return m_provisioner->create(context, extra->id);
    });
    QVERIFY(m_runner->waitForFinished(job, 60000));
    QCOMPARE(jobs::stateName(m_runner->job(job)->state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(m_runner->job(job)->error.contains(QLatin1String("Plan Solo allows 1 instance(s)")),
        qPrintable(m_runner->job(job)->error));
    // The rejected record still counts until it is deleted.
    const Result<catalog::Instance> rejected = m_catalog->instance(extra->id);
    QVERIFY(m_catalog->setInstanceStatus(extra->id, rejected->rowVersion, catalog::InstanceStatus::Deleted).ok());

    // A resize beyond the plan is rejected before the container changes.
    job = m_runner->submit(jobRequest(QStringLiteral("instance.set-limits"), instance->id), [&](jobs::JobContext &context) {
        return m_provisioner->setLimits(context, instance->id, 2, gigabyte);
    });
    QVERIFY(m_runner->waitForFinished(job, 60000));
    QVERIFY2(m_runner->job(job)->error.contains(QLatin1String("Plan Solo allows 1 CPU cores")),
        qPrintable(m_runner->job(job)->error));
    QCOMPARE(catalog::toString(m_catalog->instance(instance->id)->status), QStringLiteral("running"));

    // The billing service runs the billing run two months after the start:
    // the first invoice was due long ago.
    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    QVERIFY2(m_runner->job(invoicing.value())->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(invoicing.value())->error));
    const QList<catalog::Invoice> invoices = *m_catalog->invoices();
    QCOMPARE(invoices.size(), 1);
    const catalog::Invoice overdue = invoices.first();

    // The preview lists what would happen and changes nothing.
    const Result<QList<billing::BillingAction>> preview = service.previewBillingRun(today);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QStringList kinds;
    for (const billing::BillingAction &action : preview.value())
        kinds.append(billing::billingActionName(action.kind));
    QVERIFY2(kinds.contains(QStringLiteral("mark_past_due")), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.contains(QStringLiteral("suspend_instances")), qPrintable(kinds.join(u',')));
    QCOMPARE(catalog::toString(m_catalog->instance(instance->id)->status), QStringLiteral("running"));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));

    // The run suspends: container stopped, data kept, audit written.
    const Result<QString> run = service.startBillingRun(today);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("suspended"));
    QCOMPARE(catalog::toString(m_catalog->instance(instance->id)->status), QStringLiteral("suspended"));
    QVERIFY(m_catalog->instance(instance->id)->statusMessage.contains(overdue.number));
    QVERIFY(!containerRunning(instance->id));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const auto volumes = client.listVolumes({ QStringLiteral("saasodoo.instance=") + instance->id });
    QVERIFY2(volumes.ok(), qPrintable(volumes.error()));
    QCOMPARE(volumes->size(), 1);
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 1);
    QVERIFY(auditCount(QStringLiteral("instance.status"), instance->id) >= 2);
    QCOMPARE(auditCount(QStringLiteral("subscription.update"), subscription->id) >= 2, true);

    // The run is in the catalog's job history with its log.
    const Result<catalog::Job> stored = m_catalog->job(run.value());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->kind, QStringLiteral("billing.run"));
    const Result<QList<catalog::JobLogLine>> log = m_catalog->jobLog(run.value());
    QVERIFY(log.ok());
    bool logged = false;
    for (const catalog::JobLogLine &line : log.value())
        logged = logged || line.message.contains(QLatin1String("Suspend the subscription"));
    QVERIFY(logged);

    // Paying the invoice resumes the instance through a job.
    const Result<billing::PaymentUpdateResult> applied = pay(service, overdue);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(applied->invoiceSettled);
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    QCOMPARE(catalog::toString(m_catalog->instance(instance->id)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(instance->id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);

    // The same update again neither settles nor resumes anything.
    billing::StatusUpdate update;
    update.reference = overdue.number + QStringLiteral("-1");
    update.paynowReference = QStringLiteral("95") + overdue.number.right(4);
    update.amount = billing::formatAmount(overdue.totalCents);
    update.status = billing::PaynowStatus::Paid;
    const Result<billing::PaymentUpdateResult> again = service.applyStatusUpdate(update);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again->invoiceSettled);
    QVERIFY(again->reactivationJobId.isEmpty());
}

void TestBillingDunning::stoppedInstanceStaysStopped()
{
    // A second customer with two instances: one running, and one that an
    // admin stopped before dunning suspended both.
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Stopped"), QStringLiteral("stopped"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Pair");
    plan.priceUsdCents = 2000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 2 * gigabyte;
    plan.maxStorageBytes = 20 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));

    QStringList ids;
    for (const QString &name : { QStringLiteral("live"), QStringLiteral("idle") }) {
        const Result<catalog::Instance> instance = m_catalog->createInstance(newInstance(name, &owner->tenant));
        QVERIFY2(instance.ok(), qPrintable(instance.error()));
        m_instances.append(instance->id);
        ids.append(instance->id);
        const QString id = instance->id;
        const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
            [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const QString live = ids.at(0);
    const QString idle = ids.at(1);
    QString failed = runInstanceJob(QStringLiteral("instance.stop"), idle,
        [&](jobs::JobContext &context) { return m_provisioner->stop(context, idle); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(containerRunning(live));
    QVERIFY(!containerRunning(idle));

    // The first period's invoice is long overdue: the run suspends both.
    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);
    const Result<QString> run = service.startBillingRun(QDateTime::currentDateTimeUtc().date());
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(catalog::toString(m_catalog->instance(live)->status), QStringLiteral("suspended"));
    QCOMPARE(catalog::toString(m_catalog->instance(idle)->status), QStringLiteral("suspended"));
    QVERIFY(!containerRunning(live));
    QVERIFY(!containerRunning(idle));
    const QList<catalog::DunningSuspension> suspended = *m_catalog->dunningSuspensions(subscription->id);
    QCOMPARE(suspended.size(), 2);
    for (const catalog::DunningSuspension &entry : suspended) {
        QCOMPARE(catalog::toString(entry.previousStatus),
            entry.instanceId == live ? QStringLiteral("running") : QStringLiteral("stopped"));
    }

    // The payment starts only the instance that the suspension stopped.
    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    QCOMPARE(catalog::toString(m_catalog->instance(live)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(live));
    QCOMPARE(catalog::toString(m_catalog->instance(idle)->status), QStringLiteral("stopped"));
    QVERIFY(!containerRunning(idle));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);

    // The admin can start it as usual.
    failed = runInstanceJob(QStringLiteral("instance.start"), idle,
        [&](jobs::JobContext &context) { return m_provisioner->start(context, idle); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(containerRunning(idle));
}

void TestBillingDunning::interruptedSuspensionFinishes()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Interrupted"), QStringLiteral("interrupted"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Single");
    plan.priceUsdCents = 1500;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    const Result<catalog::Instance> instance
        = m_catalog->createInstance(newInstance(QStringLiteral("prod"), &owner->tenant));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    const QString id = instance->id;
    const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
        [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(containerRunning(id));

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    // A run killed during the stop: the subscription is suspended, the
    // suspension recorded, and the instance left stopping with its
    // container still running.
    catalog::Subscription suspended = *m_catalog->subscription(subscription->id);
    suspended.status = catalog::SubscriptionStatus::Suspended;
    QVERIFY(m_catalog->updateSubscription(suspended, QStringLiteral("Dunning")).ok());
    QVERIFY(m_catalog->addDunningSuspension({ id, subscription->id, invoices.first().id, QDateTime(),
                                                catalog::InstanceStatus::Running })
                .ok());
    QVERIFY(m_catalog->setInstanceStatus(id, m_catalog->instance(id)->rowVersion, catalog::InstanceStatus::Stopping)
                .ok());

    // The next run finishes the suspension.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Result<QString> run = service.startBillingRun(today);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("suspended"));
    QVERIFY(!containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 1);

    // A second interrupted run left it stopping again; the payment still
    // resumes it, because its record stores running as the previous status.
    QVERIFY(m_catalog->setInstanceStatus(id, m_catalog->instance(id)->rowVersion, catalog::InstanceStatus::Stopping)
                .ok());
    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);
    // No live job was stopping it, so the resume did not wait for the stop.
    QStringList resumeLog;
    for (const jobs::JobLogEntry &entry : m_store->log(applied->reactivationJobId).value())
        resumeLog << entry.message;
    const QString resumeText = resumeLog.join(u'\n');
    QVERIFY2(resumeText.contains(QLatin1String("no running job is stopping it")), qPrintable(resumeText));
    QVERIFY2(!resumeText.contains(QLatin1String("waiting for the stop to end")), qPrintable(resumeText));
}

void TestBillingDunning::cancelledSuspensionResumesOnPayment()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Cancelled"), QStringLiteral("cancelled"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Leaving");
    plan.priceUsdCents = 1200;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    const Result<catalog::Instance> instance
        = m_catalog->createInstance(newInstance(QStringLiteral("shop"), &owner->tenant));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    const QString id = instance->id;
    const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
        [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);
    const Result<QString> run = service.startBillingRun(QDateTime::currentDateTimeUtc().date());
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("suspended"));

    // Cancelled while suspended: the invoice stays owed, and paying it
    // resumes the instance while the subscription stays cancelled.
    QVERIFY(billing::cancelSubscription(*m_catalog, subscription->id, QStringLiteral("leaving")).ok());
    QCOMPARE(*billing::overdueInvoiceCount(*m_catalog, owner->customer.id, QDateTime::currentDateTimeUtc().date()), 1);
    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(applied->invoiceSettled);
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("cancelled"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);
}

void TestBillingDunning::cancelledBeforeDueIsSuspended()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Early Leaver"), QStringLiteral("early"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Early Leaver plan");
    plan.priceUsdCents = 1300;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    const Result<catalog::Instance> instance
        = m_catalog->createInstance(newInstance(QStringLiteral("books"), &owner->tenant));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    const QString id = instance->id;
    const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
        [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(containerRunning(id));

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    // Cancelled before the invoice is overdue: it stays owed, and dunning
    // of the customer, who has no other subscription, still suspends the
    // instance once it is overdue.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(invoices.first().dueDate.addDays(6) < today);
    QVERIFY(billing::cancelSubscription(*m_catalog, subscription->id, QStringLiteral("leaving")).ok());
    const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(*m_catalog, today);
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    int suspensions = 0;
    for (const billing::BillingAction &action : planned.value()) {
        if (action.subscriptionId == subscription->id && action.kind == billing::BillingActionKind::SuspendInstances) {
            ++suspensions;
            QCOMPARE(action.invoiceId, invoices.first().id);
            QCOMPARE(action.instanceIds, QStringList { id });
        }
    }
    QCOMPARE(suspensions, 1);

    const Result<QString> run = service.startBillingRun(today);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("cancelled"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("suspended"));
    QVERIFY(!containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 1);

    // A second run has nothing left to suspend.
    const Result<QList<billing::BillingAction>> again = billing::planBillingRun(*m_catalog, today);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    for (const billing::BillingAction &action : again.value())
        QVERIFY(action.subscriptionId != subscription->id);

    // Paying the invoice resumes it, and the subscription stays cancelled.
    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("cancelled"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);
}

void TestBillingDunning::startingInstanceIsSuspended()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Killed Resume"), QStringLiteral("killed"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Killed Resume plan");
    plan.priceUsdCents = 1300;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    const Result<catalog::Instance> instance
        = m_catalog->createInstance(newInstance(QStringLiteral("erp"), &owner->tenant));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    const QString id = instance->id;
    const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
        [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(containerRunning(id));

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    // A resume killed half way: the record of an earlier suspension is
    // left behind with stale values, the subscription is active again, and
    // the instance is starting with its container up.
    QVERIFY(m_catalog->addDunningSuspension({ id, subscription->id, invoices.first().id, QDateTime(),
                                                catalog::InstanceStatus::Stopped })
                .ok());
    QVERIFY(m_catalog->setInstanceStatus(id, m_catalog->instance(id)->rowVersion, catalog::InstanceStatus::Starting)
                .ok());
    QVERIFY(containerRunning(id));

    // The next run suspends it for the overdue invoice and replaces the
    // stale record.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Result<QString> run = service.startBillingRun(today);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("suspended"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("suspended"));
    QVERIFY(!containerRunning(id));
    const QList<catalog::DunningSuspension> recorded = *m_catalog->dunningSuspensions(subscription->id);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().invoiceId, invoices.first().id);
    QCOMPARE(catalog::toString(recorded.first().previousStatus), QStringLiteral("running"));
}

void TestBillingDunning::interruptedResumeFinishes()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Killed Poll"), QStringLiteral("poll"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Killed Poll plan");
    plan.priceUsdCents = 2200;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 2 * gigabyte;
    plan.maxStorageBytes = 20 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    QStringList ids;
    for (const QString &name : { QStringLiteral("sales"), QStringLiteral("hr") }) {
        const Result<catalog::Instance> instance = m_catalog->createInstance(newInstance(name, &owner->tenant));
        QVERIFY2(instance.ok(), qPrintable(instance.error()));
        m_instances.append(instance->id);
        ids.append(instance->id);
        const QString id = instance->id;
        const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
            [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const QString sales = ids.at(0);
    const QString hr = ids.at(1);

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Result<QString> run = service.startBillingRun(today);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_runner->waitForFinished(run.value(), 300000));
    QVERIFY2(m_runner->job(run.value())->state == jobs::JobState::Succeeded, qPrintable(m_runner->job(run.value())->error));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 2);

    // The admin resumes hr by hand and later suspends it again for a reason
    // of their own: its dunning record is stale now.
    QString failed = runInstanceJob(QStringLiteral("instance.resume"), hr,
        [&](jobs::JobContext &context) { return m_provisioner->resume(context, hr); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = runInstanceJob(QStringLiteral("instance.suspend"), hr, [&](jobs::JobContext &context) {
        return m_provisioner->suspend(context, hr, QStringLiteral("maintenance"));
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(!containerRunning(hr));

    // A payment poll killed while its job resumed the instances: the
    // invoice is paid, the subscription active again, sales left starting
    // and both records still there.
    billing::BillingService killed(m_catalog.get(), m_secrets.get());
    const Result<billing::PaymentUpdateResult> applied = pay(killed, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(applied->invoiceSettled);
    catalog::Subscription active = *m_catalog->subscription(subscription->id);
    active.status = catalog::SubscriptionStatus::Active;
    QVERIFY(m_catalog->updateSubscription(active, QStringLiteral("Reactivated: no overdue invoice is left.")).ok());
    QVERIFY(m_catalog->setInstanceStatus(sales, m_catalog->instance(sales)->rowVersion,
                         catalog::InstanceStatus::Starting)
                .ok());

    // The next run sees the unfinished resume ...
    const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(*m_catalog, today);
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    int reactivations = 0;
    for (const billing::BillingAction &action : planned.value()) {
        if (action.subscriptionId == subscription->id && action.kind == billing::BillingActionKind::Reactivate)
            ++reactivations;
    }
    QCOMPARE(reactivations, 1);

    // ... and finishes it: sales runs, hr stays as the admin left it.
    const Result<QString> finish = service.startBillingRun(today);
    QVERIFY2(finish.ok(), qPrintable(finish.error()));
    QVERIFY(m_runner->waitForFinished(finish.value(), 300000));
    QVERIFY2(m_runner->job(finish.value())->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(finish.value())->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    QCOMPARE(catalog::toString(m_catalog->instance(sales)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(sales));
    QCOMPARE(catalog::toString(m_catalog->instance(hr)->status), QStringLiteral("suspended"));
    QVERIFY(m_catalog->instance(hr)->statusMessage.contains(QLatin1String("maintenance")));
    QVERIFY(!containerRunning(hr));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);

    // Nothing is left for the run after that.
    const Result<QList<billing::BillingAction>> after = billing::planBillingRun(*m_catalog, today);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    for (const billing::BillingAction &action : after.value())
        QVERIFY(action.subscriptionId != subscription->id);
}

void TestBillingDunning::twoRunsFinishOneSuspension()
{
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Two Runs"), QStringLiteral("tworuns"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Two Runs plan");
    plan.priceUsdCents = 1400;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = gigabyte;
    plan.maxStorageBytes = 10 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
    const Result<catalog::Instance> instance
        = m_catalog->createInstance(newInstance(QStringLiteral("pos"), &owner->tenant));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    m_instances.append(instance->id);
    const QString id = instance->id;
    const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
        [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const QString invoicing = m_runner->submit(billing::billingRunRequest(start, true),
        billing::billingRunBody(m_config, m_provisioner.get(), start, true));
    QVERIFY(m_runner->waitForFinished(invoicing, 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    // A run killed during the stop left the instance stopping.
    catalog::Subscription suspended = *m_catalog->subscription(subscription->id);
    suspended.status = catalog::SubscriptionStatus::Suspended;
    QVERIFY(m_catalog->updateSubscription(suspended, QStringLiteral("Dunning")).ok());
    QVERIFY(m_catalog->addDunningSuspension({ id, subscription->id, invoices.first().id, QDateTime(),
                                                catalog::InstanceStatus::Running })
                .ok());
    QVERIFY(m_catalog->setInstanceStatus(id, m_catalog->instance(id)->rowVersion, catalog::InstanceStatus::Stopping)
                .ok());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(*m_catalog, today);
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    QCOMPARE(planned->size(), 1);
    QVERIFY(planned->first().finishSuspension);

    // Two runs plan while a writer holds the catalog, so both find the
    // instance stopping before either writes.
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        lock.setDatabaseName(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(lock.open(), qPrintable(lock.lastError().text()));
        QSqlQuery begin(lock);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));
        jobs::InMemoryJobStore store;
        jobs::JobRunner runner(&store);
        QStringList runs;
        for (int run = 0; run < 2; ++run)
            runs.append(runner.submit(billing::billingRunRequest(today),
                billing::billingRunBody(m_config, m_provisioner.get(), today)));
        const auto reachedSuspension = [&](const QString &run) {
            const Result<QList<jobs::JobLogEntry>> log = store.log(run);
            if (!log)
                return false;
            for (const jobs::JobLogEntry &entry : log.value()) {
                if (entry.message.contains(QLatin1String("Finish suspending")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reachedSuspension(runs.at(0)) && reachedSuspension(runs.at(1)), 8000);
        QTest::qWait(500);
        QSqlQuery commit(lock);
        QVERIFY(commit.exec(QStringLiteral("COMMIT")));

        // Both succeed: the one that lost the race sees the work done.
        for (const QString &run : std::as_const(runs)) {
            QVERIFY(runner.waitForFinished(run, 300000));
            QVERIFY2(runner.job(run)->state == jobs::JobState::Succeeded, qPrintable(runner.job(run)->error));
        }
        lock.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("suspended"));
    QVERIFY(!containerRunning(id));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 1);
}

void TestBillingDunning::resuspendedInstanceResumesOnPayment()
{
    // Two instances: the admin resumes both after dunning suspended them,
    // and stops one again. The next run suspends both again, and the payment
    // starts the one that was running and leaves the stopped one stopped.
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Again"), QStringLiteral("again"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Again");
    plan.priceUsdCents = 2000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 2 * gigabyte;
    plan.maxStorageBytes = 20 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));

    QStringList ids;
    for (const QString &name : { QStringLiteral("prod"), QStringLiteral("spare") }) {
        const Result<catalog::Instance> instance = m_catalog->createInstance(newInstance(name, &owner->tenant));
        QVERIFY2(instance.ok(), qPrintable(instance.error()));
        m_instances.append(instance->id);
        ids.append(instance->id);
        const QString id = instance->id;
        const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
            [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const QString prod = ids.at(0);
    const QString spare = ids.at(1);

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    const auto runDunning = [&]() -> QString {
        const Result<QString> run = service.startBillingRun(QDateTime::currentDateTimeUtc().date());
        if (!run)
            return run.error();
        if (!m_runner->waitForFinished(run.value(), 300000))
            return QStringLiteral("the billing run did not finish");
        const jobs::JobInfo done = m_runner->job(run.value()).value_or(jobs::JobInfo {});
        return done.state == jobs::JobState::Succeeded ? QString() : done.error + u' ';
    };
    QString failed = runDunning();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(catalog::toString(m_catalog->instance(prod)->status), QStringLiteral("suspended"));
    QCOMPARE(catalog::toString(m_catalog->instance(spare)->status), QStringLiteral("suspended"));

    // The admin resumes both, and stops the spare one again.
    for (const QString &id : ids) {
        failed = runInstanceJob(QStringLiteral("instance.resume"), id,
            [&](jobs::JobContext &context) { return m_provisioner->resume(context, id); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    failed = runInstanceJob(QStringLiteral("instance.stop"), spare,
        [&](jobs::JobContext &context) { return m_provisioner->stop(context, spare); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // The next run finishes the suspension with fresh records.
    failed = runDunning();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(catalog::toString(m_catalog->instance(prod)->status), QStringLiteral("suspended"));
    QCOMPARE(catalog::toString(m_catalog->instance(spare)->status), QStringLiteral("suspended"));
    const QList<catalog::DunningSuspension> suspended = *m_catalog->dunningSuspensions(subscription->id);
    QCOMPARE(suspended.size(), 2);
    for (const catalog::DunningSuspension &entry : suspended) {
        QCOMPARE(catalog::toString(entry.previousStatus),
            entry.instanceId == prod ? QStringLiteral("running") : QStringLiteral("stopped"));
    }

    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(!applied->reactivationJobId.isEmpty());
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    QCOMPARE(catalog::toString(m_catalog->instance(prod)->status), QStringLiteral("running"));
    QVERIFY(containerRunning(prod));
    QCOMPARE(catalog::toString(m_catalog->instance(spare)->status), QStringLiteral("stopped"));
    QVERIFY(!containerRunning(spare));
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);
}

void TestBillingDunning::paymentDuringSuspensionStopsIt()
{
    // The customer pays while the run stops its first instance: the run
    // leaves the second one up and the payment resumes the first.
    const Result<test::CustomerWithTenant> owner
        = test::createCustomerWithTenant(*m_catalog, QStringLiteral("Dunning Race"), QStringLiteral("race"));
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Race");
    plan.priceUsdCents = 2000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 2 * gigabyte;
    plan.maxStorageBytes = 20 * gigabyte;
    const QDate start = QDateTime::currentDateTimeUtc().date().addMonths(-2);
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(*m_catalog, owner->customer.id, plan, start);
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));

    QStringList ids;
    for (const QString &name : { QStringLiteral("a"), QStringLiteral("b") }) {
        const Result<catalog::Instance> instance = m_catalog->createInstance(newInstance(name, &owner->tenant));
        QVERIFY2(instance.ok(), qPrintable(instance.error()));
        m_instances.append(instance->id);
        ids.append(instance->id);
        const QString id = instance->id;
        const QString failed = runInstanceJob(QStringLiteral("instance.create"), id,
            [&](jobs::JobContext &context) { return m_provisioner->create(context, id); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    billing::BillingService service(m_catalog.get(), m_secrets.get());
    service.setJobRunner(m_runner.get(), m_provisioner.get());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(*m_catalog, QStringLiteral("suspend_after_days"), QStringLiteral("3")).ok());
    const Result<QString> invoicing = service.startBillingRun(start, true);
    QVERIFY2(invoicing.ok(), qPrintable(invoicing.error()));
    QVERIFY(m_runner->waitForFinished(invoicing.value(), 60000));
    catalog::InvoiceFilter filter;
    filter.subscriptionId = subscription->id;
    const QList<catalog::Invoice> invoices = *m_catalog->invoices(filter);
    QCOMPARE(invoices.size(), 1);

    // The run's worker waits at its first container stop until this thread
    // has applied the payment.
    QSemaphore stopping;
    QSemaphore paid;
    QString runJob;
    QMutex runJobLock;
    bool held = false;
    const QMetaObject::Connection hook = connect(m_runner.get(), &jobs::JobRunner::jobLogged, this,
        [&](const QString &jobId, const jobs::JobLogEntry &entry) {
            QMutexLocker locker(&runJobLock);
            if (held || jobId != runJob || !entry.message.contains(QLatin1String("Stop the container")))
                return;
            held = true;
            locker.unlock();
            stopping.release();
            paid.acquire();
        },
        Qt::DirectConnection);
    {
        QMutexLocker locker(&runJobLock);
        const Result<QString> run = service.startBillingRun(QDateTime::currentDateTimeUtc().date());
        QVERIFY2(run.ok(), qPrintable(run.error()));
        runJob = run.value();
    }
    QVERIFY(stopping.tryAcquire(1, 300000));
    const Result<billing::PaymentUpdateResult> applied = pay(service, invoices.first());
    paid.release();
    disconnect(hook);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QVERIFY(!applied->reactivationJobId.isEmpty());

    QVERIFY(m_runner->waitForFinished(runJob, 300000));
    QVERIFY(m_runner->waitForFinished(applied->reactivationJobId, 300000));
    QVERIFY2(m_runner->job(applied->reactivationJobId)->state == jobs::JobState::Succeeded,
        qPrintable(m_runner->job(applied->reactivationJobId)->error));
    QCOMPARE(catalog::toString(m_catalog->subscription(subscription->id)->status), QStringLiteral("active"));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("running"));
        QVERIFY(containerRunning(id));
    }
    QCOMPARE(m_catalog->dunningSuspensions(subscription->id)->size(), 0);
}

QTEST_GUILESS_MAIN(TestBillingDunning)
#include "tst_billingdunning.moc"
