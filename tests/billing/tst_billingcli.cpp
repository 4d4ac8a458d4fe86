// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the saasodoo command's plan, subscription, invoice, payment,
// billing and dunning commands end to end on a temporary SQLite catalog.
// Nothing here reaches Paynow or the keychain.
#include "core/billing/billingrun.h"
#include "core/catalog/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestBillingCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void planToInvoiceToDunning();
    void invalidInputRejected();
    void paymentListenUntilSignal();
    void paymentCancelVoidAndRefundDue();
    void planPriceOverMaximumWithVat();
    void planListNamesMissingPrice();
    void runDateOutsideWindowRejected();
    void futureRunChangesNothing();
    void resubscribeSamePeriodNeedsYes();
    void auditListShowsDunning();
    void backupPolicyFollowsPlan();
    void subscriptionByEmailWithNames();
    void cancelWithOverdueInvoices();
    void helpMessagesAndExitCodes();
    void resumeWarnsWhileDunningSuspended();
    void cancelBeforeDueKeepsDunning();
    void resumeInterruptedReactivation();
    void pollOfUnfinishedRequest();
    void pollAfterFailedRequestPrintsStatus();
    void markRefundedNamesReopenedInvoice();
    void pastRunNeedsYes();
    void groupHelpListsCommands();
    void distantStartNeedsYes();
    void closedOutputPipeFinishes();
    void resubscribeGetsNoNewTrial();
    void companyNameLengthCapped();
    void planUpdateChangesGivenFields();
    void planLimitBelowMinimumRejected();
    void planUpdateNamesStoredLimit();
    void heldPaymentAppliedInParts();
    void voidedPeriodReissued();
    void planChangeWaitsForStartedPeriods();

private:
    Outcome run(QStringList arguments);
    QJsonDocument runJson(const QStringList &arguments);
    QString addCustomerWithInstance();

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_catalog;
};

void TestBillingCli::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_catalog = m_directory->filePath(QStringLiteral("catalog.sqlite"));
}

