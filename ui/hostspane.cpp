// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostspane.h"

#include "consoleservices.h"
#include "hostdialog.h"
#include "hosttablemodel.h"
#include "prompter.h"
#include "statustext.h"

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

    updateActions();
    refreshDetails();
}

void HostsPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    catalog::Catalog *db = m_services->catalog();
    const Result<QList<Host>> hosts = db->hosts();
    const Result<QList<catalog::InstanceRow>> instances = db->instanceRows();
    if (!hosts || !instances) {
        emit statusMessage(tr("Could not load hosts: %1").arg(hosts ? instances.error() : hosts.error()));
        return;
    }
    m_model->setRows(HostTableModel::buildRows(hosts.value(), instances.value()));
    setSummary(tr("%n host(s)", nullptr, m_model->rowCount()));
}

void HostsPane::addHost()
{
    if (!m_services || !m_services->catalog())
        return;
    catalog::Catalog *db = m_services->catalog();
    Host defaults;
    defaults.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    defaults.pgAdminUser = QStringLiteral("saasodoo_admin");
    HostDialog dialog(defaults, m_services->secrets(), [db](const Host &host) { return db->createHost(host); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storePassword(dialog.saved().id, dialog.saved().name, dialog.password(), false);
    emit statusMessage(tr("Added host %1.").arg(dialog.saved().name));
    emit catalogChanged();
    selectId(dialog.saved().id);
}

void HostsPane::editHost()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_services || !m_services->catalog())
        return;
    catalog::Catalog *db = m_services->catalog();
    const Result<Host> current = db->host(ids.first());
    if (!current) {
        emit statusMessage(current.error());
        return;
    }
    HostDialog dialog(current.value(), m_services->secrets(), [db](const Host &host) { return db->updateHost(host); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.password().isEmpty())
        storePassword(dialog.saved().id, dialog.saved().name, dialog.password(), false);
    emit statusMessage(tr("Saved host %1.").arg(dialog.saved().name));
    emit catalogChanged();
}

void HostsPane::storePassword(const QString &hostId, const QString &hostName, const QString &password, bool retried)
{
    secrets::SecretStore *store = m_services->secrets();
    const QString key = secrets::SecretStore::hostKey(hostId, QStringLiteral("pg-password"));
    store->write(key, password).then(this, [this, store, hostId, hostName, password, retried](const Status &stored) {
        if (stored) {
            emit statusMessage(tr("Stored the PostgreSQL password of %1 in the keychain.").arg(hostName));
            return;
        }
        if (!retried && !store->sessionOnlyFallback()) {
            const auto answer = Prompter::question(this, tr("Keychain unavailable"),
                tr("The PostgreSQL password of %1 could not be stored: %2\n\nKeep it in memory for this "
                   "session only? It is never written to disk and is lost when the console quits; enter it "
                   "again with Edit host after the keychain works.")
                    .arg(hostName, stored.error()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                store->setSessionOnlyFallback(true);
                storePassword(hostId, hostName, password, true);
                return;
            }
        }
        Prompter::warning(this, tr("Password not stored"),
            tr("The PostgreSQL password of %1 was not stored: %2\nProvisioning on this host fails until you "
               "enter it again with Edit host.")
                .arg(hostName, stored.error()));
    });
}

void HostsPane::updateActions()
{
    const bool open = m_services && m_services->catalog();
    const int selected = int(selectedIds().size());
    const QString noCatalog = tr("The catalog is not open.");
    setActionAvailable(m_addAction, open, noCatalog);
    setActionAvailable(m_editAction, open && selected == 1,
        open ? tr("Select exactly one host to edit or test it.") : noCatalog);
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
    return detailsTable(host.name,
        {
            { tr("Status"), StatusText::hostStatus(host.status) },
            { tr("Docker endpoint"), host.dockerEndpoint },
            { tr("TLS"), host.tlsCaPath.isEmpty() ? tr("no") : tr("CA %1").arg(host.tlsCaPath) },
            { tr("PostgreSQL"), tr("%1@%2:%3").arg(host.pgAdminUser, host.pgHost).arg(host.pgPort) },
            { tr("From containers"), host.pgContainerHost },
            { tr("Superuser allowed"), host.allowSuperuserOverride ? tr("yes") : tr("no") },
            { tr("Base domain"), host.baseDomain },
            { tr("Image repository"), host.imageRepository },
            { tr("Published ports"), ports },
            { tr("Capacity"), tr("%1 cores, %2").arg(host.cpuCores).arg(StatusText::byteSize(host.memoryBytes)) },
            { tr("Instances"), tr("%1 (%2 running, %3 in error)")
                                   .arg(hostRow.instanceCount)
                                   .arg(hostRow.runningCount)
                                   .arg(hostRow.errorCount) },
        });
}

} // namespace saasodoo::ui
