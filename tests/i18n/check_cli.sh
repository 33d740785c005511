#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# mailscope-cli in German: the text output is German (--lang de and MAILSCOPE_LANG=de), the
# JSON report stays English, with the same findings and checks as with --lang en.
#   tests/i18n/check_cli.sh MAILSCOPE_CLI
set -euo pipefail
cli=${1:?usage: check_cli.sh MAILSCOPE_CLI}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_cli: $*" >&2; exit 1; }

# Exit status 1 means "ran and found problems", which the demo server always has.
run() { "$cli" "$@" || [[ $? -eq 1 ]]; }

run diagnose --demo --lang de --json "$tmp/de.json" >"$tmp/de.txt"
run diagnose --demo --lang en --json "$tmp/en.json" >"$tmp/en.txt"
MAILSCOPE_LANG=de run diagnose --demo >"$tmp/env.txt"

grep -q 'Mailscope-Bericht für' "$tmp/de.txt" || fail "--lang de: no German heading"
grep -q 'Der Server kann verschlüsseln, sagt es aber nicht' "$tmp/de.txt" ||
    fail "--lang de: finding title not German"
grep -q 'Was zu tun ist' "$tmp/de.txt" || fail "--lang de: advice heading not German"
grep -q 'The server can encrypt' "$tmp/de.txt" && fail "--lang de: English finding title in the text"
grep -q 'Mailscope report for' "$tmp/en.txt" || fail "--lang en: no English heading"
grep -q 'The server can encrypt, but does not say so' "$tmp/en.txt" || fail "--lang en: title"
grep -q 'Der Server kann verschlüsseln' "$tmp/env.txt" || fail "MAILSCOPE_LANG=de: not German"
# The idle check's summary (its own sentences, the search's notes) in German too.
run diagnose --demo --checks idle --idle-max 5 --lang de >"$tmp/idle.txt"
grep -q 'keine Grenze bis 5 s: Verbindungen blieben nach' "$tmp/idle.txt" ||
    fail "--lang de: idle summary not German: $(grep idle "$tmp/idle.txt")"
grep -Eq 'Prüfungen in [0-9]+ s, [0-9]+ Verbindung' "$tmp/idle.txt" ||
    fail "--lang de: idle probe count not German"
grep -q 'stayed usable' "$tmp/idle.txt" && fail "--lang de: English idle summary"
# At the demo server's own cutoff (20 s, seed 000's endings): the state and silent-drop
# findings and the idle probe's transcript notes in German too.
run diagnose --demo --checks idle --silence 2 --transcript --lang de >"$tmp/cut.txt"
grep -q 'Wie die Verbindung endet, hängt davon ab' "$tmp/cut.txt" ||
    fail "--lang de: idle.state-dependent not German"
grep -q 'Ruhende Verbindungen werden stillschweigend verworfen' "$tmp/cut.txt" ||
    fail "--lang de: idle.silent-drop not German"
grep -q 'bekam auf ihren nächsten Befehl überhaupt keine Antwort' "$tmp/cut.txt" ||
    fail "--lang de: idle.silent-drop explanation not German"
grep -q 'Leerlaufprüfung: Verbindung ruht jetzt' "$tmp/cut.txt" ||
    fail "--lang de: idle probe transcript notes not German"
for english in 'depends on what the program did last' 'dropped silently' 'got no answer at all' \
    'ends sessions differently' 'connection now idle' 'TCP keepalives every'; do
    grep -q "$english" "$tmp/cut.txt" && fail "--lang de: English idle text: $english"
done
# Ctrl-C during the idle check: the report still comes, and says "abgebrochen".
# (The check takes 20 s or more on the demo; Ctrl-C comes once the run has begun.)
"$cli" diagnose --demo --checks idle --lang de >"$tmp/int.txt" 2>"$tmp/int.err" &
pid=$!
for _ in $(seq 200); do
    grep -q 'Demo-Server' "$tmp/int.err" && break
    sleep 0.1
done
sleep 3
kill -INT "$pid" || fail "the run to interrupt ended before Ctrl-C: $(cat "$tmp/int.err")"
wait "$pid" || true
grep -q 'idle: abgebrochen' "$tmp/int.txt" || fail "--lang de: an interrupted check not German"
grep -qw 'cancelled' "$tmp/int.txt" && fail "--lang de: 'cancelled' in English"
"$cli" --help --lang de >"$tmp/help.txt"
grep -q 'Das Passwort aus der Umgebungsvariablen VAR' "$tmp/help.txt" ||
    fail "--help --lang de: options not German"

python3 - "$tmp/de.json" "$tmp/en.json" <<'PY'
import json, sys
de, en = (json.load(open(p)) for p in sys.argv[1:3])
def texts(r):
    out = []
    for f in r['findings']:
        out += [f['title'], f['explanation']]
    out += [c['summary'] for c in r['checks']]
    for a in r['advice']:
        out += [a['setting'], a['value'], a['reason']]
    return out
titles = [f['title'] for f in de['findings']]
assert 'The server can encrypt, but does not say so' in titles, titles
all_de = ' '.join(texts(de))
for german in ('Der Server', 'Zertifikat', 'Verbindung', 'Anmeldung', 'ä', 'ö', 'ü', 'ß'):
    assert german not in all_de, 'German in the --lang de JSON: %r' % german
# Same findings and checks in both languages (measured numbers may differ between runs).
assert [f['id'] for f in de['findings']] == [f['id'] for f in en['findings']]
assert [c['id'] for c in de['checks']] == [c['id'] for c in en['checks']]
print('JSON English with --lang de: %d findings, %d checks, %d advice' %
      (len(de['findings']), len(de['checks']), len(de['advice'])))
PY
echo "check_cli: ok"
