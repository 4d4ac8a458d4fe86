// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compares the C++ hash and form codec with the official Paynow Node SDK,
// run with node during the test (tests/paynow/sdk-hash.js, SDK version
// pinned in tests/paynow/package-lock.json).
#include "core/billing/paynowmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::billing;

namespace {

const QString paynowTestDir = QStringLiteral(SAASODOO_PAYNOW_TEST_DIR);
const QString docsKey = QStringLiteral("3e9fed89-60e1-4ce5-ab6e-6b1eb2d4f977");

struct HashCase
{
    QString name;
    QString key;
    FormFields fields;
};

QJsonArray toJson(const FormFields &fields)
{
    QJsonArray pairs;
    for (const FormField &field : fields)
        pairs.append(QJsonArray { field.name, field.value });
    return pairs;
}

FormFields fromJson(const QJsonArray &pairs)
{
    FormFields fields;
    for (const QJsonValue &pair : pairs)
        fields.append(FormField { pair[0].toString(), pair[1].toString() });
    return fields;
}

PaynowSettings consoleSettings()
{
    PaynowSettings settings;
    settings.returnUrl = QUrl(QStringLiteral("https://console.example.co.zw/paynow/return?tenant=acme&lang=sn"));
    settings.resultUrl = QUrl(QStringLiteral("https://relay.example.co.zw/paynow/result"));
    return settings;
}

FormFields built(const Result<FormFields> &fields)
{
    Q_ASSERT_X(fields.ok(), "built", qPrintable(fields.error()));
    return fields.value();
}

// The table of inputs: Paynow's documented example, the console's own
// requests, and values that form encoding and UTF-8 can break.
QList<HashCase> hashCases()
{
    const QString id = QStringLiteral("1201");
    QList<HashCase> cases;

    cases.append({ QStringLiteral("docs example"), docsKey,
        { { QStringLiteral("id"), id }, { QStringLiteral("reference"), QStringLiteral("TEST REF") },
            { QStringLiteral("amount"), QStringLiteral("99.99") },
            { QStringLiteral("additionalinfo"), QStringLiteral("A test ticket transaction") },
            { QStringLiteral("returnurl"), QStringLiteral("http://www.google.com/search?q=returnurl") },
            { QStringLiteral("resulturl"), QStringLiteral("http://www.google.com/search?q=resulturl") },
            { QStringLiteral("status"), QStringLiteral("Message") } } });

    PaymentRequest auth { QStringLiteral("INV/2025/00041"), 2500, QStringLiteral("Plan & add-ons"),
        QStringLiteral("customer@example.co.zw"), QStringLiteral("+263770000000"), QStringLiteral("Tendai Moyo") };
    cases.append({ QStringLiteral("web with auth fields"), docsKey,
        built(buildWebPaymentFields(consoleSettings(), id, auth)) });

    PaymentRequest express { QStringLiteral("INV-2025-0001"), 2500, QStringLiteral("Odoo Starter plan - March"),
        QStringLiteral("customer@example.co.zw"), {}, {} };
    cases.append({ QStringLiteral("ecocash express"), docsKey,
        built(buildMobilePaymentFields(consoleSettings(), id, express, MobileMoneyMethod::EcoCash,
            QStringLiteral("+263 78 012 3456"))) });
    cases.append({ QStringLiteral("onemoney express"), docsKey,
        built(buildMobilePaymentFields(consoleSettings(), id, express, MobileMoneyMethod::OneMoney,
            QStringLiteral("0712345678"))) });

    PaymentRequest unicode { QStringLiteral("INV-2025-0002"), 123456, QStringLiteral("Odoo Pro – März · Chinhoyi “Ndatenda” 🇿🇼"),
        QStringLiteral("ruvimbo.chikore@example.co.zw"), {}, QStringLiteral("Ruvimbo Chíkore") };
    cases.append({ QStringLiteral("non-ascii additionalinfo"), docsKey,
        built(buildWebPaymentFields(consoleSettings(), id, unicode)) });

    PaymentRequest symbols { QStringLiteral("INV&1+2=3"), 1, QStringLiteral("50% off + VAT = 15% & more; a=b&c=d"),
        QStringLiteral("billing+odoo@example.co.zw"), QStringLiteral("+263 (77) 000-0000"), {} };
    cases.append({ QStringLiteral("ampersand and plus"), docsKey,
        built(buildWebPaymentFields(consoleSettings(), id, symbols)) });

    cases.append({ QStringLiteral("upper-case key"), docsKey.toUpper(),
        built(buildWebPaymentFields(consoleSettings(), id, auth)) });

    cases.append({ QStringLiteral("status reply"), QStringLiteral("8c39c6ac-6c45-4cf5-a5b8-1955cc9d5e47"),
        { { QStringLiteral("reference"), QStringLiteral("INV-2025-0001") },
            { QStringLiteral("amount"), QStringLiteral("25.00") },
            { QStringLiteral("paynowreference"), QStringLiteral("1,082") },
            { QStringLiteral("pollurl"), QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=5e1c") },
            { QStringLiteral("status"), QStringLiteral("Awaiting Delivery") },
            { QStringLiteral("empty"), QString() } } });
    return cases;
}

} // namespace

class TestPaynowSdk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashMatchesSdk();
    void sdkVerifiesOurMessages();
    void sdkRejectsTamperedMessage();
    void sdkRequestsVerifyHere();

private:
    // Runs tests/paynow/sdk-hash.js with `request` on stdin.
    QJsonObject runSdk(const QJsonObject &request);

