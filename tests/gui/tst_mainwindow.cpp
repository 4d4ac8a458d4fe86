// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instancespane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using saasodoo::ui::MainWindow;

namespace {

// Whether `action` sits on a visible widget, or in a menu that such an
// action opens, as Qt requires before it matches a window shortcut.
bool onVisibleWidget(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            if (onVisibleWidget(menu->menuAction()))
                return true;
        } else if (auto *widget = qobject_cast<QWidget *>(object); widget && widget->isVisible()) {
            return true;
        }
    }
    return false;
}

// Whether Qt would match `action`'s shortcut in the active window. Disabled
// actions count too, because selecting a row enables them.
bool shortcutReachable(const QAction *action)
{
    return !action->shortcut().isEmpty() && action->shortcutContext() != Qt::WidgetShortcut
        && onVisibleWidget(action);
}

// Returns "shortcut: first action, second action" for each shortcut that
// two reachable actions of `window` share.
QStringList shortcutClashes(const QWidget &window)
{
    QHash<QKeySequence, QString> owners;
    QStringList clashes;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!shortcutReachable(action))
            continue;
        const QString name = action->text().isEmpty() ? action->objectName() : action->text();
        const QKeySequence shortcut = action->shortcut();
        if (owners.contains(shortcut))
            clashes.append(QStringLiteral("%1: %2, %3").arg(shortcut.toString(), owners.value(shortcut), name));
        else
            owners.insert(shortcut, name);
    }
    return clashes;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void sidebarListsEveryPane()
    {
        MainWindow window;
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("navigationSidebar"));
        QVERIFY(sidebar);
        const QStringList expected { QStringLiteral("Dashboard"), QStringLiteral("Customers"),
            QStringLiteral("Tenants"), QStringLiteral("Instances"), QStringLiteral("Backups"),
            QStringLiteral("Subscriptions"), QStringLiteral("Hosts"), QStringLiteral("Jobs") };
        QCOMPARE(sidebar->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(sidebar->item(i)->text(), expected.at(i));
            QVERIFY2(!sidebar->item(i)->icon().pixmap(QSize(22, 22)).isNull(), qPrintable(expected.at(i)));
        }
    }

    void clickingSidebarSwitchesPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("navigationSidebar"));
        auto *panes = window.findChild<QStackedWidget *>(QStringLiteral("panes"));
        QVERIFY(sidebar && panes);

        const QRect hostsRect = sidebar->visualItemRect(sidebar->item(MainWindow::Hosts));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, hostsRect.center());
        QCOMPARE(window.currentPane(), MainWindow::Hosts);
        QCOMPARE(panes->currentWidget()->objectName(), QStringLiteral("hostsPane"));
    }

    void keyboardShortcutSwitchesPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), MainWindow::Instances);
    }

    void lastPaneIsRestored()
    {
        {
            MainWindow window;
            window.showPane(MainWindow::Jobs);
            window.close();
        }
        MainWindow reopened;
        QCOMPARE(reopened.currentPane(), MainWindow::Jobs);
    }

    void fileMenuRestoresFromFile()
    {
        MainWindow window;
        window.showPane(MainWindow::Jobs);
        auto *action = window.findChild<QAction *>(QStringLiteral("restoreFromFileAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Restore from file…"));
        bool chooserCalled = false;
        window.instancesPane()->setRestoreFileChooser([&chooserCalled] {
            chooserCalled = true;
            return QString();
        });
        action->trigger();
        QVERIFY(chooserCalled);
        QCOMPARE(window.currentPane(), MainWindow::Instances);
    }

    void shortcutsAreUniquePerPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int pane = 0; pane < MainWindow::PaneCount; ++pane) {
            window.showPane(static_cast<MainWindow::Pane>(pane));
            QCOMPARE(int(window.currentPane()), pane);
            QStringList clashes = shortcutClashes(window);
            QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("pane %1: %2").arg(pane).arg(clashes.join(QStringLiteral("; ")))));

            // The Subscriptions pane's tabs each have their own actions.
            if (pane != MainWindow::Subscriptions)
                continue;
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("billingTabs"));
            QVERIFY(tabs);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                clashes = shortcutClashes(window);
                QVERIFY2(clashes.isEmpty(),
                    qPrintable(QStringLiteral("tab %1: %2").arg(tabs->tabText(tab), clashes.join(QStringLiteral("; ")))));
            }
        }
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
