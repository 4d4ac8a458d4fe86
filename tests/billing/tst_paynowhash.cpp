// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Paynow's message format and hash: the worked examples from Paynow's
// developer pages (developers.paynow.co.zw/docs/generating_hash.html and
// validating_hash.html), and the replies the console must accept or reject.
#include "core/billing/paynowmessages.h"

#include <QCryptographicHash>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::billing;

namespace {

// The integration key of Paynow's documentation examples.
const QString docsKey = QStringLiteral("3e9fed89-60e1-4ce5-ab6e-6b1eb2d4f977");

QString sha512Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha512).toHex().toUpper());
}

FormField field(const char *name, const char *value)
{
    return FormField { QString::fromLatin1(name), QString::fromUtf8(value) };
}

QStringList names(const FormFields &fields)
{
    QStringList result;
    for (const FormField &f : fields)
        result.append(f.name);
    return result;
}

PaynowSettings consoleSettings()
{
    PaynowSettings settings;
    settings.returnUrl = QUrl(QStringLiteral("https://console.example.co.zw/paynow/return"));
    settings.resultUrl = QUrl(QStringLiteral("https://console.example.co.zw/paynow/result"));
    return settings;
}

} // namespace

class TestPaynowHash : public QObject
{
    Q_OBJECT

private slots:
    void officialOutboundVector();
    void officialInboundVector();
    void legacyDeveloperPageVector();
    void expressCheckoutVector();
    void authFieldsAreHashedInPostedOrder();
    void mobileReplyWithoutBrowserUrl();
    void capitalisedKeysAreAccepted();
    void errorReplyCarriesPaynowText();
    void errorReplyWithoutText();
    void tamperedReplyIsRejected();
    void missingHashIsRejected();
    void wrongKeyIsRejected();
    void keyIsLowerCasedForHash();
    void formRoundTripKeepsSpecialCharacters();
    void malformedEscapeIsRejected();
    void invalidUtf8IsRejected();
    void amountsHaveTwoDecimals();
    void webPaymentChecksInput();
    void expressCheckoutNeedsEmail();
    void statusUpdateIsParsed();
    void statusUpdateWithUnknownStatus();
    void statusUpdateWithoutReference();
};

void TestPaynowHash::officialOutboundVector()
{
    const FormFields fields {
        field("id", "1201"),
        field("reference", "TEST REF"),
        field("amount", "99.99"),
        field("additionalinfo", "A test ticket transaction"),
        field("returnurl", "http://www.google.com/search?q=returnurl"),
        field("resulturl", "http://www.google.com/search?q=resulturl"),
        field("status", "Message"),
    };
    QCOMPARE(paynowHash(fields, docsKey),
        QStringLiteral("2A033FC38798D913D42ECB786B9B19645ADEDBDE788862032F1BD82CF3B92DEF"
                       "84F316385D5B40DBB35F1A4FD7D5BFE73835174136463CDD48C9366B0749C689"));

    // The same fields built by the console in its own order give the same hash.
    PaynowSettings settings;
    settings.returnUrl = QUrl(QStringLiteral("http://www.google.com/search?q=returnurl"));
    settings.resultUrl = QUrl(QStringLiteral("http://www.google.com/search?q=resulturl"));
    const PaymentRequest request { QStringLiteral("TEST REF"), 9999, QStringLiteral("A test ticket transaction"), {},
        {}, {} };
    const Result<FormFields> built = buildWebPaymentFields(settings, QStringLiteral("1201"), request);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(built.value(), fields);
}

void TestPaynowHash::officialInboundVector()
{
    const QByteArray body
        = "status=Ok&browserurl=https%3a%2f%2fstaging.paynow.co.zw%2fPayment%2fConfirmPayment%2f9510"
          "&pollurl=https%3a%2f%2fstaging.paynow.co.zw%2fInterface%2fCheckPayment%2f%3fguid%3d"
          "c7ed41da-0159-46da-b428-69549f770413&paynowreference=9510"
          "&hash=750DD0B0DF374678707BB5AF915AF81C228B9058AD57BB7120569EC68BBB9C2E"
          "FC1B26C6375D2BC562AC909B3CD6B2AF1D42E1A5E479FFAC8F4FB3FDCE71DF4D";

    const Result<FormFields> fields = decodeForm(body);
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    QCOMPARE(paynowHash(fields.value(), docsKey),
        QStringLiteral("750DD0B0DF374678707BB5AF915AF81C228B9058AD57BB7120569EC68BBB9C2E"
                       "FC1B26C6375D2BC562AC909B3CD6B2AF1D42E1A5E479FFAC8F4FB3FDCE71DF4D"));

    const Result<InitiateResponse> response = parseInitiateResponse(body, docsKey);
    QVERIFY2(response.ok(), qPrintable(response.error()));
    QCOMPARE(response->browserUrl, QUrl(QStringLiteral("https://staging.paynow.co.zw/Payment/ConfirmPayment/9510")));
    QCOMPARE(response->pollUrl,
        QUrl(QStringLiteral(
            "https://staging.paynow.co.zw/Interface/CheckPayment/?guid=c7ed41da-0159-46da-b428-69549f770413")));
    QCOMPARE(response->paynowReference, QStringLiteral("9510"));
    QVERIFY(response->instructions.isEmpty());
}

