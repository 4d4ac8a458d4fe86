// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mobile money wallet numbers: every well-formed number in a network's
// ranges is accepted in local and international form, because narrow prefix
// lists have rejected real Econet customers before (numbers starting 0771,
// 0776, 0777, 0778 and the newer 078x range).
#include "core/billing/phonenumbers.h"

#include <QTest>

using namespace saasodoo;
using namespace saasodoo::billing;

Q_DECLARE_METATYPE(saasodoo::billing::MobileMoneyMethod)

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void walletNumberAccepted_data();
    void walletNumberAccepted();
    void wrongNetworkRejected_data();
    void wrongNetworkRejected();
    void malformedNumberRejected_data();
    void malformedNumberRejected();
    void networksOfRanges();
    void methodFormValues();
};

void TestPhoneNumbers::walletNumberAccepted_data()
{
    QTest::addColumn<MobileMoneyMethod>("method");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto ecocash = MobileMoneyMethod::EcoCash;
    const auto onemoney = MobileMoneyMethod::OneMoney;
    QTest::newRow("ecocash 0771") << ecocash << QStringLiteral("0771234567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash 0781") << ecocash << QStringLiteral("0781234567") << QStringLiteral("0781234567");
    QTest::newRow("ecocash 0780") << ecocash << QStringLiteral("0780123456") << QStringLiteral("0780123456");
    QTest::newRow("ecocash spaced international")
        << ecocash << QStringLiteral("+263 77 123 4567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash 263 prefix") << ecocash << QStringLiteral("263771234567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash dashes and outer spaces")
        << ecocash << QStringLiteral(" 077-123-4567 ") << QStringLiteral("0771234567");
    QTest::newRow("ecocash 0776") << ecocash << QStringLiteral("0776000000") << QStringLiteral("0776000000");
    QTest::newRow("ecocash 0777") << ecocash << QStringLiteral("0777999999") << QStringLiteral("0777999999");
    QTest::newRow("ecocash 0778") << ecocash << QStringLiteral("0778123456") << QStringLiteral("0778123456");
    QTest::newRow("ecocash 0789") << ecocash << QStringLiteral("0789123456") << QStringLiteral("0789123456");
    QTest::newRow("ecocash brackets") << ecocash << QStringLiteral("(077) 123 4567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash trunk zero kept")
        << ecocash << QStringLiteral("+263 (0)77 123 4567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash 00263") << ecocash << QStringLiteral("00263 78 012 3456") << QStringLiteral("0780123456");
    QTest::newRow("ecocash nine digits") << ecocash << QStringLiteral("771234567") << QStringLiteral("0771234567");
    QTest::newRow("ecocash test success 5 s")
        << ecocash << QStringLiteral("0771111111") << QStringLiteral("0771111111");
    QTest::newRow("ecocash test success 30 s")
        << ecocash << QStringLiteral("0772222222") << QStringLiteral("0772222222");
    QTest::newRow("ecocash test cancelled")
        << ecocash << QStringLiteral("0773333333") << QStringLiteral("0773333333");
    QTest::newRow("ecocash test insufficient balance")
        << ecocash << QStringLiteral("0774444444") << QStringLiteral("0774444444");
    QTest::newRow("onemoney 0712") << onemoney << QStringLiteral("0712345678") << QStringLiteral("0712345678");
    QTest::newRow("onemoney international")
        << onemoney << QStringLiteral("+263-71-999-0000") << QStringLiteral("0719990000");
    QTest::newRow("onemoney 263 prefix") << onemoney << QStringLiteral("263711000001") << QStringLiteral("0711000001");
}

void TestPhoneNumbers::walletNumberAccepted()
{
    QFETCH(MobileMoneyMethod, method);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<QString> number = normaliseWalletNumber(input, method);
    QVERIFY2(number.ok(), qPrintable(number.error()));
    QCOMPARE(number.value(), expected);
}

