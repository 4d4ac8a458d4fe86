// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace saasodoo::ui {

// Returns the icon `themeName` (a freedesktop.org icon name) from the
// desktop's icon theme, or the bundled SVG :/icons/<bundledName>.svg when
// the theme has no such icon or the system has no theme at all. Without
// that bundled file, the result is the theme's icon or a null icon.
QIcon themedIcon(const QString &themeName, const QString &bundledName);

// Returns the sidebar icon of a pane, named by the pane's object-name stem
// ("dashboard", "customers", …), with its bundled SVG as the fallback. When
// `foreground` is valid, that monochrome SVG is drawn in it, so the icon
// stays readable in a dark palette.
QIcon paneIcon(const QString &pane, const QColor &foreground = {});

// Returns the toolbar or menu icon `name` (a freedesktop.org icon name)
// from the desktop's icon theme, else the bundled monochrome SVG
// :/icons/<name>.svg drawn in `foreground`, so that it stays readable in a
// dark palette. Without a valid `foreground`, as themedIcon().
QIcon actionIcon(const QString &name, const QColor &foreground);

// Returns the SVG at `path` with every stroke and fill colour set to
// `colour`, as pixmaps from 16 to 64 pixels. Returns a null icon when the
// file cannot be read or parsed.
QIcon recolouredSvg(const QString &path, const QColor &colour);

} // namespace saasodoo::ui
