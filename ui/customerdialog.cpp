// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdialog.h"

#include "discardguard.h"
#include "formchecks.h"
#include "prompter.h"
#include "statuscolors.h"
#include "statustext.h"

#include "core/catalog/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

using catalog::Customer;
using catalog::CustomerStatus;

CustomerDialog::CustomerDialog(const Customer &customer, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_original(customer)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("customerDialog"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });
    setWindowTitle(customer.id.isEmpty() ? tr("New customer") : tr("Edit customer %1").arg(customer.name));

    auto makeEdit = [this](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = makeEdit(QStringLiteral("name"), customer.name, tr("Mutare Hardware (Pvt) Ltd"));
    m_email = makeEdit(QStringLiteral("email"), customer.email, tr("accounts@example.co.zw"));
    m_phone = makeEdit(QStringLiteral("phone"), customer.phone, tr("0771 234 567 or +263 77 123 4567"));
    m_company = makeEdit(QStringLiteral("company"), customer.company, {});
    m_country = makeEdit(QStringLiteral("country"), customer.country, tr("ZW"));
    m_country->setMaxLength(2);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (CustomerStatus status : { CustomerStatus::Active, CustomerStatus::Suspended, CustomerStatus::Closed })
        m_status->addItem(StatusText::customerStatus(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(customer.status)));
    m_notes = new QPlainTextEdit(customer.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *form = new QFormLayout;
    m_checks = new FormChecks(this);
    m_checks->addRow(form, tr("&Name:"), m_name, [this] {
        return catalog::validateRequiredText(tr("Customer name"), m_name->text().trimmed());
    });
    m_checks->addRow(form, tr("&Email:"), m_email, [this] {
        return catalog::validateEmail(tr("Email"), m_email->text().trimmed());
    });
    m_checks->addRow(form, tr("&Phone:"), m_phone, [this]() -> Status {
        const Result<QString> phone = catalog::normalizePhone(m_phone->text());
        return phone.ok() ? Status() : Status(makeError(phone.error()));
    });
    form->addRow(tr("&Company:"), m_company);
    m_checks->addRow(form, tr("C&ountry:"), m_country, [this] {
        return catalog::validateCountryCode(m_country->text().trimmed().toUpper());
    });
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("N&otes:"), m_notes);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setWordWrap(true);
    StatusColors::apply(m_saveError, StatusColors::Tone::Error);
    m_saveError->setVisible(false);
    m_saving.setMessage(m_saveError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_name, m_email, m_phone, m_country })
        connect(edit, &QLineEdit::textChanged, m_checks, &FormChecks::validate);
    // A rejected save's error (such as an email already used) describes
    // the values it was given, so an edit hides it.
    for (QLineEdit *edit : { m_name, m_email, m_phone, m_company, m_country })
        connect(edit, &QLineEdit::textEdited, this, [this] { m_saving.showError(QString()); });
    // A new record starts empty: show what is missing only after typing,
    // but keep OK disabled until the form is valid.
    m_checks->controlButton(m_buttons->button(QDialogButtonBox::Ok));
    if (!customer.id.isEmpty())
        m_checks->validate();

    // FormChecks::addRow moves a checked field into a new container, which
    // puts it last in the focus chain, so the order is set here.
    QWidget *previous = m_name;
    for (QWidget *next : std::initializer_list<QWidget *> { m_email, m_phone, m_company, m_country, m_status,
             m_notes, m_buttons }) {
        setTabOrder(previous, next);
        previous = next;
    }
    m_name->setFocus();
}

Customer CustomerDialog::customer() const
{
    Customer customer = m_original;
    customer.name = m_name->text();
    customer.email = m_email->text();
    customer.phone = m_phone->text();
    customer.company = m_company->text();
    customer.country = m_country->text();
    customer.status = static_cast<CustomerStatus>(m_status->currentData().toInt());
    customer.notes = m_notes->toPlainText();
    return customer;
}

void CustomerDialog::accept()
{
    if (m_saving.busy() || !m_checks->validate())
        return;
    Customer record = customer();
    if (const Status valid = catalog::normalizeAndValidate(record); !valid) {
        m_saving.showError(valid.error());
        return;
    }
    // No core code acts on a customer's status, so the admin learns what a
    // suspension leaves running before it is saved.
    if (record.status == catalog::CustomerStatus::Suspended && m_original.status != catalog::CustomerStatus::Suspended) {
        const QString text = tr("Suspend customer %1 (%2)?\n\nThe customer is only marked suspended in the catalog. "
                                "Its tenants, instances, subscriptions and invoices are not changed: its instances "
                                "keep running and stay reachable. To stop an instance, suspend it in the Instances "
                                "pane or with 'saasodoo instance suspend'.")
                                 .arg(record.name, record.email);
        if (Prompter::question(this, tr("Suspend customer %1").arg(record.name), text,
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    m_saving.run<Customer>([save = m_save, record] { return save(record); }, [this](Result<Customer> saved) {
        if (!saved)
            return;
        m_saved = saved.value();
        QDialog::accept();
    });
}

void CustomerDialog::reject()
{
    if (!m_saving.busy())
        QDialog::reject();
}

} // namespace saasodoo::ui
