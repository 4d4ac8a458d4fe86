// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Multipart upload with per-part retry and resume, and read-back verification.
#include "s3client.h"

#include "core/common/logging.h"
#include "core/storage/s3clientprivate.h"
#include "core/storage/s3xml.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saasodoo::storage {

using namespace detail;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
constexpr qint64 maxPartSize = 5LL * 1024 * mebibyte; // S3's limit for one part

bool isUploadGone(const Failure &failure)
{
    // AWS answers NoSuchUpload; Ceph RGW 16.2 answers NoSuchKey.
    return failure.status == 404
        && (failure.code == QLatin1String("NoSuchUpload") || failure.code == QLatin1String("NoSuchKey"));
}

qint64 effectivePartSize(qint64 requested, qint64 totalSize)
{
    qint64 partSize = qBound(MultipartOptions::minimumPartSize, requested, maxPartSize);
    if (totalSize > partSize * MultipartOptions::maximumParts) {
        const qint64 needed = (totalSize + MultipartOptions::maximumParts - 1) / MultipartOptions::maximumParts;
        partSize = (needed + mebibyte - 1) / mebibyte * mebibyte;
    }
    return partSize;
}

// Reads exactly `length` bytes; false when the source ends early or fails.
bool readExactly(QIODevice *source, qint64 length, QByteArray &buffer)
{
    buffer.resize(length);
    qint64 done = 0;
    while (done < length) {
        const qint64 read = source->read(buffer.data() + done, length - done);
        if (read <= 0)
            return false;
        done += read;
    }
    return true;
}

} // namespace

QByteArray MultipartState::toJson() const
{
    QJsonArray partArray;
    for (const UploadedPart &part : parts) {
        partArray.append(QJsonObject { { QStringLiteral("number"), part.number },
            { QStringLiteral("size"), QString::number(part.size) },
            { QStringLiteral("etag"), QString::fromLatin1(part.etag) } });
    }
    const QJsonObject object { { QStringLiteral("key"), key }, { QStringLiteral("uploadId"), uploadId },
        { QStringLiteral("totalSize"), QString::number(totalSize) },
        { QStringLiteral("partSize"), QString::number(partSize) },
        { QStringLiteral("sha256"), QString::fromLatin1(sha256) }, { QStringLiteral("parts"), partArray } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<MultipartState> MultipartState::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    MultipartState state;
    state.key = object.value(QStringLiteral("key")).toString();
    state.uploadId = object.value(QStringLiteral("uploadId")).toString();
    state.totalSize = object.value(QStringLiteral("totalSize")).toString().toLongLong();
    state.partSize = object.value(QStringLiteral("partSize")).toString().toLongLong();
    state.sha256 = object.value(QStringLiteral("sha256")).toString().toLatin1();
    const QJsonArray partArray = object.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &value : partArray) {
        const QJsonObject part = value.toObject();
        state.parts.append(UploadedPart { part.value(QStringLiteral("number")).toInt(),
            part.value(QStringLiteral("size")).toString().toLongLong(),
            part.value(QStringLiteral("etag")).toString().toLatin1() });
    }
    if (state.key.isEmpty() || state.uploadId.isEmpty() || state.partSize <= 0)
        return std::nullopt;
    return state;
}

Result<QList<UploadedPart>> S3Client::listParts(const QString &key, const QString &uploadId)
{
    QList<UploadedPart> parts;
    QString marker;
    for (;;) {
        HttpRequest request;
        request.key = key;
        request.query.append({ QStringLiteral("uploadId"), uploadId });
        if (!marker.isEmpty())
            request.query.append({ QStringLiteral("part-number-marker"), marker });
        const Outcome outcome = d->execute(request, QStringLiteral("ListParts"), m_config.maxAttempts);
        if (!outcome.ok())
            return d->toError(*outcome.failure);
        const std::optional<PartsPage> page = parseListParts(outcome.response.body);
        if (!page)
            return makeError(tr("ListParts of \"%1\" failed: the reply is not a ListPartsResult.").arg(key));
        parts.append(page->parts);
        if (!page->truncated || page->nextPartNumberMarker.isEmpty())
            return parts;
        marker = page->nextPartNumberMarker;
    }
}

