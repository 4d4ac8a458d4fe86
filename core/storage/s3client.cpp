// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3client.h"

#include "core/common/logging.h"
#include "core/storage/s3clientprivate.h"
#include "core/storage/s3xml.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QUuid>

namespace saasodoo::storage {

using namespace detail;

namespace {

// S3's limit for one PutObject; larger sources need a multipart upload.
constexpr qint64 maxSinglePutBytes = 5LL * 1024 * 1024 * 1024;

bool isDnsCompatibleBucket(const QString &bucket)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$"));
    return pattern.match(bucket).hasMatch();
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

ObjectInfo objectInfoFromHeaders(const QString &key, const QMap<QByteArray, QByteArray> &headers)
{
    ObjectInfo info;
    info.key = key;
    info.size = headers.value("content-length", "-1").toLongLong();
    info.etag = unquoteEtag(headers.value("etag"));
    info.contentType = QString::fromUtf8(headers.value("content-type"));
    info.lastModified = parseHttpDate(headers.value("last-modified"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key().startsWith("x-amz-meta-"))
            info.metadata.insert(QString::fromUtf8(it.key().mid(11)), QString::fromUtf8(it.value()));
    }
    return info;
}

} // namespace

S3Client::S3Client(S3Config config) : m_config(std::move(config)), d(std::make_unique<Private>(this))
{
    if (m_config.endpoint.isEmpty())
        m_config.endpoint = QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(m_config.region));
    if (m_config.maxAttempts < 1)
        m_config.maxAttempts = 1;
}

S3Client::~S3Client() = default;

bool S3Client::usesVirtualHostedStyle() const
{
    switch (m_config.addressing) {
    case AddressingStyle::Path:
        return false;
    case AddressingStyle::VirtualHosted:
        return true;
    case AddressingStyle::Automatic:
        break;
    }
    // Self-hosted servers (MinIO without MINIO_DOMAIN, RGW without
    // rgw_dns_name) have no DNS name per bucket, so only AWS gets
    // virtual-hosted style, and only for names that are one DNS label.
    const QString host = m_config.endpoint.host().toLower();
    return (host == QLatin1String("amazonaws.com") || host.endsWith(QLatin1String(".amazonaws.com")))
        && isDnsCompatibleBucket(m_config.bucket);
}

RequestTarget S3Client::target(const QString &key, const QList<std::pair<QString, QString>> &query) const
{
    const QUrl &endpoint = m_config.endpoint;
    const QString scheme = endpoint.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = endpoint.port(defaultPort);

    QString host = endpoint.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 literal
    const bool virtualHosted = usesVirtualHostedStyle();
    if (virtualHosted)
        host = m_config.bucket + u'.' + host;
    if (port != defaultPort)
        host += u':' + QString::number(port);

    QString basePath = endpoint.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString path = basePath;
    if (!virtualHosted)
        path += u'/' + m_config.bucket;
    if (!key.isEmpty())
        path += u'/' + key;
    else if (path.isEmpty())
        path = QStringLiteral("/");

    RequestTarget target;
    target.host = host.toUtf8();
    target.path = path;
    target.url = scheme.toLatin1() + "://" + target.host + SigV4Signer::canonicalUri(path);
    if (!query.isEmpty())
        target.url += '?' + SigV4Signer::canonicalQuery(query);
    return target;
}

QUrl S3Client::presignedUrl(const QByteArray &method, const QString &key, std::chrono::seconds expires) const
{
    const RequestTarget requestTarget = target(key);
    SigV4Request request;
    request.method = method;
    request.host = requestTarget.host;
    request.path = requestTarget.path;
    const SigV4Signer signer(m_config.credentials, m_config.region);
    const SigV4Signature signature = signer.presign(request, d->now(), expires);
    return QUrl::fromEncoded(requestTarget.url + '?' + signature.presignedQuery, QUrl::StrictMode);
}

namespace {

Status addMetadataHeaders(const QMap<QString, QString> &metadata, QList<std::pair<QByteArray, QByteArray>> &headers)
{
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it.key().isEmpty() || !isAscii(it.key()) || !isAscii(it.value())) {
            return makeError(tr("The metadata entry \"%1\" is invalid: S3 metadata names and values must be "
                                "printable ASCII.")
                                 .arg(it.key()));
        }
        headers.append({ "x-amz-meta-" + it.key().toLower().toLatin1(), it.value().toLatin1() });
    }
    return {};
}

} // namespace

