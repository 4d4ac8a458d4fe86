// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Inline validation in the customer, tenant and host dialogs and in the
// new-instance wizard, with the catalog's own messages, and the busy state
// while a save runs on a worker thread.
#include "ui/billingdialogs.h"
#include "ui/confirmdeletedialog.h"
#include "ui/customerdialog.h"
#include "ui/formchecks.h"
#include "ui/hostdialog.h"
#include "ui/instancewizard.h"
#include "ui/prompter.h"
#include "ui/tenantdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

QLabel *errorLabel(QWidget *dialog, const QString &field)
{
    return dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
}

void setText(QWidget *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setText(text);
}

QList<catalog::TenantRow> oneTenant()
{
    catalog::TenantRow row;
    row.tenant.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    row.tenant.name = QStringLiteral("Mutare Hardware");
    row.tenant.slug = QStringLiteral("mutare-hw");
    row.customerName = QStringLiteral("Mutare Hardware (Pvt) Ltd");
    return { row };
}

QList<catalog::Host> oneHost()
{
    catalog::Host host;
    host.id = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    host.name = QStringLiteral("harare-1");
    host.baseDomain = QStringLiteral("odoo.example.co.zw");
    host.cpuCores = 4;
    host.memoryBytes = 16LL * 1024 * 1024 * 1024;
    return { host };
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void customerInvalidEmailFlagged();
    void customerInvalidPhoneFlagged();
    void customerValidFormSaves();
    void customerSuspendAsksFirst();
    void customerSaveErrorKeepsDialogOpen();
    void dialogBusyWhileSaving();
    void escapeAsksBeforeDiscarding();
    void wizardEscapeAsksBeforeDiscarding();
    void tenantSlugProposedAndChecked();
    void tenantOkFollowsValidity();
    void tenantSlugErrorsClearWhenFixed();
    void tenantWithoutCustomersExplains();
    void newCustomerOkStartsDisabled();
    void planOkFollowsValidity();
    void dialogsFocusFirstField();
    void paymentPhoneReplacesPrefill();
    void wizardProposesNamesFromSlug();
    void wizardProposesCustomerEmail();
    void wizardFlagsInvalidFields_data();
    void wizardFlagsInvalidFields();
    void wizardRejectsReservedEnvironment();
    void wizardFlagsNamesInUse();
    void wizardChecksCpuAgainstHost();
    void wizardChecksCpuAgainstEngine();
    void wizardEnvironmentKeepsHeight();
    void wizardAddonsShowWhole();
    void wizardFinishCreatesInstance();
    void hostDialogRequiresPassword();
    void hostDialogMasksKeyPassphrase();
    void hostDialogDefaultsNetwork();
    void hostDialogSavesNetwork();
    void hostSaveErrorClearsOnEdit();
    void deleteNeedsExactName();
    void deleteOptionDefaultsOn();
    void deleteEnterConfirmsTypedName();
    void deleteEnterIgnoresWrongName();
    void confirmationsShowMarkupAsTyped();
};

void TestDialogs::customerInvalidEmailFlagged()
{
    CustomerDialog dialog(catalog::Customer(), [](const catalog::Customer &c) { return Result<catalog::Customer>(c); });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts-at-example"));

    QLabel *error = errorLabel(&dialog, QStringLiteral("email"));
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("accounts-at-example")), qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(errorLabel(&dialog, QStringLiteral("name"))->isHidden());

    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@example.co.zw"));
    QVERIFY(error->isHidden());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestDialogs::customerInvalidPhoneFlagged()
{
    CustomerDialog dialog(catalog::Customer(), [](const catalog::Customer &c) { return Result<catalog::Customer>(c); });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@example.co.zw"));
    setText(&dialog, QStringLiteral("phone"), QStringLiteral("12345"));
    QVERIFY(!errorLabel(&dialog, QStringLiteral("phone"))->isHidden());
    QVERIFY(!dialog.checks()->isValid());

    setText(&dialog, QStringLiteral("phone"), QStringLiteral("0771 234 567"));
    QVERIFY(errorLabel(&dialog, QStringLiteral("phone"))->isHidden());
    setText(&dialog, QStringLiteral("country"), QStringLiteral("Z1"));
    QVERIFY(!errorLabel(&dialog, QStringLiteral("country"))->isHidden());
}

void TestDialogs::customerValidFormSaves()
{
    catalog::Customer stored;
    CustomerDialog dialog(catalog::Customer(), [&stored](const catalog::Customer &customer) {
        stored = customer;
        stored.id = QStringLiteral("new-id");
        return Result<catalog::Customer>(stored);
    });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("  Mutare Hardware "));
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@example.co.zw"));
    setText(&dialog, QStringLiteral("phone"), QStringLiteral("0771 234 567"));
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.name, QStringLiteral("Mutare Hardware"));
    QCOMPARE(stored.phone, QStringLiteral("+263771234567"));
    QCOMPARE(dialog.saved().id, QStringLiteral("new-id"));
}

