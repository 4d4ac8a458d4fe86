// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorechoicedialog.h"

#include "statustext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

RestoreChoiceDialog::RestoreChoiceDialog(const BackupInspection &backup, const QString &targetName,
    QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreChoiceDialog"));
    setWindowTitle(tr("Restore %1").arg(QFileInfo(backup.path).fileName()));

    auto *found = new QLabel(describe(backup), this);
    found->setObjectName(QStringLiteral("foundDescription"));
    found->setWordWrap(true);
    found->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *asNew = buttons->addButton(tr("Restore as &new instance"), QDialogButtonBox::AcceptRole);
    asNew->setObjectName(QStringLiteral("restoreAsNew"));
    QPushButton *into = buttons->addButton(
        targetName.isEmpty() ? tr("Restore &into an instance") : tr("Restore &into %1").arg(targetName),
        QDialogButtonBox::AcceptRole);
    into->setObjectName(QStringLiteral("restoreInto"));
    if (targetName.isEmpty()) {
        into->setEnabled(false);
        into->setToolTip(tr("Select one instance in the list to restore into it."));
    } else {
        into->setToolTip(tr("Replaces the database and files of %1 with the backup's.").arg(targetName));
    }
    connect(asNew, &QPushButton::clicked, this, [this] {
        m_choice = AsNewInstance;
        accept();
    });
    connect(into, &QPushButton::clicked, this, [this] {
        m_choice = IntoInstance;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(found);
    layout->addWidget(buttons);
}

QString RestoreChoiceDialog::describe(const BackupInspection &backup)
{
    const QString name = QFileInfo(backup.path).fileName().toHtmlEscaped();
    const QString size = StatusText::byteSize(backup.sizeBytes);
    if (backup.kind == BackupInspection::Kind::PgDumpCustom)
        return tr("<b>%1</b> (%2) is a pg_dump custom-format archive: a database without a filestore.")
            .arg(name, size);

    QString text = tr("<b>%1</b> (%2) is an Odoo backup with manifest.json and dump.sql").arg(name, size);
    text += backup.hasFilestore ? tr(", and a filestore.") : tr(", without a filestore.");
    const QJsonObject &manifest = backup.manifest;
    if (!manifest.isEmpty()) {
        text += QStringLiteral("<br>");
        text += tr("Database: %1. Odoo version: %2. PostgreSQL version: %3.")
                    .arg(manifest.value(QStringLiteral("db_name")).toString().toHtmlEscaped(),
                        manifest.value(QStringLiteral("version")).toString().toHtmlEscaped(),
                        manifest.value(QStringLiteral("pg_version")).toString().toHtmlEscaped());
    }
    return text;
}

} // namespace saasodoo::ui
