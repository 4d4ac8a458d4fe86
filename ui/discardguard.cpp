// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discardguard.h"

#include "prompter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>

namespace saasodoo::ui {

DiscardGuard::DiscardGuard(QDialog *dialog, std::function<bool()> busy)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_busy(std::move(busy))
{
    dialog->installEventFilter(this);
}

bool DiscardGuard::hasChanges() const
{
    return m_shown && inputValues() != m_shownValues;
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_dialog)
        return false;
    if (event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        m_shownValues = inputValues();
        return false;
    }
    // A key that no child handled reaches the dialog, which rejects on Escape.
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape
        || static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier)
        return false;
    if ((m_busy && m_busy()) || !hasChanges())
        return false;
    const QMessageBox::StandardButton answer = Prompter::question(m_dialog,
        tr("Discard changes?"),
        tr("You changed values in \"%1\". Discard the changes and close it?").arg(m_dialog->windowTitle()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    // Returning true keeps the dialog open with the values as typed.
    return answer != QMessageBox::Discard;
}

// Returns one entry per input widget, in the dialog's child order, which
// stays the same while the dialog lives.
QStringList DiscardGuard::inputValues() const
{
    QStringList values;
    for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            // A spin box's own editor is read through the spin box.
            if (!qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
                values.append(line->text());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            values.append(spin->text());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            values.append(QString::number(combo->currentIndex()) + u'\n' + combo->currentText());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && button->isCheckable()) {
            values.append(button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            values.append(plain->toPlainText());
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget); rich && !rich->isReadOnly()) {
            values.append(rich->toPlainText());
        } else if (auto *table = qobject_cast<QTableWidget *>(widget)) {
            QStringList cells;
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    const QTableWidgetItem *item = table->item(row, column);
                    cells.append(item ? item->text() : QString());
                }
            }
            values.append(cells.join(u'\t'));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            QString states;
            for (int row = 0; row < list->count(); ++row)
                states.append(list->item(row)->checkState() == Qt::Checked ? u'1' : u'0');
            values.append(states);
        }
    }
    return values;
}

} // namespace saasodoo::ui
