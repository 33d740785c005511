#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Builds build/mac/Mailscope-<version>.dmg: Mailscope.app (mailscope-cli inside, in
# Contents/MacOS) with Qt, QtKeychain and OpenSSL copied in by macdeployqt during CPack's
# install step (packaging/packaging.cmake), signed ad hoc, plus LICENSE and THIRD-PARTY-NOTICES.
# Run from the repository root on macOS 12+ with Homebrew.
#   packaging/macos/build.sh
# NOT YET RUN on macOS by the project: see README.md, "Packages".
set -euo pipefail
cd "$(dirname "$0")/../.."
brew install qt qtkeychain openssl@3 cmake ninja
cmake -S . -B build/mac -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILSCOPE_BUILD_TESTS=OFF \
      -DMAILSCOPE_BUILD_BENCH=OFF \
      "-DCMAKE_PREFIX_PATH=$(brew --prefix qt);$(brew --prefix qtkeychain)" \
      "-DOPENSSL_ROOT_DIR=$(brew --prefix openssl@3)"
cmake --build build/mac
(cd build/mac && cpack -G DragNDrop)
ls -l build/mac/Mailscope-*.dmg
