// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

namespace saasodoo::ui {

namespace {
// Set and read on the UI thread only.
std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastShownText;
Qt::TextFormat lastShownFormat = Qt::PlainText;
} // namespace

QMessageBox::StandardButton Prompter::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Qt::TextFormat format)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, format);
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
    Qt::TextFormat format)
{
    lastShownText = text;
    lastShownFormat = format;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(format);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace saasodoo::ui
