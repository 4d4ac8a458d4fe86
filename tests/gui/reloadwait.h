// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSignalSpy>

namespace saasodoo::ui {

// Reloads a pane, which reads on a worker thread, and waits until its rows
// are shown. Returns false when they did not arrive within `timeoutMs`.
template<typename Pane>
bool reloadAndWait(Pane &pane, int timeoutMs = 10000)
{
    QSignalSpy reloaded(&pane, &Pane::reloaded);
    pane.reload();
    // A quick read may have finished already, within reload().
    return !reloaded.isEmpty() || reloaded.wait(timeoutMs);
}

} // namespace saasodoo::ui
