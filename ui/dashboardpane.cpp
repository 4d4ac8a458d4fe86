// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpane.h"

#include "consoleservices.h"
#include "hosttablemodel.h"
#include "hostwatcher.h"
#include "jobmonitor.h"
#include "jobtablemodel.h"
#include "statuscolors.h"
#include "statustext.h"
#include "workerpools.h"

#include "core/catalog/catalog.h"

#include <QEvent>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

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
    // The failed jobs come from the monitor's model, which a refresh fills
    // with the catalog's jobs.
    if (m_monitor) {
        connect(m_monitor, &JobMonitor::refreshed, this, [this] {
            if (!m_overviewHtml.isEmpty() && m_services && m_services->catalog())
                render();
        });
    }
    reload();
}

DashboardFigures collectDashboardFigures(const catalog::CatalogConfig &config, const QDate &today,
    const QDateTime &now)
{
    DashboardFigures figures;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened) {
        figures.error = opened.error();
        return figures;
    }
    catalog::Catalog &db = *opened.value();
    const Result<billing::BillingSummary> summary = billing::summarizeBilling(db, today);
    catalog::InvoiceFilter filter;
    filter.statuses = { catalog::InvoiceStatus::Open };
    const Result<QList<catalog::Invoice>> open = db.invoices(filter);
    const Result<QList<catalog::CustomerRow>> customers = db.customerRows();
    const Result<QList<backup::OverdueBackup>> backups = backup::overdueBackups(db, now);
    for (const QString &error : { summary.error(), open.error(), customers.error(), backups.error() }) {
        if (!error.isEmpty()) {
            figures.error = error;
            return figures;
        }
    }
    figures.billing = summary.value();
    figures.overdueBackups = backups.value();

    QHash<QString, QString> customerNames;
    for (const catalog::CustomerRow &row : customers.value())
        customerNames.insert(row.customer.id, row.customer.name);
    // The same rule as summarizeBilling: open and due before today.
    for (const catalog::Invoice &invoice : open.value()) {
        if (invoice.dueDate >= today)
            continue;
        ++figures.overdueCount[invoice.currency];
        figures.overdueInvoices.append(
            { invoice.number, customerNames.value(invoice.customerId), invoice.dueDate, invoice.totalCents, invoice.currency });
    }
    std::stable_sort(figures.overdueInvoices.begin(), figures.overdueInvoices.end(),
        [](const OverdueInvoice &left, const OverdueInvoice &right) { return left.dueDate < right.dueDate; });
    if (figures.overdueInvoices.size() > DashboardFigures::maxListed)
        figures.overdueInvoices.resize(DashboardFigures::maxListed);
    return figures;
}

Result<QList<HostCapacityFigure>> collectHostCapacities(const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, const provisioning::EngineTimeouts &timeouts)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<QList<catalog::Host>> hosts = db.hosts();
    if (!hosts)
        return makeError(hosts.error());
    QList<HostCapacityFigure> figures;
    for (const catalog::Host &host : hosts.value()) {
        HostCapacityFigure figure;
        Result<provisioning::HostCapacity> measured = provisioning::measureHost(db, host, secrets, QString(), timeouts);
        if (!measured) {
            // The reservations still count, against the size on the host record.
            figure.engineError = measured.error();
            measured = provisioning::reserveCapacity(db, host, 0, 0);
            if (!measured)
                return makeError(measured.error());
        }
        figure.capacity = measured.value();
        figures.append(figure);
    }
    return figures;
}

void DashboardPane::setHostWatcher(HostWatcher *watcher)
{
    m_watcher = watcher;
    if (watcher)
        connect(watcher, &HostWatcher::reachabilityChanged, this, &DashboardPane::reload);
    reload();
}

QString DashboardPane::html() const
{
    return m_view->toHtml();
}

void DashboardPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view && !m_overviewHtml.isEmpty()
        && m_services && m_services->catalog())
        render();
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadQueued && m_readsRunning == 0)
        reload();
}

void DashboardPane::render()
{
    m_overviewHtml = overviewHtml();
    m_view->setHtml(m_overviewHtml + capacityHtml() + figuresHtml());
}

