// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace saasodoo::secrets {

// Returns a random password of `bits` bits of entropy (at least 128) from
// the operating system's CSPRNG (QRandomGenerator::system(): getrandom(2)
// on Linux), encoded as URL-safe base64 without padding so it can go into
// an Odoo config file, a libpq passfile or a URL unquoted.
QString generateSecret(int bits = 192);

} // namespace saasodoo::secrets
