// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

#include "themeicons.h"

#include <QEvent>

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

namespace {
constexpr int kIconNameRole = Qt::UserRole + 1;
}

void NavigationSidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (int row = 0; row < count(); ++row)
        item(row)->setIcon(paneIcon(item(row)->data(kIconNameRole).toString(), palette().color(QPalette::Text)));
}

void NavigationSidebar::addPane(const QString &iconName, const QString &title, const QString &shortcutHint)
{
    auto *item = new QListWidgetItem(paneIcon(iconName, palette().color(QPalette::Text)), title, this);
    item->setData(kIconNameRole, iconName);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcutHint));
    item->setSizeHint(QSize(0, 36));
}

} // namespace saasodoo::ui
