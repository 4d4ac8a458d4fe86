// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupconfig.h"

#include "core/storage/s3client.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryFile>
#include <QUrl>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

QString addressingName(storage::AddressingStyle style)
{
    switch (style) {
    case storage::AddressingStyle::Path:
        return QStringLiteral("path");
    case storage::AddressingStyle::VirtualHosted:
        return QStringLiteral("virtual");
    case storage::AddressingStyle::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace

Status validateBackupDirectory(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("Backup directory is missing."));
    const QFileInfo info(trimmed);
    if (info.isRelative())
        return makeError(tr("Backup directory \"%1\" is a relative path: give an absolute path.").arg(trimmed));
    if (!info.exists())
        return makeError(tr("Backup directory \"%1\" does not exist: create it first.").arg(trimmed));
    if (!info.isDir())
        return makeError(tr("Backup directory \"%1\" is a file, not a directory.").arg(trimmed));
    QTemporaryFile probe(trimmed + QStringLiteral("/.saasodoo-write-test-XXXXXX"));
    if (!probe.open())
        return makeError(tr("Backup directory \"%1\" is not writable: %2. Choose another directory or fix its "
                            "permissions.")
                             .arg(trimmed, probe.errorString()));
    return {};
}

namespace {

// The endpoint as messages may show it: a user name and password written
// into the URL are replaced, so they reach no log, job record or terminal.
QString redactedEndpoint(const QString &endpoint)
{
    // Everything before the last '@' may be a user name and password, with
    // or without a scheme, and a query or fragment may carry a token.
    QString shown = endpoint;
    if (const qsizetype at = shown.lastIndexOf(u'@'); at >= 0) {
        const qsizetype schemeEnd = shown.indexOf(QLatin1String("://"));
        const qsizetype start = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
        shown.replace(start, at - start, QStringLiteral("***"));
    }
    if (const qsizetype rest = shown.indexOf(QRegularExpression(QStringLiteral("[?#]"))); rest >= 0)
        shown = shown.left(rest + 1) + QStringLiteral("***");
    return shown;
}

} // namespace

Status validateS3Endpoint(const QString &endpoint)
{
    const QString trimmed = endpoint.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return makeError(tr("S3 endpoint \"%1\" is invalid: use http(s)://host[:port], such as "
                            "https://s3.eu-west-1.amazonaws.com.")
                             .arg(redactedEndpoint(trimmed)));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return makeError(tr("S3 endpoint \"%1\" is invalid: give only scheme, host and port, without user "
                            "name, query or fragment. The S3 keys go in the keychain.")
                             .arg(redactedEndpoint(trimmed)));
    return {};
}

Status validateS3Region(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (region.trimmed().isEmpty())
        return makeError(tr("S3 region is missing: use us-east-1 when the server ignores regions."));
    if (!pattern.match(region.trimmed()).hasMatch())
        return makeError(tr("S3 region \"%1\" is invalid: use lower-case letters, digits and hyphens, such as "
                            "us-east-1.")
                             .arg(region));
    return {};
}

Status validateS3Bucket(const QString &bucket)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    const QString trimmed = bucket.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!pattern.match(trimmed).hasMatch() || trimmed.contains(QLatin1String(".."))
        || !QHostAddress(trimmed).isNull())
        return makeError(tr("S3 bucket \"%1\" is invalid: use 3 to 63 lower-case letters, digits, dots and "
                            "hyphens, starting and ending with a letter or digit.")
                             .arg(trimmed));
    for (const char *prefix : { "xn--", "sthree-", "amzn-s3-demo-" }) {
        if (trimmed.startsWith(QLatin1String(prefix)))
            return makeError(tr("S3 bucket \"%1\" is invalid: S3 reserves names that start with %2.")
                                 .arg(trimmed, QLatin1String(prefix)));
    }
    for (const char *suffix : { "-s3alias", "--ol-s3", ".mrap", "--x-s3" }) {
        if (trimmed.endsWith(QLatin1String(suffix)))
            return makeError(tr("S3 bucket \"%1\" is invalid: S3 reserves names that end with %2.")
                                 .arg(trimmed, QLatin1String(suffix)));
    }
    return {};
}

