// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BillingService end to end: invoices in a SQLite catalog, the Paynow
// integration in the harness keychain, and the local Paynow emulator
// (tests/paynow/emulator), which this test starts on a free port and stops
// by pid. Status updates that the emulator POSTs to the result URL arrive at
// a small HTTP receiver in this process.
#include "core/billing/billingrun.h"
#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/billing/billingsummary.h"
#include "core/billing/paynowform.h"
#include "core/billing/paynowlistener.h"
#include "core/catalog/catalog.h"
#include "core/secrets/secretstore.h"
#include "tests/catalog/catalogfixture.h"
#include "tests/support/testservices.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace saasodoo;
using namespace saasodoo::billing;
using namespace std::chrono_literals;
using catalog::Currency;
using catalog::Invoice;
using catalog::Payment;
using catalog::PaymentMethod;

namespace {

const QString integrationId = QStringLiteral("1201");
const QString integrationKey = QStringLiteral("3e9fed89-60e1-4ce5-ab6e-6b1eb2d4f977");
const QString merchantEmail = QStringLiteral("merchant@example.co.zw");

template<typename T>
T await(const QFuture<T> &future, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("A billing future did not finish in %d ms", timeoutMs);
    return future.result();
}

// Collects the status updates the emulator POSTs to the result URL and
// replies 200 OK to each.
class ResultReceiver : public QObject
{
public:
    ResultReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { readRequest(socket); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/paynow/result").arg(m_server.serverPort())); }

    QList<QByteArray> bodies;

private:
    void readRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer.append(socket->readAll());
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.first(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        bodies.append(buffer.mid(headerEnd + 4, contentLength));
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestBillingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void webPaymentSettlesInvoiceOnce();
    void mobilePaymentKeepsPollUrl();
    void mobilePaymentUsesMerchantEmail();
    void cancelledPaymentLeavesInvoiceOpen();
    void failedPaymentLeavesInvoiceOpen();
    void requestTimesOut();
    void tamperedInitiateReplyRejected();
    void tamperedPollReplyRejected();
    void duplicateStatusUpdateAppliedOnce();
    void resultListenerAppliesPaidOnce();
    void resultListenerRejectsTampered();
    void wrongNetworkRejectedBeforeRequest();
    void paymentWithOtherAmountRejected();
    void secondRequestRejectedWhilePending();
    void paymentAfterSettlementIsOverpayment();
    void voidRejectedWhilePending();
    void paymentForVoidInvoiceFlagged();
    void refundReopensInvoice();
    void resultListenerRetriesWithoutKeychain();
    void resultListenerReconnectsToPostgres();
    void resultListenerRereadsIntegrationKey();
    void sameIntegrationForBothCurrenciesRejected();
    void paidAfterFailureHeldForRefund();
    void paidAfterRefundHeldForRefund();
    void pollAfterFailedRequestReturnsStatus();
    void refundOfAppliedPaymentReopensItsInvoice();

private:
    QJsonDocument admin(const QString &path, const QByteArray &body = QByteArray());
    QJsonDocument adminGet(const QString &path);
    QJsonDocument finishAdmin(QNetworkReply *reply);
    // A new customer on a subscription, with one open invoice of 28.75 USD.
    // Creates an open invoice in `in` (default: the SQLite catalog) for the plan `planId` of that catalog.
    Invoice openInvoice(catalog::Catalog *in = nullptr, const QString &planId = {});
    int auditCount(const QString &action);
    // Polls until the payment leaves the pending state or `timeoutMs` passes.
    Result<PaymentUpdateResult> pollUntilFinal(const QString &paymentId, int timeoutMs = 10000);
    // The emulator's result POST attempts for `reference` and their outcomes.
    QStringList deliveries(const QString &reference);
    // Starts `listener` on a free loopback port and makes it the result URL.
    bool listenForResults(PaynowResultListener &listener, catalog::Catalog *in = nullptr);
    // POSTs `body` to the listener's result URL and returns the HTTP status.
    int postResult(const PaynowResultListener &listener, const QByteArray &body);

    QProcess m_emulator;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    QString m_secretService;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<BillingService> m_service;
    std::unique_ptr<ResultReceiver> m_receiver;
    QString m_planId;
};

void TestBillingService::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());

    const QString script = QStringLiteral(SAASODOO_PAYNOW_TEST_DIR "/emulator");
    m_emulator.setProcessChannelMode(QProcess::SeparateChannels);
    m_emulator.setReadChannel(QProcess::StandardOutput);
    m_emulator.start(QStringLiteral("python3"),
        { script, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--integration-id"), integrationId,
            QStringLiteral("--integration-key"), integrationKey, QStringLiteral("--merchant-email"), merchantEmail,
            QStringLiteral("--time-scale"), QStringLiteral("0.05") });
    QVERIFY2(m_emulator.waitForStarted(10000), qPrintable(m_emulator.errorString()));
    QDeadlineTimer deadline(15000);
    while (!m_emulator.canReadLine() && !deadline.hasExpired() && m_emulator.state() == QProcess::Running)
        m_emulator.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_emulator.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1StringView("paynow-emulator listening on ")), qPrintable(line));
    m_baseUrl = QUrl(line.section(u' ', -1));

    auto opened = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_catalog = std::move(opened.value());
    // Each run stores its integration under its own keychain service.
    m_secretService
        = QStringLiteral("saasodoo-test-billing-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_secrets = std::make_unique<secrets::SecretStore>(m_secretService);

    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    plan.priceZwgCents = 65000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 4LL << 30;
    plan.maxStorageBytes = 50LL << 30;
    const Result<catalog::Plan> created = m_catalog->createPlan(plan);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_planId = created->id;
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_base_url"), m_baseUrl.toString()).ok());
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_return_url"),
        QStringLiteral("https://console.example.co.zw/paynow/return"))
                .ok());
}

