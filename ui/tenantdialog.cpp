// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantdialog.h"

#include "discardguard.h"
#include "formchecks.h"
#include "statuscolors.h"

#include "core/catalog/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

using catalog::Tenant;

TenantDialog::TenantDialog(const QList<catalog::CustomerRow> &customers, const QString &customerId,
    SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
{
    setWindowTitle(tr("New tenant"));
    buildForm(customers, customerId);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_slugEdited)
            m_slug->setText(proposeSlug(name));
        m_checks->validate();
    });
    // With no customer the dialog cannot succeed, so it shows the reason at once.
    if (customers.isEmpty())
        m_checks->validate();
}

TenantDialog::TenantDialog(const TenantEditRecord &record, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_original(record.tenant)
    , m_save(std::move(save))
{
    setWindowTitle(tr("Edit tenant %1").arg(record.tenant.name));
    buildForm(record.customers, record.tenant.customerId);
    if (m_customer->findData(record.tenant.customerId) < 0) {
        m_customer->addItem(record.tenant.customerId, record.tenant.customerId);
        m_customer->setCurrentIndex(m_customer->count() - 1);
    }
    m_name->setText(record.tenant.name);
    m_slug->setText(record.tenant.slug);
    m_slugEdited = true;

    if (!record.liveInstances.isEmpty()) {
        lockField(m_slug,
            tr("The slug is locked because instances use it (%1): their subdomains and databases were named "
               "from it.")
                .arg(record.liveInstances.join(QStringLiteral(", "))));
    }
    if (!record.allInstances.isEmpty()) {
        lockField(m_customer,
            tr("The customer is locked because the tenant has instances (%1), deleted ones included: their "
               "backups, usage and invoices belong to this customer.")
                .arg(record.allInstances.join(QStringLiteral(", "))));
    }
    m_checks->validate();
}

void TenantDialog::buildForm(const QList<catalog::CustomerRow> &customers, const QString &customerId)
{
    setObjectName(QStringLiteral("tenantDialog"));
    new DiscardGuard(this, [this] { return m_saving.busy(); });

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    for (const catalog::CustomerRow &row : customers)
        m_customer->addItem(tr("%1 <%2>").arg(row.customer.name, row.customer.email), row.customer.id);
    if (const int index = m_customer->findData(customerId); index >= 0)
        m_customer->setCurrentIndex(index);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_slug = new QLineEdit(this);
    m_slug->setObjectName(QStringLiteral("slug"));
    m_slug->setPlaceholderText(tr("mutare-hardware"));

    auto *form = new QFormLayout;
    m_checks = new FormChecks(this);
    m_checks->addRow(form, tr("&Customer:"), m_customer, [this]() -> Status {
        if (m_customer->count() == 0)
            return makeError(tr("No customer exists yet: add a customer first."));
        return {};
    });
    m_checks->addRow(form, tr("&Name:"), m_name, [this] {
        return catalog::validateRequiredText(tr("Tenant name"), m_name->text().trimmed());
    });
    m_checks->addRow(form, tr("&Slug:"), m_slug, [this] { return catalog::validateSlug(m_slug->text().trimmed()); });

    m_locks = new QLabel(this);
    m_locks->setObjectName(QStringLiteral("locks"));
    m_locks->setTextFormat(Qt::PlainText);
    m_locks->setWordWrap(true);
    m_locks->setVisible(false);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setWordWrap(true);
    StatusColors::apply(m_saveError, StatusColors::Tone::Error);
    m_saveError->setVisible(false);
    m_saving.setMessage(m_saveError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_locks);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] { m_checks->validate(); });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
    // The slug also changes when the name proposes it.
    connect(m_slug, &QLineEdit::textChanged, this, [this] { m_checks->validate(); });
    // A failed save's message is about the values it saved, such as a slug
    // that another tenant uses, so any change of them hides it.
    const auto clearSaveError = [this] {
        if (!m_saving.busy())
            m_saving.showError(QString());
    };
    connect(m_name, &QLineEdit::textChanged, this, clearSaveError);
    connect(m_slug, &QLineEdit::textChanged, this, clearSaveError);
    connect(m_customer, &QComboBox::currentIndexChanged, this, clearSaveError);
    m_checks->controlButton(m_buttons->button(QDialogButtonBox::Ok));
    m_name->setFocus();
}

void TenantDialog::lockField(QWidget *field, const QString &reason)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(true);
    else
        field->setEnabled(false);
    field->setToolTip(reason);
    const QString shown = m_locks->text();
    m_locks->setText(shown.isEmpty() ? reason : shown + QLatin1Char('\n') + reason);
    m_locks->setVisible(true);
}

QString TenantDialog::proposeSlug(const QString &name)
{
    QString slug;
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            slug.append(QLatin1Char('-'));
    }
    while (slug.contains(QLatin1String("--")))
        slug.replace(QLatin1String("--"), QLatin1String("-"));
    slug = slug.left(63);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

Tenant TenantDialog::tenant() const
{
    // An edit keeps the id and the row version, so the catalog can detect
    // another session's change.
    Tenant tenant = m_original;
    tenant.customerId = m_customer->currentData().toString();
    tenant.name = m_name->text();
    tenant.slug = m_slug->text();
    return tenant;
}

void TenantDialog::accept()
{
    if (m_saving.busy() || !m_checks->validate())
        return;
    Tenant record = tenant();
    if (const Status valid = catalog::normalizeAndValidate(record); !valid) {
        m_saving.showError(valid.error());
        return;
    }
    m_saving.run<Tenant>([save = m_save, record] { return save(record); }, [this](Result<Tenant> saved) {
        if (!saved)
            return;
        m_saved = saved.value();
        QDialog::accept();
    });
}

void TenantDialog::reject()
{
    if (!m_saving.busy())
        QDialog::reject();
}

} // namespace saasodoo::ui
