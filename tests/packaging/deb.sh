#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The Debian package end to end, as a user gets it: a Release build of only what is packaged
# (build/pkg), cpack -G DEB, lintian (fails on errors), the desktop entry and AppStream
# validators, then apt-get install of the .deb, the INSTALLED programs run (CLI version and demo
# diagnosis, the GUI's demo on the offscreen platform, completion and man pages), and removal.
# Needs root or sudo (apt-get) and scripts/deps.sh test. Called by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
build=build/pkg
start=$SECONDS

# Debian's hardening flags (PIE, RELRO, bind-now, fortify, stack protector), as a Debian build
# would use; no -g: the package is stripped. Warnings stay warnings here (a newer compiler must
# not stop a release); the dev and CI builds hold the code to -Werror.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DMAILSCOPE_BUILD_TESTS=OFF -DMAILSCOPE_BUILD_BENCH=OFF -DMAILSCOPE_WERROR=OFF \
      "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
      "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$build" -j2
echo "== built in $((SECONDS - start)) s"
rm -f "$build"/mailscope_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/mailscope_*_"$(dpkg --print-architecture)".deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "FAIL: no single .deb in $build" >&2; exit 1; }
deb=${debs[0]}
echo "== $deb: $(dpkg-deb -f "$deb" Depends)"

# Errors fail; warnings are printed (none expected; see packaging/packaging.cmake).
lintian --fail-on error --display-info "$deb"
echo "== packaged and linted at $((SECONDS - start)) s"

# The validators on the files as packaged, not the sources.
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
desktop-file-validate "$tree"/usr/share/applications/io.github.mailscope.Mailscope.desktop
appstreamcli validate --no-net --pedantic \
    "$tree"/usr/share/metainfo/io.github.mailscope.Mailscope.metainfo.xml
for f in usr/bin/mailscope usr/bin/mailscope-cli usr/share/man/man1/mailscope.1.gz \
         usr/share/man/man1/mailscope-cli.1.gz usr/share/bash-completion/completions/mailscope-cli \
         usr/share/zsh/vendor-completions/_mailscope-cli usr/share/doc/mailscope/copyright \
         usr/share/icons/hicolor/scalable/apps/mailscope.svg \
         usr/share/icons/hicolor/48x48/apps/mailscope.png; do
    [[ -f $tree/$f ]] || { echo "FAIL: the package lacks /$f" >&2; exit 1; }
done

# Install as a user would; removed again whatever happens below.
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -qq "./$deb" >/dev/null
trap '"${sudo[@]}" apt-get remove -y -qq mailscope >/dev/null; rm -rf "$tree"' EXIT
cd /tmp

/usr/bin/mailscope-cli --version | grep -qx "mailscope-cli $(dpkg-deb -f "$OLDPWD/$deb" Version)" ||
    { echo "FAIL: installed mailscope-cli --version: $(/usr/bin/mailscope-cli --version)" >&2; exit 1; }
/usr/bin/mailscope --version >/dev/null

# The demo server misbehaves on purpose: exit status 1 (findings), among them the hidden STARTTLS.
rc=0
out=$(/usr/bin/mailscope-cli diagnose --demo --quiet --json -) || rc=$?
[[ $rc -eq 1 ]] || { echo "FAIL: installed demo diagnosis exited $rc (want 1)" >&2; exit 1; }
grep -q '"starttls.unadvertised"' <<<"$out" ||
    { echo "FAIL: installed demo diagnosis did not find the hidden STARTTLS" >&2; exit 1; }

# The installed GUI: the demo through the real window, offscreen, with a picture of the result.
shot=$(mktemp --suffix=.png)
rc=0
QT_QPA_PLATFORM=offscreen timeout 300 /usr/bin/mailscope --demo --quit-when-done \
    --screenshot "$shot" >/dev/null 2>"$shot.err" || rc=$?
if [[ $rc -ne 1 || ! -s $shot ]]; then
    cat "$shot.err" >&2
    echo "FAIL: installed GUI demo exited $rc (want 1), picture $(stat -c %s "$shot") bytes" >&2
    exit 1
fi
rm -f "$shot" "$shot.err"

# Completion as installed and man pages as packaged (slim images tell dpkg to skip
# /usr/share/man), against the installed parsers.
src=$OLDPWD
bash "$src/tests/packaging/completion.sh" /usr/share/bash-completion/completions/mailscope-cli \
    /usr/bin/mailscope-cli /usr/share/zsh/vendor-completions/_mailscope-cli
bash "$src/tests/packaging/manpages.sh" "$tree/usr/share/man/man1" /usr/bin/mailscope-cli \
    /usr/bin/mailscope

"${sudo[@]}" apt-get remove -y -qq mailscope >/dev/null
trap 'rm -rf "$tree"' EXIT
[[ ! -e /usr/bin/mailscope-cli && ! -e /usr/bin/mailscope ]] ||
    { echo "FAIL: apt-get remove left the programs" >&2; exit 1; }
echo "deb: built, linted, installed, ran and removed in $((SECONDS - start)) s"
