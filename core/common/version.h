// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace saasodoo {

// The product version from the top-level CMakeLists.txt, such as "0.1.0".
QString version();

// Sets the application, organisation and domain names that QSettings and
// QStandardPaths use, so the GUI and the CLI find the same files.
void setApplicationIdentity();

} // namespace saasodoo