Result<QList<MultipartUploadSummary>> S3Client::listMultipartUploads(const QString &prefix)
{
    QList<MultipartUploadSummary> uploads;
    QString keyMarker;
    QString uploadIdMarker;
    for (;;) {
        HttpRequest request;
        request.query.append({ QStringLiteral("uploads"), QString() });
        if (!prefix.isEmpty())
            request.query.append({ QStringLiteral("prefix"), prefix });
        if (!keyMarker.isEmpty())
            request.query.append({ QStringLiteral("key-marker"), keyMarker });
        if (!uploadIdMarker.isEmpty())
            request.query.append({ QStringLiteral("upload-id-marker"), uploadIdMarker });
        const Outcome outcome = d->execute(request, QStringLiteral("ListMultipartUploads"), m_config.maxAttempts);
        if (!outcome.ok())
            return d->toError(*outcome.failure);
        const std::optional<UploadsPage> page = parseListMultipartUploads(outcome.response.body);
        if (!page) {
            return makeError(tr("ListMultipartUploads on bucket \"%1\" failed: the reply is not a "
                                "ListMultipartUploadsResult.")
                                 .arg(m_config.bucket));
        }
        uploads.append(page->uploads);
        if (!page->truncated || (page->nextKeyMarker.isEmpty() && page->nextUploadIdMarker.isEmpty()))
            return uploads;
        keyMarker = page->nextKeyMarker;
        uploadIdMarker = page->nextUploadIdMarker;
    }
}

Status S3Client::abortMultipartUpload(const QString &key, const QString &uploadId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.key = key;
    request.query.append({ QStringLiteral("uploadId"), uploadId });
    const Outcome outcome = d->execute(request, QStringLiteral("AbortMultipartUpload"), m_config.maxAttempts);
    if (!outcome.ok() && !isUploadGone(*outcome.failure))
        return d->toError(*outcome.failure);
    return {};
}

