// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "core/common/logging.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

#include <poll.h>

namespace saasodoo::postgres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postgres", text);
}

void collectNotice(void *target, const PGresult *result)
{
    auto *notices = static_cast<QStringList *>(target);
    notices->append(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
}

// libpq's messages end with a newline and sometimes carry a "DETAIL:" line.
QString cleanMessage(const char *message)
{
    return QString::fromUtf8(message).trimmed().replace(u'\n', u' ');
}

} // namespace

QString PgEndpoint::display() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

Result<PgConnection> PgConnection::open(const PgEndpoint &endpoint, const QString &password,
    const QString &database, int connectTimeoutSeconds)
{
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(endpoint.port);
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray pass = password.toUtf8();
    const QByteArray dbname = database.toUtf8();
    const QByteArray sslmode = endpoint.sslMode.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds);

    // Keyword/value arrays: no connection string is built, so no value can
    // inject another keyword, and the password is not in any string that
    // could end up in a log.
    const char *keywords[] = { "host", "port", "user", "password", "dbname", "sslmode", "connect_timeout",
        "application_name", "client_encoding", nullptr };
    const char *values[] = { host.constData(), port.constData(), user.constData(), pass.constData(),
        dbname.constData(), sslmode.constData(), timeout.constData(), "saasodoo-console", "UTF8", nullptr };

    PGconn *connection = PQconnectdbParams(keywords, values, 0);
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString message = cleanMessage(PQerrorMessage(connection));
        PQfinish(connection);
        return makeError(tr("Could not connect to PostgreSQL as %1 (database %2): %3")
                             .arg(endpoint.display(), database, message));
    }
    return PgConnection(connection, endpoint, database);
}

PgConnection::PgConnection(pg_conn *connection, PgEndpoint endpoint, QString database)
    : m_connection(connection)
    , m_endpoint(std::move(endpoint))
    , m_database(std::move(database))
    , m_notices(std::make_unique<QStringList>())
{
    PQsetNoticeReceiver(m_connection, collectNotice, m_notices.get());
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_endpoint(std::move(other.m_endpoint))
    , m_database(std::move(other.m_database))
    , m_notices(std::move(other.m_notices))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_connection)
            PQfinish(m_connection);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_endpoint = std::move(other.m_endpoint);
        m_database = std::move(other.m_database);
        m_notices = std::move(other.m_notices);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

QString PgConnection::describeFailure(const QString &sql) const
{
    // The first word or two of the statement say which step failed without
    // repeating values (a CREATE ROLE carries a password hash).
    const QString verb = sql.section(u' ', 0, 1);
    return tr("PostgreSQL at %1 rejected %2: %3")
        .arg(m_endpoint.display(), verb, cleanMessage(PQerrorMessage(m_connection)));
}

