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

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void dailyBackupsForSixtyDays();
    void policyTable_data();
    void policyTable();
};

void TestRetention::dailyBackupsForSixtyDays()
{
    // One backup a day at 02:00 UTC from 2026-01-01 to 2026-03-01 (a
    // Sunday), plus a manual one on the last day.
    QList<RetainedBackup> backups;
    const QDate first(2026, 1, 1);
    for (int day = 0; day < 60; ++day)
        backups << RetainedBackup { first.addDays(day).toString(Qt::ISODate), QDateTime(first.addDays(day), QTime(2, 0), Qt::UTC) };
    backups << RetainedBackup { QStringLiteral("manual"), at("2026-03-01T15:00:00Z") };

    const QSet<QString> kept = backupsToKeep(backups, RetentionPolicy {});
    const QSet<QString> expected {
        // daily: the newest of each of the last 7 days (the manual one wins 1 March)
        QStringLiteral("manual"), QStringLiteral("2026-02-28"), QStringLiteral("2026-02-27"),
        QStringLiteral("2026-02-26"), QStringLiteral("2026-02-25"), QStringLiteral("2026-02-24"),
        QStringLiteral("2026-02-23"),
        // weekly (ISO weeks end on Sunday): week 9 is "manual", then the Sundays
        QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15"), QStringLiteral("2026-02-08"),
        // monthly: March is "manual", then the last day of February and January
        QStringLiteral("2026-01-31"),
    };
    QCOMPARE(kept, expected);
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
        backups << RetainedBackup { time, QDateTime::fromString(time, Qt::ISODate) };
    const QSet<QString> result = backupsToKeep(backups, RetentionPolicy { daily, weekly, monthly });
    QCOMPARE(result, QSet<QString>(kept.cbegin(), kept.cend()));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
