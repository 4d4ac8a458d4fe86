// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::ui {

// The console's own session. lock() signs out: every secret the store holds
// in memory is dropped, and the window hides its data until unlock()
// succeeds. Unlocking needs a working keychain: a fresh value is written to
// it and read back, so a locked keychain must be unlocked first (its own
// prompt requests the password). With an idle limit set, the session locks
// itself after that long without keyboard or mouse input.
class SessionLock final : public QObject
{
    Q_OBJECT

public:
    explicit SessionLock(secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~SessionLock() override;

    // Zero turns the idle lock off.
    void setIdleLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds idleLimit() const { return m_idleLimit; }

    bool isLocked() const { return m_locked; }
    bool isUnlocking() const { return m_unlocking; }

    // The keychain key of the value written and read back on unlock. It
    // protects nothing; it only proves that the keychain works.
    static QString probeKey();

public slots:
    void lock();
    void unlock();

signals:
    void locked();
    void unlocked();
    void unlockFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    secrets::SecretStore *m_secrets;
    QTimer m_idle;
    std::chrono::milliseconds m_idleLimit { 0 };
    bool m_locked = false;
    bool m_unlocking = false;
};

} // namespace saasodoo::ui
