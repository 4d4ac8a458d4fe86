// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdialog.h"

#include "discardguard.h"
#include "connectiontests.h"
#include "formchecks.h"
#include "statuscolors.h"
#include "workerpools.h"

#include "core/catalog/validation.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/instanceplan.h"
#include "core/secrets/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace saasodoo::ui {

using catalog::Host;

namespace {

QLineEdit *makeEdit(QWidget *parent, const QString &name, const QString &text, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *makeResultLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showResult(QLabel *label, bool ok, const QString &text)
{
    StatusColors::apply(label, ok ? StatusColors::Tone::Success : StatusColors::Tone::Error);
    label->setText(text);
    // A result of several lines must show whole. The form layout does not
    // pass the height a wrapped label needs up to the dialog, so that height,
    // at the label's current width, becomes its minimum and the dialog grows.
    // NOTE: a dialog made narrower afterwards can still cut the last line.
    label->setMinimumHeight(label->heightForWidth(qMax(label->width(), label->sizeHint().width())));
    QWidget *window = label->window();
    if (QLayout *layout = window->layout()) {
        layout->activate();
        if (window->minimumHeight() > window->height())
            window->resize(window->width(), window->minimumHeight());
    }
}

// A test button on its own row, with its result wrapping below it across
// the whole width of the form.
void addTestRow(QFormLayout *form, QPushButton *button, QLabel *result)
{
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    form->addRow(row);
    form->addRow(result);
}

} // namespace

HostDialog::HostDialog(const Host &host, secrets::SecretStore *secrets, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_original(host)
    , m_secrets(secrets)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("hostDialog"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });
    setWindowTitle(host.id.isEmpty() ? tr("Add host") : tr("Edit host %1").arg(host.name));

    m_name = makeEdit(this, QStringLiteral("name"), host.name, tr("harare-1"));
    m_endpoint = makeEdit(this, QStringLiteral("dockerEndpoint"), host.dockerEndpoint,
        tr("unix:///var/run/docker.sock or tcp://docker.example.co.zw:2376"));
    m_tlsCa = makeEdit(this, QStringLiteral("tlsCa"), host.tlsCaPath, tr("ca.pem path or keychain:<key>"));
    m_tlsCert = makeEdit(this, QStringLiteral("tlsCert"), host.tlsCertPath, tr("cert.pem path or keychain:<key>"));
    m_tlsKey = makeEdit(this, QStringLiteral("tlsKey"), host.tlsKeyPath, tr("key.pem path or keychain:<key>"));
    m_tlsKeyPassphrase = makeEdit(this, QStringLiteral("tlsKeyPassphrase"), {},
        tr("only for an encrypted key; kept in the keychain"));
    m_tlsKeyPassphrase->setEchoMode(QLineEdit::Password);
    m_tlsServerName = makeEdit(this, QStringLiteral("tlsServerName"), host.tlsServerName,
        tr("only when the certificate names another host"));
    m_pgHost = makeEdit(this, QStringLiteral("pgHost"), host.pgHost, tr("db.example.co.zw"));
    m_pgPort = new QSpinBox(this);
    m_pgPort->setObjectName(QStringLiteral("pgPort"));
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(host.pgPort);
    m_pgUser = makeEdit(this, QStringLiteral("pgUser"), host.pgAdminUser, tr("saasodoo_admin"));
    m_pgPassword = makeEdit(this, QStringLiteral("pgPassword"), {},
        host.id.isEmpty() ? QString() : tr("unchanged (stored in the keychain)"));
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgContainerHost = makeEdit(this, QStringLiteral("pgContainerHost"), host.pgContainerHost,
        tr("the PostgreSQL address as containers see it"));
    m_allowSuperuser = new QCheckBox(tr("Allow a &superuser role (not recommended)"), this);
    m_allowSuperuser->setObjectName(QStringLiteral("allowSuperuser"));
    m_allowSuperuser->setChecked(host.allowSuperuserOverride);
    m_baseDomain = makeEdit(this, QStringLiteral("baseDomain"), host.baseDomain, tr("odoo.example.co.zw"));
    m_imageRepository = makeEdit(this, QStringLiteral("imageRepository"), host.imageRepository, tr("odoo"));
    // A new host gets the network the CLI's 'host add' defaults to, so its
    // instances join the network that the PostgreSQL server admits. An
    // existing host without one keeps using the program's default.
    const QString network = host.id.isEmpty() && host.dockerNetwork.isEmpty()
        ? provisioning::defaultDockerNetwork()
        : host.dockerNetwork;
    m_dockerNetwork = makeEdit(this, QStringLiteral("dockerNetwork"), network,
        tr("empty for the console's default network"));
    m_portStart = new QSpinBox(this);
    m_portStart->setObjectName(QStringLiteral("portStart"));
    m_portStart->setRange(0, 65535);
    m_portStart->setSpecialValueText(tr("none"));
    m_portStart->setValue(host.portRangeStart);
    m_portEnd = new QSpinBox(this);
    m_portEnd->setObjectName(QStringLiteral("portEnd"));
    m_portEnd->setRange(0, 65535);
    m_portEnd->setSpecialValueText(tr("none"));
    m_portEnd->setValue(host.portRangeEnd);
    m_cpu = new QDoubleSpinBox(this);
    m_cpu->setObjectName(QStringLiteral("cpuCores"));
    m_cpu->setRange(0, 1024);
    m_cpu->setDecimals(1);
    m_cpu->setValue(host.cpuCores > 0 ? host.cpuCores : 4);
    m_memory = makeEdit(this, QStringLiteral("memory"),
        catalog::formatByteSize(host.memoryBytes > 0 ? host.memoryBytes : 16LL * 1024 * 1024 * 1024), tr("16G"));

