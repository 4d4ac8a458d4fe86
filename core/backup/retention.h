// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace saasodoo::backup {

// How many backups to keep per period: the newest backup of each of the
// `daily` most recent days that have one, of each of the `weekly` most
// recent ISO weeks and of each of the `monthly` most recent months. The
// defaults are Odoo.sh's policy for production databases.
struct RetentionPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 3;
};

struct RetainedBackup
{
    QString id;
    QDateTime createdAt; // UTC
};

// Returns the ids to keep. A backup kept by any rule stays, and the newest
// backup always stays, so a policy of zeros never deletes the last copy.
// Periods are counted in UTC. Backups with the same time are ordered by id
// so that the result does not depend on the input order.
QSet<QString> backupsToKeep(QList<RetainedBackup> backups, const RetentionPolicy &policy);

} // namespace saasodoo::backup