void TestPaynowHash::legacyDeveloperPageVector()
{
    const FormFields fields {
        field("resulturl", "http://localhost/sellingmilk.aspx?action=notify&order_id=2"),
        field("returnurl", "http://localhost/sellingmilk.aspx?action=return&order_id=2"),
        field("reference", "Order Number: #Mil14011169"),
        field("additionalinfo", "Some Info: milk tastes good."),
        field("status", "Message"),
    };
    QCOMPARE(paynowHash(fields, QStringLiteral("8c39c6ac-6c45-4cf5-a5b8-1955cc9d5e47")),
        QStringLiteral("6C98405080809A80A38231A6E9E412656F09961B3BBDAC823B6F975CD2B89925"
                       "C7A8FC8B8AE9DF3A6BD488314AC75BCE1590FE5596115663BB59DA249E52DB8E"));
}

void TestPaynowHash::expressCheckoutVector()
{
    const PaymentRequest request { QStringLiteral("INV-2025-0001"), 2500, QStringLiteral("Odoo Starter plan - March"),
        QStringLiteral("customer@example.co.zw"), {}, {} };
    const Result<FormFields> fields = buildMobilePaymentFields(consoleSettings(), QStringLiteral("1201"), request,
        MobileMoneyMethod::EcoCash, QStringLiteral("+263 77 123 4567"));
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    QCOMPARE(names(fields.value()),
        QStringList({ QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("amount"),
            QStringLiteral("additionalinfo"), QStringLiteral("returnurl"), QStringLiteral("resulturl"),
            QStringLiteral("authemail"), QStringLiteral("phone"), QStringLiteral("method"),
            QStringLiteral("status") }));
    QCOMPARE(fieldValue(fields.value(), u"phone"), QStringLiteral("0771234567"));
    QCOMPARE(fieldValue(fields.value(), u"method"), QStringLiteral("ecocash"));
    QCOMPARE(paynowHash(fields.value(), docsKey),
        QStringLiteral("55E167A1681DB0E798D5A88D193080FCDDB273976974ECA3A769A1D73C4E0789"
                       "8C0C06004AF55A44DCAEBE62476A35743FEF18E06E74A329D16E04EEEF3DFF18"));
}

// Integrators who hashed only some of the posted fields (leaving out the
// auth fields) got "Invalid Hash" with a different prefix on each try.
void TestPaynowHash::authFieldsAreHashedInPostedOrder()
{
    const PaymentRequest request { QStringLiteral("INV/2025/00041"), 2500, QStringLiteral("Plan & add-ons"),
        QStringLiteral("customer@example.co.zw"), QStringLiteral("+263770000000"), {} };
    const Result<FormFields> fields = buildWebPaymentFields(consoleSettings(), QStringLiteral("1201"), request);
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    QCOMPARE(names(fields.value()),
        QStringList({ QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("amount"),
            QStringLiteral("additionalinfo"), QStringLiteral("returnurl"), QStringLiteral("resulturl"),
            QStringLiteral("authemail"), QStringLiteral("authphone"), QStringLiteral("status") }));

    const QString returnUrl = QStringLiteral("https://console.example.co.zw/paynow/return");
    const QString resultUrl = QStringLiteral("https://console.example.co.zw/paynow/result");
    const QString everything = QStringLiteral("1201INV/2025/0004125.00Plan & add-ons") + returnUrl + resultUrl
        + QStringLiteral("customer@example.co.zw+263770000000Message") + docsKey;
    const QString withoutAuth
        = QStringLiteral("1201INV/2025/0004125.00Plan & add-ons") + returnUrl + resultUrl + QStringLiteral("Message") + docsKey;

    const FormFields signedFields = signFields(fields.value(), docsKey);
    const QString hash = fieldValue(signedFields, u"hash");
    QCOMPARE(hash, sha512Hex(everything));
    QVERIFY(hash != sha512Hex(withoutAuth));
    QCOMPARE(signedFields.last().name, QStringLiteral("hash"));

    // The posted body carries the same fields in the same order, and never the key.
    const QByteArray body = encodeForm(signedFields);
    QVERIFY2(!body.contains(docsKey.toUtf8()), body.constData());
    QVERIFY2(body.contains("additionalinfo=Plan%20%26%20add-ons"), body.constData());
    QVERIFY2(body.contains("authphone=%2B263770000000"), body.constData());
    const Result<FormFields> decoded = decodeForm(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), signedFields);
    QVERIFY(verifyHash(decoded.value(), docsKey).ok());
}