Outcome TestBillingCli::run(QStringList arguments)
{
    arguments << QStringLiteral("--catalog") << m_catalog;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_directory->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

// Sends one raw HTTP request to the listener and returns its status line.
QByteArray httpStatusLine(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return "not connected: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray reply;
    while (!reply.contains("\r\n") && socket.waitForReadyRead(10000))
        reply.append(socket.readAll());
    return reply.left(reply.indexOf("\r\n"));
}

QJsonDocument TestBillingCli::runJson(const QStringList &arguments)
{
    const Outcome outcome = run(arguments + QStringList { QStringLiteral("--json") });
    if (outcome.exitCode != 0)
        qWarning("saasodoo %s failed with %d: %s", qPrintable(arguments.join(u' ')), outcome.exitCode, outcome.err.constData());
    return QJsonDocument::fromJson(outcome.out);
}

void TestBillingCli::planToInvoiceToDunning()
{
    const QJsonObject plan = runJson({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("Starter"), QStringLiteral("--price-usd"), QStringLiteral("25.00"), QStringLiteral("--instances"),
        QStringLiteral("2"), QStringLiteral("--cpu"), QStringLiteral("1.5"), QStringLiteral("--memory"),
        QStringLiteral("4G"), QStringLiteral("--storage"), QStringLiteral("50G") })
                                 .object();
    QCOMPARE(plan.value(QStringLiteral("price_usd_cents")).toString(), QStringLiteral("2500"));
    QCOMPARE(plan.value(QStringLiteral("max_cpu_millicores")).toInt(), 1500);

    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("company_name"),
                     QStringLiteral("SaaSOdoo (Pvt) Ltd") })
                 .exitCode,
        0);
    const QJsonObject subscription = runJson({ QStringLiteral("subscription"), QStringLiteral("create"),
        QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("starter"),
        QStringLiteral("--start"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                                         .object();
    QCOMPARE(subscription.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // The preview lists the first invoice; generating writes it.
    const QJsonArray planned = runJson({ QStringLiteral("dunning"), QStringLiteral("preview"), QStringLiteral("--date"),
        QStringLiteral("2026-03-01") })
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first()[QStringLiteral("action")].toString(), QStringLiteral("generate_invoice"));
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 0);
    const Outcome generated
        = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());

    const QJsonArray invoices = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array();
    QCOMPARE(invoices.size(), 1);
    const QJsonObject invoice = invoices.first().toObject();
    QCOMPARE(invoice.value(QStringLiteral("number")).toString(), QStringLiteral("INV-2026-000001"));
    QCOMPARE(invoice.value(QStringLiteral("total_cents")).toString(), QStringLiteral("2875"));
    QCOMPARE(invoice.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-03-15"));

    const QString pdf = m_directory->filePath(QStringLiteral("invoice.pdf"));
    const Outcome exported = run({ QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--output"), pdf });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // The catalog, a symbolic link to it and its WAL file are rejected as
    // output, and the catalog still opens with its invoice.
    const QString link = m_directory->filePath(QStringLiteral("link.pdf"));
    QVERIFY(QFile::link(m_catalog, link));
    for (const QString &target : QStringList { m_catalog, link, m_catalog + QStringLiteral("-wal") }) {
        const Outcome rejected = run({ QStringLiteral("invoice"), QStringLiteral("pdf"),
            QStringLiteral("INV-2026-000001"), QStringLiteral("--output"), target });
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains("catalog"), rejected.err.constData());
    }
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 1);

    // Unpaid into April: past due, then suspension (no instances here).
    const QJsonArray overdue = runJson({ QStringLiteral("dunning"), QStringLiteral("preview"), QStringLiteral("--date"),
        QStringLiteral("2026-04-10") })
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QStringList kinds;
    for (const QJsonValue &action : overdue)
        kinds.append(action[QStringLiteral("action")].toString());
    QCOMPARE(kinds.join(u','), QStringLiteral("generate_invoice,mark_past_due,suspend_instances"));

    const Outcome ran
        = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"), QStringLiteral("2026-04-10"), QStringLiteral("--yes") });
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    const QJsonArray subscriptions = runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array();
    QCOMPARE(subscriptions.first()[QStringLiteral("status")].toString(), QStringLiteral("suspended"));
    const QJsonObject history = runJson({ QStringLiteral("subscription"), QStringLiteral("show"),
        subscriptions.first()[QStringLiteral("id")].toString() })
                                    .object();
    QCOMPARE(history.value(QStringLiteral("history")).toArray().size(), 3);

    // The run is in the job history.
    const Outcome jobs = run({ QStringLiteral("job"), QStringLiteral("list") });
    QVERIFY2(jobs.out.contains("billing.run"), jobs.out.constData());

    // Two invoices are open and the first is overdue on the run's day.
    const QJsonObject summary = runJson({ QStringLiteral("billing"), QStringLiteral("summary"), QStringLiteral("--date"),
        QStringLiteral("2026-04-10") })
                                    .object();
    QCOMPARE(summary.value(QStringLiteral("open_invoices")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("overdue_invoices")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("outstanding_cents")).toObject().value(QStringLiteral("USD")).toString(),
        QStringLiteral("5750"));

    const QJsonObject voided = runJson({ QStringLiteral("invoice"), QStringLiteral("void"), QStringLiteral("INV-2026-000002"),
        QStringLiteral("--reason"), QStringLiteral("issued by mistake") })
                                   .object();
    QCOMPARE(voided.value(QStringLiteral("status")).toString(), QStringLiteral("void"));
}

void TestBillingCli::invalidInputRejected()
{
    const Outcome price = run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
        QStringLiteral("--price-usd"), QStringLiteral("25.001"), QStringLiteral("--instances"), QStringLiteral("1"),
        QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
        QStringLiteral("--storage"), QStringLiteral("1G") });
    QCOMPARE(price.exitCode, 3);
    QVERIFY2(price.err.contains("25.001"), price.err.constData());

    const Outcome vat = run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("vat_rate"), QStringLiteral("101") });
    QCOMPARE(vat.exitCode, 3);

    const Outcome network = run({ QStringLiteral("payment"), QStringLiteral("request"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--mobile"), QStringLiteral("ecocash"), QStringLiteral("--phone"), QStringLiteral("0712345678") });
    QCOMPARE(network.exitCode, 3);
    QVERIFY2(network.err.contains("NetOne"), network.err.constData());

    const Outcome both = run({ QStringLiteral("payment"), QStringLiteral("request"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--web"), QStringLiteral("--mobile"), QStringLiteral("ecocash") });
    QCOMPARE(both.exitCode, 2);

    // An invalid payer email is invalid input, checked before the catalog.
    const Outcome email = run({ QStringLiteral("payment"), QStringLiteral("request"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--web"), QStringLiteral("--email"), QStringLiteral("notanemail") });
    QCOMPARE(email.exitCode, 3);
    QVERIFY2(email.err.contains("notanemail"), email.err.constData());

    // A price whose VAT would overflow is over the documented maximum.
    const Outcome huge = run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
        QStringLiteral("--price-usd"), QStringLiteral("999999999999999.99"), QStringLiteral("--instances"),
        QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
        QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") });
    QCOMPARE(huge.exitCode, 3);
    QVERIFY2(huge.err.contains("maximum amount of 9999999999.99"), huge.err.constData());

    // --wait takes whole seconds from 0 to 3600, checked before anything else.
    for (const QString &wait : { QStringLiteral("abc"), QStringLiteral("-5"), QStringLiteral("1.5"),
             QStringLiteral("3601"), QStringLiteral("99999999999") }) {
        const Outcome poll = run({ QStringLiteral("payment"), QStringLiteral("poll"), QStringLiteral("INV-2026-000001-1"),
            QStringLiteral("--wait"), wait });
        QCOMPARE(poll.exitCode, 3);
        QVERIFY2(poll.err.contains(QStringLiteral("--wait \"%1\" is invalid").arg(wait).toUtf8()), poll.err.constData());
    }

    // Start dates outside 2000 to 2099 are typing errors.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    for (const QString &start : { QStringLiteral("1900-01-01"), QStringLiteral("9999-12-01") }) {
        const Outcome subscribed = run({ QStringLiteral("subscription"), QStringLiteral("create"),
            QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"),
            QStringLiteral("basic"), QStringLiteral("--start"), start });
        QCOMPARE(subscribed.exitCode, 3);
        QVERIFY2(subscribed.err.contains(QStringLiteral("%1 is outside the billing window").arg(start).toUtf8()),
            subscribed.err.constData());
    }
}

void TestBillingCli::paymentListenUntilSignal()
{
    const Outcome address = run({ QStringLiteral("payment"), QStringLiteral("listen"), QStringLiteral("--address"),
        QStringLiteral("localhost:80") });
    QCOMPARE(address.exitCode, 3);
    QVERIFY2(address.err.contains("--address \"localhost:80\" is not an IP address"), address.err.constData());
    const Outcome port = run({ QStringLiteral("payment"), QStringLiteral("listen"), QStringLiteral("--port"),
        QStringLiteral("70000") });
    QCOMPARE(port.exitCode, 3);
    QVERIFY2(port.err.contains("--port \"70000\""), port.err.constData());

    QProcess listener;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_directory->filePath(QStringLiteral("data")));
    listener.setProcessEnvironment(environment);
    listener.start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("payment"), QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--catalog"), m_catalog });
    QVERIFY2(listener.waitForStarted(10000), qPrintable(listener.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(listener.canReadLine() || listener.state() != QProcess::Running, 20000);
    const QString line = QString::fromUtf8(listener.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("Listening for Paynow status updates on 127.0.0.1 port ")), qPrintable(line));
    const quint16 listening = quint16(line.section(u' ', -1).chopped(1).toUInt());
    QVERIFY(listening != 0);

    QCOMPARE(httpStatusLine(listening, "GET /paynow/result HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        QByteArray("HTTP/1.1 405 Method Not Allowed"));
    const QByteArray unknown = "reference=INV-1999-000001-1&amount=1.00&status=Paid&hash=00";
    QCOMPARE(httpStatusLine(listening,
                 "POST /paynow/result HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 "Content-Length: "
                     + QByteArray::number(unknown.size()) + "\r\n\r\n" + unknown),
        QByteArray("HTTP/1.1 400 Bad Request"));

    // SIGTERM stops it cleanly.
    ::kill(pid_t(listener.processId()), SIGTERM);
    QVERIFY(listener.waitForFinished(20000));
    QCOMPARE(listener.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listener.exitCode(), 0);
    const QByteArray out = listener.readAllStandardOutput();
    const QByteArray err = listener.readAllStandardError();
    QVERIFY2(out.contains("Stopped listening."), out.constData());
    QVERIFY2(err.contains("Rejected a status update:"), err.constData());
    QVERIFY2(err.contains("INV-1999-000001-1"), err.constData());
}

void TestBillingCli::paymentCancelVoidAndRefundDue()
{
    using namespace saasodoo;
    catalog::Invoice invoice;
    QString pendingId;
    QString overpayment;
    QString pendingReference;
    {
        auto opened = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        catalog::Catalog &db = *opened.value();
        catalog::Plan plan;
        plan.name = QStringLiteral("Starter");
        plan.priceUsdCents = 2500;
        plan.maxInstances = 1;
        const Result<catalog::Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        catalog::Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<catalog::Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        const Result<catalog::Subscription> subscription = billing::subscribe(db, createdCustomer->id,
            createdPlan->id, catalog::Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        catalog::Invoice draft;
        draft.customerId = createdCustomer->id;
        draft.subscriptionId = subscription->id;
        draft.periodStart = QDate(2026, 3, 1);
        draft.periodEnd = QDate(2026, 4, 1);
        draft.issueDate = QDate(2026, 3, 1);
        draft.dueDate = QDate(2026, 3, 15);
        draft.lines = { { QStringLiteral("Odoo hosting"), 1, 2500, 0 } };
        const Result<catalog::Invoice> issued = db.createInvoice(draft, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        invoice = issued.value();

        // The customer pays two attempts at Paynow, the first after an
        // admin cancelled it: the second settles the invoice, and the
        // first is an overpayment.
        catalog::Payment attempt;
        attempt.invoiceId = invoice.id;
        attempt.amountCents = invoice.totalCents;
        QList<catalog::Payment> started;
        for (int i = 0; i < 2; ++i) {
            const Result<catalog::Payment> stored = db.startPaymentAttempt(attempt);
            QVERIFY2(stored.ok(), qPrintable(stored.error()));
            catalog::Payment initiated = stored.value();
            initiated.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=%1").arg(i);
            const Result<catalog::Payment> saved = db.recordPaymentInitiated(initiated);
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
            if (i == 0) {
                const Result<catalog::Payment> cancelled = db.closePendingPayment(saved->id,
                    catalog::PaymentStatus::Cancelled, QStringLiteral("new link sent"));
                QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
                started.append(cancelled.value());
            } else {
                started.append(saved.value());
            }
        }
        for (int i = 1; i >= 0; --i) {
            catalog::Payment paid = started.at(i);
            paid.status = catalog::PaymentStatus::Paid;
            paid.paynowStatus = QStringLiteral("Paid");
            QVERIFY(db.updatePaymentStatus(paid).ok());
            QCOMPARE(int(db.applyPayment(paid.id).value()),
                int(i == 1 ? catalog::PaymentApplication::Settled : catalog::PaymentApplication::Overpayment));
        }
        QVERIFY(!db.startPaymentAttempt(attempt).ok()); // the invoice is paid
        overpayment = started.at(0).reference;
    }

    const QJsonArray payments = runJson({ QStringLiteral("payment"), QStringLiteral("list") }).array();
    QCOMPARE(payments.size(), 2);
    for (const QJsonValue &payment : payments) {
        const bool overpaid = payment[QStringLiteral("reference")].toString().endsWith(QLatin1String("-1"));
        QCOMPARE(payment[QStringLiteral("application")].toString(),
            overpaid ? QStringLiteral("overpayment") : QStringLiteral("settled"));
        QCOMPARE(payment[QStringLiteral("refund_due")].toBool(), overpaid);
        // The cancelled attempt that was paid later keeps no failure text.
        QCOMPARE(payment[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(payment[QStringLiteral("failure_reason")].toString(), QString());
    }
    const QJsonObject summary = runJson({ QStringLiteral("billing"), QStringLiteral("summary") }).object();
    QCOMPARE(summary.value(QStringLiteral("refund_payments")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("refunds_due_cents")).toObject().value(QStringLiteral("USD")).toString(),
        QString::number(invoice.totalCents));
    const Outcome table = run({ QStringLiteral("payment"), QStringLiteral("list") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("overpayment, refund due"), table.out.constData());

    // The invoice and the payment each show the money that is owed back.
    const Outcome invoiceText = run({ QStringLiteral("invoice"), QStringLiteral("show"), invoice.number });
    QCOMPARE(invoiceText.exitCode, 0);
    QVERIFY2(invoiceText.out.contains("applied: overpayment (refund of USD 25.00 due)"), invoiceText.out.constData());
    QVERIFY2(invoiceText.out.contains("Refund due to the customer: "), invoiceText.out.constData());
    const QJsonObject shownPayment = runJson({ QStringLiteral("payment"), QStringLiteral("show"), overpayment }).object();
    QCOMPARE(shownPayment.value(QStringLiteral("invoice")).toString(), invoice.number);
    QCOMPARE(shownPayment.value(QStringLiteral("invoice_status")).toString(), QStringLiteral("paid"));
    QCOMPARE(shownPayment.value(QStringLiteral("refund_due")).toBool(), true);
    const Outcome paymentText = run({ QStringLiteral("payment"), QStringLiteral("show"), overpayment });
    QCOMPARE(paymentText.exitCode, 0);
    QVERIFY2(paymentText.out.contains("due to the customer"), paymentText.out.constData());
    QCOMPARE(run({ QStringLiteral("payment"), QStringLiteral("show"), QStringLiteral("INV-2026-999999-1") }).exitCode, 3);

    // Once the overpayment is sent back, it is no longer due, and the
    // invoice paid by the other payment stays paid.
    const QJsonObject refunded = runJson({ QStringLiteral("payment"), QStringLiteral("mark-refunded"),
        overpayment })
                                     .object();
    QCOMPARE(refunded.value(QStringLiteral("application")).toString(), QStringLiteral("refunded"));
    QCOMPARE(refunded.value(QStringLiteral("refund_due")).toBool(), false);
    const QJsonObject after = runJson({ QStringLiteral("billing"), QStringLiteral("summary") }).object();
    QCOMPARE(after.value(QStringLiteral("refund_payments")).toInt(), 0);
    const QJsonObject paidInvoice
        = runJson({ QStringLiteral("invoice"), QStringLiteral("show"), invoice.number }).object();
    QCOMPARE(paidInvoice.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    const Outcome twice = run({ QStringLiteral("payment"), QStringLiteral("mark-refunded"),
        overpayment });
    QCOMPARE(twice.exitCode, 3);
    QVERIFY2(twice.err.contains("refunded already"), twice.err.constData());

    // A pending payment blocks voiding until it is cancelled.
    const QString second = QStringLiteral("INV-2026-000002");
    {
        auto opened = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        catalog::Catalog &db = *opened.value();
        catalog::Invoice next = invoice;
        next.periodStart = QDate(2026, 4, 1);
        next.periodEnd = QDate(2026, 5, 1);
        const Result<catalog::Invoice> issued = db.createInvoice(next, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QCOMPARE(issued->number, second);
        catalog::Payment attempt;
        attempt.invoiceId = issued->id;
        attempt.amountCents = issued->totalCents;
        const Result<catalog::Payment> started = db.startPaymentAttempt(attempt);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        pendingId = started->id;
        pendingReference = started->reference;
    }
    const Outcome blocked = run({ QStringLiteral("invoice"), QStringLiteral("void"), second, QStringLiteral("--reason"),
        QStringLiteral("issued twice") });
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY2(blocked.err.contains((QStringLiteral("saasodoo payment cancel ") + pendingReference).toUtf8()), blocked.err.constData());
    // A second request is blocked the same way, with the same exit code.
    const Outcome requested = run({ QStringLiteral("payment"), QStringLiteral("request"), second, QStringLiteral("--web") });
    QCOMPARE(requested.exitCode, 3);
    QVERIFY2(requested.err.contains(QStringLiteral("already has payment %1 pending").arg(pendingReference).toUtf8()), requested.err.constData());
    const QJsonObject cancelled = runJson({ QStringLiteral("payment"), QStringLiteral("cancel"),
        pendingReference, QStringLiteral("--reason"), QStringLiteral("invoice issued twice") })
                                      .object();
    QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("failure_reason")).toString(), QStringLiteral("invoice issued twice"));
    QCOMPARE(cancelled.value(QStringLiteral("id")).toString(), pendingId);
    // An id is found in capitals too.
    const QJsonObject byUpperId
        = runJson({ QStringLiteral("payment"), QStringLiteral("show"), pendingId.toUpper() }).object();
    QCOMPARE(byUpperId.value(QStringLiteral("id")).toString(), pendingId);
    const Outcome again = run({ QStringLiteral("payment"), QStringLiteral("cancel"), pendingReference });
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("not pending"), again.err.constData());
    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("void"), second, QStringLiteral("--reason"),
                     QStringLiteral("issued twice") })
                 .exitCode,
        0);
}

void TestBillingCli::planPriceOverMaximumWithVat()
{
    // 9,000,000,000.00 plus 15 % VAT is over the maximum of 9,999,999,999.99.
    const QStringList create = { QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("Huge"), QStringLiteral("--price-usd"), QStringLiteral("9000000000.00"),
        QStringLiteral("--instances"), QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"),
        QStringLiteral("--memory"), QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("10G") };
    const Outcome rejected = run(create);
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(rejected.err.contains("over the maximum invoice total"), rejected.err.constData());
    QCOMPARE(runJson({ QStringLiteral("plan"), QStringLiteral("list") }).array().size(), 0);

    // Without VAT it fits, and then a VAT rate that pushes it over is rejected.
    QCOMPARE(run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("vat_rate"), QStringLiteral("0") })
                 .exitCode,
        0);
    const Outcome created = run(create);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Outcome vat
        = run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("vat_rate"), QStringLiteral("15") });
    QCOMPARE(vat.exitCode, 3);
    QVERIFY2(vat.err.contains("Plan Huge costs"), vat.err.constData());

    // A catalog that has such a rate already (stored before this check):
    // the first period fails with its reason, and the later ones are
    // reported as waiting for it, not as invoiced by another run.
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Big"),
                     QStringLiteral("--email"), QStringLiteral("it@big.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("it@big.co.zw"), QStringLiteral("--plan"), QStringLiteral("huge"),
                     QStringLiteral("--start"), QStringLiteral("2026-01-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    {
        auto opened = saasodoo::catalog::Catalog::open(saasodoo::catalog::CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(opened.value()->setBillingSetting(QStringLiteral("vat_rate"), QStringLiteral("15.00")).ok());
    }
    const Outcome generated
        = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") });
    QVERIFY(generated.exitCode != 0);
    const QByteArray output = generated.out + generated.err;
    QVERIFY2(!output.contains("another run"), output.constData());
    QVERIFY2(output.contains("because the period starting 2026-01-01 is not invoiced yet"), output.constData());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 0);
}

void TestBillingCli::planListNamesMissingPrice()
{
    // A plan priced in USD only is not sold in ZWG, which "ZWG 0.00" would
    // hide; a plan priced at zero in both is free.
    const auto create = [this](const QString &name, const QString &usd) {
        return run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), name,
            QStringLiteral("--price-usd"), usd, QStringLiteral("--instances"), QStringLiteral("1"),
            QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
            QStringLiteral("--storage"), QStringLiteral("10G") });
    };
    const Outcome priced = create(QStringLiteral("UsdOnly"), QStringLiteral("25.00"));
    QVERIFY2(priced.exitCode == 0, priced.err.constData());
    const Outcome free = create(QStringLiteral("Gratis"), QStringLiteral("0"));
    QVERIFY2(free.exitCode == 0, free.err.constData());

    const Outcome listed = run({ QStringLiteral("plan"), QStringLiteral("list") });
    QCOMPARE(listed.exitCode, 0);
    const QList<QByteArray> lines = listed.out.split('\n');
    QByteArray usdOnly;
    QByteArray gratis;
    for (const QByteArray &line : lines) {
        if (line.startsWith("UsdOnly"))
            usdOnly = line;
        if (line.startsWith("Gratis"))
            gratis = line;
    }
    QVERIFY2(usdOnly.contains("USD 25.00"), listed.out.constData());
    QVERIFY2(usdOnly.contains("no ZWG price"), listed.out.constData());
    QVERIFY2(!usdOnly.contains("ZWG 0.00"), listed.out.constData());
    QVERIFY2(gratis.contains("USD 0.00"), listed.out.constData());
    QVERIFY2(gratis.contains("ZWG 0.00"), listed.out.constData());

    const Outcome shown = run({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("UsdOnly") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("USD 25.00 / no ZWG price"), shown.out.constData());
}

void TestBillingCli::runDateOutsideWindowRejected()
{
    const QList<QStringList> commands = { { QStringLiteral("dunning"), QStringLiteral("preview") },
        { QStringLiteral("dunning"), QStringLiteral("run") }, { QStringLiteral("invoice"), QStringLiteral("generate") } };
    for (const QStringList &command : commands) {
        for (const QString &day : { QStringLiteral("1999-12-31"), QStringLiteral("2100-01-01") }) {
            const Outcome outcome = run(command + QStringList { QStringLiteral("--date"), day });
            QCOMPARE(outcome.exitCode, 3);
            QVERIFY2(outcome.err.contains(QStringLiteral("--date %1 is outside the billing window 2000-01-01 to "
                                                         "2099-12-31")
                                              .arg(day)
                                              .toUtf8()),
                outcome.err.constData());
        }
    }

    // Only the preview looks ahead. A run dated after today is rejected,
    // also with --yes.
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    for (const QStringList &command : commands.mid(1)) {
        for (const QStringList &extra : { QStringList {}, QStringList { QStringLiteral("--yes") } }) {
            const Outcome outcome = run(command + QStringList { QStringLiteral("--date"), tomorrow } + extra);
            QCOMPARE(outcome.exitCode, 3);
            QVERIFY2(outcome.err.contains(QStringLiteral("--date %1 is after today").arg(tomorrow).toUtf8()),
                outcome.err.constData());
            QVERIFY2(outcome.err.contains("saasodoo dunning preview --date"), outcome.err.constData());
        }
    }
    const Outcome preview = run(commands.first() + QStringList { QStringLiteral("--date"), tomorrow });
    QVERIFY2(preview.exitCode == 0, preview.err.constData());

    // A date option takes a date only, as a time of day would be dropped.
    const Outcome withTime
        = run(commands.first() + QStringList { QStringLiteral("--date"), QStringLiteral("2026-03-01T08:00:00") });
    QCOMPARE(withTime.exitCode, 3);
    QVERIFY2(withTime.err.contains("--date \"2026-03-01T08:00:00\" is not a date"), withTime.err.constData());
}

void TestBillingCli::futureRunChangesNothing()
{
    // The invoice issued today is overdue in two months. A run dated then
    // would have suspended the subscription and issued invoices that block
    // today's runs.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString subscription = runJson({ QStringLiteral("subscription"), QStringLiteral("create"),
                                             QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"),
                                             QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start"),
                                             today.toString(Qt::ISODate) })
                                     .object()
                                     .value(QStringLiteral("id"))
                                     .toString();
    QVERIFY(!subscription.isEmpty());
    const Outcome generated = run({ QStringLiteral("invoice"), QStringLiteral("generate") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 1);

    const QString later = today.addMonths(2).toString(Qt::ISODate);
    const QJsonArray planned = runJson({ QStringLiteral("dunning"), QStringLiteral("preview"), QStringLiteral("--date"),
        later })
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QVERIFY2(planned.size() >= 2, QJsonDocument(planned).toJson().constData());
    const Outcome refused
        = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"), later, QStringLiteral("--yes") });
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("after today"), refused.err.constData());
    const QJsonObject stored = runJson({ QStringLiteral("subscription"), QStringLiteral("show"), subscription }).object();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 1);
    QCOMPARE(runJson({ QStringLiteral("dunning"), QStringLiteral("preview") }).object().value(QStringLiteral("actions")).toArray().size(), 0);
}

void TestBillingCli::resubscribeSamePeriodNeedsYes()
{
    for (const QString &name : { QStringLiteral("Basic"), QStringLiteral("Plus") }) {
        QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), name,
                         QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                         QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                         QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                     .exitCode,
            0);
    }
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QStringList subscribe { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--start"), today.toString(Qt::ISODate), QStringLiteral("--plan") };
    const QString first = runJson(subscribe + QStringList { QStringLiteral("basic") })
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("generate") }).exitCode, 0);
    const QJsonArray invoices = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array();
    QCOMPARE(invoices.size(), 1);
    const QString number = invoices.first()[QStringLiteral("number")].toString();
    const QString periodEnd = invoices.first()[QStringLiteral("period_end")].toString();
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("cancel"), first, QStringLiteral("--force") }).exitCode,
        0);

    // The month is invoiced already, so a new subscription from today
    // would invoice it again. The command names the invoice and the
    // first free day, and creates nothing without --yes.
    const Outcome refused = run(subscribe + QStringList { QStringLiteral("plus") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(number.toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("a second time"), refused.err.constData());
    QVERIFY2(refused.err.contains(QStringLiteral("Start it on %1").arg(periodEnd).toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("void invoice"), refused.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array().size(), 1);
    {
        // A paid invoice cannot be voided, so the advice leaves that out.
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("paid-invoice"));
        sqlite.setDatabaseName(m_catalog);
        QVERIFY(sqlite.open());
        QSqlQuery paid(sqlite);
        QVERIFY(paid.prepare(QStringLiteral("UPDATE invoices SET status = 'paid' WHERE number = ?")));
        paid.addBindValue(number);
        QVERIFY2(paid.exec(), qPrintable(paid.lastError().text()));
        QCOMPARE(paid.numRowsAffected(), 1);
        const Outcome paidRefused = run(subscribe + QStringList { QStringLiteral("plus") });
        QCOMPARE(paidRefused.exitCode, 2);
        QVERIFY2(paidRefused.err.contains(QStringLiteral("because invoice %1 is paid").arg(number).toUtf8()),
            paidRefused.err.constData());
        QVERIFY2(!paidRefused.err.contains("void invoice"), paidRefused.err.constData());
        QVERIFY(paid.prepare(QStringLiteral("UPDATE invoices SET status = 'open' WHERE number = ?")));
        paid.addBindValue(number);
        QVERIFY2(paid.exec(), qPrintable(paid.lastError().text()));
        paid.finish();
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("paid-invoice"));
    const Outcome confirmed = run(subscribe + QStringList { QStringLiteral("plus"), QStringLiteral("--yes"),
                                                  QStringLiteral("--json") });
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QVERIFY2(confirmed.err.contains("Warning: The customer was invoiced up to"), confirmed.err.constData());
    const QString second = QJsonDocument::fromJson(confirmed.out).object().value(QStringLiteral("id")).toString();
    QVERIFY(!second.isEmpty());
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("cancel"), second, QStringLiteral("--force") }).exitCode,
        0);

    // Starting on the first day after the invoiced period needs nothing.
    const QStringList later { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("plus"), QStringLiteral("--start"),
        periodEnd };
    const Outcome nextPeriod = run(later);
    QVERIFY2(nextPeriod.exitCode == 0, nextPeriod.err.constData());
    QVERIFY2(!nextPeriod.err.contains("Warning"), nextPeriod.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array().size(), 3);
}