Status S3Client::putObject(const QString &key, QIODevice *source, qint64 size, const PutOptions &options)
{
    const QString operation = QStringLiteral("PutObject");
    if (size > maxSinglePutBytes) {
        return makeError(tr("PutObject of \"%1\" was not sent: %2 bytes exceed S3's 5 GiB limit for one request. "
                            "Use a multipart upload.")
                             .arg(key)
                             .arg(size));
    }
    if (!source || !source->isReadable())
        return makeError(tr("PutObject of \"%1\" failed: the source is not open for reading.").arg(key));

    HttpRequest request;
    request.method = "PUT";
    request.key = key;
    request.device = source;
    request.deviceLength = size;
    request.cancellation = options.cancellation;
    request.headers.append({ "content-type", options.contentType.toUtf8() });
    if (Status status = addMetadataHeaders(options.metadata, request.headers); !status)
        return status;

    int attempts = 1;
    if (!source->isSequential()) {
        // Hash first, so the server checks both the SHA-256 and the MD5.
        const qint64 start = source->pos();
        QCryptographicHash sha256(QCryptographicHash::Sha256);
        QCryptographicHash md5(QCryptographicHash::Md5);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 remaining = size;
        while (remaining > 0) {
            const qint64 read = source->read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
            if (read <= 0) {
                return makeError(tr("PutObject of \"%1\" failed: the source ended after %2 of %3 bytes.")
                                     .arg(key)
                                     .arg(size - remaining)
                                     .arg(size));
            }
            sha256.addData(QByteArrayView(buffer.constData(), read));
            md5.addData(QByteArrayView(buffer.constData(), read));
            remaining -= read;
        }
        if (!source->seek(start))
            return makeError(tr("PutObject of \"%1\" failed: could not rewind the source after hashing it.").arg(key));
        request.payloadHash = sha256.result().toHex();
        request.headers.append({ "content-md5", md5.result().toBase64() });
        attempts = m_config.maxAttempts;
    }
    // NOTE: a sequential source is sent as UNSIGNED-PAYLOAD without
    // Content-MD5, because both hashes would need the whole body before
    // the headers; only TCP (and TLS, for https) protect it on the way.

    const Outcome outcome = d->execute(request, operation, attempts);
    if (!outcome.ok())
        return d->toError(*outcome.failure);
    return {};
}

Status S3Client::putObject(const QString &key, const QByteArray &data, const PutOptions &options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return putObject(key, &buffer, data.size(), options);
}

Result<ObjectInfo> S3Client::getObject(const QString &key, const ByteSink &sink, const CancellationToken &cancellation)
{
    // A transfer that fails after part of the body (a stalled or dropped
    // connection) resumes with a Range request from the bytes the sink has,
    // within the same attempt budget. If-Match on the first reply's ETag
    // makes the server reject the request (412) when the object changed meanwhile.
    qint64 delivered = 0;
    QByteArray etag;
    QMap<QByteArray, QByteArray> firstHeaders;
    int attemptsLeft = m_config.maxAttempts;
    int attempt = 0;
    while (true) {
        HttpRequest request;
        request.key = key;
        request.sink = sink;
        request.cancellation = cancellation;
        if (delivered > 0) {
            request.resumeFrom = delivered;
            request.headers.append({ "range", "bytes=" + QByteArray::number(delivered) + '-' });
            if (!etag.isEmpty())
                request.headers.append({ "if-match", etag });
        }
        const Outcome outcome = d->execute(request, QStringLiteral("GetObject"), attemptsLeft);
        attempt += outcome.attempts;
        attemptsLeft -= outcome.attempts;
        if (outcome.ok()) {
            QMap<QByteArray, QByteArray> headers = delivered > 0 ? firstHeaders : outcome.response.headers;
            return objectInfoFromHeaders(key, headers);
        }
        Failure failure = *outcome.failure;
        if (outcome.response.sinkStopped)
            failure.serverMessage = tr("the receiver of the data stopped the transfer");
        const qint64 received = outcome.response.sinkBytes;
        if (received == 0 || !failure.retryable() || attemptsLeft <= 0)
            return d->toError(failure);
        if (delivered == 0) {
            firstHeaders = outcome.response.headers;
            etag = firstHeaders.value("etag");
        }
        delivered += received;
        const QString message = tr("%1 Resuming from byte %2, attempt %3 of %4.")
                                    .arg(endSentence(d->toError(failure).message))
                                    .arg(delivered)
                                    .arg(attempt + 1)
                                    .arg(m_config.maxAttempts);
        if (m_config.retryCallback)
            m_config.retryCallback(message);
        else
            qCWarning(lcStorage).noquote() << message;
        if (!d->backOff(attempt, cancellation)) {
            failure.cancelled = true;
            return d->toError(failure);
        }
    }
}

Result<std::optional<ObjectInfo>> S3Client::headObject(const QString &key)
{
    HttpRequest request;
    request.method = "HEAD";
    request.key = key;
    const Outcome outcome = d->execute(request, QStringLiteral("HeadObject"), m_config.maxAttempts);
    if (outcome.ok())
        return std::optional<ObjectInfo>(objectInfoFromHeaders(key, outcome.response.headers));
    if (outcome.failure->status == 404)
        return std::optional<ObjectInfo>();
    // NOTE: HEAD replies carry no body, so the error code here comes from
    // the status alone (403 is "Forbidden", not SignatureDoesNotMatch).
    return d->toError(*outcome.failure);
}

Status S3Client::deleteObject(const QString &key)
{
    HttpRequest request;
    request.method = "DELETE";
    request.key = key;
    const Outcome outcome = d->execute(request, QStringLiteral("DeleteObject"), m_config.maxAttempts);
    if (!outcome.ok() && outcome.failure->status != 404)
        return d->toError(*outcome.failure);
    return {};
}

