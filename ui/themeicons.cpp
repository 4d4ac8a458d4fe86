// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace saasodoo::ui {

QIcon themedIcon(const QString &themeName, const QString &bundledName)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(bundledName);
    if (!QFile::exists(bundled))
        return QIcon::fromTheme(themeName);
    return QIcon::fromTheme(themeName, QIcon(bundled));
}

QIcon recolouredSvg(const QString &path, const QColor &colour)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression paint(QStringLiteral(R"re(\b(stroke|fill)="#[0-9a-fA-F]{3,8}")re"));
    QString svg = QString::fromUtf8(file.readAll());
    svg.replace(paint, QStringLiteral(R"(\1="%1")").arg(colour.name()));
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int side : { 16, 22, 24, 32, 44, 48, 64 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon actionIcon(const QString &name, const QColor &foreground)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    if (foreground.isValid() && !QIcon::hasThemeIcon(name) && QFile::exists(bundled)) {
        if (const QIcon recoloured = recolouredSvg(bundled, foreground); !recoloured.isNull())
            return recoloured;
    }
    return themedIcon(name, name);
}

QIcon paneIcon(const QString &pane, const QColor &foreground)
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
    const QString themeName = themeNames.value(pane, pane);
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(pane);
    if (foreground.isValid() && !QIcon::hasThemeIcon(themeName) && QFile::exists(bundled)) {
        if (const QIcon recoloured = recolouredSvg(bundled, foreground); !recoloured.isNull())
            return recoloured;
    }
    return themedIcon(themeName, pane);
}

} // namespace saasodoo::ui
