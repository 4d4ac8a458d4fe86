// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/cancellation.h"
#include "core/provisioning/reconciler.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <optional>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::ui {

// Follows each host through Reconciler::followHost, one worker thread per
// host, so the console learns within seconds that a container stopped,
// died or started behind its back, and notices when a host's engine becomes
// unreachable. The reconciler records the new states in the catalog. This
// class gathers the instances it reports and emits them in one batch per
// interval, so a burst of events costs one reload of the Instances pane.
class HostWatcher final : public QObject
{
    Q_OBJECT

public:
    HostWatcher(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent = nullptr);
    // Cancels every watch and waits for its thread.
    ~HostWatcher() override;

    // Watches each host in `hostIds` that is not watched yet and stops
    // watching the hosts not listed.
    void watchHosts(const QStringList &hostIds);
    QStringList watchedHosts() const { return m_watches.keys(); }
    void setBatchInterval(std::chrono::milliseconds interval) { m_batch.setInterval(interval); }
    // The retry delays of the watches started from now on.
    void setFollowOptions(const provisioning::FollowOptions &options) { m_followOptions = options; }

    // The last reachability reported for a watched host; empty until its
    // first check ends.
    std::optional<provisioning::HostReachability> reachability(const QString &hostId) const;

signals:
    // Instances whose state the reconciler changed since the last batch.
    void instancesChanged(const QStringList &instanceIds);
    // A host's engine became reachable or unreachable, or a retry failed
    // again (with a new error and time of the next attempt).
    void reachabilityChanged(const QString &hostId);

private:
    struct Watch
    {
        CancellationToken token;
        QFuture<void> future;
    };

    void noteDrift(const QString &instanceId);
    void noteReachability(const QString &hostId, const provisioning::HostReachability &state);
    void stopWatch(const QString &hostId);

    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    QThreadPool m_pool;
    QHash<QString, Watch> m_watches;
    QList<Watch> m_stopped; // cancelled, possibly still ending
    QSet<QString> m_pending;
    QHash<QString, provisioning::HostReachability> m_reachability;
    provisioning::FollowOptions m_followOptions;
    QTimer m_batch;
};

} // namespace saasodoo::ui
