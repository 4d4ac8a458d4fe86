// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace saasodoo::ui {

// The list of panes on the left of the main window. Each entry carries the
// index of its pane in the main window's stack.
class NavigationSidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    // Adds a pane's entry with paneIcon(`iconName`), drawn in the palette's
    // text colour and redrawn when the palette changes.
    void addPane(const QString &iconName, const QString &title, const QString &shortcutHint);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void paneRequested(int index);
};

} // namespace saasodoo::ui
