// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formchecks.h"

#include "statuscolors.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace saasodoo::ui {

FormChecks::FormChecks(QObject *parent)
    : QObject(parent)
{
}

void FormChecks::addRow(QFormLayout *layout, const QString &label, QWidget *field, std::function<Status()> check)
{
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    StatusColors::apply(error, StatusColors::Tone::Error);
    error->setVisible(false);
    column->addWidget(error);
    layout->addRow(label, container);
    m_rows.append(Row { field, error, std::move(check) });
}

bool FormChecks::validate()
{
    bool valid = true;
    for (const Row &row : std::as_const(m_rows)) {
        const Status status = row.check();
        row.error->setText(status.error());
        row.error->setVisible(!status.ok());
        row.field->setProperty("invalid", !status.ok());
        row.field->setToolTip(status.error());
        valid = valid && status.ok();
    }
    setValid(valid);
    return valid;
}

void FormChecks::controlButton(QAbstractButton *button)
{
    connect(this, &FormChecks::validityChanged, button, &QAbstractButton::setEnabled);
    const bool valid = runChecks();
    button->setEnabled(valid);
    setValid(valid);
}

bool FormChecks::runChecks() const
{
    for (const Row &row : m_rows) {
        if (!row.check().ok())
            return false;
    }
    return true;
}

void FormChecks::setValid(bool valid)
{
    if (m_checked && valid == m_valid)
        return;
    m_checked = true;
    m_valid = valid;
    emit validityChanged(valid);
}

QString FormChecks::firstError() const
{
    for (const Row &row : m_rows) {
        if (!row.error->isHidden())
            return row.error->text();
    }
    return {};
}

} // namespace saasodoo::ui
