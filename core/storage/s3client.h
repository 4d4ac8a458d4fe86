// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An S3 client on libcurl for AWS, MinIO, Ceph RADOS Gateway and other S3
// APIs: object calls, listing, multipart upload with per-part retry and
// resume, and read-back verification of an archive's SHA-256.
//
// Every call blocks the calling thread, so run it on a worker thread. One
// S3Client may be used from several threads at once: each call uses its own
// libcurl handle, and the handles share connections and DNS results.

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/storage/sigv4.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace saasodoo::storage {

enum class AddressingStyle {
    // Virtual-hosted for AWS endpoints (*.amazonaws.com) when the bucket name
    // is a valid DNS label without dots, path-style for every other endpoint.
    Automatic,
    Path, // http://endpoint/bucket/key
    VirtualHosted, // http://bucket.endpoint/key
};

struct S3Config
{
    // scheme://host[:port] of the S3 API. Empty means AWS:
    // https://s3.<region>.amazonaws.com.
    QUrl endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    AddressingStyle addressing = AddressingStyle::Automatic;
    Credentials credentials;

    std::chrono::milliseconds connectTimeout { 10000 };
    // A transfer that moves no byte for this long fails as timed out. Each
    // attempt waits this long on a server that accepts the connection but
    // never replies, so the worst case of a request is maxAttempts times
    // this plus the retry waits.
    std::chrono::seconds idleTimeout { 60 };
    QString caFile; // extra CA bundle for a self-signed HTTPS endpoint; empty uses the system's

    // Attempts per request (or per part of a multipart upload) before giving
    // up on transport errors, HTTP 5xx (503 SlowDown among them), 408, 429,
    // BadDigest and RequestTimeTooSkewed. Other 4xx errors fail at once.
    // The wait doubles from retryDelay up to maxRetryDelay, plus up to 25 %
    // jitter: with the defaults, 1, 2, 4, 8 and 8 s, so the last attempt
    // starts 23 to 29 s after the first, which rides out a restarting
    // gateway. Tests shorten retryDelay.
    int maxAttempts = 6;
    std::chrono::milliseconds retryDelay { 1000 };
    std::chrono::milliseconds maxRetryDelay { 8000 };
    // Called on the calling thread with one sentence before each retry of a
    // request or of a multipart part, for example to add it to a job log.
    // The client logs each retry as a warning of category lcStorage anyway.
    std::function<void(const QString &message)> retryCallback;

    // When the server returns RequestTimeTooSkewed, measure the offset from
    // its Date header and sign later requests with the corrected time.
    bool correctClockSkew = true;

    // The signing clock; tests set it to simulate a wrong system clock.
    // Null means QDateTime::currentDateTimeUtc().
    std::function<QDateTime()> clock;
};

struct ObjectInfo
{
    QString key;
    qint64 size = -1;
    QByteArray etag; // without quotes; "<md5-of-part-md5s>-<parts>" for multipart objects
    QDateTime lastModified;
    QString contentType;
    QMap<QString, QString> metadata; // x-amz-meta-* with the prefix removed, names in lower case
};

struct ListOptions
{
    QString prefix;
    QString delimiter;
    QString continuationToken; // from the previous page's nextContinuationToken
    int maxKeys = 1000;
};

struct ListPage
{
    QList<ObjectInfo> objects; // key, size, etag, lastModified
    QStringList commonPrefixes;
    bool truncated = false;
    QString nextContinuationToken;
};

struct PutOptions
{
    QString contentType = QStringLiteral("application/octet-stream");
    QMap<QString, QString> metadata; // sent as x-amz-meta-<name>; names and values must be ASCII
    CancellationToken cancellation;
};

// Called with each block of a GetObject body as it arrives. Returning false
// stops the transfer, and the call fails.
using ByteSink = std::function<bool(QByteArrayView)>;

struct UploadedPart
{
    int number = 0;
    qint64 size = 0;
    QByteArray etag; // without quotes
};

// The resumable state of a multipart upload, which the caller stores to
// continue after a crash or a failure: the upload id and the confirmed parts.
struct MultipartState
{
    QString key;
    QString uploadId;
    qint64 totalSize = 0;
    qint64 partSize = 0;
    QByteArray sha256; // hex SHA-256 of the whole source, stored as x-amz-meta-sha256
    QList<UploadedPart> parts;

    bool isEmpty() const { return uploadId.isEmpty(); }
    QByteArray toJson() const;
    static std::optional<MultipartState> fromJson(const QByteArray &json);
};

struct MultipartOptions
{
    static constexpr qint64 minimumPartSize = 5LL * 1024 * 1024; // S3's minimum, except for the last part
    static constexpr qint64 defaultPartSize = 64LL * 1024 * 1024;
    static constexpr int maximumParts = 10000;

    // Bytes per part; raised when the source would need more than 10,000
    // parts. Each part is held in memory while it is sent.
    qint64 partSize = defaultPartSize;
    QString contentType = QStringLiteral("application/octet-stream");
    QMap<QString, QString> metadata;
    // Hex SHA-256 of the source. Empty: computed in a first pass, which
    // needs a seekable source.
    QByteArray sha256;
    // A state saved from an earlier, unfinished call for the same key and
    // source: the parts that ListParts confirms are skipped.
    MultipartState resume;
    // On giving up, keep the upload on the server (for a later resume) instead
    // of aborting it. Abort is the default, so no orphan parts cost storage.
    bool keepUploadOnFailure = false;
    // Called after CreateMultipartUpload and after each confirmed part, so the
    // caller can persist the state.
    std::function<void(const MultipartState &)> stateChanged;
    std::function<void(qint64 sentBytes, qint64 totalBytes)> progress;
    // Test hook: runs before each attempt of each part, and a failed Status
    // fails that attempt as a transport error would.
    std::function<Status(int partNumber, int attempt)> beforePartAttempt;
    CancellationToken cancellation;
};

struct MultipartUploadSummary
{
    QString key;
    QString uploadId;
    QDateTime initiated;
};

// The outcome of testConnection(): the failed step and the server's error.
struct ConnectionCheck
{
    bool ok = false;
    QString step; // PutObject, HeadObject or DeleteObject; empty when ok
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString errorCode; // S3 error code, for example SignatureDoesNotMatch
    QString serverMessage; // S3's <Message> text
    QString message; // one sentence for the user
};

// The URL and Host header of one request, as sent.
struct RequestTarget
{
    QByteArray url; // scheme://authority/encoded-path?encoded-query
    QByteArray host; // the Host header, port included when it is not the scheme's default
    QString path; // decoded, as signed
};

class S3Client
{
public:
    explicit S3Client(S3Config config);
    ~S3Client();
    S3Client(const S3Client &) = delete;
    S3Client &operator=(const S3Client &) = delete;

    const S3Config &config() const { return m_config; }
    bool usesVirtualHostedStyle() const;
    // Builds the target of a request on `key` (empty: the bucket itself).
    RequestTarget target(const QString &key, const QList<std::pair<QString, QString>> &query = {}) const;

    // Uploads `size` bytes from `source` with one PutObject, at most 5 GiB.
    // A seekable source is read twice: once for its SHA-256 and MD5, which
    // are signed and sent (x-amz-content-sha256, Content-MD5), then to send
    // it. A sequential source is sent as UNSIGNED-PAYLOAD without retries.
    Status putObject(const QString &key, QIODevice *source, qint64 size, const PutOptions &options = {});
    Status putObject(const QString &key, const QByteArray &data, const PutOptions &options = {});

    // Streams the object's body into `sink`; the whole body is never held.
    Result<ObjectInfo> getObject(const QString &key, const ByteSink &sink, const CancellationToken &cancellation = {});
    // Returns std::nullopt when the object does not exist.
    Result<std::optional<ObjectInfo>> headObject(const QString &key);
    // Succeeds also when the object does not exist, as S3 does.
    Status deleteObject(const QString &key);
    Result<ListPage> listObjects(const ListOptions &options = {});
    // Follows continuation tokens until the listing is complete.
    Result<QList<ObjectInfo>> listAllObjects(const QString &prefix);

    Result<bool> bucketExists();
    Status createBucket();
    Status deleteBucket();

    // Uploads a large source in parts; see MultipartOptions. Returns the
    // final state with every part on success.
    Result<MultipartState> uploadMultipart(const QString &key, QIODevice *source, qint64 size,
        MultipartOptions options = {});
    Result<QList<MultipartUploadSummary>> listMultipartUploads(const QString &prefix = {});
    Status abortMultipartUpload(const QString &key, const QString &uploadId);
    // The parts the server holds for an upload; fails with NoSuchUpload (AWS)
    // or NoSuchKey (Ceph RGW 16.2) when the upload is gone.
    Result<QList<UploadedPart>> listParts(const QString &key, const QString &uploadId);

    // Checks that the object's x-amz-meta-sha256 equals `expectedSha256`
    // (hex), then reads the whole object back and compares its SHA-256.
    // `damaged`, when given, is set to true when the object itself failed
    // (missing, other metadata or another SHA-256), and to false when the
    // check could not run (network, credentials, cancel) or passed.
    Status verify(const QString &key, const QByteArray &expectedSha256, const CancellationToken &cancellation = {},
        bool *damaged = nullptr);

    // Puts, heads and deletes a small probe object under `keyPrefix`.
    ConnectionCheck testConnection(const QString &keyPrefix = QStringLiteral(".saasodoo-probe/"));

    // A presigned URL for GET or PUT on `key`, valid for `expires` (at most
    // 7 days).
    QUrl presignedUrl(const QByteArray &method, const QString &key, std::chrono::seconds expires) const;

    // The correction applied to the local clock after RequestTimeTooSkewed.
    std::chrono::milliseconds clockOffset() const { return std::chrono::milliseconds(m_clockOffsetMs.load()); }

private:
    struct Private;
    friend struct Private;
    S3Config m_config;
    std::unique_ptr<Private> d;
    std::atomic<qint64> m_clockOffsetMs { 0 };
};

} // namespace saasodoo::storage
