#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The man pages against the real parsers: every option that `mailscope-cli --help` and
# `mailscope --help` list is documented, and groff and man format them without a warning.
#   tests/packaging/manpages.sh MAN_DIR MAILSCOPE_CLI MAILSCOPE
# MAN_DIR holds mailscope-cli.1 and mailscope.1 (the sources, or the installed .1.gz files).
set -euo pipefail
dir=$1
fail=0

page()
{
    if [[ -f $dir/$1.1.gz ]]; then zcat "$dir/$1.1.gz"; else cat "$dir/$1.1"; fi
}

for pair in "mailscope-cli:$2" "mailscope:$3"; do
    name=${pair%%:*}
    binary=${pair#*:}
    src=$(page "$name")
    options=$("$binary" --help | grep -oE '^ +(-[a-z?], )*--[a-z0-9-]+' | sed 's/.*--//')
    [[ $(wc -l <<<"$options") -ge 4 ]] || { echo "FAIL: no options from $binary --help" >&2; exit 1; }
    for o in $options; do
        # roff spells each "-" of an option as "\-"; --oauth2 must not count as --oauth2-tenant.
        re=$(sed 's/-/\\\\-/g' <<<"--$o")
        if ! grep -qP -- "$re(?![\\\\a-z0-9])" <<<"$src"; then
            echo "FAIL: $name(1) does not document --$o" >&2
            fail=1
        fi
    done
    warnings=$( (groff -man -wall -z <<<"$src") 2>&1)
    if [[ -n $warnings ]]; then
        echo "FAIL: groff warns about $name(1): $warnings" >&2
        fail=1
    fi
    tmp=$(mktemp)
    printf '%s\n' "$src" >"$tmp"
    text=$(MANWIDTH=80 man --warnings -l "$tmp" 2>"$tmp.err")
    if [[ -s $tmp.err ]] || ! grep -q "^NAME" <<<"$text"; then
        echo "FAIL: man -l $name(1): $(cat "$tmp.err")" >&2
        fail=1
    fi
    rm -f "$tmp" "$tmp.err"
done
[[ $fail -eq 0 ]] && echo "man pages: every option documented, no formatting warnings"
exit $fail
