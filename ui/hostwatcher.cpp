// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostwatcher.h"

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
        const provisioning::FollowOptions options = m_followOptions;
        secrets::SecretStore *secrets = m_secrets;
        const QPointer<HostWatcher> self(this);
        // The destructor waits for this thread, so `self` is still alive in
        // the callbacks; the queued calls run on its thread.
        watch.future = QtConcurrent::run(&m_pool, [self, hostId, token, catalog, secrets, options] {
            provisioning::Reconciler reconciler(catalog, secrets);
            reconciler.followHost(
                hostId,
                [self](const provisioning::Drift &drift) {
                    if (drift.instanceId.isEmpty())
                        return;
                    const QString instanceId = drift.instanceId;
                    QMetaObject::invokeMethod(self, [self, instanceId] {
                        if (self)
                            self->noteDrift(instanceId);
                    }, Qt::QueuedConnection);
                },
                [self, hostId, token](const provisioning::HostReachability &state) {
                    QMetaObject::invokeMethod(self, [self, hostId, token, state] {
                        if (self && !token.isCancelled())
                            self->noteReachability(hostId, state);
                    }, Qt::QueuedConnection);
                },
                token, options);
        });
        m_watches.insert(hostId, watch);
    }
}

std::optional<provisioning::HostReachability> HostWatcher::reachability(const QString &hostId) const
{
    const auto found = m_reachability.constFind(hostId);
    if (found == m_reachability.cend())
        return std::nullopt;
    return *found;
}

void HostWatcher::noteReachability(const QString &hostId, const provisioning::HostReachability &state)
{
    // Reconciler::followHost logs each failed attempt.
    m_reachability.insert(hostId, state);
    emit reachabilityChanged(hostId);
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
    if (m_reachability.remove(hostId) > 0)
        emit reachabilityChanged(hostId);
}

void HostWatcher::noteDrift(const QString &instanceId)
{
    m_pending.insert(instanceId);
    if (!m_batch.isActive())
        m_batch.start();
}

} // namespace saasodoo::ui