// QVERIFY2 for a helper that returns a QString. It fails the test and
// returns an empty string.
#define VERIFY_OR_EMPTY(condition, message)                                                                           \
    do {                                                                                                               \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, message, __FILE__, __LINE__))                  \
            return QString();                                                                                          \
    } while (false)

// Adds the customer Acme <it@acme.co.zw> with one instance "prod" of 1 CPU
// core, 1 GiB of memory and 10 GiB of storage, and returns the instance's id.
QString TestBillingCli::addCustomerWithInstance()
{
    using namespace saasodoo;
    using namespace saasodoo::catalog;
    auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
    VERIFY_OR_EMPTY(opened.ok(), qPrintable(opened.error()));
    Catalog &db = *opened.value();
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.email = QStringLiteral("it@acme.co.zw");
    const Result<Customer> createdCustomer = db.createCustomer(customer);
    VERIFY_OR_EMPTY(createdCustomer.ok(), qPrintable(createdCustomer.error()));
    Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Acme");
    tenant.slug = QStringLiteral("acme");
    const Result<Tenant> createdTenant = db.createTenant(tenant);
    VERIFY_OR_EMPTY(createdTenant.ok(), qPrintable(createdTenant.error()));
    Host host;
    host.name = QStringLiteral("nowhere");
    host.dockerEndpoint = QStringLiteral("unix://") + m_directory->filePath(QStringLiteral("missing.sock"));
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("apps.example.co.zw");
    host.cpuCores = 2;
    host.memoryBytes = 4LL << 30;
    const Result<Host> createdHost = db.createHost(host);
    VERIFY_OR_EMPTY(createdHost.ok(), qPrintable(createdHost.error()));
    Instance instance;
    instance.tenantId = createdTenant->id;
    instance.hostId = createdHost->id;
    instance.name = QStringLiteral("prod");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1LL << 30;
    instance.storageLimitBytes = 10LL << 30;
    instance.adminEmail = QStringLiteral("admin@acme.co.zw");
    instance.databaseName = QStringLiteral("acme_prod");
    instance.subdomain = QStringLiteral("acme-prod");
    const Result<Instance> createdInstance = db.createInstance(instance);
    VERIFY_OR_EMPTY(createdInstance.ok(), qPrintable(createdInstance.error()));
    return createdInstance->id;
}

void TestBillingCli::backupPolicyFollowsPlan()
{
    QVERIFY(!addCustomerWithInstance().isEmpty());
    const QStringList policy { QStringLiteral("backup"), QStringLiteral("policy"), QStringLiteral("prod") };
    QCOMPARE(runJson(policy + QStringList { QStringLiteral("--json") }).object().value(QStringLiteral("source")).toString(),
        QStringLiteral("default"));

    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Fortnight"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("10G"),
                     QStringLiteral("--backup-days"), QStringLiteral("14") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("Fortnight") })
                 .exitCode,
        0);

    // Without a policy of its own, the instance follows its plan.
    const QJsonObject derived = runJson(policy + QStringList { QStringLiteral("--json") }).object();
    QCOMPARE(derived.value(QStringLiteral("source")).toString(), QStringLiteral("plan"));
    QCOMPARE(derived.value(QStringLiteral("plan")).toString(), QStringLiteral("Fortnight"));
    QCOMPARE(derived.value(QStringLiteral("daily")).toInt(), 7);
    QCOMPARE(derived.value(QStringLiteral("weekly")).toInt(), 2);
    QCOMPARE(derived.value(QStringLiteral("monthly")).toInt(), 0);
    QVERIFY(derived.value(QStringLiteral("default")).toBool());
    const Outcome shown = run(policy);
    QVERIFY2(shown.out.contains("from plan Fortnight (14 days of backup retention)"), shown.out.constData());

    // A change stores a policy that starts from the plan's slots.
    const QJsonObject stored
        = runJson(policy + QStringList { QStringLiteral("--daily"), QStringLiteral("3"), QStringLiteral("--json") })
              .object();
    QCOMPARE(stored.value(QStringLiteral("source")).toString(), QStringLiteral("instance"));
    QCOMPARE(stored.value(QStringLiteral("daily")).toInt(), 3);
    QCOMPARE(stored.value(QStringLiteral("weekly")).toInt(), 2);
    QVERIFY(!stored.value(QStringLiteral("default")).toBool());
    QVERIFY(run(policy).out.contains("set for this instance"));
}

