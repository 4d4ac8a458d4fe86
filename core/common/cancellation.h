// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

namespace saasodoo {

// A flag that one thread sets to ask a long call on another thread to stop.
// Copies share one flag, so the caller keeps a copy and passes another to the
// call. A default-constructed token is never cancelled until cancel() runs.
// The calls that accept a token poll it: they state how soon they return.
class CancellationToken
{
public:
    CancellationToken() : m_cancelled(std::make_shared<std::atomic_bool>(false)) { }

    void cancel() const { m_cancelled->store(true, std::memory_order_release); }
    bool isCancelled() const { return m_cancelled->load(std::memory_order_acquire); }

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace saasodoo
