// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Dropping files on the Instances pane, and the backup check behind it.
#include "ui/backupinspection.h"
#include "ui/instancetablemodel.h"
#include "ui/instancespane.h"
#include "ui/prompter.h"
#include "ui/restorechoicedialog.h"

#include "core/catalog/entities.h"
#include "core/catalog/validation.h"

#include <QDir>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QTest>
#include <QtEndian>

#include <optional>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Writes a zip with uncompressed ("stored") entries, or with every entry
// deflated when `deflate` is set, as the console's own backups are.
void writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries, bool deflate = false)
{
    QByteArray data;
    QByteArray directory;
    const quint16 method = deflate ? 8 : 0;
    for (const auto &[name, content] : entries) {
        // qCompress writes a 4-byte length, a 2-byte zlib header, raw
        // deflate data and a 4-byte Adler-32; a zip keeps only the deflate data.
        const QByteArray stored = deflate ? qCompress(content, 9).mid(6).chopped(4) : content;
        const quint32 offset = quint32(data.size());
        appendLe32(data, 0x04034b50);
        appendLe16(data, 20);
        appendLe16(data, 0);
        appendLe16(data, method);
        appendLe32(data, 0); // time and date
        appendLe32(data, crc32(content));
        appendLe32(data, quint32(stored.size()));
        appendLe32(data, quint32(content.size()));
        appendLe16(data, quint16(name.size()));
        appendLe16(data, 0);
        data.append(name);
        data.append(stored);

        appendLe32(directory, 0x02014b50);
        appendLe16(directory, 20);
        appendLe16(directory, 20);
        appendLe16(directory, 0);
        appendLe16(directory, method);
        appendLe32(directory, 0);
        appendLe32(directory, crc32(content));
        appendLe32(directory, quint32(stored.size()));
        appendLe32(directory, quint32(content.size()));
        appendLe16(directory, quint16(name.size()));
        appendLe16(directory, 0);
        appendLe16(directory, 0);
        appendLe16(directory, 0);
        appendLe16(directory, 0);
        appendLe32(directory, 0);
        appendLe32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(data.size());
    data.append(directory);
    appendLe32(data, 0x06054b50);
    appendLe16(data, 0);
    appendLe16(data, 0);
    appendLe16(data, quint16(entries.size()));
    appendLe16(data, quint16(entries.size()));
    appendLe32(data, quint32(directory.size()));
    appendLe32(data, directoryOffset);
    appendLe16(data, 0);

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void drop(QWidget *target, const QList<QUrl> &urls, std::optional<QPoint> at = std::nullopt)
{
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    const QPointF position = at ? QPointF(*at) : QPointF(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

} // namespace

class TestBackupDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inspectsOdooZip();
    void inspectsDeflatedManifest();
    void inspectsPgDump();
    void rejectsZipWithoutDump();
    void rejectsOtherFiles_data();
    void rejectsOtherFiles();
    void dropOfTextFileRefused();
    void dropIsCopyOnly();
    void dropOfFolderRefused();
    void dropOfRemoteUrlRefused();
    void dropReturnsBeforeChecking();
    void dropOnRowOpensRestoreInto();
    void dropOnRowFlagsOtherVersion();
    void dropOnPaneOpensRestoreAsNew();
    void restoreFromFileFlagsOtherVersion();
    void restoreFromFileOffersInstances();
    void intoChoiceShowsOtherVersion();
    void intoChoiceProposesMoved();
    void unsafeZipOffersNoRestore();
    void enterDoesNotRestore();
    void tenantProposedFromBackup();
    void tenantChoiceRequired();
    void dumpAsNewAsksSeries();
    void newInstanceLimitsAndHost();
    void markupNameFlagged();
    void chooserNamesTenants();

private:
    QTemporaryDir m_dir;
};

void TestBackupDrop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeZip(m_dir.filePath(QStringLiteral("acme.zip")),
        { { "manifest.json", R"({"db_name":"acme","version":"17.0","pg_version":"15.0"})" },
            { "dump.sql", "-- PostgreSQL database dump\n" }, { "filestore/ab/abcdef", "x" } });
    writeZip(m_dir.filePath(QStringLiteral("nodump.zip")), { { "manifest.json", "{}" } });
    writeZip(m_dir.filePath(QStringLiteral("shop.zip")),
        { { "dump.sql", "-- PostgreSQL database dump\n-- PostgreSQL database dump complete\n" },
            { "manifest.json",
                R"({"odoo_dump":"1","db_name":"shop","version":"17.0","major_version":"17.0","pg_version":"16.0",)"
                R"("modules":{"base":"17.0.1.3","sale":"17.0.1.2","stock":"17.0.1.1"}})" },
            { "filestore/ab/abcdef", "x" } });
    writeZip(m_dir.filePath(QStringLiteral("packed.zip")),
        { { "dump.sql", "-- PostgreSQL database dump\n-- PostgreSQL database dump complete\n" },
            { "manifest.json",
                R"({"odoo_dump":"1","db_name":"packed","version":"17.0","major_version":"17.0","pg_version":"15.0",)"
                R"("modules":{"base":"17.0.1.3","sale":"17.0.1.2"}})" },
            { "filestore/ab/abcdef", "x" } },
        true);
    writeZip(m_dir.filePath(QStringLiteral("slip.zip")),
        { { "dump.sql", "-- PostgreSQL database dump\n" },
            { "manifest.json", R"({"odoo_dump":"1","db_name":"slip","version":"17.0","major_version":"17.0"})" },
            { "filestore/../../etc/evil", "x" } });
    writeFile(m_dir.filePath(QStringLiteral("acme.dump")), QByteArray("PGDMP\x01\x0e\x00", 8));
    writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "not a backup\n");
    writeFile(m_dir.filePath(QStringLiteral("fake.dump")), "-- plain SQL\n");
    writeFile(m_dir.filePath(QStringLiteral("fake.zip")), "this is no zip at all");
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.zip")));
}