Result<MultipartState> S3Client::uploadMultipart(const QString &key, QIODevice *source, qint64 size,
    MultipartOptions options)
{
    if (!source || !source->isReadable())
        return makeError(tr("Multipart upload of \"%1\" failed: the source is not open for reading.").arg(key));
    if (size < 0)
        return makeError(tr("Multipart upload of \"%1\" failed: the size %2 is invalid.").arg(key).arg(size));
    const bool seekable = !source->isSequential();
    const qint64 sourceStart = source->pos();

    MultipartState state;
    state.key = key;
    state.totalSize = size;
    state.partSize = effectivePartSize(options.partSize, size);
    state.sha256 = options.sha256.toLower();

    if (state.sha256.isEmpty()) {
        if (!seekable) {
            return makeError(tr("Multipart upload of \"%1\" failed: a sequential source needs its SHA-256 in the "
                                "options, because it cannot be read twice.")
                                 .arg(key));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer;
        for (qint64 done = 0; done < size;) {
            const qint64 length = qMin<qint64>(8 * mebibyte, size - done);
            if (!readExactly(source, length, buffer)) {
                return makeError(tr("Multipart upload of \"%1\" failed: the source ended after %2 of %3 bytes.")
                                     .arg(key)
                                     .arg(done)
                                     .arg(size));
            }
            hash.addData(buffer);
            done += length;
        }
        state.sha256 = hash.result().toHex();
        if (!source->seek(sourceStart))
            return makeError(tr("Multipart upload of \"%1\" failed: could not rewind the source.").arg(key));
    }

    // Parts that the server already holds, from an earlier call.
    QMap<int, UploadedPart> confirmed;
    const MultipartState &resume = options.resume;
    if (!resume.isEmpty()) {
        if (resume.key != key || resume.totalSize != size || resume.sha256 != state.sha256) {
            return makeError(tr("Multipart upload of \"%1\" cannot resume upload %2: it was started for \"%3\" "
                                "with %4 bytes and another SHA-256. Start a new upload.")
                                 .arg(key, resume.uploadId, resume.key)
                                 .arg(resume.totalSize));
        }
        Result<QList<UploadedPart>> parts = listParts(key, resume.uploadId);
        if (parts) {
            state.uploadId = resume.uploadId;
            state.partSize = resume.partSize;
            for (const UploadedPart &part : parts.value())
                confirmed.insert(part.number, part);
            qCInfo(lcStorage).noquote() << "Resuming multipart upload" << state.uploadId << "of" << key << "with"
                                        << confirmed.size() << "parts on the server";
        } else {
            qCWarning(lcStorage).noquote() << "Cannot resume multipart upload" << resume.uploadId << "of" << key
                                           << ", starting a new one:" << parts.error();
        }
    }

    if (state.uploadId.isEmpty()) {
        HttpRequest create;
        create.method = "POST";
        create.key = key;
        create.query.append({ QStringLiteral("uploads"), QString() });
        create.headers.append({ "content-type", options.contentType.toUtf8() });
        QMap<QString, QString> metadata = options.metadata;
        metadata.insert(QStringLiteral("sha256"), QString::fromLatin1(state.sha256));
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
            create.headers.append({ "x-amz-meta-" + it.key().toLower().toLatin1(), it.value().toLatin1() });
        const Outcome outcome = d->execute(create, QStringLiteral("CreateMultipartUpload"), m_config.maxAttempts);
        if (!outcome.ok())
            return d->toError(*outcome.failure);
        const std::optional<QString> uploadId = parseUploadId(outcome.response.body);
        if (!uploadId) {
            return makeError(tr("CreateMultipartUpload of \"%1\" failed: the reply contains no UploadId.")
                                 .arg(key));
        }
        state.uploadId = *uploadId;
        qCInfo(lcStorage).noquote() << "Started multipart upload" << state.uploadId << "of" << key << "," << size
                                    << "bytes in parts of" << state.partSize;
    }
    if (options.stateChanged)
        options.stateChanged(state);

    // Gives up on the upload: aborts it unless the caller keeps it to resume.
    auto giveUp = [&](const QString &reason) -> Error {
        if (options.keepUploadOnFailure) {
            return makeError(tr("%1 Upload %2 was kept on the server to resume later.").arg(reason, state.uploadId));
        }
        const Status aborted = abortMultipartUpload(key, state.uploadId);
        if (!aborted) {
            qCWarning(lcStorage).noquote() << "Could not abort multipart upload" << state.uploadId << ":"
                                           << aborted.error();
            return makeError(tr("%1 Aborting upload %2 failed too: %3").arg(reason, state.uploadId, aborted.error()));
        }
        qCInfo(lcStorage).noquote() << "Aborted multipart upload" << state.uploadId << "of" << key;
        return makeError(tr("%1 The upload was aborted, so no parts remain on the server.").arg(reason));
    };

    const int partCount = size == 0 ? 1 : int((size + state.partSize - 1) / state.partSize);
    QByteArray buffer;
    qint64 sentBytes = 0;
    for (int number = 1; number <= partCount; ++number) {
        const qint64 offset = qint64(number - 1) * state.partSize;
        const qint64 length = qMin(state.partSize, size - offset);
        if (seekable && !source->seek(sourceStart + offset))
            return giveUp(tr("Multipart upload of \"%1\" failed: could not seek the source to byte %2.").arg(key).arg(offset));
        if (!readExactly(source, length, buffer)) {
            return giveUp(tr("Multipart upload of \"%1\" failed: the source ended before byte %2.")
                              .arg(key)
                              .arg(offset + length));
        }
        const QByteArray md5 = QCryptographicHash::hash(buffer, QCryptographicHash::Md5);

        const auto known = confirmed.constFind(number);
        if (known != confirmed.constEnd() && known->size == length && known->etag == md5.toHex()) {
            state.parts.append(*known);
            sentBytes += length;
            if (options.progress)
                options.progress(sentBytes, size);
            continue;
        }

        HttpRequest request;
        request.method = "PUT";
        request.key = key;
        request.query.append({ QStringLiteral("partNumber"), QString::number(number) });
        request.query.append({ QStringLiteral("uploadId"), state.uploadId });
        request.body = buffer;
        request.payloadHash = QCryptographicHash::hash(buffer, QCryptographicHash::Sha256).toHex();
        request.headers.append({ "content-md5", md5.toBase64() });
        request.cancellation = options.cancellation;
        const qint64 partStart = sentBytes;
        if (options.progress) {
            request.uploadProgress = [&options, partStart, size](qint64 sent) { options.progress(partStart + sent, size); };
        }

        std::optional<UploadedPart> uploaded;
        QString lastError;
        for (int attempt = 1; attempt <= m_config.maxAttempts && !uploaded; ++attempt) {
            if (attempt > 1 && !d->backOff(attempt - 1, options.cancellation))
                break;
            Failure failure;
            bool failed = false;
            if (options.beforePartAttempt) {
                if (const Status hook = options.beforePartAttempt(number, attempt); !hook) {
                    failure = makeFailure(QStringLiteral("UploadPart"), key);
                    failure.transportError = hook.error();
                    failed = true;
                }
            }
            if (!failed) {
                // Signed here, per attempt, right before the part is sent.
                const Outcome outcome = d->execute(request, QStringLiteral("UploadPart"), 1);
                if (outcome.ok()) {
                    const QByteArray etag = unquoteEtag(outcome.response.headers.value("etag"));
                    // A plain 32-digit ETag is the part's MD5; servers that
                    // encrypt with KMS send another value, which is not checked.
                    if (etag.size() == 32 && etag.toLower() != md5.toHex()) {
                        failure = makeFailure(QStringLiteral("UploadPart"), key);
                        failure.status = outcome.response.status;
                        failure.code = QStringLiteral("BadDigest");
                        failure.serverMessage = tr("the part's ETag %1 is not its MD5 %2")
                                                    .arg(QString::fromLatin1(etag), QString::fromLatin1(md5.toHex()));
                        failed = true;
                    } else {
                        uploaded = UploadedPart { number, length, etag };
                    }
                } else {
                    failure = *outcome.failure;
                    failed = true;
                }
            }
            if (!failed)
                break;
            lastError = d->toError(failure).message;
            if (failure.cancelled || options.cancellation.isCancelled())
                break;
            if (!failure.retryable()) {
                qCWarning(lcStorage).noquote() << "Part" << number << "of" << key << "failed:" << lastError;
                break;
            }
            if (attempt < m_config.maxAttempts) {
                const QString retry = tr("Part %1 of %2 failed on attempt %3 of %4: %5 Retrying.")
                                          .arg(number)
                                          .arg(partCount)
                                          .arg(attempt)
                                          .arg(m_config.maxAttempts)
                                          .arg(endSentence(lastError));
                // A caller with a callback logs the retry itself (a job's log), so
                // the warning would only print it a second time.
                if (m_config.retryCallback)
                    m_config.retryCallback(retry);
                else
                    qCWarning(lcStorage).noquote() << retry;
            }
        }

        if (!uploaded) {
            if (options.cancellation.isCancelled()) {
                return giveUp(tr("Multipart upload of \"%1\" was cancelled at part %2 of %3.")
                                  .arg(key)
                                  .arg(number)
                                  .arg(partCount));
            }
            return giveUp(tr("Multipart upload of \"%1\" failed at part %2 of %3: %4")
                              .arg(key)
                              .arg(number)
                              .arg(partCount)
                              .arg(lastError));
        }
        state.parts.append(*uploaded);
        sentBytes += length;
        if (options.progress)
            options.progress(sentBytes, size);
        if (options.stateChanged)
            options.stateChanged(state);
    }

    HttpRequest complete;
    complete.method = "POST";
    complete.key = key;
    complete.query.append({ QStringLiteral("uploadId"), state.uploadId });
    complete.body = completeMultipartUploadBody(state.parts);
    complete.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml") });
    const Outcome outcome = d->execute(complete, QStringLiteral("CompleteMultipartUpload"), m_config.maxAttempts);
    // S3 may answer 200 and still report an error in the body.
    std::optional<Failure> failure = outcome.failure;
    if (outcome.ok()) {
        if (const std::optional<S3ErrorBody> error = parseErrorBody(outcome.response.body)) {
            failure = makeFailure(QStringLiteral("CompleteMultipartUpload"), key);
            failure->status = outcome.response.status;
            failure->code = error->code;
            failure->serverMessage = error->message;
        }
    }
    if (failure)
        return giveUp(d->toError(*failure).message);

    // CompleteMultipartUpload's reply ETag is empty on Ceph RGW 16.2, so the
    // object is checked with HEAD instead.
    Result<std::optional<ObjectInfo>> head = headObject(key);
    if (!head)
        return makeError(head.error());
    if (!head.value() || head.value()->size != size
        || head.value()->metadata.value(QStringLiteral("sha256")).toLatin1() != state.sha256) {
        return makeError(tr("Multipart upload of \"%1\" completed, but the object on the server does not match: "
                            "expected %2 bytes with SHA-256 %3.")
                             .arg(key)
                             .arg(size)
                             .arg(QString::fromLatin1(state.sha256)));
    }
    qCInfo(lcStorage).noquote() << "Completed multipart upload of" << key << "," << partCount << "parts, ETag"
                                << head.value()->etag;
    return state;
}

Status S3Client::verify(const QString &key, const QByteArray &expectedSha256, const CancellationToken &cancellation,
    bool *damaged)
{
    bool ignored = false;
    bool &objectDamaged = damaged ? *damaged : ignored;
    objectDamaged = false;
    const QByteArray expected = expectedSha256.toLower();
    Result<std::optional<ObjectInfo>> head = headObject(key);
    if (!head)
        return makeError(head.error());
    if (!head.value()) {
        objectDamaged = true;
        return makeError(tr("Verification of \"%1\" failed: the object does not exist.").arg(key));
    }
    const QByteArray stored = head.value()->metadata.value(QStringLiteral("sha256")).toLatin1().toLower();
    if (stored != expected) {
        objectDamaged = true;
        return makeError(tr("Verification of \"%1\" failed: its x-amz-meta-sha256 is \"%2\", expected %3.")
                             .arg(key, QString::fromLatin1(stored), QString::fromLatin1(expected)));
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    Result<ObjectInfo> object = getObject(
        key,
        [&hash, &received](QByteArrayView data) {
            hash.addData(data);
            received += data.size();
            return true;
        },
        cancellation);
    if (!object)
        return makeError(object.error());
    const QByteArray actual = hash.result().toHex();
    if (actual != expected) {
        objectDamaged = true;
        return makeError(tr("Verification of \"%1\" failed: the %2 bytes read back have SHA-256 %3, expected %4.")
                             .arg(key)
                             .arg(received)
                             .arg(QString::fromLatin1(actual), QString::fromLatin1(expected)));
    }
    return {};
}

} // namespace saasodoo::storage
