#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The best worst case any refinement can reach with the idle ladder's rotation (see the header
# comment of app/probes/IdleLadder.h): at the first death (time rho lo, bracket (lo, s lo]) the
# other P-1 connections sit at idle times rho (1 - s^-j); each may be probed once, at any idle
# time it can still reach; an exhaustive minimax over rung and test point (grid STEP of lo)
# gives the smallest worst case of (time of verdict) / cutoff. Units: lo = 1.
#   bench/idle_refine_optimum.py P S [STEP]      e.g. 6 1.25 0.01
import sys, functools
P=int(sys.argv[1]); s=float(sys.argv[2]); step=float(sys.argv[3]) if len(sys.argv)>3 else 0.01
r=1/(1-s**-P); rho=r*s
T1=rho
ages=[rho*(1-s**-j) for j in range(1,P)]  # other rungs at T1
u=[T1-a for a in ages]   # their reset times
n=len(u)
def res_ok(lo,hi): return hi-lo <= 0.04*hi+1e-9
grid=lambda lo,hi: [lo+k*step for k in range(1,int((hi-lo)/step)+1) if lo+k*step<hi-1e-9]
@functools.lru_cache(maxsize=None)
def best(lo,hi,mask,t):
    # returns worst ratio (time/C sup) achievable from here
    if res_ok(lo,hi): return t/lo
    bestv=float('inf')
    for i in range(n):
        if mask>>i &1: continue
        a=t-u[i]
        zs=[z for z in grid(lo,hi) if z>=a-1e-9]
        if lo<a<hi: zs=[a]+zs
        for z in zs:
            t2=max(t, u[i]+z)
            z=round(z,4); t2=round(t2,4)
            v=max(best(lo,z,mask|1<<i,t2), best(z,hi,mask|1<<i,t2))
            if v<bestv: bestv=v
    if bestv==float('inf'): return 99.0
    return bestv
lo,hi=1.0,round(s,4)
print(f"P={P} s={s} rho={rho:.3f} ages={[round(a,3) for a in ages]} optimal worst={best(lo,hi,0,round(T1,4)):.3f}")
