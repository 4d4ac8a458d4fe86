// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

Error invalid(const QString &field, const QString &value, const QString &rule)
{
    return makeError(tr("%1 \"%2\" is invalid: %3").arg(field, value, rule));
}

bool matches(const QString &pattern, const QString &value)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(value).hasMatch();
}

// One DNS label: 1-63 lower-case letters, digits and '-', not starting or
// ending with '-' (RFC 1035 as relaxed by RFC 1123).
const QString DnsLabelPattern = QStringLiteral("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

Status validateDnsLabel(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    if (!matches(DnsLabelPattern, value)) {
        return invalid(field, value,
            tr("use 1 to 63 lower-case letters, digits and '-', starting and ending with a letter or digit."));
    }
    return {};
}

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = KiB * 1024;
constexpr qint64 GiB = MiB * 1024;
constexpr qint64 TiB = GiB * 1024;

Status firstFailure(std::initializer_list<Status> checks)
{
    for (const Status &status : checks) {
        if (!status)
            return status;
    }
    return {};
}

} // namespace

QStringList reservedEnvironmentKeys()
{
    return { QStringLiteral("HOST"), QStringLiteral("PORT"), QStringLiteral("USER"), QStringLiteral("PASSWORD"),
        QStringLiteral("PASSWORD_FILE"), QStringLiteral("ODOO_RC") };
}

QStringList supportedOdooVersions()
{
    return { QStringLiteral("16.0"), QStringLiteral("17.0"), QStringLiteral("18.0"), QStringLiteral("19.0") };
}

Status validateRequiredText(const QString &field, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    return validateFreeText(field, value, maxLength, false);
}

Status validateFreeText(const QString &field, const QString &value, int maxLength, bool multiLine)
{
    if (value.size() > maxLength)
        return makeError(tr("%1 is too long: use at most %2 characters.").arg(field).arg(maxLength));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.category() != QChar::Other_Control)
            continue;
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        // The value itself is not echoed: a terminal would act on the character.
        return makeError(tr("%1 contains the control character U+%2 at position %3: remove it.")
                             .arg(field)
                             .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                             .arg(i + 1));
    }
    return {};
}