void TestBackupDrop::inspectsOdooZip()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("acme.zip")));
    QVERIFY(result.kind == BackupInspection::Kind::OdooZip);
    QVERIFY(result.hasFilestore);
    QCOMPARE(result.manifest.value(QStringLiteral("db_name")).toString(), QStringLiteral("acme"));
    QCOMPARE(result.manifest.value(QStringLiteral("version")).toString(), QStringLiteral("17.0"));
}

void TestBackupDrop::inspectsDeflatedManifest()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("packed.zip")));
    QVERIFY(result.kind == BackupInspection::Kind::OdooZip);
    QVERIFY2(result.validationError.isEmpty(), qPrintable(result.validationError));
    QCOMPARE(result.manifest.value(QStringLiteral("db_name")).toString(), QStringLiteral("packed"));
    QCOMPARE(result.moduleCount, 2);
    const QString text = RestoreChoiceDialog::describe(result);
    QVERIFY2(text.contains(QStringLiteral("Odoo version: 17.0. Database: packed. Modules: 2.")), qPrintable(text));
}

void TestBackupDrop::inspectsPgDump()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("acme.dump")));
    QVERIFY(result.kind == BackupInspection::Kind::PgDumpCustom);
}

void TestBackupDrop::rejectsZipWithoutDump()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("nodump.zip")));
    QVERIFY(result.kind == BackupInspection::Kind::NotBackup);
    QVERIFY2(result.reason.contains(QStringLiteral("dump.sql")), qPrintable(result.reason));
}

void TestBackupDrop::rejectsOtherFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QStringLiteral("notes.txt") << QStringLiteral(".zip");
    QTest::newRow("dump without PGDMP") << QStringLiteral("fake.dump") << QStringLiteral("PGDMP");
    QTest::newRow("zip that is not a zip") << QStringLiteral("fake.zip") << QStringLiteral("central directory");
    QTest::newRow("folder") << QStringLiteral("folder.zip") << QStringLiteral("folder");
    QTest::newRow("missing file") << QStringLiteral("gone.zip") << QStringLiteral("does not exist");
}