    m_checks = new FormChecks(this);

    auto *dockerForm = new QFormLayout;
    m_checks->addRow(dockerForm, tr("&Name:"), m_name, [this] {
        return catalog::validateRequiredText(tr("Host name"), m_name->text().trimmed(), 100);
    });
    m_checks->addRow(dockerForm, tr("Docker &endpoint:"), m_endpoint, [this] {
        return catalog::validateDockerEndpoint(m_endpoint->text().trimmed());
    });
    m_checks->addRow(dockerForm, tr("TLS CA certificate:"), m_tlsCa, [this] {
        return catalog::validateTlsReference(tr("TLS CA certificate"), m_tlsCa->text().trimmed());
    });
    m_checks->addRow(dockerForm, tr("TLS client certificate:"), m_tlsCert, [this] {
        return catalog::validateTlsReference(tr("TLS client certificate"), m_tlsCert->text().trimmed());
    });
    m_checks->addRow(dockerForm, tr("TLS client key:"), m_tlsKey, [this] {
        return catalog::validateTlsReference(tr("TLS client key"), m_tlsKey->text().trimmed());
    });
    dockerForm->addRow(tr("TLS key &passphrase:"), m_tlsKeyPassphrase);
    dockerForm->addRow(tr("TLS server name:"), m_tlsServerName);
    m_checks->addRow(dockerForm, tr("&Image repository:"), m_imageRepository, [this] {
        return catalog::validateImageRepository(m_imageRepository->text().trimmed());
    });
    m_checks->addRow(dockerForm, tr("Docker ne&twork:"), m_dockerNetwork, [this] {
        return catalog::validateDockerNetwork(m_dockerNetwork->text().trimmed());
    });
    m_checks->addRow(dockerForm, tr("Public &base domain:"), m_baseDomain, [this] {
        return catalog::validateDomain(tr("Public base domain"), m_baseDomain->text().trimmed().toLower());
    });
    auto *ports = new QWidget(this);
    ports->setObjectName(QStringLiteral("portRange"));
    auto *portsLayout = new QHBoxLayout(ports);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    portsLayout->addWidget(m_portStart);
    portsLayout->addWidget(new QLabel(tr("to"), ports));
    portsLayout->addWidget(m_portEnd);
    m_checks->addRow(dockerForm, tr("Published &ports:"), ports,
        [this] { return catalog::validatePortRange(m_portStart->value(), m_portEnd->value()); });
    m_checks->addRow(dockerForm, tr("&CPU cores:"), m_cpu,
        [this] { return catalog::validateCpu(tr("Host CPU cores"), m_cpu->value()); });
    m_checks->addRow(dockerForm, tr("&Memory:"), m_memory, [this]() -> Status {
        const Result<qint64> bytes = catalog::parseByteSize(tr("Host memory"), m_memory->text());
        if (!bytes)
            return makeError(bytes.error());
        return catalog::validateMemoryLimit(tr("Host memory"), *bytes);
    });
    m_testDocker = new QPushButton(tr("Test &Docker connection"), this);
    m_testDocker->setObjectName(QStringLiteral("testDocker"));
    m_dockerResult = makeResultLabel(this, QStringLiteral("dockerResult"));
    addTestRow(dockerForm, m_testDocker, m_dockerResult);

