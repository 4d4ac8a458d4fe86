// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <chrono>
#include <memory>

class QLockFile;

namespace saasodoo::catalog {
class Catalog;
}
namespace saasodoo::jobs {
class JobContext;
}

namespace saasodoo::billing {

// An exclusive claim on one customer's dunning. A billing run suspending the
// customer's instances and a reactivation resuming them both take it, so
// they never stop and start the same containers at once. That holds within
// one process and across processes that share the catalog.
//
// On PostgreSQL it is a session-level advisory lock on the catalog's
// connection, which the server drops when the session ends, so a killed
// process leaves no lock behind. On SQLite it is a QLockFile next to the
// database file, which the next holder removes when the process that made
// it is gone. The lock is released when the object is destroyed.
class CustomerBillingLock
{
public:
    // Takes the lock of `customerId`, waiting while another job holds it,
    // and logs the wait in `context`. Fails when the job is cancelled, when
    // `timeout` passes (the message names the customer and asks to retry),
    // or when the catalog fails.
    static Result<std::unique_ptr<CustomerBillingLock>> acquire(catalog::Catalog &catalog,
        const QString &customerId, const QString &customerName, jobs::JobContext &context,
        std::chrono::milliseconds timeout = std::chrono::minutes(30));

    ~CustomerBillingLock();
    CustomerBillingLock(const CustomerBillingLock &) = delete;
    CustomerBillingLock &operator=(const CustomerBillingLock &) = delete;

private:
    CustomerBillingLock(catalog::Catalog &catalog, QString customerId);

    // Returns true when the lock was taken.
    Result<bool> tryLock();
    void unlock();

    catalog::Catalog &m_catalog;
    QString m_customerId;
    std::unique_ptr<QLockFile> m_file; // SQLite only
    bool m_held = false;
};

} // namespace saasodoo::billing