void TestDialogs::customerSuspendAsksFirst()
{
    catalog::Customer stored;
    stored.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    stored.name = QStringLiteral("Mutare Hardware");
    stored.email = QStringLiteral("accounts@mutarehw.co.zw");
    stored.status = catalog::CustomerStatus::Active;
    int saves = 0;
    CustomerDialog dialog(stored, [&saves](const catalog::Customer &customer) {
        ++saves;
        return Result<catalog::Customer>(customer);
    });
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("status"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(catalog::CustomerStatus::Suspended)));

    // Cancel keeps the dialog open and saves nothing.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    dialog.accept();
    QTest::qWait(50);
    QCOMPARE(saves, 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString question = Prompter::lastText();
    QVERIFY2(question.contains(QStringLiteral("Mutare Hardware")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("instances keep running")), qPrintable(question));

    Prompter::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saves, 1);
    QCOMPARE(int(dialog.saved().status), int(catalog::CustomerStatus::Suspended));
}

void TestDialogs::customerSaveErrorKeepsDialogOpen()
{
    CustomerDialog dialog(catalog::Customer(), [](const catalog::Customer &) -> Result<catalog::Customer> {
        return makeError(QStringLiteral("Email accounts@example.co.zw is already used by another customer."));
    });
    dialog.show();
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@example.co.zw"));
    dialog.accept();
    auto *saveError = dialog.findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY2(saveError->text().contains(QStringLiteral("already used")), qPrintable(saveError->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!saveError->isHidden());
    // The form is usable again, with the values as typed.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("Mutare Hardware"));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // Typing another email hides the error about the old one.
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Backspace);
    QVERIFY(saveError->isHidden());
}

void TestDialogs::dialogBusyWhileSaving()
{
    // The save waits on the test, as a slow catalog server would. The
    // worker may outlive a failed check, so it shares the semaphores.
    auto started = std::make_shared<QSemaphore>();
    auto release = std::make_shared<QSemaphore>();
    const auto unblock = qScopeGuard([release] { release->release(); });
    CustomerDialog dialog(catalog::Customer(), [started, release](const catalog::Customer &customer) {
        started->release();
        release->acquire();
        return Result<catalog::Customer>(customer);
    });
    dialog.show();
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@example.co.zw"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(started->tryAcquire(1, 5000));

    // Busy: the fields and buttons are disabled, the label shows "Saving…", and
    // Cancel, Escape or a second OK change nothing.
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("saveError"));
    QVERIFY(!message->isHidden());
    QCOMPARE(message->text(), QStringLiteral("Saving…"));
    QVERIFY(message->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("name"))->isEnabled());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled());
    dialog.reject();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.accept();
    QTest::qWait(50);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    release->release();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.saved().name, QStringLiteral("Mutare Hardware"));
    // Only the one save ran.
    QVERIFY(!started->tryAcquire(1, 100));
}

void TestDialogs::escapeAsksBeforeDiscarding()
{
    const auto save = [](const catalog::Customer &c) { return Result<catalog::Customer>(c); };

    // Without changes, Escape closes at once.
    {
        CustomerDialog dialog(catalog::Customer(), save);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString before = Prompter::lastText();
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Prompter::lastText(), before);
    }

    CustomerDialog dialog(catalog::Customer(), save);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Mutare Hardware"));

    // With typed input, Escape asks, and Cancel keeps the form as typed.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Discard the changes")), qPrintable(Prompter::lastText()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Mutare Hardware"));

    // Discard closes it.
    Prompter::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDialogs::wizardEscapeAsksBeforeDiscarding()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("prod"));

    Prompter::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Discard the changes")), qPrintable(Prompter::lastText()));
    QVERIFY(wizard.isVisible());
    QCOMPARE(name->text(), QStringLiteral("prod"));

    // Typing the value back as it was leaves nothing to lose.
    name->clear();
    const QString asked = Prompter::lastText();
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(Prompter::lastText(), asked);
}

void TestDialogs::tenantSlugProposedAndChecked()
{
    catalog::CustomerRow customer;
    customer.customer.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    customer.customer.name = QStringLiteral("Mutare Hardware");
    TenantDialog dialog({ customer }, customer.customer.id,
        [](const catalog::Tenant &t) { return Result<catalog::Tenant>(t); });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware — Main Branch"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("slug"))->text(), QStringLiteral("mutare-hardware-main-branch"));
    QVERIFY(dialog.checks()->isValid());

    auto *slug = dialog.findChild<QLineEdit *>(QStringLiteral("slug"));
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, QStringLiteral("Bad_Slug"));
    QVERIFY(!errorLabel(&dialog, QStringLiteral("slug"))->isHidden());
    QVERIFY(!dialog.checks()->isValid());
    // Once edited, the slug no longer follows the name.
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Other"));
    QCOMPARE(slug->text(), QStringLiteral("Bad_Slug"));
}

