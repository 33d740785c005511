// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli session: the command-line front end of the console engine (stdin in, a
// coloured transcript out).
#pragma once

#include "probes/Context.h"

namespace mailscope {

int runConsole(const DiagnoseOptions &opts, bool colour);

} // namespace mailscope