void TestPhoneNumbers::wrongNetworkRejected_data()
{
    QTest::addColumn<MobileMoneyMethod>("method");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("actualNetwork");
    QTest::addColumn<QString>("requiredNetwork");

    QTest::newRow("netone for ecocash") << MobileMoneyMethod::EcoCash << QStringLiteral("0712345678")
                                        << QStringLiteral("0712345678") << QStringLiteral("NetOne")
                                        << QStringLiteral("Econet");
    QTest::newRow("telecel for ecocash") << MobileMoneyMethod::EcoCash << QStringLiteral("+263 73 123 4567")
                                         << QStringLiteral("0731234567") << QStringLiteral("Telecel")
                                         << QStringLiteral("Econet");
    QTest::newRow("econet for onemoney") << MobileMoneyMethod::OneMoney << QStringLiteral("0771234567")
                                         << QStringLiteral("0771234567") << QStringLiteral("Econet")
                                         << QStringLiteral("NetOne");
    QTest::newRow("econet 078 for onemoney") << MobileMoneyMethod::OneMoney << QStringLiteral("263781234567")
                                             << QStringLiteral("0781234567") << QStringLiteral("Econet")
                                             << QStringLiteral("NetOne");
    QTest::newRow("unassigned range") << MobileMoneyMethod::EcoCash << QStringLiteral("0791234567")
                                      << QStringLiteral("0791234567") << QString() << QStringLiteral("Econet");
}

void TestPhoneNumbers::wrongNetworkRejected()
{
    QFETCH(MobileMoneyMethod, method);
    QFETCH(QString, input);
    QFETCH(QString, number);
    QFETCH(QString, actualNetwork);
    QFETCH(QString, requiredNetwork);

    const Result<QString> result = normaliseWalletNumber(input, method);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(number), qPrintable(result.error()));
    QVERIFY2(result.error().contains(requiredNetwork), qPrintable(result.error()));
    QVERIFY2(result.error().contains(methodDisplayName(method)), qPrintable(result.error()));
    if (!actualNetwork.isEmpty())
        QVERIFY2(result.error().contains(actualNetwork), qPrintable(result.error()));
}

void TestPhoneNumbers::malformedNumberRejected_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("077123456");
    QTest::newRow("too long") << QStringLiteral("07712345678");
    QTest::newRow("landline") << QStringLiteral("0242123456");
    QTest::newRow("letters") << QStringLiteral("07712E4567");
    QTest::newRow("other country") << QStringLiteral("+27 77 123 4567");
    QTest::newRow("plus inside") << QStringLiteral("077+1234567");
    QTest::newRow("263 landline") << QStringLiteral("+263 24 212 3456");
}

void TestPhoneNumbers::malformedNumberRejected()
{
    QFETCH(QString, input);

    const Result<QString> result = normaliseWalletNumber(input, MobileMoneyMethod::EcoCash);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1StringView("is not a Zimbabwean mobile number")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(input.trimmed()), qPrintable(result.error()));
}

void TestPhoneNumbers::networksOfRanges()
{
    QCOMPARE(mobileNetworkOf(u"0771234567"), std::optional(MobileNetwork::Econet));
    QCOMPARE(mobileNetworkOf(u"0781234567"), std::optional(MobileNetwork::Econet));
    QCOMPARE(mobileNetworkOf(u"0711234567"), std::optional(MobileNetwork::NetOne));
    QCOMPARE(mobileNetworkOf(u"0731234567"), std::optional(MobileNetwork::Telecel));
    QCOMPARE(mobileNetworkOf(u"0701234567"), std::nullopt);
    QCOMPARE(mobileNetworkOf(u"077123"), std::nullopt);
}

void TestPhoneNumbers::methodFormValues()
{
    QCOMPARE(methodFormValue(MobileMoneyMethod::EcoCash), QStringLiteral("ecocash"));
    QCOMPARE(methodFormValue(MobileMoneyMethod::OneMoney), QStringLiteral("onemoney"));
    QCOMPARE(networkForMethod(MobileMoneyMethod::EcoCash), MobileNetwork::Econet);
    QCOMPARE(networkForMethod(MobileMoneyMethod::OneMoney), MobileNetwork::NetOne);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