void DashboardPane::finishRead()
{
    if (m_readsRunning > 0)
        --m_readsRunning;
    if (m_readsRunning == 0 && m_reloadQueued)
        reload();
}

void DashboardPane::reload()
{
    // Host watcher and catalog changes call this often. Reading again while
    // a read still waits on a stopped engine would only pile up workers,
    // and a pane the admin does not see needs no figures yet.
    const bool hiddenInShownWindow = window()->isVisible() && !isVisible();
    if (m_readsRunning > 0 || hiddenInShownWindow) {
        m_reloadQueued = true;
        return;
    }
    m_reloadQueued = false;

    ++m_generation;
    if (!m_services || !m_services->catalog()) {
        m_overviewRead.drop();
        m_overview.reset();
        m_figures.reset();
        m_capacities.reset();
        const QString reason = m_services ? m_services->catalogError() : tr("no catalog was given");
        m_overviewHtml = tr("<h2>Dashboard</h2><p>The catalog is not open: %1</p>").arg(reason.toHtmlEscaped());
        m_view->setHtml(m_overviewHtml);
        return;
    }
    // Set before the reads start, because Qt 6.4 runs a continuation at once
    // when its future has already finished.
    m_readsRunning = 3;
    m_overviewRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) -> Result<Overview> {
            Result<QList<catalog::InstanceRow>> instances = db.instanceRows();
            Result<QList<catalog::Host>> hosts = db.hosts();
            const Result<QList<catalog::CustomerRow>> customers = db.customerRows();
            for (const QString &error : { instances.error(), hosts.error(), customers.error() }) {
                if (!error.isEmpty())
                    return Error { error };
            }
            return Overview { std::move(instances.value()), std::move(hosts.value()), customers->size() };
        },
        [this](Result<Overview> overview) {
            m_overviewError = overview.error();
            if (overview)
                m_overview = std::move(overview.value());
            else
                m_overview.reset();
            render();
            emit overviewUpdated();
            finishRead();
        });
    // The last rows stay shown until the new ones arrive.
    if (m_overviewHtml.isEmpty())
        render();

    const quint64 generation = m_generation;
    QtConcurrent::run(workerPool(), &collectDashboardFigures, m_services->catalogConfig(), QDate::currentDate(),
        QDateTime::currentDateTimeUtc())
        .then(this, [this, generation](const DashboardFigures &figures) {
            if (generation != m_generation)
                return;
            m_figures = figures;
            render();
            emit figuresUpdated();
            finishRead();
        });
    // The engines get a pool of their own, so a stopped engine holds up
    // neither the catalog reads nor Qt's painting.
    QtConcurrent::run(enginePool(), &collectHostCapacities, m_services->catalogConfig(), m_services->secrets(),
        dashboardEngineTimeouts)
        .then(this, [this, generation](const Result<QList<HostCapacityFigure>> &capacities) {
            if (generation != m_generation)
                return;
            m_capacities = capacities;
            render();
            emit capacitiesUpdated();
            finishRead();
        });
}

QString DashboardPane::capacitySource(const provisioning::HostCapacity &capacity, bool engineReached)
{
    if (!engineReached)
        return tr("host record (engine not reached)");
    if (!capacity.cpusRegistered && !capacity.memoryRegistered)
        return tr("engine");
    // Each figure is the record's unless the engine reports less, so the
    // two may come from different places.
    const QString cpu = capacity.cpusRegistered
        ? tr("CPU from the host record (engine has %n core(s))", nullptr, capacity.engineCpus)
        : tr("CPU from the engine");
    const QString memory = capacity.memoryRegistered
        ? tr("memory from the host record (engine has %1)").arg(StatusText::byteSize(capacity.engineMemoryBytes))
        : tr("memory from the engine");
    return tr("%1; %2").arg(cpu, memory);
}

