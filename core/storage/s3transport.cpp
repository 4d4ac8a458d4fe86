// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One signed S3 request over libcurl, and the retry loop around it.
#include "s3clientprivate.h"

#include "core/common/logging.h"
#include "core/storage/s3xml.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QThread>

#include <memory>

namespace saasodoo::storage::detail {

QString tr(const char *text)
{
    return QCoreApplication::translate("S3", text);
}

QByteArray md5Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

bool Failure::retryable() const
{
    if (cancelled || localError)
        return false;
    if (status == 0)
        return true; // transport error or timeout: the request may not have arrived
    if (status >= 500 || status == 408 || status == 429)
        return true;
    // BadDigest: the body changed on the way. RequestTimeTooSkewed: the
    // request is re-signed with the current, corrected time.
    return code == QLatin1String("BadDigest") || code == QLatin1String("RequestTimeTooSkewed")
        || code == QLatin1String("RequestTimeout") || code == QLatin1String("SlowDown");
}

namespace {

struct EasyDeleter
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

// Error bodies are kept for the message; anything beyond this is dropped.
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;

struct TransferState
{
    const HttpRequest *request = nullptr;
    HttpResponse *response = nullptr;
    CURL *curl = nullptr;
    qint64 bodyOffset = 0; // bytes of the request body handed to libcurl
};

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<TransferState *>(userData);
    const size_t length = size * count;
    const QByteArray line = QByteArray(data, qsizetype(length)).trimmed();
    if (line.startsWith("HTTP/")) {
        state->response->headers.clear(); // a new status line, for example after 100 Continue
        return length;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        state->response->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return length;
}

size_t onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<TransferState *>(userData);
    const size_t length = size * count;
    long status = 0;
    curl_easy_getinfo(state->curl, CURLINFO_RESPONSE_CODE, &status);
    if (state->request->sink && status >= 200 && status < 300) {
        QByteArrayView chunk(data, qsizetype(length));
        if (status == 200 && state->response->skippedBytes < state->request->resumeFrom) {
            const qint64 skip = std::min<qint64>(state->request->resumeFrom - state->response->skippedBytes,
                chunk.size());
            state->response->skippedBytes += skip;
            chunk = chunk.sliced(qsizetype(skip));
            if (chunk.isEmpty())
                return length;
        }
        if (!state->request->sink(chunk)) {
            state->response->sinkStopped = true;
            return 0; // libcurl ends the transfer with CURLE_WRITE_ERROR
        }
        state->response->sinkBytes += qint64(chunk.size());
        return length;
    }
    QByteArray &body = state->response->body;
    if (state->request->sink && body.size() >= maxErrorBodyBytes)
        return length;
    body.append(data, qsizetype(length));
    return length;
}

size_t onUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<TransferState *>(userData);
    const HttpRequest &request = *state->request;
    const qint64 capacity = qint64(size * count);
    qint64 produced = 0;
    if (request.device) {
        const qint64 remaining = request.deviceLength - state->bodyOffset;
        if (remaining <= 0)
            return 0;
        produced = request.device->read(buffer, qMin(capacity, remaining));
        if (produced <= 0) {
            state->response->sourceFailed = true;
            return CURL_READFUNC_ABORT;
        }
    } else {
        produced = qMin(capacity, request.body.size() - state->bodyOffset);
        memcpy(buffer, request.body.constData() + state->bodyOffset, size_t(produced));
    }
    state->bodyOffset += produced;
    if (request.uploadProgress)
        request.uploadProgress(state->bodyOffset);
    return size_t(produced);
}

// libcurl calls this at least once a second, also while the transfer is
// idle, so a cancel takes effect within about a second.
int onProgress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *state = static_cast<TransferState *>(userData);
    return state->request->cancellation.isCancelled() ? 1 : 0;
}

QString defaultCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("PreconditionFailed");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    default:
        return QStringLiteral("HTTP%1").arg(status);
    }
}