    QString m_node;
    QJsonObject m_reply;
};

void TestPaynowSdk::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not installed; scripts/setup installs Debian's nodejs");
    QVERIFY2(QFile::exists(paynowTestDir + QStringLiteral("/node_modules/paynow/package.json")),
        qPrintable(QStringLiteral("The Paynow SDK is not installed in %1; run `npm ci` there (scripts/setup does).")
                .arg(paynowTestDir)));

    QJsonArray hashes;
    QJsonArray verifies;
    for (const HashCase &testCase : hashCases()) {
        hashes.append(QJsonObject {
            { QStringLiteral("name"), testCase.name },
            { QStringLiteral("key"), testCase.key },
            { QStringLiteral("fields"), toJson(testCase.fields) },
        });
        verifies.append(QJsonObject {
            { QStringLiteral("name"), testCase.name },
            { QStringLiteral("key"), testCase.key },
            { QStringLiteral("body"), QString::fromLatin1(encodeForm(signFields(testCase.fields, testCase.key))) },
        });
    }

    // The same message with its amount changed after signing.
    QByteArray tampered = encodeForm(signFields(hashCases().first().fields, docsKey));
    tampered.replace("amount=99.99", "amount=9.99");
    verifies.append(QJsonObject {
        { QStringLiteral("name"), QStringLiteral("tampered") },
        { QStringLiteral("key"), docsKey },
        { QStringLiteral("body"), QString::fromLatin1(tampered) },
    });

    QJsonArray builds;
    for (const QString &method : { QString(), QStringLiteral("ecocash"), QStringLiteral("onemoney") }) {
        builds.append(QJsonObject {
            { QStringLiteral("name"), method.isEmpty() ? QStringLiteral("web") : method },
            { QStringLiteral("id"), QStringLiteral("1201") },
            { QStringLiteral("key"), docsKey },
            { QStringLiteral("resultUrl"), QStringLiteral("https://relay.example.co.zw/paynow/result") },
            { QStringLiteral("returnUrl"), QStringLiteral("https://console.example.co.zw/paynow/return") },
            { QStringLiteral("reference"), QStringLiteral("INV-2025-0003") },
            { QStringLiteral("authEmail"), QStringLiteral("customer@example.co.zw") },
            { QStringLiteral("items"), QJsonArray { QJsonArray { QStringLiteral("Odoo Starter"), 25 } } },
            { QStringLiteral("phone"), method == QLatin1StringView("onemoney") ? QStringLiteral("0712345678")
                                                                            : QStringLiteral("0771234567") },
            { QStringLiteral("method"), method },
        });
    }

    m_reply = runSdk(QJsonObject {
        { QStringLiteral("hash"), hashes },
        { QStringLiteral("verify"), verifies },
        { QStringLiteral("build"), builds },
    });
    QVERIFY(!m_reply.isEmpty());
    QCOMPARE(m_reply.value(QStringLiteral("sdkVersion")).toString(), QStringLiteral("2.2.2"));
}

