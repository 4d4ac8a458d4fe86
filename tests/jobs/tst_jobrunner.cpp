// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/jobowner.h"
#include "core/jobs/jobrunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <stdexcept>

using namespace saasodoo;
using namespace saasodoo::jobs;

namespace QTest {
template<>
char *toString(const JobState &state)
{
    return qstrdup(qPrintable(stateName(state)));
}
} // namespace QTest

namespace {

JobInfo request(const QString &kind, const QString &hostId = {}, const QStringList &steps = {})
{
    JobInfo info;
    info.kind = kind;
    info.title = kind;
    info.hostId = hostId;
    info.steps = steps;
    return info;
}

// Counts how many bodies run at once and remembers the highest count.
struct ConcurrencyProbe
{
    std::atomic_int running { 0 };
    std::atomic_int highest { 0 };

    void enter()
    {
        const int now = ++running;
        int seen = highest.load();
        while (now > seen && !highest.compare_exchange_weak(seen, now)) { }
    }
    void leave() { --running; }
};

QStringList messages(const QList<JobLogEntry> &entries)
{
    QStringList result;
    for (const JobLogEntry &entry : entries)
        result << entry.message;
    return result;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void successRecordsStepsAndLog();
    void undeclaredStepsLogNoTotal();
    void stepCountNeverExceedsTotal();
    void failureKeepsError();
    void exceptionBecomesFailure();
    void cancelStopsRunningJob();
    void cancelQueuedJobNeverStarts();
    void perHostLimitSerialisesHost();
    void poolBoundsConcurrency();
    void interruptedJobsAreMarked();
    void liveOwnersKeepTheirJobs();
    void interruptedMessageFitsKind_data();
    void interruptedMessageFitsKind();
    void cancelRequestReachesRunningJob();
    void runnerPollsCancelRequests();
    void signalsReachEventLoopWhileJobRuns();
    void destructorCancelsRunningJobs();
};

void TestJobRunner::successRecordsStepsAndLog()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    const QString id = runner.submit(request(QStringLiteral("test.success"), {},
                                         { QStringLiteral("prepare"), QStringLiteral("work") }),
        [](JobContext &context) -> Status {
            context.beginStep(QStringLiteral("prepare"));
            context.info(QStringLiteral("preparing"));
            context.beginStep(QStringLiteral("work"));
            context.setProgress(75);
            return {};
        });
    QVERIFY(runner.waitForFinished(id, 10000));

    const JobInfo info = *runner.job(id);
    QCOMPARE(info.state, JobState::Succeeded);
    QCOMPARE(info.progress, 100);
    QCOMPARE(info.currentStepName(), QStringLiteral("work"));
    QVERIFY(info.startedAt.isValid());
    QVERIFY(info.finishedAt >= info.startedAt);

    const QStringList log = messages(store.log(id).value());
    QVERIFY2(log.contains(QStringLiteral("Step 1 of 2: prepare")), qPrintable(log.join(u'\n')));
    QVERIFY(log.contains(QStringLiteral("preparing")));
    QCOMPARE(log.last(), QStringLiteral("Finished."));

    const QList<JobInfo> stored = store.jobs().value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, JobState::Succeeded);
}

void TestJobRunner::failureKeepsError()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    const QString id = runner.submit(request(QStringLiteral("test.failure")), [](JobContext &context) -> Status {
        context.beginStep(QStringLiteral("create container"));
        return makeError(QStringLiteral("port 8069 is already allocated"));
    });
    QVERIFY(runner.waitForFinished(id, 10000));
    const JobInfo info = *runner.job(id);
    QCOMPARE(info.state, JobState::Failed);
    QCOMPARE(info.error, QStringLiteral("port 8069 is already allocated"));
    QCOMPARE(info.currentStepName(), QStringLiteral("create container"));
    QCOMPARE(messages(store.log(id).value()).last(), QStringLiteral("Failed: port 8069 is already allocated"));
}

