// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QCheckBox>

namespace saasodoo::ui {

namespace {
// Set and read on the UI thread only.
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<bool> nextCheckBox;
QString lastShownText;
QString lastShownCheckBox;
Qt::TextFormat lastShownFormat = Qt::PlainText;
} // namespace

QMessageBox::StandardButton Prompter::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Qt::TextFormat format)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, format);
}

QMessageBox::StandardButton Prompter::questionWithCheckBox(QWidget *parent, const QString &title,
    const QString &text, const QString &checkBoxText, bool *checked, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, Qt::PlainText, checkBoxText,
        checked);
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, Qt::PlainText);
}

void Prompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, Qt::PlainText);
}

void Prompter::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void Prompter::setNextCheckBox(bool checked)
{
    nextCheckBox = checked;
}

QString Prompter::lastCheckBoxText()
{
    return lastShownCheckBox;
}

QString Prompter::lastText()
{
    return lastShownText;
}

Qt::TextFormat Prompter::lastTextFormat()
{
    return lastShownFormat;
}

QMessageBox::StandardButton Prompter::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    Qt::TextFormat format, const QString &checkBoxText, bool *checked)
{
    lastShownText = text;
    lastShownFormat = format;
    lastShownCheckBox = checkBoxText;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        if (checked && nextCheckBox)
            *checked = *nextCheckBox;
        nextCheckBox.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(format);
    box.setDefaultButton(defaultButton);
    QCheckBox *checkBox = nullptr;
    if (checked && !checkBoxText.isEmpty()) {
        checkBox = new QCheckBox(checkBoxText, &box);
        checkBox->setChecked(*checked);
        box.setCheckBox(checkBox);
    }
    const auto answer = static_cast<QMessageBox::StandardButton>(box.exec());
    if (checkBox)
        *checked = checkBox->isChecked();
    return answer;
}

} // namespace saasodoo::ui