void TestBillingService::cleanupTestCase()
{
    m_service.reset();
    if (m_secrets) {
        await(m_secrets->remove(paynowIntegrationIdKey(Currency::Usd)));
        await(m_secrets->remove(paynowIntegrationKeyKey(Currency::Usd)));
    }
    if (m_emulator.state() == QProcess::NotRunning)
        return;
    m_emulator.terminate(); // SIGTERM to the emulator's pid
    if (!m_emulator.waitForFinished(5000)) {
        m_emulator.kill();
        m_emulator.waitForFinished(5000);
    }
}

void TestBillingService::init()
{
    QVERIFY2(m_emulator.state() == QProcess::Running, "the Paynow emulator is not running");
    QVERIFY(admin(QStringLiteral("/_emulator/reset")).object().value(QStringLiteral("reset")).toBool());
    m_receiver = std::make_unique<ResultReceiver>();
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_result_url"), m_receiver->url().toString()).ok());
    m_service = std::make_unique<BillingService>(m_catalog.get(), m_secrets.get());
    m_service->setRequestTimeout(5s);
    const Status stored = await(m_service->storePaynowCredentials(Currency::Usd, integrationId, integrationKey));
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
}

void TestBillingService::cleanup()
{
    m_service.reset();
}

QJsonDocument TestBillingService::admin(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finishAdmin(m_network.post(request, body));
}

QJsonDocument TestBillingService::adminGet(const QString &path)
{
    return finishAdmin(m_network.get(QNetworkRequest(m_baseUrl.resolved(QUrl(path)))));
}

QJsonDocument TestBillingService::finishAdmin(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qWarning("The emulator did not answer %s", qPrintable(reply->url().toString()));
    return QJsonDocument::fromJson(reply->readAll());
}

Invoice TestBillingService::openInvoice(catalog::Catalog *in, const QString &planId)
{
    catalog::Catalog *const target = in ? in : m_catalog.get();
    catalog::Customer customer;
    customer.name = QStringLiteral("Chipo Dube");
    customer.email = QStringLiteral("chipo-%1@dube.co.zw").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const Result<catalog::Customer> created = target->createCustomer(customer);
    if (!created)
        qFatal("customer: %s", qPrintable(created.error()));
    const Result<catalog::Subscription> subscription
        = subscribe(*target, created->id, planId.isEmpty() ? m_planId : planId, Currency::Usd, QDate(2026, 3, 1), false);
    if (!subscription)
        qFatal("subscription: %s", qPrintable(subscription.error()));
    Invoice invoice;
    invoice.customerId = created->id;
    invoice.subscriptionId = subscription->id;
    invoice.periodStart = QDate(2026, 3, 1);
    invoice.periodEnd = QDate(2026, 4, 1);
    invoice.issueDate = QDate(2026, 3, 1);
    invoice.dueDate = QDate(2026, 3, 15);
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting, plan Starter, March 2026"), 1, 2500, 0 } };
    const Result<Invoice> issued = target->createInvoice(invoice, true);
    if (!issued)
        qFatal("invoice: %s", qPrintable(issued.error()));
    return issued.value();
}

int TestBillingService::auditCount(const QString &action)
{
    QSqlQuery query(m_catalog->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<PaymentUpdateResult> TestBillingService::pollUntilFinal(const QString &paymentId, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        Result<PaymentUpdateResult> result = await(m_service->pollPayment(paymentId));
        if (!result || result->payment.status != catalog::PaymentStatus::Pending || deadline.hasExpired())
            return result;
        QTest::qWait(100);
    }
}

void TestBillingService::webPaymentSettlesInvoiceOnce()
{
    const Invoice invoice = openInvoice();
    QCOMPARE(invoice.totalCents, 2875);
    const int appliedBefore = auditCount(QStringLiteral("payment.apply"));

    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    QCOMPARE(payment->reference.section(u'-', 1), invoice.number + QStringLiteral("-1"));
    QVERIFY(payment->browserUrl.startsWith(m_baseUrl.toString()));
    QVERIFY(payment->pollUrl.startsWith(m_baseUrl.toString()));
    QCOMPARE(catalog::toString(payment->status), QStringLiteral("pending"));
    QCOMPARE(m_catalog->paymentByReference(payment->reference)->id, payment->id);

    // Paynow received 28.75 and no key.
    const QJsonArray requests = adminGet(QStringLiteral("/_emulator/requests")).array();
    QCOMPARE(requests.size(), 1);
    for (const QJsonValue &pair : requests.first()[QStringLiteral("fields")].toArray()) {
        QVERIFY(pair[1].toString() != integrationKey);
        if (pair[0].toString() == QLatin1String("amount"))
            QCOMPARE(pair[1].toString(), QStringLiteral("28.75"));
    }

    // Still pending: nothing is settled.
    Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("pending"));
    QVERIFY(!polled->invoiceSettled);

    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    QSignalSpy updated(m_service.get(), &BillingService::paymentUpdated);
    polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(int(polled->outcome), int(UpdateOutcome::Applied));
    QVERIFY(polled->invoiceSettled);
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("paid"));
    QCOMPARE(polled->payment.paynowStatus, QStringLiteral("Paid"));
    QVERIFY(polled->payment.appliedAt.isValid());
    QCOMPARE(updated.size(), 1);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));

    // The same status again changes nothing.
    polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(int(polled->outcome), int(UpdateOutcome::Duplicate));
    QVERIFY(!polled->invoiceSettled);
    QCOMPARE(auditCount(QStringLiteral("payment.apply")), appliedBefore + 1);

    // A paid invoice takes no further payment request.
    const Result<Payment> again = await(m_service->requestWebPayment(invoice.id));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("paid")), qPrintable(again.error()));
}

void TestBillingService::mobilePaymentKeepsPollUrl()
{
    const Invoice invoice = openInvoice();
    // 0771111111 is Paynow's test-mode number that succeeds after 5 s (0.25 s here).
    const Result<Payment> payment = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("+263 77 111 1111"), merchantEmail));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    QVERIFY(payment->browserUrl.isEmpty());
    QVERIFY(payment->pollUrl.startsWith(m_baseUrl.toString()));
    QCOMPARE(payment->phone, QStringLiteral("0771111111"));
    QCOMPARE(catalog::toString(m_catalog->payment(payment->id)->method), QStringLiteral("ecocash"));

    const Result<PaymentUpdateResult> polled = pollUntilFinal(payment->id);
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("paid"));
    QVERIFY(polled->invoiceSettled);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));
}

