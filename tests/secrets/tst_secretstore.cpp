// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SecretStore against the harness's real Secret Service (gnome-keyring), and
// in child processes against a session bus with no keychain at all and one
// whose keychain never answers.
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using saasodoo::Result;
using saasodoo::Status;
using saasodoo::secrets::SecretStore;

namespace {

template<typename T>
T waitFor(QFuture<T> future)
{
    // The test thread may block: the store's jobs run on its own thread.
    future.waitForFinished();
    return future.result();
}

QString uniqueKey(const char *purpose)
{
    return QStringLiteral("test/%1/%2").arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::Id128));
}

constexpr auto kProbeSecret = "probe-secret-4f1c9a";

// Child process modes, selected by the first argument.
int runProbe(const QString &mode)
{
    SecretStore store(QStringLiteral("saasodoo-test"));
    store.setTimeout(std::chrono::milliseconds(2000));
    QElapsedTimer timer;
    timer.start();
    if (mode == QLatin1String("--probe-read")) {
        const Result<QString> read = waitFor(store.read(QStringLiteral("probe/key")));
        std::printf("read-ok=%d\nread=%s\nelapsed-ms=%lld\nerror=%s\n", read.ok() ? 1 : 0,
            read.ok() ? qPrintable(read.value()) : "", timer.elapsed(), read.ok() ? "" : qPrintable(read.error()));
        std::fflush(stdout);
        return 0;
    }
    const Status written = waitFor(store.write(QStringLiteral("probe/key"), QString::fromLatin1(kProbeSecret)));
    std::printf("write-ok=%d\nelapsed-ms=%lld\nerror=%s\n", written.ok() ? 1 : 0, timer.elapsed(),
        written.ok() ? "" : qPrintable(written.error()));
    if (mode == QLatin1String("--probe-fallback")) {
        store.setSessionOnlyFallback(true);
        const Status kept = waitFor(store.write(QStringLiteral("probe/key"), QString::fromLatin1(kProbeSecret)));
        const Result<QString> read = waitFor(store.read(QStringLiteral("probe/key")));
        std::printf("fallback-write-ok=%d\nfallback-read=%s\n", kept.ok() ? 1 : 0,
            read.ok() ? qPrintable(read.value()) : "");
        store.signOut();
        std::printf("after-sign-out=%d\n", store.holdsInMemory(QStringLiteral("probe/key")) ? 1 : 0);
    }
    std::fflush(stdout);
    return 0;
}

// Owns org.freedesktop.secrets on the given bus and never answers.
int runHungKeychain()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets")))
        return 1;
    std::printf("owned\n");
    std::fflush(stdout);
    // No event loop: calls to this name queue up unanswered.
    QThread::sleep(120);
    return 0;
}

QMap<QString, QString> parseProbeOutput(const QByteArray &output)
{
    QMap<QString, QString> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return values;
}

struct PrivateBus
{
    QProcess daemon;
    QString address;
};

// Starts a private session bus and waits for the address that dbus-daemon
// prints once it accepts connections. The socket file is no such signal: it
// appears at bind(), before listen(), and a client that connects in between
// is refused.
bool startPrivateBus(PrivateBus &bus, const QString &directory)
{
    const QString config = directory + QStringLiteral("/bus.conf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                              "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type><listen>unix:path=%1/bus.sock</listen>"
                              "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/><allow receive_sender=\"*\"/>"
                              "<allow own=\"*\"/></policy></busconfig>\n")
                   .arg(directory)
                   .toUtf8());
    file.close();
    bus.daemon.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
            QStringLiteral("--print-address=1") });
    if (!bus.daemon.waitForStarted())
        return false;
    QDeadlineTimer deadline(10000);
    while (!bus.daemon.canReadLine()) {
        if (!bus.daemon.waitForReadyRead(int(deadline.remainingTime()))) {
            qWarning() << "dbus-daemon printed no address within 10 s:" << bus.daemon.readAllStandardError();
            return false;
        }
    }
    bus.address = QString::fromUtf8(bus.daemon.readLine().trimmed());
    return !bus.address.isEmpty();
}