// Mobile replies carry instructions and a poll URL but no browser URL, and
// Paynow writes its escapes in lower case.
void TestPaynowHash::mobileReplyWithoutBrowserUrl()
{
    const QString instructions = QStringLiteral("Dial *151*2*4# and enter your EcoCash PIN to approve");
    const QString pollUrl
        = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=b3f5a1b2-6c1e-4a4f-9a43-0d2c5e7f1a22");
    const QString hash = sha512Hex(QStringLiteral("Ok") + instructions + QStringLiteral("1,082") + pollUrl + docsKey);
    const QByteArray body = "status=Ok&instructions=Dial+*151*2*4%23+and+enter+your+EcoCash+PIN+to+approve"
                            "&paynowreference=1%2c082"
                            "&pollurl=https%3a%2f%2fwww.paynow.co.zw%2fInterface%2fCheckPayment%2f%3fguid%3d"
                            "b3f5a1b2-6c1e-4a4f-9a43-0d2c5e7f1a22&hash="
        + hash.toLatin1();

    const Result<InitiateResponse> response = parseInitiateResponse(body, docsKey);
    QVERIFY2(response.ok(), qPrintable(response.error()));
    QCOMPARE(response->pollUrl, QUrl(pollUrl));
    QVERIFY(response->browserUrl.isEmpty());
    QCOMPARE(response->instructions, instructions);
    QCOMPARE(response->paynowReference, QStringLiteral("1,082"));

    // Upper-case escapes decode to the same values and the same hash.
    QByteArray upper = body;
    upper.replace("%2c", "%2C").replace("%2f", "%2F").replace("%3a", "%3A").replace("%3f", "%3F").replace("%3d", "%3D");
    const Result<InitiateResponse> again = parseInitiateResponse(upper, docsKey);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->pollUrl, QUrl(pollUrl));
}

void TestPaynowHash::capitalisedKeysAreAccepted()
{
    const QString browserUrl = QStringLiteral("https://www.paynow.co.zw/Payment/ConfirmPayment/1169");
    const QString pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=3cb27f4b");
    const QString hash = sha512Hex(QStringLiteral("Ok") + browserUrl + pollUrl + docsKey);
    const QByteArray body = "Status=Ok&BrowserUrl=" + QUrl::toPercentEncoding(browserUrl)
        + "&PollUrl=" + QUrl::toPercentEncoding(pollUrl) + "&Hash=" + hash.toLatin1();

    const Result<InitiateResponse> response = parseInitiateResponse(body, docsKey);
    QVERIFY2(response.ok(), qPrintable(response.error()));
    QCOMPARE(response->browserUrl, QUrl(browserUrl));
    QCOMPARE(response->pollUrl, QUrl(pollUrl));
}

void TestPaynowHash::errorReplyCarriesPaynowText()
{
    const QByteArray body = "status=Error&error=Invalid+Hash.++Hash+should+start+with%3a+8AB116";
    const Result<InitiateResponse> response = parseInitiateResponse(body, docsKey);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("Invalid Hash.  Hash should start with: 8AB116")),
        qPrintable(response.error()));

    const Result<StatusUpdate> update = parseStatusUpdate("status=Error&error=Invalid+id.", docsKey);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(QLatin1StringView("Invalid id.")), qPrintable(update.error()));
}

void TestPaynowHash::errorReplyWithoutText()
{
    const Result<InitiateResponse> response = parseInitiateResponse("status=Error", docsKey);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("without a message")), qPrintable(response.error()));
}

