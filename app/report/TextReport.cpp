// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/TextReport.h"
#include "i18n/Text.h"
#include "report/TextSafety.h"

#include <QCoreApplication>

#include "report/Summary.h"

namespace mailscope {

namespace {
QString paint(const TextStyle &s, const char *code, const QString &text)
{
    if (!s.colour) return text;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

const char *statusColour(CheckStatus st)
{
    switch (st) {
    case CheckStatus::Pass:
        return "32";
    case CheckStatus::Warn:
        return "33";
    case CheckStatus::Fail:
        return "31";
    case CheckStatus::Error:
        return "31;1";
    case CheckStatus::Skipped:
        return "2";
    }
    return "0";
}

QString statusMark(CheckStatus st)
{
    switch (st) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("TextReport", "PASS");
    case CheckStatus::Warn:
        return QCoreApplication::translate("TextReport", "WARN");
    case CheckStatus::Fail:
        return QCoreApplication::translate("TextReport", "FAIL");
    case CheckStatus::Error:
        return QCoreApplication::translate("TextReport", "ERROR");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("TextReport", "SKIP");
    }
    return QString();
}
QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("TextReport", "INFO");
    case Severity::Warning:
        return QCoreApplication::translate("TextReport", "WARNING");
    case Severity::Error:
        return QCoreApplication::translate("TextReport", "ERROR");
    }
    return QString();
}
} // namespace

QString formatEvent(const Event &e, const TextStyle &style, bool showCrLf)
{
    QString body = e.displayText();
    // Mailscope's own notes in the installed language; protocol data stays as it is.
    if (e.kind != EventKind::Send && e.kind != EventKind::Receive) body = localized(body);
    if (showCrLf) {
        body.replace(QLatin1String("\r"), QLatin1String("\\r"));
        body.replace(QLatin1String("\n"), QLatin1String("\\n\n"));
    }
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r')))
        body.chop(1);
    const QChar prefix = eventPrefix(e.kind);
    const char *colour = "0";
    switch (e.kind) {
    case EventKind::Send:
        colour = "36";
        break;
    case EventKind::Receive:
        colour = "32";
        break;
    case EventKind::Connect:
        colour = "34";
        break;
    case EventKind::Tls:
        colour = "35";
        break;
    case EventKind::Close:
        colour = "33";
        break;
    case EventKind::Reset:
        colour = "31";
        break;
    case EventKind::Timeout:
        colour = "31";
        break;
    case EventKind::Note:
        colour = "2";
        break;
    case EventKind::Error:
        colour = "31;1";
        break;
    }
    const QString head =
        QStringLiteral("%1 #%2 %3 ").arg(double(e.tUs) / 1e6, 9, 'f', 3).arg(e.conn).arg(prefix);
    const QString indent(head.size(), QLatin1Char(' '));
    QStringList lines = body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (l.endsWith(QLatin1Char('\r'))) l.chop(1);
        lines[i] = (i == 0 ? head : indent) + paint(style, colour, terminalSafe(l));
    }
    return lines.join(QLatin1Char('\n'));
}

// Human text: everything the engine wrote in English is shown in the installed language
// (localized()); ids, host names and server replies stay as they are.
QString formatSummary(const Report &r, const TextStyle &s)
{
    QStringList out;
    out << paint(s, "1",
                 QCoreApplication::translate("TextReport", "Mailscope report for %1")
                     .arg(terminalSafe(r.target.url)));
    out << QCoreApplication::translate("TextReport", "Server: %1 (%2)  greeting: %3")
               .arg(terminalSafe(localized(r.software)), r.target.securityName(),
                    terminalSafe(r.greeting.left(100)));
    if (!r.fatalError.isEmpty())
        out << paint(s, "31;1",
                     QCoreApplication::translate("TextReport", "Could not complete: %1")
                         .arg(terminalSafe(localized(r.fatalError))));
    out << QString() << paint(s, "1", QCoreApplication::translate("TextReport", "Checks"));
    for (const auto &c : r.checks)
        out << QStringLiteral("  %1 %2: %3")
                   .arg(paint(s, statusColour(c.status), statusMark(c.status).leftJustified(5)),
                        terminalSafe(c.id), terminalSafe(localized(c.summary)));
    if (!r.findings.isEmpty()) {
        out << QString() << paint(s, "1", QCoreApplication::translate("TextReport", "Findings"));
        for (const auto &f : r.findings) {
            const char *col = f.severity == Severity::Error     ? "31;1"
                              : f.severity == Severity::Warning ? "33"
                                                                : "2";
            out << QStringLiteral("  %1 %2  [%3]")
                       .arg(paint(s, col, severityLabel(f.severity).leftJustified(7)),
                            terminalSafe(localized(f.title)), terminalSafe(f.id));
            out << QStringLiteral("          %1").arg(terminalSafe(localized(f.explanation)));
        }
    }
    if (!r.advice.isEmpty()) {
        out << QString() << paint(s, "1", QCoreApplication::translate("TextReport", "What to do"));
        for (const auto &a : r.advice)
            out << QStringLiteral("  [%1] %2 = %3\n          (%4)")
                       .arg(terminalSafe(a.forWhom), terminalSafe(localized(a.setting)),
                            paint(s, "1", terminalSafe(localized(a.value))),
                            terminalSafe(localized(a.reason)));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
