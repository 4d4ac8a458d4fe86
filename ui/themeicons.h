// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace saasodoo::ui {

// Returns the icon `themeName` (a freedesktop.org icon name) from the
// desktop's icon theme, or the bundled SVG :/icons/<bundledName>.svg when
// the theme has no such icon or the system has no theme at all. Without
// that bundled file, the result is the theme's icon or a null icon.
QIcon themedIcon(const QString &themeName, const QString &bundledName);

// Returns the sidebar icon of a pane, named by the pane's object-name stem
// ("dashboard", "customers", …), with its bundled SVG as the fallback.
QIcon paneIcon(const QString &pane);

} // namespace saasodoo::ui