void TestBillingCli::auditListShowsDunning()
{
    using namespace saasodoo;
    using namespace saasodoo::catalog;
    const QString instanceId = addCustomerWithInstance();
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Other"),
                     QStringLiteral("--email"), QStringLiteral("it@other.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("10G") })
                 .exitCode,
        0);

    // An invoice issued 25 days ago is 11 days past its due date, which is
    // past the grace days but not yet suspended. Today's run marks the subscription past due.
    const QString issued = QDateTime::currentDateTimeUtc().date().addDays(-25).toString(Qt::ISODate);
    const QString subscription = runJson({ QStringLiteral("subscription"), QStringLiteral("create"),
                                             QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"),
                                             QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start"),
                                             issued })
                                     .object()
                                     .value(QStringLiteral("id"))
                                     .toString();
    QVERIFY(!subscription.isEmpty());
    const Outcome invoiced = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), issued,
        QStringLiteral("--yes") });
    QVERIFY2(invoiced.exitCode == 0, invoiced.err.constData());
    const Outcome dunned = run({ QStringLiteral("dunning"), QStringLiteral("run") });
    QVERIFY2(dunned.exitCode == 0, dunned.err.constData());

    const QJsonArray statusEvents = runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--kind"), QStringLiteral("subscription") })
                                        .array();
    bool pastDue = false;
    for (const QJsonValue &event : statusEvents) {
        QVERIFY2(event[QStringLiteral("action")].toString().startsWith(QLatin1String("subscription.")),
            qPrintable(event[QStringLiteral("action")].toString()));
        QCOMPARE(event[QStringLiteral("target_id")].toString(), subscription);
        if (QJsonDocument(event[QStringLiteral("details")].toObject()).toJson().contains("past_due"))
            pastDue = true;
    }
    QVERIFY2(pastDue, QJsonDocument(statusEvents).toJson().constData());

    // The customer's events are its own. The other customer's creation is
    // not among them, and its invoice and instance are.
    const QJsonArray customerEvents = runJson({ QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw") })
                                          .array();
    QStringList actions;
    for (const QJsonValue &event : customerEvents) {
        actions.append(event[QStringLiteral("action")].toString());
        QVERIFY2(!QJsonDocument(event[QStringLiteral("details")].toObject()).toJson().contains("it@other.co.zw"),
            QJsonDocument(event.toObject()).toJson().constData());
    }
    QVERIFY2(actions.contains(QStringLiteral("invoice.issue")), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(QStringLiteral("customer.create")), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(QStringLiteral("instance.create")), qPrintable(actions.join(u' ')));

    const QJsonArray instanceEvents = runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--instance"),
        QStringLiteral("prod") })
                                          .array();
    QVERIFY(!instanceEvents.isEmpty());
    for (const QJsonValue &event : instanceEvents)
        QCOMPARE(event[QStringLiteral("target_id")].toString(), instanceId);

    // --since in the future and --limit narrow the list.
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), tomorrow }).array().size(), 0);
    // A date-time keeps its time of day: an hour from now excludes today's
    // events, and an hour ago, also with an offset, includes them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString inAnHour = now.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QCOMPARE(runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), inAnHour }).array().size(), 0);
    const QString anHourAgo = now.addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QVERIFY(!runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), anHourAgo }).array().isEmpty());
    const QString inAnHourWithOffset = now.addSecs(3600).toOffsetFromUtc(7200).toString(Qt::ISODate);
    QCOMPARE(runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), inAnHourWithOffset })
                 .array()
                 .size(),
        0);
    const QString today = now.date().toString(Qt::ISODate);
    QVERIFY(!runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), today }).array().isEmpty());
    QVERIFY(!runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("1h") })
                 .array()
                 .isEmpty());
    const Outcome limited = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
        QStringLiteral("1"), QStringLiteral("--json") });
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 1);
    QVERIFY2(limited.err.contains("more events match"), limited.err.constData());
    const Outcome table = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--kind"),
        QStringLiteral("invoice.issue") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("invoice.issue"), table.out.constData());
    QVERIFY2(!table.out.contains("customer.create"), table.out.constData());

    // Bad filters are rejected with the value.
    const Outcome badSince = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
        QStringLiteral("last week") });
    QCOMPARE(badSince.exitCode, 3);
    QVERIFY2(badSince.err.contains("--since \"last week\" is invalid"), badSince.err.constData());
    const Outcome badLimit = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
        QStringLiteral("0") });
    QCOMPARE(badLimit.exitCode, 3);
    const Outcome unknownCustomer = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--customer"),
        QStringLiteral("nobody@example.co.zw") });
    QCOMPARE(unknownCustomer.exitCode, 3);
    const Outcome unknownInstance = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--instance"),
        QStringLiteral("missing") });
    QCOMPARE(unknownInstance.exitCode, 3);
    QVERIFY2(unknownInstance.err.contains("Instance missing was not found"), unknownInstance.err.constData());
}

void TestBillingCli::subscriptionByEmailWithNames()
{
    QVERIFY(!addCustomerWithInstance().isEmpty());
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Small"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("10G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Tiny"),
                     QStringLiteral("--price-usd"), QStringLiteral("5.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("0.5"), QStringLiteral("--memory"),
                     QStringLiteral("512M"), QStringLiteral("--storage"), QStringLiteral("10G") })
                 .exitCode,
        0);

    // A plan without a ZWG price names the option that fits it.
    const QStringList subscribe { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("small") };
    // A new subscription is rejected as a plan change is, naming each limit
    // the instance does not fit, and none is stored.
    const Outcome overTiny = run({ QStringLiteral("subscription"), QStringLiteral("create"),
        QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("tiny") });
    QCOMPARE(overTiny.exitCode, 3);
    QVERIFY2(overTiny.err.contains("do not fit plan Tiny"), overTiny.err.constData());
    QVERIFY2(overTiny.err.contains("1 CPU cores in total where it allows 0.5"), overTiny.err.constData());
    QVERIFY2(overTiny.err.contains("of memory in total where it allows"), overTiny.err.constData());
    QVERIFY2(!overTiny.err.contains("of storage"), overTiny.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array().size(), 0);
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Narrow"),
                     QStringLiteral("--price-usd"), QStringLiteral("1.00"), QStringLiteral("--instances"),
                     QStringLiteral("0"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("5G") })
                 .exitCode,
        0);
    const Outcome overNarrow = run({ QStringLiteral("subscription"), QStringLiteral("create"),
        QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("narrow") });
    QCOMPARE(overNarrow.exitCode, 3);
    QVERIFY2(overNarrow.err.contains("1 instances where it allows 0"), overNarrow.err.constData());
    QVERIFY2(overNarrow.err.contains("of storage in total where it allows"), overNarrow.err.constData());
    QVERIFY2(!overNarrow.err.contains("CPU"), overNarrow.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array().size(), 0);

    const Outcome zwg = run(subscribe + QStringList { QStringLiteral("--currency"), QStringLiteral("ZWG") });
    QCOMPARE(zwg.exitCode, 3);
    QVERIFY2(zwg.err.contains("Plan Small has no ZWG price. Subscribe with --currency USD"), zwg.err.constData());
    QVERIFY2(zwg.err.contains("Edit plan"), zwg.err.constData());
    QVERIFY2(!zwg.err.contains("cannot be edited"), zwg.err.constData());
    QCOMPARE(run(subscribe).exitCode, 0);

    // show, change-plan and cancel take the customer's email.
    const QJsonObject shown
        = runJson({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("it@acme.co.zw") }).object();
    QCOMPARE(shown.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(shown.value(QStringLiteral("customer_email")).toString(), QStringLiteral("it@acme.co.zw"));
    QCOMPARE(shown.value(QStringLiteral("plan_name")).toString(), QStringLiteral("Small"));
    const Outcome text = run({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("it@acme.co.zw") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Acme <it@acme.co.zw>"), text.out.constData());
    QVERIFY2(text.out.contains("Small (USD 10.00 a month)"), text.out.constData());
    // The period shows its last day, as invoice show does, not the stored
    // exclusive end.
    const QDate periodStart = QDate::fromString(shown.value(QStringLiteral("period_start")).toString(), Qt::ISODate);
    const QDate periodEnd = QDate::fromString(shown.value(QStringLiteral("period_end")).toString(), Qt::ISODate);
    QVERIFY(periodEnd > periodStart);
    const QString period = periodStart.toString(Qt::ISODate) + QStringLiteral(" – ")
        + periodEnd.addDays(-1).toString(Qt::ISODate);
    QVERIFY2(text.out.contains(period.toUtf8()), text.out.constData());

    // The refusal names each limit the instance does not fit, with both values.
    const Outcome smaller = run({ QStringLiteral("subscription"), QStringLiteral("change-plan"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("tiny") });
    QCOMPARE(smaller.exitCode, 3);
    QVERIFY2(smaller.err.contains("do not fit plan Tiny"), smaller.err.constData());
    QVERIFY2(smaller.err.contains("1 CPU cores in total where it allows 0.5"), smaller.err.constData());
    QVERIFY2(smaller.err.contains("of memory in total where it allows"), smaller.err.constData());
    QVERIFY2(!smaller.err.contains("of storage"), smaller.err.constData());
    QVERIFY2(!smaller.err.contains("instances where"), smaller.err.constData());

    // The current plan is rejected and changes nothing.
    const QStringList changePlan { QStringLiteral("subscription"), QStringLiteral("change-plan"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan") };
    const Outcome same = run(changePlan + QStringList { QStringLiteral("small") });
    QCOMPARE(same.exitCode, 3);
    QVERIFY2(same.err.contains("is on plan Small already; nothing was changed"), same.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("it@acme.co.zw") }).object(),
        shown);

    // A change names both plans and the day it applies from.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Large"),
                     QStringLiteral("--price-usd"), QStringLiteral("20.00"), QStringLiteral("--instances"),
                     QStringLiteral("2"), QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"),
                     QStringLiteral("4G"), QStringLiteral("--storage"), QStringLiteral("20G") })
                 .exitCode,
        0);
    const Outcome larger = run(changePlan + QStringList { QStringLiteral("large") });
    QVERIFY2(larger.exitCode == 0, larger.err.constData());
    const QString nextInvoice = shown.value(QStringLiteral("next_invoice_date")).toString();
    QVERIFY(!nextInvoice.isEmpty());
    QVERIFY2(larger.out.contains(QStringLiteral("moves from plan Small to Large from its next invoice on %1")
                                     .arg(nextInvoice)
                                     .toUtf8()),
        larger.out.constData());

    const Outcome cancelled = run({ QStringLiteral("subscription"), QStringLiteral("cancel"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--json") });
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("it@acme.co.zw") })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("cancelled"));
    const Outcome unknown
        = run({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("nobody@example.co.zw") });
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains("No subscription or customer nobody@example.co.zw"), unknown.err.constData());
}

void TestBillingCli::cancelWithOverdueInvoices()
{
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const QStringList subscribe = { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start") };
    const QString first = runJson(subscribe + QStringList { QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!first.isEmpty());
    const Outcome generated
        = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const Outcome ran
        = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"), QStringLiteral("2026-04-10"), QStringLiteral("--yes") });
    QVERIFY2(ran.exitCode == 0, ran.err.constData());

    // Cancelling with overdue invoices needs --force and warns.
    const Outcome refused = run({ QStringLiteral("subscription"), QStringLiteral("cancel"), first });
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("2 open invoice(s), 2 of them overdue"), refused.err.constData());
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), first })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("suspended"));
    const Outcome forced = run({ QStringLiteral("subscription"), QStringLiteral("cancel"), first, QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY2(forced.err.contains("Warning:"), forced.err.constData());

    // Cancelling it again changes nothing and reports why, not the invoices.
    const QJsonObject cancelled = runJson({ QStringLiteral("subscription"), QStringLiteral("show"), first }).object();
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--force") } }) {
        const Outcome again = run(QStringList { QStringLiteral("subscription"), QStringLiteral("cancel"), first } + extra);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("is already cancelled; nothing was changed"), again.err.constData());
        QVERIFY2(!again.err.contains("open invoice"), again.err.constData());
    }
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), first }).object(), cancelled);

    // The invoices stay open, and a new subscription is dunned for them.
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open") })
                 .array()
                 .size(),
        2);
    QVERIFY(!runJson(subscribe + QStringList { QStringLiteral("2026-05-01"), QStringLiteral("--yes") }).object().isEmpty());
    const QJsonArray planned = runJson({ QStringLiteral("dunning"), QStringLiteral("preview"), QStringLiteral("--date"),
        QStringLiteral("2026-05-01") })
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QStringList kinds;
    for (const QJsonValue &action : planned)
        kinds.append(action[QStringLiteral("action")].toString());
    QCOMPARE(kinds.join(u','), QStringLiteral("generate_invoice,mark_past_due,suspend_instances"));
}

