// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionspane.h"

#include "billingdialogs.h"
#include "catalogwrite.h"
#include "filedialogs.h"
#include "billingtablemodels.h"
#include "consoleservices.h"
#include "core/backup/backuppolicy.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/billing/invoicepdf.h"
#include "core/billing/paymentfollower.h"
#include "prompter.h"
#include "statustext.h"
#include "workerpools.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace saasodoo::ui {

using catalog::Invoice;
using catalog::InvoiceStatus;
using catalog::Payment;
using catalog::PaymentApplication;
using catalog::PaymentStatus;
using catalog::Subscription;
using catalog::SubscriptionStatus;

namespace {

// Returns the number of the invoice with `id` as last read, or the id when it
// is not among the rows.
QString invoiceNumberOf(const InvoiceTableModel *invoices, const QString &id)
{
    for (int row = 0; row < invoices->rowCount(); ++row) {
        if (invoices->rowAt(row).invoice.id == id)
            return invoices->rowAt(row).invoice.number;
    }
    return id;
}

// Returns what `payment` was applied to, as seen from the invoice
// `invoiceId`, in the words of 'saasodoo invoice show'.
QString paymentApplicationText(const Payment &payment, const QString &invoiceId, const InvoiceTableModel *invoices)
{
    switch (payment.application) {
    case PaymentApplication::Settled:
        if (payment.settledInvoiceId.isEmpty() || payment.settledInvoiceId == invoiceId)
            return SubscriptionsPane::tr("settled this invoice");
        return SubscriptionsPane::tr("settled invoice %1").arg(invoiceNumberOf(invoices, payment.settledInvoiceId));
    case PaymentApplication::Refunded:
        return SubscriptionsPane::tr("refunded");
    case PaymentApplication::Overpayment:
        return SubscriptionsPane::tr("held: the invoice was paid already");
    case PaymentApplication::VoidInvoice:
        return SubscriptionsPane::tr("held: the invoice is void");
    case PaymentApplication::PaidAfterClose:
        return SubscriptionsPane::tr("held: paid after it was closed");
    case PaymentApplication::None:
        break;
    }
    return SubscriptionsPane::tr("not applied");
}

QString noCatalogReason()
{
    return SubscriptionsPane::tr("The catalog is not open.");
}

QString writingReason()
{
    return SubscriptionsPane::tr("A billing change is being saved; wait until it is done.");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : SubscriptionsPane::tr("None");
}

} // namespace

// PlansView

PlansView::PlansView(SubscriptionsPane *pane)
    : ListPane(QStringLiteral("plansView"), new PlanTableModel, pane)
    , m_pane(pane)
    , m_model(static_cast<PlanTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    m_newAction = addPaneAction(QStringLiteral("list-add"), tr("&New plan…"), QKeySequence::New);
    m_editAction
        = addPaneAction(QStringLiteral("document-edit"), tr("&Edit plan…"), QKeySequence(Qt::Key_F2));
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);
    connect(m_newAction, &QAction::triggered, this, &PlansView::newPlan);
    connect(m_editAction, &QAction::triggered, this, &PlansView::editPlan);
    connect(m_refreshAction, &QAction::triggered, this, &PlansView::reload);
    connect(view(), &QTreeView::activated, this, &PlansView::editPlan);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { setSummary(tr("%n plan(s)", nullptr, m_model->rowCount())); });

    addStatusChoice(tr("All plans"), {});
    addStatusChoice(tr("Active"), { QStringLiteral("active") });
    addStatusChoice(tr("Inactive"), { QStringLiteral("inactive") });
    updateActions();
    refreshDetails();
}

void PlansView::reload()
{
    m_pane->reload();
}

void PlansView::newPlan()
{
    if (!m_pane->services() || !m_pane->services()->catalog())
        return;
    PlanDialog dialog(catalog::Plan(),
        catalogWrite(*m_pane->services(),
            [](catalog::Catalog &db, const catalog::Plan &plan) -> Result<catalog::Plan> {
                if (Status fits = billing::checkPlanPriceWithVat(db, plan); !fits)
                    return makeError(fits.error());
                return db.createPlan(plan);
            }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Added plan %1.").arg(dialog.saved().name));
    m_pane->reload();
    selectId(dialog.saved().id);
}

void PlansView::editPlan()
{
    const QStringList ids = selectedIds();
    catalog::Catalog *db = m_pane->services() ? m_pane->services()->catalog() : nullptr;
    if (!db || ids.size() != 1 || m_editRead.running())
        return;
    // The record is read on a worker, and the dialog opens when it arrives.
    const QString id = ids.first();
    m_editRead.start(this, m_pane->services()->catalogConfig(), [id](catalog::Catalog &catalog) { return catalog.plan(id); },
        [this](Result<catalog::Plan> current) {
            refreshSelectionState();
            if (!current) {
                emit statusMessage(current.error());
                return;
            }
            openEditDialog(current.value());
        });
    refreshSelectionState();
}

void PlansView::openEditDialog(const catalog::Plan &current)
{
    PlanDialog dialog(current,
        catalogWrite(*m_pane->services(),
            [](catalog::Catalog &catalog, const catalog::Plan &plan) -> Result<catalog::Plan> {
                if (Status fits = billing::checkPlanPriceWithVat(catalog, plan); !fits)
                    return makeError(fits.error());
                return catalog.updatePlan(plan);
            }),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Saved plan %1. Subscriptions pay the new price from their next invoice.")
                           .arg(dialog.saved().name));
    m_pane->reload();
}

void PlansView::updateActions()
{
    const bool open = m_pane->billingService() != nullptr;
    const int selected = int(selectedIds().size());
    setActionAvailable(m_newAction, open, noCatalogReason());
    setActionAvailable(m_editAction, open && selected == 1 && !m_editRead.running(),
        !open                 ? noCatalogReason()
            : m_editRead.running() ? tr("Reading the plan to edit; wait a moment.")
                                   : tr("Select exactly one plan to edit."));
    setActionAvailable(m_refreshAction, open, noCatalogReason());
}

QString PlansView::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a plan to see its limits.</p>");
    if (ids.size() > 1)
        return tr("<p>%n plans selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const PlanRow &entry = m_model->rowAt(row);
    const catalog::Plan &plan = entry.plan;
    const QLocale locale;
    return detailsTable(plan.name,
        {
            { tr("Price"),
                tr("%1 or %2 a month")
                    .arg(catalog::formatMoney(plan.priceUsdCents, catalog::Currency::Usd),
                        catalog::formatMoney(plan.priceZwgCents, catalog::Currency::Zwg)) },
            { tr("Instances"), locale.toString(plan.maxInstances) },
            { tr("CPU cores"), locale.toString(plan.maxCpuMillicores / 1000.0, 'g', 4) },
            { tr("Memory"), StatusText::byteSize(plan.maxMemoryBytes) },
            { tr("Storage"), StatusText::byteSize(plan.maxStorageBytes) },
            { tr("Backup retention"), backup::planRetentionText(plan.backupRetentionDays) },
            { tr("Trial"), tr("%n day(s)", nullptr, plan.trialDays) },
            { tr("Subscriptions"), locale.toString(entry.liveSubscriptions) },
            { tr("Status"), plan.active ? tr("Takes new subscriptions") : tr("Takes no new subscriptions") },
            { tr("Updated by"), plan.updatedBy },
        });
}

// SubscriptionsView

SubscriptionsView::SubscriptionsView(SubscriptionsPane *pane)
    : ListPane(QStringLiteral("subscriptionsView"), new SubscriptionTableModel, pane)
    , m_pane(pane)
    , m_model(static_cast<SubscriptionTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    connect(pane, &SubscriptionsPane::writingChanged, this, [this] { refreshSelectionState(); });
    m_newAction = addPaneAction(QStringLiteral("list-add"), tr("&New subscription…"), QKeySequence::New);
    m_changePlanAction
        = addPaneAction(QStringLiteral("document-edit"), tr("Change &plan…"), QKeySequence(Qt::Key_F2));
    m_cancelAction
        = addPaneAction(QStringLiteral("process-stop"), tr("&Cancel subscription…"), QKeySequence::Delete);
    addSeparator();
    m_previewAction = addPaneAction(QStringLiteral("document-preview"), tr("Pre&view billing run"), QKeySequence());
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);
    connect(m_previewAction, &QAction::triggered, this, &SubscriptionsView::showBillingPreview);
    connect(m_newAction, &QAction::triggered, this, &SubscriptionsView::newSubscription);
    connect(m_changePlanAction, &QAction::triggered, this, &SubscriptionsView::choosePlan);
    connect(m_cancelAction, &QAction::triggered, this, &SubscriptionsView::cancelSelected);
    connect(m_refreshAction, &QAction::triggered, this, &SubscriptionsView::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { setSummary(tr("%n subscription(s)", nullptr, m_model->rowCount())); });

    addStatusChoice(tr("All subscriptions"), {});
    addStatusChoice(tr("Not cancelled"),
        { catalog::toString(SubscriptionStatus::Trial), catalog::toString(SubscriptionStatus::Active),
            catalog::toString(SubscriptionStatus::PastDue),
            catalog::toString(SubscriptionStatus::Suspended) });
    for (SubscriptionStatus status : { SubscriptionStatus::Trial, SubscriptionStatus::Active,
             SubscriptionStatus::PastDue, SubscriptionStatus::Suspended, SubscriptionStatus::Cancelled })
        addStatusChoice(BillingText::subscriptionStatus(status), { catalog::toString(status) });
    updateActions();
    refreshDetails();
}

void SubscriptionsView::reload()
{
    m_pane->reload();
}

const Subscription *SubscriptionsView::selectedSubscription() const
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const int row = m_model->rowOf(ids.first());
    return row < 0 ? nullptr : &m_model->rowAt(row).subscription;
}

