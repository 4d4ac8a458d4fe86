// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptablemodel.h"

#include "itemroles.h"
#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::Backup;
using catalog::BackupKind;
using catalog::BackupState;

BackupTableModel::BackupTableModel(QObject *parent)
    : RowTableModel<BackupRow>(parent)
{
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupTableModel::locationText(const Backup &backup)
{
    const bool local = !backup.location.isEmpty();
    const bool s3 = !backup.s3Key.isEmpty();
    if (local && s3)
        return tr("Local and S3");
    if (local)
        return tr("Local");
    if (s3)
        return tr("S3");
    return tr("None");
}

QString BackupTableModel::kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Manual: return tr("Manual");
    case BackupKind::Scheduled: return tr("Scheduled");
    case BackupKind::Safety: return tr("Safety");
    }
    return {};
}

QString BackupTableModel::stateText(BackupState state)
{
    switch (state) {
    case BackupState::Pending: return tr("Pending");
    case BackupState::Running: return tr("Running");
    case BackupState::Completed: return tr("Completed");
    case BackupState::Failed: return tr("Failed");
    case BackupState::Expired: return tr("Expired");
    case BackupState::Deleted: return tr("Deleted");
    }
    return {};
}

QString BackupTableModel::instanceLabel(const BackupRow &row)
{
    return row.instanceName.isEmpty() ? tr("deleted instance %1").arg(row.backup.instanceId) : row.instanceName;
}

QString BackupTableModel::label(const BackupRow &row)
{
    return tr("%1 of %2").arg(instanceLabel(row),
        QLocale().toString(row.backup.createdAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupRow &row = m_rows.at(index.row());
    const Backup &backup = row.backup;

    switch (role) {
    case IdRole:
        return backup.id;
    case StatusRole:
        return catalog::toString(backup.state);
    case SearchRole:
        return QString(row.instanceName % QLatin1Char(' ') % backup.id % QLatin1Char(' ') % backup.sha256
            % QLatin1Char(' ') % backup.odooVersion % QLatin1Char(' ') % backup.location % QLatin1Char(' ')
            % backup.s3Key);
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return backup.sha256;
        if (index.column() == State && backup.state == BackupState::Failed)
            return backup.error;
        if (index.column() == Location)
            return QStringList { backup.location, backup.s3Key }.join(QLatin1Char('\n')).trimmed();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == OdooVersion)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Instance: return instanceLabel(row);
    case Kind: return sorting ? QVariant(int(backup.kind)) : QVariant(kindText(backup.kind));
    case Created:
        return sorting ? QVariant(backup.createdAt)
                       : QVariant(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Size: return sorting ? QVariant(backup.sizeBytes) : QVariant(StatusText::byteSize(backup.sizeBytes));
    case Sha256: return backup.sha256.left(12);
    case OdooVersion: return sorting ? QVariant(backup.odooVersion.toDouble()) : QVariant(backup.odooVersion);
    case Location: return locationText(backup);
    case State: return sorting ? QVariant(int(backup.state)) : QVariant(stateText(backup.state));
    case Expires:
        if (sorting)
            return backup.expiresAt;
        return backup.expiresAt.isNull() ? tr("Never")
                                         : QLocale().toString(backup.expiresAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Instance: return tr("Instance");
    case Kind: return tr("Kind");
    case Created: return tr("Taken");
    case Size: return tr("Size");
    case Sha256: return tr("SHA-256");
    case OdooVersion: return tr("Odoo");
    case Location: return tr("Location");
    case State: return tr("State");
    case Expires: return tr("Expires");
    case ColumnCount: break;
    }
    return {};
}

bool BackupTableModel::sameContent(const BackupRow &left, const BackupRow &right) const
{
    const Backup &a = left.backup;
    const Backup &b = right.backup;
    return left.instanceName == right.instanceName && a.state == b.state && a.location == b.location
        && a.s3Key == b.s3Key && a.sizeBytes == b.sizeBytes && a.sha256 == b.sha256 && a.odooVersion == b.odooVersion
        && a.expiresAt == b.expiresAt && a.verifiedAt == b.verifiedAt && a.archivedAt == b.archivedAt
        && a.error == b.error && a.kind == b.kind && a.createdAt == b.createdAt;
}

} // namespace saasodoo::ui
