// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Edit tenant in the Tenants pane on a SQLite catalog: the dialog saves,
// shows another session's change as a conflict, flags invalid input, and
// locks the slug and the customer while instances use them.
#include "reloadwait.h"

#include "ui/consoleservices.h"
#include "ui/formchecks.h"
#include "ui/tenantdialog.h"
#include "ui/tenantspane.h"
#include "ui/tenanttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

QAction *actionNamed(QWidget *pane, const QString &text)
{
    for (QAction *action : pane->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QLabel *errorLabel(QWidget *dialog, const QString &field)
{
    return dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
}

void setText(QWidget *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

// Runs `step` on the open TenantDialog each time a 20 ms timer finds one,
// until `step` returns true, so a test can act inside the dialog's own
// event loop.
class DialogDriver
{
public:
    explicit DialogDriver(std::function<bool(TenantDialog *)> step)
        : m_step(std::move(step))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<TenantDialog *>(QApplication::activeModalWidget());
            if (dialog && !m_done)
                m_done = m_step(dialog);
        });
        m_timer.start(20);
    }
    bool done() const { return m_done; }

private:
    std::function<bool(TenantDialog *)> m_step;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace

class TestTenantEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editActionNeedsOneTenant();
    void editSavesChanges();
    void conflictKeepsDialogOpen();
    void invalidInputFlagged();
    void instancesLockSlugAndCustomer();

private:
    catalog::Tenant createTenant(const QString &slug, const QString &customerId);
    // Reloads `pane`, selects `tenantId` and triggers Edit tenant.
    void startEdit(TenantsPane &pane, const QString &tenantId);

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    catalog::Customer m_first;
    catalog::Customer m_second;
    catalog::Host m_host;
};

void TestTenantEdit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tenantedit"));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));
    db->setAdminName(QStringLiteral("Farai"));

    catalog::Customer customer;
    customer.name = QStringLiteral("Mutare Hardware");
    customer.email = QStringLiteral("accounts@mutare.example.co.zw");
    const Result<catalog::Customer> first = db->createCustomer(customer);
    QVERIFY2(first, qPrintable(first.error()));
    m_first = first.value();
    customer.name = QStringLiteral("Gweru Farm Supplies");
    customer.email = QStringLiteral("office@gweru.example.co.zw");
    const Result<catalog::Customer> second = db->createCustomer(customer);
    QVERIFY2(second, qPrintable(second.error()));
    m_second = second.value();

    catalog::Host host;
    host.name = QStringLiteral("host-edit");
    // No engine listens there: the host watcher finds it unreachable.
    host.dockerEndpoint = QStringLiteral("unix://%1").arg(m_dir.filePath(QStringLiteral("no-engine.sock")));
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    m_host = createdHost.value();
}

void TestTenantEdit::cleanupTestCase()
{
    m_services.reset();
}

catalog::Tenant TestTenantEdit::createTenant(const QString &slug, const QString &customerId)
{
    catalog::Tenant tenant;
    tenant.customerId = customerId;
    tenant.name = QStringLiteral("Tenant ") + slug;
    tenant.slug = slug;
    const Result<catalog::Tenant> created = m_services->catalog()->createTenant(tenant);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return created ? created.value() : catalog::Tenant();
}

void TestTenantEdit::startEdit(TenantsPane &pane, const QString &tenantId)
{
    QVERIFY(reloadAndWait(pane));
    pane.selectId(tenantId);
    QAction *edit = actionNamed(&pane, QStringLiteral("&Edit tenant…"));
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), qPrintable(edit->toolTip()));
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
    edit->trigger();
}

void TestTenantEdit::editActionNeedsOneTenant()
{
    const catalog::Tenant one = createTenant(QStringLiteral("select-one"), m_first.id);
    const catalog::Tenant two = createTenant(QStringLiteral("select-two"), m_first.id);
    QVERIFY(!one.id.isEmpty() && !two.id.isEmpty());
    TenantsPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    QAction *edit = actionNamed(&pane, QStringLiteral("&Edit tenant…"));
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(QStringLiteral("exactly one tenant")), qPrintable(edit->toolTip()));
    pane.view()->selectAll();
    QVERIFY(pane.selectedIds().size() >= 2);
    QVERIFY(!edit->isEnabled());
    pane.selectId(one.id);
    QVERIFY2(edit->isEnabled(), qPrintable(edit->toolTip()));
}