QString DashboardPane::capacityHtml() const
{
    QString html = tr("<h3>Host capacity</h3>");
    if (!m_capacities)
        return html + tr("<p>Asking the engines for their size…</p>");
    if (!m_capacities->ok())
        return html + tr("<p>Could not read the hosts: %1</p>").arg(m_capacities->error().toHtmlEscaped());
    if (m_capacities->value().isEmpty())
        return html + tr("<p>No hosts yet.</p>");

    const QLocale locale;
    const QString alarmColour
        = StatusColors::forBackground(StatusColors::Tone::Error, m_view->palette().color(QPalette::Base)).name();
    html += tr("<p>Allocated is the sum of the CPU and memory limits of the host's instances that are not "
               "deleted, leaving out instances in error that have no container (a create that failed). The "
               "provisioner rejects an instance whose memory limit exceeds what is free.</p>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'><tr>");
    for (const QString &heading : { tr("Host"), tr("CPU cores allocated"), tr("CPU cores free"),
             tr("Memory allocated"), tr("Memory free"), tr("Size from") })
        html += QStringLiteral("<th align='left'>%1</th>").arg(heading);
    html += QStringLiteral("</tr>");
    for (const HostCapacityFigure &figure : m_capacities->value()) {
        const provisioning::HostCapacity &capacity = figure.capacity;
        const auto cores = [&locale](double value) { return locale.toString(value, 'f', 2); };
        const QString cpuAllocated = tr("%1 of %2").arg(cores(capacity.reservedCpus), cores(capacity.cpus));
        const QString memoryAllocated = tr("%1 of %2")
                                            .arg(StatusText::byteSize(capacity.reservedMemoryBytes),
                                                StatusText::byteSize(capacity.memoryBytes));
        QString cpuFree = cores(capacity.freeCpus()).toHtmlEscaped();
        if (capacity.freeCpus() < 0)
            cpuFree = QStringLiteral("<b style='color:%1'>%2</b>").arg(alarmColour, cpuFree);
        QString memoryFree = capacity.freeMemoryBytes() < 0
            ? QStringLiteral("<b style='color:%1'>%2</b>")
                  .arg(alarmColour, tr("%1 over").arg(StatusText::byteSize(-capacity.freeMemoryBytes())).toHtmlEscaped())
            : StatusText::byteSize(capacity.freeMemoryBytes()).toHtmlEscaped();
        const QString source = capacitySource(capacity, figure.engineError.isEmpty());
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td><td>%6</td></tr>")
                    .arg(capacity.host.name.toHtmlEscaped(), cpuAllocated.toHtmlEscaped(), cpuFree,
                        memoryAllocated.toHtmlEscaped(), memoryFree, source.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    // NOTE: hosts record no storage size, so storage is not shown.
    return html;
}

QString DashboardPane::overviewHtml() const
{
    QString html = tr("<h2>Dashboard</h2>");
    if (!m_overviewError.isEmpty())
        return html + tr("<p>Could not read the catalog: %1</p>").arg(m_overviewError.toHtmlEscaped());
    if (!m_overview)
        return html + tr("<p>Reading the catalog…</p>");
    const QList<catalog::InstanceRow> &instances = m_overview->instances;
    const QList<catalog::Host> &hosts = m_overview->hosts;

    const QLocale locale;
    html += tr("<p>%n customer(s), ", nullptr, int(m_overview->customerCount));
    html += tr("%n instance(s), ", nullptr, int(instances.size()));
    html += tr("%n host(s).</p>", nullptr, int(hosts.size()));
    QMap<int, int> byStatus;
    for (const catalog::InstanceRow &row : instances)
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
                        .arg(alarm ? QStringLiteral("<b style='color:%1'>%2</b>")
                                         .arg(StatusColors::forBackground(StatusColors::Tone::Error, m_view->palette().color(QPalette::Base)).name(),
                                             StatusText::instanceStatus(status))
                                   : StatusText::instanceStatus(status),
                            locale.toString(it.value()));
        }
        html += QStringLiteral("</table>");
    }

    html += tr("<h3>Hosts</h3>");
    const QList<HostRow> hostRows = HostTableModel::buildRows(hosts, instances);
    if (hostRows.isEmpty()) {
        html += tr("<p>No hosts yet. Open the Hosts pane and add your first Docker host.</p>");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'><tr>");
        for (const QString &heading : { tr("Host"), tr("Status"), tr("Engine"), tr("CPU cores"), tr("Memory"),
                 tr("Instances"), tr("Running"), tr("In error"), tr("Cores per instance") })
            html += QStringLiteral("<th align='left'>%1</th>").arg(heading);
        html += QStringLiteral("</tr>");
        for (const HostRow &row : hostRows) {
            const QString perInstance = row.instanceCount == 0
                ? tr("–")
                : locale.toString(row.host.cpuCores / row.instanceCount, 'f', 2);
            const std::optional<provisioning::HostReachability> engine
                = m_watcher ? m_watcher->reachability(row.host.id) : std::nullopt;
            QString engineCell = HostTableModel::engineText(engine).toHtmlEscaped();
            if (engine && !engine->reachable)
                engineCell = QStringLiteral("<b style='color:%1'>%2</b><br>%3")
                                 .arg(StatusColors::forBackground(StatusColors::Tone::Error, m_view->palette().color(QPalette::Base)).name(), engineCell,
                                     engine->error.toHtmlEscaped());
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td>"
                                   "<td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td>"
                                   "<td align='right'>%8</td><td align='right'>%9</td></tr>")
                        .arg(row.host.name.toHtmlEscaped(), StatusText::hostStatus(row.host.status), engineCell,
                            locale.toString(row.host.cpuCores), StatusText::byteSize(row.host.memoryBytes),
                            locale.toString(row.instanceCount), locale.toString(row.runningCount),
                            locale.toString(row.errorCount), perInstance);
        }
        html += QStringLiteral("</table>");
    }

    html += tr("<h3>Failed jobs</h3>");
    // The newest ten; the Jobs pane lists the rest. A failed job of a
    // deleted instance needs no attention, and its title could name a newer
    // instance of the same name, so it is left out.
    constexpr int maxFailedJobs = 10;
    QSet<QString> liveInstances;
    if (m_overview) {
        for (const catalog::InstanceRow &instance : m_overview->instances) {
            if (instance.status != catalog::InstanceStatus::Deleted)
                liveInstances.insert(instance.id);
        }
    }
    QStringList failed;
    if (m_monitor) {
        for (const jobs::JobInfo &job : m_monitor->model()->rows()) {
            if (failed.size() == maxFailedJobs)
                break;
            if (job.state != jobs::JobState::Failed && job.state != jobs::JobState::Interrupted)
                continue;
            if (m_overview && job.targetType == QLatin1String("instance") && !job.targetId.isEmpty()
                && !liveInstances.contains(job.targetId))
                continue;
            const QDateTime at = job.finishedAt.isValid() ? job.finishedAt : job.createdAt;
            failed.append(QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                              .arg(StatusText::jobTitle(job).toHtmlEscaped(),
                                  locale.toString(at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                  (job.error.isEmpty() ? StatusText::jobState(job.state) : job.error.section(u'\n', 0, 0))
                                      .toHtmlEscaped()));
        }
    }
    if (failed.isEmpty())
        html += tr("<p>No failed jobs.</p>");
    else
        html += QStringLiteral("<ul>%1</ul>").arg(failed.join(QString()));
    return html;
}