void TestDialogs::tenantSlugErrorsClearWhenFixed()
{
    catalog::CustomerRow customer;
    customer.customer.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    customer.customer.name = QStringLiteral("Mutare Hardware");
    int saves = 0;
    TenantDialog dialog({ customer }, customer.customer.id, [&saves](const catalog::Tenant &t) -> Result<catalog::Tenant> {
        if (++saves == 1)
            return makeError(QStringLiteral("Slug \"%1\" is already used by tenant Mutare.").arg(t.slug));
        return t;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));

    // A slug that breaks the rules is flagged, and typing a valid one clears the flag.
    auto *slug = dialog.findChild<QLineEdit *>(QStringLiteral("slug"));
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, QStringLiteral("Bad_Slug"));
    QLabel *slugError = errorLabel(&dialog, QStringLiteral("slug"));
    QVERIFY(!slugError->isHidden());
    slug->selectAll();
    QTest::keyClicks(slug, QStringLiteral("mutare"));
    QVERIFY2(slugError->isHidden(), qPrintable(slugError->text()));
    QVERIFY(dialog.checks()->isValid());

    // The catalog rejects the slug on save; a new slug hides that message.
    dialog.accept();
    auto *saveError = dialog.findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY2(saveError->text().contains(QStringLiteral("already used")), qPrintable(saveError->text()));
    QVERIFY(!saveError->isHidden());
    slug->setFocus();
    QTest::keyClicks(slug, QStringLiteral("-main"));
    QVERIFY2(saveError->isHidden(), qPrintable(saveError->text()));
    QVERIFY(slugError->isHidden());

    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.saved().slug, QStringLiteral("mutare-main"));
}

void TestDialogs::tenantOkFollowsValidity()
{
    catalog::CustomerRow customer;
    customer.customer.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    customer.customer.name = QStringLiteral("Mutare Hardware");
    TenantDialog dialog({ customer }, customer.customer.id,
        [](const catalog::Tenant &t) { return Result<catalog::Tenant>(t); });
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    // The name is empty, but no error shows before the admin types.
    QVERIFY(errorLabel(&dialog, QStringLiteral("name"))->isHidden());

    // One edit makes the whole form valid at once: the name proposes the slug.
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    QVERIFY(dialog.checks()->isValid());
    QVERIFY(ok->isEnabled());

    setText(&dialog, QStringLiteral("name"), QString());
    QVERIFY(!ok->isEnabled());
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Gweru Farm"));
    QVERIFY(ok->isEnabled());
}

void TestDialogs::tenantWithoutCustomersExplains()
{
    TenantDialog dialog({}, QString(), [](const catalog::Tenant &t) { return Result<catalog::Tenant>(t); });
    QLabel *error = errorLabel(&dialog, QStringLiteral("customer"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("add a customer first")), qPrintable(error->text()));
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestDialogs::newCustomerOkStartsDisabled()
{
    CustomerDialog dialog(catalog::Customer(), [](const catalog::Customer &c) { return Result<catalog::Customer>(c); });
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(errorLabel(&dialog, QStringLiteral("name"))->isHidden());
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Mutare Hardware"));
    QVERIFY(!ok->isEnabled());
    setText(&dialog, QStringLiteral("email"), QStringLiteral("accounts@mutarehw.co.zw"));
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));
    QVERIFY(ok->isEnabled());

    // An existing, valid record opens with OK enabled.
    catalog::Customer stored;
    stored.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    stored.name = QStringLiteral("Mutare Hardware");
    stored.email = QStringLiteral("accounts@mutarehw.co.zw");
    stored.country = QStringLiteral("ZW");
    CustomerDialog edit(stored, [](const catalog::Customer &c) { return Result<catalog::Customer>(c); });
    QVERIFY(edit.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestDialogs::planOkFollowsValidity()
{
    PlanDialog dialog(catalog::Plan(), [](const catalog::Plan &p) { return Result<catalog::Plan>(p); });
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    setText(&dialog, QStringLiteral("name"), QStringLiteral("Starter"));
    setText(&dialog, QStringLiteral("priceUsd"), QStringLiteral("25.00"));
    setText(&dialog, QStringLiteral("priceZwg"), QStringLiteral("650.00"));
    setText(&dialog, QStringLiteral("cpu"), QStringLiteral("2"));
    setText(&dialog, QStringLiteral("memory"), QStringLiteral("4G"));
    setText(&dialog, QStringLiteral("storage"), QStringLiteral("20G"));
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));
    QVERIFY(ok->isEnabled());
    setText(&dialog, QStringLiteral("name"), QString());
    QVERIFY(!ok->isEnabled());
}

void TestDialogs::dialogsFocusFirstField()
{
    catalog::CustomerRow customer;
    customer.customer.id = QStringLiteral("6f1c2a3e-0d4b-4c5e-9f60-7a8b9c0d1e2f");
    customer.customer.name = QStringLiteral("Mutare Hardware");
    TenantDialog tenant({ customer }, customer.customer.id,
        [](const catalog::Tenant &t) { return Result<catalog::Tenant>(t); });
    tenant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tenant));
    QCOMPARE(tenant.focusWidget(), tenant.findChild<QLineEdit *>(QStringLiteral("name")));
    tenant.hide();

    catalog::Host host;
    host.dockerEndpoint = QStringLiteral("tcp://harare-1.example.co.zw:2376");
    HostDialog hostDialog(host, nullptr, [](const catalog::Host &h) { return Result<catalog::Host>(h); });
    hostDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hostDialog));
    QCOMPARE(hostDialog.focusWidget(), hostDialog.findChild<QLineEdit *>(QStringLiteral("name")));
    hostDialog.hide();

    CustomerDialog customerDialog(catalog::Customer(),
        [](const catalog::Customer &c) { return Result<catalog::Customer>(c); });
    customerDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&customerDialog));
    QCOMPARE(customerDialog.focusWidget(), customerDialog.findChild<QLineEdit *>(QStringLiteral("name")));
    // Tab follows the form from top to bottom.
    QStringList order;
    for (QWidget *widget = customerDialog.focusWidget()->nextInFocusChain(); order.size() < 4;
         widget = widget->nextInFocusChain()) {
        if (qobject_cast<QLineEdit *>(widget))
            order.append(widget->objectName());
    }
    QCOMPARE(order, (QStringList { QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("company"),
                        QStringLiteral("country") }));
}

