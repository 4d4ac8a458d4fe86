// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instancespane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using saasodoo::ui::MainWindow;

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

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