void TestBillingCli::helpMessagesAndExitCodes()
{
    // Help of a command group prints its commands and succeeds.
    const Outcome planHelp = run({ QStringLiteral("plan"), QStringLiteral("--help") });
    QCOMPARE(planHelp.exitCode, 0);
    QVERIFY2(planHelp.out.contains("create, list, show"), planHelp.out.constData());
    const Outcome jobHelp = run({ QStringLiteral("job"), QStringLiteral("--help") });
    QCOMPARE(jobHelp.exitCode, 0);
    QVERIFY2(jobHelp.out.contains("resume, cleanup, cancel"), jobHelp.out.constData());
    const Outcome mainHelp = run({ QStringLiteral("--help") });
    QVERIFY2(mainHelp.out.contains("resume or clean up an"), mainHelp.out.constData());
    QVERIFY2(mainHelp.out.contains("cancel a running job"), mainHelp.out.constData());
    QVERIFY2(mainHelp.out.contains("poll, list, show, cancel"), mainHelp.out.constData());

    // A past --start asks for --yes by the invoices due after the trial.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Trial"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--trial-days"),
                     QStringLiteral("30"), QStringLiteral("--instances"), QStringLiteral("1"), QStringLiteral("--cpu"),
                     QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"), QStringLiteral("--storage"),
                     QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Trialist"),
                     QStringLiteral("--email"), QStringLiteral("it@trialist.co.zw") })
                 .exitCode,
        0);
    const QString start
        = QDateTime::currentDateTimeUtc().date().addMonths(-1).addDays(-20).toString(Qt::ISODate);
    const QStringList subscribe = { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@trialist.co.zw"), QStringLiteral("--plan"), QStringLiteral("trial"), QStringLiteral("--start"),
        start };
    const Outcome withoutTrial = run(subscribe + QStringList { QStringLiteral("--no-trial") });
    QCOMPARE(withoutTrial.exitCode, 2);
    QVERIFY2(withoutTrial.err.contains("2 billing periods ago"), withoutTrial.err.constData());
    const Outcome withTrial = run(subscribe);
    QVERIFY2(withTrial.exitCode == 0, withTrial.err.constData());

    // A negative VAT rate is read as a value and rejected with the range.
    const Outcome negative
        = run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("vat_rate"), QStringLiteral("-1") });
    QCOMPARE(negative.exitCode, 3);
    QVERIFY2(negative.err.contains("VAT rate \"-1\" is invalid: use a percentage from 0 to 100"), negative.err.constData());

    // A number of no Zimbabwean network is named plainly.
    const Outcome phone = run({ QStringLiteral("payment"), QStringLiteral("request"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--mobile"), QStringLiteral("ecocash"), QStringLiteral("--phone"), QStringLiteral("0701234567") });
    QCOMPARE(phone.exitCode, 3);
    QVERIFY2(phone.err.contains("0701234567 is not a Zimbabwean mobile number. EcoCash works only with"),
        phone.err.constData());

    // A payment request for a paid invoice is a validation error, like void.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Free"),
                     QStringLiteral("--price-usd"), QStringLiteral("0"), QStringLiteral("--instances"), QStringLiteral("1"),
                     QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
                     QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("free"),
                     QStringLiteral("--start"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    const QJsonArray invoices = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array();
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first()[QStringLiteral("status")].toString(), QStringLiteral("paid"));
    const Outcome paid = run({ QStringLiteral("payment"), QStringLiteral("request"),
        invoices.first()[QStringLiteral("number")].toString(), QStringLiteral("--web") });
    QCOMPARE(paid.exitCode, 3);
    QVERIFY2(paid.err.contains("only an open invoice can be paid"), paid.err.constData());
}

void TestBillingCli::resumeWarnsWhileDunningSuspended()
{
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    QString instanceName;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Tenant tenant;
        tenant.customerId = createdCustomer->id;
        tenant.name = QStringLiteral("Acme");
        tenant.slug = QStringLiteral("acme");
        const Result<Tenant> createdTenant = db.createTenant(tenant);
        QVERIFY2(createdTenant.ok(), qPrintable(createdTenant.error()));
        // An engine that does not exist: the resume job fails, after the warning.
        Host host;
        host.name = QStringLiteral("nowhere");
        host.dockerEndpoint = QStringLiteral("unix://") + m_directory->filePath(QStringLiteral("missing.sock"));
        host.pgHost = QStringLiteral("127.0.0.1");
        host.pgAdminUser = QStringLiteral("saasodoo_admin");
        host.baseDomain = QStringLiteral("apps.example.co.zw");
        host.cpuCores = 2;
        host.memoryBytes = 4LL << 30;
        const Result<Host> createdHost = db.createHost(host);
        QVERIFY2(createdHost.ok(), qPrintable(createdHost.error()));
        Instance instance;
        instance.tenantId = createdTenant->id;
        instance.hostId = createdHost->id;
        instance.name = QStringLiteral("prod");
        instance.odooVersion = QStringLiteral("18.0");
        instance.imageTag = QStringLiteral("18.0");
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1LL << 30;
        instance.storageLimitBytes = 10LL << 30;
        instance.adminEmail = QStringLiteral("admin@acme.co.zw");
        instance.databaseName = QStringLiteral("acme_prod");
        instance.subdomain = QStringLiteral("acme-prod");
        const Result<Instance> createdInstance = db.createInstance(instance);
        QVERIFY2(createdInstance.ok(), qPrintable(createdInstance.error()));
        instanceName = createdInstance->name;
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        Subscription suspended = subscription.value();
        suspended.status = SubscriptionStatus::Suspended;
        QVERIFY(db.updateSubscription(suspended, QStringLiteral("Dunning")).ok());
        Invoice draft;
        draft.customerId = createdCustomer->id;
        draft.subscriptionId = subscription->id;
        draft.currency = Currency::Usd;
        draft.periodStart = QDate(2026, 3, 1);
        draft.periodEnd = QDate(2026, 4, 1);
        draft.issueDate = QDate(2026, 3, 1);
        draft.dueDate = QDate(2026, 3, 15);
        draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
        const Result<Invoice> issued = db.createInvoice(draft, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QVERIFY(db.addDunningSuspension({ createdInstance->id, subscription->id, issued->id, QDateTime(),
                                          InstanceStatus::Running })
                    .ok());
        QVERIFY(db.setInstanceStatus(createdInstance->id, db.instance(createdInstance->id)->rowVersion,
                      InstanceStatus::Suspended)
                    .ok());
    }
    const Outcome resumed = run({ QStringLiteral("instance"), QStringLiteral("resume"), instanceName });
    QVERIFY2(resumed.err.contains("Warning: dunning suspended instance prod"), resumed.err.constData());
    QVERIFY2(resumed.err.contains("The next billing run suspends it again"), resumed.err.constData());
}

void TestBillingCli::cancelBeforeDueKeepsDunning()
{
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        QVERIFY(db.createPlan(plan).ok());
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Tenant tenant;
        tenant.customerId = createdCustomer->id;
        tenant.name = QStringLiteral("Acme");
        tenant.slug = QStringLiteral("acme");
        const Result<Tenant> createdTenant = db.createTenant(tenant);
        QVERIFY2(createdTenant.ok(), qPrintable(createdTenant.error()));
        Host host;
        host.name = QStringLiteral("nowhere");
        host.dockerEndpoint = QStringLiteral("unix://") + m_directory->filePath(QStringLiteral("missing.sock"));
        host.pgHost = QStringLiteral("127.0.0.1");
        host.pgAdminUser = QStringLiteral("saasodoo_admin");
        host.baseDomain = QStringLiteral("apps.example.co.zw");
        host.cpuCores = 2;
        host.memoryBytes = 4LL << 30;
        const Result<Host> createdHost = db.createHost(host);
        QVERIFY2(createdHost.ok(), qPrintable(createdHost.error()));
        Instance instance;
        instance.tenantId = createdTenant->id;
        instance.hostId = createdHost->id;
        instance.name = QStringLiteral("prod");
        instance.odooVersion = QStringLiteral("18.0");
        instance.imageTag = QStringLiteral("18.0");
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1LL << 30;
        instance.storageLimitBytes = 10LL << 30;
        instance.adminEmail = QStringLiteral("admin@acme.co.zw");
        instance.databaseName = QStringLiteral("acme_prod");
        instance.subdomain = QStringLiteral("acme-prod");
        const Result<Instance> createdInstance = db.createInstance(instance);
        QVERIFY2(createdInstance.ok(), qPrintable(createdInstance.error()));
        QVERIFY(db.setInstanceStatus(createdInstance->id, createdInstance->rowVersion, InstanceStatus::Running).ok());
    }
    const QString subscription = runJson({ QStringLiteral("subscription"), QStringLiteral("create"),
                                             QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"),
                                             QStringLiteral("--plan"), QStringLiteral("solo"), QStringLiteral("--start"),
                                             QStringLiteral("2026-12-01") })
                                     .object()
                                     .value(QStringLiteral("id"))
                                     .toString();
    QVERIFY(!subscription.isEmpty());
    const Outcome generated
        = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), QStringLiteral("2026-12-01"), QStringLiteral("--yes") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());

    // An open invoice, overdue or not, makes cancelling need --force.
    const Outcome refused = run({ QStringLiteral("subscription"), QStringLiteral("cancel"), subscription });
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("1 open invoice(s)"), refused.err.constData());
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    const Outcome forced
        = run({ QStringLiteral("subscription"), QStringLiteral("cancel"), subscription, QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY2(forced.err.contains("Warning:"), forced.err.constData());
    QVERIFY2(forced.err.contains("stay open and owed"), forced.err.constData());

    // Once the invoice is overdue, dunning suspends the instance although
    // the customer has no live subscription.
    const QJsonArray planned = runJson({ QStringLiteral("dunning"), QStringLiteral("preview"), QStringLiteral("--date"),
        QStringLiteral("2027-02-20") })
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first()[QStringLiteral("action")].toString(), QStringLiteral("suspend_instances"));
    QCOMPARE(planned.first()[QStringLiteral("subscription_id")].toString(), subscription);
    QCOMPARE(planned.first()[QStringLiteral("instances")].toArray(), QJsonArray { QStringLiteral("prod") });
}

void TestBillingCli::resumeInterruptedReactivation()
{
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    QString jobId;
    QString instanceId;
    QString subscriptionId;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Tenant tenant;
        tenant.customerId = createdCustomer->id;
        tenant.name = QStringLiteral("Acme");
        tenant.slug = QStringLiteral("acme");
        const Result<Tenant> createdTenant = db.createTenant(tenant);
        QVERIFY2(createdTenant.ok(), qPrintable(createdTenant.error()));
        Host host;
        host.name = QStringLiteral("nowhere");
        host.dockerEndpoint = QStringLiteral("unix://") + m_directory->filePath(QStringLiteral("missing.sock"));
        host.pgHost = QStringLiteral("127.0.0.1");
        host.pgAdminUser = QStringLiteral("saasodoo_admin");
        host.baseDomain = QStringLiteral("apps.example.co.zw");
        host.cpuCores = 2;
        host.memoryBytes = 4LL << 30;
        const Result<Host> createdHost = db.createHost(host);
        QVERIFY2(createdHost.ok(), qPrintable(createdHost.error()));
        Instance instance;
        instance.tenantId = createdTenant->id;
        instance.hostId = createdHost->id;
        instance.name = QStringLiteral("prod");
        instance.odooVersion = QStringLiteral("18.0");
        instance.imageTag = QStringLiteral("18.0");
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1LL << 30;
        instance.storageLimitBytes = 10LL << 30;
        instance.adminEmail = QStringLiteral("admin@acme.co.zw");
        instance.databaseName = QStringLiteral("acme_prod");
        instance.subdomain = QStringLiteral("acme-prod");
        const Result<Instance> createdInstance = db.createInstance(instance);
        QVERIFY2(createdInstance.ok(), qPrintable(createdInstance.error()));
        instanceId = createdInstance->id;
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDateTime::currentDateTimeUtc().date(), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        subscriptionId = subscription->id;
        // Dunning suspended the instance, which an admin had stopped before;
        // the payment's reactivation made the subscription active and was
        // killed before it lifted the suspension.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        Invoice draft;
        draft.customerId = createdCustomer->id;
        draft.subscriptionId = subscriptionId;
        draft.currency = Currency::Usd;
        draft.periodStart = today;
        draft.periodEnd = today.addMonths(1);
        draft.issueDate = today;
        draft.dueDate = today.addDays(14);
        draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
        const Result<Invoice> issued = db.createInvoice(draft, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QVERIFY(db.addDunningSuspension({ instanceId, subscriptionId, issued->id, QDateTime(), InstanceStatus::Stopped })
                    .ok());
        QVERIFY(db.setInstanceStatus(instanceId, db.instance(instanceId)->rowVersion, InstanceStatus::Suspended,
                      QStringLiteral("Suspended: invoice unpaid."))
                    .ok());
        Job job;
        job.kind = QStringLiteral("billing.reactivate");
        job.targetType = QStringLiteral("subscription");
        job.targetId = subscriptionId;
        job.state = JobState::Interrupted;
        const Result<Job> createdJob = db.createJob(job);
        QVERIFY2(createdJob.ok(), qPrintable(createdJob.error()));
        jobId = createdJob->id;
    }

    // job cleanup of a billing job says there is nothing to undo.
    const Outcome cleanup = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QCOMPARE(cleanup.exitCode, 3);
    QVERIFY2(cleanup.err.contains("nothing to clean up"), cleanup.err.constData());

    // job resume runs the reactivation again and finishes it.
    const Outcome resumed = run({ QStringLiteral("job"), QStringLiteral("resume"), jobId });
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.out.contains("Resumed interrupted job"), resumed.out.constData());
    auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Catalog &db = *opened.value();
    QCOMPARE(toString(db.instance(instanceId)->status), QStringLiteral("stopped"));
    QCOMPARE(db.dunningSuspensions(subscriptionId)->size(), 0);
    QCOMPARE(toString(db.job(jobId)->state), QStringLiteral("cancelled"));
}

