// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <QCoreApplication>

namespace saasodoo {

QString version()
{
    return QStringLiteral(SAASODOO_VERSION);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdoo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("saasodoo.example"));
    QCoreApplication::setApplicationName(QStringLiteral("saasodoo-console"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace saasodoo
