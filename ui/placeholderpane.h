// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace saasodoo::ui {

// A pane whose table and actions are not built yet. It says so plainly
// instead of showing made-up rows.
// NOTE: every pane is a placeholder until its model and actions land.
class PlaceholderPane final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPane(const QIcon &icon, const QString &title, const QString &purpose,
        QWidget *parent = nullptr);
};

} // namespace saasodoo::ui