void TestBillingCli::pollOfUnfinishedRequest()
{
    QString reference;
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        Invoice draft;
        draft.customerId = createdCustomer->id;
        draft.subscriptionId = subscription->id;
        draft.currency = Currency::Usd;
        draft.periodStart = QDate(2026, 3, 1);
        draft.periodEnd = QDate(2026, 4, 1);
        draft.issueDate = QDate(2026, 3, 1);
        draft.dueDate = QDate(2026, 3, 15);
        draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
        const Result<Invoice> issued = db.createInvoice(draft, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        // A payment request killed after it stored the attempt and before
        // Paynow's reply was saved.
        Payment payment;
        payment.invoiceId = issued->id;
        payment.amountCents = issued->totalCents;
        const Result<Payment> stored = db.startPaymentAttempt(payment);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        reference = stored->reference;
    }
    const Outcome polled = run({ QStringLiteral("payment"), QStringLiteral("poll"), reference });
    QCOMPARE(polled.exitCode, 4);
    QVERIFY2(polled.err.contains("unknown whether Paynow accepted it"), polled.err.constData());
    QVERIFY2(polled.err.contains((QStringLiteral("saasodoo payment cancel ") + reference).toUtf8()), polled.err.constData());
    QVERIFY2(!polled.err.contains("never accepted"), polled.err.constData());

    // Paynow later reports it paid after it was closed: listed and summed
    // as money to refund or apply.
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Result<Payment> payment = opened.value()->paymentByReference(reference);
        QVERIFY2(payment.ok(), qPrintable(payment.error()));
        QVERIFY(*opened.value()->markPaidAfterClose(payment->id));
    }
    const Outcome listed = run({ QStringLiteral("payment"), QStringLiteral("list") });
    QVERIFY2(listed.out.contains("paid_after_close, refund due"), listed.out.constData());

    // Invoices and payments name their customer.
    QVERIFY2(listed.out.contains("CUSTOMER"), listed.out.constData());
    QVERIFY2(listed.out.contains("Acme"), listed.out.constData());
    const QJsonObject listedPayment = runJson({ QStringLiteral("payment"), QStringLiteral("list") }).array().first().toObject();
    QCOMPARE(listedPayment.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(listedPayment.value(QStringLiteral("customer_email")).toString(), QStringLiteral("it@acme.co.zw"));
    const Outcome invoices = run({ QStringLiteral("invoice"), QStringLiteral("list") });
    QVERIFY2(invoices.out.contains("Acme"), invoices.out.constData());
    const QJsonObject listedInvoice = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().first().toObject();
    QCOMPARE(listedInvoice.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(listedInvoice.value(QStringLiteral("customer_email")).toString(), QStringLiteral("it@acme.co.zw"));
    const Outcome invoiceText
        = run({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000001") });
    QVERIFY2(invoiceText.out.contains("Acme <it@acme.co.zw>"), invoiceText.out.constData());
    const QJsonObject invoiceShown
        = runJson({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000001") }).object();
    QCOMPARE(invoiceShown.value(QStringLiteral("customer_email")).toString(), QStringLiteral("it@acme.co.zw"));
    const QJsonObject summary = runJson({ QStringLiteral("billing"), QStringLiteral("summary") }).object();
    QCOMPARE(summary.value(QStringLiteral("refund_payments")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("refunds_due_cents")).toObject().value(QStringLiteral("USD")).toString(),
        QStringLiteral("1000"));

    // The held money is applied to its own open invoice, exactly once.
    const Outcome shown = run({ QStringLiteral("payment"), QStringLiteral("show"), reference });
    QVERIFY2(shown.out.contains((QStringLiteral("saasodoo payment apply ") + reference).toUtf8()), shown.out.constData());
    const Outcome missingInvoice = run({ QStringLiteral("payment"), QStringLiteral("apply"),
        reference, QStringLiteral("--invoice"), QStringLiteral("INV-2026-000099") });
    QCOMPARE(missingInvoice.exitCode, 3);
    QVERIFY2(missingInvoice.err.contains("INV-2026-000099"), missingInvoice.err.constData());
    const Outcome applied
        = run({ QStringLiteral("payment"), QStringLiteral("apply"), reference });
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QVERIFY2(applied.out.contains("applied to invoice INV-2026-000001, which is paid"), applied.out.constData());
    const QJsonObject invoice
        = runJson({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000001") }).object();
    QCOMPARE(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    const QJsonObject afterApply = runJson({ QStringLiteral("billing"), QStringLiteral("summary") }).object();
    QCOMPARE(afterApply.value(QStringLiteral("refund_payments")).toInt(), 0);
    const Outcome again
        = run({ QStringLiteral("payment"), QStringLiteral("apply"), reference });
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("applied to an invoice already"), again.err.constData());
    const QJsonArray events = runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--kind"),
        QStringLiteral("payment") })
                                  .array();
    int applications = 0;
    for (const QJsonValue &event : events) {
        if (event[QStringLiteral("action")].toString() == QLatin1String("payment.apply"))
            ++applications;
    }
    QCOMPARE(applications, 1);
}

void TestBillingCli::pollAfterFailedRequestPrintsStatus()
{
    QString reference;
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    QString paymentId;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        Invoice draft;
        draft.customerId = createdCustomer->id;
        draft.subscriptionId = subscription->id;
        draft.currency = Currency::Usd;
        draft.periodStart = QDate(2026, 3, 1);
        draft.periodEnd = QDate(2026, 4, 1);
        draft.issueDate = QDate(2026, 3, 1);
        draft.dueDate = QDate(2026, 3, 15);
        draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
        const Result<Invoice> issued = db.createInvoice(draft, true);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        // A payment request that timed out: the attempt is failed and has
        // no poll URL.
        Payment payment;
        payment.invoiceId = issued->id;
        payment.amountCents = issued->totalCents;
        const Result<Payment> stored = db.startPaymentAttempt(payment);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        reference = stored->reference;
        const Result<Payment> failed = db.closePendingPayment(stored->id, PaymentStatus::Failed,
            QStringLiteral("The Paynow request timed out."));
        QVERIFY2(failed.ok(), qPrintable(failed.error()));
        paymentId = stored->id;
    }
    const QStringList poll { QStringLiteral("payment"), QStringLiteral("poll"), reference };

    // Nothing reached it, so there is nothing to poll.
    const Outcome nothing = run(poll);
    QCOMPARE(nothing.exitCode, 4);
    QVERIFY2(nothing.err.contains("nothing to poll"), nothing.err.constData());

    // Paynow's status update to the result URL reports it paid: polling
    // prints that stored status and succeeds.
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(*opened.value()->markPaidAfterClose(paymentId));
    }
    const Outcome held = run(poll);
    QVERIFY2(held.exitCode == 0, held.err.constData());
    QVERIFY2(held.out.contains((QStringLiteral("Payment %1: failed (Paynow: Paid)").arg(reference)).toUtf8()), held.out.constData());
    QVERIFY2(held.out.contains("held as money to refund"), held.out.constData());

    // Applied to its invoice, polling names the invoice it paid.
    const Outcome applied = run({ QStringLiteral("payment"), QStringLiteral("apply"), reference });
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const Outcome settled = run(poll);
    QVERIFY2(settled.exitCode == 0, settled.err.constData());
    QVERIFY2(settled.out.contains("It paid invoice INV-2026-000001."), settled.out.constData());
    const QJsonObject json = runJson(poll).object();
    QCOMPARE(json.value(QStringLiteral("paynow_status")).toString(), QStringLiteral("Paid"));
    QCOMPARE(json.value(QStringLiteral("application")).toString(), QStringLiteral("settled"));
}

void TestBillingCli::markRefundedNamesReopenedInvoice()
{
    QString reference;
    using namespace saasodoo::catalog;
    using saasodoo::Result;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        Plan plan;
        plan.name = QStringLiteral("Solo");
        plan.priceUsdCents = 1000;
        plan.maxInstances = 1;
        plan.maxCpuMillicores = 1000;
        plan.maxMemoryBytes = 1LL << 30;
        plan.maxStorageBytes = 10LL << 30;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        QList<Invoice> issued;
        for (const QDate &start : { QDate(2026, 3, 1), QDate(2026, 4, 1) }) {
            Invoice draft;
            draft.customerId = createdCustomer->id;
            draft.subscriptionId = subscription->id;
            draft.currency = Currency::Usd;
            draft.periodStart = start;
            draft.periodEnd = start.addMonths(1);
            draft.issueDate = start;
            draft.dueDate = start.addDays(14);
            draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
            const Result<Invoice> created = db.createInvoice(draft, true);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            issued.append(created.value());
        }
        // March's payment arrives after its request failed and is held.
        Payment payment;
        payment.invoiceId = issued.at(0).id;
        payment.amountCents = issued.at(0).totalCents;
        const Result<Payment> stored = db.startPaymentAttempt(payment);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        reference = stored->reference;
        QVERIFY(*db.markPaidAfterClose(stored->id));
    }
    // The admin applies it to April's invoice; then April is paid a second
    // time, which is held as an overpayment.
    const Outcome applied = run({ QStringLiteral("payment"), QStringLiteral("apply"),
        reference, QStringLiteral("--invoice"), QStringLiteral("INV-2026-000002") });
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        const Result<Invoice> april = db.invoiceByNumber(QStringLiteral("INV-2026-000002"));
        QVERIFY2(april.ok(), qPrintable(april.error()));
        Payment payment;
        payment.invoiceId = april->id;
        payment.reference = april->number + QStringLiteral("-1");
        payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=april");
        payment.amountCents = april->totalCents;
        const Result<Payment> created = db.createPayment(payment);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        Payment paid = created.value();
        paid.status = PaymentStatus::Paid;
        paid.paynowStatus = QStringLiteral("Paid");
        QVERIFY(db.updatePaymentStatus(paid).ok());
        QCOMPARE(toString(*db.applyPayment(created->id)), QStringLiteral("overpayment"));
    }

    // Refunding March's payment reopens April's invoice, which its held
    // overpayment pays again at once.
    const Outcome first = run({ QStringLiteral("payment"), QStringLiteral("mark-refunded"),
        reference });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("Invoice INV-2026-000002, which this payment had paid, is paid again by payment "
                                "INV-2026-000002-1"),
        first.out.constData());
    QVERIFY2(!first.out.contains("open again"), first.out.constData());
    const QJsonObject april
        = runJson({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000002") }).object();
    QCOMPARE(april.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    const QJsonObject march
        = runJson({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000001") }).object();
    QCOMPARE(march.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    // Refunding that one leaves April open, and the output reports it.
    const Outcome second = run({ QStringLiteral("payment"), QStringLiteral("mark-refunded"),
        QStringLiteral("INV-2026-000002-1"), QStringLiteral("--json") });
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject secondJson = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(secondJson.value(QStringLiteral("reopened_invoice_id")).toString(), april.value(QStringLiteral("id")).toString());
    QVERIFY(secondJson.value(QStringLiteral("replacement_reference")).toString().isEmpty());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-000002") })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("open"));
}

void TestBillingCli::pastRunNeedsYes()
{
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    for (const QString &email : { QStringLiteral("it@acme.co.zw"), QStringLiteral("it@late.co.zw") }) {
        QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), email,
                         QStringLiteral("--email"), email })
                     .exitCode,
            0);
    }
    const QString subscription = runJson({ QStringLiteral("subscription"), QStringLiteral("create"),
        QStringLiteral("--customer"), QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic"),
        QStringLiteral("--start"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                                     .object()
                                     .value(QStringLiteral("id"))
                                     .toString();
    QVERIFY(!subscription.isEmpty());

    // Without --yes, a past --date says what the run would do and changes nothing.
    const Outcome unconfirmed
        = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"), QStringLiteral("2026-03-01") });
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains("before today"), unconfirmed.err.constData());
    QVERIFY2(unconfirmed.err.contains("1 invoice(s) dated 2026-03-01 and due on 2026-03-15"), unconfirmed.err.constData());
    QVERIFY2(unconfirmed.err.contains("Add --yes"), unconfirmed.err.constData());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 0);

    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"), QStringLiteral("2026-04-10"),
                     QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), subscription })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("suspended"));

    // On 2026-03-20 no invoice was overdue yet, but today they are: a run
    // dated then does not reactivate the unpaid customer.
    const Outcome earlier = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
        QStringLiteral("2026-03-20") });
    QCOMPARE(earlier.exitCode, 2);
    QVERIFY2(earlier.err.contains("reactivated only when nothing is overdue today"), earlier.err.constData());
    const Outcome confirmed = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
        QStringLiteral("2026-03-20"), QStringLiteral("--yes") });
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), subscription })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("suspended"));

    // An invoice dated before one issued already would break the date
    // order of the numbers, so it is rejected even with --yes.
    QVERIFY(!runJson({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@late.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start"),
        QStringLiteral("2026-02-01"), QStringLiteral("--yes") })
                 .object()
                 .value(QStringLiteral("id"))
                 .toString()
                 .isEmpty());
    const Outcome backdated = run({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"),
        QStringLiteral("2026-02-01"), QStringLiteral("--yes") });
    QCOMPARE(backdated.exitCode, 3);
    QVERIFY2(backdated.err.contains("before the issue date of invoice INV-2026-"), backdated.err.constData());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 2);
}