// The Secret Service's secret struct (session, parameters, value, type).
struct ServiceSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const ServiceSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ServiceSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

// A gnome-keyring of the test's own on a private bus, so locking it cannot
// disturb other tests that use the harness's keyring.
struct PrivateKeyring
{
    QProcess daemon;
    QByteArray password = QUuid::createUuid().toByteArray(QUuid::Id128);
};

constexpr auto kSecretServiceName = "org.freedesktop.secrets";
constexpr int kKeyringStartTimeoutMs = 15000;

// Starts gnome-keyring-daemon on the private bus, unlocked with
// keyring.password, and waits for the bus to signal that it owns the Secret
// Service name. Returns an empty string, or why it failed with the daemon's
// output.
QString startKeyringOnce(PrivateKeyring &keyring, const PrivateBus &bus, const QString &directory)
{
    const QString dataHome = directory + QStringLiteral("/data");
    const QString runtimeDir = directory + QStringLiteral("/run");
    QDir().mkpath(dataHome);
    QDir().mkpath(runtimeDir);
    // gnome-keyring puts its control socket in $XDG_RUNTIME_DIR/keyring.
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    // With a display and a locked keyring the daemon would show an unlock
    // prompt that nobody sees.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    keyring.daemon.setProcessEnvironment(env);
    // The daemon logs to stderr, and once initialised it redirects stdout
    // there too (gkd-main.c), so one merged channel has all of its output.
    keyring.daemon.setProcessChannelMode(QProcess::MergedChannels);

    // A connection that failed once stays cached under its name, so each
    // attempt connects anew.
    QDBusConnection::disconnectFromBus(QStringLiteral("keyring-check"));
    QDBusConnection connection = QDBusConnection::connectToBus(bus.address, QStringLiteral("keyring-check"));
    if (!connection.isConnected())
        return QStringLiteral("failed to connect to the private bus %1: %2").arg(bus.address, connection.lastError().message());

    // The watcher exists before the daemon starts, so no registration is missed.
    const QString name = QString::fromLatin1(kSecretServiceName);
    QDBusServiceWatcher watcher(name, connection, QDBusServiceWatcher::WatchForRegistration);
    QEventLoop loop;
    QObject::connect(&watcher, &QDBusServiceWatcher::serviceRegistered, &loop, &QEventLoop::quit);
    QObject::connect(&keyring.daemon, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeyringStartTimeoutMs, &loop, &QEventLoop::quit);

    keyring.daemon.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    if (!keyring.daemon.waitForStarted())
        return QStringLiteral("gnome-keyring-daemon did not start: %1").arg(keyring.daemon.errorString());
    // With --unlock the daemon reads the password up to the end of stdin
    // before it does anything else. The event loop below writes it out.
    keyring.daemon.write(keyring.password);
    keyring.daemon.closeWriteChannel();
    loop.exec();

    if (connection.interface()->isServiceRegistered(name))
        return {};
    const QString output = QString::fromLocal8Bit(keyring.daemon.readAll()).trimmed();
    const QString outcome = keyring.daemon.state() == QProcess::NotRunning
        ? QStringLiteral("gnome-keyring-daemon exited with status %1").arg(keyring.daemon.exitCode())
        : QStringLiteral("gnome-keyring-daemon did not own %1 within %2 s").arg(name).arg(kKeyringStartTimeoutMs / 1000);
    return QStringLiteral("%1, output: \"%2\"").arg(outcome, output);
}

void stopDaemon(QProcess &daemon)
{
    if (daemon.state() == QProcess::NotRunning)
        return;
    daemon.terminate();
    if (!daemon.waitForFinished(5000)) {
        daemon.kill();
        daemon.waitForFinished();
    }
}

