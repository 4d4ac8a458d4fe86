// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/cancellation.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace saasodoo::provisioning {

struct HttpReply
{
    long status = 0; // 0 when no HTTP reply arrived
    QByteArray body;
    QString transportError; // libcurl's message when status is 0
};

// A blocking HTTP request on the calling worker thread, for health checks
// and Odoo's JSON-RPC. `body` empty means GET, else POST with JSON.
HttpReply httpRequest(const QString &url, const QByteArray &jsonBody, std::chrono::milliseconds timeout,
    const CancellationToken &cancellation = {});

} // namespace saasodoo::provisioning
