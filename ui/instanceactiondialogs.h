// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace saasodoo::ui {

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
// rules before OK is enabled.
class LimitsDialog final : public QDialog
{
    Q_OBJECT

public:
    LimitsDialog(const QString &instanceName, double cpuCores, qint64 memoryBytes, QWidget *parent = nullptr);

    double cpuCores() const;
    qint64 memoryBytes() const { return m_memoryBytes; }
    QString problem() const { return m_problem; }
    QDoubleSpinBox *cpuEdit() const { return m_cpu; }
    QLineEdit *memoryEdit() const { return m_memory; }

private:
    void validate();

    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_memoryBytes = 0;
    QString m_problem;
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

} // namespace saasodoo::ui
