// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace saasodoo::ui {

class SessionLock;

// The page the main window shows while the session is locked: no customer
// data, one Unlock button, and the keychain's error when unlocking fails.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(SessionLock *lock, QWidget *parent = nullptr);

    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *errorLabel() const { return m_error; }

private:
    QPushButton *m_unlock = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace saasodoo::ui