void TestBackupDrop::rejectsOtherFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(name));
    QVERIFY(result.kind == BackupInspection::Kind::NotBackup);
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
}

void TestBackupDrop::dropOfTextFileRefused()
{
    // Any file is accepted on enter, so that the drop can explain why a
    // file that is not a backup is rejected.
    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QSignalSpy messages(&pane, &InstancesPane::statusMessage);
    Prompter::setNextAnswer(QMessageBox::Ok);
    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt"))) });
    QTRY_COMPARE(messages.count(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("notes.txt is not a backup file")), qPrintable(message));
    QCOMPARE(Prompter::lastText(), message);
}

void TestBackupDrop::dropIsCopyOnly()
{
    // A drag source that offers a move proposes it with Shift held. The
    // pane must still take a copy, or the source may delete the backup.
    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("shop.zip"))) });
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(QPoint(400, 250), offered, &mime, Qt::LeftButton, Qt::ShiftModifier);
    QCOMPARE(enter.proposedAction(), Qt::MoveAction);
    QCoreApplication::sendEvent(&pane, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);

    QDragMoveEvent move(QPoint(400, 250), offered, &mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&pane, &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(move.dropAction(), Qt::CopyAction);

    QDropEvent dropEvent(QPointF(400, 250), offered, &mime, Qt::LeftButton, Qt::ShiftModifier);
    QCOMPARE(dropEvent.proposedAction(), Qt::MoveAction);
    QCoreApplication::sendEvent(&pane, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QCOMPARE(dropEvent.dropAction(), Qt::CopyAction);

    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    dialog->reject();

    // A source that offers only a move gets no drop at all.
    QDragEnterEvent moveOnly(QPoint(400, 250), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pane, &moveOnly);
    QVERIFY(!moveOnly.isAccepted());
}

void TestBackupDrop::dropOfFolderRefused()
{
    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QSignalSpy messages(&pane, &InstancesPane::statusMessage);
    Prompter::setNextAnswer(QMessageBox::Ok);
    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("folder.zip"))) });
    QTRY_COMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("not a backup file")));
}

void TestBackupDrop::dropOfRemoteUrlRefused()
{
    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QSignalSpy messages(&pane, &InstancesPane::statusMessage);
    QSignalSpy inspected(&pane, &InstancesPane::backupInspected);
    Prompter::setNextAnswer(QMessageBox::Ok);
    drop(&pane, { QUrl(QStringLiteral("https://example.co.zw/acme.zip")) });
    QTRY_COMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("not a backup file")));
    QCOMPARE(inspected.count(), 0);
}

void TestBackupDrop::dropReturnsBeforeChecking()
{
    InstancesPane pane(nullptr);
    pane.resize(800, 500);
    QSignalSpy inspected(&pane, &InstancesPane::backupInspected);
    QElapsedTimer timer;
    timer.start();
    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("acme.zip"))) });
    // Nothing is checked inside the drop handler: the result arrives later.
    QCOMPARE(inspected.count(), 0);
    QTRY_COMPARE(inspected.count(), 1);
    QVERIFY(inspected.at(0).at(0).value<BackupInspection>().kind == BackupInspection::Kind::OdooZip);
}

namespace {

catalog::InstanceRow instanceRow(const QString &name, const QString &odooVersion)
{
    catalog::InstanceRow row;
    row.id = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(odooVersion == QLatin1String("17.0") ? 1 : 2);
    row.name = name;
    row.odooVersion = odooVersion;
    row.status = catalog::InstanceStatus::Running;
    row.databaseName = name;
    row.subdomain = name;
    return row;
}

// The centre of the first row, in the pane's coordinates.
QPoint firstRowCentre(InstancesPane &pane)
{
    const QModelIndex index = pane.proxy()->index(0, 0);
    const QRect rect = pane.view()->visualRect(index);
    return pane.view()->viewport()->mapTo(&pane, rect.center());
}

} // namespace

