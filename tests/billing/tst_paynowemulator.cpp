// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Paynow client, poller and tracker against the local Paynow emulator
// (tests/paynow/emulator), which this test starts on a free port and stops by
// pid. Status updates that the emulator POSTs to the result URL arrive at a
// small HTTP receiver in this process.
#include "core/billing/paynowclient.h"
#include "core/billing/paynowpoller.h"
#include "core/billing/paynowtracker.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace saasodoo;
using namespace saasodoo::billing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(saasodoo::billing::PollOutcome)
Q_DECLARE_METATYPE(saasodoo::billing::StatusUpdate)

namespace {

const QString integrationId = QStringLiteral("1201");
const QString integrationKey = QStringLiteral("3e9fed89-60e1-4ce5-ab6e-6b1eb2d4f977");
const QString merchantEmail = QStringLiteral("merchant@example.co.zw");
// The emulator's test numbers wait 5 s and 30 s in Paynow's test mode; this
// factor makes that 0.25 s and 1.5 s.
const QString timeScale = QStringLiteral("0.05");

template<typename T>
bool waitForFuture(const QFuture<T> &future, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return future.isFinished();
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

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/paynow/result").arg(m_server.serverPort()));
    }

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

PaymentRequest paymentRequest(const QString &reference)
{
    return PaymentRequest { reference, 2500, QStringLiteral("Odoo Starter plan – March"), merchantEmail, {}, {} };
}

PollSchedule fastSchedule(std::chrono::milliseconds timeLimit = 10s)
{
    return PollSchedule { { 50ms, 100ms, 200ms }, timeLimit };
}

} // namespace

class TestPaynowEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void webPaymentSucceeds();
    void mobilePaymentSucceeds_data();
    void mobilePaymentSucceeds();
    void paymentCancelled();
    void paymentFailed();
    void insufficientBalanceReported();
    void pollingTimesOut();
    void pollerCancels();
    void tamperedInitiateReplyRejected();
    void tamperedPollReplyRejected();
    void tamperedResultPostRejected();
    void duplicateUpdateAppliedOnce();
    void wrongNetworkRejectedBeforeRequest();
    void wrongKeyRejectedByPaynow();

private:
    PaynowClient client(const QString &key = integrationKey) const;
    // POSTs a form to an /_emulator/ endpoint and returns the JSON reply.
    QJsonDocument admin(const QString &path, const QByteArray &body = QByteArray());
    QJsonDocument adminGet(const QString &path);
    QJsonDocument finishAdmin(QNetworkReply *reply);
    // Initiates a web payment and starts tracking it.
    InitiateResponse startWebPayment(const QString &reference);
    InitiateResponse startMobilePayment(const QString &reference, MobileMoneyMethod method, const QString &phone);
    // Waits until `count` result POSTs arrived.
    bool waitForResults(int count);

    QProcess m_emulator;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    std::unique_ptr<ResultReceiver> m_receiver;
    PaymentTracker m_tracker;
};

void TestPaynowEmulator::initTestCase()
{
    qRegisterMetaType<PollOutcome>();
    qRegisterMetaType<StatusUpdate>();

    const QString script = QStringLiteral(SAASODOO_PAYNOW_TEST_DIR "/emulator");
    m_emulator.setProcessChannelMode(QProcess::SeparateChannels);
    m_emulator.setReadChannel(QProcess::StandardOutput);
    m_emulator.start(QStringLiteral("python3"),
        { script, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--integration-id"), integrationId,
            QStringLiteral("--integration-key"), integrationKey, QStringLiteral("--merchant-email"), merchantEmail,
            QStringLiteral("--time-scale"), timeScale });
    QVERIFY2(m_emulator.waitForStarted(10000), qPrintable(m_emulator.errorString()));

    // The emulator prints "paynow-emulator listening on http://127.0.0.1:PORT".
    QDeadlineTimer deadline(15000);
    while (!m_emulator.canReadLine() && !deadline.hasExpired() && m_emulator.state() == QProcess::Running)
        m_emulator.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_emulator.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1StringView("paynow-emulator listening on ")),
        qPrintable(QStringLiteral("The Paynow emulator did not start: %1 %2")
                .arg(line, QString::fromUtf8(m_emulator.readAllStandardError()))));
    m_baseUrl = QUrl(line.section(u' ', -1));
    QVERIFY(m_baseUrl.port() > 0);
}