void TestBillingCli::groupHelpListsCommands()
{
    const QList<std::pair<QString, QByteArray>> groups = { { QStringLiteral("host"), "set-password" },
        { QStringLiteral("customer"), "add, list, show" }, { QStringLiteral("tenant"), "add, edit, list, show" },
        { QStringLiteral("instance"), "create, list, show, logs" }, { QStringLiteral("backup"), "run-due" },
        { QStringLiteral("payment"), "poll" } };
    for (const auto &[group, listed] : groups) {
        const Outcome help = run({ group, QStringLiteral("--help") });
        QVERIFY2(help.exitCode == 0, qPrintable(group + u' ' + QString::fromUtf8(help.err)));
        QVERIFY2(help.out.contains("Commands:"), help.out.constData());
        QVERIFY2(help.out.contains(listed), help.out.constData());
    }
}

void TestBillingCli::distantStartNeedsYes()
{
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Basic"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString tenYearsAgo = QDate(today.year() - 10, today.month(), 1).toString(Qt::ISODate);
    const QStringList subscribe = { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start"),
        tenYearsAgo };
    const Outcome unconfirmed = run(subscribe);
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains("121 invoices"), unconfirmed.err.constData());
    QVERIFY2(unconfirmed.err.contains("Add --yes"), unconfirmed.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("list") }).array().size(), 0);
    const Outcome confirmed = run(subscribe + QStringList { QStringLiteral("--yes") });
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
}

void TestBillingCli::closedOutputPipeFinishes()
{
    // Standard output is a pipe whose read end is closed before the command
    // runs, as with `saasodoo ... | head` once head exits. The command must
    // finish its work instead of dying of SIGPIPE.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_directory->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        int fds[2];
        if (::pipe(fds) != 0)
            ::_exit(90);
        ::close(fds[0]);
        if (::dup2(fds[1], STDOUT_FILENO) < 0)
            ::_exit(91);
        ::close(fds[1]);
    });
    process.start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Piped"),
            QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"), QStringLiteral("1"),
            QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
            QStringLiteral("--storage"), QStringLiteral("1G"), QStringLiteral("--catalog"), m_catalog });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const Outcome shown = run({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("Piped") });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
}

void TestBillingCli::resubscribeGetsNoNewTrial()
{
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Trial"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--instances"),
                     QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
                     QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G"),
                     QStringLiteral("--trial-days"), QStringLiteral("14") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    // The plan's backup retention of 30 days becomes 7 daily and 4 weekly
    // slots for the instances without their own policy.
    const Outcome plan = run({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("Trial") });
    QVERIFY2(plan.out.contains("30 days: instances without their own policy keep 7 daily, 4 weekly and 0 monthly "
                               "backups"),
        plan.out.constData());

    const QStringList subscribe { QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("Trial") };
    const QStringList cancel { QStringLiteral("subscription"), QStringLiteral("cancel"), QStringLiteral("it@acme.co.zw"),
        QStringLiteral("--force") };

    const QJsonObject first = runJson(subscribe).object();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("trial"));
    QCOMPARE(first.value(QStringLiteral("trial_days")).toInt(), 14);
    QCOMPARE(run(cancel).exitCode, 0);

    // Subscribing again gives no second trial, and the output states it.
    const Outcome second = run(subscribe);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.out.contains("status active"), second.out.constData());
    QVERIFY2(second.out.contains("No trial: Acme had a subscription before"), second.out.constData());
    QVERIFY2(second.out.contains("--trial-days"), second.out.constData());
    QCOMPARE(run(cancel).exitCode, 0);

    // Both options at once are a usage error, and a trial out of range is invalid.
    QCOMPARE(run(subscribe + QStringList { QStringLiteral("--trial-days"), QStringLiteral("7"), QStringLiteral("--no-trial") })
                 .exitCode,
        2);
    const Outcome tooLong = run(subscribe + QStringList { QStringLiteral("--trial-days"), QStringLiteral("366") });
    QCOMPARE(tooLong.exitCode, 3);
    QVERIFY2(tooLong.err.contains("--trial-days \"366\" is invalid"), tooLong.err.constData());

    // An admin grants one explicitly.
    const QJsonObject granted
        = runJson(subscribe + QStringList { QStringLiteral("--trial-days"), QStringLiteral("7"), QStringLiteral("--yes") })
              .object();
    QCOMPARE(granted.value(QStringLiteral("status")).toString(), QStringLiteral("trial"));
    QCOMPARE(granted.value(QStringLiteral("trial_days")).toInt(), 7);
    QCOMPARE(granted.value(QStringLiteral("trial_withheld")).toBool(), false);
}

void TestBillingCli::companyNameLengthCapped()
{
    const QString longest(120, u'A');
    const Outcome accepted
        = run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("company_name"), longest });
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    const Outcome rejected = run({ QStringLiteral("billing"), QStringLiteral("set"), QStringLiteral("company_name"),
        longest + QStringLiteral("B") });
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(rejected.err.contains("company_name is 121 characters long; use at most 120"), rejected.err.constData());
    const Outcome settings = run({ QStringLiteral("billing"), QStringLiteral("settings") });
    QVERIFY2(settings.out.contains(longest.toUtf8()), settings.out.constData());
    QVERIFY2(!settings.out.contains((longest + QStringLiteral("B")).toUtf8()), settings.out.constData());
}

void TestBillingCli::voidedPeriodReissued()
{
    for (const QStringList &plan : { QStringList { QStringLiteral("Basic"), QStringLiteral("10.00") },
             QStringList { QStringLiteral("Bigger"), QStringLiteral("20.00") } }) {
        QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), plan.at(0),
                         QStringLiteral("--price-usd"), plan.at(1), QStringLiteral("--instances"), QStringLiteral("1"),
                         QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
                         QStringLiteral("--storage"), QStringLiteral("1G") })
                     .exitCode,
            0);
    }
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic") })
                 .exitCode,
        0);
    const Outcome generated = run({ QStringLiteral("invoice"), QStringLiteral("generate") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const QJsonArray first = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array();
    QCOMPARE(first.size(), 1);
    const QString voidedNumber = first.first()[QStringLiteral("number")].toString();
    const QString periodStart = first.first()[QStringLiteral("period_start")].toString();
    const Outcome voided = run({ QStringLiteral("invoice"), QStringLiteral("void"), voidedNumber,
        QStringLiteral("--reason"), QStringLiteral("Wrong period, reissue") });
    QVERIFY2(voided.exitCode == 0, voided.err.constData());

    // The billing run has moved past the period, so it issues nothing for it.
    const QJsonArray planned
        = runJson({ QStringLiteral("dunning"), QStringLiteral("preview") }).object().value(QStringLiteral("actions")).toArray();
    QCOMPARE(planned.size(), 0);

    // The reissued invoice takes the plan of today, not the voided one's.
    QCOMPARE(run({ QStringLiteral("subscription"), QStringLiteral("change-plan"), QStringLiteral("it@acme.co.zw"),
                     QStringLiteral("--plan"), QStringLiteral("bigger") })
                 .exitCode,
        0);
    const QJsonObject reissued
        = runJson({ QStringLiteral("invoice"), QStringLiteral("reissue"), voidedNumber }).object();
    const QString reissuedNumber = reissued.value(QStringLiteral("number")).toString();
    QVERIFY2(!reissuedNumber.isEmpty(), QJsonDocument(reissued).toJson().constData());
    QVERIFY(reissuedNumber != voidedNumber);
    QCOMPARE(reissued.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(reissued.value(QStringLiteral("period_start")).toString(), periodStart);
    QCOMPARE(reissued.value(QStringLiteral("period_end")).toString(), first.first()[QStringLiteral("period_end")].toString());
    // The current plan's price, 20.00, with the default 15% VAT.
    QCOMPARE(reissued.value(QStringLiteral("total_cents")).toString(), QStringLiteral("2300"));
    QCOMPARE(reissued.value(QStringLiteral("reissues")).toString(), voidedNumber);

    // The period has a live invoice now: neither number reissues it again.
    const Outcome twice = run({ QStringLiteral("invoice"), QStringLiteral("reissue"), voidedNumber });
    QCOMPARE(twice.exitCode, 3);
    QVERIFY2(twice.err.contains("already has an invoice for the period"), twice.err.constData());
    const Outcome live = run({ QStringLiteral("invoice"), QStringLiteral("reissue"), reissuedNumber });
    QCOMPARE(live.exitCode, 3);
    QVERIFY2(live.err.contains("and only a void invoice can be reissued"), live.err.constData());
    QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array().size(), 2);

    const QJsonArray events = runJson({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw") })
                                  .array();
    bool audited = false;
    for (const QJsonValue &event : events) {
        if (event[QStringLiteral("action")].toString() == QLatin1String("invoice.reissue")
            && event[QStringLiteral("details")][QStringLiteral("voided_number")].toString() == voidedNumber)
            audited = true;
    }
    QVERIFY2(audited, QJsonDocument(events).toJson().constData());
}

void TestBillingCli::planChangeWaitsForStartedPeriods()
{
    for (const QStringList &plan : { QStringList { QStringLiteral("Basic"), QStringLiteral("10.00") },
             QStringList { QStringLiteral("Tiny"), QStringLiteral("5.00") } }) {
        QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), plan.at(0),
                         QStringLiteral("--price-usd"), plan.at(1), QStringLiteral("--instances"), QStringLiteral("1"),
                         QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
                         QStringLiteral("--storage"), QStringLiteral("1G") })
                     .exitCode,
            0);
    }
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString start = today.addMonths(-2).toString(Qt::ISODate);
    const Outcome subscribed = run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--start"),
        start, QStringLiteral("--yes") });
    QVERIFY2(subscribed.exitCode == 0, subscribed.err.constData());

    // The periods from the start on began before today and are not invoiced:
    // the change is rejected, naming the first of them.
    const QStringList changePlan { QStringLiteral("subscription"), QStringLiteral("change-plan"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("tiny") };
    const Outcome early = run(changePlan);
    QCOMPARE(early.exitCode, 3);
    QVERIFY2(early.err.contains("not invoiced yet"), early.err.constData());
    QVERIFY2(early.err.contains(start.toUtf8()), early.err.constData());
    QCOMPARE(runJson({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("it@acme.co.zw") })
                 .object()
                 .value(QStringLiteral("plan_name"))
                 .toString(),
        QStringLiteral("Basic"));

    // Once the started periods are invoiced at the old price, the change
    // applies from the next period, which starts after today.
    const Outcome generated = run({ QStringLiteral("invoice"), QStringLiteral("generate") });
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const QJsonArray invoices = runJson({ QStringLiteral("invoice"), QStringLiteral("list") }).array();
    QVERIFY(invoices.size() >= 2);
    for (const QJsonValue &invoice : invoices)
        QCOMPARE(invoice[QStringLiteral("total_cents")].toString(), QStringLiteral("1150"));
    const QJsonObject changed = runJson(changePlan).object();
    const QDate effective
        = QDate::fromString(changed.value(QStringLiteral("effective_date")).toString(), Qt::ISODate);
    QVERIFY2(effective > today, qPrintable(effective.toString(Qt::ISODate)));
    QCOMPARE(changed.value(QStringLiteral("plan_name")).toString(), QStringLiteral("Tiny"));
}

