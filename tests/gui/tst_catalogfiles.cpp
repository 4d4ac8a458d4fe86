// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console never opens its SQLite catalog outside SQLite: file dialogs
// leave the catalog's POSIX locks in place, and a dropped catalog file is
// rejected before anything opens it.
#include "ui/filedialogs.h"
#include "ui/instancespane.h"
#include "ui/prompter.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogfiles.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileSystemModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

// Returns the number of POSIX locks this process holds on the file at
// `path`, read from /proc/locks. A line there reads, for example,
// "3: POSIX  ADVISORY  READ 4242 08:01:1234 128 128".
int posixLocksHeld(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(::getpid());
    int count = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        const qsizetype type = fields.indexOf(QStringLiteral("POSIX"));
        if (type < 0 || fields.size() < type + 5 || fields.at(type + 3) != pid)
            continue;
        const QStringList device = fields.at(type + 4).split(QLatin1Char(':'));
        if (device.size() == 3 && device.at(2).toULongLong() == static_cast<qulonglong>(info.st_ino))
            ++count;
    }
    return count;
}

void dropUrl(QWidget *target, const QUrl &url)
{
    QMimeData mime;
    mime.setUrls({ url });
    const QPoint position(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace

class TestCatalogFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileDialogKeepsCatalogLocks();
    void droppedCatalogRejected_data();
    void droppedCatalogRejected();
    void linkedSidecarRejected();
    void settingsMayNameDatabase();

private:
    QTemporaryDir m_dir;
    QString m_catalogPath;
    std::unique_ptr<catalog::Catalog> m_catalog;
};

void TestCatalogFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_catalog = std::move(opened.value());
    QVERIFY(m_catalog->customerRows().ok());

    // Files beside the catalog whose names do not decide their type, as in a
    // home folder.
    for (const QString &name : { QStringLiteral("notes"), QStringLiteral("shop.backup") }) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text\n");
    }
    QVERIFY(QFile::exists(m_catalogPath + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(m_catalogPath + QStringLiteral("-shm")));
}

void TestCatalogFiles::fileDialogKeepsCatalogLocks()
{
    const QString shmPath = m_catalogPath + QStringLiteral("-shm");
    const int databaseLocks = posixLocksHeld(m_catalogPath);
    const int shmLocks = posixLocksHeld(shmPath);
    QVERIFY2(databaseLocks > 0, "SQLite in WAL mode holds a lock on the database file while the catalog is open");
    QVERIFY2(shmLocks > 0, "SQLite in WAL mode holds a lock on the -shm file while the catalog is open");

    const std::unique_ptr<QFileDialog> dialog(
        FileDialogs::create(nullptr, QStringLiteral("Restore from file"), m_dir.path()));
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

    const QModelIndex root = model->index(m_dir.path());
    QVERIFY(root.isValid());
    const int expectedRows = 5; // catalog.sqlite, -wal, -shm, notes, shop.backup
    QTRY_COMPARE(model->rowCount(root), expectedRows);
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex name = model->index(row, 0, root);
        const QFileInfo info = model->fileInfo(name);
        QVERIFY(!name.data(Qt::DecorationRole).isNull() || !info.isFile());
        QTRY_VERIFY(!model->index(row, 2, root).data().toString().isEmpty());
        QVERIFY(!dialog->iconProvider()->type(info).isEmpty());
        dialog->iconProvider()->icon(info);
    }
    // Let the gatherer thread finish whatever it queued for these rows.
    QTest::qWait(500);

    QCOMPARE(posixLocksHeld(m_catalogPath), databaseLocks);
    QCOMPARE(posixLocksHeld(shmPath), shmLocks);
    QVERIFY(m_catalog->customerRows().ok());
}

void TestCatalogFiles::droppedCatalogRejected_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database") << QString();
    QTest::newRow("wal") << QStringLiteral("-wal");
    QTest::newRow("shm") << QStringLiteral("-shm");
}

void TestCatalogFiles::droppedCatalogRejected()
{
    QFETCH(QString, suffix);
    const QString path = m_catalogPath + suffix;
    const int shmLocks = posixLocksHeld(m_catalogPath + QStringLiteral("-shm"));

    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QSignalSpy messages(&pane, &InstancesPane::statusMessage);
    QSignalSpy inspected(&pane, &InstancesPane::backupInspected);
    Prompter::setNextAnswer(QMessageBox::Ok);
    dropUrl(&pane, QUrl::fromLocalFile(path));

    QTRY_COMPARE(messages.count(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("catalog")), qPrintable(message));
    QCOMPARE(Prompter::lastText(), message);
    QTest::qWait(200);
    QCOMPARE(inspected.count(), 0);
    QCOMPARE(posixLocksHeld(m_catalogPath + QStringLiteral("-shm")), shmLocks);
}

void TestCatalogFiles::linkedSidecarRejected()
{
    const QString link = m_dir.filePath(QStringLiteral("looks-like-a-backup.zip"));
    QVERIFY(QFile::link(m_catalogPath + QStringLiteral("-wal"), link));
    const Status checked = catalog::CatalogFiles::rejectCatalogFile(link);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(QStringLiteral("working file")), qPrintable(checked.error()));

    // A journal that does not exist yet is still the catalog's.
    QVERIFY(!catalog::CatalogFiles::rejectCatalogFile(m_catalogPath + QStringLiteral("-journal")).ok());
    QVERIFY(catalog::CatalogFiles::rejectCatalogFile(m_dir.filePath(QStringLiteral("notes"))).ok());
    QVERIFY(QFile::remove(link));
}

void TestCatalogFiles::settingsMayNameDatabase()
{
    using catalog::CatalogFiles;
    QVERIFY(CatalogFiles::rejectCatalogFile(m_catalogPath, CatalogFiles::Allow::Database).ok());
    QVERIFY(!CatalogFiles::rejectCatalogFile(m_catalogPath + QStringLiteral("-wal"), CatalogFiles::Allow::Database).ok());
    QVERIFY(!CatalogFiles::rejectCatalogFile(m_catalogPath).ok());
}

QTEST_MAIN(TestCatalogFiles)
#include "tst_catalogfiles.moc"
