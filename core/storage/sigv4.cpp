// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace saasodoo::storage {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Trims the value and turns each run of spaces, tabs and line breaks into
// one space, as the canonical headers require.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

struct CanonicalHeaders
{
    QByteArray block; // "name:value\n" lines
    QByteArray signedHeaders; // "name;name"
};

CanonicalHeaders canonicalHeaders(QList<std::pair<QByteArray, QByteArray>> headers)
{
    for (auto &[name, value] : headers) {
        name = name.trimmed().toLower();
        value = canonicalHeaderValue(value);
    }
    std::stable_sort(headers.begin(), headers.end(),
        [](const auto &left, const auto &right) { return left.first < right.first; });

    CanonicalHeaders result;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray &name = headers[i].first;
        if (i > 0 && headers[i - 1].first == name) {
            result.block.chop(1); // the '\n' of the previous line
            result.block += ',' + headers[i].second + '\n';
            continue;
        }
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders += ';';
        result.signedHeaders += name;
        result.block += name + ':' + headers[i].second + '\n';
    }
    return result;
}

} // namespace

SigV4Signer::SigV4Signer(Credentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials)), m_region(std::move(region)), m_service(std::move(service))
{
}

QByteArray SigV4Signer::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out.append('%');
        out.append(hex[byte >> 4]);
        out.append(hex[byte & 0x0f]);
    }
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QString &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(path, true);
}

QByteArray SigV4Signer::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({ uriEncode(name, false), uriEncode(value, false) });
    // Sorted by encoded name, then by encoded value, byte by byte.
    std::sort(encoded.begin(), encoded.end());

    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::signingKey(const QString &secretKey, const QByteArray &date, const QString &region,
    const QString &service)
{
    const QByteArray dateKey = hmac("AWS4" + secretKey.toUtf8(), date);
    const QByteArray regionKey = hmac(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, service.toUtf8());
    return hmac(serviceKey, QByteArrayLiteral("aws4_request"));
}

QByteArray SigV4Signer::credentialScope(const QByteArray &date) const
{
    return date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::finish(SigV4Signature &result, const QByteArray &canonicalRequest) const
{
    const QByteArray date = result.amzDate.left(8);
    result.canonicalRequest = canonicalRequest;
    result.stringToSign = QByteArray(algorithm) + '\n' + result.amzDate + '\n' + credentialScope(date) + '\n'
        + sha256Hex(canonicalRequest);
    const QByteArray key = signingKey(m_credentials.secretKey, date, m_region, m_service);
    result.signature = hmac(key, result.stringToSign).toHex();
    return result.signature;
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const QDateTime &time) const
{
    SigV4Signature result;
    result.amzDate = amzDate(time);

    QList<std::pair<QByteArray, QByteArray>> headers = request.headers;
    headers.append({ QByteArrayLiteral("host"), request.host });
    headers.append({ QByteArrayLiteral("x-amz-date"), result.amzDate });
    if (!m_credentials.sessionToken.isEmpty())
        headers.append({ QByteArrayLiteral("x-amz-security-token"), m_credentials.sessionToken.toUtf8() });
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    result.signedHeaders = canonical.signedHeaders;

    const QByteArray canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQuery(request.query) + '\n' + canonical.block + '\n' + canonical.signedHeaders + '\n'
        + request.payloadHash;
    finish(result, canonicalRequest);

    result.authorization = QByteArray(algorithm) + " Credential=" + m_credentials.accessKey.toUtf8() + '/'
        + credentialScope(result.amzDate.left(8)) + ", SignedHeaders=" + result.signedHeaders
        + ", Signature=" + result.signature;
    return result;
}

SigV4Signature SigV4Signer::presign(const SigV4Request &request, const QDateTime &time,
    std::chrono::seconds expires) const
{
    // S3 rejects presigned URLs that are valid for longer than 7 days.
    expires = std::clamp(expires, std::chrono::seconds(1), std::chrono::seconds(7 * 24 * 3600));
    SigV4Signature result;
    result.amzDate = amzDate(time);

    QList<std::pair<QByteArray, QByteArray>> headers = request.headers;
    headers.append({ QByteArrayLiteral("host"), request.host });
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    result.signedHeaders = canonical.signedHeaders;

    QList<std::pair<QString, QString>> query = request.query;
    const QString credential
        = m_credentials.accessKey + u'/' + QString::fromUtf8(credentialScope(result.amzDate.left(8)));
    query.append({ QStringLiteral("X-Amz-Algorithm"), QString::fromLatin1(algorithm) });
    query.append({ QStringLiteral("X-Amz-Credential"), credential });
    query.append({ QStringLiteral("X-Amz-Date"), QString::fromLatin1(result.amzDate) });
    query.append({ QStringLiteral("X-Amz-Expires"), QString::number(expires.count()) });
    query.append({ QStringLiteral("X-Amz-SignedHeaders"), QString::fromLatin1(canonical.signedHeaders) });
    if (!m_credentials.sessionToken.isEmpty())
        query.append({ QStringLiteral("X-Amz-Security-Token"), m_credentials.sessionToken });
    const QByteArray queryString = canonicalQuery(query);

    const QByteArray payloadHash = request.payloadHash.isEmpty() ? QByteArray(unsignedPayload) : request.payloadHash;
    const QByteArray canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n' + queryString
        + '\n' + canonical.block + '\n' + canonical.signedHeaders + '\n' + payloadHash;
    finish(result, canonicalRequest);
    result.presignedQuery = queryString + "&X-Amz-Signature=" + result.signature;
    return result;
}

} // namespace saasodoo::storage
