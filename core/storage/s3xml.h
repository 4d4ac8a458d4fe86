// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the S3 client: the XML bodies of S3 replies.

#include "core/storage/s3client.h"

#include <QList>
#include <QString>

#include <optional>

namespace saasodoo::storage::detail {

// One element of a parsed reply: its local name, its text and its children.
struct XmlElement
{
    QString name;
    QString text;
    QList<XmlElement> children;

    const XmlElement *child(QStringView childName) const;
    QString childText(QStringView childName) const;
    QList<const XmlElement *> childrenNamed(QStringView childName) const;
};

// Returns the root element, or std::nullopt when the body is not well-formed XML.
std::optional<XmlElement> parseXml(const QByteArray &body);

struct S3ErrorBody
{
    QString code;
    QString message;
    QString requestId;
    QDateTime serverTime; // <ServerTime>, sent by AWS with RequestTimeTooSkewed
};

// Returns the fields of an <Error> document, or std::nullopt for any other body.
std::optional<S3ErrorBody> parseErrorBody(const QByteArray &body);

std::optional<ListPage> parseListObjectsV2(const QByteArray &body);
std::optional<QString> parseUploadId(const QByteArray &body);

struct PartsPage
{
    QList<UploadedPart> parts;
    bool truncated = false;
    QString nextPartNumberMarker;
};
std::optional<PartsPage> parseListParts(const QByteArray &body);

struct UploadsPage
{
    QList<MultipartUploadSummary> uploads;
    bool truncated = false;
    QString nextKeyMarker;
    QString nextUploadIdMarker;
};
std::optional<UploadsPage> parseListMultipartUploads(const QByteArray &body);

// Parses an HTTP date (RFC 7231 IMF-fixdate, "Fri, 04 Dec 2026 22:24:05 GMT").
QDateTime parseHttpDate(const QByteArray &value);
QByteArray unquoteEtag(QByteArray etag);
QByteArray completeMultipartUploadBody(const QList<UploadedPart> &parts);

} // namespace saasodoo::storage::detail
