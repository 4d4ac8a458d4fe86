// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingdialogs.h"

#include "discardguard.h"
#include "billingtablemodels.h"
#include "formchecks.h"
#include "prompter.h"
#include "statuscolors.h"
#include "core/billing/billingservice.h"
#include "core/billing/paynowtracker.h"
#include "core/billing/phonenumbers.h"
#include "core/catalog/validation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace saasodoo::ui {

using catalog::Currency;
using catalog::PaymentMethod;

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    StatusColors::apply(label, StatusColors::Tone::Error);
    label->setVisible(false);
    return label;
}

QString centsText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

Status moneyCheck(const QString &field, const QString &text)
{
    if (!billing::parseAmountCents(text.trimmed()))
        return makeError(PlanDialog::tr("%1 \"%2\" is not an amount such as 25 or 25.00.").arg(field, text));
    return {};
}

Status sizeCheck(const QString &field, const QString &text)
{
    const Result<qint64> size = catalog::parseByteSize(field, text.trimmed());
    return size ? Status() : Status(makeError(size.error()));
}

} // namespace

// PlanDialog

PlanDialog::PlanDialog(const catalog::Plan &plan, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_original(plan)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("planDialog"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });
    setWindowTitle(plan.id.isEmpty() ? tr("New plan") : tr("Edit plan %1").arg(plan.name));
    const bool isNew = plan.id.isEmpty();

    const auto makeEdit = [this](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    const auto makeSpin = [this](const QString &name, int value, int maximum, const QString &suffix) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(0, maximum);
        spin->setValue(value);
        spin->setSuffix(suffix);
        return spin;
    };
    m_name = makeEdit(QStringLiteral("name"), plan.name, tr("Starter"));
    m_priceUsd = makeEdit(
        QStringLiteral("priceUsd"), isNew ? QString() : centsText(plan.priceUsdCents), tr("25.00"));
    m_priceZwg = makeEdit(
        QStringLiteral("priceZwg"), isNew ? QString() : centsText(plan.priceZwgCents), tr("650.00"));
    m_instances = makeSpin(QStringLiteral("instances"), isNew ? 1 : plan.maxInstances, 10000, QString());
    m_cpu = makeEdit(
        QStringLiteral("cpu"), isNew ? QString() : centsText(plan.maxCpuMillicores / 10), tr("2 or 1.5"));
    m_memory = makeEdit(
        QStringLiteral("memory"), isNew ? QString() : catalog::formatByteSize(plan.maxMemoryBytes), tr("4G"));
    m_storage = makeEdit(QStringLiteral("storage"),
        isNew ? QString() : catalog::formatByteSize(plan.maxStorageBytes), tr("50G"));
    m_retention
        = makeSpin(QStringLiteral("retention"), isNew ? 30 : plan.backupRetentionDays, 3650, tr(" days"));
    m_retention->setToolTip(tr("An instance of a subscriber without its own retention policy ('saasodoo backup "
                               "policy') keeps min(7, days) daily, min(4, days / 7) weekly and min(3, days / 31) "
                               "monthly backups. 0 keeps the default of 7 daily, 4 weekly and 3 monthly."));
    m_trial = makeSpin(QStringLiteral("trial"), plan.trialDays, 365, tr(" days"));
    m_active = new QCheckBox(tr("Takes new subscriptions"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(plan.active);

    auto *form = new QFormLayout;
    m_checks = new FormChecks(this);
    m_checks->addRow(form, tr("&Name:"), m_name,
        [this] { return catalog::validateRequiredText(tr("Plan name"), m_name->text().trimmed()); });
    m_checks->addRow(form, tr("Price in &USD per month:"), m_priceUsd,
        [this] { return moneyCheck(tr("The USD price"), m_priceUsd->text()); });
    m_checks->addRow(form, tr("Price in &ZWG per month:"), m_priceZwg,
        [this] { return moneyCheck(tr("The ZWG price"), m_priceZwg->text()); });
    form->addRow(tr("&Instances at most:"), m_instances);
    m_checks->addRow(form, tr("&CPU cores in total:"), m_cpu, [this]() -> Status {
        if (!billing::parseAmountCents(m_cpu->text().trimmed()))
            return makeError(tr("CPU \"%1\" is not a number of cores such as 2 or 1.5.").arg(m_cpu->text()));
        return {};
    });
    m_checks->addRow(form, tr("&Memory in total:"), m_memory,
        [this] { return sizeCheck(tr("Plan memory"), m_memory->text()); });
    m_checks->addRow(form, tr("&Storage in total:"), m_storage,
        [this] { return sizeCheck(tr("Plan storage"), m_storage->text()); });
    form->addRow(tr("Backup &retention:"), m_retention);
    form->addRow(tr("&Trial:"), m_trial);
    form->addRow(QString(), m_active);

    m_saveError = errorLabel(this, QStringLiteral("saveError"));
    m_saving.setMessage(m_saveError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_name, m_priceUsd, m_priceZwg, m_cpu, m_memory, m_storage })
        connect(edit, &QLineEdit::textChanged, m_checks, &FormChecks::validate);
    m_checks->controlButton(m_buttons->button(QDialogButtonBox::Ok));
    if (!isNew)
        m_checks->validate();
}

