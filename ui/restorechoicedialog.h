// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupinspection.h"

#include <QDialog>

class QPushButton;

namespace saasodoo::ui {

// Shows what a dropped backup contains and lets the admin pick where to
// restore it: as a new instance, or into the instance selected in the pane.
class RestoreChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancelled, AsNewInstance, IntoInstance };

    // `targetName` is the selected instance, or empty when none is selected.
    RestoreChoiceDialog(const BackupInspection &backup, const QString &targetName, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    static QString describe(const BackupInspection &backup);

private:
    Choice m_choice = Cancelled;
};

} // namespace saasodoo::ui
