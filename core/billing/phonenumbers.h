// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

// Zimbabwean mobile numbers for Paynow's mobile money express checkout.
namespace saasodoo::billing {

// A mobile money wallet that Paynow's remote transaction can charge.
enum class MobileMoneyMethod {
    EcoCash, // Econet's wallet
    OneMoney, // NetOne's wallet
};

enum class MobileNetwork {
    Econet, // 077x and 078x
    NetOne, // 071x
    Telecel, // 073x
};

// Returns the `method` form value Paynow expects: "ecocash" or "onemoney".
QString methodFormValue(MobileMoneyMethod method);

// Returns the brand name shown to users: "EcoCash" or "OneMoney".
QString methodDisplayName(MobileMoneyMethod method);

QString networkName(MobileNetwork network);

// Returns the network whose subscribers can pay with `method`.
MobileNetwork networkForMethod(MobileMoneyMethod method);

// Normalises a Zimbabwean mobile number to the ten-digit local form that
// Paynow's examples use, such as 0771234567. Spaces, dashes, dots and
// brackets are dropped; +263, 00263 and 263 become a leading 0, and a nine
// digit number starting with 7 gets one. Fails when the result is not 07
// followed by eight digits.
Result<QString> normaliseMobileNumber(QStringView input);

// Returns the network of a normalised number, or nothing for a 07x range
// that no network uses.
std::optional<MobileNetwork> mobileNetworkOf(QStringView normalisedNumber);

// Normalises `input` and checks that it is on the network of `method`. Every
// number in the network's ranges is accepted; Paynow decides whether the
// wallet exists. The error names the number and the network it needs.
Result<QString> normaliseWalletNumber(QStringView input, MobileMoneyMethod method);

} // namespace saasodoo::billing
