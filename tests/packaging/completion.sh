#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The bash completion against the real parser: every command and option that
# `mailscope-cli --help` lists completes, and option values (checks, providers, files) do too.
# The zsh completion, when given, names every option and command (and parses, where zsh is).
#   tests/packaging/completion.sh BASH_COMPLETION MAILSCOPE_CLI [ZSH_COMPLETION]
# Runs in a bash without the bash-completion package (the script must not need it) and, in CI,
# against the installed files.
set -euo pipefail
completion=$1
cli=$2
zsh_completion=${3:-}
fail=0

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: $completion does not source" >&2; exit 1; }
complete -p mailscope-cli >/dev/null || { echo "FAIL: no completion for mailscope-cli" >&2; exit 1; }

# complete WORDS...: the completions for the last word of "mailscope-cli WORDS...".
complete_line()
{
    COMP_WORDS=(mailscope-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    set +u
    _mailscope_cli
    set -u
    printf '%s\n' "${COMPREPLY[@]}"
}

expect()
{
    local want=$1
    shift
    local got
    got=$(complete_line "$@")
    if ! grep -qxF -- "$want" <<<"$got"; then
        echo "FAIL: 'mailscope-cli $*' does not complete to '$want'" >&2
        fail=1
    fi
}

help=$("$cli" --help)
options=$(grep -oE '^ +(-[a-z?], )*--[a-z0-9-]+' <<<"$help" | sed 's/.*--/--/')
commands=$(grep -oE '^ +mailscope-cli [a-z-]+' <<<"$help" | awk '{print $2}' | sort -u)
[[ $(wc -l <<<"$options") -ge 30 && $(wc -l <<<"$commands") -ge 7 ]] || {
    echo "FAIL: could not read the options and commands from mailscope-cli --help" >&2
    exit 1
}
for o in $options; do
    expect "$o" diagnose "${o:0:4}"
done
for c in $commands; do
    expect "$c" "${c:0:2}"
done

expect diagnose ""
expect imaps:// diagnose imap
expect tls,starttls diagnose --checks tls,st
expect ghosts diagnose --checks gh
expect microsoft diagnose --oauth2 mi
expect google diagnose --oauth2 ""
expect oauthbearer diagnose --auth oa
expect rst demo-server --idle-end r
expect - diagnose --json ""
# A value the user must type is not guessed: no command names after --mailbox.
if [[ -n $(complete_line repair imap://h --mailbox "") ]]; then
    echo "FAIL: --mailbox offers values" >&2
    fail=1
fi
# An option's value is not taken for the command: still completes commands after it.
expect session --quiet --checks tls se

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
touch "$dir/secret.txt" "$dir/report.json"
expect "$dir/secret.txt" diagnose --password-file "$dir/sec"
expect "$dir/report.json" replay "$dir/rep"
expect "$dir/report.json" diagnose --oauth2 "$dir/re"

if [[ -n $zsh_completion ]]; then
    for o in $options; do
        case $o in
            --help | --version) grep -qF -- "$o}'[" "$zsh_completion" ;;
            *) grep -qF -- "$o[" "$zsh_completion" ;;
        esac || { echo "FAIL: $zsh_completion lacks $o" >&2; fail=1; }
    done
    for c in $commands; do
        grep -qF -- "'$c:" "$zsh_completion" || { echo "FAIL: $zsh_completion lacks $c" >&2; fail=1; }
    done
    if command -v zsh >/dev/null && ! zsh -n "$zsh_completion"; then
        echo "FAIL: $zsh_completion does not parse" >&2
        fail=1
    fi
fi

if [[ $fail -ne 0 ]]; then
    exit 1
fi
echo "completion: $(wc -l <<<"$options") options and $(wc -l <<<"$commands") commands complete"
