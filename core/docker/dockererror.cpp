// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockererror.h"

#include <QCoreApplication>

#include <cerrno>

namespace saasodoo::docker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Docker", text);
}

QString withDetail(const QString &message, const QString &detail)
{
    if (detail.isEmpty())
        return message;
    return tr("%1 (%2)").arg(message, detail);
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 304: return QStringLiteral("Not Modified");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 409: return QStringLiteral("Conflict");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 503: return QStringLiteral("Service Unavailable");
    default: return QStringLiteral("HTTP error");
    }
}

QString certificateDescription(const TransportFailure &failure)
{
    if (failure.serverSubject.isEmpty())
        return tr("its certificate");
    if (failure.serverIssuer.isEmpty())
        return tr("its certificate \"%1\"").arg(failure.serverSubject);
    return tr("its certificate \"%1\" issued by \"%2\"").arg(failure.serverSubject, failure.serverIssuer);
}

QString peerCertificateMessage(const TransportFailure &failure)
{
    const QString certificate = certificateDescription(failure);
    switch (failure.certificateProblem) {
    case TransportFailure::CertificateProblem::UnknownAuthority:
        return tr("The Docker engine at %1 is not trusted: %2 is not signed by the CA in %3. "
                  "Use the ca.pem that signed the engine's certificate.")
            .arg(failure.endpoint, certificate, failure.caFile.isEmpty() ? tr("the system store") : failure.caFile);
    case TransportFailure::CertificateProblem::HostnameMismatch:
        if (!failure.expectedServerName.isEmpty())
            return tr("The Docker engine at %1 is not trusted: %2 is valid for %3, not for %4, the expected server "
                      "name. Correct the expected server name of the endpoint.")
                .arg(failure.endpoint, certificate,
                    failure.serverNames.isEmpty() ? tr("no name (it has no subject alternative names)")
                                                  : failure.serverNames.join(QStringLiteral(", ")),
                    failure.expectedServerName);
        return tr("The Docker engine at %1 is not trusted: %2 is valid for %3, not for %4, the address dialled. "
                  "Connect with one of those names, or set the expected server name of the endpoint.")
            .arg(failure.endpoint, certificate,
                failure.serverNames.isEmpty() ? tr("no name (it has no subject alternative names)")
                                              : failure.serverNames.join(QStringLiteral(", ")),
                failure.dialled);
    case TransportFailure::CertificateProblem::Expired:
        return tr("The Docker engine at %1 is not trusted: %2 expired on %3. Renew the engine's certificate.")
            .arg(failure.endpoint, certificate, failure.serverNotAfter);
    case TransportFailure::CertificateProblem::NotYetValid:
        return tr("The Docker engine at %1 is not trusted: %2 is valid only from %3. "
                  "Check the clock of this computer and of the engine.")
            .arg(failure.endpoint, certificate, failure.serverNotBefore);
    case TransportFailure::CertificateProblem::None:
    case TransportFailure::CertificateProblem::Other:
        break;
    }
    return tr("The Docker engine at %1 is not trusted: %2 was rejected.").arg(failure.endpoint, certificate);
}

QString connectFailedMessage(const TransportFailure &failure)
{
    const QString endpoint = failure.endpoint;
    switch (failure.osErrno) {
    case ENOENT:
        return tr("Docker is not reachable at %1: no such file. The daemon is not running, or the socket "
                  "path is wrong.")
            .arg(endpoint);
    case ECONNREFUSED:
        return tr("Docker is not reachable at %1: connection refused. The daemon is not running or does "
                  "not listen there.")
            .arg(endpoint);
    case EACCES:
    case EPERM:
        return tr("Docker is not reachable at %1: permission denied. The daemon is running, but this user "
                  "may not open its socket: add the user to the socket's group (usually docker).")
            .arg(endpoint);
    case ENETUNREACH:
    case EHOSTUNREACH:
        return tr("Docker is not reachable at %1: no route to the host. Check the network and the address.")
            .arg(endpoint);
    default:
        break;
    }
    return tr("Docker is not reachable at %1: the connection failed.").arg(endpoint);
}

