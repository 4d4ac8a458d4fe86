// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pane models and their proxy with 10,000 rows, under Qt's model tester.
#include "ui/customertablemodel.h"
#include "ui/hosttablemodel.h"
#include "ui/instancetablemodel.h"
#include "ui/itemroles.h"
#include "ui/jobtablemodel.h"
#include "ui/statuscolors.h"
#include "ui/tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QColor>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::ui;
using catalog::InstanceRow;
using catalog::InstanceStatus;

namespace {

constexpr int kRowCount = 10000;

// Rows with names in reverse order, the 13 statuses in turn and one
// customer per 100 rows, so sorting and filtering have work to do.
QList<InstanceRow> makeInstances(int count)
{
    const QList<InstanceStatus> statuses { InstanceStatus::Creating, InstanceStatus::Starting,
        InstanceStatus::Running, InstanceStatus::Stopping, InstanceStatus::Stopped, InstanceStatus::Restarting,
        InstanceStatus::Suspended, InstanceStatus::Updating, InstanceStatus::BackingUp, InstanceStatus::Restoring,
        InstanceStatus::Error, InstanceStatus::Deleting, InstanceStatus::Deleted };
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<InstanceRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        InstanceRow row;
        row.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        row.name = QStringLiteral("inst-%1").arg(count - i, 5, 10, QLatin1Char('0'));
        row.status = statuses.at(i % statuses.size());
        row.odooVersion = i % 2 ? QStringLiteral("18.0") : QStringLiteral("17.0");
        row.databaseName = QStringLiteral("db_%1").arg(i);
        row.subdomain = QStringLiteral("sub%1").arg(i);
        row.baseDomain = QStringLiteral("odoo.example.co.zw");
        row.updatedAt = base.addSecs(qint64(i) * 37 % 86400);
        row.tenantName = QStringLiteral("Tenant %1").arg(i / 10);
        row.customerName = QStringLiteral("Customer %1").arg(i / 100);
        row.hostName = QStringLiteral("harare-%1").arg(i % 3);
        row.hostId = QStringLiteral("host-%1").arg(i % 3);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void instanceModelPassesTester();
    void proxySortsByRawValues_data();
    void proxySortsByRawValues();
    void proxyFiltersByTextAndStatus();
    void fewChangesEmitOneSignalPerRow();
    void manyChangesResetModel();
    void changedIdsResetModel();
    void customerModelPassesTester();
    void hostRowsCountInstances();
    void jobModelUpsertsAndRemoves();
};

void TestUiModels::instanceModelPassesTester()
{
    InstanceTableModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setRows(makeInstances(kRowCount));
    QCOMPARE(model.rowCount(), kRowCount);
    QCOMPARE(proxy.rowCount(), kRowCount);
    QCOMPARE(model.columnCount(), int(InstanceTableModel::ColumnCount));
    QCOMPARE(model.index(0, InstanceTableModel::Address).data().toString(),
        QStringLiteral("sub0.odoo.example.co.zw"));
    QCOMPARE(model.index(2, 0).data(StatusRole).toString(), QStringLiteral("running"));
    QCOMPARE(model.index(2, InstanceTableModel::Status).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(0, InstanceTableModel::Status).data(SortRole).toInt(), int(InstanceStatus::Creating));

    proxy.sort(InstanceTableModel::Name);
    proxy.setSearchText(QStringLiteral("customer 7"));
    model.setRows(makeInstances(kRowCount / 2));
    QVERIFY(proxy.rowCount() > 0);
}

void TestUiModels::proxySortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name ascending") << int(InstanceTableModel::Name) << Qt::AscendingOrder;
    QTest::newRow("name descending") << int(InstanceTableModel::Name) << Qt::DescendingOrder;
    QTest::newRow("status by enum order") << int(InstanceTableModel::Status) << Qt::AscendingOrder;
    QTest::newRow("updated by time") << int(InstanceTableModel::Updated) << Qt::DescendingOrder;
    QTest::newRow("odoo version numerically") << int(InstanceTableModel::OdooVersion) << Qt::AscendingOrder;
}

