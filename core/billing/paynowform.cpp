// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringDecoder>
#include <QUrl>

namespace saasodoo::billing {

namespace {

const QLatin1StringView hashFieldName("hash");

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes one name or value. `position` is the component's byte offset in
// the body, for the error message.
Result<QString> decodeComponent(QByteArrayView component, qsizetype position)
{
    QByteArray bytes;
    bytes.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const char c = component[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            const int high = i + 1 < component.size() ? hexDigitValue(component[i + 1]) : -1;
            const int low = i + 2 < component.size() ? hexDigitValue(component[i + 2]) : -1;
            if (high < 0 || low < 0) {
                return makeError(QCoreApplication::translate("Paynow",
                    "The Paynow message has a malformed percent-escape at byte %1.")
                                     .arg(position + i));
            }
            bytes.append(char(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }

    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow message is not valid UTF-8 near byte %1.")
                             .arg(position));
    }
    return text;
}

} // namespace

QString fieldValue(const FormFields &fields, QStringView name)
{
    for (const FormField &field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return QString();
}

bool hasField(const FormFields &fields, QStringView name)
{
    for (const FormField &field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray body;
    for (const FormField &field : fields) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(field.name));
        body.append('=');
        body.append(QUrl::toPercentEncoding(field.value));
    }
    return body;
}

Result<FormFields> decodeForm(QByteArrayView body)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);

        // An empty pair (a trailing `&`) carries no value, so it cannot
        // change the hash; skip it.
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            const QByteArrayView name = equals < 0 ? pair : pair.first(equals);
            const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);

            Result<QString> decodedName = decodeComponent(name, start);
            if (!decodedName)
                return makeError(decodedName.error());
            Result<QString> decodedValue = decodeComponent(value, start + equals + 1);
            if (!decodedValue)
                return makeError(decodedValue.error());
            fields.append(FormField { std::move(decodedName).value(), std::move(decodedValue).value() });
        }
        start = end + 1;
    }
    return fields;
}

QString paynowHash(const FormFields &fields, const QString &integrationKey)
{
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    for (const FormField &field : fields) {
        if (field.name.compare(hashFieldName, Qt::CaseInsensitive) != 0)
            sha512.addData(field.value.toUtf8());
    }
    sha512.addData(integrationKey.toLower().toUtf8());
    return QString::fromLatin1(sha512.result().toHex().toUpper());
}

FormFields signFields(FormFields fields, const QString &integrationKey)
{
    fields.removeIf([](const FormField &field) {
        return field.name.compare(hashFieldName, Qt::CaseInsensitive) == 0;
    });
    const QString hash = paynowHash(fields, integrationKey);
    fields.append(FormField { hashFieldName, hash });
    return fields;
}

Status verifyHash(const FormFields &fields, const QString &integrationKey)
{
    const QString received = fieldValue(fields, u"hash");
    if (received.isEmpty()) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow message has no hash, so it cannot be verified. It was rejected."));
    }
    if (received.compare(paynowHash(fields, integrationKey), Qt::CaseInsensitive) != 0) {
        return makeError(QCoreApplication::translate("Paynow",
            "The Paynow message was rejected because its hash does not match its contents: it was "
            "altered on the way, or signed with a different integration key. Check the integration key."));
    }
    return {};
}

} // namespace saasodoo::billing
