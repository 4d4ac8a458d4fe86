// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorechoicedialog.h"

#include "discardguard.h"
#include "formchecks.h"
#include "statuscolors.h"
#include "statustext.h"

#include "core/catalog/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace saasodoo::ui {

RestoreChoiceDialog::RestoreChoiceDialog(const BackupInspection &backup, const RestoreDestinations &destinations,
    QWidget *parent)
    : QDialog(parent)
    , m_backup(backup)
    , m_destinations(destinations)
{
    setObjectName(QStringLiteral("restoreChoiceDialog"));
    new DiscardGuard(this);
    const QString fileName = QFileInfo(backup.path).fileName();
    setWindowTitle(destinations.targetName.isEmpty()
            ? tr("Restore %1 as a new instance").arg(fileName)
            : tr("Restore %1 into %2").arg(fileName, destinations.targetName));

    auto *found = new QLabel(describe(backup), this);
    found->setObjectName(QStringLiteral("foundDescription"));
    found->setWordWrap(true);
    found->setTextFormat(Qt::RichText);

    // Incompatibilities are listed before anything can run.
    if (!destinations.targetName.isEmpty()) {
        if (!backup.validationError.isEmpty()) {
            m_intoProblem = backup.validationError;
        } else {
            const Status series = backup::checkSeries(backup.summary, destinations.targetSeries);
            if (!series)
                m_intoProblem = series.error();
        }
    }
    QStringList problems;
    if (!backup.validationError.isEmpty())
        problems.append(tr("The restore engine rejects this file: %1").arg(backup.validationError));
    else if (!m_intoProblem.isEmpty())
        problems.append(m_intoProblem);
    auto *problemLabel = new QLabel(this);
    problemLabel->setObjectName(QStringLiteral("problems"));
    problemLabel->setWordWrap(true);
    problemLabel->setTextFormat(Qt::RichText);
    problemLabel->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        QStringList escaped;
        for (const QString &problem : std::as_const(problems))
            escaped.append(problem.toHtmlEscaped());
        problemLabel->setText(escaped.join(QStringLiteral("<br>")));
        StatusColors::apply(problemLabel, StatusColors::Tone::Error);
    }

    auto *newGroup = new QGroupBox(tr("As a new instance"), this);
    m_name = new QLineEdit(newGroup);
    m_name->setObjectName(QStringLiteral("newInstanceName"));
    const QString databaseName = backup.summary.databaseName.isEmpty()
        ? backup.manifest.value(QStringLiteral("db_name")).toString()
        : backup.summary.databaseName;
    m_backupDatabase = databaseName;
    m_tenant = new QComboBox(newGroup);
    m_tenant->setObjectName(QStringLiteral("tenant"));
    // An empty first entry, so that no tenant is taken without a choice.
    m_tenant->addItem(tr("Choose a tenant"), QString());
    for (const RestoreTenant &tenant : destinations.tenants)
        m_tenant->addItem(tenant.displayName, tenant.id);
    const QString proposedTenant = proposeTenant(databaseName, destinations.tenants);
    if (const int proposed = m_tenant->findData(proposedTenant); proposed > 0)
        m_tenant->setCurrentIndex(proposed);
    QString proposedSlug;
    for (const RestoreTenant &tenant : destinations.tenants) {
        if (tenant.id == proposedTenant)
            proposedSlug = tenant.slug;
    }
    m_name->setText(
        proposeName(databaseName.isEmpty() ? QFileInfo(backup.path).completeBaseName() : databaseName, proposedSlug));
    m_host = new QComboBox(newGroup);
    m_host->setObjectName(QStringLiteral("host"));
    // "Automatic" comes first: the core then picks the active host with the
    // most free memory that fits the limits, as instance create does.
    m_host->addItem(tr("Automatic: the host with the most free memory"), QString());
    for (const auto &[id, name] : destinations.hosts)
        m_host->addItem(name, id);
    m_series = new QComboBox(newGroup);
    m_series->setObjectName(QStringLiteral("odooVersion"));
    if (const QString recorded = backup.summary.odooVersion; !recorded.isEmpty()) {
        m_series->addItem(tr("Odoo %1").arg(recorded), recorded);
        m_series->setEnabled(false);
        m_series->setToolTip(tr("The backup records Odoo %1, and Odoo cannot open a database of another version.")
                                 .arg(recorded));
    } else {
        m_series->addItem(tr("Choose a series"), QString());
        for (const QString &series : catalog::supportedOdooVersions())
            m_series->addItem(tr("Odoo %1").arg(series), series);
        m_series->setToolTip(tr("The file records no Odoo version: choose the series of the database it contains."));
    }
    m_cpu = new QDoubleSpinBox(newGroup);
    m_cpu->setObjectName(QStringLiteral("cpu"));
    m_cpu->setRange(0, 256);
    m_cpu->setDecimals(2);
    m_cpu->setSingleStep(0.5);
    m_cpu->setValue(destinations.cpuLimit);
    StatusText::attachCoresSuffix(m_cpu);
    m_memory = new QLineEdit(catalog::formatByteSize(destinations.memoryLimitBytes), newGroup);
    m_memory->setObjectName(QStringLiteral("memory"));
    m_neutralize = new QCheckBox(tr("Neutralize the copy: disable outgoing mail and scheduled actions"), newGroup);
    m_neutralize->setObjectName(QStringLiteral("neutralize"));
    auto *form = new QFormLayout(newGroup);
    m_checks = new FormChecks(this);
    m_checks->addRow(form, tr("&Name:"), m_name, [this] {
        // With a tenant, the database name and subdomain derived from the
        // name are checked too, as the restore job checks them.
        return tenantId().isEmpty() ? catalog::validateInstanceName(newInstanceName())
                                    : catalog::validateNewInstanceName(tenantSlug(), newInstanceName());
    });
    m_checks->addRow(form, tr("&Tenant:"), m_tenant, [this]() -> Status {
        if (m_destinations.tenants.isEmpty())
            return Error { tr("No tenant exists: add one in the Tenants pane first.") };
        if (tenantId().isEmpty())
            return Error { tr("Choose the tenant that the new instance belongs to.") };
        return {};
    });
    form->addRow(tr("&Host:"), m_host);
    m_checks->addRow(form, tr("&Odoo version:"), m_series, [this]() -> Status {
        if (odooVersion().isEmpty())
            return Error { tr("Choose the Odoo series of the new instance: the file records no version.") };
        return {};
    });
    m_checks->addRow(form, tr("&CPU:"), m_cpu, [this] { return catalog::validateCpu(tr("CPU limit"), cpuLimit()); });
    m_checks->addRow(form, tr("&Memory:"), m_memory, [this]() -> Status {
        const Result<qint64> bytes = catalog::parseByteSize(tr("Memory limit"), m_memory->text());
        if (!bytes)
            return makeError(bytes.error());
        return catalog::validateMemoryLimit(tr("Memory limit"), *bytes);
    });
    form->addRow(m_neutralize);

    // Without a target under the drop (a file opened from the menu or the
    // command line), the admin picks the instance to restore into.
    auto *intoGroup = new QGroupBox(tr("Into an existing instance"), this);
    auto *intoForm = new QFormLayout(intoGroup);
    if (destinations.targetName.isEmpty() && !destinations.instances.isEmpty()) {
        m_intoTarget = new QComboBox(intoGroup);
        m_intoTarget->setObjectName(QStringLiteral("intoInstance"));
        m_intoTarget->addItem(tr("Choose an instance"), QString());
        for (const RestoreTarget &target : destinations.instances)
            m_intoTarget->addItem(describeTarget(target), target.id);
        intoForm->addRow(tr("I&nstance:"), m_intoTarget);
        connect(m_intoTarget, &QComboBox::currentIndexChanged, this, &RestoreChoiceDialog::updateButtons);
    }
    // Odoo's database manager asks "moved or copied?" too: a copy gets a new
    // database.uuid and database.secret, so two live databases never share them.
    m_moved = new QCheckBox(tr("The database moved here: keep its database.uuid and database.secret"), intoGroup);
    m_moved->setObjectName(QStringLiteral("moved"));
    m_moved->setToolTip(tr("Leave it unchecked for a copy, such as a test restore of another instance's backup: the "
                           "instance then gets a new database.uuid and database.secret. Checked at first when the "
                           "backup's database name is the instance's."));
    intoForm->addRow(m_moved);
    m_intoReason = new QLabel(intoGroup);
    m_intoReason->setObjectName(QStringLiteral("intoReason"));
    m_intoReason->setWordWrap(true);
    StatusColors::apply(m_intoReason, StatusColors::Tone::Error);
    m_intoReason->setVisible(false);
    intoForm->addRow(m_intoReason);
    intoGroup->setVisible(!destinations.targetName.isEmpty() || !destinations.instances.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_asNew = buttons->addButton(tr("Restore as &new instance"), QDialogButtonBox::AcceptRole);
    m_asNew->setObjectName(QStringLiteral("restoreAsNew"));
    m_into = buttons->addButton(destinations.targetName.isEmpty() ? tr("Restore &into an instance")
                                                                  : tr("Restore &into %1").arg(destinations.targetName),
        QDialogButtonBox::AcceptRole);
    m_into->setObjectName(QStringLiteral("restoreInto"));
    // Enter must never start a restore: a restore into an instance replaces
    // its data, and one as a new instance needs its fields read first. So no
    // restore button becomes the default, not even when it has the focus.
    m_asNew->setAutoDefault(false);
    m_into->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setDefault(true);
    connect(m_asNew, &QPushButton::clicked, this, [this] {
        m_choice = AsNewInstance;
        accept();
    });
    connect(m_into, &QPushButton::clicked, this, [this] {
        m_choice = IntoInstance;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RestoreChoiceDialog::updateButtons);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &RestoreChoiceDialog::updateButtons);
    connect(m_series, &QComboBox::currentIndexChanged, this, &RestoreChoiceDialog::updateButtons);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, this, &RestoreChoiceDialog::updateButtons);
    connect(m_memory, &QLineEdit::textChanged, this, &RestoreChoiceDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(found);
    layout->addWidget(problemLabel);
    layout->addWidget(newGroup);
    layout->addWidget(intoGroup);
    layout->addWidget(buttons);
    updateButtons();
}

