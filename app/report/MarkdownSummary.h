// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A short Markdown summary that pastes well into tickets and chats: the headline, one line
// per finding with its severity, the key advice, the server's identity, and how to get the
// full report. Never a transcript line, so never a secret, whatever the run recorded; text
// from the server is escaped so it cannot turn into links, images or markup.
#pragma once

#include "probes/Report.h"

#include <QString>

namespace mailscope {

struct MarkdownOptions
{
    int maxAdvice = 6; // advice lines shown; the rest is counted
    // How the reader gets the full report (empty: the CLI command that makes one).
    QString fullReportHint;
    // What the run did besides checking (a repair's plan and outcome), after the headline.
    QString prefaceTitle;
    QStringList preface;
};

QString reportToMarkdown(const Report &report, const MarkdownOptions &options = {});

// Text that stays literal in CommonMark/GFM: markup characters backslash-escaped, line
// breaks and control characters turned into spaces.
QString markdownEscape(const QString &text);

} // namespace mailscope
