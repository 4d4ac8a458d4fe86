// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "navigationsidebar.h"
#include "placeholderpane.h"

#include "core/common/version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace saasodoo::ui {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kPaneKey = QStringLiteral("mainWindow/pane");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SaaSOdoo Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/saasodoo.svg")));

    m_sidebar = new NavigationSidebar(this);
    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));

    addPane(Dashboard, QStringLiteral("dashboard"), tr("Dashboard"),
        tr("Instances by status, hosts' health and free capacity, failed jobs, overdue backups and "
           "overdue invoices."));
    addPane(Customers, QStringLiteral("customers"), tr("Customers"),
        tr("The businesses you host, their contacts, status and plans."));
    addPane(Tenants, QStringLiteral("tenants"), tr("Tenants"),
        tr("Each customer's tenants and the subdomains they own."));
    addPane(Instances, QStringLiteral("instances"), tr("Instances"),
        tr("Every Odoo instance with its host, version, limits and live status. Drop a backup here "
           "to restore it."));
    addPane(Backups, QStringLiteral("backups"), tr("Backups"),
        tr("Local and S3 backups, their checksums, expiry and restores."));
    addPane(Subscriptions, QStringLiteral("subscriptions"), tr("Subscriptions"),
        tr("Plans, invoices and Paynow payments by web checkout, EcoCash and OneMoney."));
    addPane(Hosts, QStringLiteral("hosts"), tr("Hosts"),
        tr("Docker engines and PostgreSQL servers that run the instances."));
    addPane(Jobs, QStringLiteral("jobs"), tr("Jobs"),
        tr("Provisioning, backup, restore and upgrade jobs with their logs."));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_panes);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 1000 });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_sidebar, &NavigationSidebar::paneRequested, m_panes, &QStackedWidget::setCurrentIndex);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SaaSOdoo Console"), this, [this] {
        QMessageBox::about(this, tr("About SaaSOdoo Console"),
            tr("SaaSOdoo Console %1\nHosting administration for Odoo.").arg(saasodoo::version()));
    });

    statusBar()->showMessage(tr("Ready"));

    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(Pane pane, const QString &iconName, const QString &title, const QString &purpose)
{
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(iconName));
    auto *widget = new PlaceholderPane(icon, title, purpose, m_panes);
    widget->setObjectName(iconName + QStringLiteral("Pane"));
    m_panes->insertWidget(pane, widget);

    // Ctrl+1 … Ctrl+8 switch panes, in sidebar order.
    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(int(Qt::Key_1) + int(pane))));
    m_sidebar->addPane(icon, title, shortcut.toString(QKeySequence::NativeText));
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, pane] { showPane(pane); });
    addAction(action);
}

void MainWindow::showPane(Pane pane)
{
    m_sidebar->setCurrentRow(pane);
}

MainWindow::Pane MainWindow::currentPane() const
{
    return static_cast<Pane>(m_panes->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    const int pane = settings.value(kPaneKey, int(Dashboard)).toInt();
    showPane(pane >= 0 && pane < PaneCount ? static_cast<Pane>(pane) : Dashboard);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPaneKey, int(currentPane()));
}

} // namespace saasodoo::ui