void TestBackupDrop::dropOnRowOpensRestoreInto()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    pane.model()->setRows({ instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("shop.zip"))) }, firstRowCentre(pane));
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("into shop-prod")), qPrintable(dialog->windowTitle()));

    const QString description = dialog->findChild<QLabel *>(QStringLiteral("foundDescription"))->text();
    QVERIFY2(description.contains(QStringLiteral("Odoo version: 17.0")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Database: shop")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Modules: 3")), qPrintable(description));
    QVERIFY(dialog->intoProblem().isEmpty());
    auto *into = dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"));
    QVERIFY(into->isEnabled());
    QVERIFY(into->text().contains(QStringLiteral("shop-prod")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("problems"))->isVisibleTo(dialog));
    dialog->reject();
}

void TestBackupDrop::dropOnRowFlagsOtherVersion()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    pane.model()->setRows({ instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("shop.zip"))) }, firstRowCentre(pane));
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("into old-erp")));
    QVERIFY2(dialog->intoProblem().contains(QStringLiteral("Odoo 17.0")), qPrintable(dialog->intoProblem()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(problems->isVisibleTo(dialog));
    QVERIFY2(problems->text().contains(QStringLiteral("16.0")), qPrintable(problems->text()));
    dialog->reject();
}

void TestBackupDrop::restoreFromFileFlagsOtherVersion()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    pane.model()->setRows({ instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.selectId(instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0")).id);

    bool chooserCalled = false;
    pane.setRestoreFileChooser([this, &chooserCalled] {
        chooserCalled = true;
        return m_dir.filePath(QStringLiteral("shop.zip"));
    });
    bool found = false;
    for (QAction *action : pane.findChildren<QAction *>())
        found = found || action->text() == QStringLiteral("Restore into this instance from &file…");
    QVERIFY(found);
    pane.restoreFromFile();
    QVERIFY(chooserCalled);

    // The same dialog as a drop on the row, with the manifest and the
    // version mismatch flagged before anything runs.
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("into old-erp")), qPrintable(dialog->windowTitle()));
    QVERIFY2(dialog->intoProblem().contains(QStringLiteral("Odoo 17.0")), qPrintable(dialog->intoProblem()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    auto *description = dialog->findChild<QLabel *>(QStringLiteral("foundDescription"));
    QVERIFY2(description->text().contains(QStringLiteral("17.0")), qPrintable(description->text()));
    const QPointer<RestoreChoiceDialog> closed(dialog);
    dialog->reject();
    QTRY_VERIFY(closed.isNull());

    // A cancelled file dialog opens nothing.
    pane.setRestoreFileChooser([] { return QString(); });
    pane.restoreFromFile();
    QTest::qWait(200);
    QVERIFY(!pane.findChild<RestoreChoiceDialog *>());
}

void TestBackupDrop::restoreFromFileOffersInstances()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    pane.model()->setRows({ instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0")),
        instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // No selection, as for a file given on the command line.
    pane.setRestoreFileChooser([this] { return m_dir.filePath(QStringLiteral("shop.zip")); });
    pane.chooseFileToRestore(QString());
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    auto *into = dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"));
    auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("intoInstance"));
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), 3);
    QVERIFY(!into->isEnabled());

    chooser->setCurrentIndex(chooser->findData(instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")).id));
    QVERIFY(into->isEnabled());
    QVERIFY2(into->text().contains(QStringLiteral("shop-prod")), qPrintable(into->text()));
    QCOMPARE(dialog->chosenTargetId(), instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")).id);

    chooser->setCurrentIndex(chooser->findData(instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0")).id));
    QVERIFY(!into->isEnabled());
    QVERIFY2(into->toolTip().contains(QStringLiteral("16.0")), qPrintable(into->toolTip()));
    dialog->reject();
}

void TestBackupDrop::intoChoiceShowsOtherVersion()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    const catalog::InstanceRow older = instanceRow(QStringLiteral("old-erp"), QStringLiteral("16.0"));
    pane.model()->setRows({ older, instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setRestoreFileChooser([this] { return m_dir.filePath(QStringLiteral("shop.zip")); });
    pane.chooseFileToRestore(QString());
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("intoInstance"));
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("intoReason"));
    QVERIFY(chooser);
    QVERIFY(reason);
    // No instance chosen yet: no reason in red, and the button tooltip names the next step.
    QVERIFY(reason->isHidden());

    // Another major version: the reason shows beside the greyed button.
    chooser->setCurrentIndex(chooser->findData(older.id));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    QVERIFY(!reason->isHidden());
    QVERIFY2(reason->text().contains(QStringLiteral("16.0")), qPrintable(reason->text()));
    QVERIFY2(reason->text().contains(QStringLiteral("17.0")), qPrintable(reason->text()));

    // The same version: nothing to explain.
    chooser->setCurrentIndex(chooser->findData(instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")).id));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    QVERIFY(reason->isHidden());
    dialog->reject();
}

void TestBackupDrop::intoChoiceProposesMoved()
{
    // shop.zip contains the database "shop", which is the database of instance "shop".
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    const catalog::InstanceRow other = instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0"));
    // instanceRow() gives every 17.0 instance the same id.
    catalog::InstanceRow own = instanceRow(QStringLiteral("shop"), QStringLiteral("17.0"));
    own.id = QStringLiteral("00000000-0000-4000-8000-000000000003");
    pane.model()->setRows({ other, own });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setRestoreFileChooser([this] { return m_dir.filePath(QStringLiteral("shop.zip")); });
    pane.chooseFileToRestore(QString());
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("intoInstance"));
    auto *moved = dialog->findChild<QCheckBox *>(QStringLiteral("moved"));
    QVERIFY(chooser);
    QVERIFY(moved);

    // The instance whose database the backup contains: "moved" is proposed.
    chooser->setCurrentIndex(chooser->findData(own.id));
    QVERIFY(moved->isChecked());
    QVERIFY(dialog->moved());
    // Another instance of the same version: a copy, unless the admin checks "moved".
    chooser->setCurrentIndex(chooser->findData(other.id));
    QVERIFY(!moved->isChecked());
    moved->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("newInstanceName"))->setText(QStringLiteral("renamed"));
    QVERIFY2(moved->isChecked(), "an edit of another field kept the admin's choice");
    dialog->reject();
}

void TestBackupDrop::dropOnPaneOpensRestoreAsNew()
{
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    pane.model()->setRows({ instanceRow(QStringLiteral("shop-prod"), QStringLiteral("17.0")) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // Below the only row: the pane, not an instance.
    const QPoint below = pane.view()->viewport()->mapTo(&pane,
        QPoint(20, pane.view()->viewport()->height() - 5));
    drop(&pane, { QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("shop.zip"))) }, below);
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("as a new instance")), qPrintable(dialog->windowTitle()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    QCOMPARE(dialog->newInstanceName(), QStringLiteral("shop-copy"));
    // The tenant's slug prefix is dropped and underscores become hyphens,
    // so the proposal is a valid instance name.
    QCOMPARE(RestoreChoiceDialog::proposeName(QStringLiteral("acme_hq_erp"), QStringLiteral("acme-hq")),
        QStringLiteral("erp-copy"));
    QCOMPARE(RestoreChoiceDialog::proposeName(QStringLiteral("big_shop"), QString()), QStringLiteral("big-shop-copy"));
    // Without a catalog there is no tenant or host for the new instance.
    auto *asNew = dialog->findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY(asNew->toolTip().contains(QStringLiteral("tenant and a host")));
    dialog->reject();
}

void TestBackupDrop::unsafeZipOffersNoRestore()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("slip.zip")));
    QVERIFY(result.kind == BackupInspection::Kind::OdooZip);
    QVERIFY2(result.validationError.contains(QStringLiteral("..")), qPrintable(result.validationError));

    RestoreDestinations destinations;
    destinations.targetName = QStringLiteral("shop-prod");
    destinations.targetSeries = QStringLiteral("17.0");
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Shop"), QStringLiteral("shop") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };
    RestoreChoiceDialog dialog(result, destinations);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreInto"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().contains(QStringLiteral("rejects")));
}

void TestBackupDrop::enterDoesNotRestore()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip")));
    QVERIFY2(result.validationError.isEmpty(), qPrintable(result.validationError));
    RestoreDestinations destinations;
    destinations.targetName = QStringLiteral("shop-prod");
    destinations.targetSeries = QStringLiteral("17.0");
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Shop"), QStringLiteral("shop") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };
    RestoreChoiceDialog dialog(result, destinations);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *into = dialog.findChild<QPushButton *>(QStringLiteral("restoreInto"));
    auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY(into->isEnabled());
    QVERIFY(asNew->isEnabled());
    QVERIFY(!into->isDefault());
    QVERIFY(!into->autoDefault());
    QVERIFY(!asNew->autoDefault());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->isDefault());

    // Enter in the name field, and Enter with the restore button focused,
    // both close the dialog without a choice.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newInstanceName"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.choice(), RestoreChoiceDialog::Cancelled);

    RestoreChoiceDialog second(result, destinations);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto *secondInto = second.findChild<QPushButton *>(QStringLiteral("restoreInto"));
    secondInto->setFocus();
    QTest::keyClick(secondInto, Qt::Key_Return);
    QCOMPARE(second.choice(), RestoreChoiceDialog::Cancelled);
}