    auto *pgForm = new QFormLayout;
    m_checks->addRow(pgForm, tr("PostgreSQL &host:"), m_pgHost, [this] {
        return catalog::validateRequiredText(tr("PostgreSQL host"), m_pgHost->text().trimmed(), 253);
    });
    m_checks->addRow(pgForm, tr("Po&rt:"), m_pgPort,
        [this] { return catalog::validatePort(tr("PostgreSQL port"), m_pgPort->value()); });
    m_checks->addRow(pgForm, tr("Admin &user:"), m_pgUser, [this] {
        return catalog::validateRequiredText(tr("PostgreSQL admin user"), m_pgUser->text().trimmed(), 63);
    });
    m_checks->addRow(pgForm, tr("Pass&word:"), m_pgPassword, [this]() -> Status {
        if (m_original.id.isEmpty() && m_pgPassword->text().isEmpty())
            return makeError(tr("PostgreSQL password is missing: the console stores it in the keychain."));
        return {};
    });
    pgForm->addRow(tr("Address from &containers:"), m_pgContainerHost);
    pgForm->addRow(QString(), m_allowSuperuser);
    m_testPostgres = new QPushButton(tr("Test &PostgreSQL connection"), this);
    m_testPostgres->setObjectName(QStringLiteral("testPostgres"));
    m_postgresResult = makeResultLabel(this, QStringLiteral("postgresResult"));
    addTestRow(pgForm, m_testPostgres, m_postgresResult);

    auto *dockerBox = new QGroupBox(tr("Docker engine"), this);
    dockerBox->setLayout(dockerForm);
    auto *pgBox = new QGroupBox(tr("PostgreSQL server"), this);
    pgBox->setLayout(pgForm);

