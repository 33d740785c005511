// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Icons the desktop app draws, from the SVGs embedded by resources/mailscope.qrc.
#pragma once

#include "probes/Report.h"

#include <QIcon>

namespace mailscope::icons {

QIcon application();
QIcon severity(Severity s);

} // namespace mailscope::icons