void TestPaynowEmulator::cleanupTestCase()
{
    if (m_emulator.state() == QProcess::NotRunning)
        return;
    m_emulator.terminate(); // SIGTERM to the emulator's pid
    if (!m_emulator.waitForFinished(5000)) {
        m_emulator.kill();
        m_emulator.waitForFinished(5000);
    }
}

void TestPaynowEmulator::init()
{
    QVERIFY2(m_emulator.state() == QProcess::Running, "the Paynow emulator is not running");
    const QJsonDocument reset = admin(QStringLiteral("/_emulator/reset"));
    QVERIFY(reset.object().value(QStringLiteral("reset")).toBool());
    m_receiver = std::make_unique<ResultReceiver>();
    m_tracker = PaymentTracker();
}

PaynowClient TestPaynowEmulator::client(const QString &key) const
{
    PaynowSettings settings;
    settings.baseUrl = m_baseUrl;
    settings.returnUrl = QUrl(QStringLiteral("https://console.example.co.zw/paynow/return"));
    settings.resultUrl = m_receiver->url();
    settings.requestTimeout = 10s;
    return PaynowClient(const_cast<QNetworkAccessManager *>(&m_network), settings, { integrationId, key });
}

QJsonDocument TestPaynowEmulator::admin(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finishAdmin(m_network.post(request, body));
}

QJsonDocument TestPaynowEmulator::adminGet(const QString &path)
{
    return finishAdmin(m_network.get(QNetworkRequest(m_baseUrl.resolved(QUrl(path)))));
}

QJsonDocument TestPaynowEmulator::finishAdmin(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qWarning("The emulator did not answer %s", qPrintable(reply->url().toString()));
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("The emulator answered %s with %s: %s", qPrintable(reply->url().toString()),
            qPrintable(reply->errorString()), body.constData());
    return QJsonDocument::fromJson(body);
}

InitiateResponse TestPaynowEmulator::startWebPayment(const QString &reference)
{
    const QFuture<Result<InitiateResponse>> future = client().initiateWebPayment(paymentRequest(reference));
    if (!waitForFuture(future))
        qFatal("The web payment request did not finish");
    const Result<InitiateResponse> response = future.result();
    if (!response)
        qFatal("The web payment failed: %s", qPrintable(response.error()));
    const Status tracked = m_tracker.track(reference, 2500, response.value());
    Q_ASSERT(tracked.ok());
    return response.value();
}

InitiateResponse TestPaynowEmulator::startMobilePayment(const QString &reference, MobileMoneyMethod method,
    const QString &phone)
{
    const QFuture<Result<InitiateResponse>> future
        = client().initiateMobilePayment(paymentRequest(reference), method, phone);
    if (!waitForFuture(future))
        qFatal("The mobile payment request did not finish");
    const Result<InitiateResponse> response = future.result();
    if (!response)
        qFatal("The mobile payment failed: %s", qPrintable(response.error()));
    const Status tracked = m_tracker.track(reference, 2500, response.value());
    Q_ASSERT(tracked.ok());
    return response.value();
}

bool TestPaynowEmulator::waitForResults(int count)
{
    QDeadlineTimer deadline(10000);
    while (m_receiver->bodies.size() < count && !deadline.hasExpired())
        QTest::qWait(10);
    return m_receiver->bodies.size() >= count;
}

