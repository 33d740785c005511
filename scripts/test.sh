#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Every test on a fresh machine: install (including a real Dovecot), build, run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMAILSCOPE_WERROR=ON >/dev/null
cmake --build build/ci -j2
cd build/ci
# Everything is installed now: a test that finds a server or kernel feature missing fails
# instead of skipping.
export MAILSCOPE_REQUIRE_ALL=1
# Tests bind their servers to port 0 and so run in parallel safely.
QT_QPA_PLATFORM=offscreen ctest -j2 --output-on-failure --timeout 600
cd ../..
# Fuzzing (tests/fuzz): the engine built with clang, libFuzzer, ASan and UBSan; each harness runs
# for a minute from the repository's corpus and any crash, leak, hang or UB report fails the run.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2
bash tests/fuzz/run.sh 60
# The Debian package as users get it: build, lintian, validators, install, run installed, remove.
bash tests/packaging/deb.sh