void TestJobRunner::exceptionBecomesFailure()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    const QString id = runner.submit(request(QStringLiteral("test.throw")), [](JobContext &) -> Status {
        throw std::runtime_error("unexpected null");
    });
    QVERIFY(runner.waitForFinished(id, 10000));
    const JobInfo info = *runner.job(id);
    QCOMPARE(info.state, JobState::Failed);
    QVERIFY2(info.error.contains(QLatin1String("unexpected null")), qPrintable(info.error));
}

void TestJobRunner::cancelStopsRunningJob()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    QSemaphore started;
    const QString id = runner.submit(request(QStringLiteral("test.cancel")), [&](JobContext &context) -> Status {
        started.release();
        while (!context.isCancelled())
            QThread::msleep(5);
        return context.checkCancelled();
    });
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(runner.cancel(id));
    QVERIFY(runner.waitForFinished(id, 10000));
    QCOMPARE(runner.job(id)->state, JobState::Cancelled);
    QVERIFY(messages(store.log(id).value()).contains(QStringLiteral("Cancel requested.")));
}

void TestJobRunner::cancelQueuedJobNeverStarts()
{
    InMemoryJobStore store;
    JobRunner runner(&store, JobRunner::Limits { 4, 1 });
    QSemaphore started;
    QSemaphore release;
    const QString first = runner.submit(request(QStringLiteral("test.block"), QStringLiteral("host-a")),
        [&](JobContext &) -> Status {
            started.release();
            release.acquire();
            return {};
        });
    std::atomic_bool secondRan { false };
    const QString second = runner.submit(request(QStringLiteral("test.queued"), QStringLiteral("host-a")),
        [&](JobContext &) -> Status {
            secondRan = true;
            return {};
        });
    QVERIFY(started.tryAcquire(1, 10000));
    QCOMPARE(runner.job(second)->state, JobState::Queued);

    QVERIFY(runner.cancel(second));
    QVERIFY(runner.waitForFinished(second, 10000));
    QCOMPARE(runner.job(second)->state, JobState::Cancelled);
    release.release();
    QVERIFY(runner.waitForFinished(first, 10000));
    QVERIFY(!secondRan);
}

void TestJobRunner::perHostLimitSerialisesHost()
{
    InMemoryJobStore store;
    JobRunner runner(&store, JobRunner::Limits { 4, 1 });
    ConcurrencyProbe hostA;
    ConcurrencyProbe all;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << runner.submit(request(QStringLiteral("test.host"), QStringLiteral("host-a")), [&](JobContext &) -> Status {
            hostA.enter();
            all.enter();
            QThread::msleep(30);
            all.leave();
            hostA.leave();
            return {};
        });
    }
    // A job on another host is not held back by host-a's queue.
    ids << runner.submit(request(QStringLiteral("test.other"), QStringLiteral("host-b")), [&](JobContext &) -> Status {
        all.enter();
        QThread::msleep(30);
        all.leave();
        return {};
    });
    for (const QString &id : std::as_const(ids))
        QVERIFY(runner.waitForFinished(id, 10000));
    QCOMPARE(hostA.highest.load(), 1);
    QCOMPARE(all.highest.load(), 2);
}

void TestJobRunner::poolBoundsConcurrency()
{
    InMemoryJobStore store;
    JobRunner runner(&store, JobRunner::Limits { 2, 10 });
    ConcurrencyProbe probe;
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids << runner.submit(request(QStringLiteral("test.pool"), QStringLiteral("host-%1").arg(i)),
            [&](JobContext &) -> Status {
                probe.enter();
                QThread::msleep(20);
                probe.leave();
                return {};
            });
    }
    for (const QString &id : std::as_const(ids))
        QVERIFY(runner.waitForFinished(id, 10000));
    QCOMPARE(probe.highest.load(), 2);
}