void TestPaynowEmulator::webPaymentSucceeds()
{
    const InitiateResponse response = startWebPayment(QStringLiteral("INV-WEB-1"));
    QVERIFY(response.browserUrl.toString().startsWith(m_baseUrl.toString()));
    QVERIFY(response.pollUrl.toString().startsWith(m_baseUrl.toString()));
    QVERIFY(!response.paynowReference.isEmpty());

    // The emulator received the fields in the console's order, and no key.
    const QJsonArray requests = adminGet(QStringLiteral("/_emulator/requests")).array();
    QCOMPARE(requests.size(), 1);
    QStringList names;
    for (const QJsonValue &pair : requests.first()[QStringLiteral("fields")].toArray()) {
        names.append(pair[0].toString());
        QVERIFY(pair[1].toString() != integrationKey);
    }
    QCOMPARE(names.join(u','), QStringLiteral("id,reference,amount,additionalinfo,returnurl,resulturl,authemail,status,hash"));

    // The customer pays; Paynow POSTs the update to the result URL.
    const QJsonDocument paid
        = admin(QStringLiteral("/_emulator/transactions/INV-WEB-1/status"), QByteArrayLiteral("status=Paid"));
    QCOMPARE(paid[QStringLiteral("status")].toString(), QStringLiteral("Paid"));
    QVERIFY(waitForResults(1));
    const Result<StatusUpdate> update = client().parseStatusUpdate(m_receiver->bodies.first());
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(update->status, PaynowStatus::Paid);
    const Result<PaymentChange> change = m_tracker.apply(update.value());
    QVERIFY2(change.ok(), qPrintable(change.error()));
    QCOMPARE(change->outcome, UpdateOutcome::Applied);
    QCOMPARE(change->state, PaymentState::Paid);

    // A poll confirms it, and the tracker does not apply it twice.
    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-WEB-1"), fastSchedule());
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::FinalStatus);
    QVERIFY(poller.lastUpdate().has_value());
    QCOMPARE(poller.lastUpdate()->status, PaynowStatus::Paid);
    const Result<PaymentChange> again = m_tracker.apply(*poller.lastUpdate());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->outcome, UpdateOutcome::Duplicate);
    QCOMPARE(m_tracker.payment(QStringLiteral("INV-WEB-1"))->appliedUpdates, 1);
}

void TestPaynowEmulator::mobilePaymentSucceeds_data()
{
    QTest::addColumn<MobileMoneyMethod>("method");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("paidByTestNumber");

    // 0771111111 is Paynow's test-mode number that succeeds after 5 s.
    QTest::newRow("ecocash test number") << MobileMoneyMethod::EcoCash << QStringLiteral("0771111111") << true;
    QTest::newRow("ecocash 078 international")
        << MobileMoneyMethod::EcoCash << QStringLiteral("+263 78 012 3456") << false;
    QTest::newRow("onemoney") << MobileMoneyMethod::OneMoney << QStringLiteral("263 71 234 5678") << false;
}

void TestPaynowEmulator::mobilePaymentSucceeds()
{
    QFETCH(MobileMoneyMethod, method);
    QFETCH(QString, phone);
    QFETCH(bool, paidByTestNumber);

    const QString reference = QStringLiteral("INV-MOB-1");
    const InitiateResponse response = startMobilePayment(reference, method, phone);
    QVERIFY(response.browserUrl.isEmpty());
    QVERIFY(!response.instructions.isEmpty());
    QVERIFY(response.pollUrl.toString().startsWith(m_baseUrl.toString()));

    const QJsonDocument transaction = adminGet(QStringLiteral("/_emulator/transactions/") + reference);
    QCOMPARE(transaction[QStringLiteral("method")].toString(), methodFormValue(method));
    QCOMPARE(transaction[QStringLiteral("phone")].toString(), normaliseMobileNumber(phone).value());

    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, reference, fastSchedule());
    QSignalSpy received(&poller, &PaynowPoller::statusReceived);
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    connect(&poller, &PaynowPoller::statusReceived, this, [this](const StatusUpdate &update) {
        QVERIFY(m_tracker.apply(update).ok());
    });
    poller.start();

    if (!paidByTestNumber) {
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 1, 5000);
        QCOMPARE(m_tracker.payment(reference)->state, PaymentState::Pending);
        admin(QStringLiteral("/_emulator/transactions/%1/status").arg(reference), QByteArrayLiteral("status=Paid"));
    }
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::FinalStatus);
    QCOMPARE(received.last().at(0).value<StatusUpdate>().status, PaynowStatus::Paid);
    QCOMPARE(m_tracker.payment(reference)->state, PaymentState::Paid);
    QCOMPARE(m_tracker.payment(reference)->paynowReference, response.paynowReference);
}