Status validateEmail(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    // The dot-atom form of RFC 5322 for the local part and DNS labels for the
    // domain; quoted local parts and internationalized addresses are rejected.
    static const QString pattern = QStringLiteral(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    if (value.size() > 254 || !matches(pattern, value))
        return invalid(field, value, tr("expected an address such as name@example.co.zw."));
    return {};
}

Result<QString> normalizePhone(const QString &value)
{
    QString digits = value.trimmed();
    if (digits.isEmpty())
        return QString();
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    digits.remove(separators);

    const QString field = tr("Phone number");
    const QString rule = tr("use a Zimbabwe mobile number (07XXXXXXXX, 2637XXXXXXXX or +2637XXXXXXXX) "
                            "or an international number starting with '+' and the country code.");
    if (digits.startsWith(QLatin1String("00")))
        digits = u'+' + digits.mid(2);
    if (matches(QStringLiteral("07[0-9]{8}"), digits))
        return QString(QStringLiteral("+263") + digits.mid(1));
    if (matches(QStringLiteral("2637[0-9]{8}"), digits))
        return QString(u'+' + digits);
    if (digits.startsWith(QLatin1String("+263"))) {
        // NOTE: only mobile numbers are accepted for +263, because landline
        // lengths vary by area code and a missing digit would pass unnoticed.
        if (matches(QStringLiteral("\\+2637[0-9]{8}"), digits))
            return digits;
        return invalid(field, value, rule);
    }
    // E.164: at most 15 digits, the country code never starts with 0.
    if (matches(QStringLiteral("\\+[1-9][0-9]{6,14}"), digits))
        return digits;
    return invalid(field, value, rule);
}

Status validateCountryCode(const QString &value)
{
    // Qt's territory list comes from CLDR, which covers the ISO 3166-1 codes.
    if (!matches(QStringLiteral("[A-Z]{2}"), value) || QLocale::codeToTerritory(value) == QLocale::AnyTerritory)
        return invalid(tr("Country"), value, tr("use a two-letter ISO 3166-1 code such as ZW."));
    return {};
}

Status validateSlug(const QString &value)
{
    return validateDnsLabel(tr("Tenant slug"), value);
}

Status validateSubdomain(const QString &value)
{
    return validateDnsLabel(tr("Subdomain"), value);
}

Status validateDomain(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    const QString pattern = DnsLabelPattern + QStringLiteral("(?:\\.") + DnsLabelPattern + QStringLiteral(")+");
    if (value.size() > 253 || !matches(pattern, value)) {
        return invalid(field, value,
            tr("use a lower-case domain name of at least two labels, such as apps.example.co.zw."));
    }
    return {};
}

Status validateDatabaseName(const QString &value)
{
    const QString field = tr("Database name");
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    // Odoo's database manager accepts ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$
    // (DBNAME_PATTERN); PostgreSQL truncates identifiers after 63 bytes.
    if (!matches(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9_.-]+"), value)) {
        return invalid(field, value,
            tr("use at least two letters, digits, '_', '.' or '-', starting with a letter or digit."));
    }
    if (value.toUtf8().size() > 63)
        return invalid(field, value, tr("use at most 63 bytes, the PostgreSQL limit for names."));
    static const QStringList reserved { QStringLiteral("postgres"), QStringLiteral("template0"),
        QStringLiteral("template1") };
    if (reserved.contains(value.toLower()))
        return invalid(field, value, tr("postgres, template0 and template1 belong to PostgreSQL."));
    return {};
}

Status validateEnvironmentKey(const QString &key)
{
    const QString field = tr("Environment variable");
    if (!matches(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"), key)) {
        return invalid(field, key,
            tr("a name consists of letters, digits and '_' and does not start with a digit."));
    }
    if (reservedEnvironmentKeys().contains(key)) {
        return invalid(field, key,
            tr("%1 are set by the provisioner and cannot be overridden.")
                .arg(reservedEnvironmentKeys().join(QStringLiteral(", "))));
    }
    // Odoo's programs are found through the image's PATH, and HOME is the
    // odoo user's home, so the container keeps the image's values.
    static const QStringList imageKeys { QStringLiteral("PATH"), QStringLiteral("HOME") };
    if (imageKeys.contains(key)) {
        return invalid(field, key,
            tr("the container keeps %1 as the Odoo image sets them.").arg(imageKeys.join(QStringLiteral(", "))));
    }
    return {};
}

Status validateEnvironment(const QMap<QString, QString> &environment)
{
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (Status status = validateEnvironmentKey(it.key()); !status)
            return status;
        // A control character in a value is most likely a paste error and
        // garbles `instance show` and the job logs, so none is accepted.
        for (const QChar character : it.value()) {
            if (character.category() == QChar::Other_Control) {
                return makeError(tr("Value of environment variable %1 is invalid: it contains the control character "
                                    "U+%2. Give a value on one line, without tabs or other control characters.")
                                     .arg(it.key())
                                     .arg(character.unicode(), 4, 16, QLatin1Char('0')));
            }
        }
    }
    return {};
}

Status validateModuleNames(const QString &field, const QStringList &modules)
{
    QStringList seen;
    for (const QString &module : modules) {
        if (!matches(QStringLiteral("[A-Za-z0-9_]{1,128}"), module))
            return invalid(field, module, tr("a module name consists of letters, digits and '_'."));
        if (seen.contains(module))
            return invalid(field, module, tr("the module is listed twice."));
        seen.append(module);
    }
    return {};
}

Result<qint64> parseByteSize(const QString &field, const QString &text)
{
    // 8000 TiB, below 2^53 bytes, so the size computed as a double stays exact.
    constexpr qint64 maxByteSize = 8000 * TiB;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:([KMGT])(?:i?B)?|B)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString rule = tr("use a size such as 512M, 2G or 1.5G (binary units: 1G = 1024M).");
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid(field, text, rule);

    const QString number = match.captured(1);
    const QChar unit = match.captured(2).isEmpty() ? QChar(u'B') : match.captured(2).at(0).toUpper();
    qint64 multiplier = 1;
    switch (unit.unicode()) {
    case u'K': multiplier = KiB; break;
    case u'M': multiplier = MiB; break;
    case u'G': multiplier = GiB; break;
    case u'T': multiplier = TiB; break;
    default: break;
    }

    bool ok = false;
    const double value = number.toDouble(&ok);
    const double bytes = value * double(multiplier);
    if (!ok || bytes < 1)
        return invalid(field, text, rule);
    if (bytes > double(maxByteSize))
        return invalid(field, text, tr("the size is too large: the maximum is %1.").arg(formatByteSize(maxByteSize)));
    if (std::floor(bytes) != bytes)
        return invalid(field, text, tr("the size is not a whole number of bytes."));
    return qint64(bytes);
}

