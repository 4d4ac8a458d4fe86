// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QDialog;

namespace saasodoo::ui {

// Asks before Escape drops what an admin typed in a dialog or wizard. The
// guard records the values of the dialog's input widgets when it is first
// shown, so values that the caller set before exec() are not changes. On
// Escape, when any value differs, it asks whether to discard them and
// keeps the dialog open unless the admin agrees. Cancel and the window's
// close button still close at once: they are explicit choices.
class DiscardGuard final : public QObject
{
    Q_OBJECT

public:
    // The guard is a child of `dialog`. While `busy` returns true (a save
    // runs), Escape passes through: the dialog itself ignores it then.
    explicit DiscardGuard(QDialog *dialog, std::function<bool()> busy = {});

    // Whether any input differs from its value when the dialog was first
    // shown. False before the first show.
    bool hasChanges() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList inputValues() const;

    QDialog *m_dialog;
    std::function<bool()> m_busy;
    QStringList m_shownValues;
    bool m_shown = false;
};

} // namespace saasodoo::ui