void TestPaynowEmulator::paymentCancelled()
{
    const InitiateResponse response = startWebPayment(QStringLiteral("INV-CANCEL-1"));
    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-CANCEL-1"), fastSchedule());
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    poller.start();

    admin(QStringLiteral("/_emulator/transactions/INV-CANCEL-1/status"), QByteArrayLiteral("status=Cancelled"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::FinalStatus);
    const Result<PaymentChange> change = m_tracker.apply(*poller.lastUpdate());
    QVERIFY2(change.ok(), qPrintable(change.error()));
    QCOMPARE(change->state, PaymentState::Cancelled);
    QVERIFY(isFailedState(change->state));
}

void TestPaynowEmulator::paymentFailed()
{
    // 0773333333 is Paynow's test-mode number for a customer who cancels on
    // the phone. Its status becomes Failed after 30 s (1.5 s here).
    const InitiateResponse response
        = startMobilePayment(QStringLiteral("INV-FAIL-1"), MobileMoneyMethod::EcoCash, QStringLiteral("0773333333"));
    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-FAIL-1"), fastSchedule());
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    poller.start();

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::FinalStatus);
    QCOMPARE(poller.lastUpdate()->status, PaynowStatus::Failed);
    const Result<PaymentChange> change = m_tracker.apply(*poller.lastUpdate());
    QVERIFY2(change.ok(), qPrintable(change.error()));
    QCOMPARE(change->state, PaymentState::Failed);

    // The emulator POSTed the same update to the result URL too.
    QVERIFY(waitForResults(1));
    const Result<StatusUpdate> posted = client().parseStatusUpdate(m_receiver->bodies.first());
    QVERIFY2(posted.ok(), qPrintable(posted.error()));
    QCOMPARE(m_tracker.apply(posted.value())->outcome, UpdateOutcome::Duplicate);
}

void TestPaynowEmulator::insufficientBalanceReported()
{
    // 0774444444 is Paynow's test-mode number for an empty wallet.
    const QFuture<Result<InitiateResponse>> future = client().initiateMobilePayment(
        paymentRequest(QStringLiteral("INV-POOR-1")), MobileMoneyMethod::EcoCash, QStringLiteral("0774444444"));
    QVERIFY(waitForFuture(future));
    const Result<InitiateResponse> response = future.result();
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("Insufficient balance")), qPrintable(response.error()));
}

void TestPaynowEmulator::pollingTimesOut()
{
    // An ordinary number stays Sent until the test changes it, which it does not.
    const InitiateResponse response
        = startMobilePayment(QStringLiteral("INV-SLOW-1"), MobileMoneyMethod::EcoCash, QStringLiteral("0781234567"));
    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-SLOW-1"), fastSchedule(800ms));
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    poller.start();

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::TimedOut);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1StringView("INV-SLOW-1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("still pending")), qPrintable(message));
    QVERIFY(elapsed.elapsed() >= 800);
    QVERIFY(poller.pollCount() >= 3);
    QCOMPARE(poller.lastUpdate()->status, PaynowStatus::Sent);
    QVERIFY(!poller.isRunning());
}

void TestPaynowEmulator::pollerCancels()
{
    const InitiateResponse response = startWebPayment(QStringLiteral("INV-STOP-1"));
    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-STOP-1"), fastSchedule());
    QSignalSpy received(&poller, &PaynowPoller::statusReceived);
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 1, 5000);

    poller.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::Cancelled);
    const int polls = poller.pollCount();
    QTest::qWait(400);
    QCOMPARE(poller.pollCount(), polls);
    QCOMPARE(finished.size(), 1);
}

void TestPaynowEmulator::tamperedInitiateReplyRejected()
{
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=initiate"));
    const QFuture<Result<InitiateResponse>> future = client().initiateWebPayment(paymentRequest(QStringLiteral("INV-T-1")));
    QVERIFY(waitForFuture(future));
    const Result<InitiateResponse> response = future.result();
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("hash does not match")), qPrintable(response.error()));
}