QString formatByteSize(qint64 bytes)
{
    const std::pair<qint64, char16_t> units[] = { { TiB, u'T' }, { GiB, u'G' }, { MiB, u'M' }, { KiB, u'K' } };
    for (const auto &[size, suffix] : units) {
        if (bytes < size)
            continue;
        const double value = double(bytes) / double(size);
        const QString text = QString::number(value, 'f', 3);
        // Use this unit only when three decimals are exact, so the text
        // parses back to the same number of bytes.
        if (qint64(std::llround(text.toDouble() * double(size))) == bytes) {
            QString trimmed = text;
            while (trimmed.endsWith(u'0'))
                trimmed.chop(1);
            if (trimmed.endsWith(u'.'))
                trimmed.chop(1);
            return trimmed + QChar(suffix);
        }
    }
    return QString::number(bytes);
}

Status validateMemoryLimit(const QString &field, qint64 bytes)
{
    if (bytes < minInstanceMemoryBytes)
        return invalid(field, formatByteSize(bytes), tr("the minimum is %1.").arg(formatByteSize(minInstanceMemoryBytes)));
    return {};
}

Status validateStorageLimit(const QString &field, qint64 bytes)
{
    if (bytes < minInstanceStorageBytes)
        return invalid(field, formatByteSize(bytes), tr("the minimum is %1.").arg(formatByteSize(minInstanceStorageBytes)));
    return {};
}

Status validateCpu(const QString &field, double cores)
{
    // Stored as millicores, so anything finer than 0.001 would be rounded.
    // The Docker engine rejects a CPU quota under 0.01 of a core.
    if (!std::isfinite(cores) || cores < minInstanceCpuMillicores / 1000.0 || cores > 1024)
        return invalid(field, QString::number(cores),
            tr("use a number of cores from 0.01 to 1024, such as 1 or 1.5."));
    if (std::abs(cores * 1000 - std::round(cores * 1000)) > 1e-6)
        return invalid(field, QString::number(cores), tr("use at most three decimals."));
    return {};
}

Status validateOdooVersion(const QString &value)
{
    if (!supportedOdooVersions().contains(value)) {
        return invalid(tr("Odoo version"), value,
            tr("supported versions are %1.").arg(supportedOdooVersions().join(QStringLiteral(", "))));
    }
    return {};
}

