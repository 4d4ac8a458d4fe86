// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace saasodoo::ui {

PlaceholderPane::PlaceholderPane(const QIcon &icon, const QString &title, const QString &purpose,
    QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(QSize(64, 64)));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);
    purposeLabel->setAlignment(Qt::AlignCenter);

    auto *statusLabel = new QLabel(tr("This pane is not available in this build yet."), this);
    statusLabel->setAlignment(Qt::AlignCenter);
    statusLabel->setEnabled(false);

    layout->addWidget(heading);
    layout->addStretch(1);
    layout->addWidget(iconLabel);
    layout->addWidget(purposeLabel);
    layout->addWidget(statusLabel);
    layout->addStretch(2);
}

} // namespace saasodoo::ui
