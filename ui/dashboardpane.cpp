// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpane.h"

#include "consoleservices.h"
#include "hosttablemodel.h"
#include "jobmonitor.h"
#include "jobtablemodel.h"
#include "statustext.h"

#include <QLocale>
#include <QMap>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace saasodoo::ui {

DashboardPane::DashboardPane(ConsoleServices *services, JobMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_monitor(monitor)
{
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_view);
    reload();
}

QString DashboardPane::html() const
{
    return m_view->toHtml();
}

void DashboardPane::reload()
{
    QString html = tr("<h2>Dashboard</h2>");
    if (!m_services || !m_services->catalog()) {
        const QString reason = m_services ? m_services->catalogError() : tr("no catalog was given");
        m_view->setHtml(html + tr("<p>The catalog is not open: %1</p>").arg(reason.toHtmlEscaped()));
        return;
    }
    catalog::Catalog *db = m_services->catalog();
    const Result<QList<catalog::InstanceRow>> instances = db->instanceRows();
    const Result<QList<catalog::Host>> hosts = db->hosts();
    const Result<QList<catalog::CustomerRow>> customers = db->customerRows();
    if (!instances || !hosts || !customers) {
        QString error = customers.error();
        if (!instances)
            error = instances.error();
        else if (!hosts)
            error = hosts.error();
        m_view->setHtml(html + tr("<p>Could not read the catalog: %1</p>").arg(error.toHtmlEscaped()));
        return;
    }

    const QLocale locale;
    html += tr("<p>%n customer(s), ", nullptr, int(customers->size()));
    html += tr("%n instance(s), ", nullptr, int(instances->size()));
    html += tr("%n host(s).</p>", nullptr, int(hosts->size()));

    QMap<int, int> byStatus;
    for (const catalog::InstanceRow &row : instances.value())
        ++byStatus[int(row.status)];
    html += tr("<h3>Instances by status</h3>");
    if (byStatus.isEmpty()) {
        html += tr("<p>No instances yet. Add a host, a customer and a tenant, then create an instance.</p>");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'>");
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            const auto status = static_cast<catalog::InstanceStatus>(it.key());
            const bool alarm = status == catalog::InstanceStatus::Error;
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(alarm ? QStringLiteral("<b style='color:#b3261e'>%1</b>")
                                         .arg(StatusText::instanceStatus(status))
                                   : StatusText::instanceStatus(status),
                            locale.toString(it.value()));
        }
        html += QStringLiteral("</table>");
    }

    html += tr("<h3>Hosts</h3>");
    const QList<HostRow> hostRows = HostTableModel::buildRows(hosts.value(), instances.value());
    if (hostRows.isEmpty()) {
        html += tr("<p>No hosts yet. Open the Hosts pane and add your first Docker host.</p>");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'><tr>");
        for (const QString &heading : { tr("Host"), tr("Status"), tr("CPU cores"), tr("Memory"), tr("Instances"),
                 tr("Running"), tr("In error"), tr("Cores per instance") })
            html += QStringLiteral("<th align='left'>%1</th>").arg(heading);
        html += QStringLiteral("</tr>");
        for (const HostRow &row : hostRows) {
            const QString perInstance = row.instanceCount == 0
                ? tr("–")
                : locale.toString(row.host.cpuCores / row.instanceCount, 'f', 2);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                                   "<td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td>"
                                   "<td align='right'>%8</td></tr>")
                        .arg(row.host.name.toHtmlEscaped(), StatusText::hostStatus(row.host.status),
                            locale.toString(row.host.cpuCores), StatusText::byteSize(row.host.memoryBytes),
                            locale.toString(row.instanceCount), locale.toString(row.runningCount),
                            locale.toString(row.errorCount), perInstance);
        }
        html += QStringLiteral("</table>");
        // NOTE: the instance list carries no CPU or memory limits, so the
        // allocated share of each host is not shown yet.
    }

    html += tr("<h3>Failed jobs</h3>");
    // The newest ten; the Jobs pane lists the rest.
    constexpr int maxFailedJobs = 10;
    QStringList failed;
    if (m_monitor) {
        for (const jobs::JobInfo &job : m_monitor->model()->rows()) {
            if (failed.size() == maxFailedJobs)
                break;
            if (job.state == jobs::JobState::Failed || job.state == jobs::JobState::Interrupted)
                failed.append(QStringLiteral("<li><b>%1</b>: %2</li>")
                                  .arg((job.title.isEmpty() ? job.kind : job.title).toHtmlEscaped(),
                                      (job.error.isEmpty() ? StatusText::jobState(job.state) : job.error)
                                          .toHtmlEscaped()));
        }
    }
    if (failed.isEmpty())
        html += tr("<p>No failed jobs.</p>");
    else
        html += QStringLiteral("<ul>%1</ul>").arg(failed.join(QString()));
    m_view->setHtml(html);
}

} // namespace saasodoo::ui