void TestDialogs::paymentPhoneReplacesPrefill()
{
    catalog::Invoice invoice;
    invoice.id = QStringLiteral("0b6f9c1e-2d3a-4b5c-8d7e-6f5a4b3c2d1e");
    invoice.number = QStringLiteral("INV-2026-000007");
    invoice.status = catalog::InvoiceStatus::Open;
    invoice.totalCents = 2875;
    invoice.dueDate = QDate(2026, 3, 15);
    catalog::Customer customer;
    customer.name = QStringLiteral("Mutare Hardware");
    customer.email = QStringLiteral("accounts@mutare.co.zw");
    customer.phone = QStringLiteral("+263771111111");
    PaymentRequestDialog dialog(invoice, customer, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QLineEdit *phone = dialog.phoneEdit();
    QCOMPARE(phone->text(), customer.phone);

    // Choosing EcoCash selects the customer's number, so a typed one
    // replaces it.
    dialog.findChild<QRadioButton *>(QStringLiteral("methodEcoCash"))->click();
    QVERIFY(phone->isEnabled());
    QVERIFY(phone->hasSelectedText());
    QTest::keyClicks(phone, QStringLiteral("0772222222"));
    QCOMPARE(phone->text(), QStringLiteral("0772222222"));

    dialog.hide();

    // A click into the field selects the number too, as long as the admin
    // has not edited it.
    PaymentRequestDialog clicked(invoice, customer, nullptr);
    clicked.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clicked));
    clicked.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&clicked));
    auto *oneMoney = clicked.findChild<QRadioButton *>(QStringLiteral("methodOneMoney"));
    oneMoney->click();
    QLineEdit *clickedPhone = clicked.phoneEdit();
    clickedPhone->deselect();
    oneMoney->setFocus();
    QVERIFY(!clickedPhone->hasFocus());
    QTest::mouseClick(clickedPhone, Qt::LeftButton, {}, QPoint(4, clickedPhone->height() / 2));
    QTRY_VERIFY(clickedPhone->hasSelectedText());
    QCOMPARE(clickedPhone->selectedText(), customer.phone);
}

void TestDialogs::wizardProposesNamesFromSlug()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("databaseName"))->text(), QStringLiteral("mutare_hw"));
    setText(&wizard, QStringLiteral("name"), QStringLiteral("Prod 2"));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("databaseName"))->text(), QStringLiteral("mutare_hw_prod_2"));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("subdomain"))->text(), QStringLiteral("mutare-hw-prod-2"));
}

void TestDialogs::wizardFlagsInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");
    QTest::newRow("database name with a space") << QStringLiteral("databaseName") << QStringLiteral("my db") << 0
                                                << QStringLiteral("my db");
    QTest::newRow("reserved database name") << QStringLiteral("databaseName") << QStringLiteral("postgres") << 0
                                            << QStringLiteral("postgres");
    QTest::newRow("subdomain with underscore") << QStringLiteral("subdomain") << QStringLiteral("a_b") << 0
                                               << QStringLiteral("a_b");
    QTest::newRow("image tag of another series") << QStringLiteral("imageTag") << QStringLiteral("16.0") << 1
                                                 << QStringLiteral("16.0");
    QTest::newRow("admin email without domain") << QStringLiteral("adminEmail") << QStringLiteral("admin@") << 1
                                                << QStringLiteral("admin@");
    QTest::newRow("memory with unknown unit") << QStringLiteral("memory") << QStringLiteral("2X") << 2
                                              << QStringLiteral("2X");
    QTest::newRow("storage too small") << QStringLiteral("storage") << QStringLiteral("1K") << 2
                                       << QStringLiteral("Storage");
    QTest::newRow("name starting with a dash") << QStringLiteral("name") << QStringLiteral("-prod") << 0
                                               << QStringLiteral("'-'");
    QTest::newRow("memory above the host's") << QStringLiteral("memory") << QStringLiteral("999T") << 2
                                             << QStringLiteral("Host harare-1 has 16G of memory");
    QTest::newRow("addon name with a dash") << QStringLiteral("otherAddons") << QStringLiteral("my-addon") << 3
                                            << QStringLiteral("my-addon");
}

void TestDialogs::wizardFlagsInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, page);
    QFETCH(QString, expected);

    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod"));
    setText(&wizard, QStringLiteral("adminEmail"), QStringLiteral("admin@example.co.zw"));
    FormChecks *checks = wizard.pageChecks().at(page);
    checks->validate();
    QVERIFY2(checks->isValid(), qPrintable(checks->firstError()));

    setText(&wizard, field, value);
    checks->validate();
    QVERIFY(!checks->isValid());
    QLabel *error = errorLabel(&wizard, field);
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!wizard.page(wizard.pageIds().at(page))->isComplete());
}

