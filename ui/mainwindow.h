// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace saasodoo::ui {

class NavigationSidebar;

// The console's main window: a navigation sidebar on the left and one pane
// per area of the business on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { Dashboard, Customers, Tenants, Instances, Backups, Subscriptions, Hosts, Jobs, PaneCount };
    Q_ENUM(Pane)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPane(Pane pane);
    Pane currentPane() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPane(Pane pane, const QString &iconName, const QString &title, const QString &purpose);
    void restoreWindowState();
    void saveWindowState() const;

    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_panes = nullptr;
};

} // namespace saasodoo::ui
