// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/Summary.h"

#include "i18n/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Words for people, made in the installed language when they are asked for (these texts are
// never saved in JSON). Engine texts inside them (titles, advice, errors) are English in the
// Report and shown through localized().

namespace mailscope {

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("Summary", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Summary", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("Summary", "Info");
    }
    return {};
}

QString checkStatusWord(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("Summary", "✓ passed");
    case CheckStatus::Warn:
        return QCoreApplication::translate("Summary", "⚠ warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("Summary", "✗ failed");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("Summary", "– skipped");
    case CheckStatus::Error:
        return QCoreApplication::translate("Summary", "✗ could not run");
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
        // Program names stay as they are; only these two are words.
        {QStringLiteral("server-admin"),
         QT_TRANSLATE_NOOP("Summary", "Your provider / server admin")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Summary", "You")},
    };
    const auto it = names.constFind(w);
    return it == names.constEnd() ? w : QCoreApplication::translate("Summary", it.value());
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
                              ? QCoreApplication::translate("Summary", "the server")
                              : r.target.host + QLatin1Char(':') + QString::number(r.target.port);
    QString head;
    if (!r.fatalError.isEmpty())
        head = QCoreApplication::translate("Summary", "The check of %1 could not be completed: %2")
                   .arg(where, localized(r.fatalError));
    else if (problems == 0)
        head = QCoreApplication::translate("Summary", "No problems found on %1.").arg(where);
    else if (problems == 1)
        head = QCoreApplication::translate("Summary", "1 problem found on %1.").arg(where);
    else
        head = QCoreApplication::translate("Summary", "%1 problems found on %2.")
                   .arg(problems)
                   .arg(where);
    if (!r.software.isEmpty() && r.software != QLatin1String("unknown"))
        head += QLatin1Char(' ') + QCoreApplication::translate("Summary", "Server software: %1.")
                                       .arg(localized(r.software));
    return head;
}

QString providerMessage(const Report &r)
{
    QStringList out;
    out << QCoreApplication::translate("Summary", "Hello,") << QString();
    out << QCoreApplication::translate(
               "Summary",
               "I checked the mail server %1 (port %2, %3) with Mailscope on %4 and found:")
               .arg(r.target.host)
               .arg(r.target.port)
               .arg(r.target.implicitTls ? QStringLiteral("TLS") : QStringLiteral("STARTTLS"),
                    r.startedAt.isEmpty() ? QCoreApplication::translate("Summary", "today")
                                          : r.startedAt.left(16));
    out << QString();
    bool any = false;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Info) continue;
        out << QStringLiteral("- %1 [%2]").arg(localized(f.title), f.id);
        any = true;
    }
    if (!any) out << QCoreApplication::translate("Summary", "- no problems on the server side.");
    QStringList admin;
    for (const Advice &a : r.advice)
        if (a.forWhom == QLatin1String("server-admin"))
            admin << QStringLiteral("- %1: %2 (%3)")
                         .arg(localized(a.setting), localized(a.value), localized(a.reason));
    if (!admin.isEmpty())
        out << QString()
            << QCoreApplication::translate("Summary", "What could be changed on the server:")
            << admin;
    out << QString()
        << (r.secretsShown
                ? QCoreApplication::translate(
                      "Summary",
                      "Note: this run recorded passwords in its saved JSON report. Attach the "
                      "HTML or PDF report instead: those always mask them.")
                : QCoreApplication::translate(
                      "Summary",
                      "The full report with the protocol transcript is attached (passwords "
                      "removed)."))
        << QString() << QCoreApplication::translate("Summary", "Thank you.");
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
