// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The idle search (probes/IdleLadder) run against a simulated server on a fake clock: the same
// planner and driver as the real probe, with connections that end as an IdlePolicy says.
// Used by the unit test (every cutoff from 5 s to 31 min) and by the idle benchmark.
#pragma once

#include "demo/IdlePolicy.h"
#include "probes/IdleLadder.h"

#include <functional>

namespace mailscope::fake {

struct IdleWorld
{
    demo::IdlePolicy policy; // cutoff (ms, 0: none) and how each state ends
    // The cutoff is a middlebox that forgets idle flows (NAT, stateful firewall): TCP keepalives
    // keep a connection alive, and the next command vanishes unacknowledged.
    bool middlebox = false;
    double openSeconds = 0.25; // connect, TLS, login, EXAMINE
    double rttSeconds = 0.002;
    double silenceSeconds = 10;   // --silence: a probe without an answer is given up then
    int serverLimit = 0;          // most connections the server accepts at once (0: no limit)
    int loginsBeforeRefusal = -1; // the login after this many opens fails (gate closes)
    bool gateClosed = false;      // an earlier check's login failed: the gate is closed already
};

struct IdleRun
{
    idle::Result result;
    int peakOpen = 0; // most connections open at once, as the server saw them
    int opened = 0;   // connections opened in all
    bool openedAfterGateClosed = false;
};

IdleRun simulateIdle(const IdleWorld &world, const idle::Config &config);

// Cutoffs from `from` to `to` seconds, each `factor` times the previous (and `to` itself).
std::vector<double> cutoffGrid(double from, double to, double factor);

} // namespace mailscope::fake