QString formatOffset(qint64 offsetMs)
{
    const qint64 seconds = qAbs(offsetMs) / 1000;
    return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

} // namespace saasodoo::storage::detail

namespace saasodoo::storage {

using namespace detail;

S3Client::Private::Private(S3Client *client) : q(client)
{
    initCurlOnce();
    share = curl_share_init();
    curl_share_setopt(share, CURLSHOPT_LOCKFUNC,
        +[](CURL *, curl_lock_data data, curl_lock_access, void *userData) {
            static_cast<Private *>(userData)->locks[size_t(data)].lock();
        });
    curl_share_setopt(share, CURLSHOPT_UNLOCKFUNC, +[](CURL *, curl_lock_data data, void *userData) {
        static_cast<Private *>(userData)->locks[size_t(data)].unlock();
    });
    curl_share_setopt(share, CURLSHOPT_USERDATA, this);
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
}

S3Client::Private::~Private()
{
    curl_share_cleanup(share);
}

QDateTime S3Client::Private::now() const
{
    const QDateTime local = q->m_config.clock ? q->m_config.clock() : QDateTime::currentDateTimeUtc();
    return local.addMSecs(q->m_clockOffsetMs.load()).toUTC();
}

QString S3Client::Private::endpointText() const
{
    const RequestTarget bucketTarget = q->target(QString());
    const QByteArray &url = bucketTarget.url;
    const qsizetype schemeEnd = url.indexOf("://");
    const qsizetype pathStart = schemeEnd < 0 ? -1 : url.indexOf('/', schemeEnd + 3);
    return QString::fromUtf8(pathStart < 0 ? url : url.left(pathStart));
}

HttpResponse S3Client::Private::send(const HttpRequest &request) const
{
    HttpResponse response;
    std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    if (!easy) {
        response.transportError = tr("libcurl could not allocate a handle");
        return response;
    }
    CURL *curl = easy.get();
    const S3Config &config = q->m_config;
    const RequestTarget target = q->target(request.key, request.query);

    // The payload hash and the signature are made here, immediately before
    // the request goes out, so a retry or a late part never carries an old
    // x-amz-date.
    QByteArray payloadHash = request.payloadHash;
    if (payloadHash.isEmpty()) {
        payloadHash = request.device
            ? QByteArray(SigV4Signer::unsignedPayload)
            : QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    }
    SigV4Request signable;
    signable.method = request.method;
    signable.host = target.host;
    signable.path = target.path;
    signable.query = request.query;
    signable.headers = request.headers;
    signable.payloadHash = payloadHash;
    signable.headers.append({ QByteArrayLiteral("x-amz-content-sha256"), payloadHash });
    const SigV4Signer signer(config.credentials, config.region);
    const SigV4Signature signature = signer.sign(signable, now());

    std::unique_ptr<curl_slist, SlistDeleter> headers;
    auto addHeader = [&headers](const QByteArray &header) {
        headers.reset(curl_slist_append(headers.release(), header.constData()));
    };
    addHeader("Host: " + target.host);
    addHeader("x-amz-date: " + signature.amzDate);
    addHeader("Authorization: " + signature.authorization);
    if (!config.credentials.sessionToken.isEmpty())
        addHeader("x-amz-security-token: " + config.credentials.sessionToken.toUtf8());
    for (const auto &[name, value] : signable.headers)
        addHeader(name + ": " + value);
    addHeader("Expect:"); // no 100-continue round trip
    bool hasContentType = false;
    for (const auto &header : request.headers)
        hasContentType = hasContentType || header.first.compare("content-type", Qt::CaseInsensitive) == 0;
    if (!hasContentType)
        addHeader("Content-Type:"); // keeps libcurl from adding its form type to a POST

    TransferState state;
    state.request = &request;
    state.response = &response;
    state.curl = curl;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray caFile = config.caFile.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, target.url.constData());
    curl_easy_setopt(curl, CURLOPT_PATH_AS_IS, 1L); // the path is sent exactly as signed
    curl_easy_setopt(curl, CURLOPT_SHARE, share);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "SaaSOdoo-Console/" SAASODOO_VERSION);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &state);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &state);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(config.connectTimeout.count()));
    if (config.idleTimeout.count() > 0) {
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(config.idleTimeout.count()));
    }
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());

    const qint64 bodyLength = request.device ? request.deviceLength : request.body.size();
    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (request.method == "PUT") {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(bodyLength));
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onUpload);
        curl_easy_setopt(curl, CURLOPT_READDATA, &state);
    } else if (request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bodyLength));
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onUpload);
        curl_easy_setopt(curl, CURLOPT_READDATA, &state);
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    qCDebug(lcStorage) << request.method << target.url;
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    if (code != CURLE_OK) {
        response.cancelled = code == CURLE_ABORTED_BY_CALLBACK;
        response.timedOut = code == CURLE_OPERATION_TIMEDOUT;
        response.transportError = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    }
    qCDebug(lcStorage) << request.method << target.url << "->" << response.status << response.transportError;
    return response;
}

