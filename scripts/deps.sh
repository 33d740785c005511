#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Installs what Mailscope needs on Debian 12 / Ubuntu 24.04 with apt-get.
#   scripts/deps.sh build   compilers and Qt 6 development packages
#   scripts/deps.sh test    the above plus the real servers the integration tests start, the
#                           package checks (lintian, validators, man, zsh: tests/packaging), and
#                           clang with libFuzzer for the fuzz step (tests/fuzz)
# Does nothing for packages already installed, so repeated runs are quick.
set -euo pipefail

# fonts-dejavu-core: the PDF report (mailscope-cli --pdf) lays out its text with it.
build_pkgs=(build-essential cmake ninja-build pkg-config
            qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libssl-dev qtkeychain-qt6-dev
            libssl3 openssl ca-certificates fonts-dejavu-core
            qt6-l10n-tools qt6-tools-dev  # lupdate, lrelease
            libqt6svg6)  # run time: Qt's SVG icon engine draws the GUI's icons (resources/*.svg)
# python3, poppler-utils (pdftotext) and tshark open the HTML, PDF and pcapng reports in tests;
# lintian, desktop-file-utils, appstream, man and zsh check the package and its metadata.
test_pkgs=(dovecot-imapd perdition postfix nftables iproute2 python3 xvfb xauth
           gnome-keyring dbus-bin python3-dnslib python3-cryptography poppler-utils tshark
           lintian desktop-file-utils appstream man-db groff-base zsh)
# The fuzz preset: clang 14, its libFuzzer/ASan/UBSan runtimes, llvm-symbolizer for stacks.
fuzz_pkgs=(clang libclang-rt-14-dev llvm-14)

want=("${build_pkgs[@]}")
if [[ ${1:-build} == test ]]; then
    want+=("${test_pkgs[@]}" "${fuzz_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# tshark's package asks whether non-root users may capture; the tests only read files.
if printf '%s\n' "${missing[@]}" | grep -qx tshark; then
    echo 'wireshark-common wireshark-common/install-setuid boolean false' |
        "${sudo[@]}" debconf-set-selections
fi
"${sudo[@]}" apt-get update -qq
# Package scripts must not start system services (dovecot) on CI machines or containers.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