// Builds the message of a transport failure. A timeout names `operation`,
// the call that timed out, because several calls may be in flight.
QString transportMessage(const TransportFailure &failure, const QString &operation)
{
    using Cause = TransportFailure::Cause;
    switch (failure.cause) {
    case Cause::ConnectFailed:
        return connectFailedMessage(failure);
    case Cause::ResolveFailed:
        return tr("Docker is not reachable at %1: the host name %2 could not be resolved.")
            .arg(failure.endpoint, failure.dialled);
    case Cause::ConnectTimeout:
        return tr("Docker is not reachable at %1: connecting timed out after %2 s, so the request to %3 was not "
                  "sent. Check that the host is up and that no firewall drops the connection.")
            .arg(failure.endpoint)
            .arg(failure.timeoutSeconds)
            .arg(operation);
    case Cause::IdleTimeout:
        return tr("The Docker engine at %1 sent no data for %2 s during the request to %3, so the request timed "
                  "out.")
            .arg(failure.endpoint)
            .arg(failure.timeoutSeconds)
            .arg(operation);
    case Cause::RequestTimeout:
        return tr("The Docker engine at %1 accepted the request to %3 but did not answer within %2 s, so the "
                  "request timed out. The engine may still carry it out.")
            .arg(failure.endpoint)
            .arg(failure.timeoutSeconds)
            .arg(operation);
    case Cause::PeerCertificateRejected:
        return peerCertificateMessage(failure);
    case Cause::ClientCertificateMissing:
        return tr("The Docker engine at %1 requires a client certificate, but none is configured. Set the "
                  "endpoint's cert.pem and key.pem.")
            .arg(failure.endpoint);
    case Cause::ClientCertificateRejected:
        return tr("The Docker engine at %1 rejected the client certificate %2 (\"%3\"): it is not signed by a "
                  "CA that the engine trusts, or it has expired.")
            .arg(failure.endpoint, failure.clientCertFile,
                failure.clientSubject.isEmpty() ? tr("subject unknown") : failure.clientSubject);
    case Cause::ClientCertificateUnreadable:
        return tr("The client certificate %1 or its key for %2 could not be loaded. Check that both files "
                  "are PEM, that they belong together, and the key's passphrase.")
            .arg(failure.clientCertFile, failure.endpoint);
    case Cause::CaFileUnreadable:
        return tr("The CA file %1 for %2 could not be read. Check that it exists and is PEM.")
            .arg(failure.caFile, failure.endpoint);
    case Cause::TlsHandshakeFailed:
        return tr("The TLS handshake with the Docker engine at %1 failed. Check that it listens with TLS "
                  "and that the endpoint's certificates match it.")
            .arg(failure.endpoint);
    case Cause::ConnectionClosed:
        return tr("The Docker engine at %1 closed the connection without a complete reply.").arg(failure.endpoint);
    case Cause::Other:
        break;
    }
    return tr("The request to the Docker engine at %1 failed.").arg(failure.endpoint);
}

} // namespace

DockerError httpError(const QString &operation, int httpStatus, const QString &engineMessage)
{
    DockerError error;
    error.kind = DockerError::Kind::Http;
    error.operation = operation;
    error.httpStatus = httpStatus;
    error.engineMessage = engineMessage;

    const QString detail = engineMessage.isEmpty() ? reasonPhrase(httpStatus) : engineMessage;
    QString hint;
    if (httpStatus == 404)
        hint = tr("The object does not exist on this engine.");
    else if (httpStatus == 409)
        hint = tr("The request conflicts with the object's current state or name.");
    else if (httpStatus >= 500)
        hint = tr("The engine failed internally; its log has the details.");

    error.message = tr("Could not %1: the Docker engine returned HTTP %2: %3.")
                        .arg(operation)
                        .arg(httpStatus)
                        .arg(detail);
    if (!hint.isEmpty())
        error.message = QString(error.message + u' ' + hint);
    return error;
}

DockerError configurationError(const QString &operation, const QString &message)
{
    DockerError error;
    error.kind = DockerError::Kind::Configuration;
    error.operation = operation;
    error.message = message;
    return error;
}

DockerError cancelledError(const QString &operation)
{
    DockerError error;
    error.kind = DockerError::Kind::Cancelled;
    error.operation = operation;
    error.message = tr("Could not %1: the call was cancelled.").arg(operation);
    return error;
}

DockerError transportError(const QString &operation, const TransportFailure &failure)
{
    using Cause = TransportFailure::Cause;
    DockerError error;
    error.operation = operation;
    switch (failure.cause) {
    case Cause::ConnectFailed:
    case Cause::ResolveFailed:
        error.kind = DockerError::Kind::Unreachable;
        break;
    case Cause::ConnectTimeout:
    case Cause::IdleTimeout:
    case Cause::RequestTimeout:
        error.kind = DockerError::Kind::Timeout;
        break;
    case Cause::PeerCertificateRejected:
    case Cause::ClientCertificateMissing:
    case Cause::ClientCertificateRejected:
    case Cause::ClientCertificateUnreadable:
    case Cause::CaFileUnreadable:
    case Cause::TlsHandshakeFailed:
        error.kind = DockerError::Kind::Tls;
        break;
    case Cause::ConnectionClosed:
    case Cause::Other:
        error.kind = DockerError::Kind::Protocol;
        break;
    }
    // libcurl's text for a timeout ("Operation timed out after 120000
    // milliseconds with 0 bytes received") only repeats the message, so it
    // is left out there.
    const QString message = transportMessage(failure, operation);
    error.message = error.kind == DockerError::Kind::Timeout ? message : withDetail(message, failure.lowLevelMessage);
    return error;
}

} // namespace saasodoo::docker
