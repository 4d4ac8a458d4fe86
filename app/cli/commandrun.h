// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/exitcodes.h"
#include "core/catalog/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace saasodoo::cli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// One run of a CLI command: its parser, streams and the opened catalog.
class CommandRun
{
public:
    CommandRun(const QString &name, QTextStream &out, QTextStream &err)
        : m_name(name)
        , m_out(out)
        , m_err(err)
    {
        m_parser.setApplicationDescription(name);
        m_parser.addHelpOption();
        m_parser.addOption({ QStringLiteral("catalog"),
            tr("SQLite catalog file (default: $SAASODOO_CATALOG, else the application-data directory)."),
            tr("file") });
        m_parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
    }

    QCommandLineParser &parser() { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString value(const char *option) const { return m_parser.value(QString::fromLatin1(option)); }

    // Parses the arguments after the subcommand; returns an exit code when
    // the run should stop (help or a usage error).
    std::optional<int> parse(const QStringList &arguments, int positionalCount, const QStringList &required)
    {
        if (!m_parser.parse(QStringList { m_name } + arguments))
            return usageError(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            m_out << helpText();
            if (!required.isEmpty()) {
                QStringList names;
                for (const QString &option : required)
                    names << QStringLiteral("--") + option;
                m_out << '\n' << tr("Required options: %1").arg(names.join(QStringLiteral(", "))) << '\n';
            }
            return ExitCode::Success;
        }
        if (m_parser.positionalArguments().size() != positionalCount) {
            return usageError(positionalCount == 0 ? tr("unexpected argument '%1'.").arg(m_parser.positionalArguments().value(0))
                                                   : tr("expected %1 argument(s).").arg(positionalCount));
        }
        for (const QString &option : required) {
            if (!m_parser.isSet(option))
                return usageError(tr("missing required option --%1.").arg(option));
        }
        return std::nullopt;
    }

    // QCommandLineParser's help text, whose usage line names the command
    // ("saasodoo backup archive") rather than the path the program ran from.
    QString helpText() const
    {
        QString text = m_parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(u'\n');
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, program.size(), m_name);
        return text;
    }

    int usageError(const QString &message)
    {
        m_err << m_name << ": " << message << '\n' << tr("Run '%1 --help' for its options.").arg(m_name) << '\n';
        return ExitCode::UsageError;
    }

    int fail(ExitCode code, const QString &message)
    {
        if (json()) {
            m_out << QJsonDocument(QJsonObject { { QStringLiteral("error"), message },
                                       { QStringLiteral("exit_code"), int(code) } })
                         .toJson(QJsonDocument::Indented);
        }
        m_err << m_name << ": " << message << '\n';
        return code;
    }

    // Returns the exit code for the catalog's last failure.
    int failCatalog(const QString &message)
    {
        switch (m_catalog ? m_catalog->lastErrorKind() : catalog::ErrorKind::Database) {
        case catalog::ErrorKind::Validation:
        case catalog::ErrorKind::NotFound:
            return fail(ExitCode::ValidationError, message);
        default:
            return fail(ExitCode::OperationFailed, message);
        }
    }

    std::optional<int> openCatalog()
    {
        QString location = value("catalog");
        if (location.isEmpty())
            location = qEnvironmentVariable("SAASODOO_CATALOG");
        const Result<catalog::CatalogConfig> config = catalog::CatalogConfig::fromLocation(location);
        if (!config)
            return fail(ExitCode::UsageError, config.error());
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(*config);
        if (!opened)
            return fail(ExitCode::OperationFailed, opened.error());
        m_catalog = std::move(opened).value();
        return std::nullopt;
    }

    catalog::Catalog &catalog() { return *m_catalog; }

    void printJson(const QJsonValue &value)
    {
        const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        m_out << document.toJson(QJsonDocument::Indented);
    }

    void printTable(const QStringList &header, const QList<QStringList> &rows)
    {
        QList<int> widths;
        for (const QString &title : header)
            widths.append(int(title.size()));
        for (const QStringList &row : rows) {
            for (int column = 0; column < row.size(); ++column)
                widths[column] = qMax(widths[column], int(row[column].size()));
        }
        auto printRow = [&](const QStringList &row) {
            QString line;
            for (int column = 0; column < row.size(); ++column)
                line += row[column].leftJustified(column + 1 < row.size() ? widths[column] + 2 : 0);
            m_out << line.trimmed() << '\n';
        };
        printRow(header);
        for (const QStringList &row : rows)
            printRow(row);
    }

    void printFields(const QList<std::pair<QString, QString>> &fields)
    {
        int width = 0;
        for (const auto &field : fields)
            width = qMax(width, int(field.first.size()));
        for (const auto &[name, text] : fields)
            m_out << QString(name + u':').leftJustified(width + 2) << text << '\n';
    }

private:
    QString m_name;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    std::unique_ptr<catalog::Catalog> m_catalog;
};

inline QString time(const QDateTime &at)
{
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

} // namespace saasodoo::cli
