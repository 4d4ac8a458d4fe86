// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

// Returns the matched statement start, whose first word (COMMENT, ALTER or
// SET) gives the reason it is skipped; empty when the line is kept.
QString skippedStatement(QByteArrayView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(COMMENT ON EXTENSION |ALTER [A-Z ]+ .* OWNER TO |ALTER DEFAULT PRIVILEGES FOR ROLE |SET transaction_timeout )"));
    const QRegularExpressionMatch match
        = pattern.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 4096))));
    return match.hasMatch() ? match.captured(1) : QString();
}

// Statements that change the database, a role or the server rather than the
// objects inside the database. A plain Odoo dump.sql never contains them, and
// the restore's role owns the live database, so one of them could change or
// drop it.
QString forbiddenStatement(const QString &statement)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:(?:CREATE|ALTER|DROP)\\s+(?:DATABASE|ROLE|USER|GROUP)\\b"
        "|DO\\b"
        "|(?:GRANT|REVOKE)\\b.*\\bON\\s+DATABASE\\b"
        "|(?:COMMENT|SECURITY\\s+LABEL)\\b.*\\bON\\s+DATABASE\\b"
        "|SET\\s+(?:(?:SESSION|LOCAL)\\s+)?(?:ROLE|SESSION\\s+AUTHORIZATION)\\b"
        "|ALTER\\s+SYSTEM\\b"
        "|COPY\\b.*\\b(?:TO|FROM)\\s+PROGRAM\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(statement);
    return match.hasMatch() ? match.captured(0).simplified().toUpper() : QString();
}

bool isCopyFromStdin(const QString &statement)
{
    static const QRegularExpression pattern(QStringLiteral("^COPY\\b.*\\bFROM\\s+STDIN\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(statement).hasMatch();
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
        || (static_cast<unsigned char>(c) >= 0x80);
}

} // namespace

// Keeps the start of the statement for forbiddenStatement(). Runs of
// whitespace count once, so padding cannot push the keywords past the
// 4096 characters kept.
void DumpFilter::appendToStatement(char c)
{
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space && (m_statement.isEmpty() || m_statement.back() == u' '))
        return;
    if (m_statement.size() < 4096)
        m_statement += space ? u' ' : QChar::fromLatin1(c);
}