void TestJobRunner::interruptedJobsAreMarked()
{
    InMemoryJobStore store;
    JobInfo crashed = request(QStringLiteral("instance.create"));
    crashed.id = QStringLiteral("job-1");
    crashed.state = JobState::Running;
    store.save(crashed);
    JobInfo done = request(QStringLiteral("backup.run"));
    done.id = QStringLiteral("job-2");
    done.state = JobState::Succeeded;
    store.save(done);

    JobRunner runner(&store);
    const QList<JobInfo> interrupted = runner.recoverInterrupted();
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().id, QStringLiteral("job-1"));
    const QList<JobInfo> stored = store.jobs().value();
    QCOMPARE(stored.at(0).state, JobState::Interrupted);
    QCOMPARE(stored.at(1).state, JobState::Succeeded);
    QVERIFY(!store.log(QStringLiteral("job-1")).value().isEmpty());
}

void TestJobRunner::interruptedMessageFitsKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("targetType");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QStringList>("notOffered");
    const QString instance = QStringLiteral("instance");
    const QString both = QStringLiteral("saasodoo job resume|cleanup job-7");
    const QString resume = QStringLiteral("'saasodoo job resume job-7'");
    const QString cleanup = QStringLiteral("'saasodoo job cleanup job-7'");
    const QString cancel = QStringLiteral("'saasodoo job cancel job-7'");
    for (const char *kind : { "instance.create", "instance.delete", "instance.remove", "instance.start",
             "instance.resume", "instance.restart", "instance.stop" })
        QTest::newRow(kind) << QString::fromLatin1(kind) << instance << both << QStringList { cancel };
    for (const char *kind : { "instance.set-env", "instance.set-limits", "instance.update", "instance.suspend",
             "instance.cleanup", "backup.create", "backup.restore" })
        QTest::newRow(kind) << QString::fromLatin1(kind) << instance << cleanup
                            << QStringList { QStringLiteral("job resume"), cancel };
    QTest::newRow("backup.restore-new") << QStringLiteral("backup.restore-new") << QString() << cleanup
                                        << QStringList { QStringLiteral("job resume") };
    for (const char *kind : { "billing.run", "billing.invoices", "billing.reactivate" })
        QTest::newRow(kind) << QString::fromLatin1(kind) << QStringLiteral("subscription") << resume
                            << QStringList { QStringLiteral("job cleanup") };
    QTest::newRow("backup.run-due") << QStringLiteral("backup.run-due") << QString() << cancel
                                    << QStringList { QStringLiteral("job resume"), QStringLiteral("job cleanup") };
}

// The message of an interrupted job offers only the take-over commands
// that the CLI accepts for its kind.
void TestJobRunner::interruptedMessageFitsKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, targetType);
    QFETCH(QString, offered);
    QFETCH(QStringList, notOffered);
    JobInfo job = request(kind);
    job.id = QStringLiteral("job-7");
    job.targetType = targetType;
    job.targetId = targetType.isEmpty() ? QString() : QStringLiteral("target-1");
    const QString message = JobRunner::interruptedMessage(job);
    QVERIFY2(message.contains(offered), qPrintable(message));
    for (const QString &command : notOffered)
        QVERIFY2(!message.contains(command), qPrintable(message));
}

