// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

namespace saasodoo::ui {

// Colours for error and success text that stay readable on light and dark
// palettes. Each colour has a contrast ratio of at least 4.5:1 against the
// background it is picked for, the WCAG 2.x minimum for normal text.
namespace StatusColors {

enum class Tone { Normal, Error, Success };

// Returns the WCAG 2.x contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor &first, const QColor &second);

// Returns the colour for `tone` on `background`: a dark red or green on a
// light background, a light one on a dark background, darkened or lightened
// further until the contrast ratio reaches 4.5.
QColor forBackground(Tone tone, const QColor &background);

// Returns the colour for `tone` on the window colour of `widget`'s palette,
// or of the application palette when `widget` is null.
QColor forWidget(Tone tone, const QWidget *widget = nullptr);

// Returns the colour for `tone` on the application palette's base colour,
// for item views (QAbstractItemModel's Qt::ForegroundRole).
QColor forItemView(Tone tone);

// Returns the colour `amount` of the way from `first` to `second`, with
// `amount` from 0 (first) to 1 (second).
QColor blend(const QColor &first, const QColor &second, double amount);

// Returns a colour for secondary text on `background`, such as the labels
// of a details table: `text` moved toward `background` only as far as keeps
// a contrast ratio of 4.5. Unlike QPalette::Mid, which is a bevel shade and
// is dark in many dark palettes, it stays readable on any palette.
QColor secondaryText(const QColor &text, const QColor &background);

// Sets the text colour of `widget` (a label, usually) to `tone` on its window
// colour, and applies it again whenever the widget's palette changes, so a
// switch between light and dark mode keeps the text readable.
// Tone::Normal goes back to the palette's own text colour.
void apply(QWidget *widget, Tone tone);

} // namespace StatusColors

} // namespace saasodoo::ui
