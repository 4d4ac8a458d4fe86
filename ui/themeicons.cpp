// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicons.h"

#include <QFile>
#include <QHash>

namespace saasodoo::ui {

QIcon themedIcon(const QString &themeName, const QString &bundledName)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(bundledName);
    if (!QFile::exists(bundled))
        return QIcon::fromTheme(themeName);
    return QIcon::fromTheme(themeName, QIcon(bundled));
}

QIcon paneIcon(const QString &pane)
{
    // Names from the freedesktop.org Icon Naming Specification, except
    // view-list-details, which KDE's Breeze theme has.
    static const QHash<QString, QString> themeNames {
        { QStringLiteral("dashboard"), QStringLiteral("utilities-system-monitor") },
        { QStringLiteral("customers"), QStringLiteral("system-users") },
        { QStringLiteral("tenants"), QStringLiteral("x-office-address-book") },
        { QStringLiteral("instances"), QStringLiteral("applications-system") },
        { QStringLiteral("backups"), QStringLiteral("document-save") },
        { QStringLiteral("subscriptions"), QStringLiteral("x-office-spreadsheet") },
        { QStringLiteral("hosts"), QStringLiteral("network-server") },
        { QStringLiteral("jobs"), QStringLiteral("view-list-details") },
    };
    return themedIcon(themeNames.value(pane, pane), pane);
}

} // namespace saasodoo::ui
