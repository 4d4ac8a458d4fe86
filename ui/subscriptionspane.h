// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "billingdialogs.h"
#include "catalogread.h"
#include "listpane.h"

#include <QFuture>
#include <QHash>
#include <QPointer>

#include <functional>
#include <utility>

class QTabWidget;

namespace saasodoo::billing {
class BillingService;
class PaymentFollower;
} // namespace saasodoo::billing

namespace saasodoo::ui {

class ConsoleServices;
class InvoiceTableModel;
class PaymentTableModel;
class PlanTableModel;
class SubscriptionTableModel;
class SubscriptionsPane;

// The billing plans: add and edit.
class PlansView final : public ListPane
{
    Q_OBJECT

public:
    explicit PlansView(SubscriptionsPane *pane);

    void reload() override;
    PlanTableModel *model() const { return m_model; }
    void newPlan();
    void editPlan();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void openEditDialog(const catalog::Plan &current);

    SubscriptionsPane *m_pane;
    PlanTableModel *m_model;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_editRead; // the record an Edit opens the dialog with
};

// The plans a subscription can change to: active, not its own, and priced
// in its currency (or free). `withoutPrice` names the active plans left out
// for having no price in that currency.
struct PlanChoices
{
    QStringList labels; // "Business (USD 60.00 a month)"
    QStringList ids;
    QStringList withoutPrice;
};
PlanChoices planChoices(const QList<catalog::Plan> &plans, const catalog::Subscription &subscription);

// Preview of a billing run on `day`: one description per action, or the
// error that stopped the preview.
struct BillingPreview
{
    QDate day;
    QStringList actions;
    QString error;
};

// The customers' subscriptions: subscribe, change plan, cancel and preview
// the billing run of today.
class SubscriptionsView final : public ListPane
{
    Q_OBJECT

public:
    explicit SubscriptionsView(SubscriptionsPane *pane);

    void reload() override;
    SubscriptionTableModel *model() const { return m_model; }
    void newSubscription();
    // Moves the subscription to `planId` from its next invoice on.
    QFuture<Status> changePlan(const QString &subscriptionId, const QString &planId);
    // Asks for a confirmation that names the customer and the plan, then
    // cancels the one selected subscription on a worker thread. The Cancel
    // action stays disabled until the cancellation returns.
    void cancelSelected();
    bool cancelling() const { return m_cancelling; }
    // Plans the billing run of today (UTC) on a worker thread, as 'saasodoo
    // dunning preview' does, and writes nothing.
    QFuture<BillingPreview> previewBillingRun();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void choosePlan();
    void showBillingPreview();
    const catalog::Subscription *selectedSubscription() const;
    // Reads the selected subscription's history on a worker, unless the
    // stored copy is of the same row version, then refreshes the details.
    void requestHistory();

    struct History
    {
        qint64 rowVersion = 0;
        QList<catalog::SubscriptionEvent> events;
    };

    SubscriptionsPane *m_pane;
    SubscriptionTableModel *m_model;
    QAction *m_newAction = nullptr;
    QAction *m_changePlanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_refreshAction = nullptr;
    bool m_cancelling = false;
    QHash<QString, History> m_history; // by subscription id
    QString m_loadingHistoryId;
    std::pair<QString, QString> m_historyFailure; // the subscription id and why its history read failed
};

// The invoices: generate the period's invoices, issue a draft, void, reissue
// the period of a void invoice, export
// to PDF and request a Paynow payment.
class InvoicesView final : public ListPane
{
    Q_OBJECT

public:
    explicit InvoicesView(SubscriptionsPane *pane);

    void reload() override;
    InvoiceTableModel *model() const { return m_model; }

    // Starts the invoice generation of today as a job; returns its id.
    QString generateInvoices();
    // Opens the payment request window for the one selected open invoice.
    PaymentRequestDialog *requestPayment();
    QFuture<Status> issueInvoice(const QString &invoiceId);
    QFuture<Status> voidInvoice(const QString &invoiceId, const QString &reason);
    // Issues a new invoice for the period of the void invoice `invoiceId`.
    QFuture<Status> reissueInvoice(const QString &invoiceId);
    // Writes the invoice's PDF on a worker thread. The future finishes on
    // this object's thread.
    QFuture<Status> exportPdf(const QString &invoiceId, const QString &path);
    PaymentRequestDialog *paymentDialog() const { return m_paymentDialog; }

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    const catalog::Invoice *selectedInvoice() const;
    void askVoid();
    void askExportPath();

    SubscriptionsPane *m_pane;
    InvoiceTableModel *m_model;
    QPointer<PaymentRequestDialog> m_paymentDialog;
    QAction *m_generateAction = nullptr;
    QAction *m_requestAction = nullptr;
    QAction *m_issueAction = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_reissueAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

// The Paynow payments, with their status as the core polls Paynow.
class PaymentsView final : public ListPane
{
    Q_OBJECT

public:
    explicit PaymentsView(SubscriptionsPane *pane);

