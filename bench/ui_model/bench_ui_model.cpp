// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the Instances pane's model with 10,000 catalog rows: loading them
// from the catalog into InstanceTableModel, sorting and filtering through
// TableFilterProxy. Each figure is printed beside a baseline measured in the
// same run on the same rows: the same query filling a QStandardItemModel
// with the same ten columns of text, sorted and filtered by a plain
// QSortFilterProxyModel. Then it starts the
// console on that catalog and on an empty one and reports the peak RSS of each.
//
// Usage: bench_ui_model [catalog.sqlite] [repetitions]
//   A missing catalog file is created with 10,000 instances (12 s on a
//   2-core VM). Repetitions default to 5, and each figure is the median.
#include "democatalog.h"

#include "ui/instancetablemodel.h"
#include "ui/itemroles.h"
#include "ui/tablefilterproxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

constexpr int kInstances = 10000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double medianMs(int repetitions, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const QString &what, double ms, double baselineMs, double targetMs)
{
    out() << QStringLiteral("  %1 %2 ms   baseline %3 ms   ratio %4   target < %5 ms  %6")
                 .arg(what.leftJustified(34))
                 .arg(ms, 8, 'f', 2)
                 .arg(baselineMs, 8, 'f', 2)
                 .arg(ms / baselineMs, 5, 'f', 2)
                 .arg(targetMs, 0, 'f', 0)
                 .arg(ms < targetMs ? QStringLiteral("ok") : QStringLiteral("MISSED"))
          << Qt::endl;
}

void fillBaseline(QStandardItemModel &model, const QList<catalog::InstanceRow> &rows)
{
    model.clear();
    model.setColumnCount(InstanceTableModel::ColumnCount);
    for (const catalog::InstanceRow &row : rows) {
        QList<QStandardItem *> items {
            new QStandardItem(row.name),
            new QStandardItem(catalog::toString(row.status)),
            new QStandardItem(row.customerName),
            new QStandardItem(row.tenantName),
            new QStandardItem(row.hostName),
            new QStandardItem(row.odooVersion),
            new QStandardItem(catalog::toString(row.type)),
            new QStandardItem(row.databaseName),
            new QStandardItem(InstanceTableModel::address(row)),
            new QStandardItem(row.updatedAt.toString(Qt::ISODate)),
        };
        model.appendRow(items);
    }
}

