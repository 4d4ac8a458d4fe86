// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "core/catalog/catalogfiles.h"
#include "core/catalog/migrations.h"
#include "core/common/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHostAddress>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("saasodoo-catalog-%1").arg(++counter);
}

Status enableWal(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return makeError(tr("Could not switch the catalog to WAL mode: %1").arg(query.lastError().text()));
    const QString mode = query.value(0).toString();
    query.finish();
    // WAL needs shared memory, which some network file systems lack; SQLite
    // then keeps the old journal mode. The catalog still works, only with
    // readers and the writer blocking each other.
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcCatalog) << "SQLite kept journal mode" << mode << "instead of WAL for" << db.databaseName();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return makeError(tr("Could not configure the catalog: %1").arg(query.lastError().text()));
    return {};
}

} // namespace

QString pgServerKey(const Host &host)
{
    // Spellings of one address count as one server: case, a trailing dot,
    // IPv6 brackets and notation, and every loopback name or address
    // (localhost, 127.0.0.0/8, ::1). NOTE: two different DNS names of one
    // server still give two keys, so the provisioner queries the server
    // itself for the database before it creates anything.
    QString name = host.pgHost.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))
        || (!address.isNull() && address.isLoopback()))
        name = QStringLiteral("loopback");
    else if (!address.isNull())
        name = address.toString();
    return QString(name + u':' + QString::number(host.pgPort));
}

Result<std::unique_ptr<Catalog>> Catalog::open(const CatalogConfig &config)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Catalog> catalog;
    {
        // Scoped so that no copy of the connection outlives the Catalog,
        // whose destructor removes it.
        Result<QSqlDatabase> opened = openConnection(config, name);
        if (!opened)
            return makeError(opened.error());
        catalog.reset(new Catalog(config, *opened, name));
    }
    QSqlDatabase &db = catalog->m_db;
    if (config.backend == Backend::Sqlite)
        CatalogFiles::registerOpen(db.databaseName());

    // Check the version before WAL mode, which writes the file header.
    const Result<int> version = readSchemaVersion(db);
    if (!version)
        return makeError(version.error());
    if (*version > latestSchemaVersion()) {
        const Status refused = migrate(db, catalog->m_dialect, latestSchemaVersion());
        qCWarning(lcCatalog) << "refusing catalog" << config.displayName() << "with schema version" << *version;
        return makeError(refused.error());
    }
    if (config.backend == Backend::Sqlite) {
        if (Status wal = enableWal(db); !wal)
            return makeError(wal.error());
    }
    if (Status migrated = migrate(db, catalog->m_dialect, latestSchemaVersion()); !migrated)
        return makeError(migrated.error());
    return catalog;
}

Catalog::Catalog(const CatalogConfig &config, QSqlDatabase db, QString connectionName)
    : m_config(config)
    , m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
    , m_dialect(config.backend)
{
    // The connection has its password; the copy of the config does not need it.
    m_config.pgPassword.clear();
}

Catalog::~Catalog()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalog::osUserName()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER; the password
    // database still names the account.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString Catalog::actorName() const
{
    return m_adminName.isEmpty() ? osUserName() : m_adminName;
}

QSqlQuery Catalog::prepare(const QString &sql)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Catalog",
        "a Catalog is used on a thread other than the one that opened it");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Status Catalog::execute(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    return failure(ErrorKind::Database, tr("Catalog query failed (%1): %2").arg(what, query.lastError().text()));
}

Error Catalog::failure(ErrorKind kind, const QString &message)
{
    m_lastErrorKind = kind;
    // Roll back at once, while the failed statement's QSqlQuery still
    // exists: QPSQL deallocates a prepared statement when its query is
    // destroyed, which PostgreSQL refuses inside an aborted transaction.
    if (m_inTransaction) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
    }
    if (kind == ErrorKind::Database)
        qCWarning(lcCatalog) << message;
    return makeError(message);
}

