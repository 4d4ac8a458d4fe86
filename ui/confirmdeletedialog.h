// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace saasodoo::ui {

// Confirms a destructive action. It names the target, lists what will be
// lost and enables the action only once the admin types the target's name.
class ConfirmDeleteDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const QString &title, const QString &targetName, const QString &consequences,
        const QString &actionText, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *confirmButton() const { return m_confirm; }

    // Adds a checkbox above the name prompt and returns it, such as "Take a
    // final backup first". Call before exec().
    QCheckBox *addOption(const QString &text, bool checked, const QString &toolTip = {});

private:
    QLineEdit *m_name = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace saasodoo::ui
