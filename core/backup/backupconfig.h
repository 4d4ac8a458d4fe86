// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks and stores the backup settings that loadBackupSettings() reads:
// the local directory and the S3 target. The S3 access key id and secret
// access key are in the keychain (s3AccessKeyName, s3SecretKeyName), never
// in QSettings.

#include "core/backup/backupjobs.h"
#include "core/common/result.h"

#include <QStringList>

class QSettings;

namespace saasodoo::backup {

// Checks that `path` is an existing directory in which this user can create
// a file: it creates and removes a probe file, because permission bits do
// not show a read-only mount or an ACL.
Status validateBackupDirectory(const QString &path);

// An empty endpoint means AWS; otherwise http(s)://host[:port] with no
// credentials, query or fragment.
Status validateS3Endpoint(const QString &endpoint);
Status validateS3Region(const QString &region);
// Checks S3's bucket naming rules (AWS S3 user guide, "Bucket naming
// rules"). A name has 3 to 63 lower-case letters, digits, dots and hyphens,
// starts and ends with a letter or digit, has no two adjacent dots and is
// not an IP address. The prefixes xn--, sthree- and amzn-s3-demo- and the
// suffixes -s3alias, --ol-s3, .mrap and --x-s3 are reserved. An empty
// bucket means no S3 tier.
Status validateS3Bucket(const QString &bucket);

// Checks an S3 access key id. SigV4 sends it in the Credential field of
// the Authorization header, "Credential=<key>/<date>/<region>/s3/aws4_request",
// which servers split at '/', and the header's fields are separated by
// commas and spaces. So a key with '/', ',', white space, a control
// character or a non-ASCII character is rejected; other characters,
// '@' among them, are accepted. AWS's own key ids are letters and digits.
Status validateS3AccessKey(const QString &accessKey);
// Checks an S3 secret access key. Only its bytes go into the HMAC key, so
// any printable text is accepted, '/', '+', '=' and '@' included (AWS's
// secret keys often contain '/'). Empty and control characters (such as
// a pasted line break) are rejected.
Status validateS3SecretKey(const QString &secretKey);

// Checks the endpoint, region and bucket of `target` with the three
// functions above and returns the first error.
Status validateS3Target(const S3Target &target);

// Validates and writes the directory and S3 target to `settings`
// ("backups/directory", "backups/s3/…").
Status saveBackupSettings(QSettings &settings, const BackupSettings &backups);

// Returns the backup environment variables that are set, which override
// the saved settings (SAASODOO_BACKUP_DIR, SAASODOO_S3_*).
QStringList backupEnvironmentOverrides();

// Checks that the bucket exists and that these credentials may list it
// (HeadBucket, then ListObjectsV2 for one key). Returns a one-line report.
// Blocks for up to the client's timeouts, so call it on a worker thread.
Result<QString> testS3Target(const S3Target &target, const QString &accessKey, const QString &secretKey);

} // namespace saasodoo::backup