void TestDialogs::wizardProposesCustomerEmail()
{
    QList<catalog::TenantRow> tenants = oneTenant();
    catalog::TenantRow second = tenants.first();
    second.tenant.id = QStringLiteral("2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182");
    second.tenant.name = QStringLiteral("Gweru Foods");
    second.tenant.slug = QStringLiteral("gweru-foods");
    tenants.append(second);
    InstanceWizard wizard(tenants, oneHost(), tenants.first().tenant.id, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    wizard.setTenantEmails({ { tenants.at(0).tenant.id, QStringLiteral("office@mutarehw.co.zw") },
        { tenants.at(1).tenant.id, QStringLiteral("it@gwerufoods.co.zw") } });
    auto *email = wizard.findChild<QLineEdit *>(QStringLiteral("adminEmail"));
    auto *tenant = wizard.findChild<QComboBox *>(QStringLiteral("tenant"));
    QVERIFY(email);
    QVERIFY(tenant);
    QCOMPARE(email->text(), QStringLiteral("office@mutarehw.co.zw"));

    // The proposal follows the tenant until the admin types an address.
    tenant->setCurrentIndex(tenant->findData(tenants.at(1).tenant.id));
    QCOMPARE(email->text(), QStringLiteral("it@gwerufoods.co.zw"));
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("odoo@gwerufoods.co.zw"));
    tenant->setCurrentIndex(tenant->findData(tenants.at(0).tenant.id));
    QCOMPARE(email->text(), QStringLiteral("odoo@gwerufoods.co.zw"));
    QCOMPARE(wizard.instance().adminEmail, QStringLiteral("odoo@gwerufoods.co.zw"));
}

void TestDialogs::wizardFlagsNamesInUse()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    catalog::InstanceRow existing;
    existing.id = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
    existing.name = QStringLiteral("prod");
    existing.status = catalog::InstanceStatus::Running;
    existing.tenantId = oneTenant().first().tenant.id;
    existing.hostId = oneHost().first().id;
    existing.baseDomain = oneHost().first().baseDomain;
    existing.subdomain = QStringLiteral("mutare-hw-prod");
    existing.databaseName = QStringLiteral("mutare_hw_prod");
    catalog::InstanceRow deleted = existing;
    deleted.id = QStringLiteral("00000000-0000-4000-8000-0000000000ab");
    deleted.name = QStringLiteral("old");
    deleted.subdomain = QStringLiteral("mutare-hw-old");
    deleted.databaseName = QStringLiteral("mutare_hw_old");
    deleted.status = catalog::InstanceStatus::Deleted;
    wizard.setExistingInstances({ existing, deleted });
    FormChecks *checks = wizard.pageChecks().at(0);

    // The name is flagged on the page where it is typed, with the names
    // proposed from it.
    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod"));
    QVERIFY(!checks->isValid());
    QVERIFY2(errorLabel(&wizard, QStringLiteral("name"))->text().contains(QStringLiteral("already used in tenant mutare-hw")),
        qPrintable(errorLabel(&wizard, QStringLiteral("name"))->text()));
    QVERIFY2(errorLabel(&wizard, QStringLiteral("subdomain"))->text().contains(QStringLiteral("by instance prod")),
        qPrintable(errorLabel(&wizard, QStringLiteral("subdomain"))->text()));
    QVERIFY2(errorLabel(&wizard, QStringLiteral("databaseName"))->text().contains(QStringLiteral("by instance prod")),
        qPrintable(errorLabel(&wizard, QStringLiteral("databaseName"))->text()));

    // A deleted instance's names are free again.
    setText(&wizard, QStringLiteral("name"), QStringLiteral("old"));
    QVERIFY2(checks->isValid(), qPrintable(checks->firstError()));
    QVERIFY(errorLabel(&wizard, QStringLiteral("name"))->isHidden());

    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod2"));
    QVERIFY2(checks->isValid(), qPrintable(checks->firstError()));
    QVERIFY(errorLabel(&wizard, QStringLiteral("subdomain"))->isHidden());
    QVERIFY(errorLabel(&wizard, QStringLiteral("databaseName"))->isHidden());
}

void TestDialogs::wizardChecksCpuAgainstHost()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    FormChecks *checks = wizard.pageChecks().at(2);
    auto *cpu = wizard.findChild<QDoubleSpinBox *>(QStringLiteral("cpu"));
    QVERIFY(cpu);
    cpu->setValue(4);
    QVERIFY2(checks->validate(), qPrintable(checks->firstError()));
    cpu->setValue(6);
    QVERIFY(!checks->validate());
    QVERIFY2(errorLabel(&wizard, QStringLiteral("cpu"))->text().contains(QStringLiteral("Host harare-1 has 4")),
        qPrintable(errorLabel(&wizard, QStringLiteral("cpu"))->text()));
}

