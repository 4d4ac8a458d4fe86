// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "dialogsave.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace saasodoo::billing {
class BillingService;
}

namespace saasodoo::ui {

class FormChecks;

// Creates or edits a billing plan. Prices and sizes are typed as the CLI
// takes them ("25.00", "1.5", "4G"); OK runs `save` on a worker thread
// (see DialogSave), and a failure keeps the dialog open with the catalog's
// message.
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Result<catalog::Plan>(const catalog::Plan &)>;

    PlanDialog(const catalog::Plan &plan, SaveFunction save, QWidget *parent = nullptr);

    // The plan as the form describes it. Fields that do not parse keep the
    // original values; validate() reports them.
    catalog::Plan plan() const;
    const catalog::Plan &saved() const { return m_saved; }
    FormChecks *checks() const { return m_checks; }

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

private:
    catalog::Plan m_original;
    catalog::Plan m_saved;
    SaveFunction m_save;
    FormChecks *m_checks = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_priceUsd = nullptr;
    QLineEdit *m_priceZwg = nullptr;
    QSpinBox *m_instances = nullptr;
    QLineEdit *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_storage = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_trial = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

// Subscribes a customer to a plan. Lists the customers without a live
// subscription and the active plans; OK runs `save` on a worker thread.
class SubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString customerId;
        QString planId;
        catalog::Currency currency = catalog::Currency::Usd;
        QDate start;
        bool trial = false;
        int trialDays = 0; // the plan's trial days when `trial`, else 0
    };
    using SaveFunction = std::function<Result<catalog::Subscription>(const Request &)>;
    // Returns a warning that the admin confirms before the save, or an empty
    // string. Runs on the GUI thread.
    using CheckFunction = std::function<QString(const Request &)>;

    SubscriptionDialog(const QList<catalog::Customer> &customers, const QList<catalog::Plan> &plans,
        const QString &customerId, SaveFunction save, QWidget *parent = nullptr);

    Request request() const;
    const catalog::Subscription &saved() const { return m_saved; }
    void setCheck(CheckFunction check) { m_check = std::move(check); }
    // Customers who had a subscription before: the trial box starts
    // unchecked for them, so a second trial is given only on purpose.
    void setEarlierSubscribers(const QSet<QString> &customerIds);

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

private:
    void updateTrial();

    QList<catalog::Plan> m_plans;
    catalog::Subscription m_saved;
    SaveFunction m_save;
    CheckFunction m_check;
    QSet<QString> m_earlierSubscribers;
    QComboBox *m_customer = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_trial = nullptr;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

// Requests a Paynow payment for one open invoice: a web checkout, whose link
// the admin copies or opens, or an EcoCash or OneMoney prompt on the
// customer's phone. The wallet number is checked for the method's network
// as it is typed, with the core's rules, and a wrong number sends nothing.
// After the request, the dialog shows the payment's status as updates
// arrive. It is not modal, so the console stays usable while the customer pays.
class PaymentRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentRequestDialog(const catalog::Invoice &invoice, const catalog::Customer &customer,
        billing::BillingService *service, QWidget *parent = nullptr);

    catalog::PaymentMethod method() const;
    void setMethod(catalog::PaymentMethod method);
    QLineEdit *phoneEdit() const { return m_phone; }
    QPushButton *sendButton() const { return m_send; }
    FormChecks *checks() const { return m_checks; }
    // The payment Paynow accepted; empty before.
    const catalog::Payment &payment() const { return m_payment; }
    QString statusText() const;

    // Checks the form and sends the request. Does nothing when the form is
    // invalid or a request was already sent.
    void sendRequest();

signals:
    void paymentRequested(const saasodoo::catalog::Payment &payment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateForm();
    void showPayment(const catalog::Payment &payment);
    void showError(const QString &message);

    catalog::Invoice m_invoice;
    catalog::Customer m_customer;
    billing::BillingService *m_service;
    catalog::Payment m_payment;
    bool m_sending = false;
    FormChecks *m_checks = nullptr;
    QRadioButton *m_web = nullptr;
    QRadioButton *m_ecoCash = nullptr;
    QRadioButton *m_oneMoney = nullptr;
    QLineEdit *m_phone = nullptr;
    bool m_phoneEdited = false; // the admin typed in the phone field
    QLineEdit *m_email = nullptr;
    QPushButton *m_send = nullptr;
    QWidget *m_linkRow = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

// Asks for the reason to void an invoice. Void with an empty or invalid
// reason keeps the dialog open and flags the field, so nothing typed is lost.
class VoidInvoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    // `question` names the invoice, its customer and its total.
    VoidInvoiceDialog(const QString &title, const QString &question, QWidget *parent = nullptr);

    QString reason() const;
    FormChecks *checks() const { return m_checks; }

    // Closes the dialog only when the reason is valid.
    void accept() override;

private:
    FormChecks *m_checks = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace saasodoo::ui