void SubscriptionsView::newSubscription()
{
    if (!m_pane->services() || !m_pane->services()->catalog())
        return;
    // Customers that have a live subscription cannot take a second one.
    QSet<QString> subscribed;
    for (const SubscriptionRow &row : m_model->rows()) {
        if (row.subscription.status != SubscriptionStatus::Cancelled)
            subscribed.insert(row.subscription.customerId);
    }
    QList<catalog::Customer> customers;
    for (const catalog::Customer &customer : m_pane->customers()) {
        if (!subscribed.contains(customer.id) && customer.status == catalog::CustomerStatus::Active)
            customers.append(customer);
    }
    std::sort(customers.begin(), customers.end(),
        [](const catalog::Customer &left, const catalog::Customer &right) {
            return QString::localeAwareCompare(left.name, right.name) < 0;
        });
    QList<catalog::Plan> plans = m_pane->plans().values();
    std::sort(plans.begin(), plans.end(), [](const catalog::Plan &left, const catalog::Plan &right) {
        return left.priceUsdCents < right.priceUsdCents;
    });
    SubscriptionDialog dialog(
        customers, plans, QString(),
        catalogWrite(*m_pane->services(),
            [](catalog::Catalog &db, const SubscriptionDialog::Request &request) {
                // The box is the admin's explicit choice, also for a
                // customer who had a trial before.
                return billing::subscribeWithTrial(
                    db, request.customerId, request.planId, request.currency, request.start, request.trialDays);
            }),
        this);
    QSet<QString> earlierSubscribers;
    for (const SubscriptionRow &row : m_model->rows())
        earlierSubscribers.insert(row.subscription.customerId);
    dialog.setEarlierSubscribers(earlierSubscribers);
    // After a cancellation, a subscription in the same period would invoice
    // days the customer was invoiced for already, so the admin confirms it.
    catalog::Catalog *db = m_pane->services()->catalog();
    dialog.setCheck([db, plans = m_pane->plans()](const SubscriptionDialog::Request &request) -> QString {
        const QDate first = billing::firstBilledDay(plans.value(request.planId), request.start, request.trial);
        const Result<std::optional<catalog::Invoice>> billed
            = billing::invoiceBilledFrom(*db, request.customerId, first);
        if (!billed)
            return tr("The customer's earlier invoices could not be checked: %1").arg(billed.error());
        return billed.value() ? billing::doubleBillingWarning(*billed.value(), first) : QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const catalog::Customer customer = m_pane->customers().value(dialog.saved().customerId);
    emit statusMessage(
        tr("Subscribed %1 to %2.").arg(customer.name, m_pane->plans().value(dialog.saved().planId).name));
    m_pane->reload();
    selectId(dialog.saved().id);
}

QFuture<Status> SubscriptionsView::changePlan(const QString &subscriptionId, const QString &planId)
{
    const int row = m_model->rowOf(subscriptionId);
    const QString customer = row < 0 ? QString() : m_model->rowAt(row).customerName;
    const QString plan = m_pane->plans().value(planId).name;
    // Today in UTC, as the billing runs count it.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return m_pane->write(tr("Changing the plan of %1…").arg(customer),
        [subscriptionId, planId, customer, plan, today](catalog::Catalog &db) -> Result<QString> {
            const Result<Subscription> changed = billing::changePlan(db, subscriptionId, planId, today);
            if (!changed)
                return makeError(changed.error());
            return tr("%1 moves to plan %2 from the next invoice on %3.")
                .arg(customer, plan, changed->nextInvoiceDate.toString(Qt::ISODate));
        });
}

QFuture<BillingPreview> SubscriptionsView::previewBillingRun()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (!m_pane->services() || !m_pane->services()->catalog())
        return QtFuture::makeReadyFuture(BillingPreview { today, {}, noCatalogReason() });
    const catalog::CatalogConfig config = m_pane->services()->catalogConfig();
    return QtConcurrent::run(workerPool(), [config, today]() -> BillingPreview {
        BillingPreview preview { today, {}, {} };
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened) {
            preview.error = opened.error();
            return preview;
        }
        const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(*opened.value(), today);
        if (!planned) {
            preview.error = planned.error();
            return preview;
        }
        for (const billing::BillingAction &action : planned.value())
            preview.actions.append(action.description);
        return preview;
    });
}

void SubscriptionsView::showBillingPreview()
{
    previewBillingRun().then(this, [this](const BillingPreview &preview) {
        const QString title = tr("Billing run preview");
        const QString day = preview.day.toString(Qt::ISODate);
        if (!preview.error.isEmpty()) {
            Prompter::warning(this, title, tr("Could not plan the billing run of %1: %2").arg(day, preview.error));
            return;
        }
        if (preview.actions.isEmpty()) {
            Prompter::information(this, title, tr("A billing run today (%1, UTC) has nothing to do.").arg(day));
            return;
        }
        Prompter::information(this, title,
            tr("A billing run today (%1, UTC) would do %n action(s). This preview changes nothing.", nullptr,
                int(preview.actions.size()))
                    .arg(day)
                + QStringLiteral("\n\n• ") + preview.actions.join(QStringLiteral("\n• ")));
    });
}

PlanChoices planChoices(const QList<catalog::Plan> &plans, const catalog::Subscription &subscription)
{
    QList<catalog::Plan> sorted = plans;
    std::sort(sorted.begin(), sorted.end(), [](const catalog::Plan &left, const catalog::Plan &right) {
        return QString::localeAwareCompare(left.name, right.name) < 0;
    });
    PlanChoices choices;
    for (const catalog::Plan &plan : std::as_const(sorted)) {
        if (!plan.active || plan.id == subscription.planId)
            continue;
        const qint64 price = plan.priceCents(subscription.currency);
        if (!plan.soldIn(subscription.currency)) {
            choices.withoutPrice.append(plan.name);
            continue;
        }
        choices.labels.append(SubscriptionsView::tr("%1 (%2 a month)")
                                  .arg(plan.name, catalog::formatMoney(price, subscription.currency)));
        choices.ids.append(plan.id);
    }
    return choices;
}