QString RestoreChoiceDialog::newInstanceName() const
{
    return m_name->text().trimmed();
}

QString RestoreChoiceDialog::tenantId() const
{
    return m_tenant->currentData().toString();
}

QString RestoreChoiceDialog::tenantSlug() const
{
    for (const RestoreTenant &tenant : m_destinations.tenants) {
        if (tenant.id == tenantId())
            return tenant.slug;
    }
    return {};
}

QString RestoreChoiceDialog::hostId() const
{
    return m_host->currentData().toString();
}

QString RestoreChoiceDialog::odooVersion() const
{
    return m_series->currentData().toString();
}

double RestoreChoiceDialog::cpuLimit() const
{
    return m_cpu->value();
}

qint64 RestoreChoiceDialog::memoryLimitBytes() const
{
    const Result<qint64> bytes = catalog::parseByteSize(tr("Memory limit"), m_memory->text());
    return bytes ? bytes.value() : 0;
}

QString RestoreChoiceDialog::describeTarget(const RestoreTarget &target)
{
    return tr("%1 (tenant %2, customer %3, Odoo %4)").arg(target.name, target.tenantName, target.customerName,
        target.series);
}

QString RestoreChoiceDialog::chosenTargetId() const
{
    return m_intoTarget ? m_intoTarget->currentData().toString() : QString();
}

