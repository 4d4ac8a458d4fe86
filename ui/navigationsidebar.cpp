// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

namespace saasodoo::ui {

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setIconSize(QSize(22, 22));
    setUniformItemSizes(true);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumWidth(160);

    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit paneRequested(row);
    });
}

void NavigationSidebar::addPane(const QIcon &icon, const QString &title, const QString &shortcutHint)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcutHint));
    item->setSizeHint(QSize(0, 36));
}

} // namespace saasodoo::ui
