// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/customerlock.h"

#include "core/catalog/catalog.h"
#include "core/common/logging.h"
#include "core/jobs/jobcontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

// The first key of the two-key advisory lock, so that these locks never
// meet advisory locks that other programs take in the same database.
constexpr qint32 advisoryLockClass = 0x53414253; // "SABS"

// A stable 32-bit key for a customer id, because qHash is seeded per
// process. Two customers sharing a key only wait for each other.
qint32 advisoryLockKey(const QString &customerId)
{
    const QByteArray digest = QCryptographicHash::hash(customerId.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint32>(digest.constData());
}

QString lockFilePath(const catalog::Catalog &catalog, const QString &customerId)
{
    const QString database = catalog.config().sqlitePath.isEmpty() ? catalog::CatalogConfig::defaultSqlitePath()
                                                                   : catalog.config().sqlitePath;
    const QFileInfo info(database);
    return QDir(info.absolutePath()).filePath(info.fileName() + QStringLiteral(".dunning-%1.lock").arg(customerId));
}

} // namespace

CustomerBillingLock::CustomerBillingLock(catalog::Catalog &catalog, QString customerId)
    : m_catalog(catalog)
    , m_customerId(std::move(customerId))
{
    if (m_catalog.backend() == catalog::Backend::Sqlite) {
        m_file = std::make_unique<QLockFile>(lockFilePath(m_catalog, m_customerId));
        // Only a dead owner makes the file stale, because a suspension may
        // hold it for many minutes.
        m_file->setStaleLockTime(0);
    }
}

CustomerBillingLock::~CustomerBillingLock()
{
    unlock();
}

Result<std::unique_ptr<CustomerBillingLock>> CustomerBillingLock::acquire(catalog::Catalog &catalog,
    const QString &customerId, const QString &customerName, jobs::JobContext &context,
    std::chrono::milliseconds timeout)
{
    std::unique_ptr<CustomerBillingLock> lock(new CustomerBillingLock(catalog, customerId));
    const QDeadlineTimer deadline(timeout);
    bool logged = false;
    while (true) {
        const Result<bool> locked = lock->tryLock();
        if (!locked)
            return makeError(locked.error());
        if (locked.value())
            return lock;
        if (!logged) {
            context.info(tr("Another billing job is suspending or resuming the instances of %1; waiting for it to "
                            "finish.")
                             .arg(customerName));
            logged = true;
        }
        if (context.isCancelled())
            return makeError(tr("Cancelled while waiting for another billing job of %1.").arg(customerName));
        if (deadline.hasExpired()) {
            return makeError(tr("Another billing job has been suspending or resuming the instances of %1 for more "
                                "than %2 seconds; try again when it has finished (see the Jobs pane or 'saasodoo "
                                "job list').")
                                 .arg(customerName)
                                 .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
        }
        QThread::msleep(200);
    }
}

Result<bool> CustomerBillingLock::tryLock()
{
    if (m_file) {
        if (m_file->tryLock(0)) {
            m_held = true;
            return true;
        }
        if (m_file->error() == QLockFile::LockFailedError)
            return false;
        return makeError(tr("Could not create the dunning lock file %1 of customer %2.")
                             .arg(m_file->fileName(), m_customerId));
    }
    QSqlQuery query(m_catalog.database());
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    query.addBindValue(advisoryLockClass);
    query.addBindValue(advisoryLockKey(m_customerId));
    if (!query.exec() || !query.next()) {
        return makeError(tr("Could not take the dunning lock of customer %1 in the catalog: %2")
                             .arg(m_customerId, query.lastError().text()));
    }
    m_held = query.value(0).toBool();
    return m_held;
}

void CustomerBillingLock::unlock()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_file) {
        m_file->unlock();
        return;
    }
    QSqlQuery query(m_catalog.database());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    query.addBindValue(advisoryLockClass);
    query.addBindValue(advisoryLockKey(m_customerId));
    // A failed unlock leaves the lock to the end of the session, which
    // closes with the job's catalog.
    if (!query.exec())
        qCWarning(lcBilling) << "could not release the dunning lock of customer" << m_customerId << ":"
                             << query.lastError().text();
}

} // namespace saasodoo::billing
