// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QObject>

#include <functional>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QWidget;

namespace saasodoo::ui {

// Inline validation for a form: each checked field gets an error label under
// it that shows the catalog's validation message while the value is invalid.
// Messages come from core/catalog/validation.h, so the form and the CLI
// print the same text.
class FormChecks final : public QObject
{
    Q_OBJECT

public:
    explicit FormChecks(QObject *parent = nullptr);

    // Adds `field` as a row of `layout` with an error label named
    // "<field's objectName>Error" below it, checked by `check`.
    void addRow(QFormLayout *layout, const QString &label, QWidget *field, std::function<Status()> check);
    // Runs every check, updates the labels and emits validityChanged on the
    // first run and on every change.
    bool validate();
    // Keeps `button` enabled exactly while every check passes. Checks the
    // current values at once without showing any error label, so a new,
    // empty form does not open full of errors but its OK button starts in
    // the right state.
    void controlButton(QAbstractButton *button);
    bool isValid() const { return m_valid; }
    QString firstError() const;

signals:
    void validityChanged(bool valid);

private:
    struct Row
    {
        QWidget *field;
        QLabel *error;
        std::function<Status()> check;
    };
    bool runChecks() const;
    void setValid(bool valid);

    QList<Row> m_rows;
    bool m_valid = true;
    bool m_checked = false; // whether validityChanged was emitted once
};

} // namespace saasodoo::ui
