// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace saasodoo::ui {

class FormChecks;

// The modules to update on one instance, checked by the catalog's module
// name rules before OK is enabled.
class UpdateModulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UpdateModulesDialog(const QString &instanceName, QWidget *parent = nullptr);

    QStringList modules() const;
    // The current validation error, or empty when the input is valid.
    QString problem() const { return m_problem; }
    QLineEdit *modulesEdit() const { return m_modules; }

private:
    void validate();

    QLineEdit *m_modules = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
};

// New CPU and memory limits for one instance, checked by the catalog's
// rules before OK is enabled. With a capacity check set, OK also waits for
// that check of the current values to pass.
class LimitsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Checks limits against the tenant's plan and the host's free capacity
    // (provisioning::checkLimits). It runs on a worker thread, so it must
    // not touch the dialog.
    using CapacityCheck = std::function<Status(double cpuCores, qint64 memoryBytes)>;

    LimitsDialog(const QString &instanceName, double cpuCores, qint64 memoryBytes, QWidget *parent = nullptr);

    // Runs `check` on a worker for the current values, and again after
    // each change once the values pass the catalog's rules.
    void setCapacityCheck(CapacityCheck check);

    double cpuCores() const;
    qint64 memoryBytes() const { return m_memoryBytes; }
    QString problem() const { return m_problem; }
    QDoubleSpinBox *cpuEdit() const { return m_cpu; }
    QLineEdit *memoryEdit() const { return m_memory; }
    // Whether a capacity check of the current values is still running.
    bool checkingCapacity() const { return m_checking; }

signals:
    // A capacity check of the current values finished, and the form shows its result.
    void capacityChecked();

private:
    void validate();
    void startCapacityCheck();

    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_memoryBytes = 0;
    QString m_problem;
    CapacityCheck m_capacityCheck;
    int m_checkGeneration = 0; // drops the result of a check of values changed since
    bool m_checking = false;
};

// An instance's own environment variables, one KEY=value per line, checked
// by the catalog's rules before OK is enabled.
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT

public:
    EnvironmentDialog(const QString &instanceName, const QMap<QString, QString> &environment,
        QWidget *parent = nullptr);

    QMap<QString, QString> environment() const { return m_environment; }
    QString problem() const { return m_problem; }
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void validate();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<QString, QString> m_environment;
    QString m_problem;
};

// The name of the instance that "Restore as new instance" creates in the
// backup's tenant. It is checked inline as the restore job checks it: the
// name itself, the database name and subdomain derived from it, and that
// no other instance of the tenant uses it.
class RestoreNameDialog final : public QDialog
{
    Q_OBJECT

public:
    // `tenantSlug` is empty when the backup's instance is gone from the
    // catalog; then only the name itself is checked. `usedNames` are the
    // names of the tenant's instances.
    RestoreNameDialog(const QString &backupLabel, const QString &odooVersion, const QString &tenantSlug,
        const QStringList &usedNames, const QString &proposal, QWidget *parent = nullptr);

    QString name() const;
    // The current validation error, or empty when the name is valid.
    QString problem() const;
    QLineEdit *nameEdit() const { return m_name; }

    // Returns `base` when no name in `used` equals it, else the first of
    // "<base>-2", "<base>-3", … that is free.
    static QString freeName(const QString &base, const QStringList &used);

private:
    Status check() const;

    QString m_tenantSlug;
    QStringList m_usedNames;
    QLineEdit *m_name = nullptr;
    FormChecks *m_checks = nullptr;
};

} // namespace saasodoo::ui
