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

// A tenant to edit, with what the edit dialog needs to know about it.
struct TenantEditRecord
{
    catalog::Tenant tenant;
    QList<catalog::CustomerRow> customers;
    QStringList liveInstances; // names of instances that are not deleted, which lock the slug
    QStringList allInstances; // names of every instance record, which lock the customer
};

// Creates a tenant for a customer, or edits one. For a new tenant the slug is
// proposed from the name until the admin edits it. OK runs `save` on a worker
// thread (see DialogSave), and a failure, such as another session's change,
// keeps the dialog open with the catalog's message.
class TenantDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Result<catalog::Tenant>(const catalog::Tenant &)>;

    TenantDialog(const QList<catalog::CustomerRow> &customers, const QString &customerId, SaveFunction save,
        QWidget *parent = nullptr);
    // Edits `record.tenant`. The slug and the customer are read-only, with
    // the reason shown, while the tenant's instances lock them.
    TenantDialog(const TenantEditRecord &record, SaveFunction save, QWidget *parent = nullptr);

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
    void buildForm(const QList<catalog::CustomerRow> &customers, const QString &customerId);
    // Makes `field` read-only and shows `reason` below the form.
    void lockField(QWidget *field, const QString &reason);

    catalog::Tenant m_original;
    catalog::Tenant m_saved;
    SaveFunction m_save;
    FormChecks *m_checks = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    bool m_slugEdited = false;
    QLabel *m_locks = nullptr;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saasodoo::ui
