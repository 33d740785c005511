#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Parser throughput: mailscope::imap::Parser vs Python's imaplib on the same byte streams.
#
#   bench/run.sh [BENCH_BINARY] [REPEATS]
#
# BENCH_BINARY defaults to build/release/bench/bench_imapparser, falling back to
# build/dev/bench/bench_imapparser (a Debug build: numbers from it are not meaningful).
# REPEATS (default 5) is passed to both implementations; each reports its best run.
# Environment: PYTHON (default python3), BENCH_TIMEOUT seconds per run (default 60),
# BENCH_KEEP_STREAMS=1 to keep the generated streams (the directory is printed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
python=${PYTHON:-python3}
limit=${BENCH_TIMEOUT:-60}
repeats=${2:-5}

if [[ $# -ge 1 && -n $1 ]]; then
    bin=$1
elif [[ -x $root/build/release/bench/bench_imapparser ]]; then
    bin=$root/build/release/bench/bench_imapparser
elif [[ -x $root/build/dev/bench/bench_imapparser ]]; then
    bin=$root/build/dev/bench/bench_imapparser
    echo "warning: using the Debug build in build/dev; numbers are not representative" >&2
else
    echo "bench_imapparser not found; build it first (see bench/README.md)" >&2
    exit 1
fi
[[ -x $bin ]] || { echo "not an executable: $bin" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mailscope-bench.XXXXXX")
if [[ ${BENCH_KEEP_STREAMS:-0} == 1 ]]; then
    echo "streams kept in $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi

timeout "$limit" "$python" "$here/gen_streams.py" "$work" >/dev/null

results=$work/results.jsonl
: >"$results"
for stream in fetch100k literals; do
    expect=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["responses"])' \
        "$work/manifest.json" "$stream")
    timeout "$limit" "$bin" "$work/$stream.imap" "$repeats" --expect "$expect" | tee -a "$results"
    timeout "$limit" "$python" "$here/imaplib_bench.py" "$work/$stream.imap" "$repeats" \
        --expect "$expect" | tee -a "$results"
done

echo
"$python" - "$results" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = {(r["stream"], r["impl"]): r for r in rows}
streams = list(dict.fromkeys(r["stream"] for r in rows))
print("%-10s %10s %10s %14s %14s %10s" % ("stream", "MB", "responses", "mailscope MB/s",
                                          "imaplib MB/s", "ratio"))
for s in streams:
    m, p = by[(s, "mailscope")], by[(s, "python-imaplib")]
    print("%-10s %10.1f %10d %14.1f %14.1f %9.2fx" % (s, m["bytes"] / 1e6, m["responses"],
          m["mb_per_s"], p["mb_per_s"], m["mb_per_s"] / p["mb_per_s"]))
print("ratio = mailscope MB/s / imaplib MB/s (best of %d runs each; MB = 10^6 bytes)"
      % rows[0]["repeats"])
EOF
