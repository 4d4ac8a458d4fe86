// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3xml.h"

#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace saasodoo::storage::detail {

namespace {

void readElement(QXmlStreamReader &reader, XmlElement &element)
{
    element.name = reader.name().toString();
    while (reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isStartElement()) {
            XmlElement child;
            readElement(reader, child);
            element.children.append(std::move(child));
        } else if (reader.isCharacters()) {
            element.text += reader.text();
        } else if (reader.isEndElement()) {
            return;
        }
    }
}

QDateTime parseIsoTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

bool isTrue(const QString &text)
{
    return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QString XmlElement::childText(QStringView childName) const
{
    const XmlElement *element = child(childName);
    return element ? element->text : QString();
}

QList<const XmlElement *> XmlElement::childrenNamed(QStringView childName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children) {
        if (element.name == childName)
            found.append(&element);
    }
    return found;
}

std::optional<XmlElement> parseXml(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlElement root;
            readElement(reader, root);
            if (reader.hasError())
                return std::nullopt;
            return root;
        }
    }
    return std::nullopt;
}

std::optional<S3ErrorBody> parseErrorBody(const QByteArray &body)
{
    const std::optional<XmlElement> root = parseXml(body);
    if (!root || root->name != QLatin1String("Error"))
        return std::nullopt;
    S3ErrorBody error;
    error.code = root->childText(u"Code");
    error.message = root->childText(u"Message");
    error.requestId = root->childText(u"RequestId");
    const QString serverTime = root->childText(u"ServerTime");
    if (!serverTime.isEmpty())
        error.serverTime = parseIsoTime(serverTime);
    return error;
}

std::optional<ListPage> parseListObjectsV2(const QByteArray &body)
{
    const std::optional<XmlElement> root = parseXml(body);
    if (!root || root->name != QLatin1String("ListBucketResult"))
        return std::nullopt;
    ListPage page;
    page.truncated = isTrue(root->childText(u"IsTruncated"));
    page.nextContinuationToken = root->childText(u"NextContinuationToken");
    for (const XmlElement *content : root->childrenNamed(u"Contents")) {
        ObjectInfo object;
        object.key = content->childText(u"Key");
        object.size = content->childText(u"Size").toLongLong();
        object.etag = unquoteEtag(content->childText(u"ETag").toUtf8());
        object.lastModified = parseIsoTime(content->childText(u"LastModified"));
        page.objects.append(object);
    }
    for (const XmlElement *prefix : root->childrenNamed(u"CommonPrefixes"))
        page.commonPrefixes.append(prefix->childText(u"Prefix"));
    return page;
}

std::optional<QString> parseUploadId(const QByteArray &body)
{
    const std::optional<XmlElement> root = parseXml(body);
    if (!root || root->name != QLatin1String("InitiateMultipartUploadResult"))
        return std::nullopt;
    const QString uploadId = root->childText(u"UploadId");
    if (uploadId.isEmpty())
        return std::nullopt;
    return uploadId;
}

std::optional<PartsPage> parseListParts(const QByteArray &body)
{
    const std::optional<XmlElement> root = parseXml(body);
    if (!root || root->name != QLatin1String("ListPartsResult"))
        return std::nullopt;
    PartsPage page;
    page.truncated = isTrue(root->childText(u"IsTruncated"));
    page.nextPartNumberMarker = root->childText(u"NextPartNumberMarker");
    for (const XmlElement *part : root->childrenNamed(u"Part")) {
        UploadedPart uploaded;
        uploaded.number = part->childText(u"PartNumber").toInt();
        uploaded.size = part->childText(u"Size").toLongLong();
        uploaded.etag = unquoteEtag(part->childText(u"ETag").toUtf8());
        page.parts.append(uploaded);
    }
    return page;
}

std::optional<UploadsPage> parseListMultipartUploads(const QByteArray &body)
{
    const std::optional<XmlElement> root = parseXml(body);
    if (!root || root->name != QLatin1String("ListMultipartUploadsResult"))
        return std::nullopt;
    UploadsPage page;
    page.truncated = isTrue(root->childText(u"IsTruncated"));
    page.nextKeyMarker = root->childText(u"NextKeyMarker");
    page.nextUploadIdMarker = root->childText(u"NextUploadIdMarker");
    for (const XmlElement *upload : root->childrenNamed(u"Upload")) {
        MultipartUploadSummary summary;
        summary.key = upload->childText(u"Key");
        summary.uploadId = upload->childText(u"UploadId");
        summary.initiated = parseIsoTime(upload->childText(u"Initiated"));
        page.uploads.append(summary);
    }
    return page;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // Day and month names are English whatever the user's locale is.
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid())
        return time;
    time.setTimeSpec(Qt::UTC);
    return time;
}

QByteArray unquoteEtag(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

QByteArray completeMultipartUploadBody(const QList<UploadedPart> &parts)
{
    QByteArray body;
    QXmlStreamWriter writer(&body);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    writer.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    for (const UploadedPart &part : parts) {
        writer.writeStartElement(QStringLiteral("Part"));
        writer.writeTextElement(QStringLiteral("PartNumber"), QString::number(part.number));
        writer.writeTextElement(QStringLiteral("ETag"), u'"' + QString::fromLatin1(part.etag) + u'"');
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return body;
}

} // namespace saasodoo::storage::detail
