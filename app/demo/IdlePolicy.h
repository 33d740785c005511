// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// How an idle session ends in the demo server and in the idle-search simulation: one model of
// a server's idle cutoff (seed 000), so the demo, the simulation and the benchmark agree.
#pragma once

#include <QString>
#include <QStringList>

namespace mailscope::demo {

// How a session in a given state ends once it has been idle for the cutoff: by itself (Bye,
// Fin, Rst) or only when the client next speaks (Rst/Fin on the next command, Silent: never
// answer again).
enum class IdleEnd
{
    None,
    Bye,
    Fin,
    Rst,
    RstOnCommand,
    FinOnCommand,
    SilentOnCommand
};

struct IdlePolicy
{
    int cutoffMs = 0; // 0: no cutoff
    IdleEnd authenticated = IdleEnd::None;
    IdleEnd selected = IdleEnd::None;
    IdleEnd fetched = IdleEnd::None;

    // The kinds `demo-server --idle-end` offers: seed (seed 000: reset on the next command,
    // silence after UID FETCH), bye, fin, rst (the server ends idle sessions by itself),
    // rst-command (reset on the next command in every state), silent (no answer to the next
    // command in every state). An unknown name gives cutoffMs -1.
    static IdlePolicy named(const QString &kind, int cutoffMs);
    static QStringList names();
};

} // namespace mailscope::demo