void TestUiModels::proxySortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    InstanceTableModel model;
    model.setRows(makeInstances(kRowCount));
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);

    QCOMPARE(proxy.rowCount(), kRowCount);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant previous = proxy.index(row - 1, column).data(SortRole);
        const QVariant current = proxy.index(row, column).data(SortRole);
        const auto ordering = QVariant::compare(previous, current);
        const bool inOrder = order == Qt::AscendingOrder ? ordering != QPartialOrdering::Greater
                                                         : ordering != QPartialOrdering::Less;
        if (!inOrder) {
            QFAIL(qPrintable(QStringLiteral("rows %1 and %2 are out of order: %3, %4")
                                 .arg(row - 1)
                                 .arg(row)
                                 .arg(previous.toString(), current.toString())));
        }
    }
    if (column == InstanceTableModel::Name) {
        const QString first = proxy.index(0, column).data().toString();
        QCOMPARE(first, order == Qt::AscendingOrder ? QStringLiteral("inst-00001") : QStringLiteral("inst-10000"));
    }
}

void TestUiModels::proxyFiltersByTextAndStatus()
{
    InstanceTableModel model;
    model.setRows(makeInstances(kRowCount));
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(InstanceTableModel::Name);

    // "Customer 42" names rows 4200..4299 only ("Customer 420" does not exist).
    proxy.setSearchText(QStringLiteral("  CUSTOMER 42 "));
    QCOMPARE(proxy.rowCount(), 100);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, InstanceTableModel::Customer).data().toString(), QStringLiteral("Customer 42"));

    // Every 13th row is in error; 100 consecutive rows hold 7 or 8 of them.
    proxy.setStatusFilter({ QStringLiteral("error") });
    int expected = 0;
    for (int i = 4200; i < 4300; ++i)
        expected += i % 13 == 10 ? 1 : 0;
    QCOMPARE(proxy.rowCount(), expected);

    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), (kRowCount + 2) / 13);

    proxy.setStatusFilter({ QStringLiteral("error"), QStringLiteral("running") });
    QCOMPARE(proxy.rowCount(), (kRowCount + 2) / 13 + (kRowCount + 10) / 13);

    proxy.setStatusFilter({});
    proxy.setSearchText(QStringLiteral("no such instance"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUiModels::fewChangesEmitOneSignalPerRow()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<InstanceRow> rows = makeInstances(kRowCount);
    model.setRows(rows);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int row : { 3, 500, 9999 })
        rows[row].status = InstanceStatus::Error;
    model.setRows(rows);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(3, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(3, InstanceTableModel::ColumnCount - 1));
    QCOMPARE(changed.at(2).at(0).value<QModelIndex>().row(), 9999);

    changed.clear();
    model.setRows(rows);
    QCOMPARE(changed.count(), 0);
}

void TestUiModels::manyChangesResetModel()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<InstanceRow> rows = makeInstances(1000);
    model.setRows(rows);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int row = 0; row < 600; ++row)
        rows[row].name += QStringLiteral("-renamed");
    model.setRows(rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0, 0).data().toString(), rows.at(0).name);
}

void TestUiModels::changedIdsResetModel()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<InstanceRow> rows = makeInstances(100);
    model.setRows(rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    rows.removeAt(10);
    model.setRows(rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 99);
    QCOMPARE(model.rowOf(rows.at(10).id), 10);
}

void TestUiModels::customerModelPassesTester()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<catalog::CustomerRow> rows;
    for (int i = 0; i < 500; ++i) {
        catalog::CustomerRow row;
        row.customer.id = QStringLiteral("c%1").arg(i);
        row.customer.name = QStringLiteral("Customer %1").arg(i);
        row.customer.email = QStringLiteral("owner%1@example.co.zw").arg(i);
        row.customer.status = i % 5 == 0 ? catalog::CustomerStatus::Suspended : catalog::CustomerStatus::Active;
        row.tenantCount = i % 4;
        row.instanceCount = i % 7;
        rows.append(row);
    }
    model.setRows(rows);
    proxy.sort(CustomerTableModel::Instances, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CustomerTableModel::Instances).data().toInt(), 6);
    proxy.setStatusFilter({ QStringLiteral("suspended") });
    QCOMPARE(proxy.rowCount(), 100);
    proxy.setSearchText(QStringLiteral("owner12@"));
    QCOMPARE(proxy.rowCount(), 0); // customer 12 is active
    proxy.setStatusFilter({});
    QCOMPARE(proxy.rowCount(), 1);
}