namespace {

struct BoundParameters
{
    explicit BoundParameters(const QStringList &parameters)
    {
        storage.reserve(parameters.size());
        for (const QString &parameter : parameters) {
            storage.push_back(parameter.toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    int count() const { return int(values.size()); }
    const char *const *data() const { return values.empty() ? nullptr : values.data(); }

    std::vector<QByteArray> storage;
    std::vector<const char *> values;
};

} // namespace

Result<PgRows> PgConnection::query(const QString &sql, const QStringList &parameters)
{
    const BoundParameters bound(parameters);
    const QByteArray statement = sql.toUtf8();
    return takeRows(PQexecParams(m_connection, statement.constData(), bound.count(), nullptr, bound.data(),
                        nullptr, nullptr, 0),
        sql);
}

Result<PgRows> PgConnection::query(const QString &sql, const QStringList &parameters,
    const CancellationToken &cancellation)
{
    const BoundParameters bound(parameters);
    const QByteArray statement = sql.toUtf8();
    if (PQsendQueryParams(m_connection, statement.constData(), bound.count(), nullptr, bound.data(), nullptr,
            nullptr, 0)
        != 1)
        return makeError(describeFailure(sql));

    bool cancelSent = false;
    while (PQisBusy(m_connection) == 1) {
        pollfd socket { PQsocket(m_connection), POLLIN, 0 };
        ::poll(&socket, 1, 200);
        if (PQconsumeInput(m_connection) != 1)
            break;
        if (!cancelSent && cancellation.isCancelled()) {
            // PQcancel opens a second connection and requests that the server
            // end the statement. The reply still arrives on this connection.
            std::unique_ptr<PGcancel, decltype(&PQfreeCancel)> cancel(PQgetCancel(m_connection), PQfreeCancel);
            char error[256] = {};
            if (cancel && PQcancel(cancel.get(), error, sizeof error) != 1)
                qCWarning(lcPostgres) << "cancel request to" << m_endpoint.display() << "failed:" << error;
            cancelSent = true;
        }
    }

    // The last result carries the outcome. Every result must be read before
    // the connection takes another statement.
    PGresult *last = nullptr;
    while (PGresult *next = PQgetResult(m_connection)) {
        if (last)
            PQclear(last);
        last = next;
    }
    if (cancelSent && PQresultStatus(last) != PGRES_TUPLES_OK && PQresultStatus(last) != PGRES_COMMAND_OK) {
        PQclear(last);
        return makeError(tr("The statement on %1 was cancelled.").arg(m_endpoint.display()));
    }
    return takeRows(last, sql);
}

Result<PgRows> PgConnection::takeRows(pg_result *taken, const QString &sql)
{
    std::unique_ptr<PGresult, decltype(&PQclear)> result(taken, PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        qCDebug(lcPostgres) << "statement failed on" << m_endpoint.display() << sql.section(u' ', 0, 1);
        return makeError(describeFailure(sql));
    }

    PgRows rows;
    const int columnCount = PQnfields(result.get());
    for (int column = 0; column < columnCount; ++column)
        rows.columns << QString::fromUtf8(PQfname(result.get(), column));
    const int rowCount = PQntuples(result.get());
    for (int row = 0; row < rowCount; ++row) {
        QStringList values;
        QList<bool> nulls;
        for (int column = 0; column < columnCount; ++column) {
            values << QString::fromUtf8(PQgetvalue(result.get(), row, column));
            nulls << (PQgetisnull(result.get(), row, column) == 1);
        }
        rows.rows << values;
        rows.nulls << nulls;
    }
    return rows;
}

Status PgConnection::execute(const QString &sql, const QStringList &parameters)
{
    const Result<PgRows> result = query(sql, parameters);
    if (!result.ok())
        return makeError(result.error());
    return {};
}

QString PgConnection::quoteIdentifier(const QString &identifier) const
{
    const QByteArray raw = identifier.toUtf8();
    char *quoted = PQescapeIdentifier(m_connection, raw.constData(), size_t(raw.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::quoteLiteral(const QString &literal) const
{
    const QByteArray raw = literal.toUtf8();
    char *quoted = PQescapeLiteral(m_connection, raw.constData(), size_t(raw.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

Result<QString> PgConnection::encryptPassword(const QString &password, const QString &role)
{
    const QByteArray pass = password.toUtf8();
    const QByteArray user = role.toUtf8();
    // A null algorithm asks the server for its password_encryption setting.
    char *encrypted = PQencryptPasswordConn(m_connection, pass.constData(), user.constData(), nullptr);
    if (!encrypted)
        return makeError(tr("Could not hash the password for role %1: %2")
                             .arg(role, cleanMessage(PQerrorMessage(m_connection))));
    const QString result = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return result;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_connection);
}

QString PgConnection::currentUser()
{
    const Result<PgRows> rows = query(QStringLiteral("SELECT current_user"));
    return rows.ok() && !rows->rows.isEmpty() ? rows->value(0, 0) : m_endpoint.user;
}

QStringList PgConnection::takeNotices()
{
    return std::exchange(*m_notices, {});
}

} // namespace saasodoo::postgres
