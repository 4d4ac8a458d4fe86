// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsettings.h"

#include "core/catalog/migrations.h"
#include "core/catalog/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QUuid>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

const QString backendKey = QStringLiteral("catalog/backend");
const QString sqlitePathKey = QStringLiteral("catalog/sqlite-path");
const QString pgHostKey = QStringLiteral("catalog/pg-host");
const QString pgPortKey = QStringLiteral("catalog/pg-port");
const QString pgDatabaseKey = QStringLiteral("catalog/pg-database");
const QString pgUserKey = QStringLiteral("catalog/pg-user");
const QString pgSslModeKey = QStringLiteral("catalog/pg-sslmode");
const QString pgPasswordStoredKey = QStringLiteral("catalog/pg-password-in-keychain");

const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

} // namespace

std::optional<CatalogConfig> loadCatalogSettings(const QSettings &settings)
{
    const QString backend = settings.value(backendKey).toString();
    if (backend == QLatin1String("sqlite"))
        return CatalogConfig::sqlite(settings.value(sqlitePathKey).toString());
    if (backend != QLatin1String("postgresql"))
        return std::nullopt;
    CatalogConfig config = CatalogConfig::postgres(settings.value(pgHostKey).toString(),
        settings.value(pgPortKey, 5432).toInt(), settings.value(pgDatabaseKey).toString(),
        settings.value(pgUserKey).toString(), QString());
    config.pgSslMode = settings.value(pgSslModeKey, QStringLiteral("prefer")).toString();
    return config;
}

Status saveCatalogSettings(QSettings &settings, const CatalogConfig &config, bool passwordInKeychain)
{
    if (Status valid = validateCatalogConfig(config); !valid)
        return valid;
    if (config.backend == Backend::Sqlite) {
        settings.setValue(backendKey, QStringLiteral("sqlite"));
        settings.setValue(sqlitePathKey, config.sqlitePath.trimmed());
        settings.remove(pgPasswordStoredKey);
    } else {
        settings.setValue(backendKey, QStringLiteral("postgresql"));
        settings.setValue(pgHostKey, config.pgHost.trimmed());
        settings.setValue(pgPortKey, config.pgPort);
        settings.setValue(pgDatabaseKey, config.pgDatabase.trimmed());
        settings.setValue(pgUserKey, config.pgUser.trimmed());
        settings.setValue(pgSslModeKey, config.pgSslMode);
        settings.setValue(pgPasswordStoredKey, passwordInKeychain);
    }
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError(tr("Could not write the settings file %1.").arg(settings.fileName()));
    return {};
}

bool catalogPasswordInKeychain(const QSettings &settings)
{
    return settings.value(backendKey).toString() == QLatin1String("postgresql")
        && settings.value(pgPasswordStoredKey, false).toBool();
}

QString catalogPasswordKey()
{
    // The same form as SecretStore::settingKey, which core/catalog cannot include.
    return QStringLiteral("settings/catalog/pg-password");
}

Status validateCatalogConfig(const CatalogConfig &config)
{
    if (config.backend == Backend::Sqlite) {
        const QString path = config.sqlitePath.trimmed();
        if (path.isEmpty())
            return {}; // the default file in the application-data directory
        const QFileInfo file(path);
        if (file.isDir())
            return makeError(tr("Catalog file \"%1\" is a folder: give the path of an SQLite file.").arg(path));
        if (file.isRelative())
            return makeError(tr("Catalog file \"%1\" is a relative path: give an absolute path.").arg(path));
        QDir folder = file.absoluteDir();
        while (!folder.exists() && !folder.isRoot())
            folder.setPath(QFileInfo(folder.absolutePath()).absolutePath());
        if (!QFileInfo(folder.absolutePath()).isWritable() && !file.exists())
            return makeError(tr("Catalog file \"%1\" cannot be created: the folder %2 is not writable.")
                                 .arg(path, folder.absolutePath()));
        return {};
    }
    if (Status host = validateRequiredText(tr("PostgreSQL host"), config.pgHost.trimmed(), 253); !host)
        return host;
    if (Status port = validatePort(tr("PostgreSQL port"), config.pgPort); !port)
        return port;
    if (Status database = validateRequiredText(tr("Catalog database"), config.pgDatabase.trimmed(), 63); !database)
        return database;
    if (Status user = validateRequiredText(tr("PostgreSQL user"), config.pgUser.trimmed(), 63); !user)
        return user;
    if (!sslModes.contains(config.pgSslMode))
        return makeError(tr("SSL mode \"%1\" is invalid: use one of %2.")
                             .arg(config.pgSslMode, sslModes.join(QStringLiteral(", "))));
    return {};
}

Result<QString> testCatalogConnection(const CatalogConfig &config)
{
    if (Status valid = validateCatalogConfig(config); !valid)
        return makeError(valid.error());
    const QString name = QStringLiteral("catalog-test-") + QUuid::createUuid().toString(QUuid::Id128);
    QString description;
    QString error;
    {
        Result<QSqlDatabase> opened = openConnection(config, name);
        if (!opened)
            return makeError(opened.error());
        QSqlDatabase db = opened.value();
        QString server = config.displayName();
        if (config.backend == Backend::Postgres) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
                server = tr("PostgreSQL %1 at %2").arg(query.value(0).toString(), config.displayName());
        }
        const Result<int> version = readSchemaVersion(db);
        if (!version)
            error = version.error();
        else if (version.value() == 0)
            description = tr("%1: connected; the catalog is empty and will be created on first start.").arg(server);
        else if (version.value() > latestSchemaVersion())
            error = tr("%1 holds catalog schema version %2, newer than this program's %3: update the console.")
                        .arg(server)
                        .arg(version.value())
                        .arg(latestSchemaVersion());
        else
            description = tr("%1: connected, catalog schema version %2.").arg(server).arg(version.value());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return makeError(error);
    return description;
}

} // namespace saasodoo::catalog
