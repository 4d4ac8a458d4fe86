// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostspane.h"

#include "catalogwrite.h"
#include "consoleservices.h"
#include "hostdialog.h"
#include "hosttablemodel.h"
#include "hostwatcher.h"
#include "prompter.h"
#include "statuscolors.h"
#include "statustext.h"

#include "core/provisioning/dockeraccess.h"

#include <QAction>
#include <QLocale>
#include <QTreeView>

namespace saasodoo::ui {

using catalog::Host;
using catalog::HostStatus;

HostsPane::HostsPane(ConsoleServices *services, QWidget *parent)
    : ListPane(QStringLiteral("hostsPane"), new HostTableModel, parent)
    , m_services(services)
    , m_model(static_cast<HostTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);

    m_addAction = addPaneAction(QStringLiteral("list-add"), tr("&Add host…"), QKeySequence::New);
    m_editAction = addPaneAction(QStringLiteral("document-edit"), tr("&Edit and test…"), QKeySequence(Qt::Key_F2));
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_addAction, &QAction::triggered, this, &HostsPane::addHost);
    connect(m_editAction, &QAction::triggered, this, &HostsPane::editHost);
    connect(m_refreshAction, &QAction::triggered, this, &HostsPane::reload);
    connect(view(), &QTreeView::activated, this, &HostsPane::editHost);

    addStatusChoice(tr("All statuses"), {});
    for (HostStatus status : { HostStatus::Active, HostStatus::Maintenance, HostStatus::Retired })
        addStatusChoice(StatusText::hostStatus(status), { catalog::toString(status) });
    addStatusChoice(tr("Unreachable"), { HostTableModel::unreachableStatus() });

    updateActions();
    refreshDetails();
}

void HostsPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    m_rowsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) -> Result<QList<HostRow>> {
            const Result<QList<Host>> hosts = db.hosts();
            const Result<QList<catalog::InstanceRow>> instances = db.instanceRows();
            if (!hosts || !instances)
                return Error { hosts ? instances.error() : hosts.error() };
            return HostTableModel::buildRows(hosts.value(), instances.value());
        },
        [this](Result<QList<HostRow>> rows) {
            if (!rows)
                emit statusMessage(tr("Could not load hosts: %1").arg(rows.error()));
            else
                m_model->setRows(std::move(rows.value()));
            setSummary(tr("%n host(s)", nullptr, m_model->rowCount()));
            emit reloaded();
        });
}

void HostsPane::setHostWatcher(HostWatcher *watcher)
{
    m_watcher = watcher;
    if (!watcher)
        return;
    connect(watcher, &HostWatcher::reachabilityChanged, this, [this](const QString &hostId) {
        m_model->setReachability(hostId, m_watcher->reachability(hostId));
        if (selectedIds().contains(hostId))
            refreshDetails();
    });
    for (const QString &hostId : watcher->watchedHosts())
        m_model->setReachability(hostId, watcher->reachability(hostId));
}

void HostsPane::addHost()
{
    if (!m_services || !m_services->catalog())
        return;
    Host defaults;
    defaults.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    defaults.pgAdminUser = QStringLiteral("saasodoo_admin");
    defaults.dockerNetwork = m_services->dockerNetwork();
    secrets::SecretStore *secrets = m_services->secrets();
    HostDialog dialog(defaults, secrets,
        catalogWrite(*m_services,
            [secrets](catalog::Catalog &db, const Host &host) -> Result<Host> {
                if (const Status ports = provisioning::checkPortRangeOverlap(db, host, secrets); !ports)
                    return makeError(ports.error());
                return db.createHost(host);
            }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeDialogSecrets(dialog);
    emit statusMessage(tr("Added host %1.").arg(dialog.saved().name));
    emit catalogChanged();
    selectId(dialog.saved().id);
}

void HostsPane::editHost()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_services || !m_services->catalog() || m_editRead.running())
        return;
    // The record is read on a worker, and the dialog opens when it arrives.
    const QString id = ids.first();
    m_editRead.start(this, m_services->catalogConfig(), [id](catalog::Catalog &db) { return db.host(id); },
        [this](Result<Host> current) {
            refreshSelectionState();
            if (!current) {
                emit statusMessage(current.error());
                return;
            }
            openEditDialog(current.value());
        });
    refreshSelectionState();
}

