// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace saasodoo::cli {

// Returns true for plan, subscription, invoice, payment, billing and dunning.
bool isBillingCommand(const QString &command);

// Returns true when the command writes a PDF, which needs a QGuiApplication.
bool billingCommandNeedsGui(const QStringList &arguments);

// Runs a billing command and returns an exit code from exitcodes.h.
int runBillingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace saasodoo::cli
