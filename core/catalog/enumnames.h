// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between catalog enums and the names stored in the database.

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace saasodoo::catalog::detail {

template<typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char *>, N>;

// Returns the stored name of value, or an empty string for a value not in the table.
template<typename Enum, std::size_t N>
QString nameOf(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// Returns the value stored as text, or nothing for an unknown name.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumNames<Enum, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace saasodoo::catalog::detail