// Runs the console on `catalogPath` until it quits after its screenshot and
// returns its peak resident set size (VmHWM) in MiB, or -1.
double consolePeakRssMiB(const QString &catalogPath, const QString &workDir)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir + QStringLiteral("/config"));
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(SAASODOO_CONSOLE_PATH),
        { QStringLiteral("--catalog"), catalogPath, QStringLiteral("--pane"), QStringLiteral("instances"),
            QStringLiteral("--screenshot"), workDir + QStringLiteral("/rss.png") });
    if (!console.waitForStarted(10000))
        return -1;
    const QString status = QStringLiteral("/proc/%1/status").arg(console.processId());
    double peakKiB = -1;
    while (console.state() == QProcess::Running) {
        QFile file(status);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("VmHWM:"))
                    peakKiB = std::max(peakKiB, line.mid(6).trimmed().split(' ').first().toDouble());
            }
        }
        console.waitForFinished(20);
    }
    return peakKiB < 0 ? -1 : peakKiB / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTemporaryDir workDir;
    const QString catalogPath = arguments.size() > 1 ? arguments.at(1)
                                                     : workDir.filePath(QStringLiteral("bench.sqlite"));
    const int repetitions = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 5;

    const bool create = !QFile::exists(catalogPath);
    auto opened = catalog::Catalog::open(catalog::CatalogConfig::sqlite(catalogPath));
    if (!opened) {
        out() << "cannot open the catalog: " << opened.error() << Qt::endl;
        return 1;
    }
    catalog::Catalog &db = *opened.value();
    if (create) {
        out() << "Creating " << kInstances << " instances through the catalog API in " << catalogPath << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (const Status filled = demo::fillCatalog(db, 5, kInstances); !filled) {
            out() << "fill failed: " << filled.error() << Qt::endl;
            return 1;
        }
        out() << "  done in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    QList<catalog::InstanceRow> rows;
    const double readMs = medianMs(repetitions, [] {}, [&] { rows = db.instanceRows().value(); });
    out() << "Instance rows: " << rows.size() << ", " << repetitions << " repetitions, median times." << Qt::endl;
    out() << QStringLiteral("  %1 %2 ms   (catalog query, for reference)")
                 .arg(QStringLiteral("Catalog::instanceRows()").leftJustified(34))
                 .arg(readMs, 8, 'f', 2)
          << Qt::endl;

    // Load, as the pane's reload() does it: the catalog query, then the
    // model. The model shares the query's list, so its own part is a reset.
    InstanceTableModel model;
    QStandardItemModel baseline;
    const double loadMs = medianMs(repetitions, [&] { model.setRows({}); },
        [&] { model.setRows(db.instanceRows().value()); });
    const double baselineLoadMs = medianMs(repetitions, [] {},
        [&] { fillBaseline(baseline, db.instanceRows().value()); });
    report(QStringLiteral("load (query + model)"), loadMs, baselineLoadMs, 200);

    // Sort: a fresh proxy each time, so no earlier order helps.
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSortFilterProxyModel baselineProxy;
    baselineProxy.setSourceModel(&baseline);
    baselineProxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    for (const auto &[column, name] : { std::pair { int(InstanceTableModel::Name), QStringLiteral("name") },
             std::pair { int(InstanceTableModel::Status), QStringLiteral("status") },
             std::pair { int(InstanceTableModel::Updated), QStringLiteral("updated") } }) {
        const double sortMs = medianMs(repetitions, [&] { proxy.sort(-1); }, [&] { proxy.sort(column); });
        const double baselineSortMs =
            medianMs(repetitions, [&] { baselineProxy.sort(-1); }, [&] { baselineProxy.sort(column); });
        report(QStringLiteral("sort by %1").arg(name), sortMs, baselineSortMs, 50);
    }

    // Filter: the sorted proxy, as in the pane.
    proxy.sort(InstanceTableModel::Name);
    baselineProxy.sort(InstanceTableModel::Name);
    baselineProxy.setFilterKeyColumn(-1);
    baselineProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const QString text = rows.isEmpty() ? QStringLiteral("shop") : rows.at(rows.size() / 2).customerName;
    const double filterMs = medianMs(repetitions, [&] { proxy.setSearchText({}); },
        [&] { proxy.setSearchText(text); });
    const double baselineFilterMs = medianMs(repetitions, [&] { baselineProxy.setFilterFixedString({}); },
        [&] { baselineProxy.setFilterFixedString(text); });
    report(QStringLiteral("filter by text (%1 rows)").arg(proxy.rowCount()), filterMs, baselineFilterMs, 50);
    proxy.setSearchText({});

    const double statusMs = medianMs(repetitions, [&] { proxy.setStatusFilter({}); },
        [&] { proxy.setStatusFilter({ QStringLiteral("error") }); });
    baselineProxy.setFilterKeyColumn(InstanceTableModel::Status);
    const double baselineStatusMs = medianMs(repetitions, [&] { baselineProxy.setFilterFixedString({}); },
        [&] { baselineProxy.setFilterFixedString(QStringLiteral("error")); });
    report(QStringLiteral("filter by status (%1 rows)").arg(proxy.rowCount()), statusMs, baselineStatusMs, 50);

    // Memory of the whole console.
    QTemporaryDir emptyDir;
    const double rss = consolePeakRssMiB(catalogPath, workDir.path());
    const double emptyRss = consolePeakRssMiB(emptyDir.filePath(QStringLiteral("empty.sqlite")), emptyDir.path());
    out() << QStringLiteral("  %1 %2 MiB   baseline (empty catalog) %3 MiB   ratio %4   target < 250 MiB  %5")
                 .arg(QStringLiteral("console peak RSS").leftJustified(34))
                 .arg(rss, 8, 'f', 1)
                 .arg(emptyRss, 6, 'f', 1)
                 .arg(rss / emptyRss, 5, 'f', 2)
                 .arg(rss > 0 && rss < 250 ? QStringLiteral("ok") : QStringLiteral("MISSED"))
          << Qt::endl;
    return 0;
}
