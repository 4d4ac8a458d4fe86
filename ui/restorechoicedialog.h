// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupinspection.h"

#include <QDialog>

#include <utility>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saasodoo::ui {
class FormChecks;
}

namespace saasodoo::ui {

// A tenant that a backup restored as a new instance can go to.
struct RestoreTenant
{
    QString id;
    QString displayName;
    QString slug; // matched against the backup's database name
};

// An instance that a backup opened from a file can be restored into.
struct RestoreTarget
{
    QString id;
    QString name;
    QString series; // the instance's Odoo version, such as "17.0"
    QString tenantName;
    QString customerName;
    QString databaseName; // compared with the backup's to propose "moved"
};

// The destinations of a dropped backup: the instance it was dropped on, and
// the tenants and hosts a new instance can use.
struct RestoreDestinations
{
    QString targetName; // the instance under the drop; empty when none
    QString targetSeries; // that instance's Odoo version, such as "17.0"
    QString targetDatabase; // that instance's database name
    QList<RestoreTenant> tenants;
    // With no targetName, the instances offered for "Restore into": those
    // whose state allows a restore.
    QList<RestoreTarget> instances;
    QList<std::pair<QString, QString>> hosts; // id and display name
    // The limits proposed for a new instance: those of the one catalogued
    // instance whose database the backup names, else core's defaults for a
    // restore as a new instance.
    double cpuLimit = 1.0;
    qint64 memoryLimitBytes = 2LL * 1024 * 1024 * 1024;
};

// Shows what a dropped backup contains (Odoo version, database name,
// module count, size) and what stops it from being restored. The admin then
// picks the instance it was dropped on, or a new instance, and nothing runs
// before that choice.
class RestoreChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancelled, AsNewInstance, IntoInstance };

    RestoreChoiceDialog(const BackupInspection &backup, const RestoreDestinations &destinations,
        QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString newInstanceName() const;
    QString tenantId() const;
    QString tenantSlug() const;
    // The chosen host's id, or empty for "Automatic": the core then picks the
    // active host with the most free memory that fits.
    QString hostId() const;
    // The Odoo series of the new instance: the backup's own, or the one
    // chosen for a dump that records none.
    QString odooVersion() const;
    double cpuLimit() const;
    qint64 memoryLimitBytes() const; // 0 when the field is invalid
    bool neutralize() const;
    // For a restore into an instance: keep the backup's database.uuid and
    // database.secret because the database moved here. Checked at first
    // when the backup's database name is the target's.
    bool moved() const;
    // The instance chosen from `instances`, or empty when the target was
    // given (a drop on a row) or none was chosen.
    QString chosenTargetId() const;
    // Why the backup cannot go into the target, or empty.
    QString intoProblem() const { return m_intoProblem; }
    // The text of an instance in the "Into an existing instance" chooser,
    // which names its tenant and customer, since names repeat across tenants.
    static QString describeTarget(const RestoreTarget &target);

    static QString describe(const BackupInspection &backup);
    // The id of the tenant whose slug begins the backup's database name, as
    // in the "<slug>_<instance>" names the console gives databases; the
    // longest slug wins. With a single tenant, that tenant. Otherwise empty.
    static QString proposeTenant(const QString &databaseName, const QList<RestoreTenant> &tenants);
    // A name for the new instance: the database name without the proposed
    // tenant's slug prefix, in the letters instance names take, plus "-copy".
    static QString proposeName(const QString &databaseName, const QString &tenantSlug);

private:
    void updateButtons();
    // The database name of the instance chosen or given for "Restore into".
    QString intoDatabase() const;

    BackupInspection m_backup;
    RestoreDestinations m_destinations;
    Choice m_choice = Cancelled;
    QString m_intoProblem;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_host = nullptr;
    QComboBox *m_series = nullptr; // read-only when the backup records its series
    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QComboBox *m_intoTarget = nullptr; // only without a fixed target
    QCheckBox *m_neutralize = nullptr;
    QCheckBox *m_moved = nullptr;
    QString m_backupDatabase; // the manifest's db_name; empty for a dump
    QString m_movedProposedFor; // the target whose database set m_moved's proposal
    QLabel *m_intoReason = nullptr; // why "Restore into" is unavailable
    FormChecks *m_checks = nullptr; // the new instance's fields
    QPushButton *m_asNew = nullptr;
    QPushButton *m_into = nullptr;
};

} // namespace saasodoo::ui