void TestTenantEdit::editSavesChanges()
{
    const catalog::Tenant tenant = createTenant(QStringLiteral("edit-saves"), m_first.id);
    QVERIFY(!tenant.id.isEmpty());
    TenantsPane pane(m_services.get());
    pane.show();
    QSignalSpy changed(&pane, &TenantsPane::catalogChanged);

    QString title;
    bool slugEditable = false;
    DialogDriver driver([&](TenantDialog *dialog) {
        title = dialog->windowTitle();
        slugEditable = !dialog->findChild<QLineEdit *>(QStringLiteral("slug"))->isReadOnly();
        setText(dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware Main Branch"));
        setText(dialog, QStringLiteral("slug"), QStringLiteral("mutare-main"));
        auto *customer = dialog->findChild<QComboBox *>(QStringLiteral("customer"));
        customer->setCurrentIndex(customer->findData(m_second.id));
        dialog->accept();
        return true;
    });
    startEdit(pane, tenant.id);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QVERIFY(driver.done());
    QVERIFY2(title.contains(tenant.name), qPrintable(title));
    QVERIFY(slugEditable);

    const Result<catalog::Tenant> stored = m_services->catalog()->tenant(tenant.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->name, QStringLiteral("Mutare Hardware Main Branch"));
    QCOMPARE(stored->slug, QStringLiteral("mutare-main"));
    QCOMPARE(stored->customerId, m_second.id);
    QCOMPARE(stored->rowVersion, tenant.rowVersion + 1);
}

void TestTenantEdit::conflictKeepsDialogOpen()
{
    const catalog::Tenant tenant = createTenant(QStringLiteral("edit-conflict"), m_first.id);
    QVERIFY(!tenant.id.isEmpty());
    TenantsPane pane(m_services.get());
    pane.show();
    QSignalSpy changed(&pane, &TenantsPane::catalogChanged);

    // Stage 0 changes the tenant from another session and saves the stale
    // copy; stage 1 waits for the error, reads it and closes the dialog.
    int stage = 0;
    QString otherSessionError;
    QString shownError;
    bool stillOpen = false;
    DialogDriver driver([&](TenantDialog *dialog) {
        if (stage == 0) {
            Result<std::unique_ptr<catalog::Catalog>> other = catalog::Catalog::open(m_services->catalogConfig());
            if (!other) {
                otherSessionError = other.error();
                dialog->reject();
                return true;
            }
            other.value()->setAdminName(QStringLiteral("Nyasha"));
            catalog::Tenant theirs = *other.value()->tenant(tenant.id);
            theirs.name = QStringLiteral("Nyasha's name");
            if (const Result<catalog::Tenant> saved = other.value()->updateTenant(theirs); !saved) {
                otherSessionError = saved.error();
                dialog->reject();
                return true;
            }
            setText(dialog, QStringLiteral("name"), QStringLiteral("Farai's name"));
            dialog->accept();
            stage = 1;
            return false;
        }
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
        if (error->isHidden() || error->text().contains(QStringLiteral("Saving")))
            return false;
        shownError = error->text();
        stillOpen = dialog->isVisible();
        dialog->reject();
        return true;
    });
    startEdit(pane, tenant.id);
    QTRY_VERIFY_WITH_TIMEOUT(driver.done(), 10000);
    QVERIFY2(otherSessionError.isEmpty(), qPrintable(otherSessionError));
    QVERIFY(stillOpen);
    QVERIFY2(shownError.contains(QStringLiteral("Nyasha")), qPrintable(shownError));
    QVERIFY2(shownError.contains(QStringLiteral("Reload")), qPrintable(shownError));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_services->catalog()->tenant(tenant.id)->name, QStringLiteral("Nyasha's name"));
}

