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

namespace saasodoo::ui {

class FormChecks;

// Creates a tenant for a customer. The slug is proposed from the name until
// the admin edits it. OK runs `save` on a worker thread (see DialogSave), and
// a failure keeps the dialog open with the catalog's message.
class TenantDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Result<catalog::Tenant>(const catalog::Tenant &)>;

    TenantDialog(const QList<catalog::CustomerRow> &customers, const QString &customerId, SaveFunction save,
        QWidget *parent = nullptr);

    catalog::Tenant tenant() const;
    const catalog::Tenant &saved() const { return m_saved; }
    FormChecks *checks() const { return m_checks; }

    // Returns a DNS label made from `name`: lower case ASCII letters, digits
    // and single dashes, at most 63 characters.
    static QString proposeSlug(const QString &name);

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

private:
    catalog::Tenant m_saved;
    SaveFunction m_save;
    FormChecks *m_checks = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    bool m_slugEdited = false;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saasodoo::ui