void TestBillingService::mobilePaymentUsesMerchantEmail()
{
    // In test mode Paynow accepts only the merchant's email as authemail, so
    // the customer's is rejected ...
    const Invoice invoice = openInvoice();
    const Result<Payment> rejected = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0771111111"), QString()));
    QVERIFY(!rejected.ok());

    // ... and paynow_auth_email is sent in its place.
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_auth_email"), merchantEmail).ok());
    const Result<Payment> payment = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0771111111"), QString()));
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_auth_email"), QString()).ok());
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    const Result<PaymentUpdateResult> polled = pollUntilFinal(payment->id);
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("paid"));

    // An invalid address is rejected when it is set.
    const Status invalid = saveBillingSetting(*m_catalog, QStringLiteral("paynow_auth_email"), QStringLiteral("merchant"));
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().contains(QLatin1String("not an email address")), qPrintable(invalid.error()));
}

void TestBillingService::cancelledPaymentLeavesInvoiceOpen()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference),
        QByteArrayLiteral("status=Cancelled"));
    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("cancelled"));
    QVERIFY(!polled->invoiceSettled);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    // The customer tries again with a new reference.
    const Result<Payment> retry = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(retry.ok(), qPrintable(retry.error()));
    QCOMPARE(retry->reference.section(u'-', 1), invoice.number + QStringLiteral("-2"));
}

void TestBillingService::failedPaymentLeavesInvoiceOpen()
{
    const Invoice invoice = openInvoice();
    // 0773333333: the customer cancels on the phone, a Failed update after 30 s (1.5 s here).
    const Result<Payment> payment = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0773333333"), merchantEmail));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    const Result<PaymentUpdateResult> polled = pollUntilFinal(payment->id);
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("failed"));
    QCOMPARE(polled->payment.paynowStatus, QStringLiteral("Failed"));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    // Insufficient balance is reported at once, and nothing is stored.
    const Result<Payment> broke = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0774444444"), merchantEmail));
    QVERIFY(!broke.ok());
    QVERIFY2(broke.error().contains(QLatin1String("Insufficient balance")), qPrintable(broke.error()));
    const QList<Payment> attempts = *m_catalog->payments(invoice.id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(catalog::toString(attempts.first().status), QStringLiteral("failed")); // newest first
    QVERIFY2(attempts.first().failureReason.contains(QLatin1String("Insufficient balance")),
        qPrintable(attempts.first().failureReason));
}

void TestBillingService::requestTimesOut()
{
    // A server that accepts connections and never replies.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_base_url"),
        QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))
                .ok());
    m_service->setRequestTimeout(500ms);
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY(saveBillingSetting(*m_catalog, QStringLiteral("paynow_base_url"), m_baseUrl.toString()).ok());
    QVERIFY(!payment.ok());
    QVERIFY2(payment.error().contains(QLatin1String("timed out")), qPrintable(payment.error()));
    // The attempt is kept as failed, with the reason, and the invoice is
    // free for a new request.
    const QList<Payment> attempts = *m_catalog->payments(invoice.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(catalog::toString(attempts.first().status), QStringLiteral("failed"));
    QVERIFY2(attempts.first().failureReason.contains(QLatin1String("timed out")), qPrintable(attempts.first().failureReason));
    qDeleteAll(held);
}

void TestBillingService::tamperedInitiateReplyRejected()
{
    const Invoice invoice = openInvoice();
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=initiate"));
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY(!payment.ok());
    QVERIFY2(payment.error().contains(QLatin1String("hash does not match")), qPrintable(payment.error()));
    QVERIFY2(!payment.error().contains(integrationKey), "the error names the key");
    const QList<Payment> attempts = *m_catalog->payments(invoice.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().reference.section(u'-', 1), invoice.number + QStringLiteral("-1"));
    QCOMPARE(catalog::toString(attempts.first().status), QStringLiteral("failed"));
    QVERIFY(attempts.first().pollUrl.isEmpty());

    // Paynow registered reference -1 although its reply was forged, so the
    // next attempt must use -2, or Paynow replies "Duplicate reference".
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper="));
    const Result<Payment> retry = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(retry.ok(), qPrintable(retry.error()));
    QCOMPARE(retry->reference.section(u'-', 1), invoice.number + QStringLiteral("-2"));
    QVERIFY(!retry->pollUrl.isEmpty());

    // Polling the failed attempt fails with the reason there is nothing to poll.
    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(attempts.first().id));
    QVERIFY(!polled.ok());
    QVERIFY2(polled.error().contains(QLatin1String("no poll URL")), qPrintable(polled.error()));
}

void TestBillingService::tamperedPollReplyRejected()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=poll"));

    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
    QVERIFY(!polled.ok());
    QVERIFY2(polled.error().contains(QLatin1String("hash does not match")), qPrintable(polled.error()));
    // The forged Paid changed nothing.
    QCOMPARE(catalog::toString(m_catalog->payment(payment->id)->status), QStringLiteral("pending"));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));
}