void TestUiModels::hostRowsCountInstances()
{
    catalog::Host first;
    first.id = QStringLiteral("host-0");
    first.name = QStringLiteral("harare-0");
    catalog::Host second;
    second.id = QStringLiteral("host-1");
    second.name = QStringLiteral("harare-1");
    second.allowSuperuserOverride = true;
    const QList<HostRow> rows = HostTableModel::buildRows({ first, second }, makeInstances(26));
    QCOMPARE(rows.size(), 2);
    // Row i is on host-(i % 3); rows 12 and 25 are deleted, row 15 (host-0)
    // is running and row 10 (host-1) is in error.
    QCOMPARE(rows.at(0).instanceCount, 8);
    QCOMPARE(rows.at(0).runningCount, 1);
    QCOMPARE(rows.at(1).instanceCount, 8);
    QCOMPARE(rows.at(1).errorCount, 1);

    HostTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    QCOMPARE(model.index(1, HostTableModel::Instances).data().toInt(), 8);
    // The superuser override shows in the error colour, readable on the
    // palette's base colour, with the reason in the tooltip.
    QVERIFY(!model.index(0, HostTableModel::Name).data(Qt::ForegroundRole).isValid());
    const QColor override = model.index(1, HostTableModel::Name).data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(override, StatusColors::forItemView(StatusColors::Tone::Error));
    QVERIFY(StatusColors::contrastRatio(override, QApplication::palette().color(QPalette::Base)) >= 4.5);
    QVERIFY(model.index(1, HostTableModel::Name).data(Qt::ToolTipRole).toString().contains(QLatin1String("superuser")));

    // The "Unreachable" status filter follows the host watcher's reports.
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter({ HostTableModel::unreachableStatus() });
    QCOMPARE(proxy.rowCount(), 0);
    provisioning::HostReachability down;
    down.error = QStringLiteral("connection refused");
    down.failedAttempts = 1;
    model.setReachability(second.id, down);
    model.setReachability(first.id, provisioning::HostReachability { true, {}, {}, 0 });
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), second.id);
    // Its own status still matches too.
    proxy.setStatusFilter({ catalog::toString(catalog::HostStatus::Active) });
    QCOMPARE(proxy.rowCount(), 2);
    model.setReachability(second.id, provisioning::HostReachability { true, {}, {}, 0 });
    proxy.setStatusFilter({ HostTableModel::unreachableStatus() });
    QCOMPARE(proxy.rowCount(), 0);

    // A reload keeps what the watcher reported: the Engine column, its
    // colour, tooltip and sort order, and the status filter.
    model.setReachability(second.id, down);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(HostTableModel::buildRows({ first, second }, makeInstances(26)));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex engine = model.index(1, HostTableModel::Engine);
    QVERIFY2(engine.data().toString().startsWith(QLatin1String("Unreachable")), qPrintable(engine.data().toString()));
    QCOMPARE(engine.data(Qt::ForegroundRole).value<QColor>(), StatusColors::forItemView(StatusColors::Tone::Error));
    QVERIFY(engine.data(Qt::ToolTipRole).toString().contains(QLatin1String("connection refused")));
    QCOMPARE(engine.data(SortRole).toInt(), 1);
    QCOMPARE(model.index(0, HostTableModel::Engine).data().toString(), QStringLiteral("Reachable"));
    QCOMPARE(model.index(0, HostTableModel::Engine).data(SortRole).toInt(), 2);
    QCOMPARE(model.headerData(HostTableModel::Engine, Qt::Horizontal).toString(), QStringLiteral("Engine"));
    QCOMPARE(model.columnCount(), int(HostTableModel::ColumnCount));
    // A host the watcher does not follow has no reachability.
    model.setReachability(first.id, std::nullopt);
    QCOMPARE(model.index(0, HostTableModel::Engine).data().toString(), QStringLiteral("Not checked yet"));
    QCOMPARE(model.index(0, HostTableModel::Engine).data(SortRole).toInt(), 0);
}

void TestUiModels::jobModelUpsertsAndRemoves()
{
    JobTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    jobs::JobInfo job;
    job.id = QStringLiteral("job-1");
    job.title = QStringLiteral("Create instance acme");
    job.steps = { QStringLiteral("validate"), QStringLiteral("database") };
    model.upsert(job);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    job.state = jobs::JobState::Running;
    job.currentStep = 1;
    job.progress = 50;
    model.upsert(job);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, JobTableModel::Step).data().toString(), QStringLiteral("database"));
    QCOMPARE(model.index(0, JobTableModel::Progress).data(SortRole).toInt(), 50);

    jobs::JobInfo second = job;
    second.id = QStringLiteral("job-2");
    model.upsert(second);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("job-2"));
    model.remove(QStringLiteral("job-1"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