void DumpFilter::reject(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

// Reads one line outside COPY data the way psql's lexer does: quotes,
// dollar quotes, comments and statement ends, so that words inside strings
// and function bodies are not taken for statements. Rejects psql
// meta-commands and the statements forbiddenStatement() lists.
// Returns true when the line ends a COPY ... FROM stdin statement.
bool DumpFilter::scanLine(QByteArrayView line)
{
    bool copyStarts = false;
    const qsizetype size = line.size();
    // Where the part of the current statement on this line starts, and
    // where the line's code ends (before a -- comment).
    qsizetype statementStart = 0;
    qsizetype codeEnd = size;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = line[i];
        const char next = i + 1 < size ? line[i + 1] : '\0';
        switch (m_quote) {
        case Quote::Dollar:
            if (c == '$' && line.sliced(i).startsWith(m_dollarTag)) {
                i += m_dollarTag.size() - 1;
                m_quote = Quote::None;
                m_statement += QLatin1String("$$");
            }
            continue;
        case Quote::Single:
            if (c == '\\' && m_backslashEscapes) {
                ++i;
            } else if (c == '\'') {
                if (next == '\'')
                    ++i;
                else {
                    m_quote = Quote::None;
                    m_statement += u'\'';
                }
            }
            continue;
        case Quote::Double:
            if (c == '"') {
                if (next == '"')
                    ++i;
                else {
                    m_quote = Quote::None;
                    m_statement += u'"';
                }
            }
            continue;
        case Quote::Comment:
            if (c == '*' && next == '/') {
                ++i;
                if (--m_commentDepth == 0)
                    m_quote = Quote::None;
            } else if (c == '/' && next == '*') {
                ++i;
                ++m_commentDepth;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c == '-' && next == '-') {
            codeEnd = i;
            break;
        }
        if (c == '/' && next == '*') {
            ++i;
            m_quote = Quote::Comment;
            m_commentDepth = 1;
            // psql reads a comment as a space: DROP/**/DATABASE is DROP DATABASE.
            appendToStatement(' ');
            continue;
        }
        if (c == '\'') {
            // E'...' strings take backslash escapes; so do all strings
            // after SET standard_conforming_strings = off.
            const bool escapeString = i > 0 && (line[i - 1] == 'E' || line[i - 1] == 'e')
                && (i < 2 || !isIdentifierChar(line[i - 2]));
            m_backslashEscapes = escapeString || !m_standardStrings;
            m_quote = Quote::Single;
            m_statement += u'\'';
            continue;
        }
        if (c == '"') {
            m_quote = Quote::Double;
            m_statement += u'"';
            continue;
        }
        if (c == '$' && (i == 0 || !isIdentifierChar(line[i - 1]))) {
            static const QRegularExpression tag(QStringLiteral("^\\$(?:[A-Za-z_\\x80-\\xff][A-Za-z_0-9\\x80-\\xff]*)?\\$"));
            const QRegularExpressionMatch match
                = tag.match(QString::fromLatin1(line.sliced(i, std::min<qsizetype>(size - i, 256))));
            if (match.hasMatch()) {
                m_dollarTag = match.captured(0).toLatin1();
                i += m_dollarTag.size() - 1;
                m_quote = Quote::Dollar;
                continue;
            }
        }
        if (c == '\\') {
            reject(tr("Line %1 of the dump contains the psql meta-command \"%2\", which a restore never runs.")
                       .arg(m_lineNumber)
                       .arg(QString::fromUtf8(line.sliced(i).trimmed().first(
                           std::min<qsizetype>(line.sliced(i).trimmed().size(), 80)))));
            return false;
        }
        if (c == ';') {
            const QString statement = m_statement.simplified();
            m_statement.clear();
            const QByteArray text
                = m_statementText + line.sliced(statementStart, std::min<qsizetype>(i - statementStart, 4096));
            m_statementText.clear();
            statementStart = i + 1;
            if (const QString found = forbiddenStatement(statement); !found.isEmpty()) {
                reject(tr("Line %1 of the dump contains the statement \"%2\", which changes the database, a role "
                          "or the server rather than the objects in the database. A plain Odoo dump never "
                          "contains it, so the backup was rejected.")
                           .arg(m_lineNumber)
                           .arg(QString::fromUtf8(text).simplified().left(120)));
                return false;
            }
            static const QRegularExpression standardOff(
                QStringLiteral("^SET\\s+standard_conforming_strings\\s*(=|TO)\\s*'?off'?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (standardOff.match(statement).hasMatch())
                m_standardStrings = false;
            if (isCopyFromStdin(statement)) {
                if (!line.sliced(i + 1).trimmed().isEmpty()) {
                    reject(tr("Line %1 of the dump continues after COPY ... FROM stdin, but its data must start on the "
                              "next line.")
                               .arg(m_lineNumber));
                    return false;
                }
                copyStarts = true;
            }
            continue;
        }
        appendToStatement(c);
    }
    if (m_quote == Quote::None)
        appendToStatement(' ');
    if (m_statementText.size() < 4096 && statementStart < codeEnd)
        m_statementText += line.sliced(statementStart, std::min<qsizetype>(codeEnd - statementStart, 4096)) + '\n';
    return copyStarts;
}

QByteArray DumpFilter::feed(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + 64);
    qsizetype start = 0;
    // Complete the line carried over from the last chunk first.
    if (!m_pending.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_pending.append(chunk.constData(), chunk.size());
            return out;
        }
        m_pending.append(chunk.constData(), newline + 1);
        processLine(m_pending, out);
        m_pending.clear();
        start = newline + 1;
    }
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0) {
            m_pending.append(chunk.constData() + start, chunk.size() - start);
            break;
        }
        processLine(chunk.sliced(start, newline + 1 - start), out);
        start = newline + 1;
    }
    return out;
}

QByteArray DumpFilter::finish()
{
    QByteArray out;
    if (!m_pending.isEmpty())
        processLine(m_pending, out);
    m_pending.clear();
    // psql also runs a last statement that no semicolon ends.
    if (const QString found = forbiddenStatement(m_statement.simplified()); !found.isEmpty()) {
        reject(tr("The dump ends with the statement \"%1\", which changes the database, a role or the server "
                  "rather than the objects in the database, so the backup was rejected.")
                   .arg(found));
    }
    return out;
}

void DumpFilter::processLine(QByteArrayView line, QByteArray &out)
{
    ++m_lineNumber;
    if (m_inCopy) {
        out.append(line.constData(), line.size());
        const QByteArrayView content = line.trimmed();
        if (content == "\\.")
            m_inCopy = false;
        return;
    }
    const QByteArrayView content = line.trimmed();
    const bool outsideQuotes = m_quote == Quote::None;
    const bool atStatementStart = outsideQuotes && m_statement.trimmed().isEmpty();
    if (atStatementStart
        && (content.startsWith("\\restrict ") || content.startsWith("\\unrestrict "))) {
        out.append(line.constData(), line.size());
        return;
    }
    const bool copyStarts = scanLine(line);
    if (!m_error.isEmpty())
        return;
    if (copyStarts)
        m_inCopy = true;
    if (!atStatementStart || content.isEmpty() || content.startsWith("--")) {
        out.append(line.constData(), line.size());
        return;
    }
    {
        const QString skipped = content.endsWith(';') ? skippedStatement(content) : QString();
        if (!skipped.isEmpty() || (content.endsWith(';') && grantsToOtherRole(content))) {
            SkipReason reason = OtherRoleGrant;
            if (skipped.startsWith(QLatin1String("COMMENT")))
                reason = ExtensionComment;
            else if (skipped.startsWith(QLatin1String("ALTER")))
                reason = Ownership;
            else if (skipped.startsWith(QLatin1String("SET")))
                reason = NewerServerSetting;
            ++m_skippedByReason[reason];
            ++m_skippedCount;
            if (m_skipped.size() < 100)
                m_skipped << QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 200)));
            return;
        }
        if (content.startsWith("CREATE EXTENSION ") && !content.startsWith("CREATE EXTENSION IF NOT EXISTS ")) {
            out.append("CREATE EXTENSION IF NOT EXISTS ");
            const qsizetype indent = line.indexOf("CREATE EXTENSION ");
            const QByteArrayView rest = line.sliced(indent + qsizetype(sizeof("CREATE EXTENSION ") - 1));
            out.append(rest.constData(), rest.size());
            return;
        }
    }
    out.append(line.constData(), line.size());
}

