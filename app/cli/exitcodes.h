// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace saasodoo::cli {

// Exit codes of the saasodoo command, so scripts can tell a typo from a
// rejected value from an operation that failed on a host.
enum ExitCode : int {
    Success = 0,
    UsageError = 2, // unknown command or option, missing argument
    ValidationError = 3, // a value broke a catalog rule; nothing was changed
    OperationFailed = 4, // Docker, PostgreSQL, S3 or the keychain reported an error
    StillPending = 5, // `payment poll --wait` ran out of time with the payment still pending
    // A job cancelled by SIGINT or SIGTERM exits with 128 plus the signal
    // number: 130 or 143 (see cli/jobsignals.h).
};

} // namespace saasodoo::cli
