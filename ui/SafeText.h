// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Text from servers and from report files, in widgets: controls and bidirectional overrides
// are shown rather than acting (as in the terminal), and tooltips are plain text, bounded (Qt
// renders a tooltip that looks like HTML as HTML: a report could show its own images and links).
#pragma once

#include "report/TextSafety.h"

#include <QString>
#include <QTextDocument>

namespace mailscope::ui {

inline QString shownText(const QString &s)
{
    return terminalSafe(s);
}

inline QString plainToolTip(const QString &s, qsizetype max = 2000)
{
    QString t = terminalSafe(s.left(max));
    if (s.size() > max) t += QChar(0x2026);
    return Qt::convertFromPlainText(t, Qt::WhiteSpaceNormal);
}

} // namespace mailscope::ui
