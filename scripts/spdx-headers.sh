#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# SPDX headers on our own sources: a license line and a copyright line at the top of every C++,
# CMake, shell and Python file (after a #! or #compdef line, which must stay first).
#   scripts/spdx-headers.sh [DIR]           add the headers where missing (DIR: the repository)
#   scripts/spdx-headers.sh --check [DIR]   list the files without one; exit 1 if there are any
# Idempotent: a file with "SPDX-License-Identifier" in its first lines is left alone. Build
# directories and .git are skipped; data files (SVG, desktop, metainfo, man pages) are not code
# and keep their own notices.
set -euo pipefail
# All in one function: bash parses it whole before it runs, so the script can mark itself.
main() {
license="SPDX-License-Identifier: GPL-3.0-or-later"
copyright="SPDX-FileCopyrightText: 2026 Mailscope developers"

check=0
if [[ ${1:-} == --check ]]; then
    check=1
    shift
fi
root=${1:-$(dirname "$0")/..}
cd "$root"

missing=0
# Only C++, CMake, shell, Python and the zsh completion are ours to mark.
while IFS= read -r -d '' f; do
    f=${f#./}
    case $f in
        *.cpp | *.h) lead="//" ;;
        *) lead="#" ;;
    esac
    mapfile -t -n 5 top <"$f"
    [[ ${top[*]-} == *SPDX-License-Identifier* ]] && continue
    if [[ $check -eq 1 ]]; then
        echo "$f"
        missing=1
        continue
    fi
    # Keep an interpreter or zsh #compdef line first; the header follows it.
    awk -v h1="$lead $license" -v h2="$lead $copyright" '
        NR == 1 && (/^#!/ || /^#compdef/) { print; print h1; print h2; done = 1; next }
        NR == 1 { print h1; print h2; done = 1 }
        { print }
        END { if (!done) { print h1; print h2 } }' "$f" >"$f.spdx-tmp"
    cat "$f.spdx-tmp" >"$f" # keeps the file's mode
    rm -f "$f.spdx-tmp"
done < <(find . \( -path ./.git -o -path ./build -o -path './build-*' -o -path ./.cache \) -prune \
              -o -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' \
              -o -name '*.cmake' -o -name '*.bash' -o -name CMakeLists.txt -o -name _mailscope-cli \) \
              -print0 | sort -z)

if [[ $check -eq 1 && $missing -eq 1 ]]; then
    echo "spdx-headers.sh: the files above lack an SPDX header (run scripts/spdx-headers.sh)" >&2
    exit 1
fi
exit 0
}
main "$@"
