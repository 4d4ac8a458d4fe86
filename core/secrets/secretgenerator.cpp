// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretgenerator.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <algorithm>

namespace saasodoo::secrets {

QString generateSecret(int bits)
{
    const int bytes = (std::max(bits, 128) + 7) / 8;
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QString encoded = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    raw.fill('\0');
    return encoded;
}

} // namespace saasodoo::secrets