QTEST_GUILESS_MAIN(TestBillingCli)
void TestBillingCli::planUpdateChangesGivenFields()
{
    const QStringList create = { QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("Starter"), QStringLiteral("--price-usd"), QStringLiteral("25.00"), QStringLiteral("--instances"),
        QStringLiteral("2"), QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"),
        QStringLiteral("4G"), QStringLiteral("--storage"), QStringLiteral("50G") };
    // A plan with instances but no CPU would take no instance.
    QStringList zeroCpuCreate = create;
    zeroCpuCreate[zeroCpuCreate.indexOf(QStringLiteral("--cpu")) + 1] = QStringLiteral("0");
    const Outcome zeroCpu = run(zeroCpuCreate);
    QCOMPARE(zeroCpu.exitCode, 3);
    QVERIFY2(zeroCpu.err.contains("--cpu is 0"), zeroCpu.err.constData());
    QVERIFY2(run(create).exitCode == 0, "plan create failed");

    const Outcome nothing = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("starter") });
    QCOMPARE(nothing.exitCode, 2);
    const QJsonObject updated = runJson({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("starter"),
        QStringLiteral("--price-zwg"), QStringLiteral("650.00"), QStringLiteral("--instances"), QStringLiteral("3"),
        QStringLiteral("--active"), QStringLiteral("no") })
                                    .object();
    QCOMPARE(updated.value(QStringLiteral("name")).toString(), QStringLiteral("Starter"));
    QCOMPARE(updated.value(QStringLiteral("max_instances")).toInt(), 3);
    QCOMPARE(updated.value(QStringLiteral("active")).toBool(), false);
    const QJsonObject shown = runJson({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("Starter") }).object();
    QCOMPARE(shown.value(QStringLiteral("max_instances")).toInt(), 3);
    QCOMPARE(shown.value(QStringLiteral("active")).toBool(), false);

    // Invalid values are rejected and change nothing.
    const Outcome badActive = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Starter"),
        QStringLiteral("--active"), QStringLiteral("maybe") });
    QCOMPARE(badActive.exitCode, 3);
    const Outcome badPrice = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Starter"),
        QStringLiteral("--price-usd"), QStringLiteral("-1") });
    QVERIFY(badPrice.exitCode != 0);
    const Outcome missing = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Gold"),
        QStringLiteral("--instances"), QStringLiteral("1") });
    QCOMPARE(missing.exitCode, 3);
    const QJsonObject after = runJson({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("Starter") }).object();
    QCOMPARE(after, shown);

    // A web checkout takes no phone number.
    const Outcome phone = run({ QStringLiteral("payment"), QStringLiteral("request"), QStringLiteral("INV-2026-000001"),
        QStringLiteral("--web"), QStringLiteral("--phone"), QStringLiteral("0771234567") });
    QCOMPARE(phone.exitCode, 2);
    QVERIFY2(phone.err.contains("--phone applies only to --mobile"), phone.err.constData());

    // A price removed while a subscription pays in that currency would
    // make its next invoice free.
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Duo"),
                     QStringLiteral("--price-usd"), QStringLiteral("10.00"), QStringLiteral("--price-zwg"),
                     QStringLiteral("260.00"), QStringLiteral("--instances"), QStringLiteral("1"), QStringLiteral("--cpu"),
                     QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"), QStringLiteral("--storage"),
                     QStringLiteral("1G") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme"),
                     QStringLiteral("--email"), QStringLiteral("it@acme.co.zw") })
                 .exitCode,
        0);
    const Outcome subscribed = run({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
        QStringLiteral("it@acme.co.zw"), QStringLiteral("--plan"), QStringLiteral("duo"), QStringLiteral("--currency"),
        QStringLiteral("USD") });
    QVERIFY2(subscribed.exitCode == 0, subscribed.err.constData());
    const Outcome freeUsd = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("duo"),
        QStringLiteral("--price-usd"), QStringLiteral("0") });
    QCOMPARE(freeUsd.exitCode, 3);
    QVERIFY2(freeUsd.err.contains("would be free"), freeUsd.err.constData());
    const Outcome noZwg = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("duo"),
        QStringLiteral("--price-zwg"), QStringLiteral("0") });
    QVERIFY2(noZwg.exitCode == 0, noZwg.err.constData());
}

void TestBillingCli::planLimitBelowMinimumRejected()
{
    const QStringList create = { QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("Tiny"), QStringLiteral("--price-usd"), QStringLiteral("5.00"), QStringLiteral("--instances"),
        QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"),
        QStringLiteral("1M"), QStringLiteral("--storage"), QStringLiteral("1G") };
    const Outcome memory = run(create);
    QCOMPARE(memory.exitCode, 3);
    QVERIFY2(memory.err.contains("memory 1M, the minimum is 6M"), memory.err.constData());
    QCOMPARE(runJson({ QStringLiteral("plan"), QStringLiteral("list") }).array().size(), 0);

    QStringList valid = create;
    valid[valid.indexOf(QStringLiteral("1M"))] = QStringLiteral("6M");
    const Outcome created = run(valid);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Outcome storage = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Tiny"),
        QStringLiteral("--storage"), QStringLiteral("512K") });
    QCOMPARE(storage.exitCode, 3);
    QVERIFY2(storage.err.contains("storage 512K, the minimum is 1M"), storage.err.constData());
    QCOMPARE(runJson({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("Tiny") })
                 .object()
                 .value(QStringLiteral("max_storage_bytes"))
                 .toString(),
        QStringLiteral("1073741824"));
}

void TestBillingCli::planUpdateNamesStoredLimit()
{
    // A plan for no instances may have no CPU.
    const Outcome created = run({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("Parked"), QStringLiteral("--price-usd"), QStringLiteral("5.00"), QStringLiteral("--instances"),
        QStringLiteral("0"), QStringLiteral("--cpu"), QStringLiteral("0"), QStringLiteral("--memory"),
        QStringLiteral("1G"), QStringLiteral("--storage"), QStringLiteral("1G") });
    QVERIFY2(created.exitCode == 0, created.err.constData());

    // Allowing an instance names the stored CPU limit, which was not typed.
    const Outcome stored = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Parked"),
        QStringLiteral("--instances"), QStringLiteral("1") });
    QCOMPARE(stored.exitCode, 3);
    QVERIFY2(stored.err.contains("the plan's stored CPU limit is 0"), stored.err.constData());
    QVERIFY2(stored.err.contains("Give --cpu with a value above 0"), stored.err.constData());
    QVERIFY2(!stored.err.contains("--cpu is 0"), stored.err.constData());

    // A typed 0 is named as the option.
    const Outcome typed = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Parked"),
        QStringLiteral("--instances"), QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("0") });
    QCOMPARE(typed.exitCode, 3);
    QVERIFY2(typed.err.contains("--cpu is 0"), typed.err.constData());
    QVERIFY2(!typed.err.contains("stored"), typed.err.constData());

    const Outcome fixed = run({ QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("Parked"),
        QStringLiteral("--instances"), QStringLiteral("1"), QStringLiteral("--cpu"), QStringLiteral("1") });
    QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
}

void TestBillingCli::heldPaymentAppliedInParts()
{
    using namespace saasodoo;
    using namespace saasodoo::catalog;
    QString reference;
    {
        auto opened = Catalog::open(CatalogConfig::sqlite(m_catalog));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Catalog &db = *opened.value();
        Plan plan;
        plan.name = QStringLiteral("Starter");
        plan.priceUsdCents = 1000;
        const Result<Plan> createdPlan = db.createPlan(plan);
        QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
        Customer customer;
        customer.name = QStringLiteral("Acme");
        customer.email = QStringLiteral("it@acme.co.zw");
        const Result<Customer> createdCustomer = db.createCustomer(customer);
        QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));
        const Result<Subscription> subscription = saasodoo::billing::subscribe(db, createdCustomer->id,
            createdPlan->id, Currency::Usd, QDate(2026, 3, 1), false);
        QVERIFY2(subscription.ok(), qPrintable(subscription.error()));
        QList<Invoice> issued;
        for (const QDate &start : { QDate(2026, 3, 1), QDate(2026, 4, 1), QDate(2026, 5, 1) }) {
            Invoice draft;
            draft.customerId = createdCustomer->id;
            draft.subscriptionId = subscription->id;
            draft.currency = Currency::Usd;
            draft.periodStart = start;
            draft.periodEnd = start.addMonths(1);
            draft.issueDate = start;
            draft.dueDate = start.addDays(14);
            draft.lines = { { QStringLiteral("Odoo hosting"), 1, 1000, 0 } };
            const Result<Invoice> created = db.createInvoice(draft, true);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            issued.append(created.value());
        }
        // March is paid, then paid again with 25.00, which is held.
        for (const qint64 amount : { qint64(1000), qint64(2500) }) {
            Payment payment;
            payment.invoiceId = issued.at(0).id;
            payment.reference = issued.at(0).number + QStringLiteral("-%1").arg(amount);
            payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=%1").arg(amount);
            payment.amountCents = amount;
            const Result<Payment> created = db.createPayment(payment);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            Payment paid = created.value();
            paid.status = PaymentStatus::Paid;
            paid.paynowStatus = QStringLiteral("Paid");
            QVERIFY(db.updatePaymentStatus(paid).ok());
            QVERIFY(db.applyPayment(created->id).ok());
            reference = created->reference;
        }
    }

    // April takes 10.00 of it and 15.00 stays held.
    const Outcome april = run({ QStringLiteral("payment"), QStringLiteral("apply"), reference, QStringLiteral("--invoice"),
        QStringLiteral("INV-2026-000002") });
    QVERIFY2(april.exitCode == 0, april.err.constData());
    QVERIFY2(april.out.contains("applied to invoice INV-2026-000002, which is paid"), april.out.constData());
    QVERIFY2(april.out.contains("USD 15.00 stays held"), april.out.constData());
    const QJsonObject shown = runJson({ QStringLiteral("payment"), QStringLiteral("show"), reference }).object();
    QCOMPARE(shown.value(QStringLiteral("application")).toString(), QStringLiteral("overpayment"));
    QCOMPARE(shown.value(QStringLiteral("applied_cents")).toString(), QStringLiteral("1000"));
    QCOMPARE(shown.value(QStringLiteral("held_cents")).toString(), QStringLiteral("1500"));
    QCOMPARE(shown.value(QStringLiteral("refund_due")).toBool(), true);
    const QJsonArray allocations = shown.value(QStringLiteral("allocations")).toArray();
    QCOMPARE(allocations.size(), 1);
    QCOMPARE(allocations.first()[QStringLiteral("invoice")].toString(), QStringLiteral("INV-2026-000002"));
    QCOMPARE(allocations.first()[QStringLiteral("amount_cents")].toString(), QStringLiteral("1000"));
    const Outcome table = run({ QStringLiteral("payment"), QStringLiteral("list") });
    QVERIFY2(table.out.contains("overpayment, USD 10.00 applied, USD 15.00 refund due"), table.out.constData());
    QCOMPARE(runJson({ QStringLiteral("billing"), QStringLiteral("summary") })
                 .object()
                 .value(QStringLiteral("refunds_due_cents"))
                 .toObject()
                 .value(QStringLiteral("USD"))
                 .toString(),
        QStringLiteral("1500"));

    // May takes another 10.00. The 5.00 left is sent back, and April and
    // May stay paid.
    const Outcome may = run({ QStringLiteral("payment"), QStringLiteral("apply"), reference, QStringLiteral("--invoice"),
        QStringLiteral("INV-2026-000003") });
    QVERIFY2(may.exitCode == 0, may.err.constData());
    const Outcome text = run({ QStringLiteral("payment"), QStringLiteral("show"), reference });
    QVERIFY2(text.out.contains("Applied USD 10.00 to invoice INV-2026-000002"), text.out.constData());
    QVERIFY2(text.out.contains("Applied USD 10.00 to invoice INV-2026-000003"), text.out.constData());
    QVERIFY2(text.out.contains("refund of USD 5.00 due"), text.out.constData());
    const Outcome refunded = run({ QStringLiteral("payment"), QStringLiteral("mark-refunded"), reference });
    QVERIFY2(refunded.exitCode == 0, refunded.err.constData());
    QVERIFY2(refunded.out.contains("The USD 5.00 that payment"), refunded.out.constData());
    const QJsonObject after = runJson({ QStringLiteral("payment"), QStringLiteral("show"), reference }).object();
    QCOMPARE(after.value(QStringLiteral("application")).toString(), QStringLiteral("settled"));
    QCOMPARE(after.value(QStringLiteral("held_cents")).toString(), QStringLiteral("0"));
    for (const QString &number : { QStringLiteral("INV-2026-000002"), QStringLiteral("INV-2026-000003") }) {
        QCOMPARE(runJson({ QStringLiteral("invoice"), QStringLiteral("show"), number })
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("paid"));
    }
    const Outcome settledText = run({ QStringLiteral("payment"), QStringLiteral("show"), reference });
    QVERIFY2(settledText.out.contains("USD 20.00 applied to invoices, USD 5.00 refunded"), settledText.out.constData());
}

#include "tst_billingcli.moc"
