#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Renders the application icon resources/mailscope.svg into everything the packages need; the
# results are committed, so builds need none of these tools. Run again after editing the SVG.
#   resources/icons/hicolor/NxN/apps/mailscope.png   Linux (hicolor theme), 16 to 512 pixels
#   resources/mailscope.ico                          Windows (installer, .exe, shortcuts)
#   resources/mailscope.icns                         macOS (.app bundle)
# Debian: apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")/../resources"
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "make-icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    }
done

png() { echo "icons/hicolor/${1}x${1}/apps/mailscope.png"; }
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$(dirname "$(png "$s")")"
    rsvg-convert --width "$s" --height "$s" --format png mailscope.svg --output "$(png "$s")"
done

# Windows: the small sizes as bitmaps, 256 as embedded PNG (what Vista and later read).
icotool --create --output mailscope.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"

# macOS: png2icns picks the icon slot from each image's size.
png2icns mailscope.icns "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" \
    "$(png 512)" >/dev/null

echo "make-icons.sh: icons written under $(pwd)"
