// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/phonenumbers.h"

#include <QCoreApplication>

namespace saasodoo::billing {

namespace {

bool isAllDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

// Returns the network's mobile prefixes as text, for error messages.
QString networkPrefixes(MobileNetwork network)
{
    switch (network) {
    case MobileNetwork::Econet:
        return QCoreApplication::translate("Paynow", "077 or 078");
    case MobileNetwork::NetOne:
        return QCoreApplication::translate("Paynow", "071");
    case MobileNetwork::Telecel:
        return QCoreApplication::translate("Paynow", "073");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace

QString methodFormValue(MobileMoneyMethod method)
{
    switch (method) {
    case MobileMoneyMethod::EcoCash:
        return QStringLiteral("ecocash");
    case MobileMoneyMethod::OneMoney:
        return QStringLiteral("onemoney");
    }
    Q_UNREACHABLE();
    return QString();
}

QString methodDisplayName(MobileMoneyMethod method)
{
    switch (method) {
    case MobileMoneyMethod::EcoCash:
        return QStringLiteral("EcoCash");
    case MobileMoneyMethod::OneMoney:
        return QStringLiteral("OneMoney");
    }
    Q_UNREACHABLE();
    return QString();
}

QString networkName(MobileNetwork network)
{
    switch (network) {
    case MobileNetwork::Econet:
        return QStringLiteral("Econet");
    case MobileNetwork::NetOne:
        return QStringLiteral("NetOne");
    case MobileNetwork::Telecel:
        return QStringLiteral("Telecel");
    }
    Q_UNREACHABLE();
    return QString();
}

MobileNetwork networkForMethod(MobileMoneyMethod method)
{
    switch (method) {
    case MobileMoneyMethod::EcoCash:
        return MobileNetwork::Econet;
    case MobileMoneyMethod::OneMoney:
        return MobileNetwork::NetOne;
    }
    Q_UNREACHABLE();
    return MobileNetwork::Econet;
}

Result<QString> normaliseMobileNumber(QStringView input)
{
    QString digits;
    const QStringView trimmed = input.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == QChar::Nbsp)
            continue;
        if (c == u'+' && i == 0)
            continue; // the international prefix, handled with the digits below
        digits.append(c);
    }

    const bool international = trimmed.startsWith(u'+');
    if (digits.startsWith(QLatin1StringView("00263")))
        digits.remove(0, 5);
    else if (digits.startsWith(QLatin1StringView("263")) && (international || digits.size() >= 12))
        digits.remove(0, 3);
    else if (international)
        digits.clear(); // a country code other than Zimbabwe's

    // "+263 (0)77 …" keeps the trunk 0 after the country code.
    if (digits.size() == 9 && digits.startsWith(u'7'))
        digits.prepend(u'0');

    if (digits.size() != 10 || !digits.startsWith(QLatin1StringView("07")) || !isAllDigits(digits)) {
        return makeError(QCoreApplication::translate("Paynow",
            "\"%1\" is not a Zimbabwean mobile number. Enter 10 digits starting with 07, such as "
            "0771234567, or the international form +263 77 123 4567.")
                             .arg(trimmed));
    }
    return digits;
}

std::optional<MobileNetwork> mobileNetworkOf(QStringView normalisedNumber)
{
    if (normalisedNumber.size() != 10)
        return std::nullopt;
    const QStringView prefix = normalisedNumber.first(3);
    if (prefix == u"077" || prefix == u"078")
        return MobileNetwork::Econet;
    if (prefix == u"071")
        return MobileNetwork::NetOne;
    if (prefix == u"073")
        return MobileNetwork::Telecel;
    // NOTE: 070, 072, 074, 075, 076 and 079 were unassigned when this was
    // written; add a range here when a network starts using it.
    return std::nullopt;
}

Result<QString> normaliseWalletNumber(QStringView input, MobileMoneyMethod method)
{
    Result<QString> number = normaliseMobileNumber(input);
    if (!number)
        return number;

    const MobileNetwork required = networkForMethod(method);
    const std::optional<MobileNetwork> actual = mobileNetworkOf(number.value());
    if (actual == required)
        return number;

    if (actual) {
        return makeError(QCoreApplication::translate("Paynow",
            "%1 is on the %2 network, but %3 works only with %4 numbers, which start with %5. Use "
            "the number of the customer's %3 wallet or choose another payment method.")
                             .arg(number.value(), networkName(*actual), methodDisplayName(method),
                                 networkName(required), networkPrefixes(required)));
    }
    return makeError(QCoreApplication::translate("Paynow",
        "%1 is not a Zimbabwean mobile number. %2 works only with %3 numbers, which start with %4.")
                         .arg(number.value(), methodDisplayName(method), networkName(required),
                             networkPrefixes(required)));
}

} // namespace saasodoo::billing