void TestPaynowHash::tamperedReplyIsRejected()
{
    // The official inbound example with the Paynow reference changed.
    const QByteArray body
        = "status=Ok&browserurl=https%3a%2f%2fstaging.paynow.co.zw%2fPayment%2fConfirmPayment%2f9510"
          "&pollurl=https%3a%2f%2fstaging.paynow.co.zw%2fInterface%2fCheckPayment%2f%3fguid%3d"
          "c7ed41da-0159-46da-b428-69549f770413&paynowreference=9511"
          "&hash=750DD0B0DF374678707BB5AF915AF81C228B9058AD57BB7120569EC68BBB9C2E"
          "FC1B26C6375D2BC562AC909B3CD6B2AF1D42E1A5E479FFAC8F4FB3FDCE71DF4D";
    const Result<InitiateResponse> response = parseInitiateResponse(body, docsKey);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("hash does not match")), qPrintable(response.error()));
    QVERIFY2(!response.error().contains(docsKey), qPrintable(response.error()));

    // Reordering the same fields changes the concatenation, so it fails too.
    const QByteArray reordered
        = "status=Ok&pollurl=https%3a%2f%2fstaging.paynow.co.zw%2fInterface%2fCheckPayment%2f%3fguid%3d"
          "c7ed41da-0159-46da-b428-69549f770413"
          "&browserurl=https%3a%2f%2fstaging.paynow.co.zw%2fPayment%2fConfirmPayment%2f9510&paynowreference=9510"
          "&hash=750DD0B0DF374678707BB5AF915AF81C228B9058AD57BB7120569EC68BBB9C2E"
          "FC1B26C6375D2BC562AC909B3CD6B2AF1D42E1A5E479FFAC8F4FB3FDCE71DF4D";
    QVERIFY(!parseInitiateResponse(reordered, docsKey).ok());
}

void TestPaynowHash::missingHashIsRejected()
{
    const Result<InitiateResponse> response
        = parseInitiateResponse("status=Ok&pollurl=https%3a%2f%2fwww.paynow.co.zw%2fx", docsKey);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().contains(QLatin1StringView("no hash")), qPrintable(response.error()));
}

void TestPaynowHash::wrongKeyIsRejected()
{
    const FormFields fields = signFields({ field("status", "Ok"), field("pollurl", "https://www.paynow.co.zw/p") },
        QStringLiteral("11111111-2222-3333-4444-555555555555"));
    const Status status = verifyHash(fields, docsKey);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QLatin1StringView("integration key")), qPrintable(status.error()));
}

void TestPaynowHash::keyIsLowerCasedForHash()
{
    const FormFields fields { field("status", "Message") };
    QCOMPARE(paynowHash(fields, docsKey.toUpper()), paynowHash(fields, docsKey));
    QCOMPARE(paynowHash(fields, docsKey), sha512Hex(QStringLiteral("Message") + docsKey));
}

void TestPaynowHash::formRoundTripKeepsSpecialCharacters()
{
    const FormFields fields {
        field("additionalinfo", "Zürich & Harare: 50% off + VAT = 15%"),
        field("reference", "A=B&C"),
        field("authname", "Tendai Moyo-Ndlovu (Chitungwiza) – kuripa"),
        field("empty", ""),
    };
    const QByteArray body = encodeForm(fields);
    QVERIFY2(!body.contains(' '), body.constData());
    QCOMPARE(body.count('&'), 3);
    const Result<FormFields> decoded = decodeForm(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), fields);

    // The hash covers the raw values, not their escaped form.
    QCOMPARE(paynowHash(fields, docsKey),
        sha512Hex(QStringLiteral("Zürich & Harare: 50% off + VAT = 15%A=B&CTendai Moyo-Ndlovu (Chitungwiza) – kuripa")
            + docsKey));
}

void TestPaynowHash::malformedEscapeIsRejected()
{
    const Result<FormFields> decoded = decodeForm("status=Ok&pollurl=https%3a%2");
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(QLatin1StringView("malformed percent-escape")), qPrintable(decoded.error()));
    QVERIFY(!decodeForm("status=%zzOk").ok());
}

void TestPaynowHash::invalidUtf8IsRejected()
{
    const Result<FormFields> decoded = decodeForm("status=Ok&instructions=%ff%fe");
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(QLatin1StringView("UTF-8")), qPrintable(decoded.error()));
}

