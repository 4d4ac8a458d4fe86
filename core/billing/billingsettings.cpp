// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingsettings.h"

#include "core/billing/paynowtracker.h"
#include "core/catalog/catalog.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

const QString vatRateName = QStringLiteral("vat_rate");
const QString termsName = QStringLiteral("payment_terms_days");
const QString graceName = QStringLiteral("grace_days");
const QString suspendName = QStringLiteral("suspend_after_days");
const QString companyNameName = QStringLiteral("company_name");
const QString companyAddressName = QStringLiteral("company_address");
const QString companyTaxName = QStringLiteral("company_tax_number");
const QString companyEmailName = QStringLiteral("company_email");
const QString companyPhoneName = QStringLiteral("company_phone");
const QString baseUrlName = QStringLiteral("paynow_base_url");
const QString returnUrlName = QStringLiteral("paynow_return_url");
const QString resultUrlName = QStringLiteral("paynow_result_url");
const QString authEmailName = QStringLiteral("paynow_auth_email");

Result<int> parseDays(const QString &name, const QString &text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > 365)
        return makeError(tr("Setting %1 is \"%2\"; use a whole number of days from 0 to 365.").arg(name, text));
    return days;
}

Result<QUrl> parseUrl(const QString &name, const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return QUrl();
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return makeError(tr("Setting %1 is \"%2\"; use an http or https URL.").arg(name, text));
    return url;
}