QJsonObject TestPaynowSdk::runSdk(const QJsonObject &request)
{
    QProcess node;
    node.setWorkingDirectory(paynowTestDir);
    node.start(m_node, { paynowTestDir + QStringLiteral("/sdk-hash.js") });
    if (!node.waitForStarted(10000)) {
        qWarning("Could not start %s: %s", qPrintable(m_node), qPrintable(node.errorString()));
        return {};
    }
    node.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(60000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        qWarning("sdk-hash.js failed (exit code %d): %s", node.exitCode(), node.readAllStandardError().constData());
        return {};
    }

    QJsonParseError error;
    const QJsonDocument reply = QJsonDocument::fromJson(node.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("sdk-hash.js printed invalid JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return reply.object();
}

void TestPaynowSdk::hashMatchesSdk()
{
    const QJsonObject sdkHashes = m_reply.value(QStringLiteral("hash")).toObject();
    for (const HashCase &testCase : hashCases()) {
        const QString sdkHash = sdkHashes.value(testCase.name).toString();
        QVERIFY2(sdkHash.size() == 128, qPrintable(testCase.name));
        QCOMPARE(paynowHash(testCase.fields, testCase.key), sdkHash);
    }
}

// The SDK's own parser decodes our form bodies to the same values and
// accepts their hashes, so `&`, `+`, `=` and UTF-8 survive the encoding.
void TestPaynowSdk::sdkVerifiesOurMessages()
{
    const QJsonObject verified = m_reply.value(QStringLiteral("verify")).toObject();
    for (const HashCase &testCase : hashCases()) {
        const QJsonObject result = verified.value(testCase.name).toObject();
        QVERIFY2(result.value(QStringLiteral("valid")).toBool(), qPrintable(testCase.name));
        QCOMPARE(fromJson(result.value(QStringLiteral("fields")).toArray()), signFields(testCase.fields, testCase.key));
    }
}

void TestPaynowSdk::sdkRejectsTamperedMessage()
{
    const QJsonObject result
        = m_reply.value(QStringLiteral("verify")).toObject().value(QStringLiteral("tampered")).toObject();
    QVERIFY(result.contains(QStringLiteral("valid")));
    QVERIFY(!result.value(QStringLiteral("valid")).toBool());
}

// Requests built by the SDK itself, in its own field order, carry hashes
// that this implementation computes and verifies the same way.
void TestPaynowSdk::sdkRequestsVerifyHere()
{
    const QJsonObject builds = m_reply.value(QStringLiteral("build")).toObject();
    QCOMPARE(builds.size(), 3);
    for (auto it = builds.constBegin(); it != builds.constEnd(); ++it) {
        const FormFields fields = fromJson(it.value().toObject().value(QStringLiteral("fields")).toArray());
        QVERIFY2(!fields.isEmpty(), qPrintable(it.key()));
        QCOMPARE(fields.last().name, QStringLiteral("hash"));
        QCOMPARE(paynowHash(fields, docsKey), fields.last().value);
        const Status status = verifyHash(fields, docsKey);
        QVERIFY2(status.ok(), qPrintable(it.key() + QStringLiteral(": ") + status.error()));
        QCOMPARE(fieldValue(fields, u"resulturl"), QStringLiteral("https://relay.example.co.zw/paynow/result"));
        QCOMPARE(hasField(fields, u"phone"), it.key() != QLatin1StringView("web"));
    }
}

QTEST_GUILESS_MAIN(TestPaynowSdk)
#include "tst_paynowsdk.moc"
