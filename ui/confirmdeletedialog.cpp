// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmdeletedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &title, const QString &targetName,
    const QString &consequences, const QString &actionText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDeleteDialog"));
    setWindowTitle(title);

    auto *explanation = new QLabel(consequences, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(targetName.toHtmlEscaped()), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("confirmName"));
    prompt->setBuddy(m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    // The typed name is the safeguard, so Enter confirms once it matches. A
    // disabled default button ignores Enter, and Cancel must not take it.
    m_confirm->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
        [this, targetName](const QString &typed) { m_confirm->setEnabled(typed == targetName); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(prompt);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
}

QCheckBox *ConfirmDeleteDialog::addOption(const QString &text, bool checked, const QString &toolTip)
{
    auto *option = new QCheckBox(text, this);
    option->setChecked(checked);
    option->setToolTip(toolTip);
    // After the explanation, before the name prompt.
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(1, option);
    return option;
}

} // namespace saasodoo::ui