void SubscriptionsView::choosePlan()
{
    const Subscription *subscription = selectedSubscription();
    if (!subscription)
        return;
    const PlanChoices choices = planChoices(m_pane->plans().values(), *subscription);
    const QString currency = catalog::toString(subscription->currency);
    const QString customer = m_pane->customers().value(subscription->customerId).name;
    const QString leftOut = choices.withoutPrice.isEmpty()
        ? QString()
        : tr("Not offered, because they have no %1 price: %2. Give them one with Edit plan on the Plans tab.")
              .arg(currency, choices.withoutPrice.join(QStringLiteral(", ")));
    if (choices.labels.isEmpty()) {
        Prompter::information(this, tr("No other plan"),
            leftOut.isEmpty() ? tr("No other active plan exists for %1.").arg(customer)
                              : tr("No other active plan has a %1 price for %2.").arg(currency, customer) + u' '
                    + leftOut);
        return;
    }
    QString label = tr("New plan for %1, from the next invoice on:").arg(customer);
    if (!leftOut.isEmpty())
        label = leftOut + QStringLiteral("\n\n") + label;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change plan of %1").arg(customer), label, choices.labels, 0, false, &ok);
    if (!ok)
        return;
    const QString subscriptionId = subscription->id;
    changePlan(subscriptionId, choices.ids.at(choices.labels.indexOf(chosen))).then(this, [this](const Status &changed) {
        if (!changed)
            Prompter::warning(this, tr("Plan not changed"), changed.error());
    });
}

