// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsignals.h"

#include "cli/commandrun.h"
#include "core/jobs/jobrunner.h"

#include <csignal>
#include <cstdio>

#include <signal.h>
#include <string.h>

namespace saasodoo::cli {

namespace {

volatile std::sig_atomic_t receivedSignal = 0;

extern "C" void onSignal(int number)
{
    if (receivedSignal == 0) {
        receivedSignal = number;
        return;
    }
    // The second signal: take the default action, which ends the process.
    ::signal(number, SIG_DFL);
    ::raise(number);
}

// Installs onSignal() for SIGINT and SIGTERM and puts the previous handlers back on destruction.
class SignalScope
{
public:
    SignalScope()
    {
        struct sigaction action;
        ::memset(&action, 0, sizeof action);
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_previousInterrupt);
        ::sigaction(SIGTERM, &action, &m_previousTerminate);
    }

    ~SignalScope()
    {
        ::sigaction(SIGINT, &m_previousInterrupt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerminate, nullptr);
    }

    SignalScope(const SignalScope &) = delete;
    SignalScope &operator=(const SignalScope &) = delete;

private:
    struct sigaction m_previousInterrupt;
    struct sigaction m_previousTerminate;
};

QString signalName(int number)
{
    if (number == SIGINT)
        return QStringLiteral("SIGINT");
    if (number == SIGTERM)
        return QStringLiteral("SIGTERM");
    return QString::number(number);
}

} // namespace

void waitForJob(jobs::JobRunner &runner, const QString &jobId)
{
    const SignalScope handlers;
    bool cancelRequested = false;
    while (!runner.waitForFinished(jobId, 200)) {
        runner.pollCancelRequests();
        if (receivedSignal == 0 || cancelRequested)
            continue;
        cancelRequested = true;
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("Received %1: cancelling job %2, which cleans up before it ends. Send the signal again to "
                          "quit at once, then run 'saasodoo job cleanup %2'.")
                           .arg(signalName(receivedSignal), jobId)));
        runner.cancel(jobId);
    }
}

int cancelSignal()
{
    return receivedSignal;
}

int exitCodeAfterSignal(int code)
{
    if (receivedSignal == 0 || code == ExitCode::Success)
        return code;
    return 128 + receivedSignal;
}

} // namespace saasodoo::cli
