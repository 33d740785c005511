// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Turns findings into concrete settings for mail programs and notes for the server's admins.
#pragma once

#include "probes/Report.h"

namespace mailscope {

void addAdvice(Report &report);

} // namespace mailscope
