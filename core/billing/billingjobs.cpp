// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingjobs.h"

#include "core/billing/billingrun.h"
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

} // namespace

jobs::JobInfo billingRunRequest(const QDate &today, bool invoicesOnly)
{
    jobs::JobInfo request;
    request.kind = invoicesOnly ? QStringLiteral("billing.invoices") : QStringLiteral("billing.run");
    request.title = invoicesOnly ? tr("Invoices for %1").arg(today.toString(Qt::ISODate))
                                 : tr("Billing run for %1").arg(today.toString(Qt::ISODate));
    request.targetType = QStringLiteral("billing");
    request.targetId = today.toString(Qt::ISODate);
    return request;
}

jobs::JobBody billingRunBody(const catalog::CatalogConfig &config, provisioning::Provisioner *provisioner,
    const QDate &today, bool invoicesOnly)
{
    return [config, provisioner, today, invoicesOnly](jobs::JobContext &context) -> Status {
        // The job's thread needs its own catalog connection.
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return makeError(opened.error());
        const Result<QList<BillingAction>> done = runBilling(*opened.value(), provisioner, context, today, invoicesOnly);
        if (!done)
            return makeError(done.error());
        context.info(tr("Billing run finished: %1 action(s).").arg(done->size()));
        return {};
    };
}

jobs::ScheduledTask scheduledBillingRun(const catalog::CatalogConfig &config, provisioning::Provisioner *provisioner)
{
    jobs::ScheduledTask task;
    task.kind = QStringLiteral("billing.run");
    task.prepare = [config, provisioner]() {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        jobs::JobInfo request = billingRunRequest(today);
        request.title = tr("Scheduled billing run for %1").arg(today.toString(Qt::ISODate));
        return jobs::ScheduledJob { request, billingRunBody(config, provisioner, today) };
    };
    return task;
}

} // namespace saasodoo::billing
