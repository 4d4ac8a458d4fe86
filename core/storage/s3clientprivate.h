// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the S3 client: one signed HTTP exchange over libcurl, the
// retry loop around it, and the reading of S3 errors.

#include "core/storage/s3client.h"

#include <QCoreApplication>
#include <QMap>

#include <curl/curl.h>

#include <array>
#include <mutex>
#include <optional>

class QIODevice;

namespace saasodoo::storage::detail {

struct HttpRequest
{
    QByteArray method = "GET";
    QString key; // empty: the bucket itself
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QByteArray, QByteArray>> headers; // signed and sent as given
    QByteArray body; // sent when device is null
    QIODevice *device = nullptr; // streams deviceLength bytes from its current position
    qint64 deviceLength = 0;
    // Hex SHA-256 of the body. Empty: computed from `body`, or
    // UNSIGNED-PAYLOAD for a device body that was not hashed beforehand.
    QByteArray payloadHash;
    ByteSink sink; // receives a 2xx body instead of HttpResponse::body
    // With a sink: ask for the body from this byte on (a Range request,
    // which HttpRequest::headers must carry), and drop that many bytes of a
    // 200 reply from a server that ignored the Range.
    qint64 resumeFrom = 0;
    CancellationToken cancellation;
    std::function<void(qint64 sentBytes)> uploadProgress;
};

struct HttpResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body; // the whole body, or an error body when a sink was set
    QString transportError; // libcurl's message when no complete reply arrived
    bool cancelled = false;
    bool timedOut = false;
    bool sinkStopped = false;
    bool sourceFailed = false;
    qint64 sinkBytes = 0; // bytes handed to the sink
    qint64 skippedBytes = 0; // bytes of a 200 reply dropped for HttpRequest::resumeFrom

    bool succeeded() const { return transportError.isEmpty() && status >= 200 && status < 300; }
};

// Why a request failed, with what the error message needs.
struct Failure
{
    QString operation; // the S3 API name, for example PutObject
    QString key;
    int status = 0; // 0 when no HTTP reply arrived
    QString code; // S3 error code; for bodiless replies derived from the status
    QString serverMessage;
    QString transportError;
    bool cancelled = false;
    bool timedOut = false;
    bool localError = false; // the request never left, for example an unreadable source
    std::optional<qint64> clockOffsetMs; // server time minus local time, from RequestTimeTooSkewed

    bool retryable() const;
};

inline Failure makeFailure(const QString &operation, const QString &key)
{
    Failure failure;
    failure.operation = operation;
    failure.key = key;
    return failure;
}

struct Outcome
{
    HttpResponse response;
    std::optional<Failure> failure;
    int attempts = 0; // requests sent, retries included
    bool ok() const { return !failure.has_value(); }
};

QString tr(const char *text);
QByteArray md5Base64(const QByteArray &data);

} // namespace saasodoo::storage::detail

namespace saasodoo::storage {

struct S3Client::Private
{
    explicit Private(S3Client *client);
    ~Private();

    // Signs the request with the current (corrected) time and performs it once.
    detail::HttpResponse send(const detail::HttpRequest &request) const;
    // Sends, re-signing for each try: up to `maxAttempts` for retryable
    // failures, plus one more after RequestTimeTooSkewed. A device body is
    // retried only when the device is seekable, a sink only when it got no byte.
    detail::Outcome execute(const detail::HttpRequest &request, const QString &operation, int maxAttempts) const;
    detail::Failure failureFrom(const detail::HttpResponse &response, const QString &operation,
        const QString &key) const;
    Error toError(const detail::Failure &failure) const;
    QDateTime now() const;
    // Waits the back-off before attempt `attempt` + 1; false when cancelled meanwhile.
    bool backOff(int attempt, const CancellationToken &cancellation) const;
    QString endpointText() const;

    S3Client *q;
    CURLSH *share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> locks;
};

} // namespace saasodoo::storage