    void reload() override;
    PaymentTableModel *model() const { return m_model; }
    // Follows the selected pending payments until Paynow reports a final status.
    void checkSelected();
    // Updates the actions and details after following started or ended.
    void followingChanged() { refreshSelectionState(); }
    // Cancels a pending payment, so its invoice can take a new request or
    // be voided. Paynow has no cancel request: if the customer pays anyway,
    // the payment is applied when its status arrives.
    QFuture<Status> cancelPayment(const QString &paymentId, const QString &reason);
    // Records that an applied payment was refunded outside Paynow. A payment
    // that had settled its invoice reopens it.
    QFuture<Status> markRefunded(const QString &paymentId);
    // Applies a payment held as money to refund to an open invoice of the
    // same customer and currency, through BillingService::applyHeldPayment,
    // which also starts the reactivations a settling payment starts.
    QFuture<Status> applyToInvoice(const QString &paymentId, const QString &invoiceId);
    // Asks for a confirmation naming the one selected payment, then cancels it
    // or marks it refunded.
    void askCancel();
    void askMarkRefunded();
    // Offers the open invoices of the payment's customer with its currency
    // and amount, and applies the selected payment to the chosen one.
    void askApplyToInvoice();
    // Shows the refunds due, summed per currency, next to the payment count.
    void setRefundsDue(const QString &text);

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    const catalog::Payment *selectedPayment() const;

    SubscriptionsPane *m_pane;
    PaymentTableModel *m_model;
    QAction *m_checkAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_refundedAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QString m_refundsDue;
    void showSummary();
};

// Subscriptions and billing: plans, subscriptions, invoices and Paynow
// payments, one view each. Payment requests go through the core's
// BillingService. The core's poller then follows each requested payment, and
// every status update changes the payment's row as it arrives, and marks a
// settled invoice paid.
class SubscriptionsPane final : public QWidget
{
    Q_OBJECT

public:
    enum View { Plans, Subscriptions, Invoices, Payments };
    Q_ENUM(View)

    explicit SubscriptionsPane(ConsoleServices *services, QWidget *parent = nullptr);
    ~SubscriptionsPane() override;

    // Reads the plans, subscriptions, invoices and payments again on a
    // worker thread. Then reloaded() is emitted by the pane and each view.
    void reload();
    void showView(View view);
    View currentView() const;
    void saveHeaderState() const;

    PlansView *plansView() const { return m_plans; }
    SubscriptionsView *subscriptionsView() const { return m_subscriptions; }
    InvoicesView *invoicesView() const { return m_invoices; }
    PaymentsView *paymentsView() const { return m_payments; }

    ConsoleServices *services() const { return m_services; }
    // Null when the catalog is not open.
    billing::BillingService *billingService() const { return m_billing; }
    billing::PaymentFollower *paymentFollower() const { return m_follower; }
    // Customers by id, as last read.
    const QHash<QString, catalog::Customer> &customers() const { return m_customers; }
    const QHash<QString, catalog::Plan> &plans() const { return m_planById; }

    // Follows a payment until its status is final, and reports failures.
    void follow(const catalog::Payment &payment);

    // A billing change that writes to its own catalog session on a worker
    // thread and returns the status bar message on success.
    using CatalogChange = std::function<Result<QString>(catalog::Catalog &)>;
    // Runs `change` on a worker, so a slow or locked catalog never blocks the
    // window. Meanwhile writing() is true and the views disable their billing
    // actions. On success it shows the message, runs `onSaved` on this
    // thread and reads the records again. Only one change runs at a time:
    // a second one fails at once.
    QFuture<Status> write(const QString &busyMessage, CatalogChange change, std::function<void()> onSaved = {});
    bool writing() const { return m_writing; }

signals:
    void statusMessage(const QString &message);
    void catalogChanged();
    // A billing record was written (an invoice voided, a payment recorded,
    // a billing job finished), so figures summed from them are stale.
    void billingWritten();
    void reloaded();
    // writing() changed.
    void writingChanged();

private:
    struct Records;
    void paymentUpdated(const catalog::Payment &payment);
    void showRecords(const Records &records);

    ConsoleServices *m_services;
    billing::BillingService *m_billing = nullptr;
    billing::PaymentFollower *m_follower = nullptr;
    QTabWidget *m_tabs = nullptr;
    PlansView *m_plans = nullptr;
    SubscriptionsView *m_subscriptions = nullptr;
    InvoicesView *m_invoices = nullptr;
    PaymentsView *m_payments = nullptr;
    QHash<QString, catalog::Customer> m_customers;
    QHash<QString, catalog::Plan> m_planById;
    BackgroundCatalogRead m_recordsRead;
    bool m_writing = false;
};

} // namespace saasodoo::ui