catalog::Plan PlanDialog::plan() const
{
    catalog::Plan plan = m_original;
    plan.name = m_name->text().trimmed();
    plan.priceUsdCents = billing::parseAmountCents(m_priceUsd->text().trimmed()).value_or(plan.priceUsdCents);
    plan.priceZwgCents = billing::parseAmountCents(m_priceZwg->text().trimmed()).value_or(plan.priceZwgCents);
    plan.maxInstances = m_instances->value();
    if (const std::optional<qint64> centiCores = billing::parseAmountCents(m_cpu->text().trimmed()))
        plan.maxCpuMillicores = int(*centiCores * 10);
    if (const Result<qint64> memory = catalog::parseByteSize(QString(), m_memory->text().trimmed()))
        plan.maxMemoryBytes = memory.value();
    if (const Result<qint64> storage = catalog::parseByteSize(QString(), m_storage->text().trimmed()))
        plan.maxStorageBytes = storage.value();
    plan.backupRetentionDays = m_retention->value();
    plan.trialDays = m_trial->value();
    plan.active = m_active->isChecked();
    return plan;
}

void PlanDialog::accept()
{
    if (m_saving.busy() || !m_checks->validate())
        return;
    m_saving.run<catalog::Plan>([save = m_save, record = plan()] { return save(record); },
        [this](Result<catalog::Plan> saved) {
            if (!saved)
                return;
            m_saved = saved.value();
            QDialog::accept();
        });
}

void PlanDialog::reject()
{
    if (!m_saving.busy())
        QDialog::reject();
}

// SubscriptionDialog