void TestTenantEdit::invalidInputFlagged()
{
    const catalog::Tenant tenant = createTenant(QStringLiteral("edit-invalid"), m_first.id);
    const catalog::Tenant other = createTenant(QStringLiteral("edit-taken"), m_first.id);
    QVERIFY(!tenant.id.isEmpty() && !other.id.isEmpty());
    TenantsPane pane(m_services.get());
    pane.show();

    bool slugFlagged = false;
    bool nameFlagged = false;
    bool okDisabled = false;
    QString takenError;
    int stage = 0;
    DialogDriver driver([&](TenantDialog *dialog) {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (stage == 0) {
            setText(dialog, QStringLiteral("slug"), QStringLiteral("Bad_Slug"));
            slugFlagged = !errorLabel(dialog, QStringLiteral("slug"))->isHidden();
            setText(dialog, QStringLiteral("slug"), QStringLiteral("edit-invalid"));
            setText(dialog, QStringLiteral("name"), QString());
            nameFlagged = !errorLabel(dialog, QStringLiteral("name"))->isHidden();
            okDisabled = !ok->isEnabled();
            // A slug that another tenant has passes the form but not the catalog.
            setText(dialog, QStringLiteral("name"), QStringLiteral("Still valid"));
            setText(dialog, QStringLiteral("slug"), QStringLiteral("edit-taken"));
            dialog->accept();
            stage = 1;
            return false;
        }
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
        if (error->isHidden() || error->text().contains(QStringLiteral("Saving")))
            return false;
        takenError = error->text();
        dialog->reject();
        return true;
    });
    startEdit(pane, tenant.id);
    QTRY_VERIFY_WITH_TIMEOUT(driver.done(), 10000);
    QVERIFY(slugFlagged);
    QVERIFY(nameFlagged);
    QVERIFY(okDisabled);
    QVERIFY2(takenError.contains(QStringLiteral("edit-taken")), qPrintable(takenError));
    const Result<catalog::Tenant> stored = m_services->catalog()->tenant(tenant.id);
    QCOMPARE(stored->slug, QStringLiteral("edit-invalid"));
    QCOMPARE(stored->rowVersion, tenant.rowVersion);
}

void TestTenantEdit::instancesLockSlugAndCustomer()
{
    const catalog::Tenant tenant = createTenant(QStringLiteral("edit-locked"), m_first.id);
    QVERIFY(!tenant.id.isEmpty());
    catalog::Instance instance;
    instance.tenantId = tenant.id;
    instance.hostId = m_host.id;
    instance.name = QStringLiteral("lockedshop");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = catalog::InstanceType::Development;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@example.co.zw");
    instance.databaseName = QStringLiteral("db_lockedshop");
    instance.subdomain = QStringLiteral("lockedshop");
    instance.status = catalog::InstanceStatus::Stopped;
    const Result<catalog::Instance> created = m_services->catalog()->createInstance(instance);
    QVERIFY2(created, qPrintable(created.error()));

    TenantsPane pane(m_services.get());
    pane.show();
    QSignalSpy changed(&pane, &TenantsPane::catalogChanged);
    bool slugReadOnly = false;
    bool customerDisabled = false;
    QString locks;
    DialogDriver driver([&](TenantDialog *dialog) {
        slugReadOnly = dialog->findChild<QLineEdit *>(QStringLiteral("slug"))->isReadOnly();
        customerDisabled = !dialog->findChild<QComboBox *>(QStringLiteral("customer"))->isEnabled();
        locks = dialog->findChild<QLabel *>(QStringLiteral("locks"))->text();
        // The name stays editable.
        setText(dialog, QStringLiteral("name"), QStringLiteral("Renamed while in use"));
        dialog->accept();
        return true;
    });
    startEdit(pane, tenant.id);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QVERIFY(slugReadOnly);
    QVERIFY(customerDisabled);
    QVERIFY2(locks.contains(QStringLiteral("lockedshop")), qPrintable(locks));
    QVERIFY2(locks.contains(QStringLiteral("slug is locked")), qPrintable(locks));
    QVERIFY2(locks.contains(QStringLiteral("customer is locked")), qPrintable(locks));
    const Result<catalog::Tenant> stored = m_services->catalog()->tenant(tenant.id);
    QCOMPARE(stored->name, QStringLiteral("Renamed while in use"));
    QCOMPARE(stored->slug, QStringLiteral("edit-locked"));
    QCOMPARE(stored->customerId, m_first.id);
}

QTEST_MAIN(TestTenantEdit)
#include "tst_tenantedit.moc"
