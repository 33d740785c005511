#include "report/TextReport.h"

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
        return QStringLiteral("PASS");
    case CheckStatus::Warn:
        return QStringLiteral("WARN");
    case CheckStatus::Fail:
        return QStringLiteral("FAIL");
    case CheckStatus::Error:
        return QStringLiteral("ERROR");
    case CheckStatus::Skipped:
        return QStringLiteral("SKIP");
    }
    return QString();
}
} // namespace

QString formatEvent(const Event &e, const TextStyle &style, bool showCrLf)
{
    QString body = e.displayText();
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
        lines[i] = (i == 0 ? head : indent) + paint(style, colour, l);
    }
    return lines.join(QLatin1Char('\n'));
}

QString formatSummary(const Report &r, const TextStyle &s)
{
    QStringList out;
    out << paint(s, "1", QStringLiteral("Mailscope report for %1").arg(r.target.url));
    out << QStringLiteral("Server: %1 (%2)  greeting: %3")
               .arg(r.software, r.target.securityName(), r.greeting.left(100));
    if (!r.fatalError.isEmpty())
        out << paint(s, "31;1", QStringLiteral("Could not complete: %1").arg(r.fatalError));
    out << QString() << paint(s, "1", QStringLiteral("Checks"));
    for (const auto &c : r.checks)
        out << QStringLiteral("  %1 %2: %3")
                   .arg(paint(s, statusColour(c.status), statusMark(c.status).leftJustified(5)),
                        c.id, c.summary);
    if (!r.findings.isEmpty()) {
        out << QString() << paint(s, "1", QStringLiteral("Findings"));
        for (const auto &f : r.findings) {
            const char *col = f.severity == Severity::Error     ? "31;1"
                              : f.severity == Severity::Warning ? "33"
                                                                : "2";
            out << QStringLiteral("  %1 %2  [%3]")
                       .arg(paint(s, col, severityName(f.severity).toUpper().leftJustified(7)),
                            f.title, f.id);
            out << QStringLiteral("          %1").arg(f.explanation);
        }
    }
    if (!r.advice.isEmpty()) {
        out << QString() << paint(s, "1", QStringLiteral("What to do"));
        for (const auto &a : r.advice)
            out << QStringLiteral("  [%1] %2 = %3\n          (%4)")
                       .arg(a.forWhom, a.setting, paint(s, "1", a.value), a.reason);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
