// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/paynowmessages.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QFuture>
#include <QUrl>

class QNetworkAccessManager;

namespace saasodoo::billing {

// Sends Paynow requests over HTTPS form posts. Every call returns at once;
// its future finishes on the thread of the QNetworkAccessManager when the
// reply has been read and verified. The client does not own the manager,
// which must outlive the futures.
class PaynowClient
{
public:
    PaynowClient(QNetworkAccessManager *network, PaynowSettings settings, PaynowCredentials credentials);

    const PaynowSettings &settings() const { return m_settings; }

    // Starts a web checkout. The reply has the browser URL to open for the
    // customer and the poll URL.
    QFuture<Result<InitiateResponse>> initiateWebPayment(const PaymentRequest &request) const;

    // Starts an express checkout, in which Paynow prompts the customer to
    // approve the payment on the phone. A phone number on the wrong network, or a
    // missing email address, fails at once without sending anything.
    QFuture<Result<InitiateResponse>> initiateMobilePayment(const PaymentRequest &request,
        MobileMoneyMethod method, const QString &phone) const;

    // Polls a transaction with an empty POST to its poll URL and returns the
    // raw reply. Fails only on network and HTTP errors, so a caller can tell
    // a retryable failure from a rejected reply (see parseStatusUpdate).
    QFuture<Result<QByteArray>> requestStatus(const QUrl &pollUrl) const;

    // Polls a transaction and parses the verified reply.
    QFuture<Result<StatusUpdate>> pollStatus(const QUrl &pollUrl) const;

    // Parses and verifies a status update body: a poll reply, or what Paynow
    // POSTs to the result URL.
    Result<StatusUpdate> parseStatusUpdate(QByteArrayView body) const;

private:
    QUrl endpoint(QStringView path) const;
    QFuture<Result<InitiateResponse>> initiate(const QUrl &url, const Result<FormFields> &fields,
        const QString &reference, bool needsBrowserUrl) const;

    QNetworkAccessManager *m_network;
    PaynowSettings m_settings;
    PaynowCredentials m_credentials;
};

} // namespace saasodoo::billing
