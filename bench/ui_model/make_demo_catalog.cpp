// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Creates a demo catalog for screenshots and trials: three hosts and a
// handful of customers, tenants and instances in every status, with
// backups and a few months of subscriptions, invoices and payments.
//
// Usage: make_demo_catalog FILE [instances]   (default 40 instances)
#include "democatalog.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: make_demo_catalog FILE [instances]\n");
        return 2;
    }
    const QString path = arguments.at(1);
    const int instances = arguments.size() > 2 ? arguments.at(2).toInt() : 40;
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s exists already: give the path of a new file.\n", qPrintable(path));
        return 2;
    }
    auto opened = saasodoo::catalog::Catalog::open(saasodoo::catalog::CatalogConfig::sqlite(path));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    opened.value()->setAdminName(QStringLiteral("demo"));
    saasodoo::Status filled = saasodoo::demo::fillCatalog(*opened.value(), 3, instances);
    if (filled)
        filled = saasodoo::demo::fillBackups(*opened.value(), 12);
    if (filled)
        filled = saasodoo::demo::fillBilling(*opened.value(), 8);
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error()));
        return 1;
    }
    return 0;
}
