// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/backupschedule.h"
#include "core/billing/billingjobs.h"
#include "core/billing/billingservice.h"
#include "core/billing/paynowlistener.h"
#include "core/catalog/catalogconfig.h"
#include "core/catalog/catalogsettings.h"
#include "core/common/version.h"
#include "core/jobs/jobscheduler.h"
#include "core/provisioning/instanceplan.h"
#include "core/secrets/secretstore.h"
#include "ui/consoleservices.h"
#include "ui/instancespane.h"
#include "ui/mainwindow.h"
#include "ui/themeicons.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMetaEnum>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("saasodoo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Catalogs, backups and invoices hold customer data: the files this
    // program creates are readable by its user only.
    ::umask(0077);
#endif
    QApplication app(argc, argv);
    saasodoo::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "SaaSOdoo Console"));
    QApplication::setWindowIcon(saasodoo::ui::themedIcon(QStringLiteral("saasodoo-console"), QStringLiteral("saasodoo")));
    QApplication::setDesktopFileName(QStringLiteral("saasodoo-console"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Hosting administration for Odoo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption paneOption(QStringLiteral("pane"),
        QApplication::translate("main", "Open the console on <pane>: dashboard, customers, tenants, "
                                        "instances, backups, subscriptions, hosts or jobs."),
        QApplication::translate("main", "pane"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
        QApplication::translate("main", "Quit as soon as the window is shown (checks that the console starts)."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
        QApplication::translate("main", "Open the catalog at <location>: an SQLite file or "
                                        "postgresql://user@host[:port]/database (default: $SAASODOO_CATALOG, "
                                        "else catalog.sqlite in the application-data directory)."),
        QApplication::translate("main", "location"));
    const QCommandLineOption instanceOption(QStringLiteral("instance"),
        QApplication::translate("main", "Open the Instances pane with the instance named <name> selected."),
        QApplication::translate("main", "name"));
    const QCommandLineOption instanceTabOption(QStringLiteral("instance-tab"),
        QApplication::translate("main", "With --instance, show the <tab> tab of its details: details or container."),
        QApplication::translate("main", "tab"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
        QApplication::translate("main", "Open the Settings dialog once the window is shown. With --screenshot, "
                                        "the PNG shows the dialog."));
    parser.addOptions(
        { paneOption, screenshotOption, quitOption, catalogOption, instanceOption, instanceTabOption, settingsOption });
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Backup files (.zip or .dump) to offer for restore."),
        QStringLiteral("[files...]"));
    parser.process(app);

    QString location = parser.value(catalogOption);
    if (location.isEmpty())
        location = qEnvironmentVariable("SAASODOO_CATALOG");
    const saasodoo::Result<saasodoo::catalog::CatalogConfig> catalogConfig =
        saasodoo::catalog::CatalogConfig::fromLocation(location);
    if (!catalogConfig) {
        std::fprintf(stderr, "%s\n", qPrintable(catalogConfig.error()));
        return 2;
    }

    saasodoo::ui::ConsoleServices::Options options;
    options.catalog = catalogConfig.value();
    // Without --catalog or SAASODOO_CATALOG, the catalog chosen in Settings.
    const std::optional<saasodoo::catalog::CatalogConfig> savedCatalog
        = location.isEmpty() ? saasodoo::catalog::loadCatalogSettings(QSettings()) : std::nullopt;
    if (savedCatalog) {
        options.catalog = *savedCatalog;
        // Start-up waits on the keychain only here, for a PostgreSQL catalog
        // whose password Settings stored. The store times out after 10 s.
        if (saasodoo::catalog::catalogPasswordInKeychain(QSettings())) {
            saasodoo::secrets::SecretStore store(options.keychainService);
            QFuture<saasodoo::Result<QString>> password = store.read(saasodoo::catalog::catalogPasswordKey());
            password.waitForFinished();
            if (password.result())
                options.catalog.pgPassword = password.result().value();
            else
                std::fprintf(stderr, "%s\n", qPrintable(password.result().error()));
        }
    }

    // Opening the services reads the catalog only: the keychain and Docker
    // are reached later, by jobs and dialogs.
    // The network for hosts without their own, in the CLI's order:
    // $SAASODOO_DOCKER_NETWORK, then the docker/network setting, then saasodoo.
    options.dockerNetwork
        = saasodoo::provisioning::defaultDockerNetwork(QSettings().value(QStringLiteral("docker/network")).toString());
    saasodoo::ui::ConsoleServices services(options);
    services.pendingRestoreFiles = parser.positionalArguments();

    saasodoo::ui::MainWindow window(&services);

    if (parser.isSet(paneOption)) {
        const QMetaEnum panes = QMetaEnum::fromType<saasodoo::ui::MainWindow::Pane>();
        QString name = parser.value(paneOption).toLower();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        bool known = false;
        const int pane = panes.keyToValue(name.toLatin1().constData(), &known);
        if (!known || pane == saasodoo::ui::MainWindow::PaneCount) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Unknown pane: %1. Use one of: dashboard, "
                                                           "customers, tenants, instances, backups, "
                                                           "subscriptions, hosts, jobs.")
                        .arg(parser.value(paneOption))));
            return 2;
        }
        window.showPane(static_cast<saasodoo::ui::MainWindow::Pane>(pane));
    }

    if (parser.isSet(instanceOption)) {
        const QString name = parser.value(instanceOption);
        QString id;
        if (services.catalog()) {
            saasodoo::catalog::InstanceFilter filter;
            filter.text = name;
            if (const auto rows = services.catalog()->instanceRows(filter)) {
                for (const saasodoo::catalog::InstanceRow &row : rows.value()) {
                    if (row.name == name)
                        id = row.id;
                }
            }
        }
        if (id.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Instance not found: %1.").arg(name)));
            return 2;
        }
        window.showPane(saasodoo::ui::MainWindow::Instances);
        window.instancesPane()->selectId(id);
        const QString tab = parser.value(instanceTabOption).toLower();
        auto *tabs = window.instancesPane()->findChild<QTabWidget *>(QStringLiteral("instanceDetailsTabs"));
        if (tab == QLatin1String("container") && tabs)
            tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("containerPanel")));
        else if (!tab.isEmpty() && tab != QLatin1String("details")) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Unknown instance tab: %1. Use details or container.")
                        .arg(parser.value(instanceTabOption))));
            return 2;
        }
    }

    window.show();

    // The action runs the dialog's own event loop. With --screenshot, the
    // timer below grabs the dialog and quits from inside that loop.
    if (parser.isSet(settingsOption)) {
        if (QAction *settings = window.findChild<QAction *>(QStringLiteral("settingsAction")))
            QTimer::singleShot(0, settings, &QAction::trigger);
    }

    // The billing run with dunning and the due backups, once at start and
    // then every `scheduler/interval-minutes` (60 by default; 0 turns it off).
    // A screenshot or start check runs nothing.
    saasodoo::jobs::JobScheduler scheduler(services.jobRunner());
    const int intervalMinutes = saasodoo::jobs::loadSchedulerIntervalMinutes(QSettings());
    if (services.catalog() && intervalMinutes > 0 && !parser.isSet(screenshotOption) && !parser.isSet(quitOption)) {
        scheduler.addTask(saasodoo::billing::scheduledBillingRun(services.catalogConfig(), services.provisioner()));
        scheduler.addTask(saasodoo::backup::scheduledDueBackups(services.backups()));
        scheduler.setInterval(std::chrono::minutes(intervalMinutes));
        QTimer::singleShot(0, &scheduler, &saasodoo::jobs::JobScheduler::start);
    }

    // The receiver for Paynow's result URL, when `paynow/listen-port` is set.
    std::unique_ptr<saasodoo::billing::BillingService> billing;
    std::unique_ptr<saasodoo::billing::PaynowResultListener> resultListener;
    const int listenPort = QSettings().value(QStringLiteral("paynow/listen-port"), 0).toInt();
    if (services.catalog() && listenPort > 0 && listenPort <= 65535 && !parser.isSet(screenshotOption)
        && !parser.isSet(quitOption)) {
        billing = std::make_unique<saasodoo::billing::BillingService>(services.catalog(), services.secrets());
        billing->setJobRunner(services.jobRunner(), services.provisioner());
        resultListener = std::make_unique<saasodoo::billing::PaynowResultListener>(billing.get());
        const QHostAddress address(
            QSettings().value(QStringLiteral("paynow/listen-address"), QStringLiteral("127.0.0.1")).toString());
        const saasodoo::Status listening = resultListener->listen(address, quint16(listenPort));
        if (!listening)
            std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
    }

    if (!services.pendingRestoreFiles.isEmpty() && !parser.isSet(screenshotOption) && !parser.isSet(quitOption)) {
        QTimer::singleShot(0, &window, [&window, &services] {
            window.showPane(saasodoo::ui::MainWindow::Instances);
            window.instancesPane()->offerRestore(services.pendingRestoreFiles);
        });
    }

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // Let the first paint and any icon loading finish before grabbing.
        const bool dialog = parser.isSet(settingsOption);
        QTimer::singleShot(800, &window, [&window, path, dialog] {
            QWidget *modal = dialog ? QApplication::activeModalWidget() : nullptr;
            const bool saved = (modal ? modal : static_cast<QWidget *>(&window))->grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "Could not write the screenshot to %1.").arg(path)));
            QApplication::exit(saved ? 0 : 1);
        });
    } else if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &window, &QWidget::close);
    }

    return app.exec();
}
