// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowmessages.h"

#include <QCoreApplication>

namespace saasodoo::billing {

namespace {

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http"));
}

Status checkUrl(const QUrl &url, const QString &fieldName)
{
    if (isHttpUrl(url))
        return {};
    return makeError(QCoreApplication::translate("Paynow",
        "The Paynow %1 \"%2\" is not a valid http or https URL. Check the Paynow settings.")
                         .arg(fieldName, url.toDisplayString()));
}

void appendIfSet(FormFields &fields, const char *name, const QString &value)
{
    if (!value.isEmpty())
        fields.append(FormField { QLatin1StringView(name), value });
}

// Decodes a reply and turns Paynow's own Error replies, which carry no hash,
// into an error with Paynow's text. Anything else must carry a valid hash.
Result<FormFields> decodeVerifiedReply(QByteArrayView body, const QString &integrationKey)
{
    Result<FormFields> fields = decodeForm(body);
    if (!fields)
        return fields;

    const QString status = fieldValue(fields.value(), u"status");
    if (status.compare(QLatin1StringView("Error"), Qt::CaseInsensitive) == 0) {
        const QString text = fieldValue(fields.value(), u"error");
        if (text.isEmpty())
            return makeError(QCoreApplication::translate("Paynow", "Paynow returned an error without a message."));
        return makeError(QCoreApplication::translate("Paynow", "Paynow rejected the request: %1").arg(text));
    }
    if (status.isEmpty()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow reply has no status field, so it is not a Paynow message."));
    }

    const Status verified = verifyHash(fields.value(), integrationKey);
    if (!verified)
        return makeError(verified.error());
    return fields;
}

} // namespace

QString formatAmount(qint64 amountCents)
{
    const QString sign = amountCents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = amountCents < 0 ? -amountCents : amountCents;
    return QStringLiteral("%1%2.%3").arg(sign).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Result<FormFields> buildWebPaymentFields(const PaynowSettings &settings, const QString &integrationId,
    const PaymentRequest &request)
{
    if (integrationId.trimmed().isEmpty()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow integration ID is missing. Enter it in the Paynow settings."));
    }
    if (request.reference.trimmed().isEmpty()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The payment has no reference. Give it the invoice number."));
    }
    if (request.amountCents <= 0) {
        return makeError(QCoreApplication::translate("Paynow",
            "The amount %1 of payment %2 is invalid: it must be greater than zero.")
                             .arg(formatAmount(request.amountCents), request.reference));
    }
    if (const Status status = checkUrl(settings.returnUrl, QCoreApplication::translate("Paynow", "return URL")); !status)
        return makeError(status.error());
    if (const Status status = checkUrl(settings.resultUrl, QCoreApplication::translate("Paynow", "result URL")); !status)
        return makeError(status.error());

    FormFields fields;
    fields.append(FormField { QStringLiteral("id"), integrationId.trimmed() });
    fields.append(FormField { QStringLiteral("reference"), request.reference });
    fields.append(FormField { QStringLiteral("amount"), formatAmount(request.amountCents) });
    appendIfSet(fields, "additionalinfo", request.additionalInfo);
    fields.append(FormField { QStringLiteral("returnurl"), settings.returnUrl.toString(QUrl::FullyEncoded) });
    fields.append(FormField { QStringLiteral("resulturl"), settings.resultUrl.toString(QUrl::FullyEncoded) });
    appendIfSet(fields, "authemail", request.authEmail);
    appendIfSet(fields, "authphone", request.authPhone);
    appendIfSet(fields, "authname", request.authName);
    fields.append(FormField { QStringLiteral("status"), QStringLiteral("Message") });
    return fields;
}

Result<FormFields> buildMobilePaymentFields(const PaynowSettings &settings, const QString &integrationId,
    const PaymentRequest &request, MobileMoneyMethod method, QStringView phone)
{
    // Check the number first: a wrong one is the likeliest input error, and
    // nothing may be sent for it.
    const Result<QString> wallet = normaliseWalletNumber(phone, method);
    if (!wallet)
        return makeError(wallet.error());

    // A loose check; Paynow checks the address itself.
    const QString email = request.authEmail.trimmed();
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at == email.size() - 1 || email.contains(u' ')) {
        return makeError(QCoreApplication::translate("Paynow",
            "%1 express checkout needs the customer's email address, but \"%2\" is not one.")
                             .arg(methodDisplayName(method), request.authEmail));
    }

    Result<FormFields> fields = buildWebPaymentFields(settings, integrationId, request);
    if (!fields)
        return fields;

    FormFields &list = fields.value();
    const qsizetype statusIndex = list.size() - 1; // status stays last
    list.insert(statusIndex, FormField { QStringLiteral("phone"), wallet.value() });
    list.insert(statusIndex + 1, FormField { QStringLiteral("method"), methodFormValue(method) });
    return fields;
}

Result<InitiateResponse> parseInitiateResponse(QByteArrayView body, const QString &integrationKey)
{
    const Result<FormFields> fields = decodeVerifiedReply(body, integrationKey);
    if (!fields)
        return makeError(fields.error());

    const QString status = fieldValue(fields.value(), u"status");
    if (status.compare(QLatin1StringView("Ok"), Qt::CaseInsensitive) != 0) {
        return makeError(QCoreApplication::translate("Paynow",
            "Paynow answered the payment request with the unexpected status \"%1\".")
                             .arg(status));
    }

    InitiateResponse response;
    response.pollUrl = QUrl(fieldValue(fields.value(), u"pollurl"), QUrl::StrictMode);
    if (!isHttpUrl(response.pollUrl)) {
        return makeError(QCoreApplication::translate("Paynow",
            "Paynow accepted the payment but its reply has no valid poll URL, so the payment "
            "cannot be followed. Check the payment on Paynow's website."));
    }
    const QString browserUrl = fieldValue(fields.value(), u"browserurl");
    if (!browserUrl.isEmpty())
        response.browserUrl = QUrl(browserUrl, QUrl::StrictMode);
    response.instructions = fieldValue(fields.value(), u"instructions");
    response.paynowReference = fieldValue(fields.value(), u"paynowreference");
    return response;
}

Result<StatusUpdate> parseStatusUpdate(QByteArrayView body, const QString &integrationKey)
{
    const Result<FormFields> fields = decodeVerifiedReply(body, integrationKey);
    if (!fields)
        return makeError(fields.error());

    const QString statusName = fieldValue(fields.value(), u"status");
    const std::optional<PaynowStatus> status = parsePaynowStatus(statusName);
    if (!status) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow status update has the unknown status \"%1\".")
                             .arg(statusName));
    }

    StatusUpdate update;
    update.reference = fieldValue(fields.value(), u"reference");
    if (update.reference.isEmpty()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow status update has no reference, so it cannot be matched to a payment."));
    }
    update.paynowReference = fieldValue(fields.value(), u"paynowreference");
    update.amount = fieldValue(fields.value(), u"amount");
    update.status = *status;
    update.pollUrl = QUrl(fieldValue(fields.value(), u"pollurl"), QUrl::StrictMode);
    return update;
}

} // namespace saasodoo::billing
