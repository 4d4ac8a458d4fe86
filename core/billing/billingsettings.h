// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QUrl>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::billing {

// The billing settings kept in the catalog's billing_settings table. They
// hold no secrets: the Paynow integration ids and keys are in the keychain
// (see paynowIntegrationIdKey and paynowIntegrationKeyKey).
struct BillingSettings
{
    int vatRateBasisPoints = 1500; // 15.00 %, Zimbabwe's standard VAT rate since 2023
    int paymentTermsDays = 14; // due date = issue date + this
    int graceDays = 7; // past due once unpaid this long after the due date
    int suspendAfterDays = 7; // instances suspended this long after becoming past due
    QString companyName;
    QString companyAddress; // several lines, separated by '\n'
    QString companyTaxNumber; // the VAT or BP number printed on invoices
    QString companyEmail;
    QString companyPhone;
    QUrl paynowBaseUrl = QUrl(QStringLiteral("https://www.paynow.co.zw"));
    QUrl paynowReturnUrl;
    QUrl paynowResultUrl;
    // Sent to Paynow as authemail in place of the customer's email when set.
    // Paynow's test mode accepts only the merchant's registered address.
    QString paynowAuthEmail;
};

// The maximum length of company_name that saving accepts, in characters.
// The invoice PDF wraps a long name beside its title; 120 characters take
// about three lines there (an estimate for DejaVu Sans Bold at 16 pt).
inline constexpr int maxCompanyNameLength = 120;

// The setting names, as stored and as `saasodoo billing set` takes them.
QStringList billingSettingNames();

// Reads the settings. Missing ones keep their defaults. Fails on a stored
// value that does not parse, naming the setting.
Result<BillingSettings> loadBillingSettings(catalog::Catalog &catalog);

// Checks `value` for setting `name` with the rules saveBillingSetting applies.
Status validateBillingSetting(const QString &name, const QString &value);

// Validates `value` for setting `name` and stores it in its canonical form.
Status saveBillingSetting(catalog::Catalog &catalog, const QString &name, const QString &value);

// Returns the settings as name/value text, for display.
QMap<QString, QString> billingSettingValues(const BillingSettings &settings);

// Keychain keys of the Paynow integration for one currency: Paynow gives a
// merchant a separate integration per currency.
QString paynowIntegrationIdKey(catalog::Currency currency);
QString paynowIntegrationKeyKey(catalog::Currency currency);

// Parses a percentage with at most two decimals ("15", "15.5", "15.00")
// into basis points. Fails outside 0 to 100 %.
Result<int> parseVatRate(const QString &text);

// Returns a price with VAT at `basisPoints`, rounded half up to the cent as
// invoices round it.
qint64 totalWithVat(qint64 subtotalCents, int basisPoints);

// Checks that each price of `plan`, with VAT at `basisPoints`, stays within
// catalog::maxAmountCents, so that its invoices can be issued.
Status checkPlanPriceWithVat(const catalog::Plan &plan, int basisPoints);

// The same check with the stored VAT rate.
Status checkPlanPriceWithVat(catalog::Catalog &catalog, const catalog::Plan &plan);

} // namespace saasodoo::billing