void TestJobRunner::liveOwnersKeepTheirJobs()
{
    // A process that has exited: its pid is free, so its job was cut off.
    QProcess exited;
    exited.start(QStringLiteral("true"));
    QVERIFY(exited.waitForFinished(10000));
    const qint64 deadPid = exited.processId() > 0 ? exited.processId() : 999999;
    const QStringList self = currentProcessOwner().split(u':');
    QCOMPARE(self.size(), 3);
    QVERIFY(ownerLiveness(currentProcessOwner()) == OwnerLiveness::Alive);

    InMemoryJobStore store;
    JobInfo mine = request(QStringLiteral("instance.create"));
    mine.id = QStringLiteral("live");
    mine.state = JobState::Running;
    mine.owner = currentProcessOwner();
    store.save(mine);
    JobInfo dead = request(QStringLiteral("instance.create"));
    dead.id = QStringLiteral("dead");
    dead.state = JobState::Running;
    dead.owner = QStringLiteral("%1:%2:%3").arg(self.at(0)).arg(deadPid).arg(self.at(2));
    store.save(dead);
    JobInfo reused = request(QStringLiteral("instance.create"));
    reused.id = QStringLiteral("reused-pid");
    reused.state = JobState::Queued;
    reused.owner = QStringLiteral("%1:%2:1").arg(self.at(0), self.at(1)); // this pid, another start time
    store.save(reused);
    JobInfo elsewhere = request(QStringLiteral("instance.create"));
    elsewhere.id = QStringLiteral("other-machine");
    elsewhere.state = JobState::Running;
    elsewhere.owner = QStringLiteral("another-machine:1:1");
    store.save(elsewhere);

    JobRunner runner(&store);
    QStringList marked;
    for (const JobInfo &job : runner.recoverInterrupted())
        marked << job.id;
    marked.sort();
    QCOMPARE(marked, (QStringList { QStringLiteral("dead"), QStringLiteral("reused-pid") }));
    const QList<JobInfo> stored = store.jobs().value();
    for (const JobInfo &job : stored) {
        if (job.id == QLatin1String("live") || job.id == QLatin1String("other-machine"))
            QCOMPARE(stateName(job.state), QStringLiteral("running"));
        else
            QCOMPARE(stateName(job.state), QStringLiteral("interrupted"));
    }
}

// A store where another process has asked to cancel every job.
class CancelRequestingStore final : public JobStore
{
public:
    Status save(const JobInfo &job) override { return m_inner.save(job); }
    Status appendLog(const QString &jobId, const JobLogEntry &entry) override { return m_inner.appendLog(jobId, entry); }
    Result<QList<JobLogEntry>> log(const QString &jobId) override { return m_inner.log(jobId); }
    Result<QList<JobInfo>> jobs() override { return m_inner.jobs(); }
    Result<bool> cancelRequested(const QString &) override { return requested.load(); }

    std::atomic_bool requested { false };

private:
    InMemoryJobStore m_inner;
};

void TestJobRunner::cancelRequestReachesRunningJob()
{
    CancelRequestingStore store;
    JobRunner runner(&store);
    QSemaphore started;
    const QString id = runner.submit(request(QStringLiteral("test.wait")), [&](JobContext &context) -> Status {
        started.release();
        for (int i = 0; i < 1000 && !context.isCancelled(); ++i)
            QThread::msleep(10);
        return context.checkCancelled();
    });
    QVERIFY(started.tryAcquire(1, 10000));
    runner.pollCancelRequests();
    QVERIFY(!runner.waitForFinished(id, 100)); // nothing requested yet
    store.requested = true;
    runner.pollCancelRequests();
    QVERIFY(runner.waitForFinished(id, 10000));
    QCOMPARE(stateName(runner.job(id)->state), QStringLiteral("cancelled"));
}

void TestJobRunner::runnerPollsCancelRequests()
{
    CancelRequestingStore store;
    JobRunner::Limits limits;
    limits.cancelPollInterval = std::chrono::milliseconds(50);
    JobRunner runner(&store, limits);
    QSemaphore started;
    const QString id = runner.submit(request(QStringLiteral("test.wait")), [&](JobContext &context) -> Status {
        started.release();
        for (int i = 0; i < 1000 && !context.isCancelled(); ++i)
            QThread::msleep(10);
        return context.checkCancelled();
    });
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(!runner.waitForFinished(id, 200));
    // No pollCancelRequests() call here: the runner's own thread finds it.
    store.requested = true;
    QVERIFY(runner.waitForFinished(id, 5000));
    QCOMPARE(stateName(runner.job(id)->state), QStringLiteral("cancelled"));
}