// Applies one stored value to `settings`.
Status apply(BillingSettings &settings, const QString &name, const QString &value)
{
    if (name == vatRateName) {
        const Result<int> rate = parseVatRate(value);
        if (!rate)
            return makeError(rate.error());
        settings.vatRateBasisPoints = rate.value();
    } else if (name == termsName || name == graceName || name == suspendName) {
        const Result<int> days = parseDays(name, value);
        if (!days)
            return makeError(days.error());
        (name == termsName ? settings.paymentTermsDays
                           : name == graceName ? settings.graceDays : settings.suspendAfterDays)
            = days.value();
    } else if (name == baseUrlName || name == returnUrlName || name == resultUrlName) {
        const Result<QUrl> url = parseUrl(name, value);
        if (!url)
            return makeError(url.error());
        if (name == baseUrlName)
            settings.paynowBaseUrl = url->isEmpty() ? BillingSettings().paynowBaseUrl : url.value();
        else
            (name == returnUrlName ? settings.paynowReturnUrl : settings.paynowResultUrl) = url.value();
    } else if (name == companyNameName) {
        settings.companyName = value.trimmed();
    } else if (name == companyAddressName) {
        settings.companyAddress = value.trimmed();
    } else if (name == companyTaxName) {
        settings.companyTaxNumber = value.trimmed();
    } else if (name == authEmailName) {
        // The same loose check as the express checkout's: one '@' with text on both sides.
        const QString email = value.trimmed();
        const qsizetype at = email.indexOf(u'@');
        if (!email.isEmpty() && (at <= 0 || at == email.size() - 1 || email.contains(u' ')))
            return makeError(tr("Setting %1 is \"%2\", which is not an email address. Use the merchant's "
                                "email, such as accounts@example.co.zw, or an empty value.")
                                 .arg(name, value));
        settings.paynowAuthEmail = email;
    } else if (name == companyEmailName) {
        settings.companyEmail = value.trimmed();
    } else if (name == companyPhoneName) {
        settings.companyPhone = value.trimmed();
    } else {
        return makeError(tr("Unknown billing setting %1. Known settings: %2.")
                             .arg(name, billingSettingNames().join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace

QStringList billingSettingNames()
{
    return { vatRateName, termsName, graceName, suspendName, companyNameName, companyAddressName, companyTaxName,
        companyEmailName, companyPhoneName, baseUrlName, returnUrlName, resultUrlName, authEmailName };
}

Result<int> parseVatRate(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(u'%'))
        trimmed = trimmed.chopped(1).trimmed();
    // A percentage with two decimals has the same form as an amount in cents.
    const std::optional<qint64> basisPoints = parseAmountCents(trimmed);
    if (!basisPoints || *basisPoints > 10000)
        return makeError(tr("VAT rate \"%1\" is invalid: use a percentage from 0 to 100 with at most two "
                            "decimals, such as 15 or 15.5.")
                             .arg(text));
    return int(*basisPoints);
}

Result<BillingSettings> loadBillingSettings(catalog::Catalog &catalog)
{
    const Result<QMap<QString, QString>> stored = catalog.billingSettings();
    if (!stored)
        return makeError(stored.error());
    BillingSettings settings;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (Status applied = apply(settings, it.key(), it.value()); !applied)
            return makeError(applied.error());
    }
    return settings;
}

Status validateBillingSetting(const QString &name, const QString &value)
{
    // Checked on saving only, so that a longer name stored by an older
    // version still loads.
    if (name == companyNameName && value.trimmed().size() > maxCompanyNameLength) {
        return makeError(tr("Setting %1 is %2 characters long; use at most %3, such as the company's registered "
                            "name without its address.")
                             .arg(name)
                             .arg(value.trimmed().size())
                             .arg(maxCompanyNameLength));
    }
    BillingSettings check;
    return apply(check, name, value);
}

Status saveBillingSetting(catalog::Catalog &catalog, const QString &name, const QString &value)
{
    BillingSettings check;
    if (Status valid = validateBillingSetting(name, value); !valid)
        return valid;
    if (Status valid = apply(check, name, value); !valid)
        return valid;
    if (name == vatRateName) {
        // A rate that pushes a plan's invoice total over the maximum would
        // make every invoice of that plan fail.
        const Result<QList<catalog::Plan>> plans = catalog.plans();
        if (!plans)
            return makeError(plans.error());
        for (const catalog::Plan &plan : plans.value()) {
            if (Status fits = checkPlanPriceWithVat(plan, check.vatRateBasisPoints); !fits)
                return fits;
        }
    }
    QString canonical = value.trimmed();
    if (name == vatRateName)
        canonical = QStringLiteral("%1.%2").arg(check.vatRateBasisPoints / 100).arg(check.vatRateBasisPoints % 100, 2, 10, QLatin1Char('0'));
    return catalog.setBillingSetting(name, canonical);
}

QMap<QString, QString> billingSettingValues(const BillingSettings &settings)
{
    return {
        { vatRateName,
            QStringLiteral("%1.%2").arg(settings.vatRateBasisPoints / 100).arg(settings.vatRateBasisPoints % 100, 2, 10, QLatin1Char('0')) },
        { termsName, QString::number(settings.paymentTermsDays) },
        { graceName, QString::number(settings.graceDays) },
        { suspendName, QString::number(settings.suspendAfterDays) },
        { companyNameName, settings.companyName },
        { companyAddressName, settings.companyAddress },
        { companyTaxName, settings.companyTaxNumber },
        { companyEmailName, settings.companyEmail },
        { companyPhoneName, settings.companyPhone },
        { baseUrlName, settings.paynowBaseUrl.toString() },
        { returnUrlName, settings.paynowReturnUrl.toString() },
        { resultUrlName, settings.paynowResultUrl.toString() },
        { authEmailName, settings.paynowAuthEmail },
    };
}

QString paynowIntegrationIdKey(catalog::Currency currency)
{
    return secrets::SecretStore::settingKey(QStringLiteral("paynow/%1/integration-id").arg(catalog::toString(currency).toLower()));
}

QString paynowIntegrationKeyKey(catalog::Currency currency)
{
    return secrets::SecretStore::settingKey(QStringLiteral("paynow/%1/integration-key").arg(catalog::toString(currency).toLower()));
}

qint64 totalWithVat(qint64 subtotalCents, int basisPoints)
{
    // Prices are at most catalog::maxAmountCents and rates at most 10000
    // basis points, so the product cannot overflow.
    return subtotalCents + (subtotalCents * basisPoints + 5000) / 10000;
}

Status checkPlanPriceWithVat(const catalog::Plan &plan, int basisPoints)
{
    for (const catalog::Currency currency : { catalog::Currency::Usd, catalog::Currency::Zwg }) {
        const qint64 price = plan.priceCents(currency);
        if (price <= 0 || price > catalog::maxAmountCents)
            continue;
        const qint64 total = totalWithVat(price, basisPoints);
        if (total > catalog::maxAmountCents) {
            return makeError(tr("Plan %1 costs %2 with VAT at %3 %, over the maximum invoice total of %4. Lower the price or the "
                "VAT rate.")
                                 .arg(plan.name, catalog::formatMoney(total, currency),
                                     QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10,
                                         QLatin1Char('0')),
                                     catalog::formatMoney(catalog::maxAmountCents, currency)));
        }
    }
    return {};
}

Status checkPlanPriceWithVat(catalog::Catalog &catalog, const catalog::Plan &plan)
{
    const Result<BillingSettings> settings = loadBillingSettings(catalog);
    if (!settings)
        return makeError(settings.error());
    return checkPlanPriceWithVat(plan, settings->vatRateBasisPoints);
}

} // namespace saasodoo::billing
