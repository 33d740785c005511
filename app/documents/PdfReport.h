// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The report as a PDF, laid out by Qt's own QTextDocument and written by QPdfWriter (no
// browser engine): the same content as the HTML report, with the full transcript as an
// appendix. QtGui, so it lives beside the engine in mailscope_documents, which the GUI and the
// CLI link; it needs a QGuiApplication (fonts), which the CLI creates only for --pdf.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace mailscope {

struct PdfOptions
{
    // Most events in the appendix; layout time grows with it, and the HTML and JSON reports
    // hold every event. The rest is counted in the PDF.
    int transcriptLimit = 20000;
    // As HtmlOptions: what the run did besides checking, after the headline.
    QString prefaceTitle;
    QStringList preface;
};

// Returns the PDF file's bytes, or an empty array and *error when no QGuiApplication exists.
QByteArray reportToPdf(const Report &report, const std::vector<Event> &events,
                       QString *error = nullptr, const PdfOptions &options = {});

} // namespace mailscope