void TestJobRunner::signalsReachEventLoopWhileJobRuns()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy updated(&runner, &JobRunner::jobUpdated);
    QSemaphore release;
    int timerTicks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        ++timerTicks;
        if (timerTicks == 5)
            release.release(); // the job ends only after the event loop has turned
    });
    timer.start(10);

    runner.submit(request(QStringLiteral("test.slow"), {}, { QStringLiteral("wait") }), [&](JobContext &context) -> Status {
        context.beginStep(QStringLiteral("wait"));
        return release.tryAcquire(1, 10000) ? Status {} : makeError(QStringLiteral("event loop did not turn"));
    });
    QVERIFY(finished.wait(10000));
    QVERIFY(timerTicks >= 5);
    QCOMPARE(finished.first().first().value<JobInfo>().state, JobState::Succeeded);
    QVERIFY(!updated.isEmpty());
}

void TestJobRunner::destructorCancelsRunningJobs()
{
    InMemoryJobStore store;
    QString id;
    std::atomic_bool sawCancel { false };
    {
        JobRunner runner(&store);
        QSemaphore started;
        id = runner.submit(request(QStringLiteral("test.shutdown")), [&](JobContext &context) -> Status {
            started.release();
            while (!context.isCancelled())
                QThread::msleep(5);
            sawCancel = true;
            return context.checkCancelled();
        });
        QVERIFY(started.tryAcquire(1, 10000));
    }
    QVERIFY(sawCancel);
    QCOMPARE(store.jobs().value().first().state, JobState::Cancelled);
}

void TestJobRunner::undeclaredStepsLogNoTotal()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    // No step is declared, so the total is unknown.
    const QString id = runner.submit(request(QStringLiteral("test.steps")), [](JobContext &context) -> Status {
        context.beginStep(QStringLiteral("plan"));
        context.beginStep(QStringLiteral("first action"));
        context.beginStep(QStringLiteral("second action"));
        return {};
    });
    QVERIFY(runner.waitForFinished(id, 10000));
    const QStringList log = messages(store.log(id).value());
    QVERIFY2(log.contains(QStringLiteral("Step 1: plan")), qPrintable(log.join(u'\n')));
    QVERIFY2(log.contains(QStringLiteral("Step 2: first action")), qPrintable(log.join(u'\n')));
    QVERIFY2(log.contains(QStringLiteral("Step 3: second action")), qPrintable(log.join(u'\n')));
}

void TestJobRunner::stepCountNeverExceedsTotal()
{
    InMemoryJobStore store;
    JobRunner runner(&store);
    // Like a billing run: one declared step, then actions declared after
    // planning (two with the same name), with undeclared sub-steps.
    const QString id = runner.submit(request(QStringLiteral("test.steps"), {}, { QStringLiteral("plan") }),
        [](JobContext &context) -> Status {
            context.beginStep(QStringLiteral("plan"));
            context.declareSteps({ QStringLiteral("suspend"), QStringLiteral("suspend"), QStringLiteral("invoice") });
            context.beginStep(QStringLiteral("suspend"));
            context.beginStep(QStringLiteral("stop the container"));
            context.beginStep(QStringLiteral("suspend"));
            context.beginStep(QStringLiteral("stop the container"));
            context.beginStep(QStringLiteral("invoice"));
            context.beginStep(QStringLiteral("send the invoice"));
            return {};
        });
    QVERIFY(runner.waitForFinished(id, 10000));
    const QStringList steps = messages(store.log(id).value()).filter(QRegularExpression(QStringLiteral("^Step ")));
    // The sub-steps are logged under their action, so the declared total
    // stays the same from the first line to the last.
    const QStringList expected { QStringLiteral("Step 1 of 1: plan"), QStringLiteral("Step 2 of 4: suspend"),
        QStringLiteral("Step 2 of 4 continues: stop the container"), QStringLiteral("Step 3 of 4: suspend"),
        QStringLiteral("Step 3 of 4 continues: stop the container"), QStringLiteral("Step 4 of 4: invoice"),
        QStringLiteral("Step 4 of 4 continues: send the invoice") };
    QCOMPARE(steps, expected);
    const JobInfo finished = store.jobs().value().first();
    QCOMPARE(finished.steps.size(), 4);
    QCOMPARE(finished.currentStep, 3);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
