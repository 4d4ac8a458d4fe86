// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include <algorithm>
#include <functional>

namespace saasodoo::backup {

namespace {

// Keeps the newest backup of each of the `count` most recent periods;
// `backups` is sorted newest first.
void keepPerPeriod(const QList<RetainedBackup> &backups, int count, const std::function<qint64(const QDate &)> &period,
    QSet<QString> &kept)
{
    qint64 lastPeriod = -1;
    int periods = 0;
    for (const RetainedBackup &backup : backups) {
        if (periods >= count)
            break;
        const qint64 current = period(backup.createdAt.toUTC().date());
        if (current == lastPeriod)
            continue;
        lastPeriod = current;
        ++periods;
        kept.insert(backup.id);
    }
}

} // namespace

RetentionPolicy retentionForPlanDays(int days)
{
    const RetentionPolicy defaults;
    if (days <= 0)
        return defaults;
    return RetentionPolicy { std::min(defaults.daily, days), std::min(defaults.weekly, days / 7),
        std::min(defaults.monthly, days / 31) };
}

namespace {

QSet<QString> keepAmong(QList<RetainedBackup> backups, const RetentionPolicy &policy, const QDateTime &now)
{
    std::sort(backups.begin(), backups.end(), [](const RetainedBackup &a, const RetainedBackup &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    });
    QSet<QString> kept;
    if (backups.isEmpty())
        return kept;
    kept.insert(backups.first().id);
    QList<RetainedBackup> ranked;
    for (const RetainedBackup &backup : std::as_const(backups)) {
        if (backup.restoredRecently)
            kept.insert(backup.id);
        if (backup.ranked)
            ranked.append(backup);
        else if (backup.expiresAt.isNull() || backup.expiresAt > now)
            kept.insert(backup.id);
    }
    keepPerPeriod(ranked, policy.daily, [](const QDate &date) { return date.toJulianDay(); }, kept);
    keepPerPeriod(ranked, policy.weekly,
        [](const QDate &date) {
            int year = 0;
            const int week = date.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        kept);
    keepPerPeriod(ranked, policy.monthly,
        [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); }, kept);
    return kept;
}

} // namespace

QSet<QString> backupsToKeep(QList<RetainedBackup> backups, const RetentionPolicy &policy, const QDateTime &now)
{
    QSet<QString> kept = keepAmong(backups, policy, now);
    QList<RetainedBackup> intact;
    for (const RetainedBackup &backup : std::as_const(backups)) {
        if (!backup.damaged)
            intact.append(backup);
    }
    if (intact.size() != backups.size())
        kept.unite(keepAmong(intact, policy, now));
    return kept;
}

} // namespace saasodoo::backup
