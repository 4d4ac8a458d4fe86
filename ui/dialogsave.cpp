// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogsave.h"

#include "statuscolors.h"

#include <QDialog>
#include <QLabel>

namespace saasodoo::ui {

DialogSave::DialogSave(QDialog *dialog)
    : m_dialog(dialog)
{
}

void DialogSave::showError(const QString &error)
{
    StatusColors::apply(m_message, StatusColors::Tone::Error);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void DialogSave::begin()
{
    m_busy = true;
    disableAround(m_dialog);
    StatusColors::apply(m_message, StatusColors::Tone::Normal);
    m_message->setText(tr("Saving…"));
    m_message->setVisible(true);
    m_dialog->setCursor(Qt::BusyCursor);
}

void DialogSave::end(const QString &error)
{
    for (const QPointer<QWidget> &widget : std::as_const(m_disabled)) {
        if (widget)
            widget->setEnabled(true);
    }
    m_disabled.clear();
    m_dialog->unsetCursor();
    m_busy = false;
    showError(error);
}

// Disables every widget of `parent` that is enabled in its own right, except
// the message label. A widget that contains the label stays enabled, and its
// other children are disabled instead, so the message stays readable.
void DialogSave::disableAround(QWidget *parent)
{
    const QList<QWidget *> children = parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child == m_message || child->isWindow())
            continue;
        if (child->isAncestorOf(m_message)) {
            disableAround(child);
        } else if (!child->testAttribute(Qt::WA_Disabled)) {
            child->setEnabled(false);
            m_disabled.append(child);
        }
    }
}

} // namespace saasodoo::ui
