// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "workerpools.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

#include <functional>
#include <utility>

class QDialog;
class QLabel;
class QWidget;

namespace saasodoo::ui {

// Runs a dialog's save on a worker thread, so a slow catalog server does not
// freeze the window. Until the save returns, the fields and buttons are
// disabled and the message label shows "Saving…". The dialog rejects Cancel
// and Escape while busy(), because a write cannot be taken back halfway.
// After a failed save the label shows the error, and the form keeps every
// value as typed.
class DialogSave
{
    Q_DECLARE_TR_FUNCTIONS(DialogSave)

public:
    explicit DialogSave(QDialog *dialog);

    // Sets the label for "Saving…" and for errors, once, before run().
    void setMessage(QLabel *message) { m_message = message; }

    bool busy() const { return m_busy; }

    // Runs `work` on a worker and passes its Result to `done` on the
    // dialog's thread, unless the dialog was destroyed meanwhile. On an
    // error, `message` shows it before `done` runs.
    template<typename T>
    void run(std::function<Result<T>()> work, std::function<void(Result<T>)> done)
    {
        begin();
        QtConcurrent::run(workerPool(), std::move(work)).then(m_dialog, [this, done = std::move(done)](Result<T> result) {
            end(result.ok() ? QString() : result.error());
            done(std::move(result));
        });
    }

    // Shows `error` in the message label, or hides the label when empty.
    void showError(const QString &error);

private:
    void begin();
    void end(const QString &error);
    void disableAround(QWidget *parent);

    QDialog *m_dialog;
    QLabel *m_message = nullptr;
    QList<QPointer<QWidget>> m_disabled;
    bool m_busy = false;
};

} // namespace saasodoo::ui