Status validateS3AccessKey(const QString &accessKey)
{
    if (accessKey.isEmpty())
        return makeError(tr("S3 access key id is missing."));
    for (const QChar c : accessKey) {
        if (c == u'/')
            return makeError(tr("S3 access key id is invalid: it contains \"/\", which separates the fields of "
                                "the SigV4 credential, so no S3 server can read it. Check that the access key id "
                                "and the secret access key are not swapped."));
        if (c == u',' || c.isSpace() || c.unicode() < 0x20 || c.unicode() > 0x7e)
            return makeError(tr("S3 access key id is invalid: it contains a comma, white space, a control "
                                "character or a non-ASCII character, which the SigV4 Authorization header cannot "
                                "carry. Copy the access key id again."));
    }
    return {};
}

Status validateS3SecretKey(const QString &secretKey)
{
    if (secretKey.isEmpty())
        return makeError(tr("S3 secret access key is missing."));
    for (const QChar c : secretKey) {
        if (c.category() == QChar::Other_Control)
            return makeError(tr("S3 secret access key is invalid: it contains a control character, such as a "
                                "line break or tab. Copy the secret access key again."));
    }
    return {};
}

Status validateS3Target(const S3Target &target)
{
    for (const Status &check : { validateS3Endpoint(target.endpoint.toString()), validateS3Region(target.region),
             validateS3Bucket(target.bucket) }) {
        if (!check)
            return check;
    }
    return {};
}

Status saveBackupSettings(QSettings &settings, const BackupSettings &backups)
{
    const S3Target &s3 = backups.s3;
    for (const Status &check : { validateBackupDirectory(backups.directory), validateS3Target(s3) }) {
        if (!check)
            return check;
    }
    settings.setValue(QStringLiteral("backups/directory"), backups.directory.trimmed());
    settings.setValue(QStringLiteral("backups/s3/endpoint"), s3.endpoint.toString());
    settings.setValue(QStringLiteral("backups/s3/region"), s3.region.trimmed());
    settings.setValue(QStringLiteral("backups/s3/bucket"), s3.bucket.trimmed());
    settings.setValue(QStringLiteral("backups/s3/prefix"), s3.keyPrefix.trimmed());
    settings.setValue(QStringLiteral("backups/s3/addressing"), addressingName(s3.addressing));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError(tr("Could not write the settings file %1.").arg(settings.fileName()));
    return {};
}

QStringList backupEnvironmentOverrides()
{
    QStringList set;
    for (const char *name : { "SAASODOO_BACKUP_DIR", "SAASODOO_S3_ENDPOINT", "SAASODOO_S3_REGION",
             "SAASODOO_S3_BUCKET", "SAASODOO_S3_PREFIX", "SAASODOO_S3_ADDRESSING" }) {
        if (qEnvironmentVariableIsSet(name))
            set.append(QString::fromLatin1(name));
    }
    return set;
}

Result<QString> testS3Target(const S3Target &target, const QString &accessKey, const QString &secretKey)
{
    if (const Status valid = validateS3Target(target); !valid)
        return makeError(valid.error());
    if (target.bucket.trimmed().isEmpty())
        return makeError(tr("S3 bucket is missing: enter the bucket to test."));
    if (accessKey.isEmpty() || secretKey.isEmpty())
        return makeError(tr("The S3 access key id and secret access key are both needed for the test."));
    for (const Status &check : { validateS3AccessKey(accessKey), validateS3SecretKey(secretKey) }) {
        if (!check)
            return makeError(check.error());
    }

    storage::S3Config config;
    config.endpoint = target.endpoint;
    config.region = target.region.trimmed();
    config.bucket = target.bucket.trimmed();
    config.addressing = target.addressing;
    config.caFile = target.caFile;
    config.credentials.accessKey = accessKey;
    config.credentials.secretKey = secretKey;
    config.maxAttempts = 1;
    storage::S3Client client(config);

    const Result<bool> exists = client.bucketExists();
    if (!exists)
        return makeError(exists.error());
    if (!exists.value())
        return makeError(tr("Bucket %1 does not exist at %2.").arg(config.bucket, client.config().endpoint.toString()));
    storage::ListOptions options;
    options.prefix = target.keyPrefix;
    options.maxKeys = 1;
    const Result<storage::ListPage> page = client.listObjects(options);
    if (!page)
        return makeError(page.error());
    return tr("Bucket %1 at %2 is reachable and these keys may list it (%3 style).")
        .arg(config.bucket, client.config().endpoint.toString(),
            client.usesVirtualHostedStyle() ? tr("virtual-hosted") : tr("path"));
}

} // namespace saasodoo::backup
