// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "documents/PdfReport.h"

#include "i18n/Text.h"
#include "report/HtmlReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mailscope {

QByteArray reportToPdf(const Report &report, const std::vector<Event> &events, QString *error,
                       const PdfOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error) *error = translate("PdfReport", "writing a PDF needs a QGuiApplication (fonts)");
        return {};
    }
    HtmlOptions html;
    html.forPrint = true;
    html.transcriptLimit = options.transcriptLimit;
    html.prefaceTitle = options.prefaceTitle;
    html.preface = options.preface;

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        const QString where =
            report.target.host.isEmpty()
                ? QCoreApplication::translate("PdfReport", "the server")
                : report.target.host + QLatin1Char(':') + QString::number(report.target.port);
        // The document's title follows the installed language, as its text does.
        writer.setTitle(
            QCoreApplication::translate("PdfReport", "Mailscope report: %1").arg(where));
        writer.setCreator(QStringLiteral("Mailscope %1").arg(QStringLiteral(MAILSCOPE_VERSION)));

        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        doc.setHtml(reportToHtml(report, events, html));
        doc.print(&writer);
    }
    buffer.close();
    if (pdf.isEmpty() && error) *error = translate("PdfReport", "the PDF writer produced nothing");
    return pdf;
}

} // namespace mailscope
