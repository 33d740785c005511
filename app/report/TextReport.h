// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Human-readable output for terminals: summary, findings, advice, optional transcript.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QString>
#include <vector>

namespace mailscope {

struct TextStyle
{
    bool colour = false;
};

QString formatSummary(const Report &report, const TextStyle &style);
// One transcript line: "  0.041 #1 S * OK ..." with CR/LF made visible when asked.
QString formatEvent(const Event &e, const TextStyle &style, bool showCrLf = false);

} // namespace mailscope
