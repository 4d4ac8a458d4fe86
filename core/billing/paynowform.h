// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Paynow's message format: application/x-www-form-urlencoded fields, signed
// with a SHA-512 hash over the field values in the order they are sent.
// https://developers.paynow.co.zw/docs/generating_hash.html
namespace saasodoo::billing {

struct FormField
{
    QString name;
    QString value;

    friend bool operator==(const FormField &, const FormField &) = default;
};

// Fields in the order they are sent or were received. The order matters
// because the hash concatenates the values in that order.
using FormFields = QList<FormField>;

// Returns the value of the first field whose name matches `name` ignoring
// case (Paynow sends both `Status` and `status`), or a null QString.
QString fieldValue(const FormFields &fields, QStringView name);
bool hasField(const FormFields &fields, QStringView name);

// Encodes the fields as a form body: UTF-8, every byte outside RFC 3986's
// unreserved set percent-encoded, so `&`, `+` and `=` in values survive.
QByteArray encodeForm(const FormFields &fields);

// Decodes a form body, keeping the received order. Escapes may use lower- or
// upper-case hex (Paynow sends `%2f`), and `+` is a space. Fails on a
// malformed escape or on bytes that are not UTF-8.
Result<FormFields> decodeForm(QByteArrayView body);

// Computes Paynow's hash: the raw values of every field except `hash`, in
// order and without separators, then the integration key in lower case (as
// Paynow's official Node SDK 2.2.2 appends it), as UTF-8, SHA-512,
// upper-case hex. Returns 128 characters.
QString paynowHash(const FormFields &fields, const QString &integrationKey);

// Returns `fields` with any `hash` field removed and a fresh one appended.
FormFields signFields(FormFields fields, const QString &integrationKey);

// Checks the `hash` field of a received message against its other fields.
// Fails when the hash is missing or does not match; the message never
// contains the key or the expected hash.
Status verifyHash(const FormFields &fields, const QString &integrationKey);

} // namespace saasodoo::billing