    m_saveError = makeResultLabel(this, QStringLiteral("saveError"));
    m_saving.setMessage(m_saveError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(dockerBox, 1);
    columns->addWidget(pgBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_name, m_endpoint, m_tlsCa, m_tlsCert, m_tlsKey, m_pgHost, m_pgUser, m_pgPassword,
             m_baseDomain, m_imageRepository, m_dockerNetwork, m_memory })
        connect(edit, &QLineEdit::textChanged, m_checks, &FormChecks::validate);
    for (QSpinBox *spin : { m_pgPort, m_portStart, m_portEnd })
        connect(spin, &QSpinBox::valueChanged, m_checks, &FormChecks::validate);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, m_checks, &FormChecks::validate);

    // A save error describes the fields as they were at Save, such as a
    // superuser role that the admin has since changed, so an edit clears it.
    for (QLineEdit *edit : { m_name, m_endpoint, m_tlsCa, m_tlsCert, m_tlsKey, m_tlsKeyPassphrase, m_tlsServerName,
             m_pgHost, m_pgUser, m_pgPassword, m_pgContainerHost, m_baseDomain, m_imageRepository, m_dockerNetwork,
             m_memory })
        connect(edit, &QLineEdit::textChanged, this, &HostDialog::clearSaveError);
    for (QSpinBox *spin : { m_pgPort, m_portStart, m_portEnd })
        connect(spin, &QSpinBox::valueChanged, this, &HostDialog::clearSaveError);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, this, &HostDialog::clearSaveError);
    connect(m_allowSuperuser, &QCheckBox::toggled, this, &HostDialog::clearSaveError);
    connect(m_testDocker, &QPushButton::clicked, this, &HostDialog::testDocker);
    connect(m_testPostgres, &QPushButton::clicked, this, &HostDialog::testPostgres);
    m_checks->controlButton(m_buttons->button(QDialogButtonBox::Save));
    m_checks->validate();
    // The first field in the tab order, not the last widget created.
    m_name->setFocus();
}

HostDialog::~HostDialog()
{
    m_pgPassword->clear();
    m_tlsKeyPassphrase->clear();
}

Host HostDialog::host() const
{
    Host host = m_original;
    host.name = m_name->text();
    host.dockerEndpoint = m_endpoint->text();
    host.tlsCaPath = m_tlsCa->text().trimmed();
    host.tlsCertPath = m_tlsCert->text().trimmed();
    host.tlsKeyPath = m_tlsKey->text().trimmed();
    host.tlsServerName = m_tlsServerName->text().trimmed();
    host.pgHost = m_pgHost->text();
    host.pgPort = m_pgPort->value();
    host.pgAdminUser = m_pgUser->text().trimmed();
    host.pgContainerHost = m_pgContainerHost->text();
    host.allowSuperuserOverride = m_allowSuperuser->isChecked();
    host.baseDomain = m_baseDomain->text();
    host.imageRepository = m_imageRepository->text().trimmed();
    host.dockerNetwork = m_dockerNetwork->text().trimmed();
    host.portRangeStart = m_portStart->value();
    host.portRangeEnd = m_portEnd->value();
    host.cpuCores = m_cpu->value();
    const Result<qint64> memory = catalog::parseByteSize(tr("Host memory"), m_memory->text());
    host.memoryBytes = memory.ok() ? memory.value() : 0;
    return host;
}

QString HostDialog::password() const
{
    return m_pgPassword->text();
}

QString HostDialog::tlsKeyPassphrase() const
{
    return m_tlsKeyPassphrase->text();
}

void HostDialog::setBusy(QPushButton *button, QLabel *result, bool busy)
{
    button->setEnabled(!busy);
    if (busy) {
        StatusColors::apply(result, StatusColors::Tone::Normal);
        result->setText(tr("Testing…"));
    }
}

void HostDialog::testDocker()
{
    Host candidate = host();
    catalog::normalizeAndValidate(candidate);
    setBusy(m_testDocker, m_dockerResult, true);
    auto *watcher = new QFutureWatcher<Result<ConnectionTests::DockerReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<ConnectionTests::DockerReport> report = watcher->result();
        setBusy(m_testDocker, m_dockerResult, false);
        showResult(m_dockerResult, report.ok(),
            report.ok() ? ConnectionTests::describe(report.value()) : report.error());
        watcher->deleteLater();
    });
    const QByteArray typed = m_tlsKeyPassphrase->text().toUtf8();
    secrets::SecretStore *store = m_secrets;
    watcher->setFuture(QtConcurrent::run(enginePool(), [candidate, typed, store]() -> Result<ConnectionTests::DockerReport> {
        if (!typed.isEmpty() || candidate.id.isEmpty())
            return ConnectionTests::testDocker(candidate, typed);
        // A worker thread may wait on the keychain; the store times out.
        const Result<docker::ClientOptions> options = provisioning::dockerClientOptions(candidate, store);
        if (!options)
            return makeError(options.error());
        return ConnectionTests::testDocker(candidate, options->keyPassphrase);
    }));
}