void HostsPane::openEditDialog(const Host &before)
{
    // The same checks as 'saasodoo host edit', on the dialog's worker
    // thread because they may contact the engines.
    secrets::SecretStore *secrets = m_services->secrets();
    HostDialog dialog(before, secrets,
        catalogWrite(*m_services,
            [secrets, before](catalog::Catalog &db, const Host &host) -> Result<Host> {
                if (const Status sameEngine = provisioning::checkEngineChange(db, before, host, secrets); !sameEngine)
                    return makeError(sameEngine.error());
                const bool portsMoved = host.portRangeStart != before.portRangeStart
                    || host.portRangeEnd != before.portRangeEnd || host.dockerEndpoint != before.dockerEndpoint;
                if (portsMoved) {
                    if (const Status held = provisioning::checkPortRangeHoldsInstances(db, host); !held)
                        return makeError(held.error());
                    if (const Status ports = provisioning::checkPortRangeOverlap(db, host, secrets); !ports)
                        return makeError(ports.error());
                }
                return db.updateHost(host);
            }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeDialogSecrets(dialog);
    emit statusMessage(tr("Saved host %1.").arg(dialog.saved().name));
    emit catalogChanged();
}

void HostsPane::storeDialogSecrets(const HostDialog &dialog)
{
    if (!dialog.password().isEmpty())
        storeSecret(HostSecret::PostgresPassword, dialog.saved().id, dialog.saved().name, dialog.password(), false);
    if (!dialog.tlsKeyPassphrase().isEmpty()) {
        storeSecret(HostSecret::TlsKeyPassphrase, dialog.saved().id, dialog.saved().name, dialog.tlsKeyPassphrase(),
            false);
    }
}

void HostsPane::storeSecret(HostSecret which, const QString &hostId, const QString &hostName, const QString &secret,
    bool retried)
{
    secrets::SecretStore *store = m_services->secrets();
    const bool password = which == HostSecret::PostgresPassword;
    const QString key = password ? secrets::SecretStore::hostKey(hostId, QStringLiteral("pg-password"))
                                 : provisioning::tlsKeyPassphraseKey(hostId);
    const QString secretName = password ? tr("PostgreSQL password") : tr("TLS key passphrase");
    store->write(key, secret).then(this, [this, store, which, hostId, hostName, secret, retried, secretName](const Status &stored) {
        if (stored) {
            emit statusMessage(tr("Stored the %1 of %2 in the keychain.").arg(secretName, hostName));
            return;
        }
        if (!retried && !store->sessionOnlyFallback()) {
            const auto answer = Prompter::question(this, tr("Keychain unavailable"),
                tr("The %1 of %2 could not be stored: %3\n\nKeep it in memory for this "
                   "session only? It is never written to disk and is lost when the console quits; enter it "
                   "again with Edit host after the keychain works.")
                    .arg(secretName, hostName, stored.error()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                store->setSessionOnlyFallback(true);
                storeSecret(which, hostId, hostName, secret, true);
                return;
            }
        }
        Prompter::warning(this, tr("Secret not stored"),
            tr("The %1 of %2 was not stored: %3\nProvisioning on this host fails until you "
               "enter it again with Edit host.")
                .arg(secretName, hostName, stored.error()));
    });
}

void HostsPane::updateActions()
{
    const bool open = m_services && m_services->catalog();
    const int selected = int(selectedIds().size());
    const QString noCatalog = tr("The catalog is not open.");
    setActionAvailable(m_addAction, open, noCatalog);
    setActionAvailable(m_editAction, open && selected == 1 && !m_editRead.running(),
        !open                 ? noCatalog
            : m_editRead.running() ? tr("Reading the host to edit; wait a moment.")
                                   : tr("Select exactly one host to edit or test it."));
    setActionAvailable(m_refreshAction, open, noCatalog);
}

QString HostsPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a host to see its details. Edit a host to test its Docker and PostgreSQL "
                  "connections.</p>");
    if (ids.size() > 1)
        return tr("<p>%n hosts selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const HostRow &hostRow = m_model->rowAt(row);
    const Host &host = hostRow.host;
    const QString ports = host.portRangeStart == 0 ? tr("none")
                                                   : tr("%1–%2").arg(host.portRangeStart).arg(host.portRangeEnd);
    QString html = detailsTable(host.name,
        {
            { tr("Status"), StatusText::hostStatus(host.status) },
            { tr("Engine"), HostTableModel::engineText(m_model->reachability(host.id)) },
            { tr("Docker endpoint"), host.dockerEndpoint },
            { tr("TLS"), host.tlsCaPath.isEmpty() ? tr("no") : tr("CA %1").arg(host.tlsCaPath) },
            { tr("PostgreSQL"), tr("%1@%2:%3").arg(host.pgAdminUser, host.pgHost).arg(host.pgPort) },
            { tr("From containers"), host.pgContainerHost },
            { tr("Superuser allowed"), host.allowSuperuserOverride ? tr("yes") : tr("no") },
            { tr("Base domain"), host.baseDomain },
            { tr("Image repository"), host.imageRepository },
            { tr("Docker network"),
                host.dockerNetwork.isEmpty() ? tr("default (%1)").arg(m_services ? m_services->dockerNetwork() : QString())
                                             : host.dockerNetwork },
            { tr("Published ports"), ports },
            { tr("Capacity"), tr("%1 cores, %2").arg(host.cpuCores).arg(StatusText::byteSize(host.memoryBytes)) },
            { tr("Instances"), tr("%1 (%2 running, %3 in error)")
                                   .arg(hostRow.instanceCount)
                                   .arg(hostRow.runningCount)
                                   .arg(hostRow.errorCount) },
        });
    const std::optional<provisioning::HostReachability> engine = m_model->reachability(host.id);
    if (engine && !engine->reachable) {
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(StatusColors::forItemView(StatusColors::Tone::Error).name(),
                        tr("The Docker engine is unreachable (attempt %1): %2. The console tries again at %3 "
                           "and then less often, up to once a minute.")
                            .arg(engine->failedAttempts)
                            .arg(engine->error,
                                QLocale().toString(engine->nextAttempt.toLocalTime().time(), QLocale::LongFormat))
                            .toHtmlEscaped());
    }
    if (host.allowSuperuserOverride) {
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(StatusColors::forItemView(StatusColors::Tone::Error).name(),
                        tr("Superuser override: the console may connect to PostgreSQL as a superuser. Clear it "
                            "with Edit host once the role has only CREATEDB and CREATEROLE.")
                             .toHtmlEscaped());
    }
    return html;
}

} // namespace saasodoo::ui