void TestBillingService::duplicateStatusUpdateAppliedOnce()
{
    const Invoice invoice = openInvoice();
    const int appliedBefore = auditCount(QStringLiteral("payment.apply"));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("duplicate_results=2"));
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));

    QDeadlineTimer deadline(10000);
    while (m_receiver->bodies.size() < 2 && !deadline.hasExpired())
        QTest::qWait(10);
    QCOMPARE(m_receiver->bodies.size(), 2);
    QCOMPARE(m_receiver->bodies.at(0), m_receiver->bodies.at(1));

    const Result<PaymentUpdateResult> first = await(m_service->handleStatusMessage(m_receiver->bodies.at(0), Currency::Usd));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(int(first->outcome), int(UpdateOutcome::Applied));
    QVERIFY(first->invoiceSettled);
    const Result<PaymentUpdateResult> second = await(m_service->handleStatusMessage(m_receiver->bodies.at(1), Currency::Usd));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(int(second->outcome), int(UpdateOutcome::Duplicate));
    QVERIFY(!second->invoiceSettled);
    // A poll after the POSTs is one more duplicate.
    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QVERIFY(!polled->invoiceSettled);

    QCOMPARE(auditCount(QStringLiteral("payment.apply")), appliedBefore + 1);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));

    // A tampered POST is rejected.
    QByteArray forged = m_receiver->bodies.at(0);
    forged.replace("Paid", "Paid ");
    const Result<PaymentUpdateResult> rejected = await(m_service->handleStatusMessage(forged, Currency::Usd));
    QVERIFY(!rejected.ok());
}

QStringList TestBillingService::deliveries(const QString &reference)
{
    QStringList outcomes;
    const QJsonObject transaction = adminGet(QStringLiteral("/_emulator/transactions/%1").arg(reference)).object();
    for (const QJsonValue &delivery : transaction.value(QStringLiteral("deliveries")).toArray())
        outcomes.append(delivery[QStringLiteral("outcome")].toString());
    return outcomes;
}

bool TestBillingService::listenForResults(PaynowResultListener &listener, catalog::Catalog *in)
{
    const Status listening = listener.listen(QHostAddress::LocalHost, 0);
    if (!listening) {
        qWarning("%s", qPrintable(listening.error()));
        return false;
    }
    return listener.port() != 0
        && saveBillingSetting(in ? *in : *m_catalog, QStringLiteral("paynow_result_url"),
            QStringLiteral("http://127.0.0.1:%1/paynow/result").arg(listener.port()))
               .ok();
}

void TestBillingService::resultListenerAppliesPaidOnce()
{
    PaynowResultListener listener(m_service.get());
    QVERIFY(listenForResults(listener));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);
    QSignalSpy rejected(&listener, &PaynowResultListener::updateRejected);

    const Invoice invoice = openInvoice();
    const int appliedBefore = auditCount(QStringLiteral("payment.apply"));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("duplicate_results=2"));
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));

    // Paynow's two copies of the update both get 200; the first settles the
    // invoice and the second is a duplicate.
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries(payment->reference), (QStringList { QStringLiteral("ok"), QStringLiteral("ok") }),
        5000);
    QCOMPARE(rejected.size(), 0);
    const auto first = applied.at(0).at(0).value<PaymentUpdateResult>();
    const auto second = applied.at(1).at(0).value<PaymentUpdateResult>();
    QVERIFY(first.invoiceSettled);
    QCOMPARE(int(second.outcome), int(UpdateOutcome::Duplicate));
    QVERIFY(!second.invoiceSettled);
    QCOMPARE(auditCount(QStringLiteral("payment.apply")), appliedBefore + 1);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));
    QCOMPARE(catalog::toString(m_catalog->paymentByReference(payment->reference)->status), QStringLiteral("paid"));
}

void TestBillingService::resultListenerRejectsTampered()
{
    PaynowResultListener listener(m_service.get());
    QVERIFY(listenForResults(listener));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);
    QSignalSpy rejected(&listener, &PaynowResultListener::updateRejected);

    const Invoice invoice = openInvoice();
    const int appliedBefore = auditCount(QStringLiteral("payment.apply"));
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=result"));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));

    // The listener replies 400 to the forged "Paid", so Paynow would retry, and changes nothing.
    QTRY_VERIFY_WITH_TIMEOUT(deliveries(payment->reference).contains(QStringLiteral("HTTP 400")), 10000);
    QVERIFY(rejected.size() >= 1);
    QVERIFY2(rejected.first().at(0).toString().contains(QLatin1String("hash"), Qt::CaseInsensitive),
        qPrintable(rejected.first().at(0).toString()));
    QCOMPARE(applied.size(), 0);
    QCOMPARE(auditCount(QStringLiteral("payment.apply")), appliedBefore);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));
    QCOMPARE(catalog::toString(m_catalog->paymentByReference(payment->reference)->status), QStringLiteral("pending"));

    // A status for a payment the catalog does not have, and a GET, are rejected too.
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/paynow/result").arg(listener.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> unknown(m_network.post(request,
        QByteArrayLiteral("reference=INV-1999-000001-1&paynowreference=1&amount=1.00&status=Paid&pollurl=x&hash=00")));
    QSignalSpy unknownDone(unknown.get(), &QNetworkReply::finished);
    QVERIFY(unknown->isFinished() || unknownDone.wait(5000));
    QCOMPARE(unknown->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY2(rejected.last().at(0).toString().contains(QLatin1String("INV-1999-000001-1")),
        qPrintable(rejected.last().at(0).toString()));
    std::unique_ptr<QNetworkReply> get(m_network.get(request));
    QSignalSpy getDone(get.get(), &QNetworkReply::finished);
    QVERIFY(get->isFinished() || getDone.wait(5000));
    QCOMPARE(get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(applied.size(), 0);
}

void TestBillingService::wrongNetworkRejectedBeforeRequest()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> ecocash = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0712345678"), merchantEmail));
    QVERIFY(!ecocash.ok());
    QVERIFY2(ecocash.error().contains(QLatin1String("NetOne")), qPrintable(ecocash.error()));
    QVERIFY2(ecocash.error().contains(QLatin1String("Econet")), qPrintable(ecocash.error()));

    const Result<Payment> onemoney = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::OneMoney,
        QStringLiteral("+263 77 123 4567"), merchantEmail));
    QVERIFY(!onemoney.ok());
    QVERIFY2(onemoney.error().contains(QLatin1String("0771234567")), qPrintable(onemoney.error()));

    // An invalid payer's email is rejected the same way, before an attempt
    // uses up a merchant reference.
    const Result<Payment> web = await(m_service->requestWebPayment(invoice.id, QStringLiteral("bad")));
    QVERIFY(!web.ok());
    QVERIFY2(web.error().contains(QLatin1String("\"bad\"")), qPrintable(web.error()));

    QCOMPARE(adminGet(QStringLiteral("/_emulator/requests")).array().size(), 0);
    QCOMPARE(m_catalog->payments(invoice.id)->size(), 0);
}

