// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include "prompter.h"

#include <QFileInfo>
#include <QMimeDatabase>

#include <memory>

namespace saasodoo::ui {

namespace {

Q_GLOBAL_STATIC(NameOnlyIconProvider, nameOnlyIconProvider)

} // namespace

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return QFileIconProvider::icon(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    // isDir() calls stat(), which opens no file.
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    const QList<QMimeType> types = QMimeDatabase().mimeTypesForFileName(info.fileName());
    const QIcon fallback = icon(QAbstractFileIconProvider::File);
    if (types.isEmpty())
        return fallback;
    const QMimeType &mime = types.first();
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("FileDialogs", "Folder");
    const QList<QMimeType> types = QMimeDatabase().mimeTypesForFileName(info.fileName());
    if (!types.isEmpty())
        return types.first().comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QCoreApplication::translate("FileDialogs", "File")
                            : QCoreApplication::translate("FileDialogs", "%1 file").arg(suffix);
}

QFileDialog *FileDialogs::create(QWidget *parent, const QString &caption, const QString &folder,
    const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, folder, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(nameOnlyIconProvider());
    return dialog;
}

QString FileDialogs::run(QFileDialog &dialog, catalog::CatalogFiles::Allow allow)
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString chosen = dialog.selectedFiles().value(0);
    if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(chosen, allow); !checked) {
        Prompter::warning(dialog.parentWidget(), tr("Catalog file chosen"), checked.error());
        return {};
    }
    return chosen;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
    const QString &filter)
{
    const std::unique_ptr<QFileDialog> dialog(create(parent, caption, folder, filter));
    dialog->setFileMode(QFileDialog::ExistingFile);
    return run(*dialog, catalog::CatalogFiles::Allow::Nothing);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
    QFileDialog::Options options, catalog::CatalogFiles::Allow allow)
{
    const std::unique_ptr<QFileDialog> dialog(create(parent, caption, path, filter));
    dialog->setOptions(dialog->options() | options);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    return run(*dialog, allow);
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    const std::unique_ptr<QFileDialog> dialog(create(parent, caption, folder));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return run(*dialog, catalog::CatalogFiles::Allow::Nothing);
}

} // namespace saasodoo::ui