void TestBackupDrop::tenantProposedFromBackup()
{
    const QList<RestoreTenant> tenants {
        { QStringLiteral("t1"), QStringLiteral("Shop"), QStringLiteral("shop") },
        { QStringLiteral("t2"), QStringLiteral("Shop North"), QStringLiteral("shop-north") },
        { QStringLiteral("t3"), QStringLiteral("Acme"), QStringLiteral("acme") },
    };
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("shop"), tenants), QStringLiteral("t1"));
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("shop_erp"), tenants), QStringLiteral("t1"));
    // The longest matching slug wins, with '-' in the slug as '_' in the database name.
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("shop_north_erp"), tenants), QStringLiteral("t2"));
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("Acme_Prod"), tenants), QStringLiteral("t3"));
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("shopping"), tenants), QString());
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("other"), tenants), QString());
    QCOMPARE(RestoreChoiceDialog::proposeTenant(QStringLiteral("other"), { tenants.at(2) }), QStringLiteral("t3"));

    // shop.zip contains the database "shop".
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip")));
    RestoreDestinations destinations;
    destinations.tenants = tenants;
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };
    RestoreChoiceDialog dialog(result, destinations);
    QCOMPARE(dialog.tenantId(), QStringLiteral("t1"));
    auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
}

void TestBackupDrop::tenantChoiceRequired()
{
    // shop.zip's database "shop" matches neither tenant.
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip")));
    RestoreDestinations destinations;
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Beta"), QStringLiteral("beta") },
        { QStringLiteral("t2"), QStringLiteral("Gamma"), QStringLiteral("gamma") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };
    RestoreChoiceDialog dialog(result, destinations);
    dialog.show();
    QCOMPARE(dialog.tenantId(), QString());
    auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY2(asNew->toolTip().contains(QStringLiteral("Choose the tenant")), qPrintable(asNew->toolTip()));
    auto *tenantError = dialog.findChild<QLabel *>(QStringLiteral("tenantError"));
    QVERIFY(tenantError);
    QVERIFY(tenantError->isVisible());

    // Choosing a tenant clears the flag; an invalid name sets another.
    auto *tenant = dialog.findChild<QComboBox *>(QStringLiteral("tenant"));
    tenant->setCurrentIndex(tenant->findData(QStringLiteral("t2")));
    QCOMPARE(dialog.tenantId(), QStringLiteral("t2"));
    QVERIFY(!tenantError->isVisible());
    QVERIFY(asNew->isEnabled());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newInstanceName"));
    name->setText(QStringLiteral("-shop"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newInstanceNameError"))->isVisible());
    name->setText(QStringLiteral("shop-copy"));
    QVERIFY(asNew->isEnabled());
}

void TestBackupDrop::dumpAsNewAsksSeries()
{
    RestoreDestinations destinations;
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Shop"), QStringLiteral("shop") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };

    // A dump whose module base could not be read records no series.
    BackupInspection dump;
    dump.path = m_dir.filePath(QStringLiteral("erp.dump"));
    dump.kind = BackupInspection::Kind::PgDumpCustom;
    dump.summary.kind = backup::BackupKind::PgCustomDump;
    dump.summary.databaseName = QStringLiteral("erp");
    {
        RestoreChoiceDialog dialog(dump, destinations);
        auto *series = dialog.findChild<QComboBox *>(QStringLiteral("odooVersion"));
        QVERIFY(series);
        QVERIFY(series->isEnabled());
        QCOMPARE(series->count(), 1 + int(catalog::supportedOdooVersions().size()));
        QCOMPARE(dialog.odooVersion(), QString());
        auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
        QVERIFY(!asNew->isEnabled());
        QVERIFY2(asNew->toolTip().contains(QStringLiteral("Odoo series")), qPrintable(asNew->toolTip()));
        series->setCurrentIndex(series->findData(QStringLiteral("18.0")));
        QCOMPARE(dialog.odooVersion(), QStringLiteral("18.0"));
        QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    }

    // A dump that records its series, and a zip, offer only their own.
    dump.summary.odooVersion = QStringLiteral("16.0");
    for (const BackupInspection &inspection :
        { dump, BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip"))) }) {
        RestoreChoiceDialog dialog(inspection, destinations);
        auto *series = dialog.findChild<QComboBox *>(QStringLiteral("odooVersion"));
        QVERIFY(series);
        QVERIFY(!series->isEnabled());
        QCOMPARE(series->count(), 1);
        QCOMPARE(dialog.odooVersion(), inspection.summary.odooVersion);
        QVERIFY(!dialog.odooVersion().isEmpty());
    }
}

void TestBackupDrop::newInstanceLimitsAndHost()
{
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip")));
    RestoreDestinations destinations;
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Shop"), QStringLiteral("shop") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("full-host") },
        { QStringLiteral("h2"), QStringLiteral("roomy-host") } };

    // Without the backup's instance, core's defaults are proposed.
    {
        RestoreChoiceDialog dialog(result, destinations);
        QCOMPARE(dialog.cpuLimit(), 1.0);
        QCOMPARE(dialog.memoryLimitBytes(), 2LL * 1024 * 1024 * 1024);
    }

    destinations.cpuLimit = 2.5;
    destinations.memoryLimitBytes = 3LL * 1024 * 1024 * 1024;
    RestoreChoiceDialog dialog(result, destinations);
    QCOMPARE(dialog.cpuLimit(), 2.5);
    QCOMPARE(dialog.memoryLimitBytes(), 3LL * 1024 * 1024 * 1024);

    // "Automatic" comes first and is the default, not the first host.
    auto *host = dialog.findChild<QComboBox *>(QStringLiteral("host"));
    QCOMPARE(host->count(), 3);
    QCOMPARE(dialog.hostId(), QString());
    host->setCurrentIndex(host->findData(QStringLiteral("h2")));
    QCOMPARE(dialog.hostId(), QStringLiteral("h2"));

    auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    auto *memory = dialog.findChild<QLineEdit *>(QStringLiteral("memory"));
    QVERIFY(memory);
    memory->setText(QStringLiteral("lots"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY2(asNew->toolTip().contains(QStringLiteral("Memory limit")), qPrintable(asNew->toolTip()));
    memory->setText(QStringLiteral("512M"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
    QCOMPARE(dialog.memoryLimitBytes(), 512LL * 1024 * 1024);
    auto *cpu = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("cpu"));
    QVERIFY(cpu);
    cpu->setValue(0);
    QVERIFY(!asNew->isEnabled());
    QVERIFY2(asNew->toolTip().contains(QStringLiteral("CPU limit")), qPrintable(asNew->toolTip()));
}

void TestBackupDrop::markupNameFlagged()
{
    // instance create rejects a name whose database name or subdomain
    // would be invalid, and so does the dialog, before any job starts.
    const BackupInspection result = BackupInspector::inspect(m_dir.filePath(QStringLiteral("shop.zip")));
    RestoreDestinations destinations;
    destinations.tenants = { { QStringLiteral("t1"), QStringLiteral("Acme"), QStringLiteral("acme") } };
    destinations.hosts = { { QStringLiteral("h1"), QStringLiteral("host-1") } };
    RestoreChoiceDialog dialog(result, destinations);
    dialog.show();
    auto *asNew = dialog.findChild<QPushButton *>(QStringLiteral("restoreAsNew"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newInstanceName"));
    name->setText(QStringLiteral("<b>x</b>"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY2(asNew->toolTip().contains(QStringLiteral("gives the database name \"acme_<b>x</b>\"")),
        qPrintable(asNew->toolTip()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newInstanceNameError"))->isVisible());
    name->setText(QStringLiteral("Copy"));
    QVERIFY(!asNew->isEnabled());
    QVERIFY2(asNew->toolTip().contains(QStringLiteral("gives the subdomain \"acme-Copy\"")),
        qPrintable(asNew->toolTip()));
    name->setText(QStringLiteral("copy"));
    QVERIFY2(asNew->isEnabled(), qPrintable(asNew->toolTip()));
}

void TestBackupDrop::chooserNamesTenants()
{
    // Two instances named "prod", in tenants of two customers.
    InstancesPane pane(nullptr);
    pane.resize(900, 500);
    catalog::InstanceRow acme = instanceRow(QStringLiteral("prod"), QStringLiteral("17.0"));
    acme.tenantName = QStringLiteral("Acme");
    acme.customerName = QStringLiteral("Acme Traders");
    catalog::InstanceRow boldt = instanceRow(QStringLiteral("prod"), QStringLiteral("18.0"));
    boldt.odooVersion = QStringLiteral("17.0");
    boldt.tenantName = QStringLiteral("Boldt");
    boldt.customerName = QStringLiteral("Boldt Mining");
    pane.model()->setRows({ acme, boldt });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    pane.setRestoreFileChooser([this] { return m_dir.filePath(QStringLiteral("shop.zip")); });
    pane.chooseFileToRestore(QString());
    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr);
    auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("intoInstance"));
    QVERIFY(chooser);
    const QString acmeText = chooser->itemText(chooser->findData(acme.id));
    const QString boldtText = chooser->itemText(chooser->findData(boldt.id));
    QVERIFY2(acmeText.contains(QStringLiteral("Acme Traders")), qPrintable(acmeText));
    QVERIFY2(acmeText.contains(QStringLiteral("tenant Acme")), qPrintable(acmeText));
    QVERIFY2(boldtText.contains(QStringLiteral("tenant Boldt")), qPrintable(boldtText));
    QVERIFY2(boldtText.contains(QStringLiteral("Boldt Mining")), qPrintable(boldtText));
    QVERIFY(acmeText != boldtText);
    dialog->reject();
}

QTEST_MAIN(TestBackupDrop)
#include "tst_backupdrop.moc"