void TestDialogs::wizardChecksCpuAgainstEngine()
{
    // The record says 4 cores but the engine has 2: the provisioner's rule
    // sizes the host by the smaller figure, and the wizard uses it too.
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    QSignalSpy measured(&wizard, &InstanceWizard::hostMeasured);
    wizard.setCapacityFunction([](const catalog::Host &host) -> Result<provisioning::HostCapacity> {
        provisioning::HostCapacity capacity;
        capacity.host = host;
        capacity.engineCpus = 2;
        capacity.engineMemoryBytes = 8LL << 30;
        capacity.cpus = 2;
        capacity.memoryBytes = 8LL << 30;
        return capacity;
    });
    QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 1, 5000);

    FormChecks *checks = wizard.pageChecks().at(2);
    auto *cpu = wizard.findChild<QDoubleSpinBox *>(QStringLiteral("cpu"));
    cpu->setValue(2);
    QVERIFY2(checks->validate(), qPrintable(checks->firstError()));
    cpu->setValue(3);
    QVERIFY(!checks->validate());
    const QString error = errorLabel(&wizard, QStringLiteral("cpu"))->text();
    QVERIFY2(error.contains(QStringLiteral("engine has only 2")), qPrintable(error));
}

void TestDialogs::wizardEnvironmentKeepsHeight()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod"));
    setText(&wizard, QStringLiteral("adminEmail"), QStringLiteral("admin@example.co.zw"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int page = 0; page < 3; ++page)
        wizard.next();
    QCOMPARE(wizard.currentId(), wizard.pageIds().at(3));

    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("environment"));
    wizard.findChild<QPushButton *>(QStringLiteral("addVariable"))->click();
    table->item(0, 0)->setText(QStringLiteral("HOST"));
    QVERIFY(!errorLabel(&wizard, QStringLiteral("environmentEditor"))->isHidden());
    QApplication::processEvents();
    // The error label takes its room from the window, not from the table:
    // at least the header and three rows stay visible.
    QVERIFY2(table->height() >= table->minimumHeight(), qPrintable(QString::number(table->height())));
    QVERIFY2(table->minimumHeight() >= 3 * table->verticalHeader()->defaultSectionSize(),
        qPrintable(QString::number(table->minimumHeight())));
    // The Add and Remove buttons stay clear of the table.
    const QRect tableRect(table->mapTo(&wizard, QPoint(0, 0)), table->size());
    for (const QString &name : { QStringLiteral("addVariable"), QStringLiteral("removeVariable") }) {
        auto *button = wizard.findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        const QRect buttonRect(button->mapTo(&wizard, QPoint(0, 0)), button->size());
        QVERIFY2(!tableRect.intersects(buttonRect), qPrintable(name));
    }
}

void TestDialogs::wizardAddonsShowWhole()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod"));
    setText(&wizard, QStringLiteral("adminEmail"), QStringLiteral("admin@example.co.zw"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int page = 0; page < 3; ++page)
        wizard.next();
    QCOMPARE(wizard.currentId(), wizard.pageIds().at(3));

    // Every addon's check box shows whole, at the first size and narrower.
    auto *addons = wizard.findChild<QListWidget *>(QStringLiteral("addons"));
    QVERIFY(addons);
    for (const int width : { wizard.width(), wizard.width() * 3 / 4 }) {
        wizard.resize(width, wizard.height());
        QTRY_VERIFY2(!addons->verticalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("list %1, viewport %2, width %3")
                    .arg(addons->height())
                    .arg(addons->viewport()->height())
                    .arg(width)));
        // The list lays its items out again a moment after a resize.
        QTRY_VERIFY(addons->viewport()->rect().contains(addons->visualItemRect(addons->item(addons->count() - 1))));
        for (int row = 0; row < addons->count(); ++row) {
            const QRect item = addons->visualItemRect(addons->item(row));
            QVERIFY2(addons->viewport()->rect().contains(item),
                qPrintable(QStringLiteral("%1 at width %2").arg(addons->item(row)->text()).arg(width)));
        }
    }
}

void TestDialogs::wizardRejectsReservedEnvironment()
{
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [](const catalog::Instance &i) {
        return Result<catalog::Instance>(i);
    });
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("environment"));
    QVERIFY(table);
    wizard.findChild<QPushButton *>(QStringLiteral("addVariable"))->click();
    table->item(0, 0)->setText(QStringLiteral("HOST"));
    table->item(0, 1)->setText(QStringLiteral("elsewhere"));
    FormChecks *checks = wizard.pageChecks().at(3);
    QVERIFY(!checks->isValid());
    QVERIFY(!errorLabel(&wizard, QStringLiteral("environmentEditor"))->isHidden());

    table->item(0, 0)->setText(QStringLiteral("TZ"));
    QVERIFY2(checks->isValid(), qPrintable(checks->firstError()));
    wizard.findChild<QPushButton *>(QStringLiteral("addVariable"))->click();
    table->item(1, 0)->setText(QStringLiteral("TZ"));
    QVERIFY(!checks->isValid());
    QVERIFY(checks->firstError().contains(QStringLiteral("twice")));
}

