// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogfiles.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>

namespace saasodoo::ui {

// An icon provider that picks a file's type and icon from its name alone.
// Qt's own provider calls QMimeDatabase::mimeTypeForFile() with MatchDefault,
// which opens and reads files whose extension does not decide the type, the
// catalog's -wal and -shm files among them. Closing that descriptor drops
// SQLite's POSIX locks on the catalog (see core/catalog/catalogfiles.h).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

// The console's only way to show a file dialog. Each dialog is Qt's widget
// dialog with a NameOnlyIconProvider, never the platform's native one,
// because a native dialog (GTK's, for one) sniffs file contents itself.
// A chosen file that is the open catalog or one of its sidecars is rejected
// with a warning, and the function returns an empty string.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
        const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
        QFileDialog::Options options = {},
        catalog::CatalogFiles::Allow allow = catalog::CatalogFiles::Allow::Nothing);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);

    // Returns a dialog set up as above, for callers and tests that need the
    // dialog itself. The caller owns it.
    static QFileDialog *create(QWidget *parent, const QString &caption, const QString &folder,
        const QString &filter = {});

private:
    static QString run(QFileDialog &dialog, catalog::CatalogFiles::Allow allow);
};

} // namespace saasodoo::ui