bool RestoreChoiceDialog::neutralize() const
{
    return m_neutralize->isChecked();
}

bool RestoreChoiceDialog::moved() const
{
    return m_moved->isChecked();
}

QString RestoreChoiceDialog::intoDatabase() const
{
    if (!m_destinations.targetName.isEmpty())
        return m_destinations.targetDatabase;
    for (const RestoreTarget &target : m_destinations.instances) {
        if (target.id == chosenTargetId())
            return target.databaseName;
    }
    return {};
}

void RestoreChoiceDialog::updateButtons()
{
    // The proposal follows the target, and a choice the admin made stays
    // until another target is picked.
    const QString target = m_destinations.targetName.isEmpty() ? chosenTargetId() : m_destinations.targetName;
    if (target != m_movedProposedFor) {
        m_movedProposedFor = target;
        const QString database = intoDatabase();
        m_moved->setChecked(!database.isEmpty() && database == m_backupDatabase);
    }

    if (m_destinations.targetName.isEmpty() && m_intoTarget) {
        const QString chosen = chosenTargetId();
        QString problem;
        QString chosenName;
        if (!m_backup.validationError.isEmpty()) {
            problem = m_backup.validationError;
        } else if (chosen.isEmpty()) {
            problem = tr("Choose the instance to restore into.");
        } else {
            for (const RestoreTarget &target : std::as_const(m_destinations.instances)) {
                if (target.id != chosen)
                    continue;
                chosenName = target.name;
                if (const Status series = backup::checkSeries(m_backup.summary, target.series); !series)
                    problem = series.error();
            }
        }
        m_into->setEnabled(problem.isEmpty());
        m_into->setText(chosenName.isEmpty() ? tr("Restore &into an instance") : tr("Restore &into %1").arg(chosenName));
        m_into->setToolTip(problem.isEmpty()
                ? tr("Takes a safety backup of %1, then replaces its database and files with the backup's.")
                      .arg(chosenName)
                : problem);
        // A rejected file is named above the fields already, and a missing
        // choice needs no red text, so only a problem of the chosen instance
        // shows here, such as another Odoo version.
        const bool targetProblem = !chosen.isEmpty() && !problem.isEmpty() && m_backup.validationError.isEmpty();
        m_intoReason->setText(targetProblem ? problem : QString());
        m_intoReason->setVisible(targetProblem);
    } else if (m_destinations.targetName.isEmpty()) {
        m_into->setEnabled(false);
        m_into->setToolTip(tr("No instance's state allows a restore. Drop the file on an instance's row, or "
                              "select one and choose Restore into this instance from file."));
    } else if (!m_intoProblem.isEmpty()) {
        m_into->setEnabled(false);
        m_into->setToolTip(m_intoProblem);
    } else {
        m_into->setEnabled(true);
        m_into->setToolTip(tr("Takes a safety backup of %1, then replaces its database and files with the "
                              "backup's.")
                               .arg(m_destinations.targetName));
    }

    // The fields are flagged only once the backup itself can be restored.
    QString newProblem;
    if (!m_backup.validationError.isEmpty())
        newProblem = tr("The restore engine rejects this file: %1").arg(m_backup.validationError);
    else if (m_destinations.tenants.isEmpty() || m_destinations.hosts.isEmpty())
        newProblem = tr("A new instance needs a tenant and a host: add them first.");
    else if (!m_checks->validate())
        newProblem = m_checks->firstError();
    m_asNew->setEnabled(newProblem.isEmpty());
    m_asNew->setToolTip(newProblem);
}

