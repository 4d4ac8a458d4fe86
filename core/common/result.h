// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace saasodoo {

// An error fit to show to an admin: a sentence that names what failed, on
// which value, and what to do next. It never contains a secret.
struct Error
{
    QString message;
};

// The value of a fallible core call, or the reason it failed. An expected-like
// type until the project moves to C++23's std::expected.
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value, so that `for (auto &x : call().value())` iterates over an
    // object that lives as long as the loop, not into the destroyed Result.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // The error message, or an empty string when the call succeeded (so a
    // test can build its failure message before checking ok()).
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_state).message;
    }

private:
    std::variant<T, Error> m_state;
};

// A fallible call with no value.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const
    {
        static const QString none;
        return m_error ? m_error->message : none;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error { std::move(message) };
}

// Returns `text` without trailing white space and ending in a full stop,
// question mark or exclamation mark. A message from a tool or library often
// has no final full stop, so call this before another sentence follows it.
inline QString endSentence(const QString &text)
{
    QString sentence = text.trimmed();
    if (sentence.isEmpty() || sentence.endsWith(u'.') || sentence.endsWith(u'?') || sentence.endsWith(u'!'))
        return sentence;
    return sentence + u'.';
}

} // namespace saasodoo
