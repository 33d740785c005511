#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# What servers that send too much (inside every per-line and per-literal limit) cost
# mailscope-cli: peak memory, time, exit status and the size of the JSON report, for each
# binary given, side by side in one run against the same servers (bench/hostile_server.py).
#   bench/bench_hostile.sh CLI [CLI...]      e.g. an older build first, then build/ci's
# Loopback only. Each run is bounded (timeout 150 s); needs /usr/bin/time (package time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 CLI [CLI...]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

printf '%-18s %-28s %5s %8s %12s %12s\n' case binary exit seconds "peak MiB" "JSON MiB"
for case in imap-big-literals imap-flood smtp-fat-ehlo; do
    scheme=imap checks=capabilities
    [ "$case" = smtp-fat-ehlo ] && scheme=smtp checks=ehlo
    for cli in "$@"; do
        rm -f "$work/port"
        python3 "$here/hostile_server.py" "$case" "$work/port" &
        server=$!
        for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
        start=$(date +%s.%N)
        rc=0
        /usr/bin/time -f '%M' -o "$work/rss" timeout -s KILL 150 "$cli" diagnose \
            "$scheme://fred@127.0.0.1:$(cat "$work/port")" --checks "$checks" \
            --json "$work/report.json" >/dev/null 2>&1 || rc=$?
        secs=$(echo "$(date +%s.%N) - $start" | bc)
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        rss=$(tail -1 "$work/rss" | tr -dc 0-9)
        json=0
        [ -f "$work/report.json" ] && json=$(stat -c %s "$work/report.json")
        rm -f "$work/report.json"
        printf '%-18s %-28s %5s %8.1f %12.0f %12.1f\n' "$case" "$(basename "$(dirname "$cli")")/$(basename "$cli")" \
            "$rc" "$secs" "$(echo "${rss:-0} / 1024" | bc -l)" "$(echo "$json / 1048576" | bc -l)"
    done
done
