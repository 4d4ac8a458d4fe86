// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cerrno>
#include <mutex>

namespace saasodoo::docker::detail {

namespace {

// How often the transfer loop wakes up to check the CancellationToken when
// no data arrives, so a cancel takes effect within about this long.
constexpr int cancellationPollMs = 100;

// Error bodies are kept for the message; anything beyond this is dropped.
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct EasyDeleter
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

struct MultiDeleter
{
    void operator()(CURLM *handle) const { curl_multi_cleanup(handle); }
};
using MultiHandle = std::unique_ptr<CURLM, MultiDeleter>;

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// One easy and one multi handle kept per thread between requests, because
// creating them costs about as much as a small request on a unix socket.
// A request made while the thread's pair is in use (from inside a sink)
// gets a fresh pair.
struct HandlePair
{
    EasyHandle easy;
    MultiHandle multi;
};

thread_local HandlePair cachedHandles;

class HandleLease
{
public:
    HandleLease()
    {
        if (cachedHandles.easy && cachedHandles.multi) {
            m_pair = std::move(cachedHandles);
            return;
        }
        m_pair.easy.reset(curl_easy_init());
        m_pair.multi.reset(curl_multi_init());
    }

    ~HandleLease()
    {
        if (!m_pair.easy || !m_pair.multi)
            return;
        // Detach from the Transport's share, which may be destroyed before
        // the handle is used again.
        curl_easy_setopt(m_pair.easy.get(), CURLOPT_SHARE, nullptr);
        curl_easy_reset(m_pair.easy.get());
        if (!cachedHandles.easy)
            cachedHandles = std::move(m_pair);
    }

    HandleLease(const HandleLease &) = delete;
    HandleLease &operator=(const HandleLease &) = delete;

    CURL *easy() const { return m_pair.easy.get(); }
    CURLM *multi() const { return m_pair.multi.get(); }

private:
    HandlePair m_pair;
};

struct TransferState
{
    const HttpRequest *request = nullptr;
    const CancellationToken *clientCancellation = nullptr;
    HttpResponse *response = nullptr;
    CURL *curl = nullptr;
    bool sinkStopped = false;
    bool sourceFailed = false;
};

long responseCode(CURL *curl)
{
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

size_t onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<TransferState *>(userData);
    const size_t length = size * count;
    const QByteArray line = QByteArray(data, qsizetype(length)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line: an earlier 100 Continue's headers no longer apply.
        state->response->headers.clear();
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
    const long status = responseCode(state->curl);
    if (state->request->bodySink && status >= 200 && status < 300) {
        if (!state->request->bodySink(QByteArrayView(data, qsizetype(length)))) {
            state->sinkStopped = true;
            return 0; // makes libcurl end the transfer with CURLE_WRITE_ERROR
        }
        return length;
    }
    QByteArray &body = state->response->body;
    if (state->request->bodySink && body.size() >= maxErrorBodyBytes)
        return length;
    body.append(data, qsizetype(length));
    return length;
}

size_t onUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<TransferState *>(userData);
    const qint64 produced = state->request->bodySource(buffer, qint64(size * count));
    if (produced < 0) {
        state->sourceFailed = true;
        return CURL_READFUNC_ABORT;
    }
    return size_t(produced);
}

int onProgress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *state = static_cast<TransferState *>(userData);
    return state->request->cancellation.isCancelled() || state->clientCancellation->isCancelled() ? 1 : 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Docker", text);
}

// Fields of CURLINFO_CERTINFO for the engine's leaf certificate.
struct PeerCertificate
{
    QString subject;
    QString issuer;
    QStringList names;
    QString notBefore;
    QString notAfter;
};

QString isoDate(const QString &opensslDate)
{
    // OpenSSL prints "Dec  6 21:38:15 2026 GMT".
    const QString simplified = opensslDate.simplified();
    QDateTime parsed = QDateTime::fromString(simplified, QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
    if (!parsed.isValid())
        return simplified;
    parsed.setTimeSpec(Qt::UTC);
    return parsed.toString(Qt::ISODate);
}

QStringList subjectAlternativeNames(const QString &extension)
{
    QStringList names;
    const QStringList parts = extension.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon > 0)
            names.append(trimmed.mid(colon + 1).trimmed());
    }
    return names;
}

} // namespace

