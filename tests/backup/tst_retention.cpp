// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/retention.h"

#include <QTest>

using namespace saasodoo::backup;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// A scheduled backup, which the period slots rank.
RetainedBackup scheduled(const QString &id, const QDateTime &createdAt)
{
    return RetainedBackup { id, createdAt, true, QDateTime(), false };
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void dailyBackupsForSixtyDays();
    void damagedBackupTakesNoSlot();
    void unrankedBackupsExpire();
    void policyTable_data();
    void policyTable();
    void planDaysToSlots_data();
    void planDaysToSlots();
    void planDaysKeepDerivedSet_data();
    void planDaysKeepDerivedSet();
};

void TestRetention::damagedBackupTakesNoSlot()
{
    // One daily slot: the newest scheduled backup is damaged, so the newest
    // intact one stays beside it instead of being removed.
    RetainedBackup damaged = scheduled(QStringLiteral("damaged"), at("2026-03-03T02:00:00Z"));
    damaged.damaged = true;
    const QList<RetainedBackup> backups { damaged, scheduled(QStringLiteral("intact"), at("2026-03-02T02:00:00Z")),
        scheduled(QStringLiteral("older"), at("2026-03-01T02:00:00Z")) };
    const QSet<QString> kept = backupsToKeep(backups, RetentionPolicy { 1, 0, 0 }, at("2026-03-03T12:00:00Z"));
    QCOMPARE(kept, (QSet<QString> { QStringLiteral("damaged"), QStringLiteral("intact") }));

    // With zeros, the newest intact backup is still the last copy that stays.
    const QSet<QString> zeros = backupsToKeep(backups, RetentionPolicy { 0, 0, 0 }, at("2026-03-03T12:00:00Z"));
    QVERIFY(zeros.contains(QStringLiteral("intact")));
    QVERIFY(!zeros.contains(QStringLiteral("older")));
}

void TestRetention::dailyBackupsForSixtyDays()
{
    // One scheduled backup a day at 02:00 UTC from 2026-01-01 to 2026-03-01
    // (a Sunday), and manual and safety backups that the slots do not rank.
    QList<RetainedBackup> backups;
    const QDate first(2026, 1, 1);
    for (int day = 0; day < 60; ++day)
        backups << scheduled(first.addDays(day).toString(Qt::ISODate), QDateTime(first.addDays(day), QTime(2, 0), Qt::UTC));
    const auto unranked = [](const char *id, const char *made, const char *expires) {
        return RetainedBackup { QString::fromLatin1(id), at(made), false,
            expires ? at(expires) : QDateTime(), false };
    };
    // Two manual backups two minutes apart and the safety backup of a
    // restore, on the last day: none of them takes a slot, and all stay.
    backups << unranked("manual-0955", "2026-03-01T09:55:55Z", "2026-06-01T09:55:55Z")
            << unranked("manual-0957", "2026-03-01T09:57:10Z", "2026-06-01T09:57:10Z")
            << unranked("safety-0958", "2026-03-01T09:58:00Z", "2026-06-01T09:58:00Z");
    // An old manual backup past its expiry goes; one without expiry stays.
    backups << unranked("manual-expired", "2025-11-01T10:00:00Z", "2026-02-01T10:00:00Z")
            << unranked("manual-forever", "2025-10-01T10:00:00Z", nullptr);
    // A scheduled backup outside every slot that a restore read lately stays.
    RetainedBackup restored = scheduled(QStringLiteral("restored"), at("2025-12-20T02:00:00Z"));
    restored.restoredRecently = true;
    backups << restored;
    // Neither is a scheduled backup outside every slot.
    backups << scheduled(QStringLiteral("old-scheduled"), at("2025-12-21T02:00:00Z"));

    const QSet<QString> kept = backupsToKeep(backups, RetentionPolicy {}, at("2026-03-01T12:00:00Z"));
    const QSet<QString> expected {
        // daily: the scheduled backup of each of the last 7 days
        QStringLiteral("2026-03-01"), QStringLiteral("2026-02-28"), QStringLiteral("2026-02-27"),
        QStringLiteral("2026-02-26"), QStringLiteral("2026-02-25"), QStringLiteral("2026-02-24"),
        QStringLiteral("2026-02-23"),
        // weekly (ISO weeks end on Sunday): week 9 is 1 March, then the Sundays
        QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15"), QStringLiteral("2026-02-08"),
        // monthly: March is 1 March, then the last day of February and January
        QStringLiteral("2026-01-31"),
        // unranked backups before their expiry, and the restored one
        QStringLiteral("manual-0955"), QStringLiteral("manual-0957"), QStringLiteral("safety-0958"),
        QStringLiteral("manual-forever"), QStringLiteral("restored"),
    };
    QCOMPARE(kept, expected);
}

