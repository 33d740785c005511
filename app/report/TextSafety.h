// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Characters from servers, files and certificates that must never act on the reader: controls
// (terminal escapes, line tricks) and bidirectional overrides (text shown in another order).
// One definition for every output that shows such text: HTML, Markdown, the terminal.
#pragma once

#include <QString>

namespace mailscope {

inline bool isBidiControl(char16_t u)
{
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
           u == 0x200f || u == 0x061c;
}

// C0, DEL and C1.
inline bool isControlChar(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
}

// For a terminal: controls other than newline and tab, and bidi overrides, shown as \u{…}
// instead of acting (recolouring, retitling or rewriting the screen).
inline QString terminalSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((isControlChar(u) && u != u'\n' && u != u'\t') || isBidiControl(u))
            out += QStringLiteral("\\u{%1}").arg(uint(u), 0, 16);
        else
            out += c;
    }
    return out;
}

} // namespace mailscope
