// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace saasodoo::docker {

// The reason a Docker Engine API call failed. `message` is always a full translated
// sentence fit to show an admin; the other fields let code react to the cause.
struct DockerError
{
    enum class Kind {
        Configuration, // the endpoint or an argument is invalid; nothing was sent
        Unreachable, // no connection: daemon down, socket missing, no permission
        Tls, // the TLS handshake failed or a certificate was rejected
        Timeout, // connecting or waiting for data took longer than the limit
        Cancelled, // a CancellationToken stopped the call
        Http, // the engine replied with an HTTP error status
        Protocol, // the reply could not be parsed or broke the stream format
        UnsupportedVersion, // the engine's API version is older than the client supports
        Callback, // a caller's sink or source failed
    };

    Kind kind = Kind::Protocol;
    QString operation; // translated phrase, for example "start container acme"
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString engineMessage; // the "message" field of the engine's error body
    QString message;

    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    bool isConflict() const { return kind == Kind::Http && httpStatus == 409; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
};

// The value of a Docker call or the DockerError explaining its failure. It has
// the shape of saasodoo::Result and converts to it, so callers that only
// need the message can keep using the project-wide type.
template<typename T>
class DockerResult
{
public:
    DockerResult(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    DockerResult(DockerError error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // The error message, or an empty string on success (so a test can
    // build its failure message before checking ok()).
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_state).message;
    }
    const DockerError &dockerError() const { return std::get<1>(m_state); }

    operator saasodoo::Result<T>() const &
    {
        if (ok())
            return saasodoo::Result<T>(value());
        return saasodoo::Result<T>(makeError(error()));
    }

private:
    std::variant<T, DockerError> m_state;
};

template<>
class DockerResult<void>
{
public:
    DockerResult() = default;
    DockerResult(DockerError error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const
    {
        static const QString none;
        return m_error ? m_error->message : none;
    }
    const DockerError &dockerError() const { return *m_error; }

    operator saasodoo::Status() const
    {
        if (ok())
            return {};
        return saasodoo::Status(makeError(error()));
    }

private:
    std::optional<DockerError> m_error;
};

using DockerStatus = DockerResult<void>;

// Builds the error for an HTTP error reply: names the operation, the status
// and the engine's own message, and adds a hint for 404, 409 and 5xx.
DockerError httpError(const QString &operation, int httpStatus, const QString &engineMessage);

DockerError configurationError(const QString &operation, const QString &message);

// Builds the error for a call stopped by its CancellationToken.
DockerError cancelledError(const QString &operation);

// The facts the transport collects when a request gets no HTTP reply. Kept
// free of libcurl types so the mapping to messages is unit-testable.
struct TransportFailure
{
    enum class Cause {
        ConnectFailed, // connect() failed: see osErrno
        ResolveFailed,
        ConnectTimeout,
        IdleTimeout, // connected, but no data for timeoutSeconds
        RequestTimeout, // the whole request took longer than timeoutSeconds
        PeerCertificateRejected, // this client did not accept the engine's certificate
        ClientCertificateMissing, // the engine asked for a client certificate, none configured
        ClientCertificateRejected, // the engine rejected this client's certificate
        ClientCertificateUnreadable, // cert.pem or key.pem could not be loaded (passphrase?)
        CaFileUnreadable,
        TlsHandshakeFailed, // any other TLS failure
        ConnectionClosed, // the engine closed the connection without a reply
        Other,
    };
    enum class CertificateProblem { None, UnknownAuthority, HostnameMismatch, Expired, NotYetValid, Other };

    Cause cause = Cause::Other;
    int osErrno = 0;
    QString endpoint; // the host URL as configured, e.g. unix:///var/run/docker.sock
    QString dialled; // host or IP the client connected to (no port), or the socket path
    QString expectedServerName; // Endpoint::tlsServerName, verified instead of `dialled` when set
    QString lowLevelMessage; // libcurl's or OpenSSL's text, appended for developers
    int timeoutSeconds = 0; // the limit that expired, for the three timeout causes

    // Set for TLS failures when the engine's certificate could be read.
    CertificateProblem certificateProblem = CertificateProblem::None;
    QString serverSubject;
    QString serverIssuer;
    QStringList serverNames; // DNS names and IP addresses in the certificate
    QString serverNotAfter; // ISO 8601
    QString serverNotBefore;
    QString caFile;
    QString clientCertFile;
    QString clientSubject;
};

DockerError transportError(const QString &operation, const TransportFailure &failure);

} // namespace saasodoo::docker