// Starts the test's keyring, and once more in fresh directories if the first
// start fails. Returns an empty string, or both failures.
QString startPrivateKeyring(PrivateKeyring &keyring, const PrivateBus &bus, const QString &directory)
{
    const QString firstError = startKeyringOnce(keyring, bus, directory + QStringLiteral("/keyring-1"));
    if (firstError.isEmpty())
        return {};
    qWarning("gnome-keyring-daemon failed to start, retrying once: %s", qPrintable(firstError));
    stopDaemon(keyring.daemon);
    const QString secondError = startKeyringOnce(keyring, bus, directory + QStringLiteral("/keyring-2"));
    if (secondError.isEmpty())
        return {};
    return QStringLiteral("first start: %1. Second start: %2").arg(firstError, secondError);
}

QDBusMessage callSecretService(const QDBusConnection &connection, const QString &path, const QString &interface,
    const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    call.setArguments(arguments);
    return connection.call(call, QDBus::Block, 10000);
}

// Every file under `directory` that contains `needle`.
QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

Q_DECLARE_METATYPE(ServiceSecret)

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove();
    void readMissingKeyNamesKey();
    void signOutDropsCachedSecret();
    void generateStoresStrongSecret();
    void noKeychainFailsClearly();
    void noKeychainSessionFallbackKeepsMemoryOnly();
    void hungKeychainTimesOut();
    void lockedKeychainFailsClearlyAndRecovers();

private:
    QProcess *startProbe(const QString &mode, const QString &busAddress, const QString &home);
};

void TestSecretStore::writeReadOverwriteRemove()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString key = uniqueKey("round-trip");

    SecretStore writer(QStringLiteral("saasodoo-test"));
    const Status written = waitFor(writer.write(key, QStringLiteral("first value")));
    QVERIFY2(written.ok(), qPrintable(written.error()));

    // A second store has no cache, so this read really reaches the keychain.
    SecretStore reader(QStringLiteral("saasodoo-test"));
    Result<QString> read = waitFor(reader.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), QStringLiteral("first value"));

    QVERIFY(waitFor(writer.write(key, QStringLiteral("second välue ✓"))).ok());
    SecretStore freshReader(QStringLiteral("saasodoo-test"));
    read = waitFor(freshReader.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), QStringLiteral("second välue ✓"));

    const Status removed = waitFor(writer.remove(key));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    SecretStore afterRemove(QStringLiteral("saasodoo-test"));
    QVERIFY(!waitFor(afterRemove.read(key)).ok());
}

void TestSecretStore::readMissingKeyNamesKey()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString key = uniqueKey("missing");
    SecretStore store(QStringLiteral("saasodoo-test"));
    const Result<QString> read = waitFor(store.read(key));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(key), qPrintable(read.error()));
}

void TestSecretStore::signOutDropsCachedSecret()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString key = uniqueKey("sign-out");
    SecretStore store(QStringLiteral("saasodoo-test"));
    QVERIFY(waitFor(store.write(key, QStringLiteral("cached"))).ok());
    QVERIFY(store.holdsInMemory(key));

    store.signOut();
    QVERIFY(!store.holdsInMemory(key));

    // The keychain still has it; only the memory copy is gone.
    const Result<QString> read = waitFor(store.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), QStringLiteral("cached"));
    QVERIFY(waitFor(store.remove(key)).ok());
}

void TestSecretStore::generateStoresStrongSecret()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString key = SecretStore::instanceKey(QUuid::createUuid().toString(QUuid::WithoutBraces),
        QStringLiteral("db-password"));
    SecretStore store(QStringLiteral("saasodoo-test"));
    const Result<QString> generated = waitFor(store.generate(key));
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QVERIFY(generated.value().size() >= 22);

    SecretStore reader(QStringLiteral("saasodoo-test"));
    const Result<QString> read = waitFor(reader.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), generated.value());
    QVERIFY(waitFor(store.remove(key)).ok());
}

QProcess *TestSecretStore::startProbe(const QString &mode, const QString &busAddress, const QString &home)
{
    auto *probe = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.remove(QStringLiteral("DISPLAY"));
    probe->setProcessEnvironment(env);
    probe->setProcessChannelMode(QProcess::SeparateChannels);
    probe->start(QCoreApplication::applicationFilePath(), { mode });
    return probe;
}