void TestBillingService::paymentWithOtherAmountRejected()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    StatusUpdate update;
    update.reference = payment->reference;
    update.paynowReference = payment->paynowReference;
    update.amount = QStringLiteral("1.00");
    update.status = PaynowStatus::Paid;
    const Result<PaymentUpdateResult> applied = m_service->applyStatusUpdate(update);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().contains(QLatin1String("1.00")), qPrintable(applied.error()));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    update.reference = QStringLiteral("INV-1999-000001-1");
    QVERIFY(!m_service->applyStatusUpdate(update).ok());
}

void TestBillingService::secondRequestRejectedWhilePending()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> first = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(first.ok(), qPrintable(first.error()));

    const Result<Payment> second = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0775555555"), merchantEmail));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(first->reference), qPrintable(second.error()));
    QVERIFY2(second.error().contains(QLatin1String("payment poll")), qPrintable(second.error()));
    QVERIFY2(second.error().contains(QLatin1String("payment cancel")), qPrintable(second.error()));
    QCOMPARE(m_catalog->payments(invoice.id)->size(), 1);
    QCOMPARE(adminGet(QStringLiteral("/_emulator/requests")).array().size(), 1); // nothing sent

    // Once cancelled, the invoice takes a new request with the next reference.
    const Result<Payment> cancelled = m_service->cancelPayment(first->id, QStringLiteral("customer chose EcoCash"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
    QCOMPARE(catalog::toString(cancelled->status), QStringLiteral("cancelled"));
    QCOMPARE(cancelled->failureReason, QStringLiteral("customer chose EcoCash"));
    QVERIFY(!m_service->cancelPayment(first->id, QString()).ok()); // not pending any more
    const Result<Payment> retry = await(m_service->requestMobilePayment(invoice.id, PaymentMethod::EcoCash,
        QStringLiteral("0775555555"), merchantEmail));
    QVERIFY2(retry.ok(), qPrintable(retry.error()));
    QCOMPARE(retry->reference.section(u'-', 1), invoice.number + QStringLiteral("-2"));
}

void TestBillingService::paymentAfterSettlementIsOverpayment()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> first = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(m_service->cancelPayment(first->id, QStringLiteral("customer asked for a new link")).ok());
    const Result<Payment> second = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    const int refundsBefore = auditCount(QStringLiteral("payment.refund_due"));
    const int paidBefore = auditCount(QStringLiteral("invoice.paid"));

    // The customer pays both links.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(second->reference), QByteArrayLiteral("status=Paid"));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(first->reference), QByteArrayLiteral("status=Paid"));
    const Result<PaymentUpdateResult> settling = await(m_service->pollPayment(second->id));
    QVERIFY2(settling.ok(), qPrintable(settling.error()));
    QVERIFY(settling->invoiceSettled);
    QCOMPARE(int(settling->application), int(catalog::PaymentApplication::Settled));

    const Result<PaymentUpdateResult> extra = await(m_service->pollPayment(first->id));
    QVERIFY2(extra.ok(), qPrintable(extra.error()));
    QCOMPARE(catalog::toString(extra->payment.status), QStringLiteral("paid"));
    QVERIFY(!extra->invoiceSettled);
    QCOMPARE(int(extra->application), int(catalog::PaymentApplication::Overpayment));
    QCOMPARE(catalog::toString(extra->payment.application), QStringLiteral("overpayment"));
    QVERIFY(extra->payment.appliedAt.isValid());
    QCOMPARE(auditCount(QStringLiteral("payment.refund_due")), refundsBefore + 1);
    QCOMPARE(auditCount(QStringLiteral("invoice.paid")), paidBefore + 1);

    // Polling again changes nothing, and revenue counts the invoice once.
    const Result<PaymentUpdateResult> again = await(m_service->pollPayment(first->id));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(int(again->application), int(catalog::PaymentApplication::None));
    QCOMPARE(auditCount(QStringLiteral("payment.refund_due")), refundsBefore + 1);
    const Result<BillingSummary> summary = summarizeBilling(*m_catalog, QDate(2026, 3, 2));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const QString month = m_catalog->invoice(invoice.id)->paidAt.toUTC().toString(QStringLiteral("yyyy-MM"));
    qint64 paidInvoices = 0;
    catalog::InvoiceFilter paidFilter;
    paidFilter.statuses = { catalog::InvoiceStatus::Paid };
    const Result<QList<Invoice>> paidList = m_catalog->invoices(paidFilter);
    QVERIFY2(paidList.ok(), qPrintable(paidList.error()));
    for (const Invoice &paid : paidList.value()) {
        if (paid.paidAt.toUTC().toString(QStringLiteral("yyyy-MM")) == month && paid.currency == Currency::Usd)
            paidInvoices += paid.totalCents;
    }
    QCOMPARE(summary->revenueByMonth.value(month).value(Currency::Usd), paidInvoices);
    // The overpayment is listed as money to refund instead.
    qint64 refundsDue = 0;
    const Result<QList<Payment>> allPayments = m_catalog->payments();
    QVERIFY2(allPayments.ok(), qPrintable(allPayments.error()));
    for (const Payment &stored : allPayments.value()) {
        if (stored.application == catalog::PaymentApplication::Overpayment
            || stored.application == catalog::PaymentApplication::VoidInvoice)
            refundsDue += stored.amountCents;
    }
    QVERIFY(refundsDue >= extra->payment.amountCents);
    QCOMPARE(summary->refundsDue.value(Currency::Usd), refundsDue);
}

