// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The report as one self-contained HTML page for people: plain words first (what is wrong,
// what to change, what to tell the provider, what passed), then each finding's evidence with
// a few lines of context, then the full transcript. Inline CSS only: no script, no external
// resource, and everything that came from a server is escaped. Secrets are always masked
// (Event::safeDisplayText), also in runs recorded with secrets shown: the page is made to be
// sent to other people.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QString>
#include <vector>

namespace mailscope {

struct HtmlOptions
{
    // The subset of HTML and CSS that QTextDocument renders, with page breaks and without
    // links: the source of the PDF report, where the full transcript is an appendix.
    bool forPrint = false;
    // Events of the same connection shown before and after each piece of evidence.
    int contextEvents = 2;
    // Most events in the full transcript (-1: all); the rest is counted, not shown.
    int transcriptLimit = -1;
    // Most lines of one event in the evidence section (the full transcript has them all).
    int evidenceLineLimit = 40;
    // Most pieces of evidence shown per finding.
    int evidencePerFinding = 50;
    // What the run did besides checking (a repair's plan and outcome), shown under this
    // heading right after the headline.
    QString prefaceTitle;
    QStringList preface;
};

QString reportToHtml(const Report &report, const std::vector<Event> &events,
                     const HtmlOptions &options = {});

// Text made safe for HTML element content and attribute values: markup characters as
// entities, control characters as visible symbols (U+2400…), bidirectional overrides as
// "\u202E" so a server cannot reorder what the reader sees.
QString htmlEscape(const QString &text);

} // namespace mailscope
