// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace saasodoo::ui {

// Message boxes for the console. A test sets the next button with
// setNextAnswer(), so a modal box never blocks it. The box is then not shown,
// and its text is kept in lastText().
//
// The text is plain unless the caller passes Qt::RichText, so a name such as
// "A <b>B</b>" shows as typed. Rich text must escape what it interpolates.
class Prompter
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        Qt::TextFormat format = Qt::PlainText);
    // question() with a check box under the text. `checked` sets its first
    // state and receives the admin's choice; a test sets it with
    // setNextCheckBox().
    static QMessageBox::StandardButton questionWithCheckBox(QWidget *parent, const QString &title,
        const QString &text, const QString &checkBoxText, bool *checked, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The state the next questionWithCheckBox() returns in `checked`.
    static void setNextCheckBox(bool checked);
    static QString lastText();
    static QString lastCheckBoxText(); // empty when the last box had no check box
    static Qt::TextFormat lastTextFormat();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        Qt::TextFormat format, const QString &checkBoxText = {}, bool *checked = nullptr);
};

} // namespace saasodoo::ui
