// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/MarkdownSummary.h"
#include "report/TextSafety.h"

#include "i18n/Text.h"
#include "report/Summary.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailscope {

namespace {
// Controls and bidirectional overrides never reach the reader: they could hide or reorder
// what the ticket shows.
bool invisible(QChar c)
{
    const char16_t u = c.unicode();
    return isControlChar(u) || isBidiControl(u) || u == 0xfeff;
}

// Server text as an inline code span: literal in every renderer, fenced by more backticks
// than it contains.
QString codeSpan(const QString &raw)
{
    QString t;
    for (const QChar c : raw)
        t += invisible(c) ? QLatin1Char(' ') : c;
    t = t.simplified();
    if (t.size() > 160) t = t.left(159) + QChar(0x2026);
    int run = 0, longest = 0;
    for (const QChar c : std::as_const(t)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const QString pad = t.startsWith(QLatin1Char('`')) || t.endsWith(QLatin1Char('`'))
                            ? QStringLiteral(" ")
                            : QString();
    return fence + pad + t + pad + fence;
}
} // namespace

// Text for inside a code span that is already there: one line, no backtick, no invisible
// characters (a report read from a file may hold anything in its URL).
static QString inCode(const QString &text)
{
    QString out;
    for (const QChar c : text.left(300))
        out += invisible(c) ? QLatin1Char(' ') : c;
    return out.remove(QLatin1Char('`')).simplified();
}

QString markdownEscape(const QString &text)
{
    // '&' too: an entity ("&#x202E;") would otherwise come out as the character it names.
    static const QString special = QStringLiteral("\\`*_[]<|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (invisible(c)) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c)) out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString reportToMarkdown(const Report &r, const MarkdownOptions &o)
{
    QStringList out;
    const QString proto = r.target.protocolName().toUpper();
    out << QStringLiteral("### Mailscope: %1").arg(markdownEscape(reportHeadline(r)));
    out << QString();
    if (!o.preface.isEmpty()) {
        out << QStringLiteral("**%1**").arg(markdownEscape(localized(o.prefaceTitle)));
        for (const QString &l : o.preface)
            out << QStringLiteral("- %1").arg(markdownEscape(localized(l)));
        out << QString();
    }
    const QList<int> order = findingsBySeverity(r);
    if (order.isEmpty()) {
        out << QCoreApplication::translate("MarkdownSummary", "No findings.");
    } else {
        for (int i : order) {
            const Finding &f = r.findings[i];
            const QString sev = severityWord(f.severity);
            // The id comes from the report too (a file may say anything): a code span of its own.
            out << QStringLiteral("- %1 %2 (%3)")
                       .arg(f.severity == Severity::Info ? sev : QStringLiteral("**%1**").arg(sev),
                            markdownEscape(localized(f.title)), codeSpan(f.id));
        }
    }
    QStringList advice;
    int more = 0;
    for (const Advice &a : r.advice) {
        if (advice.size() >= o.maxAdvice) {
            ++more;
            continue;
        }
        advice << QStringLiteral("- %1: %2 → **%3**")
                      .arg(markdownEscape(adviceProgramName(a.forWhom)),
                           markdownEscape(localized(a.setting)),
                           markdownEscape(localized(a.value)));
    }
    if (!advice.isEmpty()) {
        out << QString()
            << QStringLiteral("**%1**").arg(
                   QCoreApplication::translate("MarkdownSummary", "What to change"));
        out << advice;
        if (more > 0)
            out << QStringLiteral("- %1").arg(
                QCoreApplication::translate("MarkdownSummary", "… and %1 more in the full report")
                    .arg(more));
    }
    out << QString();
    QStringList server;
    server << QStringLiteral("**%1**").arg(
        QCoreApplication::translate("MarkdownSummary", "Server:"));
    if (!r.target.host.isEmpty())
        // One arg() call: a "%1" in the host must not take the next argument's place.
        server << QStringLiteral("%1 %2:%3 (%4)")
                      .arg(proto, markdownEscape(r.target.host), QString::number(r.target.port),
                           r.target.implicitTls ? QStringLiteral("TLS")
                                                : QStringLiteral("STARTTLS"));
    if (!r.software.isEmpty() && r.software != QLatin1String("unknown"))
        server << QStringLiteral("· %1").arg(markdownEscape(localized(r.software)));
    if (!r.greeting.isEmpty())
        server << QStringLiteral("· %1 %2").arg(
            QCoreApplication::translate("MarkdownSummary", "greeting"), codeSpan(r.greeting));
    out << server.join(QLatin1Char(' '));
    out << QString()
        << QCoreApplication::translate(
               "MarkdownSummary",
               "Checked %1 with Mailscope %2; passwords are never part of this summary.")
               .arg(r.startedAt.isEmpty() ? QCoreApplication::translate("MarkdownSummary", "today")
                                          : markdownEscape(r.startedAt),
                    QStringLiteral(MAILSCOPE_VERSION));
    const QString hint =
        o.fullReportHint.isEmpty()
            ? QCoreApplication::translate(
                  "MarkdownSummary",
                  "Full report with evidence and transcript: `mailscope-cli diagnose %1 --html "
                  "report.html` (or `--pdf`, `--json`; `--pcapng` for Wireshark), or File ▸ Save "
                  "report… in the Mailscope app.")
                  .arg(r.target.url.isEmpty() ? QStringLiteral("URL") : inCode(r.target.url))
            : o.fullReportHint;
    out << QString() << hint;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mailscope