void TestDialogs::wizardFinishCreatesInstance()
{
    catalog::Instance received;
    InstanceWizard wizard(oneTenant(), oneHost(), {}, [&received](const catalog::Instance &instance) {
        received = instance;
        received.id = QStringLiteral("created");
        return Result<catalog::Instance>(received);
    });
    setText(&wizard, QStringLiteral("name"), QStringLiteral("prod"));
    setText(&wizard, QStringLiteral("adminEmail"), QStringLiteral("admin@example.co.zw"));
    setText(&wizard, QStringLiteral("memory"), QStringLiteral("1.5G"));
    setText(&wizard, QStringLiteral("otherAddons"), QStringLiteral("l10n_zw, crm"));
    setText(&wizard, QStringLiteral("disabledModules"), QStringLiteral("iap"));
    wizard.findChild<QCheckBox *>(QStringLiteral("demoData"))->setChecked(true);
    wizard.accept();

    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(received.tenantId, oneTenant().first().tenant.id);
    QCOMPARE(received.hostId, oneHost().first().id);
    QCOMPARE(received.databaseName, QStringLiteral("mutare_hw_prod"));
    QCOMPARE(received.memoryLimitBytes, qint64(1536) * 1024 * 1024);
    QCOMPARE(received.customAddons, (QStringList { QStringLiteral("l10n_zw"), QStringLiteral("crm") }));
    QCOMPARE(received.disabledModules, QStringList { QStringLiteral("iap") });
    QVERIFY(received.demoData);
    QVERIFY(received.status == catalog::InstanceStatus::Creating);
}

void TestDialogs::hostDialogRequiresPassword()
{
    catalog::Host host;
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    HostDialog dialog(host, nullptr, [](const catalog::Host &h) { return Result<catalog::Host>(h); });
    setText(&dialog, QStringLiteral("name"), QStringLiteral("harare-1"));
    setText(&dialog, QStringLiteral("pgHost"), QStringLiteral("127.0.0.1"));
    setText(&dialog, QStringLiteral("pgUser"), QStringLiteral("saasodoo_admin"));
    setText(&dialog, QStringLiteral("baseDomain"), QStringLiteral("odoo.example.co.zw"));
    QVERIFY(!errorLabel(&dialog, QStringLiteral("pgPassword"))->isHidden());
    setText(&dialog, QStringLiteral("pgPassword"), QStringLiteral("secret"));
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));

    setText(&dialog, QStringLiteral("dockerEndpoint"), QStringLiteral("ssh://harare-1"));
    QVERIFY(!errorLabel(&dialog, QStringLiteral("dockerEndpoint"))->isHidden());
}

void TestDialogs::hostDialogMasksKeyPassphrase()
{
    catalog::Host host;
    host.dockerEndpoint = QStringLiteral("tcp://harare-1.example.co.zw:2376");
    HostDialog dialog(host, nullptr, [](const catalog::Host &h) { return Result<catalog::Host>(h); });
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("tlsKeyPassphrase"));
    QVERIFY(passphrase);
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.tlsKeyPassphrase().isEmpty());
    setText(&dialog, QStringLiteral("tlsKeyPassphrase"), QStringLiteral("key passphrase"));
    QCOMPARE(dialog.tlsKeyPassphrase(), QStringLiteral("key passphrase"));
    // The passphrase is never part of the host record that the catalog stores.
    const catalog::Host record = dialog.host();
    for (const QString &field : { record.tlsKeyPath, record.tlsCertPath, record.tlsCaPath, record.pgPasswordRef })
        QVERIFY(!field.contains(QLatin1String("key passphrase")));
}

void TestDialogs::hostDialogDefaultsNetwork()
{
    const QByteArray saved = qgetenv("SAASODOO_DOCKER_NETWORK");
    const bool wasSet = qEnvironmentVariableIsSet("SAASODOO_DOCKER_NETWORK");
    const auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("SAASODOO_DOCKER_NETWORK", saved);
        else
            qunsetenv("SAASODOO_DOCKER_NETWORK");
    });
    const auto save = [](const catalog::Host &h) { return Result<catalog::Host>(h); };

    qunsetenv("SAASODOO_DOCKER_NETWORK");
    catalog::Host newHost;
    HostDialog plain(newHost, nullptr, save);
    auto *network = plain.findChild<QLineEdit *>(QStringLiteral("dockerNetwork"));
    QVERIFY(network);
    QCOMPARE(network->text(), QStringLiteral("saasodoo"));
    QCOMPARE(plain.host().dockerNetwork, QStringLiteral("saasodoo"));

    qputenv("SAASODOO_DOCKER_NETWORK", "odoo-prod");
    HostDialog fromEnvironment(newHost, nullptr, save);
    QCOMPARE(fromEnvironment.findChild<QLineEdit *>(QStringLiteral("dockerNetwork"))->text(),
        QStringLiteral("odoo-prod"));

    // An existing host without a network keeps using the default: the
    // dialog does not write one into its record.
    catalog::Host existing = oneHost().first();
    HostDialog edit(existing, nullptr, save);
    QVERIFY(edit.findChild<QLineEdit *>(QStringLiteral("dockerNetwork"))->text().isEmpty());
    QVERIFY(edit.host().dockerNetwork.isEmpty());

    setText(&plain, QStringLiteral("dockerNetwork"), QStringLiteral("-bad name"));
    QVERIFY(!errorLabel(&plain, QStringLiteral("dockerNetwork"))->isHidden());
}

