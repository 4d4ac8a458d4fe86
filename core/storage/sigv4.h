// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AWS Signature Version 4 (header and query signing) with S3's rules for the
// canonical URI: each path segment is percent-encoded once, '/' is kept, and
// the path is never normalized, so keys such as "a//b" or "./x" sign as sent.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <utility>

namespace saasodoo::storage {

// The access key pair. The caller reads it from the keychain; nothing in
// core/storage logs it or puts it in an error message.
struct Credentials
{
    QString accessKey;
    QString secretKey;
    QString sessionToken; // temporary credentials only; empty otherwise
};

// One HTTP request as it goes on the wire, before signing.
struct SigV4Request
{
    QByteArray method = "GET";
    // The Host header exactly as sent, with ":port" when the port is not the
    // scheme's default (80 for http, 443 for https).
    QByteArray host;
    QString path = QStringLiteral("/"); // decoded, for example "/bucket/dir/a b.txt"
    QList<std::pair<QString, QString>> query; // decoded names and values, in any order
    // Headers to sign besides host and x-amz-date, in any case and order.
    // Repeated names are joined with ',' as SigV4 requires.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Hex SHA-256 of the body, or "UNSIGNED-PAYLOAD".
    QByteArray payloadHash;
};

// Every intermediate step, so tests can compare each one.
struct SigV4Signature
{
    QByteArray amzDate; // yyyyMMddTHHmmssZ
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;
    QByteArray signature; // lower-case hex
    QByteArray authorization; // header signing: the Authorization header value
    QByteArray presignedQuery; // query signing: the whole encoded query string, signature last
};

class SigV4Signer
{
public:
    SigV4Signer(Credentials credentials, QString region, QString service = QStringLiteral("s3"));

    const QString &region() const { return m_region; }
    const QString &service() const { return m_service; }

    // Signs with an Authorization header. The caller sends host, x-amz-date
    // (the returned amzDate), x-amz-security-token when a session token is
    // set, and every header in request.headers, unchanged.
    SigV4Signature sign(const SigV4Request &request, const QDateTime &time) const;

    // Signs in the query string (a presigned URL) valid for `expires`, at
    // most 7 days (longer values are cut to 7 days). The payload hash is request.payloadHash, or
    // UNSIGNED-PAYLOAD when it is empty, as S3 expects for presigned URLs.
    SigV4Signature presign(const SigV4Request &request, const QDateTime &time, std::chrono::seconds expires) const;

    // RFC 3986 percent-encoding of the UTF-8 bytes: A-Z a-z 0-9 - . _ ~ stay,
    // everything else becomes %XX with upper-case hex; '/' stays when
    // keepSlash is set.
    static QByteArray uriEncode(const QString &text, bool keepSlash);
    static QByteArray canonicalUri(const QString &path);
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
    static QByteArray amzDate(const QDateTime &time);
    // kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
    static QByteArray signingKey(const QString &secretKey, const QByteArray &date, const QString &region,
        const QString &service);

    static constexpr const char *algorithm = "AWS4-HMAC-SHA256";
    static constexpr const char *unsignedPayload = "UNSIGNED-PAYLOAD";
    static constexpr const char *emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

private:
    QByteArray credentialScope(const QByteArray &date) const;
    QByteArray finish(SigV4Signature &result, const QByteArray &canonicalRequest) const;

    Credentials m_credentials;
    QString m_region;
    QString m_service;
};

} // namespace saasodoo::storage
