#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Brings i18n/*.ts up to date with the sources: new strings appear as unfinished, strings no
# longer in the sources are dropped. Run it after merging branches that add or change texts, then
# translate the unfinished entries (linguist i18n/mailscope_de.ts) and commit.
#   scripts/update-translations.sh [LUPDATE]
# No source locations are written, so line moves do not touch the .ts files (fewer conflicts).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-${LUPDATE:-}}
if [[ -z $lupdate ]]; then
    for c in /usr/lib/qt6/bin/lupdate lupdate-qt6 lupdate; do
        if command -v "$c" >/dev/null 2>&1; then lupdate=$c; break; fi
    done
fi
[[ -n $lupdate ]] || { echo "update-translations.sh: lupdate not found (qt6-l10n-tools)" >&2; exit 1; }
cd "$here"
# The sources whose texts people read: the engine (not its test servers), the CLI and the GUI.
"$lupdate" -silent -locations none -no-obsolete -no-ui-lines -extensions cpp,h \
    app ui -ts i18n/mailscope_de.ts