void TestDialogs::hostDialogSavesNetwork()
{
    // An existing host whose PostgreSQL settings stay as they are saves
    // without the role check, so no server is needed.
    catalog::Host existing = oneHost().first();
    existing.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    existing.pgHost = QStringLiteral("127.0.0.1");
    existing.pgAdminUser = QStringLiteral("saasodoo_admin");
    existing.dockerNetwork = QStringLiteral("saasodoo");
    catalog::Host received;
    HostDialog dialog(existing, nullptr, [&received](const catalog::Host &h) {
        received = h;
        return Result<catalog::Host>(h);
    });
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("dockerNetwork"))->text(), QStringLiteral("saasodoo"));
    setText(&dialog, QStringLiteral("dockerNetwork"), QStringLiteral(" odoo-net "));
    QVERIFY2(dialog.checks()->isValid(), qPrintable(dialog.checks()->firstError()));

    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(received.dockerNetwork, QStringLiteral("odoo-net"));
    QCOMPARE(dialog.saved().dockerNetwork, QStringLiteral("odoo-net"));
}

void TestDialogs::hostSaveErrorClearsOnEdit()
{
    catalog::Host existing = oneHost().first();
    existing.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    existing.pgHost = QStringLiteral("127.0.0.1");
    existing.pgAdminUser = QStringLiteral("saasodoo_admin");
    HostDialog dialog(existing, nullptr, [](const catalog::Host &) {
        return Result<catalog::Host>(Error { QStringLiteral("Host not saved: postgres is a superuser.") });
    });
    auto *saveError = dialog.findChild<QLabel *>(QStringLiteral("saveError"));
    QVERIFY(saveError);

    dialog.accept();
    QTRY_VERIFY2(saveError->text().contains(QStringLiteral("superuser")), qPrintable(saveError->text()));
    QVERIFY(!saveError->isHidden());
    QVERIFY(dialog.result() != int(QDialog::Accepted));

    setText(&dialog, QStringLiteral("name"), QStringLiteral("edge-2"));
    QVERIFY(saveError->isHidden());

    // The superuser override counts as a change too.
    dialog.accept();
    QTRY_VERIFY2(saveError->text().contains(QStringLiteral("superuser")), qPrintable(saveError->text()));
    QVERIFY(!saveError->isHidden());
    auto *override = dialog.findChild<QCheckBox *>();
    QVERIFY(override);
    override->toggle();
    QVERIFY(saveError->isHidden());
}

void TestDialogs::deleteNeedsExactName()
{
    ConfirmDeleteDialog dialog(QStringLiteral("Delete instance prod"), QStringLiteral("prod"),
        QStringLiteral("Removes everything."), QStringLiteral("Delete instance"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("Prod"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("prod"));
    QVERIFY(dialog.confirmButton()->isEnabled());
}

void TestDialogs::deleteOptionDefaultsOn()
{
    ConfirmDeleteDialog dialog(QStringLiteral("Delete instance prod"), QStringLiteral("prod"),
        QStringLiteral("Removes everything."), QStringLiteral("Delete instance"));
    QCheckBox *option = dialog.addOption(QStringLiteral("Take a final backup first"), true);
    QVERIFY(option->isChecked());
    QCOMPARE(option->parentWidget(), &dialog);
    // The option does not replace the typed confirmation.
    QVERIFY(!dialog.confirmButton()->isEnabled());
    option->setChecked(false);
    dialog.nameEdit()->setText(QStringLiteral("prod"));
    QVERIFY(dialog.confirmButton()->isEnabled());
    QVERIFY(!option->isChecked());
}

void TestDialogs::deleteEnterConfirmsTypedName()
{
    ConfirmDeleteDialog dialog(QStringLiteral("Delete instance prod"), QStringLiteral("prod"),
        QStringLiteral("Removes everything."), QStringLiteral("Delete instance"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setFocus();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("prod"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::deleteEnterIgnoresWrongName()
{
    ConfirmDeleteDialog dialog(QStringLiteral("Delete instance prod"), QStringLiteral("prod"),
        QStringLiteral("Removes everything."), QStringLiteral("Delete instance"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setFocus();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("prd"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("prd"));
}

void TestDialogs::confirmationsShowMarkupAsTyped()
{
    const QString name = QStringLiteral("Acme Traders <b>bold</b> & Co");

    ConfirmDeleteDialog remove(QStringLiteral("Delete instance"), name,
        QStringLiteral("Deletes %1 and its database.").arg(name), QStringLiteral("Delete instance"));
    bool explained = false;
    for (QLabel *label : remove.findChildren<QLabel *>()) {
        if (!label->text().startsWith(QStringLiteral("Deletes ")))
            continue;
        explained = true;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(explained);

    VoidInvoiceDialog voiding(QStringLiteral("Void invoice"), QStringLiteral("Void the invoice of %1?").arg(name));
    auto *question = voiding.findChild<QLabel *>(QStringLiteral("question"));
    QVERIFY(question);
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QCOMPARE(question->text(), QStringLiteral("Void the invoice of %1?").arg(name));

    Prompter::setNextAnswer(QMessageBox::Cancel);
    Prompter::question(nullptr, QStringLiteral("Suspend"), QStringLiteral("Suspend %1?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    QCOMPARE(Prompter::lastTextFormat(), Qt::PlainText);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