void SubscriptionsView::cancelSelected()
{
    const Subscription *selected = selectedSubscription();
    catalog::Catalog *db = m_pane->services() ? m_pane->services()->catalog() : nullptr;
    if (!selected || !db || selected->status == SubscriptionStatus::Cancelled || m_cancelling)
        return;
    const Subscription subscription = *selected;
    const QString customer = m_pane->customers().value(subscription.customerId).name;
    const QString plan = m_pane->plans().value(subscription.planId).name;
    QString text = tr("Cancel the subscription of %1 to plan %2?\n\nNo further invoices are issued. Open "
                      "invoices stay open and can still be paid, and the instances keep running.")
                       .arg(customer, plan);
    catalog::InvoiceFilter filter;
    filter.customerId = subscription.customerId;
    filter.statuses = { catalog::InvoiceStatus::Open };
    const Result<QList<catalog::Invoice>> open = db->invoices(filter);
    if (!open) {
        Prompter::warning(this, tr("Subscription not cancelled"), open.error());
        return;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto overdue = std::count_if(open->cbegin(), open->cend(),
        [&today](const catalog::Invoice &invoice) { return invoice.dueDate < today; });
    // Invoices not due yet count too: dunning suspends once they are overdue.
    if (!open->isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("%1 has %n open invoice(s), %2 of them overdue. They stay owed after the cancellation: dunning "
                 "still suspends the instances when they are overdue, and paying them resumes the instances "
                 "that dunning suspended.",
                nullptr, int(open->size()))
                  .arg(customer)
                  .arg(overdue);
    }
    if (Prompter::question(this, tr("Cancel subscription of %1").arg(customer), text,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_cancelling = true;
    updateActions();
    emit statusMessage(tr("Cancelling the subscription of %1…").arg(customer));
    auto cancel = catalogWrite(*m_pane->services(), [](catalog::Catalog &catalog, const QString &id, const QString &reason) {
        return billing::cancelSubscription(catalog, id, reason);
    });
    QtConcurrent::run(workerPool(), [cancel, id = subscription.id, reason = tr("Cancelled in the console")] {
        return cancel(id, reason);
    }).then(this, [this, customer](Result<Subscription> cancelled) {
        m_cancelling = false;
        updateActions();
        if (!cancelled) {
            emit statusMessage(tr("The subscription of %1 was not cancelled.").arg(customer));
            Prompter::warning(this, tr("Subscription not cancelled"), cancelled.error());
            return;
        }
        emit statusMessage(tr("Cancelled the subscription of %1.").arg(customer));
        m_pane->reload();
    });
}

void SubscriptionsView::updateActions()
{
    requestHistory();
    const bool open = m_pane->billingService() != nullptr;
    const Subscription *subscription = selectedSubscription();
    const bool live = subscription && subscription->status != SubscriptionStatus::Cancelled;
    const auto reason = [&](const QString &why) { return open ? why : noCatalogReason(); };
    setActionAvailable(m_newAction, open, noCatalogReason());
    setActionAvailable(m_previewAction, open, noCatalogReason());
    setActionAvailable(m_changePlanAction, open && live && !m_pane->writing(),
        m_pane->writing() ? writingReason()
                          : reason(tr("Select one subscription that is not cancelled to change its plan.")));
    setActionAvailable(m_cancelAction, open && live && !m_cancelling,
        m_cancelling ? tr("A cancellation is running; wait until it is done.")
                     : reason(tr("Select one subscription that is not cancelled yet.")));
    setActionAvailable(m_refreshAction, open, noCatalogReason());
}

QString SubscriptionsView::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a subscription to see its period and history.</p>");
    if (ids.size() > 1)
        return tr("<p>%n subscriptions selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const SubscriptionRow &entry = m_model->rowAt(row);
    const Subscription &subscription = entry.subscription;
    QList<std::pair<QString, QString>> rows {
        { tr("Plan"), entry.planName },
        { tr("Currency"), catalog::toString(subscription.currency) },
        { tr("Status"), BillingText::subscriptionStatus(subscription.status) },
        { tr("Current period"),
            tr("%1 to %2")
                .arg(dateText(subscription.periodStart), dateText(subscription.periodEnd.addDays(-1))) },
        { tr("Next invoice"), dateText(subscription.nextInvoiceDate) },
    };
    if (subscription.trialEndsOn.isValid())
        rows.append({ tr("Trial ends"), dateText(subscription.trialEndsOn) });
    QString html = detailsTable(entry.customerName, rows);

    if (!m_pane->services() || !m_pane->services()->catalog())
        return html;
    const auto cached = m_history.constFind(subscription.id);
    if (cached == m_history.cend() || cached->rowVersion != subscription.rowVersion) {
        if (m_historyFailure.first == subscription.id && m_loadingHistoryId != subscription.id)
            return html + QStringLiteral("<p>%1</p>").arg(m_historyFailure.second.toHtmlEscaped());
        return html + tr("<p>Reading the history…</p>");
    }
    html += tr("<h4>History</h4>");
    html += QStringLiteral("<ul>");
    for (const catalog::SubscriptionEvent &event : cached->events) {
        const QString when = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        QString change = event.fromStatus.isEmpty() ? tr("created as %1").arg(event.toStatus)
                                                  : tr("%1 to %2").arg(event.fromStatus, event.toStatus);
        if (!event.note.isEmpty())
            change += QStringLiteral(": ") + event.note;
        html += QStringLiteral("<li>%1, %2: %3</li>")
                    .arg(when.toHtmlEscaped(), event.actor.toHtmlEscaped(), change.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

void SubscriptionsView::requestHistory()
{
    const Subscription *subscription = selectedSubscription();
    if (!subscription || !m_pane->services() || !m_pane->services()->catalog())
        return;
    const auto cached = m_history.constFind(subscription->id);
    if ((cached != m_history.cend() && cached->rowVersion == subscription->rowVersion)
        || m_loadingHistoryId == subscription->id)
        return;

    // A worker with its own catalog session reads the history, so a slow
    // catalog server delays the details, not the window.
    const QString id = subscription->id;
    const qint64 rowVersion = subscription->rowVersion;
    const catalog::CatalogConfig config = m_pane->services()->catalogConfig();
    m_loadingHistoryId = id;
    QtConcurrent::run(workerPool(), [config, id]() -> Result<QList<catalog::SubscriptionEvent>> {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Error { opened.error() };
        return opened.value()->subscriptionEvents(id);
    }).then(this, [this, id, rowVersion](const Result<QList<catalog::SubscriptionEvent>> &events) {
        if (m_loadingHistoryId == id)
            m_loadingHistoryId.clear();
        if (events) {
            // Only the latest few histories are kept: the selection moves on.
            if (m_history.size() >= 64)
                m_history.clear();
            m_history.insert(id, { rowVersion, events.value() });
            if (m_historyFailure.first == id)
                m_historyFailure = {};
        } else {
            m_historyFailure = { id, tr("Could not read the history: %1").arg(events.error()) };
        }
        if (selectedIds() == QStringList { id })
            refreshDetails();
    });
}

// InvoicesView

InvoicesView::InvoicesView(SubscriptionsPane *pane)
    : ListPane(QStringLiteral("invoicesView"), new InvoiceTableModel, pane)
    , m_pane(pane)
    , m_model(static_cast<InvoiceTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    connect(pane, &SubscriptionsPane::writingChanged, this, [this] { refreshSelectionState(); });
    m_generateAction = addPaneAction(
        QStringLiteral("document-new"), tr("&Generate invoices"), QKeySequence(Qt::CTRL | Qt::Key_G));
    addSeparator();
    m_requestAction = addPaneAction(
        QStringLiteral("mail-send"), tr("Request &payment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pdfAction = addPaneAction(
        QStringLiteral("document-export"), tr("E&xport PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    addSeparator();
    m_issueAction = addPaneAction(
        QStringLiteral("document-send"), tr("&Issue draft"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_voidAction = addPaneAction(QStringLiteral("edit-delete"), tr("&Void…"), QKeySequence::Delete);
    m_reissueAction = addPaneAction(QStringLiteral("edit-redo"), tr("Reiss&ue period"), QKeySequence());
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_generateAction, &QAction::triggered, this, &InvoicesView::generateInvoices);
    connect(m_requestAction, &QAction::triggered, this, &InvoicesView::requestPayment);
    connect(m_pdfAction, &QAction::triggered, this, &InvoicesView::askExportPath);
    connect(m_issueAction, &QAction::triggered, this, [this] {
        if (const Invoice *invoice = selectedInvoice()) {
            issueInvoice(invoice->id).then(this, [this](const Status &issued) {
                if (!issued)
                    Prompter::warning(this, tr("Invoice not issued"), issued.error());
            });
        }
    });
    connect(m_voidAction, &QAction::triggered, this, &InvoicesView::askVoid);
    connect(m_reissueAction, &QAction::triggered, this, [this] {
        if (const Invoice *invoice = selectedInvoice()) {
            reissueInvoice(invoice->id).then(this, [this](const Status &issued) {
                if (!issued)
                    Prompter::warning(this, tr("Invoice not reissued"), issued.error());
            });
        }
    });
    connect(m_refreshAction, &QAction::triggered, this, &InvoicesView::reload);
    connect(view(), &QTreeView::activated, this, &InvoicesView::requestPayment);
    const auto summarize = [this] {
        const auto overdue = std::count_if(m_model->rows().cbegin(), m_model->rows().cend(),
            [](const InvoiceRow &row) { return row.overdue; });
        setSummary(tr("%n invoice(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ")
            + tr("%n overdue", nullptr, int(overdue)));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, summarize);
    connect(m_model, &QAbstractItemModel::dataChanged, this, summarize);

    addStatusChoice(tr("All invoices"), {});
    addStatusChoice(tr("Unpaid"), { catalog::toString(InvoiceStatus::Open), QStringLiteral("overdue") });
    addStatusChoice(tr("Overdue"), { QStringLiteral("overdue") });
    for (InvoiceStatus status : { InvoiceStatus::Draft, InvoiceStatus::Paid, InvoiceStatus::Void })
        addStatusChoice(BillingText::invoiceStatus(status), { catalog::toString(status) });
    updateActions();
    refreshDetails();
}

void InvoicesView::reload()
{
    m_pane->reload();
}

const Invoice *InvoicesView::selectedInvoice() const
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const int row = m_model->rowOf(ids.first());
    return row < 0 ? nullptr : &m_model->rowAt(row).invoice;
}

QString InvoicesView::generateInvoices()
{
    billing::BillingService *service = m_pane->billingService();
    if (!service)
        return {};
    const Result<QString> job = service->startBillingRun(QDateTime::currentDateTimeUtc().date(), true);
    if (!job) {
        emit statusMessage(tr("Could not start the invoice run: %1").arg(job.error()));
        return {};
    }
    emit statusMessage(
        tr("Generating the invoices of the periods that started: follow the job in the Jobs dock."));
    return job.value();
}

PaymentRequestDialog *InvoicesView::requestPayment()
{
    const Invoice *invoice = selectedInvoice();
    billing::BillingService *service = m_pane->billingService();
    if (!invoice || !service || invoice->status != InvoiceStatus::Open)
        return nullptr;
    if (m_paymentDialog)
        m_paymentDialog->close();
    m_paymentDialog
        = new PaymentRequestDialog(*invoice, m_pane->customers().value(invoice->customerId), service, this);
    connect(m_paymentDialog, &PaymentRequestDialog::paymentRequested, m_pane, [this](const Payment &payment) {
        emit statusMessage(
            tr("Payment %1 requested; its status updates as Paynow reports it.").arg(payment.reference));
        m_pane->reload();
        m_pane->follow(payment);
    });
    m_paymentDialog->show();
    return m_paymentDialog;
}

QFuture<Status> InvoicesView::issueInvoice(const QString &invoiceId)
{
    // The issue date is today in the admin's time zone, read here once.
    const QDate today = QDate::currentDate();
    return m_pane->write(tr("Issuing the invoice…"), [invoiceId, today](catalog::Catalog &db) -> Result<QString> {
        const Result<Invoice> issued = db.issueInvoice(invoiceId, today);
        if (!issued)
            return makeError(issued.error());
        return tr("Issued invoice %1.").arg(issued->number);
    });
}

QFuture<Status> InvoicesView::voidInvoice(const QString &invoiceId, const QString &reason)
{
    return m_pane->write(tr("Voiding the invoice…"), [invoiceId, reason](catalog::Catalog &db) -> Result<QString> {
        const Result<Invoice> voided = db.voidInvoice(invoiceId, reason);
        if (!voided)
            return makeError(voided.error());
        return tr("Voided invoice %1.").arg(BillingText::invoiceLabel(voided.value()));
    });
}

QFuture<Status> InvoicesView::reissueInvoice(const QString &invoiceId)
{
    // Dated today in UTC, as the invoices of a billing run are.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return m_pane->write(tr("Reissuing the invoice…"), [invoiceId, today](catalog::Catalog &db) -> Result<QString> {
        const Result<billing::BillingSettings> settings = billing::loadBillingSettings(db);
        if (!settings)
            return makeError(settings.error());
        const Result<Invoice> issued = billing::reissueInvoice(db, settings.value(), invoiceId, today);
        if (!issued)
            return makeError(issued.error());
        return tr("Issued invoice %1 for the period of the void invoice.").arg(issued->number);
    });
}

void InvoicesView::askVoid()
{
    const Invoice *invoice = selectedInvoice();
    if (!invoice || (invoice->status != InvoiceStatus::Open && invoice->status != InvoiceStatus::Draft))
        return;
    const QString invoiceId = invoice->id;
    const QString customer = m_pane->customers().value(invoice->customerId).name;
    VoidInvoiceDialog dialog(tr("Void invoice %1").arg(BillingText::invoiceLabel(*invoice)),
        tr("Void invoice %1 of %2 for %3? It can no longer be paid, and its number stays used. This cannot be "
           "undone.")
            .arg(BillingText::invoiceLabel(*invoice), customer,
                catalog::formatMoney(invoice->totalCents, invoice->currency)),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    voidInvoice(invoiceId, reason).then(this, [this](const Status &voided) {
        if (!voided)
            Prompter::warning(this, tr("Invoice not voided"), voided.error());
    });
}

QFuture<Status> InvoicesView::exportPdf(const QString &invoiceId, const QString &path)
{
    if (!m_pane->services() || !m_pane->services()->catalog())
        return QtFuture::makeReadyFuture(Status(makeError(noCatalogReason())));
    // The worker opens its own catalog session for the invoice, the customer
    // and the billing settings, then draws and writes the file.
    const catalog::CatalogConfig config = m_pane->services()->catalogConfig();
    struct Written
    {
        QString label;
        Status status;
    };
    return QtConcurrent::run(workerPool(), [config, invoiceId, path]() -> Written {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return { invoiceId, makeError(opened.error()) };
        catalog::Catalog &db = *opened.value();
        const Result<Invoice> invoice = db.invoice(invoiceId);
        if (!invoice)
            return { invoiceId, makeError(invoice.error()) };
        const QString label = BillingText::invoiceLabel(invoice.value());
        const Result<catalog::Customer> customer = db.customer(invoice->customerId);
        if (!customer)
            return { label, makeError(customer.error()) };
        const Result<billing::BillingSettings> settings = billing::loadBillingSettings(db);
        if (!settings)
            return { label, makeError(settings.error()) };
        return { label, billing::writeInvoicePdf(invoice.value(), customer.value(), settings.value(), path) };
    }).then(this, [this, path](const Written &written) {
        emit statusMessage(written.status ? tr("Saved invoice %1 as %2.").arg(written.label, path)
                                          : tr("Could not save invoice %1: %2").arg(written.label, written.status.error()));
        return written.status;
    });
}

void InvoicesView::askExportPath()
{
    const Invoice *invoice = selectedInvoice();
    if (!invoice || invoice->number.isEmpty())
        return;
    const QString invoiceId = invoice->id;
    const QString path = FileDialogs::saveFileName(this, tr("Export invoice %1").arg(invoice->number),
        invoice->number + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(invoiceId, path);
}

void InvoicesView::updateActions()
{
    const bool open = m_pane->billingService() != nullptr;
    const Invoice *invoice = selectedInvoice();
    const bool isOpen = invoice && invoice->status == InvoiceStatus::Open;
    const bool isDraft = invoice && invoice->status == InvoiceStatus::Draft;
    const bool issued = invoice && !invoice->number.isEmpty();
    const auto reason = [&](const QString &why) { return open ? why : noCatalogReason(); };
    setActionAvailable(m_generateAction, open, noCatalogReason());
    setActionAvailable(
        m_requestAction, open && isOpen, reason(tr("Select one open invoice to request its payment.")));
    setActionAvailable(
        m_pdfAction, open && issued, reason(tr("Select one issued invoice; a draft has no number yet.")));
    const bool writing = m_pane->writing();
    setActionAvailable(m_issueAction, open && isDraft && !writing,
        writing ? writingReason() : reason(tr("Select one draft invoice to issue it.")));
    setActionAvailable(m_voidAction, open && (isOpen || isDraft) && !writing,
        writing ? writingReason()
                : reason(tr("Select one open or draft invoice; paid and void invoices cannot be voided.")));
    const bool isVoid = invoice && invoice->status == InvoiceStatus::Void;
    setActionAvailable(m_reissueAction, open && isVoid && !writing,
        writing ? writingReason() : reason(tr("Select one void invoice to invoice its period again.")));
    setActionAvailable(m_refreshAction, open, noCatalogReason());
}

QString InvoicesView::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select an invoice to see its lines and payments.</p>");
    if (ids.size() > 1)
        return tr("<p>%n invoices selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const InvoiceRow &entry = m_model->rowAt(row);
    const Invoice &invoice = entry.invoice;
    const auto money = [&](qint64 cents) { return catalog::formatMoney(cents, invoice.currency); };
    QList<std::pair<QString, QString>> rows {
        { tr("Customer"), entry.customerName },
        { tr("Status"), InvoiceTableModel::statusText(entry) },
        { tr("Period"),
            tr("%1 to %2").arg(dateText(invoice.periodStart), dateText(invoice.periodEnd.addDays(-1))) },
        { tr("Issued"), dateText(invoice.issueDate) },
        { tr("Due"), dateText(invoice.dueDate) },
        { tr("Subtotal"), money(invoice.subtotalCents) },
        { tr("VAT (%1 %)").arg(QLocale().toString(invoice.vatRateBasisPoints / 100.0, 'f', 2)),
            money(invoice.taxCents) },
        { tr("Total"), money(invoice.totalCents) },
    };
    if (invoice.paidAt.isValid())
        rows.append(
            { tr("Paid on"), QLocale().toString(invoice.paidAt.toLocalTime(), QLocale::ShortFormat) });
    if (!invoice.voidReason.isEmpty())
        rows.append({ tr("Void because"), invoice.voidReason });
    QString html = detailsTable(BillingText::invoiceLabel(invoice), rows);
    html += tr("<h4>Lines</h4>") + QStringLiteral("<ul>");
    for (const catalog::InvoiceLine &line : invoice.lines)
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(line.description.toHtmlEscaped(), money(line.amountCents));
    html += QStringLiteral("</ul>");

    // Each payment with what it did, so that money no invoice took shows as
    // a refund due, as 'saasodoo invoice show' prints it.
    QStringList payments;
    qint64 refundDueCents = 0;
    for (const PaymentRow &row : m_pane->paymentsView()->model()->rows()) {
        const Payment &payment = row.payment;
        const bool own = payment.invoiceId == invoice.id;
        if (!own && payment.settledInvoiceId != invoice.id)
            continue;
        // The status is Paynow's last word on the payment; what it was applied
        // to can differ (a paid payment refunded later, a cancelled one that
        // Paynow reported paid after it was closed and that settled the
        // invoice), so both are shown.
        QString line = tr("%1, %2, %3: %4; %5")
                           .arg(payment.reference.toHtmlEscaped(), BillingText::paymentMethod(payment.method),
                               catalog::formatMoney(payment.amountCents, payment.currency),
                               BillingText::paymentStatus(payment.status),
                               paymentApplicationText(payment, invoice.id, m_model).toHtmlEscaped());
        if (!own) {
            line += u' ' + tr("(applied to this invoice from invoice %1)").arg(row.invoiceNumber.toHtmlEscaped());
        } else if (catalog::isRefundDue(payment.application)) {
            line += u' ' + tr("(refund of %1 due)").arg(catalog::formatMoney(payment.heldCents(), payment.currency));
            refundDueCents += payment.heldCents();
        }
        payments.append(QStringLiteral("<li>%1</li>").arg(line));
    }
    if (!payments.isEmpty())
        html += tr("<h4>Payments</h4>") + QStringLiteral("<ul>%1</ul>").arg(payments.join(QString()));
    if (refundDueCents > 0) {
        html += tr("<p><b>Refund due to the customer: %1.</b> Apply the payment to an open invoice or mark it "
                   "refunded on the Payments tab.</p>")
                    .arg(money(refundDueCents));
    }
    return html;
}

// PaymentsView

PaymentsView::PaymentsView(SubscriptionsPane *pane)
    : ListPane(QStringLiteral("paymentsView"), new PaymentTableModel, pane)
    , m_pane(pane)
    , m_model(static_cast<PaymentTableModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    connect(pane, &SubscriptionsPane::writingChanged, this, [this] { refreshSelectionState(); });
    m_checkAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Check with Paynow"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_stopAction = addPaneAction(QStringLiteral("process-stop"), tr("&Stop checking"), QKeySequence());
    addSeparator();
    m_copyAction = addPaneAction(QStringLiteral("edit-copy"), tr("C&opy payment link"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_openAction
        = addPaneAction(QStringLiteral("internet-web-browser"), tr("Open link in &browser"), QKeySequence());
    addSeparator();
    m_cancelAction = addPaneAction(QStringLiteral("dialog-cancel"), tr("Ca&ncel payment…"), QKeySequence());
    m_refundedAction
        = addPaneAction(QStringLiteral("edit-undo"), tr("Mark &refunded…"), QKeySequence(), false);
    m_applyAction
        = addPaneAction(QStringLiteral("document-edit"), tr("&Apply to invoice…"), QKeySequence(), false);
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);

    connect(m_checkAction, &QAction::triggered, this, &PaymentsView::checkSelected);
    connect(m_stopAction, &QAction::triggered, this, [this] {
        for (const QString &id : selectedIds())
            m_pane->paymentFollower()->stop(id);
    });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (const Payment *payment = selectedPayment()) {
            QGuiApplication::clipboard()->setText(payment->browserUrl);
            emit statusMessage(tr("Copied the Paynow link of %1.").arg(payment->reference));
        }
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const Payment *payment = selectedPayment())
            QDesktopServices::openUrl(QUrl(payment->browserUrl));
    });
    connect(m_cancelAction, &QAction::triggered, this, &PaymentsView::askCancel);
    connect(m_refundedAction, &QAction::triggered, this, &PaymentsView::askMarkRefunded);
    connect(m_applyAction, &QAction::triggered, this, &PaymentsView::askApplyToInvoice);
    connect(m_refreshAction, &QAction::triggered, this, &PaymentsView::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsView::showSummary);

    addStatusChoice(tr("All payments"), {});
    for (PaymentStatus status : { PaymentStatus::Pending, PaymentStatus::Paid, PaymentStatus::Cancelled,
             PaymentStatus::Failed, PaymentStatus::Flagged }) {
        QStringList keys { catalog::toString(status) };
        if (status == PaymentStatus::Paid)
            keys.append(PaymentTableModel::refundDueFilterKey());
        addStatusChoice(BillingText::paymentStatus(status), keys);
    }
    addStatusChoice(tr("Refund due"), { PaymentTableModel::refundDueFilterKey() });
    updateActions();
    refreshDetails();
}

void PaymentsView::reload()
{
    m_pane->reload();
}

void PaymentsView::setRefundsDue(const QString &text)
{
    m_refundsDue = text;
    showSummary();
}

void PaymentsView::showSummary()
{
    const QString count = tr("%n payment(s)", nullptr, m_model->rowCount());
    setSummary(m_refundsDue.isEmpty() ? count : tr("%1; refunds due: %2").arg(count, m_refundsDue));
}

QFuture<Status> PaymentsView::cancelPayment(const QString &paymentId, const QString &reason)
{
    billing::BillingService *billing = m_pane->billingService();
    if (!billing)
        return QtFuture::makeReadyFuture(Status(makeError(noCatalogReason())));
    // The worker stores the cancelled payment here. The UI thread then emits
    // it to the billing service's listeners, such as the payment follower.
    const auto cancelled = std::make_shared<Payment>();
    const QString text = reason.trimmed().isEmpty() ? billing::BillingService::tr("Cancelled by an admin.") : reason;
    const QPointer<billing::BillingService> service(billing);
    return m_pane->write(
        tr("Cancelling the payment…"),
        [paymentId, text, cancelled](catalog::Catalog &db) -> Result<QString> {
            const Result<Payment> closed = db.closePendingPayment(paymentId, PaymentStatus::Cancelled, text);
            if (!closed)
                return makeError(closed.error());
            *cancelled = closed.value();
            return tr("Cancelled payment %1.").arg(closed->reference);
        },
        [this, service, cancelled] {
            if (service)
                emit service->paymentUpdated(*cancelled);
            emit m_pane->catalogChanged();
        });
}

QFuture<Status> PaymentsView::markRefunded(const QString &paymentId)
{
    return m_pane->write(
        tr("Recording the refund…"),
        [paymentId](catalog::Catalog &db) -> Result<QString> {
            const Result<Payment> payment = db.payment(paymentId);
            if (!payment)
                return makeError(payment.error());
            if (!payment->appliedAt.isValid() || payment->application == PaymentApplication::Refunded) {
                return makeError(tr("Payment %1 is %2 and was not applied, or is refunded already, so there is "
                                    "nothing to mark.")
                                     .arg(payment->reference, BillingText::paymentStatus(payment->status)));
            }
            const Result<catalog::PaymentRefund> refunded
                = db.refundPayment(paymentId, catalog::RefundScope::HeldRest);
            if (!refunded)
                return makeError(refunded.error());
            if (const QString reopened = billing::refundedInvoiceText(db, refunded.value()); !reopened.isEmpty())
                return tr("Payment %1 is recorded as refunded. %2").arg(payment->reference, reopened);
            return tr("Payment %1 is recorded as refunded.").arg(payment->reference);
        },
        [this] { emit m_pane->catalogChanged(); });
}

void PaymentsView::askCancel()
{
    const Payment *payment = selectedPayment();
    if (!payment || payment->status != PaymentStatus::Pending)
        return;
    const QString paymentId = payment->id;
    const QString reference = payment->reference;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel payment %1").arg(reference),
        tr("Cancel payment %1 of %2 for invoice %3? The invoice can then take a new payment request or be "
           "voided. Paynow cannot be told: if the customer still pays, the payment is recorded when its status "
           "arrives.\n\nReason (optional):")
            .arg(reference, catalog::formatMoney(payment->amountCents, payment->currency),
                m_model->rowAt(m_model->rowOf(paymentId)).invoiceNumber),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    cancelPayment(paymentId, reason.trimmed()).then(this, [this](const Status &cancelled) {
        if (!cancelled)
            Prompter::warning(this, tr("Payment not cancelled"), cancelled.error());
    });
}

void PaymentsView::askMarkRefunded()
{
    const Payment *payment = selectedPayment();
    if (!payment || !payment->appliedAt.isValid() || payment->application == PaymentApplication::Refunded)
        return;
    const QString paymentId = payment->id;
    QString text = tr("Record that payment %1 of %2 was refunded to the customer outside Paynow? It is no longer "
                      "listed as a refund due.")
                       .arg(payment->reference, catalog::formatMoney(payment->amountCents, payment->currency));
    if (payment->heldCents() > 0 && payment->appliedCents > 0)
        text = tr("Record that the %1 that payment %2 still holds was refunded to the customer outside Paynow? The "
                  "%3 applied to invoices keeps paying them.")
                   .arg(catalog::formatMoney(payment->heldCents(), payment->currency), payment->reference,
                       catalog::formatMoney(payment->appliedCents, payment->currency));
    else if (payment->application == PaymentApplication::Settled)
        text += QLatin1Char(' ') + tr("It paid invoice %1, which opens again.")
                                       .arg(m_model->rowAt(m_model->rowOf(paymentId)).invoiceNumber);
    if (Prompter::question(this, tr("Mark payment %1 refunded").arg(payment->reference), text,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    markRefunded(paymentId).then(this, [this](const Status &refunded) {
        if (!refunded)
            Prompter::warning(this, tr("Payment not marked refunded"), refunded.error());
    });
}

QFuture<Status> PaymentsView::applyToInvoice(const QString &paymentId, const QString &invoiceId)
{
    if (!m_pane->billingService())
        return QtFuture::makeReadyFuture(Status(makeError(noCatalogReason())));
    // The catalog write runs on a worker, and the reactivation jobs start
    // on this thread once it is saved.
    struct Applied
    {
        Payment payment;
        QString customerId;
    };
    auto applied = std::make_shared<Applied>();
    return m_pane->write(
        tr("Applying the payment…"),
        [paymentId, invoiceId, applied](catalog::Catalog &db) -> Result<QString> {
            const Result<catalog::Invoice> settled = db.applyHeldPayment(paymentId, invoiceId);
            if (!settled)
                return makeError(settled.error());
            const Result<Payment> payment = db.payment(paymentId);
            if (!payment)
                return makeError(payment.error());
            applied->payment = payment.value();
            applied->customerId = settled->customerId;
            return tr("Payment %1 is applied to invoice %2, which is paid.").arg(payment->reference, settled->number);
        },
        [this, applied] {
            billing::BillingService *billing = m_pane->billingService();
            if (!billing)
                return;
            const Result<billing::PaymentUpdateResult> resumed
                = billing->heldPaymentApplied(applied->payment, applied->customerId);
            if (!resumed)
                Prompter::warning(this, tr("Instances not resumed"), resumed.error());
            else if (!resumed->reactivationJobIds.isEmpty())
                emit statusMessage(tr("Resuming the customer's suspended instances."));
        });
}

void PaymentsView::askApplyToInvoice()
{
    const Payment *payment = selectedPayment();
    if (!payment || !catalog::isRefundDue(payment->application))
        return;
    const QString paymentId = payment->id;
    const QString reference = payment->reference;
    const QString amount = catalog::formatMoney(payment->amountCents, payment->currency);

    // The open invoices the catalog would take: the same customer, currency
    // and amount, the payment's own invoice first.
    const InvoiceTableModel *invoices = m_pane->invoicesView()->model();
    QString customerId;
    for (int row = 0; row < invoices->rowCount(); ++row) {
        if (invoices->rowAt(row).invoice.id == payment->invoiceId)
            customerId = invoices->rowAt(row).invoice.customerId;
    }
    QList<catalog::Invoice> candidates;
    for (int row = 0; row < invoices->rowCount(); ++row) {
        const catalog::Invoice &invoice = invoices->rowAt(row).invoice;
        if (invoice.customerId != customerId || invoice.status != catalog::InvoiceStatus::Open
            || invoice.currency != payment->currency || invoice.totalCents != payment->amountCents)
            continue;
        if (invoice.id == payment->invoiceId)
            candidates.prepend(invoice);
        else
            candidates.append(invoice);
    }
    if (candidates.isEmpty()) {
        Prompter::warning(this, tr("No invoice to apply payment %1 to").arg(reference),
            tr("Payment %1 of %2 can be applied only to an open invoice of the same customer, currency and "
               "amount, and there is none. Refund it and mark it refunded instead.")
                .arg(reference, amount));
        return;
    }

    QString invoiceId = candidates.first().id;
    if (candidates.size() == 1) {
        if (Prompter::question(this, tr("Apply payment %1").arg(reference),
                tr("Apply payment %1 of %2 to invoice %3? The invoice is then paid, the payment is no longer a "
                   "refund due, and instances suspended for unpaid invoices resume when none is overdue.")
                    .arg(reference, amount, candidates.first().number),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    } else {
        QStringList labels;
        for (const catalog::Invoice &invoice : std::as_const(candidates))
            labels.append(tr("%1, due %2").arg(invoice.number, QLocale().toString(invoice.dueDate, QLocale::ShortFormat)));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Apply payment %1").arg(reference),
            tr("Apply payment %1 of %2 to the open invoice:").arg(reference, amount), labels, 0, false, &ok);
        if (!ok)
            return;
        invoiceId = candidates.value(int(labels.indexOf(chosen))).id;
    }
    applyToInvoice(paymentId, invoiceId).then(this, [this](const Status &applied) {
        if (!applied)
            Prompter::warning(this, tr("Payment not applied"), applied.error());
    });
}

const Payment *PaymentsView::selectedPayment() const
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const int row = m_model->rowOf(ids.first());
    return row < 0 ? nullptr : &m_model->rowAt(row).payment;
}

void PaymentsView::checkSelected()
{
    for (const QString &id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->rowAt(row).payment.status == PaymentStatus::Pending)
            m_pane->follow(m_model->rowAt(row).payment);
    }
    updateActions();
}

void PaymentsView::updateActions()
{
    const bool open = m_pane->billingService() != nullptr;
    bool anyUnfollowedPending = false;
    bool anyFollowed = false;
    for (const QString &id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const bool followed = m_pane->paymentFollower() && m_pane->paymentFollower()->isFollowing(id);
        anyFollowed = anyFollowed || followed;
        anyUnfollowedPending = anyUnfollowedPending
            || (!followed && m_model->rowAt(row).payment.status == PaymentStatus::Pending);
    }
    const Payment *payment = selectedPayment();
    const bool hasLink = payment && !payment->browserUrl.isEmpty();
    const auto reason = [&](const QString &why) { return open ? why : noCatalogReason(); };
    setActionAvailable(m_checkAction, open && anyUnfollowedPending,
        reason(tr("Select pending payments that the console is not checking already.")));
    setActionAvailable(
        m_stopAction, open && anyFollowed, reason(tr("Select payments that the console is checking.")));
    setActionAvailable(m_copyAction, open && hasLink,
        reason(tr("Select one web checkout payment; mobile payments have no link.")));
    setActionAvailable(m_openAction, open && hasLink,
        reason(tr("Select one web checkout payment; mobile payments have no link.")));
    const bool writing = m_pane->writing();
    setActionAvailable(m_cancelAction, open && payment && payment->status == PaymentStatus::Pending && !writing,
        writing ? writingReason()
                : reason(payment ? tr("Payment %1 is %2; only a pending payment can be cancelled.")
                                       .arg(payment->reference, BillingText::paymentStatus(payment->status))
                                 : tr("Select one pending payment to cancel it.")));
    const bool refundable = payment && payment->appliedAt.isValid()
        && payment->application != PaymentApplication::Refunded;
    QString notRefundable = tr("Select one payment that was applied to mark it refunded.");
    if (payment && payment->application == PaymentApplication::Refunded)
        notRefundable = tr("Payment %1 is recorded as refunded already.").arg(payment->reference);
    else if (payment)
        notRefundable = tr("Payment %1 is %2 and was never applied, so there is nothing to refund.")
                            .arg(payment->reference, BillingText::paymentStatus(payment->status));
    setActionAvailable(
        m_refundedAction, open && refundable && !writing, writing ? writingReason() : reason(notRefundable));
    const bool held = payment && catalog::isRefundDue(payment->application);
    const QString notHeld = payment
        ? tr("Payment %1 is not held as a refund due, so there is nothing to apply.").arg(payment->reference)
        : tr("Select one payment held as a refund due to apply it to an invoice.");
    setActionAvailable(m_applyAction, open && held && !writing, writing ? writingReason() : reason(notHeld));
    setActionAvailable(m_refreshAction, open, noCatalogReason());
}

QString PaymentsView::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a payment to see its Paynow details.</p>");
    if (ids.size() > 1)
        return tr("<p>%n payments selected.</p>", nullptr, int(ids.size()));
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return {};
    const PaymentRow &entry = m_model->rowAt(row);
    const Payment &payment = entry.payment;
    const bool followed = m_pane->paymentFollower() && m_pane->paymentFollower()->isFollowing(payment.id);
    QList<std::pair<QString, QString>> rows {
        { tr("Invoice"), entry.invoiceNumber },
        { tr("Customer"), entry.customerName },
        { tr("Method"), BillingText::paymentMethod(payment.method) },
        { tr("Amount"), catalog::formatMoney(payment.amountCents, payment.currency) },
        { tr("Status"),
            followed ? tr("%1, checking with Paynow").arg(BillingText::paymentStatus(payment.status))
                     : BillingText::paymentStatus(payment.status) },
        { tr("Paynow status"), payment.paynowStatus.isEmpty() ? tr("No update yet") : payment.paynowStatus },
        { tr("Paynow reference"), payment.paynowReference },
        { tr("Requested"), QLocale().toString(payment.createdAt.toLocalTime(), QLocale::ShortFormat) },
    };
    if (!payment.phone.isEmpty())
        rows.append({ tr("Phone"), payment.phone });
    if (!payment.failureReason.isEmpty())
        rows.append({ tr("Failure reason"), payment.failureReason });
    if (payment.appliedAt.isValid()) {
        const QString applied = QLocale().toString(payment.appliedAt.toLocalTime(), QLocale::ShortFormat);
        switch (payment.application) {
        case PaymentApplication::Overpayment:
            rows.append({ tr("Refund due"), tr("Arrived %1 for an invoice paid already").arg(applied) });
            break;
        case PaymentApplication::VoidInvoice:
            rows.append({ tr("Refund due"), tr("Arrived %1 for a void invoice").arg(applied) });
            break;
        case PaymentApplication::Refunded:
            rows.append({ tr("Refunded"), tr("Recorded after it was applied %1").arg(applied) });
            break;
        case PaymentApplication::PaidAfterClose:
            rows.append({ tr("Refund due"),
                tr("Paynow reported it paid %1, after it was closed; refund it or apply it").arg(applied) });
            break;
        case PaymentApplication::Settled:
        case PaymentApplication::None:
            rows.append({ tr("Settled the invoice"), applied });
            if (!payment.settledInvoiceId.isEmpty() && payment.settledInvoiceId != payment.invoiceId)
                rows.append({ tr("Applied to"), invoiceNumberOf(m_pane->invoicesView()->model(), payment.settledInvoiceId) });
            break;
        }
    }
    QString html = detailsTable(payment.reference, rows);
    if (!payment.browserUrl.isEmpty())
        html += tr("<p>Payment link: <a href=\"%1\">%1</a></p>").arg(payment.browserUrl.toHtmlEscaped());
    return html;
}

// SubscriptionsPane

SubscriptionsPane::SubscriptionsPane(ConsoleServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    if (m_services && m_services->catalog()) {
        m_billing = new billing::BillingService(m_services->catalog(), m_services->secrets(), this);
        m_billing->setJobRunner(m_services->jobRunner(), m_services->provisioner());
        m_follower
            = new billing::PaymentFollower(m_billing, m_services->catalog(), m_services->secrets(), this);
        connect(
            m_billing, &billing::BillingService::paymentUpdated, this, &SubscriptionsPane::paymentUpdated);
        connect(m_follower, &billing::PaymentFollower::finished, this,
            [this](const QString &, billing::PollOutcome outcome, const QString &message) {
                if (outcome != billing::PollOutcome::FinalStatus && !message.isEmpty())
                    emit statusMessage(message);
                m_payments->followingChanged();
            });
        // Billing jobs issue invoices and change subscriptions.
        connect(
            m_services->jobRunner(), &jobs::JobRunner::jobFinished, this, [this](const jobs::JobInfo &job) {
                if (job.kind.startsWith(QLatin1String("billing."))) {
                    reload();
                    emit billingWritten();
                }
            });
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("billingTabs"));
    m_tabs->setDocumentMode(true);
    m_plans = new PlansView(this);
    m_subscriptions = new SubscriptionsView(this);
    m_invoices = new InvoicesView(this);
    m_payments = new PaymentsView(this);
    m_tabs->addTab(m_plans, tr("&Plans"));
    m_tabs->addTab(m_subscriptions, tr("&Subscriptions"));
    m_tabs->addTab(m_invoices, tr("&Invoices"));
    m_tabs->addTab(m_payments, tr("Pa&yments"));
    m_tabs->setCurrentIndex(Invoices);
    for (ListPane *view :
        std::initializer_list<ListPane *> { m_plans, m_subscriptions, m_invoices, m_payments })
        connect(view, &ListPane::statusMessage, this, &SubscriptionsPane::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

SubscriptionsPane::~SubscriptionsPane() = default;

void SubscriptionsPane::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

SubscriptionsPane::View SubscriptionsPane::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

void SubscriptionsPane::saveHeaderState() const
{
    for (ListPane *view :
        std::initializer_list<ListPane *> { m_plans, m_subscriptions, m_invoices, m_payments })
        view->saveHeaderState();
}

void SubscriptionsPane::follow(const Payment &payment)
{
    if (!m_follower)
        return;
    if (const Status started = m_follower->follow(payment); !started)
        emit statusMessage(started.error());
    m_payments->followingChanged();
}

QFuture<Status> SubscriptionsPane::write(const QString &busyMessage, CatalogChange change, std::function<void()> onSaved)
{
    if (!m_services || !m_services->catalog())
        return QtFuture::makeReadyFuture(Status(makeError(noCatalogReason())));
    if (m_writing)
        return QtFuture::makeReadyFuture(Status(makeError(writingReason())));
    m_writing = true;
    emit writingChanged();
    emit statusMessage(busyMessage);
    auto run = catalogWrite(*m_services, std::move(change));
    return QtConcurrent::run(workerPool(), [run = std::move(run)] { return run(); })
        .then(this, [this, onSaved = std::move(onSaved)](const Result<QString> &done) {
            m_writing = false;
            emit writingChanged();
            if (!done) {
                emit statusMessage(done.error());
                return Status(makeError(done.error()));
            }
            emit statusMessage(done.value());
            if (onSaved)
                onSaved();
            reload();
            emit billingWritten();
            return Status {};
        });
}

void SubscriptionsPane::paymentUpdated(const Payment &payment)
{
    // The update carries the stored payment, so its row changes without a
    // catalog read. A final status may have settled the invoice.
    if (!m_payments->model()->updatePayment(payment) || payment.status != PaymentStatus::Pending) {
        reload();
        emit billingWritten();
        if (payment.status == PaymentStatus::Paid)
            emit catalogChanged();
    }
}

struct SubscriptionsPane::Records
{
    QList<catalog::Plan> plans;
    QList<Subscription> subscriptions;
    QList<catalog::CustomerRow> customers;
    QList<Invoice> invoices;
    QList<Payment> payments;
};

void SubscriptionsPane::reload()
{
    if (!m_services || !m_services->catalog())
        return;
    m_recordsRead.start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) -> Result<Records> {
            Result<QList<catalog::Plan>> plans = db.plans();
            Result<QList<Subscription>> subscriptions = db.subscriptions();
            Result<QList<catalog::CustomerRow>> customers = db.customerRows();
            Result<QList<Invoice>> invoices = db.invoices();
            Result<QList<Payment>> payments = db.payments();
            for (const QString &error :
                { plans.error(), subscriptions.error(), customers.error(), invoices.error(), payments.error() }) {
                if (!error.isEmpty())
                    return Error { error };
            }
            return Records { std::move(plans.value()), std::move(subscriptions.value()),
                std::move(customers.value()), std::move(invoices.value()), std::move(payments.value()) };
        },
        [this](const Result<Records> &records) {
            if (records)
                showRecords(records.value());
            else
                emit statusMessage(tr("Could not load billing records: %1").arg(records.error()));
            for (ListPane *view : std::initializer_list<ListPane *> { m_plans, m_subscriptions, m_invoices, m_payments })
                emit view->reloaded();
            emit reloaded();
        });
}

void SubscriptionsPane::showRecords(const Records &records)
{
    const QList<catalog::Plan> &plans = records.plans;
    const QList<Subscription> &subscriptions = records.subscriptions;
    const QList<catalog::CustomerRow> &customers = records.customers;
    const QList<Invoice> &invoices = records.invoices;
    const QList<Payment> &payments = records.payments;
    m_customers.clear();
    for (const catalog::CustomerRow &row : customers)
        m_customers.insert(row.customer.id, row.customer);
    m_planById.clear();
    for (const catalog::Plan &plan : plans)
        m_planById.insert(plan.id, plan);

    QHash<QString, int> liveByPlan;
    QList<SubscriptionRow> subscriptionRows;
    for (const Subscription &subscription : subscriptions) {
        if (subscription.status != SubscriptionStatus::Cancelled)
            ++liveByPlan[subscription.planId];
        subscriptionRows.append({ subscription, m_customers.value(subscription.customerId).name,
            m_planById.value(subscription.planId).name });
    }
    QList<PlanRow> planRows;
    for (const catalog::Plan &plan : plans)
        planRows.append({ plan, liveByPlan.value(plan.id) });

    QSet<QString> pendingInvoices;
    QHash<QString, QString> invoiceNumbers;
    for (const Invoice &invoice : invoices)
        invoiceNumbers.insert(invoice.id, BillingText::invoiceLabel(invoice));
    QList<PaymentRow> paymentRows;
    QHash<QString, QString> invoiceCustomers;
    for (const Invoice &invoice : invoices)
        invoiceCustomers.insert(invoice.id, m_customers.value(invoice.customerId).name);
    // The same rule as summarizeBilling: money that arrived for an invoice
    // paid already or void, not refunded yet.
    QMap<catalog::Currency, qint64> refundsDue;
    for (const Payment &payment : payments) {
        if (catalog::isRefundDue(payment.application))
            refundsDue[payment.currency] += payment.amountCents;
        if (payment.status == PaymentStatus::Pending)
            pendingInvoices.insert(payment.invoiceId);
        paymentRows.append(
            { payment, invoiceNumbers.value(payment.invoiceId), invoiceCustomers.value(payment.invoiceId) });
    }
    const QDate today = QDate::currentDate();
    QList<InvoiceRow> invoiceRows;
    for (const Invoice &invoice : invoices) {
        const bool overdue = invoice.status == InvoiceStatus::Open && invoice.dueDate < today;
        invoiceRows.append(
            { invoice, invoiceCustomers.value(invoice.id), overdue, pendingInvoices.contains(invoice.id) });
    }

    QStringList refundTotals;
    for (auto it = refundsDue.cbegin(); it != refundsDue.cend(); ++it)
        refundTotals.append(catalog::formatMoney(it.value(), it.key()));
    m_payments->setRefundsDue(refundTotals.join(QStringLiteral(", ")));

    // Payments first: the invoice details list them.
    m_payments->model()->setRows(std::move(paymentRows));
    m_plans->model()->setRows(std::move(planRows));
    m_subscriptions->model()->setRows(std::move(subscriptionRows));
    m_invoices->model()->setRows(std::move(invoiceRows));
}

} // namespace saasodoo::ui
