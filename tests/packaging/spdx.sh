#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# scripts/spdx-headers.sh on a copy of the tree (never the tree itself): after one run --check
# passes, a second run changes nothing, #! and #compdef stay first, scripts still parse, and a
# new file without a header makes --check fail and names it.
#   tests/packaging/spdx.sh SOURCE_DIR
set -euo pipefail
src=$1
copy=$(mktemp -d)
trap 'rm -rf "$copy" "$copy.again"' EXIT
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    git -C "$src" ls-files -z -co --exclude-standard | (cd "$src" && tar --null -T - -cf -) |
        tar -xf - -C "$copy"
else
    tar -C "$src" --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$copy"
fi
script=$src/scripts/spdx-headers.sh
fail() { echo "FAIL: $*" >&2; exit 1; }

bash "$script" "$copy"
bash "$script" --check "$copy" >/dev/null || fail "--check fails right after a run"
cp -a "$copy" "$copy.again"
bash "$script" "$copy.again"
diff -r "$copy" "$copy.again" >/dev/null || fail "a second run changed files"

[[ $(sed -n 1p "$copy/scripts/test.sh") == "#!/usr/bin/env bash" ]] || fail "#! is not first"
[[ $(sed -n 1p "$copy/packaging/linux/completion/_mailscope-cli") == "#compdef mailscope-cli" ]] ||
    fail "#compdef is not first"
grep -qx "// SPDX-License-Identifier: GPL-3.0-or-later" <(head -n 3 "$copy/app/main.cpp") ||
    fail "app/main.cpp has no header"
grep -qx "# SPDX-FileCopyrightText: 2026 Mailscope developers" <(head -n 3 "$copy/CMakeLists.txt") ||
    fail "CMakeLists.txt has no copyright line"
while IFS= read -r -d '' f; do
    bash -n "$f" || fail "$f does not parse after the header"
done < <(find "$copy" -name '*.sh' -print0)
find "$copy" -name '*.py' -print0 |
    xargs -0 -r python3 -c 'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' ||
    fail "a Python file does not parse after the header"

printf 'int x;\n' >"$copy/app/New.cpp"
out=$(bash "$script" --check "$copy" 2>/dev/null) && fail "--check passes with a file lacking a header"
[[ $out == app/New.cpp ]] || fail "--check named '$out', not app/New.cpp"
echo "spdx: headers added once, idempotent, --check finds a file without one"