QString RestoreChoiceDialog::proposeTenant(const QString &databaseName, const QList<RestoreTenant> &tenants)
{
    if (tenants.size() == 1)
        return tenants.first().id;
    const QString database = databaseName.trimmed().toLower();
    QString proposed;
    qsizetype longest = 0;
    for (const RestoreTenant &tenant : tenants) {
        QString slug = tenant.slug.toLower();
        slug.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (slug.isEmpty() || slug.size() <= longest)
            continue;
        if (database == slug || database.startsWith(slug + QLatin1Char('_'))) {
            proposed = tenant.id;
            longest = slug.size();
        }
    }
    return proposed;
}

QString RestoreChoiceDialog::proposeName(const QString &databaseName, const QString &tenantSlug)
{
    QString name = databaseName.trimmed().toLower();
    QString prefix = tenantSlug.toLower();
    prefix.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!prefix.isEmpty() && name.startsWith(prefix + QLatin1Char('_')) && name.size() > prefix.size() + 1)
        name = name.mid(prefix.size() + 1);
    // Instance names become part of a subdomain, which takes no underscore.
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9-]+"));
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    name.replace(invalid, QString());
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("restored");
    return name.left(40) + QStringLiteral("-copy");
}

QString RestoreChoiceDialog::describe(const BackupInspection &backup)
{
    const QString name = QFileInfo(backup.path).fileName().toHtmlEscaped();
    const QString size = StatusText::byteSize(backup.sizeBytes);
    if (backup.kind == BackupInspection::Kind::PgDumpCustom) {
        QString text = tr("<b>%1</b> (%2) is a pg_dump custom-format archive: a database without a filestore.")
                           .arg(name, size);
        if (!backup.validationError.isEmpty())
            return text;
        text += QStringLiteral("<br>");
        text += backup.summary.odooVersion.isEmpty()
            ? tr("It records no Odoo version (its table ir_module_module has no row for module base).")
            : tr("Odoo version: %1, read from module base in its table ir_module_module.")
                  .arg(backup.summary.odooVersion.toHtmlEscaped());
        return text;
    }

    QString text = tr("<b>%1</b> (%2) is an Odoo backup with manifest.json and dump.sql").arg(name, size);
    text += backup.hasFilestore ? tr(", and a filestore.") : tr(", without a filestore.");
    const QJsonObject &manifest = backup.manifest;
    if (!manifest.isEmpty()) {
        const QString version = backup.summary.odooVersion.isEmpty()
            ? manifest.value(QStringLiteral("version")).toString()
            : backup.summary.odooVersion;
        const int modules = backup.moduleCount > 0
            ? backup.moduleCount
            : int(manifest.value(QStringLiteral("modules")).toObject().size());
        text += QStringLiteral("<br>");
        text += tr("Odoo version: %1. Database: %2. Modules: %3. PostgreSQL version: %4.")
                    .arg(version.toHtmlEscaped(),
                        manifest.value(QStringLiteral("db_name")).toString().toHtmlEscaped(),
                        QString::number(modules),
                        manifest.value(QStringLiteral("pg_version")).toString().toHtmlEscaped());
    }
    return text;
}

} // namespace saasodoo::ui