struct Transport::Shared
{
    CURLSH *share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> locks;
    QByteArray url; // scheme, authority; the request target is appended
    QByteArray unixSocket;
    QByteArray connectTo; // CURLOPT_CONNECT_TO entry when tlsServerName is set
    QByteArray caFile;
    QByteArray certFile;
    QByteArray keyFile;
    QString dialled;

    static void lock(CURL *, curl_lock_data data, curl_lock_access, void *userData)
    {
        static_cast<Shared *>(userData)->locks[size_t(data)].lock();
    }
    static void unlock(CURL *, curl_lock_data data, void *userData)
    {
        static_cast<Shared *>(userData)->locks[size_t(data)].unlock();
    }
};

Transport::Transport(Endpoint endpoint, TransportOptions options)
    : m_endpoint(std::move(endpoint)), m_options(std::move(options)), m_shared(std::make_unique<Shared>())
{
    initCurlOnce();
    Shared &shared = *m_shared;
    shared.share = curl_share_init();
    curl_share_setopt(shared.share, CURLSHOPT_LOCKFUNC, &Shared::lock);
    curl_share_setopt(shared.share, CURLSHOPT_UNLOCKFUNC, &Shared::unlock);
    curl_share_setopt(shared.share, CURLSHOPT_USERDATA, &shared);
    curl_share_setopt(shared.share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
    curl_share_setopt(shared.share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(shared.share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);

    if (m_endpoint.isUnixSocket()) {
        shared.unixSocket = m_endpoint.socketPath().toUtf8();
        shared.url = "http://docker";
        shared.dialled = m_endpoint.socketPath();
        return;
    }
    const QString host = m_endpoint.tcpHost();
    const int port = m_endpoint.tcpPort();
    const QString bracketed = host.contains(u':') ? QString(u'[' + host + u']') : host;
    shared.dialled = host;
    const QString verifiedName = m_endpoint.tlsServerName.isEmpty() ? bracketed : m_endpoint.tlsServerName;
    shared.url = QStringLiteral("%1://%2:%3").arg(m_endpoint.tls ? QStringLiteral("https") : QStringLiteral("http"), verifiedName).arg(port).toUtf8();
    if (!m_endpoint.tlsServerName.isEmpty())
        shared.connectTo = QStringLiteral("%1:%2:%3:%2").arg(m_endpoint.tlsServerName).arg(port).arg(bracketed).toUtf8();
    shared.caFile = m_endpoint.caFile.toUtf8();
    shared.certFile = m_endpoint.certFile.toUtf8();
    shared.keyFile = m_endpoint.keyFile.toUtf8();
}

Transport::~Transport()
{
    curl_share_cleanup(m_shared->share);
}

namespace {

void applyConnectionOptions(CURL *curl, const Transport &transport, const QByteArray &unixSocket,
    const QByteArray &connectTo, curl_slist *connectToList, const QByteArray &caFile, const QByteArray &certFile,
    const QByteArray &keyFile, const QByteArray &passphrase)
{
    if (!unixSocket.isEmpty())
        curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, unixSocket.constData());
    if (!connectTo.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CONNECT_TO, connectToList);
    if (transport.endpoint().tls) {
        if (!caFile.isEmpty())
            curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
        if (!certFile.isEmpty())
            curl_easy_setopt(curl, CURLOPT_SSLCERT, certFile.constData());
        if (!keyFile.isEmpty())
            curl_easy_setopt(curl, CURLOPT_SSLKEY, keyFile.constData());
        // Always set, even empty: without a passphrase OpenSSL would ask for
        // one on the terminal and block this thread.
        if (!keyFile.isEmpty())
            curl_easy_setopt(curl, CURLOPT_KEYPASSWD, passphrase.isNull() ? "" : passphrase.constData());
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    }
}

// Connects once more without verifying the engine's certificate, only to
// read it for the error message. Runs only after a failed handshake.
PeerCertificate probePeerCertificate(const QByteArray &url, const QByteArray &caFile, const QByteArray &certFile,
    const QByteArray &keyFile, const QByteArray &passphrase, curl_slist *connectTo, long connectTimeoutMs)
{
    PeerCertificate certificate;
    EasyHandle curl(curl_easy_init());
    if (!curl)
        return certificate;
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.constData());
    curl_easy_setopt(curl.get(), CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_CERTINFO, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT_MS, connectTimeoutMs);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, connectTimeoutMs);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    if (connectTo)
        curl_easy_setopt(curl.get(), CURLOPT_CONNECT_TO, connectTo);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_CAINFO, caFile.constData());
    if (!certFile.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_SSLCERT, certFile.constData());
    if (!keyFile.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_SSLKEY, keyFile.constData());
    if (!keyFile.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_KEYPASSWD, passphrase.isNull() ? "" : passphrase.constData());
    if (curl_easy_perform(curl.get()) != CURLE_OK)
        return certificate;

    curl_certinfo *info = nullptr;
    if (curl_easy_getinfo(curl.get(), CURLINFO_CERTINFO, &info) != CURLE_OK || !info || info->num_of_certs < 1)
        return certificate;
    for (curl_slist *field = info->certinfo[0]; field; field = field->next) {
        const QString entry = QString::fromUtf8(field->data);
        const qsizetype colon = entry.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = entry.left(colon);
        const QString value = entry.mid(colon + 1).trimmed();
        if (key == QLatin1String("Subject"))
            certificate.subject = value;
        else if (key == QLatin1String("Issuer"))
            certificate.issuer = value;
        else if (key == QLatin1String("Start date"))
            certificate.notBefore = isoDate(value);
        else if (key == QLatin1String("Expire date"))
            certificate.notAfter = isoDate(value);
        else if (key == QLatin1String("X509v3 Subject Alternative Name"))
            certificate.names = subjectAlternativeNames(value);
    }
    return certificate;
}