Error Catalog::constraintError(const QSqlError &error, const QString &what, std::initializer_list<UniqueRule> rules)
{
    if (m_dialect.isUniqueViolation(error)) {
        const QString text = error.databaseText();
        for (const UniqueRule &rule : rules) {
            if (text.contains(rule.constraint) || text.contains(rule.sqliteColumns))
                return failure(ErrorKind::Validation, rule.message);
        }
    }
    if (m_dialect.isForeignKeyViolation(error)) {
        return failure(ErrorKind::Validation,
            tr("Could not save the %1: a record it refers to does not exist (%2).").arg(what, error.databaseText()));
    }
    return failure(ErrorKind::Database, tr("Could not save the %1: %2").arg(what, error.text()));
}

Error Catalog::conflict(const QString &table, const QString &what, const QString &id)
{
    // Admins know these records by name; the others are named by id.
    static const QStringList namedTables { QStringLiteral("customers"), QStringLiteral("hosts"),
        QStringLiteral("instances"), QStringLiteral("plans"), QStringLiteral("tenants") };
    const bool named = namedTables.contains(table);
    QSqlQuery query = prepare(QStringLiteral("SELECT updated_by, updated_at, row_version%1 FROM %2 WHERE id = ?")
                                  .arg(named ? QStringLiteral(", name") : QString(), table));
    bind(query, id);
    if (!query.exec())
        return failure(ErrorKind::Database, tr("Could not read the %1 %2: %3").arg(what, id, query.lastError().text()));
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("The %1 %2 does not exist; it may have been deleted.").arg(what, id));
    const QString by = query.value(0).toString();
    const QDateTime at = decodeTime(query.value(1));
    const QString name = named ? query.value(3).toString() : QString();
    return failure(ErrorKind::Conflict,
        tr("The %1 %2 was changed by %3 at %4 UTC after you loaded it. Reload it and apply your change again.")
            .arg(what, name.isEmpty() ? id : name, by.isEmpty() ? tr("another session") : by,
                at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

Status Catalog::write(const WriteStep &step)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(m_dialect.beginWriteStatement()))
        return failure(ErrorKind::Database, tr("Could not start a catalog transaction: %1").arg(begin.lastError().text()));
    begin.finish();
    m_inTransaction = true;

    const Status done = step();
    QSqlQuery end(m_db);
    if (!done) {
        if (m_inTransaction)
            end.exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        return done;
    }
    m_inTransaction = false;
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString reason = end.lastError().text();
        end.exec(QStringLiteral("ROLLBACK"));
        return failure(ErrorKind::Database, tr("Could not commit the catalog transaction: %1").arg(reason));
    }
    return {};
}

Status Catalog::audit(const QString &action, const QString &targetType, const QString &targetId,
    const QJsonObject &details)
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO audit_events (id, occurred_at, os_user, admin_name, action, target_type, target_id, details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(query, newId());
    bind(query, encodeTime(nowUtc()));
    bind(query, osUserName());
    bind(query, m_adminName);
    bind(query, action);
    bind(query, targetType);
    bind(query, targetId);
    bind(query, encodeObject(details));
    return execute(query, tr("audit event %1").arg(action));
}

Result<QList<AuditEvent>> Catalog::auditEvents(const QString &targetId, int limit)
{
    resetError();
    QString sql = QStringLiteral(
        "SELECT id, occurred_at, os_user, admin_name, action, target_type, target_id, details FROM audit_events");
    if (!targetId.isEmpty())
        sql += QStringLiteral(" WHERE target_id = ?");
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id LIMIT %1").arg(qMax(1, limit));
    QSqlQuery query = prepare(sql);
    if (!targetId.isEmpty())
        bind(query, targetId);
    if (Status ran = execute(query, tr("audit events")); !ran)
        return makeError(ran.error());

    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toString();
        event.at = decodeTime(query.value(1));
        event.osUser = query.value(2).toString();
        event.adminName = query.value(3).toString();
        event.action = query.value(4).toString();
        event.targetType = query.value(5).toString();
        event.targetId = query.value(6).toString();
        event.details = decodeObject(query.value(7));
        events.append(event);
    }
    return events;
}

} // namespace saasodoo::catalog
