# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# shellcheck shell=bash disable=SC2034
# Shared by tests/fuzz/run.sh and bench/fuzz.sh (sourced, from the repository root).
# fuzz_run HARNESS WORKDIR LIBFUZZER-OPTIONS... runs one harness from a copy of its corpus and
# sets: FUZZ_RC (libFuzzer's exit status), FUZZ_RUNS (executions, from -print_final_stats),
# FUZZ_SECONDS (wall time), FUZZ_FOUND (array of artifact files), FUZZ_LOG (its output).

FUZZ_BINDIR=build/fuzz/tests/fuzz
FUZZ_HARNESSES=(fuzz_imap_parser fuzz_smtp_parser fuzz_session fuzz_config)

# Readable stacks; UBSan reports stop the run (the build also says -fno-sanitize-recover).
if symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Allocation stacks of two frames and a 64 MB quarantine (ASan's defaults: 30 and 256 MB). Qt is
# built without frame pointers, so the fast unwinder reads garbage beyond its first Qt frame;
# every garbage stack is stored for good, and with the defaults the process grew by about 1.5 MB
# per thousand executions (past -rss_limit_mb within a million). An execution allocates far less
# than 64 MB, so use-after-free within one is still caught. Replay a reproducer with
# ASAN_OPTIONS=fast_unwind_on_malloc=0 for full allocation and free stacks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2:quarantine_size_mb=64}

fuzz_dict() {
    case $1 in
    fuzz_imap_parser) cat tests/fuzz/imap.dict ;;
    fuzz_smtp_parser) cat tests/fuzz/smtp.dict ;;
    fuzz_session) cat tests/fuzz/imap.dict tests/fuzz/smtp.dict tests/fuzz/session.dict ;;
    fuzz_config) cat tests/fuzz/config.dict ;;
    *) ;;
    esac
}

fuzz_run() {
    local h=$1 dir=$2
    shift 2
    local bin=$FUZZ_BINDIR/$h
    FUZZ_RC=0 FUZZ_RUNS='' FUZZ_SECONDS=0 FUZZ_FOUND=() FUZZ_LOG=$dir/log
    if [[ ! -x $bin ]]; then
        echo "fuzz $h: $bin is missing; build it: cmake --preset fuzz && cmake --build --preset fuzz" >&2
        FUZZ_RC=127
        return
    fi
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp tests/fuzz/corpus/"$h"/* "$dir/corpus/" 2>/dev/null || true
    fuzz_dict "$h" >"$dir/dict"
    local dict=()
    [[ -s $dir/dict ]] && dict=(-dict="$dir/dict")
    local start end
    start=$(date +%s.%N)
    "$bin" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="$dir/artifacts/" "$@" "$dir/corpus" >"$FUZZ_LOG" 2>&1 || FUZZ_RC=$?
    end=$(date +%s.%N)
    FUZZ_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
    FUZZ_RUNS=$(sed -n 's/^stat::number_of_executed_units: *//p' "$FUZZ_LOG" | tail -1)
    local f
    for f in "$dir/artifacts/"{crash,leak,timeout,oom,slow-unit}-*; do
        [[ -e $f ]] && FUZZ_FOUND+=("$f")
    done
    return 0
}

# Prints the report of a failed run and keeps its reproducers in build/fuzz/findings/.
fuzz_report_finding() {
    local h=$1
    grep -E -A40 '^==[0-9]+==|^fuzz_|runtime error|deadly signal|ERROR: libFuzzer' "$FUZZ_LOG" |
        head -80 || true
    mkdir -p build/fuzz/findings
    local f kept
    for f in "${FUZZ_FOUND[@]}"; do
        kept=build/fuzz/findings/$h-$(basename "$f")
        cp "$f" "$kept"
        echo "reproducer: $kept ($(stat -c %s "$kept") bytes)"
        echo "replay with full stacks: ASAN_OPTIONS=fast_unwind_on_malloc=0 $FUZZ_BINDIR/$h $kept"
        echo "base64: $(base64 -w0 "$kept" | head -c 8000)"
    done
    if [[ ${#FUZZ_FOUND[@]} -eq 0 ]]; then
        echo "no reproducer was written; the log ends:"
        tail -5 "$FUZZ_LOG"
    fi
}