void TestBillingService::voidRejectedWhilePending()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));

    const Result<Invoice> voided = m_catalog->voidInvoice(invoice.id, QStringLiteral("duplicate invoice"));
    QVERIFY(!voided.ok());
    QCOMPARE(int(m_catalog->lastErrorKind()), int(catalog::ErrorKind::Validation));
    QVERIFY2(voided.error().contains(payment->reference), qPrintable(voided.error()));
    QVERIFY2(voided.error().contains(QLatin1String("payment cancel")), qPrintable(voided.error()));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    QVERIFY(m_service->cancelPayment(payment->id, QStringLiteral("invoice issued twice")).ok());
    const Result<Invoice> after = m_catalog->voidInvoice(invoice.id, QStringLiteral("duplicate invoice"));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(catalog::toString(after->status), QStringLiteral("void"));
}

void TestBillingService::paymentForVoidInvoiceFlagged()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    QVERIFY(m_service->cancelPayment(payment->id, QStringLiteral("invoice issued twice")).ok());
    QVERIFY(m_catalog->voidInvoice(invoice.id, QStringLiteral("duplicate invoice")).ok());
    const int refundsBefore = auditCount(QStringLiteral("payment.refund_due"));

    // The customer pays the old link anyway: the money is recorded and
    // flagged for a refund, and the invoice stays void.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(catalog::toString(polled->payment.status), QStringLiteral("paid"));
    QVERIFY(!polled->invoiceSettled);
    QCOMPARE(int(polled->application), int(catalog::PaymentApplication::VoidInvoice));
    QCOMPARE(catalog::toString(m_catalog->payment(payment->id)->application), QStringLiteral("void_invoice"));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("void"));
    QCOMPARE(auditCount(QStringLiteral("payment.refund_due")), refundsBefore + 1);
}

void TestBillingService::refundReopensInvoice()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    const Result<PaymentUpdateResult> paid = await(m_service->pollPayment(payment->id));
    QVERIFY2(paid.ok(), qPrintable(paid.error()));
    QVERIFY(paid->invoiceSettled);
    const QString month = m_catalog->invoice(invoice.id)->paidAt.toUTC().toString(QStringLiteral("yyyy-MM"));
    const qint64 revenueBefore
        = summarizeBilling(*m_catalog, QDate(2026, 3, 2))->revenueByMonth.value(month).value(Currency::Usd);
    const qint64 outstandingBefore = summarizeBilling(*m_catalog, QDate(2026, 3, 2))->outstanding.value(Currency::Usd);

    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference),
        QByteArrayLiteral("status=Refunded"));
    const Result<PaymentUpdateResult> refunded = await(m_service->pollPayment(payment->id));
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->refunded);
    QCOMPARE(catalog::toString(refunded->payment.status), QStringLiteral("flagged"));
    QCOMPARE(catalog::toString(refunded->payment.application), QStringLiteral("refunded"));
    const Invoice reopened = *m_catalog->invoice(invoice.id);
    QCOMPARE(catalog::toString(reopened.status), QStringLiteral("open"));
    QVERIFY(!reopened.paidAt.isValid());
    QCOMPARE(auditCount(QStringLiteral("invoice.reopen")) >= 1, true);

    // Revenue drops by the invoice, and it is outstanding again.
    const Result<BillingSummary> summary = summarizeBilling(*m_catalog, QDate(2026, 3, 2));
    QCOMPARE(summary->revenueByMonth.value(month).value(Currency::Usd), revenueBefore - invoice.totalCents);
    QCOMPARE(summary->outstanding.value(Currency::Usd), outstandingBefore + invoice.totalCents);

    // The reopened invoice takes a new payment.
    const Result<Payment> again = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->reference.section(u'-', 1), invoice.number + QStringLiteral("-2"));
}

void TestBillingService::resultListenerRetriesWithoutKeychain()
{
    PaynowResultListener listener(m_service.get());
    QVERIFY(listenForResults(listener));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);

    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));

    // The keychain no longer has the key: the listener cannot check the
    // hash, so it replies 503 and Paynow sends the update again.
    QVERIFY(await(m_secrets->remove(paynowIntegrationKeyKey(Currency::Usd))).ok());
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    QTRY_VERIFY_WITH_TIMEOUT(deliveries(payment->reference).contains(QStringLiteral("HTTP 503")), 10000);
    QVERIFY(!deliveries(payment->reference).contains(QStringLiteral("HTTP 400")));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    // Once the key is back, a retry is applied.
    QVERIFY(await(m_secrets->write(paynowIntegrationKeyKey(Currency::Usd), integrationKey)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(deliveries(payment->reference).contains(QStringLiteral("ok")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5000);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));
}

void TestBillingService::resultListenerReconnectsToPostgres()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    test::CatalogLocation location(QStringLiteral("postgresql"));
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));
    auto opened = location.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const std::unique_ptr<catalog::Catalog> pg = std::move(opened.value());
    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 1000;
    plan.maxMemoryBytes = 2LL << 30;
    plan.maxStorageBytes = 20LL << 30;
    const Result<catalog::Plan> created = pg->createPlan(plan);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(saveBillingSetting(*pg, QStringLiteral("paynow_base_url"), m_baseUrl.toString()).ok());
    QVERIFY(saveBillingSetting(*pg, QStringLiteral("paynow_return_url"),
        QStringLiteral("https://console.example.co.zw/paynow/return"))
                .ok());

    auto service = std::make_unique<BillingService>(pg.get(), m_secrets.get());
    service->setRequestTimeout(5s);
    PaynowResultListener listener(service.get());
    QVERIFY(listenForResults(listener, pg.get()));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);
    const Invoice invoice = openInvoice(pg.get(), created->id);
    const Result<Payment> payment = await(service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));

    // A PostgreSQL restart ends every client connection, as this does. The
    // listener's catalog then fails with "no connection to the server".
    {
        Result<QSqlDatabase> other = catalog::openConnection(location.config(), QStringLiteral("terminator"));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QSqlQuery terminate(other.value());
        const bool terminated = terminate.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        const QString reason = terminate.lastError().text();
        terminate = QSqlQuery();
        other.value().close();
        other = makeError(QString());
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        QVERIFY2(terminated, qPrintable(reason));
    }
    QVERIFY(!pg->invoice(invoice.id).ok());

    // Paynow's first delivery is applied, so it gets 200 and not 503.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries(payment->reference), QStringList { QStringLiteral("ok") }, 5000);
    QCOMPARE(catalog::toString(pg->invoice(invoice.id)->status), QStringLiteral("paid"));
    QCOMPARE(catalog::toString(pg->paymentByReference(payment->reference)->status), QStringLiteral("paid"));
    listener.close();
}

