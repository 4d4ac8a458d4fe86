// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "secretgenerator.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#ifdef SAASODOO_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif
#include <QMutexLocker>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace saasodoo::secrets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

// Overwrites a string's characters before it is released, so a secret does
// not linger in freed memory longer than needed.
// NOTE: this only wipes a buffer this string owns alone; implicitly shared
// copies held elsewhere (QtKeychain's job, a caller) keep their own data.
void scrub(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

#ifdef SAASODOO_SECRET_SERVICE
// Whether the Secret Service's default collection is locked. A locked
// collection hides its items, so libsecret reports a missing entry instead of
// a locked one; this distinguishes the two. Runs on the keychain thread.
bool defaultCollectionLocked()
{
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage alias = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias.setArguments({ QStringLiteral("default") });
    const QDBusMessage aliasReply = bus.call(alias, QDBus::Block, 2000);
    if (aliasReply.type() != QDBusMessage::ReplyMessage)
        return false;
    const QString collection = aliasReply.arguments().value(0).value<QDBusObjectPath>().path();
    if (collection.isEmpty() || collection == QLatin1String("/"))
        return false;
    QDBusMessage property = QDBusMessage::createMethodCall(service, collection,
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    property.setArguments({ QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked") });
    const QDBusMessage propertyReply = bus.call(property, QDBus::Block, 2000);
    if (propertyReply.type() != QDBusMessage::ReplyMessage)
        return false;
    return propertyReply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}
#else
bool defaultCollectionLocked()
{
    return false;
}
#endif

QString unavailableExplanation()
{
    return tr("No keychain is available. On Linux, install and unlock a Secret Service provider "
              "(GNOME Keyring or KWallet) in your desktop session, then try again. You can also keep "
              "secrets in memory for this session only.");
}

// The one thread that runs every QtKeychain job in the process, with an
// object living on it to parent the jobs. QtKeychain queues all jobs through
// a process-wide executor object that keeps the thread of the first job, so
// every job must run on the same, long-lived thread.
struct KeychainThread
{
    QThread *thread = nullptr;
    QObject *context = nullptr;
};

KeychainThread &keychainThread()
{
    static KeychainThread instance = [] {
        KeychainThread created;
        created.thread = new QThread;
        created.thread->setObjectName(QStringLiteral("keychain"));
        created.context = new QObject;
        created.context->moveToThread(created.thread);
        QObject::connect(created.thread, &QThread::finished, created.context, &QObject::deleteLater);
        created.thread->start();
        // Stop the thread while the application object still exists.
        qAddPostRoutine([] {
            KeychainThread &running = keychainThread();
            running.thread->quit();
            running.thread->wait();
            delete running.thread;
            running.thread = nullptr;
            running.context = nullptr;
        });
        return created;
    }();
    return instance;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

SecretStore::~SecretStore()
{
    signOut();
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    QMutexLocker locker(&m_mutex);
    m_timeout = timeout;
}

std::chrono::milliseconds SecretStore::timeout() const
{
    QMutexLocker locker(&m_mutex);
    return m_timeout;
}

void SecretStore::setSessionOnlyFallback(bool allowed)
{
    QMutexLocker locker(&m_mutex);
    m_sessionOnlyFallback = allowed;
}

bool SecretStore::sessionOnlyFallback() const
{
    QMutexLocker locker(&m_mutex);
    return m_sessionOnlyFallback;
}

void SecretStore::signOut()
{
    QMutexLocker locker(&m_mutex);
    for (QString &secret : m_cache)
        scrub(secret);
    for (QString &secret : m_sessionOnly)
        scrub(secret);
    m_cache.clear();
    m_sessionOnly.clear();
}

bool SecretStore::holdsInMemory(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    return m_cache.contains(key) || m_sessionOnly.contains(key);
}

QString SecretStore::instanceKey(const QString &instanceId, const QString &name)
{
    return QStringLiteral("instance/%1/%2").arg(instanceId, name);
}

QString SecretStore::hostKey(const QString &hostId, const QString &name)
{
    return QStringLiteral("host/%1/%2").arg(hostId, name);
}

QString SecretStore::settingKey(const QString &name)
{
    return QStringLiteral("settings/%1").arg(name);
}

void SecretStore::remember(const QString &key, const QString &secret)
{
    QMutexLocker locker(&m_mutex);
    m_cache.insert(key, secret);
}

void SecretStore::forget(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        scrub(*it);
        m_cache.erase(it);
    }
    it = m_sessionOnly.find(key);
    if (it != m_sessionOnly.end()) {
        scrub(*it);
        m_sessionOnly.erase(it);
    }
}

SecretStore::Outcome SecretStore::sessionOnly(Operation operation, const QString &key, const QString &secret)
{
    QMutexLocker locker(&m_mutex);
    Outcome outcome;
    switch (operation) {
    case Operation::Read: {
        const auto it = m_sessionOnly.constFind(key);
        outcome.ok = it != m_sessionOnly.cend();
        if (outcome.ok)
            outcome.value = *it;
        else
            outcome.error = tr("No secret is kept for %1 in this session.").arg(key);
        break;
    }
    case Operation::Write:
        m_sessionOnly.insert(key, secret);
        outcome.ok = true;
        break;
    case Operation::Remove:
        m_sessionOnly.remove(key);
        outcome.ok = true;
        break;
    }
    return outcome;
}

QFuture<SecretStore::Outcome> SecretStore::runJob(Operation operation, const QString &key, const QString &secret)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    const std::chrono::milliseconds limit = timeout();
    QObject *context = keychainThread().context;
    if (!context) {
        Outcome outcome;
        outcome.error = tr("The keychain is not available while the application shuts down.");
        promise->addResult(outcome);
        promise->finish();
        return future;
    }

    QMetaObject::invokeMethod(
        context,
        [context, service = m_service, promise, operation, key, secret, limit] {
            QKeychain::Job *job = nullptr;
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service, context);
                break;
            case Operation::Write: {
                auto *writeJob = new QKeychain::WritePasswordJob(service, context);
                writeJob->setTextData(secret);
                job = writeJob;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service, context);
                break;
            }
            job->setKey(key);
            job->setInsecureFallback(false);
            job->setAutoDelete(false);

            // Whichever comes first, the job's result or the timeout, settles
            // the promise; the other is ignored.
            auto settled = std::make_shared<bool>(false);
            auto *timer = new QTimer(job);
            timer->setSingleShot(true);

            QObject::connect(job, &QKeychain::Job::finished, job, [promise, settled, job, key, operation] {
                if (*settled)
                    return;
                *settled = true;
                Outcome outcome;
                switch (job->error()) {
                case QKeychain::NoError:
                    outcome.ok = true;
                    if (operation == Operation::Read)
                        outcome.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
                    break;
                case QKeychain::EntryNotFound:
                    if (defaultCollectionLocked()) {
                        outcome.error = tr("The keychain is locked, so %1 could not be read. Unlock it (GNOME "
                                           "Keyring or KWallet, for example by logging in again) and try again.")
                                            .arg(key);
                        outcome.backendUnavailable = true;
                        break;
                    }
                    // Removing what is not there leaves the keychain as asked.
                    outcome.ok = operation == Operation::Remove;
                    outcome.error = tr("No secret is stored in the keychain for %1.").arg(key);
                    break;
                case QKeychain::AccessDenied:
                    outcome.error = tr("The keychain denied access to %1. Unlock the keychain (GNOME Keyring, "
                                       "KWallet, Keychain or Credential Manager) and try again.")
                                        .arg(key);
                    outcome.backendUnavailable = true;
                    break;
                case QKeychain::NoBackendAvailable:
                    outcome.error = unavailableExplanation();
                    outcome.backendUnavailable = true;
                    break;
                default:
                    // Mostly a Secret Service that is missing or broken, such as
                    // "The name org.freedesktop.secrets was not provided by any
                    // .service files": say how to fix it too.
                    outcome.error = tr("The keychain failed on %1: %2. %3")
                                        .arg(key, job->errorString(), unavailableExplanation());
                    outcome.backendUnavailable = true;
                    break;
                }
                qCDebug(lcSecrets) << "keychain job for" << key << "finished with error code" << job->error();
                promise->addResult(outcome);
                promise->finish();
                job->deleteLater();
            });
            QObject::connect(timer, &QTimer::timeout, job, [promise, settled, job, key, limit] {
                if (*settled)
                    return;
                *settled = true;
                Outcome outcome;
                outcome.error = tr("The keychain did not answer within %1 seconds while handling %2. Check that "
                                   "the Secret Service (GNOME Keyring or KWallet) is running and unlocked.")
                                    .arg(limit.count() / 1000.0)
                                    .arg(key);
                outcome.backendUnavailable = true;
                qCWarning(lcSecrets) << "keychain job for" << key << "timed out after" << limit.count() << "ms";
                promise->addResult(outcome);
                promise->finish();
                // Destroying the job lets QtKeychain's queue move on to the next one.
                job->deleteLater();
            });
            timer->start(limit);
            job->start();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    {
        QMutexLocker locker(&m_mutex);
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return QtFuture::makeReadyFuture(Result<QString>(*cached));
        const auto kept = m_sessionOnly.constFind(key);
        if (kept != m_sessionOnly.cend())
            return QtFuture::makeReadyFuture(Result<QString>(*kept));
    }
    return readFromKeychain(key);
}

QFuture<Result<QString>> SecretStore::readFromKeychain(const QString &key)
{
    QPointer<SecretStore> self(this);
    return runJob(Operation::Read, key, {}).then([self, key](Outcome outcome) -> Result<QString> {
        if (outcome.ok) {
            if (self)
                self->remember(key, outcome.value);
            return outcome.value;
        }
        if (!outcome.backendUnavailable && self) {
            // The keychain works and no longer has the secret, so the copy
            // in memory is stale.
            QMutexLocker locker(&self->m_mutex);
            auto cached = self->m_cache.find(key);
            if (cached != self->m_cache.end()) {
                scrub(*cached);
                self->m_cache.erase(cached);
            }
        }
        if (outcome.backendUnavailable && self) {
            emit self->keychainUnavailable(outcome.error);
            if (self->sessionOnlyFallback()) {
                Outcome kept = self->sessionOnly(Operation::Read, key, {});
                if (kept.ok)
                    return kept.value;
            }
        }
        return makeError(outcome.error);
    });
}

QFuture<Status> SecretStore::write(const QString &key, const QString &secret)
{
    QPointer<SecretStore> self(this);
    return runJob(Operation::Write, key, secret).then([self, key, secret](Outcome outcome) -> Status {
        if (outcome.ok) {
            if (self)
                self->remember(key, secret);
            return {};
        }
        if (outcome.backendUnavailable && self) {
            emit self->keychainUnavailable(outcome.error);
            if (self->sessionOnlyFallback()) {
                self->sessionOnly(Operation::Write, key, secret);
                return {};
            }
        }
        return makeError(outcome.error);
    });
}

QFuture<Status> SecretStore::remove(const QString &key)
{
    forget(key);
    QPointer<SecretStore> self(this);
    return runJob(Operation::Remove, key, {}).then([self](Outcome outcome) -> Status {
        if (outcome.ok)
            return {};
        if (outcome.backendUnavailable && self) {
            emit self->keychainUnavailable(outcome.error);
            if (self->sessionOnlyFallback())
                return {};
        }
        return makeError(outcome.error);
    });
}

QFuture<Result<QString>> SecretStore::generate(const QString &key, int bits)
{
    const QString secret = generateSecret(bits);
    return write(key, secret).then([secret](Status status) -> Result<QString> {
        if (!status.ok())
            return makeError(status.error());
        return secret;
    });
}

} // namespace saasodoo::secrets
