// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/paynowform.h"
#include "core/billing/paynowstatus.h"
#include "core/billing/phonenumbers.h"
#include "core/common/result.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <chrono>

// The Paynow requests the console sends and the replies it accepts, without
// any networking, so that each rule can be tested on its own.
// https://developers.paynow.co.zw/docs/initiate_transaction.html
// https://developers.paynow.co.zw/docs/express_checkout_transactions.html
namespace saasodoo::billing {

// The merchant's integration, from the keychain. The key signs messages and
// is never sent, logged or put into an error message.
struct PaynowCredentials
{
    QString integrationId;
    QString integrationKey;
};

struct PaynowSettings
{
    // Paynow's server, or the local emulator in tests.
    QUrl baseUrl = QUrl(QStringLiteral("https://www.paynow.co.zw"));
    // The page the customer's browser returns to after a web checkout.
    QUrl returnUrl;
    // The URL Paynow POSTs status updates to. It must be reachable from the
    // internet, so a desktop console needs a relay for it or relies on polling.
    QUrl resultUrl;
    // Upper bound for one HTTP request, including connecting.
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
};

// One payment: an invoice the customer pays.
struct PaymentRequest
{
    QString reference; // the merchant's unique reference, such as the invoice number
    qint64 amountCents = 0; // sent with two decimals, without a currency symbol
    QString additionalInfo; // optional, shown to the customer
    QString authEmail; // optional for web checkout, required for express checkout
    QString authPhone; // optional
    QString authName; // optional
};

// Formats an amount in cents with two decimals, such as "25.00".
QString formatAmount(qint64 amountCents);

// Builds the unsigned fields of a web checkout (initiatetransaction), in the
// order they are posted: id, reference, amount, additionalinfo, returnurl,
// resulturl, authemail, authphone, authname, status. Optional fields that
// are empty are left out. Fails on a missing reference, a non-positive
// amount or an invalid return or result URL.
Result<FormFields> buildWebPaymentFields(const PaynowSettings &settings, const QString &integrationId,
    const PaymentRequest &request);

// Builds the unsigned fields of a mobile money express checkout
// (remotetransaction): the web fields with phone and method before status.
// The phone number is normalised and must be on the method's network;
// authemail is required. Fails before anything is sent when either is wrong.
Result<FormFields> buildMobilePaymentFields(const PaynowSettings &settings, const QString &integrationId,
    const PaymentRequest &request, MobileMoneyMethod method, QStringView phone);

// Paynow's reply to initiatetransaction or remotetransaction.
struct InitiateResponse
{
    QUrl browserUrl; // web checkout only: where to send the customer
    QUrl pollUrl; // every Ok reply has one, also when there is no browser URL
    QString instructions; // express checkout only: what the customer does on the phone
    QString paynowReference; // sent by newer versions of Paynow
};

// Parses and verifies an initiate reply. An Error reply carries no hash and
// fails with Paynow's error text. An Ok reply must have a valid hash and a
// poll URL.
Result<InitiateResponse> parseInitiateResponse(QByteArrayView body, const QString &integrationKey);

// A status message: a poll reply, or the POST Paynow sends to the result URL.
struct StatusUpdate
{
    QString reference; // the merchant's reference
    QString paynowReference;
    QString amount; // as Paynow sent it, such as "25.00"
    PaynowStatus status = PaynowStatus::Created;
    QUrl pollUrl;
};

// Parses and verifies a status message from its raw body. Fails on an Error
// reply (with Paynow's error text), a missing or wrong hash, a missing
// reference, or a status Paynow does not document.
Result<StatusUpdate> parseStatusUpdate(QByteArrayView body, const QString &integrationKey);

} // namespace saasodoo::billing