SubscriptionDialog::SubscriptionDialog(const QList<catalog::Customer> &customers,
    const QList<catalog::Plan> &plans, const QString &customerId, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("subscriptionDialog"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });
    setWindowTitle(tr("New subscription"));

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    for (const catalog::Customer &customer : customers)
        m_customer->addItem(tr("%1 <%2>").arg(customer.name, customer.email), customer.id);
    if (const int index = m_customer->findData(customerId); index >= 0)
        m_customer->setCurrentIndex(index);

    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    for (const catalog::Plan &plan : plans) {
        if (!plan.active)
            continue;
        m_plans.append(plan);
        m_plan->addItem(tr("%1 (%2 or %3 a month)")
                            .arg(plan.name, catalog::formatMoney(plan.priceUsdCents, Currency::Usd),
                                catalog::formatMoney(plan.priceZwgCents, Currency::Zwg)),
            plan.id);
    }
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItem(tr("USD"), int(Currency::Usd));
    m_currency->addItem(tr("ZWG"), int(Currency::Zwg));
    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_trial = new QCheckBox(this);
    m_trial->setObjectName(QStringLiteral("trial"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Starts on:"), m_start);
    form->addRow(QString(), m_trial);

    m_saveError = errorLabel(this, QStringLiteral("saveError"));
    m_saving.setMessage(m_saveError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    if (m_customer->count() == 0 || m_plan->count() == 0) {
        m_saveError->setText(m_customer->count() == 0
                ? tr("Every customer already has a subscription. Cancel one first, or add a customer.")
                : tr("No plan takes new subscriptions. Add a plan, or mark one active."));
        m_saveError->setVisible(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_plan, &QComboBox::currentIndexChanged, this, &SubscriptionDialog::updateTrial);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &SubscriptionDialog::updateTrial);
    updateTrial();
}

void SubscriptionDialog::setEarlierSubscribers(const QSet<QString> &customerIds)
{
    m_earlierSubscribers = customerIds;
    updateTrial();
}

void SubscriptionDialog::updateTrial()
{
    const int index = m_plan->currentIndex();
    const int days = index >= 0 && index < m_plans.size() ? m_plans.at(index).trialDays : 0;
    const bool earlier = m_earlierSubscribers.contains(m_customer->currentData().toString());
    m_trial->setEnabled(days > 0);
    m_trial->setChecked(days > 0 && !earlier);
    if (days <= 0)
        m_trial->setText(tr("This plan has no trial"));
    else if (earlier)
        m_trial->setText(tr("Grant the plan's %n-day trial again (this customer had a subscription before)", nullptr,
            days));
    else
        m_trial->setText(tr("Start with the plan's %n-day trial", nullptr, days));
}

SubscriptionDialog::Request SubscriptionDialog::request() const
{
    Request request;
    request.customerId = m_customer->currentData().toString();
    request.planId = m_plan->currentData().toString();
    request.currency = static_cast<Currency>(m_currency->currentData().toInt());
    request.start = m_start->date();
    request.trial = m_trial->isEnabled() && m_trial->isChecked();
    const int index = m_plan->currentIndex();
    request.trialDays = request.trial && index >= 0 && index < m_plans.size() ? m_plans.at(index).trialDays : 0;
    return request;
}

void SubscriptionDialog::accept()
{
    if (m_saving.busy())
        return;
    if (m_check) {
        const QString warning = m_check(request());
        if (!warning.isEmpty()
            && Prompter::question(this, tr("Invoice the same days again?"),
                   warning + QStringLiteral("\n\n") + tr("Subscribe anyway?"), QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No)
                != QMessageBox::Yes)
            return;
    }
    m_saving.run<catalog::Subscription>([save = m_save, record = request()] { return save(record); },
        [this](Result<catalog::Subscription> saved) {
            if (!saved)
                return;
            m_saved = saved.value();
            QDialog::accept();
        });
}

void SubscriptionDialog::reject()
{
    if (!m_saving.busy())
        QDialog::reject();
}

// PaymentRequestDialog

PaymentRequestDialog::PaymentRequestDialog(const catalog::Invoice &invoice, const catalog::Customer &customer,
    billing::BillingService *service, QWidget *parent)
    : QDialog(parent)
    , m_invoice(invoice)
    , m_customer(customer)
    , m_service(service)
{
    setObjectName(QStringLiteral("paymentRequestDialog"));
    new DiscardGuard(this);
    setWindowTitle(tr("Request payment of %1").arg(BillingText::invoiceLabel(invoice)));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *summary = new QLabel(tr("Invoice %1 for %2: %3, due %4.")
                                   .arg(BillingText::invoiceLabel(invoice), customer.name,
                                       catalog::formatMoney(invoice.totalCents, invoice.currency),
                                       QLocale().toString(invoice.dueDate, QLocale::ShortFormat)),
        this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    m_web = new QRadioButton(tr("&Web checkout: a Paynow link for the customer"), this);
    m_web->setObjectName(QStringLiteral("methodWeb"));
    m_ecoCash = new QRadioButton(tr("&EcoCash: a prompt on the customer's Econet phone"), this);
    m_ecoCash->setObjectName(QStringLiteral("methodEcoCash"));
    m_oneMoney = new QRadioButton(tr("&OneMoney: a prompt on the customer's NetOne phone"), this);
    m_oneMoney->setObjectName(QStringLiteral("methodOneMoney"));
    auto *methods = new QButtonGroup(this);
    for (QRadioButton *button : { m_web, m_ecoCash, m_oneMoney })
        methods->addButton(button);
    m_web->setChecked(true);

    m_phone = new QLineEdit(customer.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("0771 234 567 or +263 77 123 4567"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(customer.email);

    auto *form = new QFormLayout;
    form->addRow(tr("Method:"), m_web);
    form->addRow(QString(), m_ecoCash);
    form->addRow(QString(), m_oneMoney);
    m_checks = new FormChecks(this);
    m_checks->addRow(form, tr("&Phone:"), m_phone, [this]() -> Status {
        const PaymentMethod chosen = method();
        if (chosen == PaymentMethod::Web)
            return {};
        const auto wallet = chosen == PaymentMethod::EcoCash ? billing::MobileMoneyMethod::EcoCash
                                                             : billing::MobileMoneyMethod::OneMoney;
        const Result<QString> number = billing::normaliseWalletNumber(m_phone->text(), wallet);
        return number ? Status() : Status(makeError(number.error()));
    });
    m_checks->addRow(form, tr("E&mail for Paynow:"), m_email, [this]() -> Status {
        const QString email = m_email->text().trimmed();
        return email.isEmpty() ? Status() : catalog::validateEmail(tr("Email"), email);
    });

    m_send = new QPushButton(tr("&Send request"), this);
    m_send->setObjectName(QStringLiteral("sendRequest"));
    m_send->setDefault(true);

    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("paymentLink"));
    m_link->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_open = new QPushButton(tr("Open in &browser"), this);
    m_open->setObjectName(QStringLiteral("openLink"));
    m_linkRow = new QWidget(this);
    auto *linkLayout = new QHBoxLayout(m_linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_link, 1);
    linkLayout->addWidget(m_copy);
    linkLayout->addWidget(m_open);
    m_linkRow->setVisible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = errorLabel(this, QStringLiteral("requestError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_linkRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(methods, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        updateForm();
        // The customer's number is selected, so that typing another one
        // replaces it.
        if (method() != PaymentMethod::Web && !m_phoneEdited && m_phone->isEnabled()) {
            m_phone->setFocus(Qt::OtherFocusReason);
            m_phone->selectAll();
        }
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { m_phoneEdited = true; });
    m_phone->installEventFilter(this);
    connect(m_phone, &QLineEdit::textChanged, this, &PaymentRequestDialog::updateForm);
    connect(m_email, &QLineEdit::textChanged, this, &PaymentRequestDialog::updateForm);
    connect(m_send, &QPushButton::clicked, this, &PaymentRequestDialog::sendRequest);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->text());
        m_status->setText(
            tr("Link copied. Send it to the customer; this window shows when the payment arrives."));
    });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_link->text())); });
    if (m_service) {
        connect(m_service, &billing::BillingService::paymentUpdated, this,
            [this](const catalog::Payment &payment) {
                if (!m_payment.id.isEmpty() && payment.id == m_payment.id)
                    showPayment(payment);
            });
    }
    updateForm();
    resize(560, sizeHint().height());
}

