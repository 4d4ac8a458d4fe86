// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Signing out and the idle lock, with the harness's real keychain: a cached
// secret is gone after sign-out, the window hides its panes until the
// keychain answers again, and idle time locks the console.
#include "ui/consoleservices.h"
#include "ui/lockscreen.h"
#include "ui/mainwindow.h"
#include "ui/sessionlock.h"

#include "tests/support/testservices.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace saasodoo;
using namespace saasodoo::ui;
using namespace std::chrono_literals;

class TestSessionLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signOutDropsCachedSecret();
    void unlockNeedsKeychain();
    void idleTimeLocks();
    void inputKeepsSessionOpen();
    void unlockWithoutKeychainStaysLocked();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_key = secrets::SecretStore::instanceKey(QUuid::createUuid().toString(QUuid::WithoutBraces),
        QStringLiteral("db-password"));
};

void TestSessionLock::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("saasodoo-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionlock"));
    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    QVERIFY2(m_services->catalog(), qPrintable(m_services->catalogError()));
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSessionLock::signOutDropsCachedSecret()
{
    QFuture<Status> written = m_services->secrets()->write(m_key, QStringLiteral("instance database password"));
    QTRY_VERIFY(written.isFinished());
    QVERIFY2(written.result().ok(), qPrintable(written.result().error()));
    QVERIFY(m_services->secrets()->holdsInMemory(m_key));

    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    QSignalSpy locked(m_window->sessionLock(), &SessionLock::locked);
    signOut->trigger();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!m_services->secrets()->holdsInMemory(m_key));
    QVERIFY(m_window->sessionLock()->isLocked());
    auto *root = m_window->findChild<QStackedWidget *>(QStringLiteral("rootStack"));
    QVERIFY(root);
    QCOMPARE(root->currentWidget(), static_cast<QWidget *>(m_window->lockScreen()));
    QVERIFY(!m_window->menuBar()->isEnabled());
}

void TestSessionLock::unlockNeedsKeychain()
{
    QVERIFY(m_window->sessionLock()->isLocked());
    QSignalSpy unlocked(m_window->sessionLock(), &SessionLock::unlocked);
    QTest::mouseClick(m_window->lockScreen()->unlockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    QVERIFY(!m_window->sessionLock()->isLocked());
    auto *root = m_window->findChild<QStackedWidget *>(QStringLiteral("rootStack"));
    QCOMPARE(root->currentIndex(), 0);
    QVERIFY(m_window->menuBar()->isEnabled());
    // The unlock probe is not kept in memory either.
    QVERIFY(!m_services->secrets()->holdsInMemory(SessionLock::probeKey()));

    // The secret comes back from the keychain, not from memory.
    QFuture<Result<QString>> read = m_services->secrets()->read(m_key);
    QTRY_VERIFY(read.isFinished());
    QVERIFY2(read.result().ok(), qPrintable(read.result().error()));
    QCOMPARE(read.result().value(), QStringLiteral("instance database password"));
}

void TestSessionLock::idleTimeLocks()
{
    SessionLock *lock = m_window->sessionLock();
    QSignalSpy locked(lock, &SessionLock::locked);
    lock->setIdleLimit(300ms);
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 5000);
    QVERIFY(lock->isLocked());

    QSignalSpy unlocked(lock, &SessionLock::unlocked);
    lock->unlock();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
}

void TestSessionLock::inputKeepsSessionOpen()
{
    SessionLock *lock = m_window->sessionLock();
    QSignalSpy locked(lock, &SessionLock::locked);
    lock->setIdleLimit(800ms);
    // Typing every 100 ms for two seconds, well past the limit, keeps it open.
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
        QTest::qWait(100);
    }
    QCOMPARE(locked.count(), 0);
    // Once the input stops, the limit applies again.
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 5000);
    lock->setIdleLimit(0ms);
    QSignalSpy unlocked(lock, &SessionLock::unlocked);
    lock->unlock();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
}

void TestSessionLock::unlockWithoutKeychainStaysLocked()
{
    // The process's keychain connection is fixed at start, so a child runs
    // this case with a session bus that does not exist.
    if (qEnvironmentVariableIsEmpty("SAASODOO_TEST_NO_KEYCHAIN")) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAASODOO_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus.sock"))));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("unlockWithoutKeychainStaysLocked") });
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
        return;
    }
    SessionLock *lock = m_window->sessionLock();
    lock->lock();
    QSignalSpy failed(lock, &SessionLock::unlockFailed);
    QTest::mouseClick(m_window->lockScreen()->unlockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(lock->isLocked());
    QLabel *error = m_window->lockScreen()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(m_window->lockScreen()->unlockButton()->isEnabled());
    auto *root = m_window->findChild<QStackedWidget *>(QStringLiteral("rootStack"));
    QCOMPARE(root->currentWidget(), static_cast<QWidget *>(m_window->lockScreen()));
}

void TestSessionLock::cleanupTestCase()
{
    if (!m_services)
        return;
    m_window.reset();
    QFuture<Status> removed = m_services->secrets()->remove(m_key);
    removed.waitForFinished();
    QFuture<Status> probe = m_services->secrets()->remove(SessionLock::probeKey());
    probe.waitForFinished();
    m_services.reset();
}

QTEST_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