QString clientCertificateSubject(const QString &certFile)
{
    if (certFile.isEmpty())
        return {};
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    return certificates.first().subjectDisplayName();
}

TransportFailure::CertificateProblem classifyCertificateProblem(long verifyResult, const QString &curlMessage)
{
    using Problem = TransportFailure::CertificateProblem;
    // OpenSSL's X509_V_ERR_* codes, stable since OpenSSL 1.0.
    switch (verifyResult) {
    case 9: // X509_V_ERR_CERT_NOT_YET_VALID
        return Problem::NotYetValid;
    case 10: // X509_V_ERR_CERT_HAS_EXPIRED
        return Problem::Expired;
    case 2: // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
    case 18: // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
    case 19: // X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN
    case 20: // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    case 21: // X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE
        return Problem::UnknownAuthority;
    case 62: // X509_V_ERR_HOSTNAME_MISMATCH
    case 64: // X509_V_ERR_IP_ADDRESS_MISMATCH
        return Problem::HostnameMismatch;
    default:
        break;
    }
    // libcurl checks the host name itself and reports it only in text.
    if (curlMessage.contains(QLatin1String("subject name"), Qt::CaseInsensitive)
        || curlMessage.contains(QLatin1String("does not match target host"), Qt::CaseInsensitive))
        return Problem::HostnameMismatch;
    if (curlMessage.contains(QLatin1String("expired"), Qt::CaseInsensitive))
        return Problem::Expired;
    if (curlMessage.contains(QLatin1String("issuer"), Qt::CaseInsensitive)
        || curlMessage.contains(QLatin1String("self-signed"), Qt::CaseInsensitive)
        || curlMessage.contains(QLatin1String("self signed"), Qt::CaseInsensitive))
        return Problem::UnknownAuthority;
    return Problem::Other;
}

} // namespace

