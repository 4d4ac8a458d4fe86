// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceactiondialogs.h"

#include "discardguard.h"
#include "formchecks.h"
#include "statuscolors.h"
#include "statustext.h"
#include "workerpools.h"
#include "core/catalog/validation.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace saasodoo::ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("validationError"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    StatusColors::apply(label, StatusColors::Tone::Error);
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void showProblem(QLabel *label, QDialogButtonBox *buttons, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace

UpdateModulesDialog::UpdateModulesDialog(const QString &instanceName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("updateModulesDialog"));
    new DiscardGuard(this);
    setWindowTitle(tr("Update modules of %1").arg(instanceName));
    m_modules = new QLineEdit(this);
    m_modules->setObjectName(QStringLiteral("modules"));
    m_modules->setPlaceholderText(tr("sale, stock, account"));
    auto *help = new QLabel(tr("Odoo stops, runs its module update (-u) for these modules and starts again."), this);
    help->setWordWrap(true);
    m_error = errorLabel(this);
    m_buttons = okCancel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Modules:"), m_modules);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_modules, &QLineEdit::textChanged, this, &UpdateModulesDialog::validate);
    validate();
}

QStringList UpdateModulesDialog::modules() const
{
    QStringList names;
    for (const QString &part : m_modules->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        names.append(part.trimmed());
    return names;
}

void UpdateModulesDialog::validate()
{
    const QStringList names = modules();
    if (names.isEmpty()) {
        m_problem = tr("Enter at least one module name.");
    } else {
        const Status valid = catalog::validateModuleNames(tr("Modules"), names);
        m_problem = valid ? QString() : valid.error();
    }
    showProblem(m_error, m_buttons, m_problem);
}

LimitsDialog::LimitsDialog(const QString &instanceName, double cpuCores, qint64 memoryBytes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("limitsDialog"));
    new DiscardGuard(this);
    setWindowTitle(tr("Change limits of %1").arg(instanceName));
    m_cpu = new QDoubleSpinBox(this);
    m_cpu->setObjectName(QStringLiteral("cpu"));
    m_cpu->setDecimals(3);
    m_cpu->setRange(0, 256);
    m_cpu->setSingleStep(0.5);
    StatusText::attachCoresSuffix(m_cpu);
    m_cpu->setValue(cpuCores);
    m_memory = new QLineEdit(catalog::formatByteSize(memoryBytes), this);
    m_memory->setObjectName(QStringLiteral("memory"));
    auto *help = new QLabel(tr("The engine applies the new limits to the running container without a restart."), this);
    help->setWordWrap(true);
    m_error = errorLabel(this);
    m_buttons = okCancel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&CPU:"), m_cpu);
    form->addRow(tr("&Memory:"), m_memory);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, this, &LimitsDialog::validate);
    connect(m_memory, &QLineEdit::textChanged, this, &LimitsDialog::validate);
    validate();
}

double LimitsDialog::cpuCores() const
{
    return m_cpu->value();
}

void LimitsDialog::setCapacityCheck(CapacityCheck check)
{
    m_capacityCheck = std::move(check);
    validate();
}

void LimitsDialog::validate()
{
    m_problem.clear();
    if (const Status cpu = catalog::validateCpu(tr("CPU"), m_cpu->value()); !cpu) {
        m_problem = cpu.error();
    } else if (const Result<qint64> bytes = catalog::parseByteSize(tr("Memory"), m_memory->text()); !bytes) {
        m_problem = bytes.error();
    } else if (const Status memory = catalog::validateMemoryLimit(tr("Memory"), bytes.value()); !memory) {
        m_problem = memory.error();
    } else {
        m_memoryBytes = bytes.value();
    }
    ++m_checkGeneration;
    m_checking = false;
    showProblem(m_error, m_buttons, m_problem);
    if (m_problem.isEmpty() && m_capacityCheck)
        startCapacityCheck();
}