Status validateImageTag(const QString &odooVersion, const QString &tag)
{
    const QString field = tr("Image tag");
    if (tag.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    // Docker's tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}.
    if (!matches(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"), tag))
        return invalid(field, tag, tr("a tag consists of letters, digits, '_', '.' and '-' (at most 128)."));
    if (tag != odooVersion && !tag.startsWith(odooVersion + u'-'))
        return invalid(field, tag, tr("the tag must be %1 or start with %1-, such as %1-20260817.").arg(odooVersion));
    const QString suffix = tag.mid(odooVersion.size() + 1);
    if (matches(QStringLiteral("[0-9]{8}"), suffix) && !QDate::fromString(suffix, QStringLiteral("yyyyMMdd")).isValid())
        return invalid(field, tag, tr("the dated suffix is not a valid date (YYYYMMDD)."));
    return {};
}

Status validateDockerNetwork(const QString &value)
{
    // Docker's character rule for network names; the 128-character cap is the catalog's own.
    if (!value.isEmpty() && !matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}"), value))
        return invalid(tr("Docker network"), value,
            tr("use letters, digits, '_', '.' and '-', starting with a letter or digit."));
    return {};
}

Status validateImageRepository(const QString &value)
{
    const QString field = tr("Image repository");
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    // An optional registry host[:port]/ and lower-case path components
    // separated by '/', as in Docker image references.
    static const QString component = QStringLiteral("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    const QString pattern = QStringLiteral("(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?") + component + QStringLiteral("(?:/")
        + component + QStringLiteral(")*");
    if (value.size() > 255 || !matches(pattern, value))
        return invalid(field, value, tr("use a Docker repository such as odoo or registry.example.com/team/odoo."));
    return {};
}

Status validateDockerEndpoint(const QString &value)
{
    const QString field = tr("Docker endpoint");
    const QString rule = tr("use unix:///path/to/docker.sock or tcp://host:port.");
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(field, value, rule);
    if (url.scheme() == QLatin1String("unix")) {
        if (!url.host().isEmpty() || !url.path().startsWith(u'/') || url.path().size() < 2)
            return invalid(field, value, rule);
        return {};
    }
    if (url.scheme() == QLatin1String("tcp")) {
        if (url.host().isEmpty() || url.port() < 1 || !url.path().isEmpty() || !url.userInfo().isEmpty())
            return invalid(field, value, rule);
        return {};
    }
    return invalid(field, value, rule);
}

Status validateTlsReference(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.contains(QLatin1String("-----BEGIN")))
        return makeError(tr("%1 contains certificate or key material: give a file path or a keychain reference instead.").arg(field));
    if (value.startsWith(QLatin1String("keychain:")) && value.size() > 9)
        return {};
    if (!value.startsWith(u'/'))
        return invalid(field, value, tr("use an absolute file path or keychain:<key>."));
    return {};
}

Status validatePort(const QString &field, int port)
{
    if (port < 1 || port > 65535)
        return invalid(field, QString::number(port), tr("use a TCP port from 1 to 65535."));
    return {};
}

Status validatePortRange(int start, int end)
{
    if (start == 0 && end == 0)
        return {};
    if (start < 1024 || end > 65535 || start > end) {
        return invalid(tr("Published port range"), QStringLiteral("%1-%2").arg(start).arg(end),
            tr("use two ports from 1024 to 65535, the first not above the second."));
    }
    return {};
}

Status validateSha256(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (!matches(QStringLiteral("[0-9a-f]{64}"), value))
        return invalid(tr("SHA-256"), value, tr("use 64 lower-case hexadecimal digits."));
    return {};
}

Status validateUuid(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return makeError(tr("%1 is missing.").arg(field));
    if (QUuid::fromString(value).isNull() || value.size() != 36)
        return invalid(field, value, tr("expected a UUID such as 123e4567-e89b-12d3-a456-426614174000."));
    return {};
}

Status normalizeAndValidate(Customer &customer)
{
    customer.name = customer.name.trimmed();
    customer.email = customer.email.trimmed();
    customer.company = customer.company.trimmed();
    customer.country = customer.country.trimmed().toUpper();
    if (customer.country.isEmpty())
        customer.country = QStringLiteral("ZW");

    const Result<QString> phone = normalizePhone(customer.phone);
    if (!phone)
        return makeError(phone.error());
    customer.phone = *phone;
    return firstFailure({
        validateRequiredText(tr("Customer name"), customer.name),
        validateEmail(tr("Email"), customer.email),
        validateFreeText(tr("Company"), customer.company, 200, false),
        validateCountryCode(customer.country),
        validateFreeText(tr("Notes"), customer.notes, 10000, true),
    });
}

Status normalizeAndValidate(Tenant &tenant)
{
    tenant.name = tenant.name.trimmed();
    tenant.slug = tenant.slug.trimmed();
    return firstFailure({
        validateUuid(tr("Customer"), tenant.customerId),
        validateRequiredText(tr("Tenant name"), tenant.name),
        validateSlug(tenant.slug),
    });
}

bool isPgPasswordReference(const QString &key)
{
    return matches(QStringLiteral("host/[0-9A-Za-z-]{1,64}/pg-password"), key);
}

Status normalizeAndValidate(Host &host)
{
    host.name = host.name.trimmed();
    host.dockerEndpoint = host.dockerEndpoint.trimmed();
    host.baseDomain = host.baseDomain.trimmed().toLower();
    host.pgHost = host.pgHost.trimmed();
    host.pgContainerHost = host.pgContainerHost.trimmed();
    if (host.imageRepository.isEmpty())
        host.imageRepository = QStringLiteral("odoo");

    const Status basics = firstFailure({
        validateRequiredText(tr("Host name"), host.name, 100),
        validateDockerEndpoint(host.dockerEndpoint),
        validateTlsReference(tr("TLS CA certificate"), host.tlsCaPath),
        validateTlsReference(tr("TLS client certificate"), host.tlsCertPath),
        validateTlsReference(tr("TLS client key"), host.tlsKeyPath),
        validateRequiredText(tr("PostgreSQL host"), host.pgHost, 253),
        validatePort(tr("PostgreSQL port"), host.pgPort),
        validateRequiredText(tr("PostgreSQL admin user"), host.pgAdminUser, 63),
        validateDomain(tr("Public base domain"), host.baseDomain),
        validateImageRepository(host.imageRepository),
        validatePortRange(host.portRangeStart, host.portRangeEnd),
        validateCpu(tr("Host CPU cores"), host.cpuCores),
        validateMemoryLimit(tr("Host memory"), host.memoryBytes),
    });
    if (!basics)
        return basics;
    host.dockerNetwork = host.dockerNetwork.trimmed();
    if (const Status network = validateDockerNetwork(host.dockerNetwork); !network)
        return network;
    // libpq takes a DNS name, an IP address or a socket directory; the
    // address containers use is a name or an address only.
    static const QString hostPattern = QStringLiteral("[A-Za-z0-9_.-]{1,253}|[0-9a-fA-F:.]{2,45}");
    if (!host.pgHost.startsWith(u'/') && !matches(hostPattern, host.pgHost))
        return invalid(tr("PostgreSQL host"), host.pgHost,
            tr("use a DNS name, an IP address or a socket directory such as /var/run/postgresql."));
    if (!host.pgContainerHost.isEmpty() && !matches(hostPattern, host.pgContainerHost))
        return invalid(tr("PostgreSQL address from containers"), host.pgContainerHost,
            tr("use a DNS name or an IP address that the containers reach."));
    if (!host.tlsServerName.isEmpty() && !matches(QStringLiteral("[A-Za-z0-9.-]{1,253}|[0-9a-fA-F:]{2,39}"), host.tlsServerName))
        return invalid(tr("TLS server name"), host.tlsServerName, tr("use a DNS name or an IP address."));
    const bool tlsFiles = !host.tlsCaPath.isEmpty() || !host.tlsCertPath.isEmpty() || !host.tlsKeyPath.isEmpty();
    if (tlsFiles && host.dockerEndpoint.startsWith(QLatin1String("unix:")))
        return makeError(tr("TLS files were given for the local socket %1: TLS applies only to tcp:// endpoints.").arg(host.dockerEndpoint));
    if (host.tlsCertPath.isEmpty() != host.tlsKeyPath.isEmpty())
        return makeError(tr("TLS client certificate and key must be given together."));
    if (!host.pgPasswordRef.isEmpty() && !isPgPasswordReference(host.pgPasswordRef))
        return invalid(tr("PostgreSQL password reference"), host.pgPasswordRef,
            tr("use another host's PostgreSQL password entry, host/<host id>/pg-password, or leave it empty."));
    return {};
}

Status validateInstanceName(const QString &value)
{
    if (const Status required = validateRequiredText(tr("Instance name"), value, 100); !required)
        return required;
    if (value.startsWith(u'-'))
        return invalid(tr("Instance name"), value,
            tr("a name must not start with '-', because command lines would read it as an option."));
    return {};
}

QString derivedDatabaseName(const QString &tenantSlug, const QString &name)
{
    return QString(tenantSlug + u'_' + name).replace(u'-', u'_');
}

QString derivedSubdomain(const QString &tenantSlug, const QString &name)
{
    return tenantSlug + u'-' + name;
}

Status validateNewInstanceName(const QString &tenantSlug, const QString &name, bool databaseGiven)
{
    if (const Status valid = validateInstanceName(name); !valid)
        return valid;
    if (!databaseGiven) {
        const QString database = derivedDatabaseName(tenantSlug, name);
        if (const Status valid = validateDatabaseName(database); !valid)
            return makeError(tr("Instance name \"%1\" gives the database name \"%2\", which is invalid: %3")
                                 .arg(name, database, valid.error()));
    }
    const QString subdomain = derivedSubdomain(tenantSlug, name);
    if (const Status valid = validateSubdomain(subdomain); !valid)
        return makeError(tr("Instance name \"%1\" gives the subdomain \"%2\", which is invalid: %3")
                             .arg(name, subdomain, valid.error()));
    return {};
}

Status validateModuleConflict(const QStringList &addons, const QStringList &disabled)
{
    for (const char *always : { "base", "web" }) {
        if (disabled.contains(QLatin1String(always)))
            return makeError(tr("Module %1 cannot be disabled: Odoo installs it in every database.")
                                 .arg(QLatin1String(always)));
    }
    for (const QString &module : addons) {
        if (disabled.contains(module))
            return makeError(tr("Module %1 is both in the addons to install and in the disabled modules. Remove it "
                                "from one of the two lists.")
                                 .arg(module));
    }
    return {};
}

Status normalizeAndValidate(Instance &instance)
{
    instance.name = instance.name.trimmed();
    instance.databaseName = instance.databaseName.trimmed();
    instance.subdomain = instance.subdomain.trimmed();
    instance.adminEmail = instance.adminEmail.trimmed();

    const Status basics = firstFailure({
        validateUuid(tr("Tenant"), instance.tenantId),
        validateUuid(tr("Host"), instance.hostId),
        validateInstanceName(instance.name),
        validateOdooVersion(instance.odooVersion),
    });
    if (!basics)
        return basics;
    return firstFailure({
        validateImageTag(instance.odooVersion, instance.imageTag),
        validateCpu(tr("CPU limit"), instance.cpuLimit),
        validateMemoryLimit(tr("Memory limit"), instance.memoryLimitBytes),
        validateStorageLimit(tr("Storage limit"), instance.storageLimitBytes),
        validateEmail(tr("Admin email"), instance.adminEmail),
        validateDatabaseName(instance.databaseName),
        validateModuleNames(tr("Custom addon"), instance.customAddons),
        validateModuleNames(tr("Disabled module"), instance.disabledModules),
        validateModuleConflict(instance.customAddons, instance.disabledModules),
        validateEnvironment(instance.environment),
        validateSubdomain(instance.subdomain),
        instance.publishedPort == 0 ? Status() : validatePort(tr("Published port"), instance.publishedPort),
        validateFreeText(tr("Description"), instance.description, 2000, true),
    });
}

Status normalizeAndValidate(Backup &backup)
{
    backup.location = backup.location.trimmed();
    backup.s3Key = backup.s3Key.trimmed();
    backup.sha256 = backup.sha256.toLower();
    // A completed backup lives somewhere; a deleted one may have no copy left.
    const bool needsCopy = backup.state == BackupState::Completed;
    if (needsCopy && backup.location.isEmpty() && backup.s3Key.isEmpty())
        return makeError(tr("A completed backup needs a local path or an S3 key."));
    return firstFailure({
        validateUuid(tr("Instance"), backup.instanceId),
        backup.location.size() > 1024 ? Status(invalid(tr("Backup location"), backup.location, tr("use at most 1024 characters."))) : Status(),
        backup.s3Key.size() > 1024 ? Status(invalid(tr("S3 key"), backup.s3Key, tr("use at most 1024 characters."))) : Status(),
        validateSha256(backup.sha256),
        validateOdooVersion(backup.odooVersion),
        backup.sizeBytes < 0 ? Status(invalid(tr("Backup size"), QString::number(backup.sizeBytes), tr("must not be negative."))) : Status(),
    });
}

Status validateBackupPolicy(const BackupPolicy &policy)
{
    const auto count = [](const QString &name, int value) -> Status {
        if (value < 0 || value > 1000)
            return invalid(name, QString::number(value), tr("use a number from 0 to 1000."));
        return {};
    };
    return firstFailure({
        validateUuid(tr("Instance"), policy.instanceId),
        count(tr("Daily backups to keep"), policy.keepDaily),
        count(tr("Weekly backups to keep"), policy.keepWeekly),
        count(tr("Monthly backups to keep"), policy.keepMonthly),
        policy.intervalHours < 0 || policy.intervalHours > 24 * 366
            ? Status(invalid(tr("Backup interval"), QString::number(policy.intervalHours), tr("use hours from 0 (off) to 8784.")))
            : Status(),
    });
}

} // namespace saasodoo::catalog