void TestSecretStore::noKeychainFailsClearly()
{
    QTemporaryDir scratch(QStringLiteral("/tmp/sod-secrets-XXXXXX"));
    QVERIFY(scratch.isValid());
    PrivateBus bus;
    QVERIFY(startPrivateBus(bus, scratch.path()));

    QProcess *probe = startProbe(QStringLiteral("--probe"), bus.address, scratch.path() + QStringLiteral("/home"));
    QVERIFY(probe->waitForFinished(30000));
    const auto values = parseProbeOutput(probe->readAllStandardOutput());
    QCOMPARE(values.value(QStringLiteral("write-ok")), QStringLiteral("0"));
    const QString error = values.value(QStringLiteral("error"));
    QVERIFY2(error.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("GNOME Keyring")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String(kProbeSecret)), qPrintable(error));
    bus.daemon.kill();
    bus.daemon.waitForFinished();
}

void TestSecretStore::noKeychainSessionFallbackKeepsMemoryOnly()
{
    QTemporaryDir scratch(QStringLiteral("/tmp/sod-secrets-XXXXXX"));
    QVERIFY(scratch.isValid());
    PrivateBus bus;
    QVERIFY(startPrivateBus(bus, scratch.path()));

    const QString home = scratch.path() + QStringLiteral("/home");
    QProcess *probe = startProbe(QStringLiteral("--probe-fallback"), bus.address, home);
    QVERIFY(probe->waitForFinished(30000));
    const QByteArray output = probe->readAllStandardOutput();
    const auto values = parseProbeOutput(output);
    QCOMPARE(values.value(QStringLiteral("fallback-write-ok")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("fallback-read")), QString::fromLatin1(kProbeSecret));
    QCOMPARE(values.value(QStringLiteral("after-sign-out")), QStringLiteral("0"));
    // Nothing the probe wrote on disk holds the secret: no plaintext fallback.
    QCOMPARE(filesContaining(home, kProbeSecret), QStringList());
    bus.daemon.kill();
    bus.daemon.waitForFinished();
}

void TestSecretStore::hungKeychainTimesOut()
{
    QTemporaryDir scratch(QStringLiteral("/tmp/sod-secrets-XXXXXX"));
    QVERIFY(scratch.isValid());
    PrivateBus bus;
    QVERIFY(startPrivateBus(bus, scratch.path()));

    QProcess *owner = startProbe(QStringLiteral("--hung-keychain"), bus.address, scratch.path());
    QVERIFY(owner->waitForReadyRead(10000));
    QCOMPARE(owner->readLine().trimmed(), QByteArray("owned"));

    QProcess *probe = startProbe(QStringLiteral("--probe"), bus.address, scratch.path() + QStringLiteral("/home"));
    QVERIFY(probe->waitForFinished(30000));
    const auto values = parseProbeOutput(probe->readAllStandardOutput());
    QCOMPARE(values.value(QStringLiteral("write-ok")), QStringLiteral("0"));
    QVERIFY2(values.value(QStringLiteral("error")).contains(QLatin1String("did not answer within 2 seconds")),
        qPrintable(values.value(QStringLiteral("error"))));
    // The 2-second limit holds, give or take process start-up.
    QVERIFY(values.value(QStringLiteral("elapsed-ms")).toInt() < 8000);

    owner->kill();
    owner->waitForFinished();
    bus.daemon.kill();
    bus.daemon.waitForFinished();
}

