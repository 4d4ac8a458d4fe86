// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <chrono>

namespace saasodoo::secrets {

// Secrets in the OS keychain through QtKeychain: the Secret Service (GNOME
// Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on
// Windows. QtKeychain's plaintext fallback is always off.
//
// Secrets are addressed by stable keys such as "instance/<id>/db-password"
// (see the key helpers below); the catalog stores only those keys.
//
// Every call may be made from any thread and returns at once. The keychain
// jobs run on one keychain thread shared by all stores, so a slow or hung keychain never
// blocks the caller's event loop, and each call fails after timeout() with
// a message saying what to check. A worker thread that needs the value now
// may wait on the future; the UI thread must not (use QFuture::then with a
// context object instead).
//
// When no keychain backend works, calls fail with an explanation of how to
// fix it. After the admin agrees, setSessionOnlyFallback(true) keeps
// secrets in this process's memory until sign-out or exit; they are never
// written anywhere else.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service = QStringLiteral("saasodoo-console"), QObject *parent = nullptr);
    ~SecretStore() override;

    QFuture<Result<QString>> read(const QString &key);
    // Reads `key` from the keychain even when it is held in memory, and
    // replaces or drops the copy in memory with what the keychain holds.
    // Long-running processes use it for secrets that another process (for
    // example `saasodoo payment set-integration`) may change or remove.
    QFuture<Result<QString>> readFromKeychain(const QString &key);
    QFuture<Status> write(const QString &key, const QString &secret);
    QFuture<Status> remove(const QString &key);

    // Generates a secret with secrets::generateSecret() and stores it under
    // `key`; the future contains the secret once the keychain has stored it.
    QFuture<Result<QString>> generate(const QString &key, int bits = 192);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    void setSessionOnlyFallback(bool allowed);
    bool sessionOnlyFallback() const;

    // Drops every secret held in memory (the read cache and session-only
    // secrets). Later reads go to the keychain again.
    void signOut();
    bool holdsInMemory(const QString &key) const;

    static QString instanceKey(const QString &instanceId, const QString &name);
    static QString hostKey(const QString &hostId, const QString &name);
    static QString settingKey(const QString &name);

signals:
    // Emitted when the keychain is missing, locked or not answering, with
    // the explanation to show. The UI offers the session-only fallback here.
    void keychainUnavailable(const QString &explanation);

private:
    enum class Operation { Read, Write, Remove };
    struct Outcome
    {
        bool ok = false;
        bool backendUnavailable = false;
        QString value;
        QString error;
    };

    QFuture<Outcome> runJob(Operation operation, const QString &key, const QString &secret);
    Outcome sessionOnly(Operation operation, const QString &key, const QString &secret);
    void remember(const QString &key, const QString &secret);
    void forget(const QString &key);

    const QString m_service;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_cache;
    QHash<QString, QString> m_sessionOnly;
    bool m_sessionOnlyFallback = false;
    std::chrono::milliseconds m_timeout { 10000 };
};

} // namespace saasodoo::secrets