QString DashboardPane::figuresHtml() const
{
    if (!m_figures)
        return tr("<h3>Invoices and backups</h3><p>Reading the invoices and backups…</p>");
    const DashboardFigures &figures = *m_figures;
    if (!figures.error.isEmpty())
        return tr("<h3>Invoices and backups</h3><p>Could not read them: %1</p>").arg(figures.error.toHtmlEscaped());

    const QLocale locale;
    const QString alarm = QStringLiteral("<b style='color:%1'>%2</b>")
                              .arg(StatusColors::forBackground(StatusColors::Tone::Error, m_view->palette().color(QPalette::Base)).name(), QStringLiteral("%1"));
    const QList<catalog::Currency> currencies { catalog::Currency::Usd, catalog::Currency::Zwg };
    QString html = tr("<h3>Invoices overdue</h3>");
    if (figures.billing.overdueInvoices == 0) {
        html += tr("<p>No invoice is overdue.</p>");
    } else {
        QStringList perCurrency;
        for (catalog::Currency currency : currencies) {
            if (const qint64 count = figures.overdueCount.value(currency); count > 0)
                perCurrency.append(tr("%n invoice(s) for %1", nullptr, int(count))
                                       .arg(catalog::formatMoney(figures.billing.overdue.value(currency), currency)));
        }
        html += QStringLiteral("<p>%1</p>").arg(alarm.arg(perCurrency.join(QStringLiteral("; ")).toHtmlEscaped()));
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'><tr>");
        for (const QString &heading : { tr("Invoice"), tr("Customer"), tr("Due"), tr("Total") })
            html += QStringLiteral("<th align='left'>%1</th>").arg(heading);
        html += QStringLiteral("</tr>");
        for (const OverdueInvoice &invoice : figures.overdueInvoices) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td></tr>")
                        .arg(invoice.number.toHtmlEscaped(), invoice.customerName.toHtmlEscaped(),
                            locale.toString(invoice.dueDate, QLocale::ShortFormat),
                            catalog::formatMoney(invoice.totalCents, invoice.currency));
        }
        html += QStringLiteral("</table>");
        if (figures.billing.overdueInvoices > figures.overdueInvoices.size())
            html += tr("<p>The Subscriptions pane lists the other overdue invoices.</p>");
    }

    html += tr("<h3>Outstanding</h3>");
    if (figures.billing.openInvoices == 0) {
        html += tr("<p>No open invoices.</p>");
    } else {
        QStringList totals;
        for (catalog::Currency currency : currencies) {
            if (figures.billing.outstanding.contains(currency))
                totals.append(catalog::formatMoney(figures.billing.outstanding.value(currency), currency));
        }
        html += tr("<p>%1 in %n open invoice(s).</p>", nullptr, figures.billing.openInvoices)
                    .arg(totals.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (figures.billing.refundPayments > 0) {
        QStringList refunds;
        for (catalog::Currency currency : currencies) {
            if (figures.billing.refundsDue.contains(currency))
                refunds.append(catalog::formatMoney(figures.billing.refundsDue.value(currency), currency));
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(alarm.arg(tr("Refunds due: %1 in %n payment(s) received for an invoice paid already or "
                                      "void, or reported paid after they were closed. The Payments tab of "
                                      "Subscriptions lists them.",
                        nullptr, figures.billing.refundPayments)
                                       .arg(refunds.join(QStringLiteral(", ")))
                                       .toHtmlEscaped()));
    }

    html += tr("<h3>Revenue per month</h3>");
    if (figures.billing.revenueByMonth.isEmpty()) {
        html += tr("<p>No paid invoices yet.</p>");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='0'><tr>");
        for (const QString &heading : { tr("Month"), tr("USD"), tr("ZWG") })
            html += QStringLiteral("<th align='left'>%1</th>").arg(heading);
        html += QStringLiteral("</tr>");
        // The newest twelve months that had revenue, newest first.
        constexpr int maxMonths = 12;
        const QStringList months = figures.billing.revenueByMonth.keys();
        for (qsizetype index = months.size() - 1; index >= 0 && months.size() - index <= maxMonths; --index) {
            const billing::CurrencyAmounts amounts = figures.billing.revenueByMonth.value(months.at(index));
            const QDate month = QDate::fromString(months.at(index) + QStringLiteral("-01"), Qt::ISODate);
            html += QStringLiteral("<tr><td>%1</td>")
                        .arg(locale.toString(month, QStringLiteral("MMMM yyyy")).toHtmlEscaped());
            for (catalog::Currency currency : currencies) {
                html += QStringLiteral("<td align='right'>%1</td>")
                            .arg(amounts.contains(currency) ? catalog::formatMoney(amounts.value(currency), currency)
                                                            : tr("–"));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += tr("<h3>Backups overdue</h3>");
    if (figures.overdueBackups.isEmpty()) {
        html += tr("<p>Every running or stopped instance has a backup within its schedule.</p>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(alarm.arg(tr("%n instance(s) without a recent enough backup", nullptr,
                        int(figures.overdueBackups.size()))));
        html += QStringLiteral("<ul>");
        for (const backup::OverdueBackup &overdue : figures.overdueBackups) {
            const QString last = overdue.lastCompletedAt.isValid()
                ? tr("last good backup %1").arg(locale.toString(overdue.lastCompletedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("no completed backup yet");
            html += QStringLiteral("<li><b>%1</b>: %2, %3</li>")
                        .arg(overdue.instanceName.toHtmlEscaped(), last.toHtmlEscaped(),
                            tr("one every %n hour(s)", nullptr, overdue.intervalHours).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace saasodoo::ui
