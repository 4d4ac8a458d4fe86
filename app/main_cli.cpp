// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/backupcommands.h"
#include "cli/billingcommands.h"
#include "cli/catalogcommands.h"
#include "cli/exitcodes.h"
#include "cli/instancecommands.h"
#include "cli/jobsignals.h"

#include "core/common/version.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate("cli",
        "Usage: saasodoo [--version] [--help] <command> [options]\n"
        "\n"
        "Drives the same core as SaaSOdoo Console, for scripting.\n"
        "\n"
        "Commands:\n"
        "  host       add, edit, remove, list, check, set-password and\n"
        "             set-tls-passphrase\n"
        "  customer   add, list and show customers\n"
        "  tenant     add, edit, list and show tenants\n"
        "  instance   create, list, show, logs, start, stop, restart, suspend,\n"
        "             resume, update, set-limits, set-env, retry and delete\n"
        "  job        list and show jobs with their logs, resume or clean up an\n"
        "             interrupted job, and cancel a running job\n"
        "  backup     create, list, verify, download, archive, delete, run-due,\n"
        "             policy and set-s3-credentials\n"
        "  restore    restore a backup id or file --into an instance, or as a\n"
        "             --new instance\n"
        "  plan       create, update, list and show billing plans\n"
        "  subscription  create, list, show, change-plan and cancel\n"
        "  invoice    generate, list, show, pdf and void\n"
        "  payment    request (web or mobile), poll, list, show, cancel,\n"
        "             mark-refunded, apply, set-integration and listen\n"
        "  billing    settings, set (VAT rate, company details, Paynow URLs) and\n"
        "             summary (revenue, outstanding and overdue totals)\n"
        "  dunning    preview and run the daily billing run\n"
        "  audit      list audit events, filtered by time, kind, customer or\n"
        "             instance\n"
        "\n"
        "Exit codes: 0 success, 2 usage error, 3 invalid input, 4 the operation failed,\n"
        "130 or 143 a job cancelled by SIGINT (Ctrl+C) or SIGTERM.\n");
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Catalogs, backups and invoices hold customer data: the files this
    // program creates are readable by its user only.
    ::umask(0077);
    // A reader that goes away early (`saasodoo ... | head`) must not kill a
    // command half way, with a job interrupted and an instance left starting.
    // With SIGPIPE ignored, writes to the closed pipe fail with EPIPE, which
    // the output streams drop, and the command finishes its work.
    ::signal(SIGPIPE, SIG_IGN);
#endif
    // Writing a PDF needs Qt's fonts, so that command runs a QGuiApplication
    // on the offscreen platform; every other command stays a QCoreApplication.
    const QStringList rawArguments = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    std::unique_ptr<QCoreApplication> application;
    if (saasodoo::cli::billingCommandNeedsGui(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same identity as the console, so both find the same catalog and
    // settings by default.
    saasodoo::setApplicationIdentity();

    // A failed Docker request is reported by the command that made it, in
    // the admin's terms (an engine that does not respond is named with its
    // host), so the developer warning would only repeat it as a raw line.
    // QT_LOGGING_RULES="saasodoo.docker.warning=true" turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("saasodoo.docker.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? saasodoo::cli::UsageError : saasodoo::cli::Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "saasodoo " << saasodoo::version() << '\n';
        return saasodoo::cli::Success;
    }

    // A command whose job a signal cancelled exits with that signal's code.
    using saasodoo::cli::exitCodeAfterSignal;
    if (saasodoo::cli::isInstanceCommand(args))
        return exitCodeAfterSignal(saasodoo::cli::runInstanceCommand(args, out, err));
    if (saasodoo::cli::isBillingCommand(args.first()))
        return saasodoo::cli::runBillingCommand(args, out, err);
    if (saasodoo::cli::isCatalogCommand(args.first()))
        return saasodoo::cli::runCatalogCommand(args, out, err);

    if (saasodoo::cli::isBackupCommand(args))
        return exitCodeAfterSignal(saasodoo::cli::runBackupCommand(args, out, err));
    err << QCoreApplication::translate("cli", "saasodoo: unknown command '%1'. Run 'saasodoo --help' for the list.")
               .arg(args.first())
        << '\n';
    return saasodoo::cli::UsageError;
}