Failure S3Client::Private::failureFrom(const HttpResponse &response, const QString &operation,
    const QString &key) const
{
    Failure failure;
    failure.operation = operation;
    failure.key = key;
    failure.cancelled = response.cancelled;
    failure.timedOut = response.timedOut;
    failure.localError = response.sourceFailed || response.sinkStopped;
    if (!response.transportError.isEmpty() && !response.sinkStopped && !response.sourceFailed) {
        failure.transportError = response.transportError;
        failure.status = 0;
        return failure;
    }
    failure.status = response.status;
    if (const std::optional<S3ErrorBody> error = parseErrorBody(response.body)) {
        failure.code = error->code;
        failure.serverMessage = error->message;
        if (failure.code == QLatin1String("RequestTimeTooSkewed")) {
            QDateTime serverTime = error->serverTime;
            if (!serverTime.isValid()) {
                serverTime = parseHttpDate(response.headers.value("date"));
            }
            if (serverTime.isValid()) {
                const QDateTime local = q->m_config.clock ? q->m_config.clock() : QDateTime::currentDateTimeUtc();
                failure.clockOffsetMs = local.msecsTo(serverTime);
            }
        }
    } else if (!response.sinkStopped && !response.sourceFailed) {
        failure.code = defaultCode(response.status);
    }
    return failure;
}

Error S3Client::Private::toError(const Failure &failure) const
{
    const QString subject = failure.key.isEmpty()
        ? tr("%1 on bucket \"%2\"").arg(failure.operation, q->m_config.bucket)
        : tr("%1 of \"%2\" in bucket \"%3\"").arg(failure.operation, failure.key, q->m_config.bucket);
    if (failure.cancelled)
        return makeError(tr("%1 was cancelled.").arg(subject));
    if (failure.localError)
        return makeError(tr("%1 failed: %2").arg(subject, failure.serverMessage));
    if (failure.timedOut) {
        return makeError(tr("%1 timed out at %2 after %4 s without data: %3. Check the network and that the S3 "
                            "server replies.")
                             .arg(subject, endpointText(), failure.transportError)
                             .arg(q->m_config.idleTimeout.count()));
    }
    if (failure.status == 0) {
        return makeError(tr("%1 failed: could not reach the S3 endpoint %2: %3. Check the endpoint URL and the "
                            "network.")
                             .arg(subject, endpointText(), failure.transportError));
    }

    QString text = tr("%1 failed: HTTP %2 %3").arg(subject).arg(failure.status).arg(failure.code);
    if (!failure.serverMessage.isEmpty())
        text += u": " + failure.serverMessage;
    if (!text.endsWith(u'.'))
        text += u'.';
    if (failure.code == QLatin1String("SignatureDoesNotMatch")) {
        text += u' ' + tr("The secret key does not match the access key, or a proxy changed the request. Check the "
                          "secret key.");
    } else if (failure.code == QLatin1String("InvalidAccessKeyId")) {
        text += u' ' + tr("The server does not know this access key. Check the access key.");
    } else if (failure.code == QLatin1String("RequestTimeTooSkewed")) {
        if (failure.clockOffsetMs) {
            const qint64 offset = *failure.clockOffsetMs;
            text += u' '
                + (offset > 0 ? tr("This computer's clock is %1 behind the server's.")
                              : tr("This computer's clock is %1 ahead of the server's."))
                      .arg(formatOffset(offset))
                + u' ' + tr("Correct the system clock (for example, enable NTP).");
        } else {
            text += u' ' + tr("This computer's clock differs from the server's by more than 15 minutes. Correct "
                              "the system clock.");
        }
    } else if (failure.code == QLatin1String("NoSuchBucket")) {
        text += u' ' + tr("Create the bucket or correct its name.");
    } else if (failure.status == 403) {
        // A HEAD reply has no body, so a wrong secret on HeadBucket arrives
        // as a bare 403 without SignatureDoesNotMatch.
        text += u' ' + tr("Check the access key id and the secret access key, and that they may use this bucket.");
    }
    return makeError(text);
}