namespace {

// Runs the PostgreSQL role check of "Test PostgreSQL" on a worker thread,
// with the typed password or, when none was typed, the stored one.
Result<postgres::ConsoleRoleCheck> checkPostgresRole(const Host &candidate, const QString &typed,
    const QString &storedKey, secrets::SecretStore *store)
{
    QString password = typed;
    if (password.isEmpty() && !storedKey.isEmpty() && store) {
        // A worker thread may wait on the keychain; the store times out.
        const Result<QString> stored = store->read(storedKey).result();
        if (!stored)
            return makeError(stored.error());
        password = stored.value();
    }
    return ConnectionTests::testPostgres(candidate, password);
}

} // namespace

void HostDialog::testPostgres()
{
    Host candidate = host();
    catalog::normalizeAndValidate(candidate);
    const QString typed = m_pgPassword->text();
    const QString storedKey = candidate.id.isEmpty()
        ? QString()
        : provisioning::pgPasswordKey(candidate);
    secrets::SecretStore *store = m_secrets;
    setBusy(m_testPostgres, m_postgresResult, true);
    auto *watcher = new QFutureWatcher<Result<postgres::ConsoleRoleCheck>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<postgres::ConsoleRoleCheck> check = watcher->result();
        setBusy(m_testPostgres, m_postgresResult, false);
        showResult(m_postgresResult, check.ok(), check.ok() ? ConnectionTests::describe(check.value()) : check.error());
        // A passing role check clears the failure that Save reported.
        if (check.ok())
            clearSaveError();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [candidate, typed, storedKey, store] {
        return checkPostgresRole(candidate, typed, storedKey, store);
    }));
}

void HostDialog::clearSaveError()
{
    if (!m_saving.busy())
        m_saving.showError(QString());
}

bool HostDialog::postgresSettingsChanged(const Host &record) const
{
    return record.id.isEmpty() || !m_pgPassword->text().isEmpty() || record.pgHost != m_original.pgHost
        || record.pgPort != m_original.pgPort || record.pgAdminUser != m_original.pgAdminUser
        || record.allowSuperuserOverride != m_original.allowSuperuserOverride;
}

void HostDialog::accept()
{
    if (m_saving.busy() || !m_checks->validate())
        return;
    Host record = host();
    if (const Status valid = catalog::normalizeAndValidate(record); !valid) {
        m_saving.showError(valid.error());
        return;
    }
    // Save runs the role check of "Test PostgreSQL" whenever the connection
    // settings are new or changed, so a superuser without the override, or
    // a role that lacks CREATEDB or CREATEROLE, never reaches the catalog.
    // An edit that leaves them alone saves even while the server is down.
    const bool checkRole = postgresSettingsChanged(record);
    const QString typed = m_pgPassword->text();
    const QString storedKey = record.id.isEmpty() ? QString() : provisioning::pgPasswordKey(record);
    secrets::SecretStore *store = m_secrets;
    m_saving.run<Host>(
        [save = m_save, record, checkRole, typed, storedKey, store]() -> Result<Host> {
            if (checkRole) {
                const Result<postgres::ConsoleRoleCheck> role = checkPostgresRole(record, typed, storedKey, store);
                if (!role)
                    return makeError(tr("Host not saved: the PostgreSQL check failed. %1").arg(role.error()));
            }
            return save(record);
        },
        [this](Result<Host> saved) {
            if (!saved)
                return;
            m_saved = saved.value();
            QDialog::accept();
        });
}

void HostDialog::reject()
{
    if (!m_saving.busy())
        QDialog::reject();
}

} // namespace saasodoo::ui
