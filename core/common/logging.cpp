// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "saasodoo.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocker, "saasodoo.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "saasodoo.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPostgres, "saasodoo.postgres", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "saasodoo.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "saasodoo.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBilling, "saasodoo.billing", QtWarningMsg)