void TestRetention::unrankedBackupsExpire()
{
    // Only manual backups: each stays until its expiry, and the newest stays
    // even after it.
    const QList<RetainedBackup> backups {
        { QStringLiteral("a"), at("2026-01-01T00:00:00Z"), false, at("2026-02-01T00:00:00Z"), false },
        { QStringLiteral("b"), at("2026-01-02T00:00:00Z"), false, at("2026-02-02T00:00:00Z"), false },
        { QStringLiteral("c"), at("2026-01-03T00:00:00Z"), false, at("2026-02-03T00:00:00Z"), false },
    };
    const RetentionPolicy zeros { 0, 0, 0 };
    QCOMPARE(backupsToKeep(backups, zeros, at("2026-01-31T23:59:59Z")),
        (QSet<QString> { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(backupsToKeep(backups, zeros, at("2026-02-01T00:00:00Z")),
        (QSet<QString> { QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(backupsToKeep(backups, zeros, at("2026-03-01T00:00:00Z")), (QSet<QString> { QStringLiteral("c") }));
}

void TestRetention::policyTable_data()
{
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("monthly");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("empty") << QStringList {} << 7 << 4 << 3 << QStringList {};
    QTest::newRow("zero policy keeps newest")
        << QStringList { QStringLiteral("2026-05-01T00:00:00Z"), QStringLiteral("2026-05-02T00:00:00Z") } << 0 << 0 << 0
        << QStringList { QStringLiteral("2026-05-02T00:00:00Z") };
    QTest::newRow("same day keeps newest")
        << QStringList { QStringLiteral("2026-05-02T01:00:00Z"), QStringLiteral("2026-05-02T23:59:59Z"),
               QStringLiteral("2026-05-01T12:00:00Z") }
        << 1 << 0 << 0 << QStringList { QStringLiteral("2026-05-02T23:59:59Z") };
    QTest::newRow("gaps count periods with backups")
        << QStringList { QStringLiteral("2026-05-10T00:00:00Z"), QStringLiteral("2026-04-01T00:00:00Z"),
               QStringLiteral("2026-01-15T00:00:00Z") }
        << 2 << 0 << 0 << QStringList { QStringLiteral("2026-05-10T00:00:00Z"), QStringLiteral("2026-04-01T00:00:00Z") };
    QTest::newRow("year boundary weeks")
        // 2026-12-31 (Thursday) and 2027-01-03 (Sunday) are both in ISO week 53 of 2026.
        << QStringList { QStringLiteral("2026-12-31T00:00:00Z"), QStringLiteral("2027-01-03T00:00:00Z"),
               QStringLiteral("2027-01-04T00:00:00Z") }
        << 0 << 2 << 0 << QStringList { QStringLiteral("2027-01-04T00:00:00Z"), QStringLiteral("2027-01-03T00:00:00Z") };
    QTest::newRow("monthly picks last of month")
        << QStringList { QStringLiteral("2026-01-05T00:00:00Z"), QStringLiteral("2026-01-30T00:00:00Z"),
               QStringLiteral("2026-02-02T00:00:00Z"), QStringLiteral("2025-12-31T23:00:00Z") }
        << 0 << 0 << 2 << QStringList { QStringLiteral("2026-02-02T00:00:00Z"), QStringLiteral("2026-01-30T00:00:00Z") };
}

void TestRetention::policyTable()
{
    QFETCH(QStringList, times);
    QFETCH(int, daily);
    QFETCH(int, weekly);
    QFETCH(int, monthly);
    QFETCH(QStringList, kept);
    QList<RetainedBackup> backups;
    for (const QString &time : times)
        backups << scheduled(time, QDateTime::fromString(time, Qt::ISODate));
    const QSet<QString> result = backupsToKeep(backups, RetentionPolicy { daily, weekly, monthly }, at("2027-06-01T00:00:00Z"));
    QCOMPARE(result, QSet<QString>(kept.cbegin(), kept.cend()));
}

void TestRetention::planDaysToSlots_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("monthly");

    QTest::newRow("0 days is the default") << 0 << 7 << 4 << 3;
    QTest::newRow("negative is the default") << -5 << 7 << 4 << 3;
    QTest::newRow("1 day") << 1 << 1 << 0 << 0;
    QTest::newRow("6 days") << 6 << 6 << 0 << 0;
    QTest::newRow("7 days") << 7 << 7 << 1 << 0;
    QTest::newRow("14 days") << 14 << 7 << 2 << 0;
    QTest::newRow("30 days") << 30 << 7 << 4 << 0;
    QTest::newRow("31 days") << 31 << 7 << 4 << 1;
    QTest::newRow("90 days") << 90 << 7 << 4 << 2;
    QTest::newRow("93 days") << 93 << 7 << 4 << 3;
    QTest::newRow("3650 days is capped") << 3650 << 7 << 4 << 3;
}

void TestRetention::planDaysToSlots()
{
    QFETCH(int, days);
    QFETCH(int, daily);
    QFETCH(int, weekly);
    QFETCH(int, monthly);
    const RetentionPolicy periods = retentionForPlanDays(days);
    QCOMPARE(periods.daily, daily);
    QCOMPARE(periods.weekly, weekly);
    QCOMPARE(periods.monthly, monthly);
}

void TestRetention::planDaysKeepDerivedSet_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("beyondDaily");

    // Kept beyond the 7 daily slots (2026-02-26 to 2026-03-04). ISO week 10
    // starts on Monday 2 March, and weeks end on Sundays.
    QTest::newRow("14 days: weekly slots within daily") << 14 << QStringList {};
    QTest::newRow("28 days: four weeks")
        << 28 << QStringList { QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15") };
    QTest::newRow("60 days: one month adds nothing")
        << 60 << QStringList { QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15") };
    QTest::newRow("93 days: three months")
        << 93 << QStringList { QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15"), QStringLiteral("2026-01-31") };
}

void TestRetention::planDaysKeepDerivedSet()
{
    QFETCH(int, days);
    QFETCH(QStringList, beyondDaily);

    // One scheduled backup a day at 02:00 UTC from 2025-10-01 to 2026-03-04
    // (a Wednesday), pruned at noon on the last day.
    QList<RetainedBackup> backups;
    const QDate last(2026, 3, 4);
    for (QDate day(2025, 10, 1); day <= last; day = day.addDays(1))
        backups << scheduled(day.toString(Qt::ISODate), QDateTime(day, QTime(2, 0), Qt::UTC));
    const QDateTime now = at("2026-03-04T12:00:00Z");

    const QSet<QString> kept = backupsToKeep(backups, retentionForPlanDays(days), now);
    QSet<QString> expected(beyondDaily.cbegin(), beyondDaily.cend());
    for (int age = 0; age < 7; ++age)
        expected << last.addDays(-age).toString(Qt::ISODate);
    QCOMPARE(kept, expected);
    // No slot keeps a backup older than the plan's days.
    for (const QString &id : kept)
        QVERIFY2(QDate::fromString(id, Qt::ISODate).daysTo(last) < days, qPrintable(id));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
