#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Ghost-scan benchmark: starts a throwaway Dovecot seeded with SEED_COUNT (default 10000)
# messages on loopback, runs bench_ghostscan against its INBOX, stops Dovecot.
#
#   bench/bench_ghostscan.sh [BENCH_BINARY] [REPEATS]
#
# BENCH_BINARY defaults to build/release/bench/bench_ghostscan, falling back to
# build/dev/bench/bench_ghostscan (Debug: the parser is slower there). REPEATS defaults to 3.
# Needs root and dovecot-imapd (see tests/servers/dovecot.sh). BENCH_TIMEOUT bounds the
# benchmark itself (default 600 s).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
repeats=${2:-3}
if [[ $# -ge 1 && -n $1 ]]; then
    bin=$1
elif [[ -x $root/build/release/bench/bench_ghostscan ]]; then
    bin=$root/build/release/bench/bench_ghostscan
elif [[ -x $root/build/dev/bench/bench_ghostscan ]]; then
    bin=$root/build/dev/bench/bench_ghostscan
    echo "warning: using the Debug build in build/dev" >&2
else
    echo "bench_ghostscan not found; build it first (see bench/README.md)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/ms-bench-XXXXXX)
cleanup() {
    bash "$root/tests/servers/dovecot.sh" stop "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

SEED_COUNT=${SEED_COUNT:-10000} AUTH_FAILURE_DELAY=0 \
    timeout 120 bash "$root/tests/servers/dovecot.sh" start "$dir" >/dev/null
(
    set -a
    # shellcheck disable=SC1091  # written by dovecot.sh: IMAPS_PORT, USER, PASSWORD, CA_FILE
    . "$dir/ports.env"
    set +a
    timeout "${BENCH_TIMEOUT:-600}" "$bin" --repeats "$repeats"
)