int TestBillingService::postResult(const PaynowResultListener &listener, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/paynow/result").arg(listener.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestBillingService::resultListenerRereadsIntegrationKey()
{
    PaynowResultListener listener(m_service.get());
    const Status listening = listener.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);

    // The emulator sends its "Paid" update to the receiver; this test then
    // delivers it to the listener itself, signed with the key it chooses.
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->bodies.size(), 1, 10000);
    const Result<FormFields> decoded = decodeForm(m_receiver->bodies.first());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    FormFields fields = decoded.value();
    fields.removeIf([](const FormField &field) { return field.name.compare(u"hash", Qt::CaseInsensitive) == 0; });
    const QString newKey = QStringLiteral("8d0c5a4e-2f7b-4c1e-9a63-5b2e7d9f1c40");
    const QByteArray signedWithOld = encodeForm(signFields(fields, integrationKey));
    const QByteArray signedWithNew = encodeForm(signFields(fields, newKey));

    // Another process (`saasodoo payment set-integration`) stores a new key
    // while this listener, which has read the old key, keeps running.
    QCOMPARE(await(m_secrets->read(paynowIntegrationKeyKey(Currency::Usd))).value(), integrationKey);
    secrets::SecretStore otherProcess(m_secretService);
    QVERIFY(await(otherProcess.write(paynowIntegrationKeyKey(Currency::Usd), newKey)).ok());
    QCOMPARE(postResult(listener, signedWithOld), 400);

    // With the key removed, the listener cannot check the hash and answers 503.
    QVERIFY(await(otherProcess.remove(paynowIntegrationKeyKey(Currency::Usd))).ok());
    QCOMPARE(postResult(listener, signedWithNew), 503);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    QVERIFY(await(otherProcess.write(paynowIntegrationKeyKey(Currency::Usd), newKey)).ok());
    QCOMPARE(postResult(listener, signedWithNew), 200);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("paid"));
    listener.close();
}

void TestBillingService::sameIntegrationForBothCurrenciesRejected()
{
    // init() stored the USD integration; the same id for ZWG is a mistake.
    const Status again = await(m_service->storePaynowCredentials(Currency::Zwg, integrationId, integrationKey));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already stored for USD")), qPrintable(again.error()));
    QVERIFY2(!again.error().contains(integrationId), qPrintable(again.error()));
    const Result<QString> zwg = await(m_secrets->read(paynowIntegrationIdKey(Currency::Zwg)));
    QVERIFY(!zwg.ok());
    // Leading zeros do not make it another id, and an id is a number.
    const Status padded = await(m_service->storePaynowCredentials(Currency::Zwg, QStringLiteral("0") + integrationId,
        integrationKey));
    QVERIFY2(padded.error().contains(QLatin1String("already stored for USD")), qPrintable(padded.error()));
    const Status letters = await(m_service->storePaynowCredentials(Currency::Zwg, QStringLiteral("abc"), integrationKey));
    QVERIFY2(letters.error().contains(QLatin1String("\"abc\" is invalid")), qPrintable(letters.error()));
    // Paynow's ids start at 1, so 0 is no integration, however it is spelled.
    for (const QString &zero : { QStringLiteral("0"), QStringLiteral("000") }) {
        const Status stored = await(m_service->storePaynowCredentials(Currency::Zwg, zero, integrationKey));
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(QStringLiteral("\"%1\" is invalid").arg(zero)), qPrintable(stored.error()));
        QVERIFY2(stored.error().contains(QLatin1String("positive numbers")), qPrintable(stored.error()));
    }
    QVERIFY(!await(m_secrets->read(paynowIntegrationIdKey(Currency::Zwg))).ok());

    // Another id is the ZWG integration, and storing USD again still works.
    const Status other = await(m_service->storePaynowCredentials(Currency::Zwg, QStringLiteral("7777"), integrationKey));
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const Status usd = await(m_service->storePaynowCredentials(Currency::Usd, integrationId, integrationKey));
    QVERIFY2(usd.ok(), qPrintable(usd.error()));
    await(m_secrets->remove(paynowIntegrationIdKey(Currency::Zwg)));
    await(m_secrets->remove(paynowIntegrationKeyKey(Currency::Zwg)));
}

void TestBillingService::paidAfterFailureHeldForRefund()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Failed"));
    const Result<PaymentUpdateResult> failed = await(m_service->pollPayment(payment->id));
    QVERIFY2(failed.ok(), qPrintable(failed.error()));
    QCOMPARE(catalog::toString(failed->payment.status), QStringLiteral("failed"));
    const int refundsBefore = summarizeBilling(*m_catalog, QDate(2026, 3, 2))->refundPayments;

    // Paynow then reports the failed payment paid: it is recorded, not ignored.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    const Result<PaymentUpdateResult> paid = await(m_service->pollPayment(payment->id));
    QVERIFY2(paid.ok(), qPrintable(paid.error()));
    QVERIFY(paid->paidAfterClose);
    QVERIFY(!paid->invoiceSettled);
    QCOMPARE(catalog::toString(paid->payment.application), QStringLiteral("paid_after_close"));
    QCOMPARE(paid->payment.paynowStatus, QStringLiteral("Paid"));
    QVERIFY(catalog::isRefundDue(paid->payment.application));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));
    const int audited = auditCount(QStringLiteral("payment.paid_after_close"));
    QVERIFY(audited >= 1);
    const Result<BillingSummary> summary = summarizeBilling(*m_catalog, QDate(2026, 3, 2));
    QCOMPARE(summary->refundPayments, refundsBefore + 1);

    // The same status again changes nothing.
    const Result<PaymentUpdateResult> again = await(m_service->pollPayment(payment->id));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again->paidAfterClose);
    QCOMPARE(auditCount(QStringLiteral("payment.paid_after_close")), audited);

    // Once refunded, it is no longer due.
    QVERIFY(m_catalog->refundPayment(payment->id)->recorded);
    QCOMPARE(catalog::toString(m_catalog->payment(payment->id)->application), QStringLiteral("refunded"));
    QCOMPARE(summarizeBilling(*m_catalog, QDate(2026, 3, 2))->refundPayments, refundsBefore);
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));
}

