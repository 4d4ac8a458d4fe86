// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowclient.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>

#include <memory>

namespace saasodoo::billing {

namespace {

// Posts a form and finishes the future with the reply body, or with an error
// for a network failure, a timeout or a non-2xx HTTP status.
QFuture<Result<QByteArray>> postForm(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
    std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    QFuture<Result<QByteArray>> future = promise->future();
    promise->start();

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply *reply = network->post(request, body);

    // The poll URL's query contains the transaction's guid. It is no secret,
    // but messages stay shorter without it.
    const QString where = url.toDisplayString(QUrl::RemoveQuery);
    const qint64 timeoutSeconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, where, timeoutSeconds]() {
        reply->deleteLater();
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

        if (reply->error() == QNetworkReply::OperationCanceledError) {
            promise->addResult(makeError(QCoreApplication::translate("Paynow",
                "The request to Paynow at %1 timed out after %2 s. Check the internet connection and try again.")
                                             .arg(where)
                                             .arg(timeoutSeconds)));
        } else if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
            promise->addResult(makeError(QCoreApplication::translate("Paynow",
                "The request to Paynow at %1 failed: %2. Check the internet connection and try again.")
                                             .arg(where, reply->errorString())));
        } else if (httpStatus < 200 || httpStatus > 299) {
            promise->addResult(makeError(QCoreApplication::translate("Paynow",
                "Paynow at %1 answered with HTTP status %2. Try again later.")
                                             .arg(where)
                                             .arg(httpStatus)));
        } else {
            promise->addResult(Result<QByteArray>(reply->readAll()));
        }
        promise->finish();
    });
    return future;
}

template<typename T>
QFuture<Result<T>> readyError(const QString &message)
{
    return QtFuture::makeReadyFuture(Result<T>(makeError(message)));
}

} // namespace

PaynowClient::PaynowClient(QNetworkAccessManager *network, PaynowSettings settings, PaynowCredentials credentials)
    : m_network(network), m_settings(std::move(settings)), m_credentials(std::move(credentials))
{
}

QUrl PaynowClient::endpoint(QStringView path) const
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    basePath.append(path);
    url.setPath(basePath);
    url.setQuery(QString());
    return url;
}

QFuture<Result<InitiateResponse>> PaynowClient::initiateWebPayment(const PaymentRequest &request) const
{
    const Result<FormFields> fields = buildWebPaymentFields(m_settings, m_credentials.integrationId, request);
    return initiate(endpoint(u"/interface/initiatetransaction"), fields, request.reference, true);
}

QFuture<Result<InitiateResponse>> PaynowClient::initiateMobilePayment(const PaymentRequest &request,
    MobileMoneyMethod method, const QString &phone) const
{
    const Result<FormFields> fields
        = buildMobilePaymentFields(m_settings, m_credentials.integrationId, request, method, phone);
    return initiate(endpoint(u"/interface/remotetransaction"), fields, request.reference, false);
}

QFuture<Result<InitiateResponse>> PaynowClient::initiate(const QUrl &url, const Result<FormFields> &fields,
    const QString &reference, bool needsBrowserUrl) const
{
    if (!fields) {
        qCWarning(lcBilling).noquote() << "Paynow request for" << reference << "not sent:" << fields.error();
        return readyError<InitiateResponse>(fields.error());
    }
    if (m_credentials.integrationKey.isEmpty()) {
        return readyError<InitiateResponse>(QCoreApplication::translate("Paynow",
            "The Paynow integration key is missing. Enter it in the Paynow settings."));
    }

    const QByteArray body = encodeForm(signFields(fields.value(), m_credentials.integrationKey));
    qCDebug(lcBilling).noquote() << "POST" << url.toDisplayString() << "reference" << reference;

    const QString key = m_credentials.integrationKey;
    return postForm(m_network, url, body, m_settings.requestTimeout)
        .then([key, reference, needsBrowserUrl](const Result<QByteArray> &reply) -> Result<InitiateResponse> {
            if (!reply) {
                qCWarning(lcBilling).noquote() << "Paynow payment" << reference << "failed:" << reply.error();
                return makeError(reply.error());
            }
            Result<InitiateResponse> response = parseInitiateResponse(reply.value(), key);
            if (response && needsBrowserUrl && !response->browserUrl.isValid()) {
                response = makeError(QCoreApplication::translate("Paynow",
                    "Paynow accepted web payment %1 but sent no browser URL for the customer.")
                                         .arg(reference));
            }
            if (!response)
                qCWarning(lcBilling).noquote() << "Paynow payment" << reference << "failed:" << response.error();
            else
                qCDebug(lcBilling).noquote() << "Paynow payment" << reference << "initiated, Paynow reference"
                                             << response->paynowReference;
            return response;
        });
}

QFuture<Result<QByteArray>> PaynowClient::requestStatus(const QUrl &pollUrl) const
{
    if (!pollUrl.isValid() || pollUrl.host().isEmpty()) {
        return readyError<QByteArray>(QCoreApplication::translate("Paynow",
            "The Paynow poll URL \"%1\" is invalid.")
                                          .arg(pollUrl.toDisplayString()));
    }
    qCDebug(lcBilling).noquote() << "POST" << pollUrl.toDisplayString(QUrl::RemoveQuery) << "(poll)";
    return postForm(m_network, pollUrl, QByteArray(), m_settings.requestTimeout);
}

QFuture<Result<StatusUpdate>> PaynowClient::pollStatus(const QUrl &pollUrl) const
{
    const QString key = m_credentials.integrationKey;
    return requestStatus(pollUrl).then([key](const Result<QByteArray> &reply) -> Result<StatusUpdate> {
        if (!reply)
            return makeError(reply.error());
        return billing::parseStatusUpdate(reply.value(), key);
    });
}

Result<StatusUpdate> PaynowClient::parseStatusUpdate(QByteArrayView body) const
{
    return billing::parseStatusUpdate(body, m_credentials.integrationKey);
}

} // namespace saasodoo::billing
