#include "report/Summary.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace mailscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailscope::Report", text);
}
} // namespace

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString checkStatusWord(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return tr("✓ passed");
    case CheckStatus::Warn:
        return tr("⚠ warning");
    case CheckStatus::Fail:
        return tr("✗ failed");
    case CheckStatus::Skipped:
        return tr("– skipped");
    case CheckStatus::Error:
        return tr("✗ could not run");
    }
    return {};
}

QString adviceProgramName(const QString &w)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("thunderbird"), "Thunderbird"},
        {QStringLiteral("outlook"), "Outlook"},
        {QStringLiteral("apple-mail"), "Apple Mail"},
        {QStringLiteral("offlineimap"), "OfflineIMAP"},
        {QStringLiteral("mbsync"), "mbsync (isync)"},
        {QStringLiteral("postfix"), "Postfix"},
        {QStringLiteral("server-admin"), "Your provider / server admin"},
        {QStringLiteral("user"), "You"},
    };
    const auto it = names.constFind(w);
    return it == names.constEnd() ? w : tr(it.value());
}

QChar eventPrefix(EventKind k)
{
    switch (k) {
    case EventKind::Send:
        return QLatin1Char('C');
    case EventKind::Receive:
        return QLatin1Char('S');
    case EventKind::Connect:
        return QLatin1Char('~');
    case EventKind::Tls:
        return QLatin1Char('T');
    case EventKind::Close:
        return QLatin1Char('x');
    case EventKind::Reset:
        return QLatin1Char('X');
    case EventKind::Timeout:
    case EventKind::Error:
        return QLatin1Char('!');
    case EventKind::Note:
        return QLatin1Char('*');
    }
    return QLatin1Char('*');
}

QList<int> findingsBySeverity(const Report &r)
{
    QList<int> order;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        for (int i = 0; i < r.findings.size(); ++i)
            if (r.findings[i].severity == s) order.append(i);
    return order;
}

QString reportHeadline(const Report &r)
{
    int problems = 0;
    for (const Finding &f : r.findings)
        if (f.severity != Severity::Info) ++problems;
    const QString where = r.target.host.isEmpty()
                              ? tr("the server")
                              : r.target.host + QLatin1Char(':') + QString::number(r.target.port);
    QString head;
    if (!r.fatalError.isEmpty())
        head = tr("The check of %1 could not be completed: %2").arg(where, r.fatalError);
    else if (problems == 0)
        head = tr("No problems found on %1.").arg(where);
    else if (problems == 1)
        head = tr("1 problem found on %1.").arg(where);
    else
        head = tr("%1 problems found on %2.").arg(problems).arg(where);
    if (!r.software.isEmpty() && r.software != QLatin1String("unknown"))
        head += QLatin1Char(' ') + tr("Server software: %1.").arg(r.software);
    return head;
}

QString providerMessage(const Report &r)
{
    QStringList out;
    out << tr("Hello,") << QString();
    out << tr("I checked the mail server %1 (port %2, %3) with Mailscope on %4 and found:")
               .arg(r.target.host)
               .arg(r.target.port)
               .arg(r.target.implicitTls ? tr("TLS") : tr("STARTTLS"),
                    r.startedAt.isEmpty() ? tr("today") : r.startedAt.left(16));
    out << QString();
    bool any = false;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Info) continue;
        out << QStringLiteral("- %1 [%2]").arg(f.title, f.id);
        any = true;
    }
    if (!any) out << tr("- no problems on the server side.");
    QStringList admin;
    for (const Advice &a : r.advice)
        if (a.forWhom == QLatin1String("server-admin"))
            admin << QStringLiteral("- %1: %2 (%3)").arg(a.setting, a.value, a.reason);
    if (!admin.isEmpty()) out << QString() << tr("What could be changed on the server:") << admin;
    out << QString()
        << (r.secretsShown
                ? tr("Note: this run recorded passwords in its saved JSON report. Attach the "
                     "HTML or PDF report instead: those always mask them.")
                : tr("The full report with the protocol transcript is attached (passwords "
                     "removed)."))
        << QString() << tr("Thank you.");
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
