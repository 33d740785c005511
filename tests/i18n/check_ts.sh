#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Fails when a translation file is not complete and current: it runs lupdate over the sources
# into a temporary copy of each i18n/*.ts and compares. A string in the sources that the .ts
# lacks comes back as a new unfinished entry, a string gone from the sources as a vanished one,
# and a string not yet translated is unfinished already: each shows up here.
#   tests/i18n/check_ts.sh SOURCE_DIR [LUPDATE]
set -euo pipefail
src=${1:?usage: check_ts.sh SOURCE_DIR [LUPDATE]}
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
shopt -s nullglob
files=("$src"/i18n/mailscope_*.ts)
[[ ${#files[@]} -gt 0 ]] || { echo "check_ts: no i18n/mailscope_*.ts in $src" >&2; exit 1; }
for ts in "${files[@]}"; do
    copy=$tmp/$(basename "$ts")
    cp "$ts" "$copy"
    # The same options as scripts/update-translations.sh, but vanished entries are kept so that
    # they can be reported.
    (cd "$src" && "$lupdate" -silent -locations none -no-ui-lines -extensions cpp,h app ui -ts "$copy")
    python3 - "$ts" "$copy" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET

orig, fresh = sys.argv[1], sys.argv[2]

def entries(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            out[(name, m.findtext('source'))] = m.find('translation').get('type') or 'done'
    return out

before, after = entries(orig), entries(fresh)
problems = []
for key, state in sorted(after.items(), key=lambda kv: kv[0]):
    if key not in before:
        problems.append('not in the .ts (run scripts/update-translations.sh): %s: %r' % key)
    elif state == 'unfinished':
        problems.append('unfinished: %s: %r' % key)
    elif state in ('vanished', 'obsolete'):
        problems.append('no longer in the sources (%s): %s: %r' % (state, key[0], key[1]))
for p in problems[:60]:
    print(p)
if len(problems) > 60:
    print('... and %d more' % (len(problems) - 60))
print('%s: %d entries, %d problem(s)' % (orig, len(after), len(problems)))
sys.exit(1 if problems else 0)
PY
done
exit $status
