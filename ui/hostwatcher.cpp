// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostwatcher.h"

#include "core/provisioning/reconciler.h"

#include <QPointer>
#include <QtConcurrent>

namespace saasodoo::ui {

HostWatcher::HostWatcher(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_secrets(secrets)
{
    // Each watch blocks its thread for as long as it runs, so the watches
    // get their own pool instead of starving the global one.
    m_pool.setMaxThreadCount(256);
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        const QStringList ids(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        if (!ids.isEmpty())
            emit instancesChanged(ids);
    });
}

HostWatcher::~HostWatcher()
{
    for (Watch &watch : m_watches)
        watch.token.cancel();
    for (Watch &watch : m_watches)
        watch.future.waitForFinished();
    for (Watch &watch : m_stopped)
        watch.future.waitForFinished();
}

void HostWatcher::watchHosts(const QStringList &hostIds)
{
    const QStringList watched = m_watches.keys();
    for (const QString &hostId : watched) {
        if (!hostIds.contains(hostId))
            stopWatch(hostId);
    }

    for (const QString &hostId : hostIds) {
        if (m_watches.contains(hostId))
            continue;
        Watch watch;
        const CancellationToken token = watch.token;
        const catalog::CatalogConfig catalog = m_catalog;
        secrets::SecretStore *secrets = m_secrets;
        const QPointer<HostWatcher> self(this);
        watch.future = QtConcurrent::run(&m_pool, [self, hostId, token, catalog, secrets] {
            provisioning::Reconciler reconciler(catalog, secrets);
            const Status watched = reconciler.watchHost(hostId,
                [self](const provisioning::Drift &drift) {
                    if (drift.instanceId.isEmpty())
                        return;
                    const QString instanceId = drift.instanceId;
                    // The destructor waits for this thread, so `self` is
                    // still alive here; the queued call runs on its thread.
                    QMetaObject::invokeMethod(self, [self, instanceId] {
                        if (self)
                            self->noteDrift(instanceId);
                    }, Qt::QueuedConnection);
                },
                token);
            if (!watched && !token.isCancelled()) {
                const QString error = watched.error();
                QMetaObject::invokeMethod(self, [self, hostId, error] {
                    if (!self)
                        return;
                    qWarning("Stopped following the engine events of host %s: %s", qPrintable(hostId),
                        qPrintable(error));
                    if (self->m_watches.contains(hostId))
                        self->m_stopped.append(self->m_watches.take(hostId));
                    emit self->watchFailed(hostId, error);
                }, Qt::QueuedConnection);
            }
        });
        m_watches.insert(hostId, watch);
    }
}

void HostWatcher::stopWatch(const QString &hostId)
{
    // The cancelled thread ends on its own; the destructor waits for it.
    const auto it = m_watches.find(hostId);
    if (it == m_watches.end())
        return;
    it->token.cancel();
    m_stopped.append(*it);
    m_watches.erase(it);
}

void HostWatcher::noteDrift(const QString &instanceId)
{
    m_pending.insert(instanceId);
    if (!m_batch.isActive())
        m_batch.start();
}

} // namespace saasodoo::ui
