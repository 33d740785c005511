#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The best worst case any refinement can reach with the idle ladder's rotation (see the header
# comment of app/probes/IdleLadder.h). P connections probe in turn; the k-th probe tests idle time
# a_k = a_{k-1} s_k at t_k = a_k + t_{k-P} (its connection was last reset P probes earlier). The
# steps s_k repeat with a period (one step: the planner's constant ladder). For every phase of the
# period, the first death is the probe just above the cutoff: bracket (a_{k-1}, a_k] at time t_k,
# the other P-1 connections at the idle times the rotation left them. Each may then be probed
# once, at any idle time it can still reach; an exhaustive minimax over rung and test point (grid
# STEP of lo) gives the smallest worst case of (time of the verdict) / cutoff. Units: lo = 1.
#   bench/idle_refine_optimum.py P S[,S2,...] [STEP]     e.g. 6 1.25 0.01, or 6 1.1,1.4
import sys, functools

P = int(sys.argv[1])
steps = [float(x) for x in sys.argv[2].split(",")]
STEP = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01


def refine(u, T1, hi):
    """Smallest worst (verdict time / lo) from bracket (1, hi] at time T1; u: reset times."""
    n = len(u)

    def res_ok(lo, hi):
        return hi - lo <= 0.04 * hi + 1e-9

    def grid(lo, hi):
        return [lo + k * STEP for k in range(1, int((hi - lo) / STEP) + 1) if lo + k * STEP < hi - 1e-9]

    @functools.lru_cache(maxsize=None)
    def best(lo, hi, mask, t):
        if res_ok(lo, hi):
            return t / lo
        bestv = 99.0
        for i in range(n):
            if mask >> i & 1:
                continue
            a = t - u[i]
            zs = [z for z in grid(lo, hi) if z >= a - 1e-9]
            if lo < a < hi:
                zs = [a] + zs
            for z in zs:
                t2 = round(max(t, u[i] + z), 5)
                z = round(z, 5)
                v = max(best(lo, z, mask | 1 << i, t2), best(z, hi, mask | 1 << i, t2))
                bestv = min(bestv, v)
        return bestv

    return best(1.0, round(hi, 5), 0, round(T1, 5))


m = len(steps)
N = P * m * 12  # long enough for the rotation to reach its steady state
a = [1.0]
for k in range(1, N):
    a.append(a[-1] * steps[k % m])
t = []
for k in range(N):
    t.append(a[k] + (t[k - P] if k >= P else 0.0))
worst = 0.0
for phase in range(m):
    k = N - 2 * m * P + phase
    lo = a[k - 1]
    u = tuple(t[k - j] / lo for j in range(1, P))  # the others' last resets, in lo
    w = refine(u, t[k] / lo, a[k] / lo)
    ages = [round(t[k] / lo - x, 3) for x in u]
    print(f"P={P} steps={steps} phase {phase}: first death at {t[k] / lo:.3f} lo, "
          f"bracket (1, {a[k] / lo:.3f}], other ages {sorted(ages)}, optimal worst={w:.3f}")
    worst = max(worst, w)
print(f"P={P} steps={steps} worst over phases={worst:.3f}")