bool S3Client::Private::backOff(int attempt, const CancellationToken &cancellation) const
{
    const qint64 base
        = qMin<qint64>(q->m_config.retryDelay.count() << qMin(attempt - 1, 10), q->m_config.maxRetryDelay.count());
    const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base / 4 + 1) : 0;
    qint64 remaining = base + jitter;
    while (remaining > 0) {
        if (cancellation.isCancelled())
            return false;
        const qint64 step = qMin<qint64>(remaining, 50);
        QThread::msleep(static_cast<unsigned long>(step));
        remaining -= step;
    }
    return !cancellation.isCancelled();
}

Outcome S3Client::Private::execute(const HttpRequest &request, const QString &operation, int maxAttempts) const
{
    const qint64 deviceStart = request.device ? request.device->pos() : 0;
    const bool replayable = !request.device || !request.device->isSequential();
    bool skewRetried = false;
    Outcome outcome;
    for (int attempt = 1;; ++attempt) {
        if (request.cancellation.isCancelled()) {
            outcome.failure = makeFailure(operation, request.key);
            outcome.failure->cancelled = true;
            return outcome;
        }
        if (attempt > 1 && request.device && !request.device->seek(deviceStart)) {
            outcome.failure->localError = true;
            outcome.failure->serverMessage = tr("could not rewind the source to retry");
            return outcome;
        }
        outcome.response = send(request);
        outcome.attempts = attempt;
        if (outcome.response.succeeded()) {
            outcome.failure.reset();
            return outcome;
        }
        outcome.failure = failureFrom(outcome.response, operation, request.key);
        Failure &failure = *outcome.failure;

        bool retry = failure.retryable() && replayable && outcome.response.sinkBytes == 0 && attempt < maxAttempts;
        if (failure.code == QLatin1String("RequestTimeTooSkewed")) {
            if (failure.clockOffsetMs && q->m_config.correctClockSkew) {
                q->m_clockOffsetMs.store(*failure.clockOffsetMs);
                qCWarning(lcStorage).noquote() << "The server's clock differs from the local clock by"
                                                << *failure.clockOffsetMs << "ms; signing with the server's time";
            }
            // One re-signed retry even for calls without retries.
            retry = retry || (!skewRetried && replayable && outcome.response.sinkBytes == 0);
            skewRetried = true;
        }
        if (!retry)
            return outcome;
        const QString message = tr("%1 Retrying, attempt %2 of %3.")
                                    .arg(endSentence(toError(failure).message))
                                    .arg(attempt + 1)
                                    .arg(maxAttempts);
        // A caller with a callback logs the retry itself (a job's log), so
        // the warning would only print it a second time.
        if (q->m_config.retryCallback)
            q->m_config.retryCallback(message);
        else
            qCWarning(lcStorage).noquote() << message;
        if (!backOff(attempt, request.cancellation)) {
            failure.cancelled = true;
            return outcome;
        }
    }
}

} // namespace saasodoo::storage
