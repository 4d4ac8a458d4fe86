// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpprobe.h"

#include <curl/curl.h>

#include <memory>

namespace saasodoo::provisioning {

namespace {

size_t appendBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

int checkCancelled(void *token, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const CancellationToken *>(token)->isCancelled() ? 1 : 0;
}

} // namespace

HttpReply httpRequest(const QString &url, const QByteArray &jsonBody, std::chrono::milliseconds timeout,
    const CancellationToken &cancellation)
{
    HttpReply reply;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        reply.transportError = QStringLiteral("libcurl could not start a request");
        return reply;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray urlBytes = url.toUtf8();
    curl_easy_setopt(curl.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, long(timeout.count()));
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT_MS, long(std::min<qint64>(timeout.count(), 10000)));
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_NOPROXY, "*");
    curl_easy_setopt(curl.get(), CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_XFERINFOFUNCTION, checkCancelled);
    curl_easy_setopt(curl.get(), CURLOPT_XFERINFODATA, &cancellation);
    curl_slist *headers = nullptr;
    if (!jsonBody.isEmpty()) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, jsonBody.constData());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, long(jsonBody.size()));
    }
    const CURLcode code = curl_easy_perform(curl.get());
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        reply.transportError = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        return reply;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

} // namespace saasodoo::provisioning
