// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/result.h"

#include <QSqlDatabase>

namespace saasodoo::catalog {

// For long-running processes: checks whether `db` still reaches its server
// (a PostgreSQL restart drops every client connection) and, if not, opens it
// again with the same settings as openConnection(). Returns true when it
// reopened the connection, false when the connection was fine, and an error
// when the server is still unreachable. Call it only between requests, never
// inside a transaction: the transaction is lost with the connection.
Result<bool> reopenIfLost(QSqlDatabase db, Backend backend);

} // namespace saasodoo::catalog