PaymentMethod PaymentRequestDialog::method() const
{
    if (m_ecoCash->isChecked())
        return PaymentMethod::EcoCash;
    if (m_oneMoney->isChecked())
        return PaymentMethod::OneMoney;
    return PaymentMethod::Web;
}

void PaymentRequestDialog::setMethod(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Web:
        m_web->setChecked(true);
        break;
    case PaymentMethod::EcoCash:
        m_ecoCash->setChecked(true);
        break;
    case PaymentMethod::OneMoney:
        m_oneMoney->setChecked(true);
        break;
    }
}

bool PaymentRequestDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A click into the field places the cursor after the focus arrives, so
    // the prefilled number is selected once the click is handled. Typing
    // then replaces it instead of appending to it.
    if (watched == m_phone && event->type() == QEvent::FocusIn && !m_phoneEdited)
        QTimer::singleShot(0, m_phone, &QLineEdit::selectAll);
    return QDialog::eventFilter(watched, event);
}

QString PaymentRequestDialog::statusText() const
{
    return m_status->text();
}

void PaymentRequestDialog::updateForm()
{
    const bool requested = !m_payment.id.isEmpty();
    const bool mobile = method() != PaymentMethod::Web;
    m_phone->setEnabled(mobile && !requested);
    const bool valid = m_checks->validate();
    for (QWidget *field : std::initializer_list<QWidget *> { m_web, m_ecoCash, m_oneMoney, m_email })
        field->setEnabled(!requested && !m_sending);
    m_send->setEnabled(valid && !requested && !m_sending && m_service);
    if (!m_service)
        m_send->setToolTip(tr("Billing is not available: the catalog is not open."));
}

