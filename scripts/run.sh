#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# The main job on a fresh machine: install, build, run.
#   scripts/run.sh                      GUI on a display, otherwise the CLI against the demo server
#   scripts/run.sh URL [options]        mailscope-cli diagnose URL [options] (see README)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DMAILSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j2 --target mailscope-cli mailscope
if [[ $# -eq 0 && ( -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ) ]]; then
    exec build/release/app/mailscope --demo
fi
exec build/release/app/mailscope-cli diagnose "$@"
