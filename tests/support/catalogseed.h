// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/catalog/catalog.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QDate>
#include <QString>

// The catalog records that many integration tests start from, so each test
// states only what differs: its names, its plan and its dates.
namespace saasodoo::test {

class PaynowEmulator;

// Returns eight random hex digits, for unique names, emails and slugs.
QString shortId();

// Keeps QSettings (INI format) in `directory`, under the organization
// SaaSOdooTest and the application `application`, so a test never reads or
// changes an admin's settings.
void isolateSettings(const QString &directory, const QString &application);

struct CustomerWithTenant
{
    catalog::Customer customer;
    catalog::Tenant tenant;
};

// Stores a customer named `name` with the email <prefix>-<id>@example.co.zw
// and one tenant of the same name with the slug <prefix><id>. `prefix` must
// be lower-case letters or digits.
Result<CustomerWithTenant> createCustomerWithTenant(catalog::Catalog &db, const QString &name, const QString &prefix);

// Returns a host record, not stored, for the harness's Unix-socket engine
// and PostgreSQL server (admin role), with the stand-in image, the base
// domain odoo.test and 2 CPU cores.
catalog::Host harnessHost(qint64 memoryBytes = 8LL * 1024 * 1024 * 1024);

// Stores `plan` and subscribes `customerId` to it in USD from `start`,
// without a trial.
Result<catalog::Subscription> subscribeToNewPlan(
    catalog::Catalog &db, const QString &customerId, const catalog::Plan &plan, const QDate &start);

// Points the catalog's Paynow settings at `emulator`. The result URL is a
// closed loopback port: the console confirms payments by polling.
Status usePaynowEmulator(catalog::Catalog &db, const PaynowEmulator &emulator);

} // namespace saasodoo::test