DockerResult<HttpResponse> Transport::perform(const HttpRequest &request, const QString &operation) const
{
    if (request.cancellation.isCancelled() || m_options.cancellation.isCancelled())
        return cancelledError(operation);

    const Shared &shared = *m_shared;
    const HandleLease handles;
    if (!handles.easy() || !handles.multi())
        return configurationError(operation, tr("Could not %1: libcurl could not allocate a handle.").arg(operation));
    CURL *curl = handles.easy();
    CURLM *multi = handles.multi();

    HttpResponse response;
    TransferState state;
    state.request = &request;
    state.clientCancellation = &m_options.cancellation;
    state.response = &response;
    state.curl = curl;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    const QByteArray url = shared.url + request.target;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_SHARE, shared.share);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &state);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &state);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeout.count()));
    // libcurl's own trace on stderr, for developers; it never prints request bodies.
    static const bool verbose = qEnvironmentVariableIsSet("SAASODOO_DOCKER_CURL_VERBOSE");
    if (verbose)
        curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    if (request.totalTimeout.count() > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.totalTimeout.count()));
    const long idleSeconds = long((request.idleTimeout.count() + 999) / 1000);
    if (idleSeconds > 0) {
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, idleSeconds);
    }

    Slist connectTo;
    if (!shared.connectTo.isEmpty())
        connectTo.reset(curl_slist_append(nullptr, shared.connectTo.constData()));
    applyConnectionOptions(curl, *this, shared.unixSocket, shared.connectTo, connectTo.get(), shared.caFile,
        shared.certFile, shared.keyFile, m_options.keyPassphrase);

    Slist headers;
    auto addHeader = [&headers](const QByteArray &header) {
        headers.reset(curl_slist_append(headers.release(), header.constData()));
    };
    addHeader("Expect:");
    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (request.bodySource) {
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onUpload);
        curl_easy_setopt(curl, CURLOPT_READDATA, &state);
        if (request.method == "PUT") {
            curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        } else {
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        }
        addHeader("Transfer-Encoding: chunked");
        addHeader("Content-Type: " + request.contentType);
    } else if (request.method == "POST" || request.method == "PUT") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        if (request.method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        if (!request.body.isEmpty())
            addHeader("Content-Type: " + request.contentType);
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());

    // A private multi handle lets this loop wake up every cancellationPollMs
    // to check the token, while connections stay shared through the CURLSH.
    curl_multi_add_handle(multi, curl);
    CURLcode code = CURLE_OK;
    bool cancelled = false;
    for (;;) {
        int running = 0;
        const CURLMcode multiCode = curl_multi_perform(multi, &running);
        if (multiCode != CURLM_OK) {
            code = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0) {
            int queued = 0;
            while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
                if (message->msg == CURLMSG_DONE)
                    code = message->data.result;
            }
            break;
        }
        if (request.cancellation.isCancelled() || m_options.cancellation.isCancelled()) {
            cancelled = true;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, cancellationPollMs, nullptr);
    }
    curl_multi_remove_handle(multi, curl);

    if (cancelled || code == CURLE_ABORTED_BY_CALLBACK)
        return cancelledError(operation);
    if (code == CURLE_WRITE_ERROR && state.sinkStopped) {
        response.status = int(responseCode(curl));
        response.stoppedBySink = true;
        return response;
    }
    if (code == CURLE_OK) {
        response.status = int(responseCode(curl));
        return response;
    }
    if (state.sourceFailed) {
        DockerError error;
        error.kind = DockerError::Kind::Callback;
        error.operation = operation;
        error.message = tr("Could not %1: reading the data to upload failed.").arg(operation);
        return error;
    }

    // No complete reply: describe why, in the terms of the endpoint.
    const QString curlMessage = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    long osErrno = 0;
    curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &osErrno);
    long verifyResult = 0;
    curl_easy_getinfo(curl, CURLINFO_SSL_VERIFYRESULT, &verifyResult);
    const long status = responseCode(curl);

    TransportFailure failure;
    failure.endpoint = m_endpoint.host;
    failure.dialled = shared.dialled;
    failure.expectedServerName = m_endpoint.tlsServerName;
    failure.osErrno = int(osErrno);
    failure.lowLevelMessage = curlMessage;
    failure.caFile = m_endpoint.caFile;
    failure.clientCertFile = m_endpoint.certFile;

    using Cause = TransportFailure::Cause;
    const bool tlsAlert = curlMessage.contains(QLatin1String("alert"), Qt::CaseInsensitive);
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        failure.cause = Cause::ConnectFailed;
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        failure.cause = Cause::ResolveFailed;
        break;
    case CURLE_OPERATION_TIMEDOUT: {
        // libcurl reports a limit that expired while the connection was
        // being made as "Connection timed out" or "Resolving timed out",
        // and one that expired after it as "Operation timed out". A reused
        // connection has a connect time of 0, so that time alone does not
        // tell a silent engine from one that could not be reached.
        const bool afterConnect = curlMessage.contains(QLatin1String("Operation timed out"));
        curl_off_t connectTime = 0;
        curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connectTime);
        if (!afterConnect && connectTime == 0 && status == 0) {
            failure.cause = Cause::ConnectTimeout;
            failure.timeoutSeconds = int(m_options.connectTimeout.count() / 1000);
        } else if (idleSeconds > 0 && !afterConnect) {
            failure.cause = Cause::IdleTimeout;
            failure.timeoutSeconds = int(idleSeconds);
        } else {
            failure.cause = Cause::RequestTimeout;
            failure.timeoutSeconds = int(request.totalTimeout.count() / 1000);
        }
        break;
    }
    case CURLE_PEER_FAILED_VERIFICATION:
        failure.cause = Cause::PeerCertificateRejected;
        break;
    case CURLE_SSL_CERTPROBLEM:
        failure.cause = Cause::ClientCertificateUnreadable;
        break;
    case CURLE_SSL_CACERT_BADFILE:
        failure.cause = Cause::CaFileUnreadable;
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        if (tlsAlert && m_endpoint.certFile.isEmpty()
            && (curlMessage.contains(QLatin1String("certificate required"))
                || curlMessage.contains(QLatin1String("bad certificate"))
                || curlMessage.contains(QLatin1String("handshake failure"))))
            failure.cause = Cause::ClientCertificateMissing;
        else if (tlsAlert
            && (curlMessage.contains(QLatin1String("unknown ca")) || curlMessage.contains(QLatin1String("bad certificate"))
                || curlMessage.contains(QLatin1String("certificate expired"))
                || curlMessage.contains(QLatin1String("certificate unknown"))))
            failure.cause = Cause::ClientCertificateRejected;
        else if (code == CURLE_SSL_CONNECT_ERROR)
            failure.cause = Cause::TlsHandshakeFailed;
        else
            failure.cause = Cause::ConnectionClosed;
        break;
    default:
        failure.cause = Cause::Other;
        break;
    }

    if (failure.cause == Cause::PeerCertificateRejected) {
        failure.certificateProblem = classifyCertificateProblem(verifyResult, curlMessage);
        const PeerCertificate peer = probePeerCertificate(shared.url, shared.caFile, shared.certFile, shared.keyFile,
            m_options.keyPassphrase, connectTo.get(), long(m_options.connectTimeout.count()));
        failure.serverSubject = peer.subject;
        failure.serverIssuer = peer.issuer;
        failure.serverNames = peer.names;
        failure.serverNotAfter = peer.notAfter;
        failure.serverNotBefore = peer.notBefore;
    }
    if (failure.cause == Cause::ClientCertificateRejected)
        failure.clientSubject = clientCertificateSubject(m_endpoint.certFile);

    DockerError error = transportError(operation, failure);
    qCWarning(lcDocker) << "Docker request failed:" << request.method << request.target << error.message;
    return error;
}

QString engineMessage(const QByteArray &body)
{
    const nlohmann::json json = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (json.is_object()) {
        const auto message = json.find("message");
        if (message != json.end() && message->is_string())
            return QString::fromStdString(message->get<std::string>()).trimmed();
    }
    return QString::fromUtf8(body).trimmed().left(500);
}

} // namespace saasodoo::docker::detail