Result<ListPage> S3Client::listObjects(const ListOptions &options)
{
    HttpRequest request;
    request.query.append({ QStringLiteral("list-type"), QStringLiteral("2") });
    request.query.append({ QStringLiteral("max-keys"), QString::number(options.maxKeys) });
    if (!options.prefix.isEmpty())
        request.query.append({ QStringLiteral("prefix"), options.prefix });
    if (!options.delimiter.isEmpty())
        request.query.append({ QStringLiteral("delimiter"), options.delimiter });
    if (!options.continuationToken.isEmpty())
        request.query.append({ QStringLiteral("continuation-token"), options.continuationToken });
    const QString operation = QStringLiteral("ListObjectsV2");
    const Outcome outcome = d->execute(request, operation, m_config.maxAttempts);
    if (!outcome.ok())
        return d->toError(*outcome.failure);
    std::optional<ListPage> page = parseListObjectsV2(outcome.response.body);
    if (!page) {
        return makeError(tr("ListObjectsV2 on bucket \"%1\" failed: the reply from %2 is not a ListBucketResult.")
                             .arg(m_config.bucket, d->endpointText()));
    }
    return std::move(*page);
}

Result<QList<ObjectInfo>> S3Client::listAllObjects(const QString &prefix)
{
    QList<ObjectInfo> objects;
    ListOptions options;
    options.prefix = prefix;
    for (;;) {
        Result<ListPage> page = listObjects(options);
        if (!page)
            return makeError(page.error());
        objects.append(page->objects);
        if (!page->truncated || page->nextContinuationToken.isEmpty())
            return objects;
        options.continuationToken = page->nextContinuationToken;
    }
}

Result<bool> S3Client::bucketExists()
{
    HttpRequest request;
    request.method = "HEAD";
    const Outcome outcome = d->execute(request, QStringLiteral("HeadBucket"), m_config.maxAttempts);
    if (outcome.ok())
        return true;
    if (outcome.failure->status == 404)
        return false;
    return d->toError(*outcome.failure);
}

Status S3Client::createBucket()
{
    HttpRequest request;
    request.method = "PUT";
    if (m_config.region != QLatin1String("us-east-1")) {
        request.body = "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                       "<LocationConstraint>"
            + m_config.region.toUtf8() + "</LocationConstraint></CreateBucketConfiguration>";
        request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml") });
    }
    const Outcome outcome = d->execute(request, QStringLiteral("CreateBucket"), m_config.maxAttempts);
    if (!outcome.ok() && outcome.failure->code != QLatin1String("BucketAlreadyOwnedByYou"))
        return d->toError(*outcome.failure);
    return {};
}

Status S3Client::deleteBucket()
{
    HttpRequest request;
    request.method = "DELETE";
    const Outcome outcome = d->execute(request, QStringLiteral("DeleteBucket"), m_config.maxAttempts);
    if (!outcome.ok())
        return d->toError(*outcome.failure);
    return {};
}

ConnectionCheck S3Client::testConnection(const QString &keyPrefix)
{
    ConnectionCheck check;
    const QString key = keyPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray payload = "SaaSOdoo Console connection test\n";

    auto fail = [&](const QString &step, const Failure &failure) {
        check.ok = false;
        check.step = step;
        check.httpStatus = failure.status;
        check.errorCode = failure.code;
        check.serverMessage = failure.serverMessage;
        check.message = d->toError(failure).message;
        return check;
    };

    HttpRequest put;
    put.method = "PUT";
    put.key = key;
    put.body = payload;
    put.headers.append({ "content-md5", md5Base64(payload) });
    put.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("text/plain") });
    const Outcome putOutcome = d->execute(put, QStringLiteral("PutObject"), 1);
    if (!putOutcome.ok())
        return fail(QStringLiteral("PutObject"), *putOutcome.failure);

    HttpRequest head;
    head.method = "HEAD";
    head.key = key;
    const Outcome headOutcome = d->execute(head, QStringLiteral("HeadObject"), 1);
    if (!headOutcome.ok())
        return fail(QStringLiteral("HeadObject"), *headOutcome.failure);
    const qint64 size = headOutcome.response.headers.value("content-length").toLongLong();
    if (size != payload.size()) {
        Failure failure;
        failure.operation = QStringLiteral("HeadObject");
        failure.key = key;
        failure.localError = true;
        failure.serverMessage = tr("the probe object has %1 bytes instead of %2").arg(size).arg(payload.size());
        return fail(QStringLiteral("HeadObject"), failure);
    }

    HttpRequest remove;
    remove.method = "DELETE";
    remove.key = key;
    const Outcome deleteOutcome = d->execute(remove, QStringLiteral("DeleteObject"), 1);
    if (!deleteOutcome.ok())
        return fail(QStringLiteral("DeleteObject"), *deleteOutcome.failure);

    check.ok = true;
    check.message = tr("Connected to bucket \"%1\" at %2: a probe object was written, read and deleted.")
                        .arg(m_config.bucket, d->endpointText());
    return check;
}

} // namespace saasodoo::storage