void TestSecretStore::lockedKeychainFailsClearlyAndRecovers()
{
    QTemporaryDir scratch(QStringLiteral("/tmp/sod-secrets-XXXXXX"));
    QVERIFY(scratch.isValid());
    PrivateBus bus;
    QVERIFY(startPrivateBus(bus, scratch.path()));
    PrivateKeyring keyring;
    const QString keyringError = startPrivateKeyring(keyring, bus, scratch.path());
    QVERIFY2(keyringError.isEmpty(), qPrintable(keyringError));
    const QString home = scratch.path() + QStringLiteral("/home");

    QProcess *writer = startProbe(QStringLiteral("--probe"), bus.address, home);
    QVERIFY(writer->waitForFinished(30000));
    auto values = parseProbeOutput(writer->readAllStandardOutput());
    QVERIFY2(values.value(QStringLiteral("write-ok")) == QLatin1String("1"), qPrintable(values.value(QStringLiteral("error"))));

    // Lock the default collection, as the session's screen lock or the admin would.
    QDBusConnection connection = QDBusConnection::connectToBus(bus.address, QStringLiteral("keyring-check"));
    const QString service = QStringLiteral("/org/freedesktop/secrets");
    const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
    QDBusMessage alias = callSecretService(connection, service, serviceInterface, QStringLiteral("ReadAlias"),
        { QStringLiteral("default") });
    QVERIFY2(alias.type() == QDBusMessage::ReplyMessage, qPrintable(alias.errorMessage()));
    const QDBusObjectPath collection = alias.arguments().value(0).value<QDBusObjectPath>();
    QVERIFY(!collection.path().isEmpty() && collection.path() != QLatin1String("/"));
    QDBusMessage locked = callSecretService(connection, service, serviceInterface, QStringLiteral("Lock"),
        { QVariant::fromValue(QList<QDBusObjectPath> { collection }) });
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    QProcess *reader = startProbe(QStringLiteral("--probe-read"), bus.address, home);
    QVERIFY(reader->waitForFinished(30000));
    values = parseProbeOutput(reader->readAllStandardOutput());
    QCOMPARE(values.value(QStringLiteral("read-ok")), QStringLiteral("0"));
    const QString error = values.value(QStringLiteral("error"));
    QVERIFY2(error.contains(QLatin1String("unlock"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String(kProbeSecret)), qPrintable(error));
    // The store's 2-second timeout applies, give or take process start-up.
    QVERIFY(values.value(QStringLiteral("elapsed-ms")).toInt() < 8000);
    // No file contains the secret in plain text: not in the probe's home, not in the keyring's files.
    QCOMPARE(filesContaining(scratch.path(), kProbeSecret), QStringList());

    // Unlocked again with the keyring's password, the same key reads back.
    qDBusRegisterMetaType<ServiceSecret>();
    QDBusMessage session = callSecretService(connection, service, serviceInterface, QStringLiteral("OpenSession"),
        { QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString())) });
    QVERIFY2(session.type() == QDBusMessage::ReplyMessage, qPrintable(session.errorMessage()));
    ServiceSecret master { session.arguments().value(1).value<QDBusObjectPath>(), {}, keyring.password,
        QStringLiteral("text/plain") };
    QDBusMessage unlocked = callSecretService(connection, service,
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"), { QVariant::fromValue(collection), QVariant::fromValue(master) });
    QVERIFY2(unlocked.type() == QDBusMessage::ReplyMessage, qPrintable(unlocked.errorMessage()));

    QProcess *again = startProbe(QStringLiteral("--probe-read"), bus.address, home);
    QVERIFY(again->waitForFinished(30000));
    values = parseProbeOutput(again->readAllStandardOutput());
    QVERIFY2(values.value(QStringLiteral("read-ok")) == QLatin1String("1"), qPrintable(values.value(QStringLiteral("error"))));
    QCOMPARE(values.value(QStringLiteral("read")), QString::fromLatin1(kProbeSecret));

    QDBusConnection::disconnectFromBus(QStringLiteral("keyring-check"));
    keyring.daemon.terminate();
    QVERIFY(keyring.daemon.waitForFinished(10000));
    bus.daemon.kill();
    bus.daemon.waitForFinished();
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrncmp(argv[1], "--probe", 7) == 0) {
        QCoreApplication app(argc, argv);
        return runProbe(QString::fromLatin1(argv[1]));
    }
    if (argc > 1 && qstrcmp(argv[1], "--hung-keychain") == 0) {
        QCoreApplication app(argc, argv);
        return runHungKeychain();
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
