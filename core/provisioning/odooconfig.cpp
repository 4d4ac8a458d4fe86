// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odooconfig.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace saasodoo::provisioning {

namespace {

// passlib's "adapted base64": standard base64 with '.' for '+' and no '='.
QByteArray adaptedBase64(const QByteArray &data)
{
    QByteArray encoded = data.toBase64(QByteArray::OmitTrailingEquals);
    encoded.replace('+', '.');
    return encoded;
}

} // namespace

QByteArray renderOdooConfig(const OdooConfig &config)
{
    QByteArray text = "[options]\n";
    auto add = [&text](const char *key, const QString &value) {
        text += key;
        text += " = ";
        text += value.toUtf8();
        text += '\n';
    };
    add("db_host", config.dbHost);
    add("db_port", QString::number(config.dbPort));
    add("db_user", config.dbUser);
    add("db_password", config.dbPassword);
    add("db_name", config.dbName);
    add("dbfilter", QStringLiteral("^%1$").arg(config.dbName));
    add("list_db", QStringLiteral("False"));
    add("admin_passwd", config.adminPasswordHash);
    add("proxy_mode", QStringLiteral("True"));
    add("workers", QString::number(config.workers));
    add("max_cron_threads", QString::number(config.maxCronThreads));
    add("data_dir", config.dataDir);
    add("addons_path", config.addonsPath);
    if (config.workers > 0) {
        add("gevent_port", QStringLiteral("8072"));
        // Odoo sets limit_memory_hard as each worker's RLIMIT_AS and
        // recycles a worker whose virtual size passes limit_memory_soft.
        // Virtual size runs far above resident memory, so a share of the
        // container's memory would kill healthy workers. Odoo's defaults
        // are written instead, and the container's memory limit caps what
        // the workers really use.
        add("limit_memory_hard", QString::number(odooLimitMemoryHard));
        add("limit_memory_soft", QString::number(odooLimitMemorySoft));
    }
    return text;
}

QString hashMasterPassword(const QString &password, int rounds)
{
    return hashUserPassword(password, rounds);
}

QString hashUserPassword(const QString &password, int rounds)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray checksum = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha512, password.toUtf8(), salt, rounds, 64);
    return QStringLiteral("$pbkdf2-sha512$%1$%2$%3")
        .arg(rounds)
        .arg(QString::fromLatin1(adaptedBase64(salt)), QString::fromLatin1(adaptedBase64(checksum)));
}

} // namespace saasodoo::provisioning