void PaymentRequestDialog::sendRequest()
{
    if (!m_service || m_sending || !m_payment.id.isEmpty() || !m_checks->validate())
        return;
    m_sending = true;
    m_error->setVisible(false);
    m_status->setText(tr("Sending the request to Paynow…"));
    updateForm();
    const PaymentMethod chosen = method();
    const QString email = m_email->text().trimmed();
    QFuture<Result<catalog::Payment>> request = chosen == PaymentMethod::Web
        ? m_service->requestWebPayment(m_invoice.id, email)
        : m_service->requestMobilePayment(m_invoice.id, chosen, m_phone->text(), email);
    request.then(this, [this](const Result<catalog::Payment> &payment) {
        m_sending = false;
        if (!payment) {
            showError(payment.error());
            updateForm();
            return;
        }
        m_payment = payment.value();
        showPayment(m_payment);
        updateForm();
        emit paymentRequested(m_payment);
    });
}

void PaymentRequestDialog::showPayment(const catalog::Payment &payment)
{
    m_payment = payment;
    const bool web = payment.method == PaymentMethod::Web;
    m_link->setText(payment.browserUrl);
    m_linkRow->setVisible(web && !payment.browserUrl.isEmpty());
    QString text;
    switch (payment.status) {
    case catalog::PaymentStatus::Pending:
        text = web
            ? tr("Payment %1 is waiting for the customer to pay through the link.").arg(payment.reference)
            : tr("Paynow prompted %1 with %2; the customer confirms on the phone. Payment %3 is waiting.")
                  .arg(payment.phone, BillingText::paymentMethod(payment.method), payment.reference);
        if (!payment.paynowStatus.isEmpty())
            text += QLatin1Char(' ') + tr("Paynow status: %1.").arg(payment.paynowStatus);
        break;
    case catalog::PaymentStatus::Paid:
        text = tr("Paid. Invoice %1 is settled.").arg(BillingText::invoiceLabel(m_invoice));
        break;
    default:
        text = tr(
            "Payment %1 is %2 (Paynow status: %3). The invoice stays open; request the payment again if the "
            "customer still wants to pay.")
                   .arg(payment.reference, BillingText::paymentStatus(payment.status).toLower(),
                       payment.paynowStatus);
        break;
    }
    m_status->setText(text);
}

void PaymentRequestDialog::showError(const QString &message)
{
    m_status->clear();
    m_error->setText(message);
    m_error->setVisible(true);
}

VoidInvoiceDialog::VoidInvoiceDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("voidInvoiceDialog"));
    new DiscardGuard(this);
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("question"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Issued twice"));

    auto *form = new QFormLayout;
    m_checks = new FormChecks(this);
    // The same rule as the catalog's, which stores at most 500 characters.
    m_checks->addRow(form, tr("&Reason:"), m_reason,
        [this] { return catalog::validateRequiredText(tr("Reason"), reason(), 500); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *voidButton = buttons->addButton(tr("&Void invoice"), QDialogButtonBox::AcceptRole);
    voidButton->setObjectName(QStringLiteral("voidInvoice"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Once flagged, the field is checked again as the admin types.
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (!m_checks->isValid())
            m_checks->validate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

QString VoidInvoiceDialog::reason() const
{
    return m_reason->text().trimmed();
}

void VoidInvoiceDialog::accept()
{
    if (!m_checks->validate()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace saasodoo::ui
