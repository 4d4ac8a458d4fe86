// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupoverdue.h"
#include "core/billing/billingsummary.h"
#include "core/catalog/catalogconfig.h"
#include "core/catalog/entities.h"
#include "core/provisioning/hostcapacity.h"
#include "catalogread.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QTextBrowser;

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::ui {

class ConsoleServices;
class HostWatcher;
class JobMonitor;

// An open invoice past its due date, as the dashboard lists it.
struct OverdueInvoice
{
    QString number;
    QString customerName;
    QDate dueDate;
    qint64 totalCents = 0;
    catalog::Currency currency = catalog::Currency::Usd;
};

// The dashboard's billing and backup figures, summed from a whole catalog.
struct DashboardFigures
{
    billing::BillingSummary billing;
    billing::CurrencyAmounts overdueCount; // overdue invoices per currency
    QList<OverdueInvoice> overdueInvoices; // the oldest first, at most maxListed
    QList<backup::OverdueBackup> overdueBackups;
    QString error; // why the figures could not be read

    static constexpr int maxListed = 10;
};

// Reads the figures from a catalog opened with `config` on the calling
// thread. Meant for a worker thread: it reads every invoice and backup time.
DashboardFigures collectDashboardFigures(const catalog::CatalogConfig &config, const QDate &today,
    const QDateTime &now);

// A host's size and the share of it its instances' limits allocate, as the
// provisioner counts them.
struct HostCapacityFigure
{
    provisioning::HostCapacity capacity;
    QString engineError; // set when the engine was not reached: the size is then the host record's
};

// The engine timeouts of the dashboard's capacity table: short, because a
// stopped engine would otherwise hold each reload for 20 seconds per host.
inline constexpr provisioning::EngineTimeouts dashboardEngineTimeouts { std::chrono::seconds(2),
    std::chrono::seconds(3) };

// The capacity of each host in the catalog opened with `config`, or why the
// catalog could not be read. Asks every host's engine for its size, one host
// after another, so it may take up to the sum of `timeouts` per unreachable
// host: call it on a worker thread.
Result<QList<HostCapacityFigure>> collectHostCapacities(const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, const provisioning::EngineTimeouts &timeouts = dashboardEngineTimeouts);

// An overview from the catalog's rows: instances by status, each host with
// its capacity and load, the latest failed jobs, overdue invoices and
// backups, revenue per month and outstanding totals per currency.
//
// Everything is read on the console's worker pools with their own catalog
// connections. Until the rows arrive, it shows "Reading the catalog…" and
// "Reading the invoices…". A reload() while one is still reading, or while
// the pane is hidden in a shown window, runs once that read ends or the
// pane is shown.
class DashboardPane final : public QWidget
{
    Q_OBJECT

public:
    DashboardPane(ConsoleServices *services, JobMonitor *monitor, QWidget *parent = nullptr);

    // Reads everything again, or queues one reload as described above.
    void reload();
    // Whether a reload() is still reading.
    bool reloading() const { return m_readsRunning > 0; }
    // Shows each host's engine reachability from `watcher` and reloads when it changes.
    void setHostWatcher(HostWatcher *watcher);
    QString html() const;
    // The figures of the last finished read, if any.
    const std::optional<DashboardFigures> &figures() const { return m_figures; }
    // The host capacities of the last finished read, if any.
    const std::optional<Result<QList<HostCapacityFigure>>> &capacities() const { return m_capacities; }
    // The "Size from" cell of the capacity table: where the CPU figure and
    // the memory figure each came from, the host record or the engine.
    static QString capacitySource(const provisioning::HostCapacity &capacity, bool engineReached);

signals:
    // The billing and backup figures of the latest reload() arrived.
    void figuresUpdated();
    // The instances, hosts and customers of the latest reload() arrived.
    void overviewUpdated();
    // The host capacities of the latest reload() arrived.
    void capacitiesUpdated();

protected:
    // Renders again on a palette change, so the alarm colour suits a switch
    // between light and dark mode.
    void changeEvent(QEvent *event) override;
    // Runs the reload() queued while the pane was hidden.
    void showEvent(QShowEvent *event) override;

private:
    struct Overview
    {
        QList<catalog::InstanceRow> instances;
        QList<catalog::Host> hosts;
        qsizetype customerCount = 0;
    };
    void render();
    // Counts one of a reload()'s reads as delivered and runs a queued reload
    // after the last one.
    void finishRead();
    QString overviewHtml() const;
    QString figuresHtml() const;
    QString capacityHtml() const;

    ConsoleServices *m_services;
    JobMonitor *m_monitor;
    HostWatcher *m_watcher = nullptr;
    QTextBrowser *m_view = nullptr;
    QString m_overviewHtml;
    std::optional<DashboardFigures> m_figures;
    std::optional<Result<QList<HostCapacityFigure>>> m_capacities;
    std::optional<Overview> m_overview; // the last rows read; unset while reading or after an error
    QString m_overviewError;
    BackgroundCatalogRead m_overviewRead;
    quint64 m_generation = 0; // bumped by reload(), so an older read is dropped
    int m_readsRunning = 0; // reads of the running reload() not delivered yet
    bool m_reloadQueued = false; // a reload() came while reading or hidden
};

} // namespace saasodoo::ui