void LimitsDialog::startCapacityCheck()
{
    // OK waits for the check, because a job with limits the plan or the
    // host cannot take would only fail.
    m_checking = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    StatusColors::apply(m_error, StatusColors::Tone::Normal);
    m_error->setText(tr("Checking the limits against the plan and the host's free capacity…"));
    m_error->setVisible(true);
    const int generation = m_checkGeneration;
    QtConcurrent::run(enginePool(), m_capacityCheck, m_cpu->value(), m_memoryBytes)
        .then(this, [this, generation](const Status &fits) {
            if (generation != m_checkGeneration)
                return;
            m_checking = false;
            m_problem = fits ? QString() : fits.error();
            StatusColors::apply(m_error, StatusColors::Tone::Error);
            showProblem(m_error, m_buttons, m_problem);
            emit capacityChecked();
        });
}

EnvironmentDialog::EnvironmentDialog(const QString &instanceName, const QMap<QString, QString> &environment,
    QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("environmentDialog"));
    new DiscardGuard(this);
    setWindowTitle(tr("Environment variables of %1").arg(instanceName));
    QStringList lines;
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    m_editor = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    m_editor->setObjectName(QStringLiteral("environment"));
    auto *help = new QLabel(tr("One KEY=value per line. Saving recreates the container on the same volume, so Odoo "
                               "restarts."),
        this);
    help->setWordWrap(true);
    m_error = errorLabel(this);
    m_buttons = okCancel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EnvironmentDialog::validate);
    validate();
}

void EnvironmentDialog::validate()
{
    m_problem.clear();
    QMap<QString, QString> parsed;
    const QStringList lines = m_editor->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && m_problem.isEmpty(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            m_problem = tr("Line %1 is invalid: write KEY=value.").arg(i + 1);
            break;
        }
        const QString key = line.left(equals).trimmed();
        if (parsed.contains(key))
            m_problem = tr("Line %1 sets %2 a second time.").arg(i + 1).arg(key);
        parsed.insert(key, line.mid(equals + 1));
    }
    if (m_problem.isEmpty()) {
        if (const Status valid = catalog::validateEnvironment(parsed); !valid)
            m_problem = valid.error();
    }
    if (m_problem.isEmpty())
        m_environment = parsed;
    showProblem(m_error, m_buttons, m_problem);
}

RestoreNameDialog::RestoreNameDialog(const QString &backupLabel, const QString &odooVersion,
    const QString &tenantSlug, const QStringList &usedNames, const QString &proposal, QWidget *parent)
    : QDialog(parent)
    , m_tenantSlug(tenantSlug)
    , m_usedNames(usedNames)
{
    setObjectName(QStringLiteral("restoreNameDialog"));
    new DiscardGuard(this);
    setWindowTitle(tr("Restore as new instance"));
    auto *help = new QLabel(tr("Restores the backup %1 (Odoo %2) as a new instance on the same tenant and host.")
                                .arg(backupLabel, odooVersion),
        this);
    help->setWordWrap(true);
    m_name = new QLineEdit(proposal, this);
    m_name->setObjectName(QStringLiteral("newInstanceName"));
    m_checks = new FormChecks(this);
    auto *buttons = okCancel(this);

    auto *form = new QFormLayout;
    m_checks->addRow(form, tr("&Name:"), m_name, [this] { return check(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_checks->controlButton(buttons->button(QDialogButtonBox::Ok));
    connect(m_name, &QLineEdit::textChanged, m_checks, &FormChecks::validate);
    // A proposal that is already invalid shows its error at once.
    if (!proposal.isEmpty())
        m_checks->validate();
}

QString RestoreNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString RestoreNameDialog::problem() const
{
    return check().error();
}

Status RestoreNameDialog::check() const
{
    const QString value = name();
    if (m_tenantSlug.isEmpty())
        return catalog::validateInstanceName(value);
    if (const Status valid = catalog::validateNewInstanceName(m_tenantSlug, value); !valid)
        return valid;
    if (m_usedNames.contains(value))
        return makeError(tr("Instance name \"%1\" is already used in tenant %2. Choose another name.")
                             .arg(value, m_tenantSlug));
    return {};
}

QString RestoreNameDialog::freeName(const QString &base, const QStringList &used)
{
    QString candidate = base;
    for (int suffix = 2; used.contains(candidate); ++suffix)
        candidate = QStringLiteral("%1-%2").arg(base).arg(suffix);
    return candidate;
}

} // namespace saasodoo::ui