void TestPaynowEmulator::tamperedPollReplyRejected()
{
    const InitiateResponse response = startWebPayment(QStringLiteral("INV-T-2"));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=poll"));

    const PaynowClient paynow = client();
    PaynowPoller poller(&paynow, response.pollUrl, QStringLiteral("INV-T-2"), fastSchedule());
    QSignalSpy received(&poller, &PaynowPoller::statusReceived);
    QSignalSpy finished(&poller, &PaynowPoller::finished);
    poller.start();

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<PollOutcome>(), PollOutcome::Rejected);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1StringView("hash does not match")),
        qPrintable(finished.first().at(1).toString()));
    QCOMPARE(received.size(), 0);
    QCOMPARE(m_tracker.payment(QStringLiteral("INV-T-2"))->status, std::nullopt);
}

void TestPaynowEmulator::tamperedResultPostRejected()
{
    startWebPayment(QStringLiteral("INV-T-3"));
    admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("tamper=result"));
    admin(QStringLiteral("/_emulator/transactions/INV-T-3/status"), QByteArrayLiteral("status=Paid"));

    QVERIFY(waitForResults(1));
    const Result<StatusUpdate> update = client().parseStatusUpdate(m_receiver->bodies.first());
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(QLatin1StringView("hash does not match")), qPrintable(update.error()));
    QCOMPARE(m_tracker.payment(QStringLiteral("INV-T-3"))->state, PaymentState::Pending);
}

void TestPaynowEmulator::duplicateUpdateAppliedOnce()
{
    startWebPayment(QStringLiteral("INV-DUP-1"));
    const QJsonDocument switches
        = admin(QStringLiteral("/_emulator/switches"), QByteArrayLiteral("duplicate_results=2"));
    QCOMPARE(switches[QStringLiteral("duplicate_results")].toInt(), 2);
    admin(QStringLiteral("/_emulator/transactions/INV-DUP-1/status"), QByteArrayLiteral("status=Paid"));

    QVERIFY(waitForResults(2));
    QCOMPARE(m_receiver->bodies.at(0), m_receiver->bodies.at(1));
    QList<UpdateOutcome> outcomes;
    for (const QByteArray &body : m_receiver->bodies) {
        const Result<StatusUpdate> update = client().parseStatusUpdate(body);
        QVERIFY2(update.ok(), qPrintable(update.error()));
        const Result<PaymentChange> change = m_tracker.apply(update.value());
        QVERIFY2(change.ok(), qPrintable(change.error()));
        outcomes.append(change->outcome);
    }
    QCOMPARE(outcomes, (QList<UpdateOutcome> { UpdateOutcome::Applied, UpdateOutcome::Duplicate }));
    QCOMPARE(m_tracker.payment(QStringLiteral("INV-DUP-1"))->appliedUpdates, 1);
    QCOMPARE(m_tracker.payment(QStringLiteral("INV-DUP-1"))->state, PaymentState::Paid);
}

void TestPaynowEmulator::wrongNetworkRejectedBeforeRequest()
{
    const QFuture<Result<InitiateResponse>> future = client().initiateMobilePayment(
        paymentRequest(QStringLiteral("INV-NET-1")), MobileMoneyMethod::EcoCash, QStringLiteral("0712345678"));
    QVERIFY(future.isFinished());
    const Result<InitiateResponse> response = future.result();
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("0712345678")), qPrintable(response.error()));
    QVERIFY2(response.error().contains(QLatin1StringView("NetOne")), qPrintable(response.error()));
    QVERIFY2(response.error().contains(QLatin1StringView("Econet")), qPrintable(response.error()));

    QCOMPARE(adminGet(QStringLiteral("/_emulator/requests")).array().size(), 0);
}

void TestPaynowEmulator::wrongKeyRejectedByPaynow()
{
    const QString otherKey = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QFuture<Result<InitiateResponse>> future
        = client(otherKey).initiateWebPayment(paymentRequest(QStringLiteral("INV-KEY-1")));
    QVERIFY(waitForFuture(future));
    const Result<InitiateResponse> response = future.result();
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("Invalid Hash.  Hash should start with: ")),
        qPrintable(response.error()));
    QVERIFY2(!response.error().contains(otherKey), qPrintable(response.error()));
}

QTEST_GUILESS_MAIN(TestPaynowEmulator)
#include "tst_paynowemulator.moc"