// A GRANT, REVOKE or ALTER DEFAULT PRIVILEGES on one line that names a
// grantee other than PUBLIC and the restore's role. Such a role may not
// exist on this server, and the statement would stop the restore.
bool DumpFilter::grantsToOtherRole(QByteArrayView content) const
{
    static const QRegularExpression statement(
        QStringLiteral("^(?:ALTER DEFAULT PRIVILEGES\\b.*?\\b)?(GRANT|REVOKE)\\b.*\\b(?:TO|FROM)\\s+(.+);$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match
        = statement.match(QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 4096))));
    if (!match.hasMatch())
        return false;
    static const QRegularExpression tail(
        QStringLiteral("\\s+(?:WITH\\s+(?:GRANT|ADMIN|INHERIT|SET)\\s+OPTION.*|GRANTED\\s+BY\\s+.*|CASCADE|RESTRICT)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString grantees = match.captured(2);
    grantees.remove(tail);
    for (QString grantee : grantees.split(u',')) {
        grantee = grantee.trimmed();
        if (grantee.startsWith(QLatin1String("GROUP "), Qt::CaseInsensitive))
            grantee = grantee.mid(6).trimmed();
        if (grantee.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0
            || grantee.compare(QLatin1String("CURRENT_USER"), Qt::CaseInsensitive) == 0
            || grantee.compare(QLatin1String("CURRENT_ROLE"), Qt::CaseInsensitive) == 0
            || grantee.compare(QLatin1String("SESSION_USER"), Qt::CaseInsensitive) == 0)
            continue;
        const QString name = grantee.startsWith(u'"') && grantee.endsWith(u'"') && grantee.size() >= 2
            ? grantee.mid(1, grantee.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""))
            : grantee.toLower();
        if (name != m_role)
            return true;
    }
    return false;
}

QStringList DumpFilter::skippedSummary() const
{
    // NOTE: the singular and plural are picked here, not with %n, because
    // the CLI loads no translation that would supply the English forms.
    const auto count = [](int n, const char *one, const char *many) {
        return n == 1 ? tr(one) : tr(many).arg(n);
    };
    QStringList lines;
    if (const int n = m_skippedByReason[ExtensionComment])
        lines << count(n,
            QT_TRANSLATE_NOOP("Backup", "Skipped 1 COMMENT ON EXTENSION statement: only the extension's owner, "
                                        "usually a superuser, may run it."),
            QT_TRANSLATE_NOOP("Backup", "Skipped %1 COMMENT ON EXTENSION statements: only the extension's owner, "
                                        "usually a superuser, may run them."));
    if (const int n = m_skippedByReason[Ownership])
        lines << count(n,
            QT_TRANSLATE_NOOP("Backup", "Skipped 1 statement that sets an owner (ALTER ... OWNER TO or ALTER DEFAULT "
                                        "PRIVILEGES FOR ROLE): the restored objects belong to the instance's role."),
            QT_TRANSLATE_NOOP("Backup", "Skipped %1 statements that set an owner (ALTER ... OWNER TO or ALTER DEFAULT "
                                        "PRIVILEGES FOR ROLE): the restored objects belong to the instance's role."));
    if (const int n = m_skippedByReason[NewerServerSetting])
        lines << count(n,
            QT_TRANSLATE_NOOP("Backup", "Skipped 1 SET transaction_timeout statement: pg_dump 17 and newer write "
                                        "this setting, which PostgreSQL 16 and older reject."),
            QT_TRANSLATE_NOOP("Backup", "Skipped %1 SET transaction_timeout statements: pg_dump 17 and newer write "
                                        "this setting, which PostgreSQL 16 and older reject."));
    if (const int n = m_skippedByReason[OtherRoleGrant])
        lines << count(n,
            QT_TRANSLATE_NOOP("Backup", "Skipped 1 GRANT or REVOKE statement that names a role other than PUBLIC "
                                        "and the instance's role, which may not exist on this server."),
            QT_TRANSLATE_NOOP("Backup", "Skipped %1 GRANT or REVOKE statements that name roles other than PUBLIC "
                                        "and the instance's role, which may not exist on this server."));
    return lines;
}

} // namespace saasodoo::backup
