// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the Docker client: HTTP over libcurl to one endpoint.

#include "core/common/cancellation.h"
#include "core/docker/dockererror.h"
#include "core/docker/endpoint.h"
#include "core/docker/streams.h"

#include <QByteArray>
#include <QMap>

#include <chrono>
#include <memory>

namespace saasodoo::docker::detail {

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target; // path plus query, already versioned, for example /v1.41/containers/json
    QByteArray body; // sent as application/json unless bodySource is set
    QByteArray contentType = "application/json";
    ByteSource bodySource; // streamed with chunked transfer encoding
    ByteSink bodySink; // receives a 2xx body instead of HttpResponse::body
    std::chrono::milliseconds totalTimeout { 0 }; // 0 means none
    std::chrono::milliseconds idleTimeout { 0 }; // no byte received for this long; 0 means none
    CancellationToken cancellation;
};

struct HttpResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body; // the whole body, or an error body when bodySink was set
    bool stoppedBySink = false; // the sink returned false, so the transfer ended early
};

struct TransportOptions
{
    std::chrono::milliseconds connectTimeout { 10000 };
    QByteArray keyPassphrase;
    CancellationToken cancellation; // checked with each request's own token
};

class Transport
{
public:
    Transport(Endpoint endpoint, TransportOptions options);
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    const Endpoint &endpoint() const { return m_endpoint; }

    // Performs one request on a fresh easy handle; connections, TLS sessions
    // and DNS results are shared through a locked CURLSH, so any thread may
    // call this concurrently. HTTP error statuses are returned as responses,
    // not errors; failures without a reply become a DockerError.
    DockerResult<HttpResponse> perform(const HttpRequest &request, const QString &operation) const;

private:
    struct Shared;
    Endpoint m_endpoint;
    TransportOptions m_options;
    std::unique_ptr<Shared> m_shared;
};

// Returns the engine's error text from an error body ({"message": "..."}),
// or the trimmed body when it is not that JSON.
QString engineMessage(const QByteArray &body);

} // namespace saasodoo::docker::detail
