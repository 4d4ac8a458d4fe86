// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlock.h"

#include "core/secrets/secretgenerator.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QEvent>

namespace saasodoo::ui {

SessionLock::SessionLock(secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionLock::lock);
    QCoreApplication::instance()->installEventFilter(this);
}

SessionLock::~SessionLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

QString SessionLock::probeKey()
{
    return secrets::SecretStore::settingKey(QStringLiteral("unlock-probe"));
}

void SessionLock::setIdleLimit(std::chrono::milliseconds limit)
{
    m_idleLimit = limit;
    if (limit.count() > 0 && !m_locked)
        m_idle.start(limit);
    else
        m_idle.stop();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idleLimit.count() > 0)
            m_idle.start(m_idleLimit);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::lock()
{
    m_idle.stop();
    if (m_secrets)
        m_secrets->signOut();
    if (m_locked)
        return;
    m_locked = true;
    emit locked();
}

void SessionLock::unlock()
{
    if (!m_locked || m_unlocking)
        return;
    if (!m_secrets) {
        m_locked = false;
        emit unlocked();
        return;
    }
    if (m_secrets->sessionOnlyFallback()) {
        // NOTE: with no working keychain there is nothing to check against;
        // the secrets kept for the session were dropped by the lock.
        m_locked = false;
        emit unlocked();
        return;
    }
    m_unlocking = true;
    // A new value each time, so a cached value cannot pass for the
    // keychain's. Both calls run on the keychain thread with its timeout.
    const QString probe = secrets::generateSecret(128);
    secrets::SecretStore *store = m_secrets;
    store->write(probeKey(), probe)
        .then(this,
            [this, store, probe](const Status &written) {
                if (!written) {
                    m_unlocking = false;
                    emit unlockFailed(written.error());
                    return;
                }
                store->signOut();
                store->read(probeKey()).then(this, [this, store, probe](const Result<QString> &read) {
                    m_unlocking = false;
                    store->signOut();
                    if (!read) {
                        emit unlockFailed(read.error());
                        return;
                    }
                    if (read.value() != probe) {
                        emit unlockFailed(tr("The keychain returned a different value than the one just stored."));
                        return;
                    }
                    m_locked = false;
                    if (m_idleLimit.count() > 0)
                        m_idle.start(m_idleLimit);
                    emit unlocked();
                });
            });
}

} // namespace saasodoo::ui
