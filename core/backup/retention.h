// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace saasodoo::backup {

// The number of period slots for scheduled backups. Each slot keeps the
// newest scheduled backup of one of the `daily` most recent days that have
// one, the `weekly` most recent ISO weeks or the `monthly` most recent
// months. The defaults are Odoo.sh's policy for production databases.
struct RetentionPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 3;
};

// Derives the period slots from a plan's backup retention in days, capped
// at the built-in defaults: min(7, days) daily, min(4, days / 7) weekly and
// min(3, days / 31) monthly slots. With one scheduled backup a day, the k-th
// weekly slot keeps a backup less than 7k days old and the k-th monthly slot
// one at most 31k days old, so no slot keeps a backup older than `days`. The
// same bounds hold for the expiry of manual and safety backups, which ends
// the policy's longest window. Days of 0 or less give the built-in defaults.
// NOTE: slots count the periods that have a backup, so when scheduled
// backups are rarer than daily, the kept ones can be older than `days`.
RetentionPolicy retentionForPlanDays(int days);

// A backup that a restore read stays at least this long after the restore,
// whatever its kind, slot or expiry.
inline constexpr int restoreHoldDays = 14;
// Retention removes the record of a failed backup that has no expiry of
// its own (a scheduled one, for example) this many days after it was made.
inline constexpr int failedRecordDays = 30;

struct RetainedBackup
{
    QString id;
    QDateTime createdAt; // UTC
    // True for scheduled backups, which the period slots rank. Manual and
    // safety backups are not ranked: they stay until `expiresAt`.
    bool ranked = true;
    QDateTime expiresAt; // unranked backups only; null: kept until deleted
    bool restoredRecently = false; // a restore read it in the last restoreHoldDays days
    bool damaged = false; // its last verification failed for every copy
};

// Returns the ids to keep. A scheduled backup stays while a period slot
// keeps it. A manual or safety backup stays until its expiry has passed at
// `now`. A backup restored from recently stays, and the newest backup of any
// kind always stays, so a policy of zeros never deletes the last copy.
// A damaged backup takes no slot and is not that newest backup, so it never
// pushes out an intact one. It still stays while it would stay undamaged.
// Periods are counted in UTC. Backups with the same time are ordered by id
// so that the result does not depend on the input order.
QSet<QString> backupsToKeep(QList<RetainedBackup> backups, const RetentionPolicy &policy, const QDateTime &now);

} // namespace saasodoo::backup
