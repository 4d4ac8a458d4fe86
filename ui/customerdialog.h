// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "dialogsave.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace saasodoo::ui {

class FormChecks;

// Creates or edits a customer. Fields are checked as the admin types; OK
// runs `save` on a worker thread (see DialogSave), so `save` opens its own
// catalog session, as catalogWrite() does. A failure (such as a duplicate
// email) keeps the dialog open with the catalog's message.
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Result<catalog::Customer>(const catalog::Customer &)>;

    CustomerDialog(const catalog::Customer &customer, SaveFunction save, QWidget *parent = nullptr);

    // The record as the form currently describes it.
    catalog::Customer customer() const;
    const catalog::Customer &saved() const { return m_saved; }
    FormChecks *checks() const { return m_checks; }

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

private:
    catalog::Customer m_original;
    catalog::Customer m_saved;
    SaveFunction m_save;
    FormChecks *m_checks = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saasodoo::ui