void TestBillingService::paidAfterRefundHeldForRefund()
{
    const Invoice invoice = openInvoice();
    const Result<Payment> payment = await(m_service->requestWebPayment(invoice.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    for (const QByteArray &status : { QByteArrayLiteral("status=Paid"), QByteArrayLiteral("status=Refunded") }) {
        admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), status);
        const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
        QVERIFY2(polled.ok(), qPrintable(polled.error()));
    }
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));

    // Paid after the refund: held as money to refund or apply, and the
    // reopened invoice is not settled behind the admin's back.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), QByteArrayLiteral("status=Paid"));
    const Result<PaymentUpdateResult> paid = await(m_service->pollPayment(payment->id));
    QVERIFY2(paid.ok(), qPrintable(paid.error()));
    QVERIFY(paid->paidAfterClose);
    QCOMPARE(catalog::toString(paid->payment.application), QStringLiteral("paid_after_close"));
    QCOMPARE(catalog::toString(m_catalog->invoice(invoice.id)->status), QStringLiteral("open"));
}

void TestBillingService::pollAfterFailedRequestReturnsStatus()
{
    PaynowResultListener listener(m_service.get());
    QVERIFY(listenForResults(listener));
    QSignalSpy applied(&listener, &PaynowResultListener::updateApplied);

    // The initiate reply is forged, so the request fails without a poll URL,
    // although Paynow registered the transaction with the result URL.
    const Invoice invoice = openInvoice();
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=initiate"));
    const Result<Payment> request = await(m_service->requestWebPayment(invoice.id));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper="));
    QVERIFY(!request.ok());
    const Payment attempt = m_catalog->payments(invoice.id)->first();
    QVERIFY(attempt.pollUrl.isEmpty());
    const Result<PaymentUpdateResult> nothing = await(m_service->pollPayment(attempt.id));
    QVERIFY(!nothing.ok());
    QVERIFY2(nothing.error().contains(QLatin1String("nothing to poll")), qPrintable(nothing.error()));

    // The customer pays, and Paynow's update to the result URL is applied.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(attempt.reference), QByteArrayLiteral("status=Paid"));
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 1, 10000);
    const Payment updated = *m_catalog->payment(attempt.id);
    QCOMPARE(updated.paynowStatus, QStringLiteral("Paid"));

    // Polling returns that stored status instead of failing.
    const int auditsBefore = auditCount(QStringLiteral("payment.apply"));
    const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(attempt.id));
    QVERIFY2(polled.ok(), qPrintable(polled.error()));
    QCOMPARE(int(polled->outcome), int(UpdateOutcome::Duplicate));
    QCOMPARE(polled->payment.id, attempt.id);
    QCOMPARE(catalog::toString(polled->payment.status), catalog::toString(updated.status));
    QCOMPARE(catalog::toString(polled->payment.application), catalog::toString(updated.application));
    QVERIFY(!polled->invoiceSettled);
    QCOMPARE(auditCount(QStringLiteral("payment.apply")), auditsBefore);
}

void TestBillingService::refundOfAppliedPaymentReopensItsInvoice()
{
    // A payment for March is held after it failed, then applied to April.
    const Invoice march = openInvoice();
    Invoice next = march;
    next.id.clear();
    next.number.clear();
    next.periodStart = QDate(2026, 4, 1);
    next.periodEnd = QDate(2026, 5, 1);
    next.issueDate = QDate(2026, 4, 1);
    next.dueDate = QDate(2026, 4, 15);
    const Result<Invoice> april = m_catalog->createInvoice(next, true);
    QVERIFY2(april.ok(), qPrintable(april.error()));
    const Result<Payment> payment = await(m_service->requestWebPayment(march.id));
    QVERIFY2(payment.ok(), qPrintable(payment.error()));
    for (const QByteArray &status : { QByteArrayLiteral("status=Failed"), QByteArrayLiteral("status=Paid") }) {
        admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference), status);
        const Result<PaymentUpdateResult> polled = await(m_service->pollPayment(payment->id));
        QVERIFY2(polled.ok(), qPrintable(polled.error()));
    }
    const Result<Invoice> applied = m_catalog->applyHeldPayment(payment->id, april->id);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));

    // Paynow refunds it: April is open again and the result names April,
    // while March stays open as it was.
    admin(QStringLiteral("/_emulator/transactions/%1/status").arg(payment->reference),
        QByteArrayLiteral("status=Refunded"));
    const Result<PaymentUpdateResult> refunded = await(m_service->pollPayment(payment->id));
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->refunded);
    QCOMPARE(refunded->refund.reopenedInvoiceId, april->id);
    QVERIFY(refunded->refund.replacementReference.isEmpty());
    QCOMPARE(catalog::toString(m_catalog->invoice(april->id)->status), QStringLiteral("open"));
    QCOMPARE(catalog::toString(m_catalog->invoice(march.id)->status), QStringLiteral("open"));
    const QString text = refundedInvoiceText(*m_catalog, refunded->refund);
    QVERIFY2(text.contains(april->number + QStringLiteral(", which this payment had paid, is open again")),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(TestBillingService)
#include "tst_billingservice.moc"