void TestPaynowHash::amountsHaveTwoDecimals()
{
    QCOMPARE(formatAmount(2500), QStringLiteral("25.00"));
    QCOMPARE(formatAmount(9999), QStringLiteral("99.99"));
    QCOMPARE(formatAmount(5), QStringLiteral("0.05"));
    QCOMPARE(formatAmount(123456789), QStringLiteral("1234567.89"));
}

void TestPaynowHash::webPaymentChecksInput()
{
    PaymentRequest request { QStringLiteral("INV-1"), 0, {}, {}, {}, {} };
    Result<FormFields> fields = buildWebPaymentFields(consoleSettings(), QStringLiteral("1201"), request);
    QVERIFY(!fields.ok());
    QVERIFY2(fields.error().contains(QLatin1StringView("greater than zero")), qPrintable(fields.error()));

    request.amountCents = 100;
    request.reference.clear();
    fields = buildWebPaymentFields(consoleSettings(), QStringLiteral("1201"), request);
    QVERIFY(!fields.ok());
    QVERIFY2(fields.error().contains(QLatin1StringView("reference")), qPrintable(fields.error()));

    request.reference = QStringLiteral("INV-1");
    PaynowSettings settings = consoleSettings();
    settings.resultUrl = QUrl(QStringLiteral("ftp://example.co.zw/result"));
    fields = buildWebPaymentFields(settings, QStringLiteral("1201"), request);
    QVERIFY(!fields.ok());
    QVERIFY2(fields.error().contains(QLatin1StringView("result URL")), qPrintable(fields.error()));

    fields = buildWebPaymentFields(consoleSettings(), QString(), request);
    QVERIFY(!fields.ok());
    QVERIFY2(fields.error().contains(QLatin1StringView("integration ID")), qPrintable(fields.error()));

    // Without optional values, only the required fields are posted.
    fields = buildWebPaymentFields(consoleSettings(), QStringLiteral("1201"), request);
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    QCOMPARE(names(fields.value()),
        QStringList({ QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("amount"),
            QStringLiteral("returnurl"), QStringLiteral("resulturl"), QStringLiteral("status") }));
}

void TestPaynowHash::expressCheckoutNeedsEmail()
{
    const PaymentRequest request { QStringLiteral("INV-2"), 1000, {}, {}, {}, {} };
    const Result<FormFields> fields = buildMobilePaymentFields(consoleSettings(), QStringLiteral("1201"), request,
        MobileMoneyMethod::OneMoney, QStringLiteral("0712345678"));
    QVERIFY(!fields.ok());
    QVERIFY2(fields.error().contains(QLatin1StringView("email")), qPrintable(fields.error()));
    QVERIFY2(fields.error().contains(QLatin1StringView("OneMoney")), qPrintable(fields.error()));
}

void TestPaynowHash::statusUpdateIsParsed()
{
    const FormFields fields = signFields(
        {
            field("reference", "INV-2025-0001"),
            field("paynowreference", "1082"),
            field("amount", "25.00"),
            field("status", "Awaiting Delivery"),
            field("pollurl", "https://www.paynow.co.zw/Interface/CheckPayment/?guid=3cb27f4b"),
        },
        docsKey);
    const Result<StatusUpdate> update = parseStatusUpdate(encodeForm(fields), docsKey);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(update->reference, QStringLiteral("INV-2025-0001"));
    QCOMPARE(update->paynowReference, QStringLiteral("1082"));
    QCOMPARE(update->amount, QStringLiteral("25.00"));
    QCOMPARE(update->status, PaynowStatus::AwaitingDelivery);
    QCOMPARE(update->pollUrl, QUrl(QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=3cb27f4b")));
}

void TestPaynowHash::statusUpdateWithUnknownStatus()
{
    const FormFields fields = signFields({ field("reference", "INV-1"), field("status", "Teleported") }, docsKey);
    const Result<StatusUpdate> update = parseStatusUpdate(encodeForm(fields), docsKey);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(QLatin1StringView("\"Teleported\"")), qPrintable(update.error()));
}

void TestPaynowHash::statusUpdateWithoutReference()
{
    const FormFields fields = signFields({ field("status", "Paid") }, docsKey);
    const Result<StatusUpdate> update = parseStatusUpdate(encodeForm(fields), docsKey);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(QLatin1StringView("no reference")), qPrintable(update.error()));
}

QTEST_GUILESS_MAIN(TestPaynowHash)
#include "tst_paynowhash.moc"
