// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/Report.h"
#include "i18n/Text.h"

namespace mailscope {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString checkStatusName(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

// The URL as typed, with anything after a ':' in the user part blanked: error messages echo
// what was typed, and a mistyped URL may still hold a password.
static QString withoutPassword(const QString &text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    // The last '@': a password may itself hold '@' or '/'. Blanking too much is harmless.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < start) return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at) return text;
    return text.left(colon) + QStringLiteral(":***") + text.mid(at);
}

QString Target::parse(const QString &text, Target *out)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return translate("Report", "'%1' is not a valid server URL (expected for example "
                                   "imap://user@mail.example.net)")
            .arg(withoutPassword(text));
    Target t;
    t.scheme = url.scheme().toLower();
    if (t.scheme == QLatin1String("imap")) {
        t.protocol = Protocol::Imap;
        t.port = 143;
    } else if (t.scheme == QLatin1String("imaps")) {
        t.protocol = Protocol::Imap;
        t.port = 993;
        t.implicitTls = true;
    } else if (t.scheme == QLatin1String("smtp")) {
        t.protocol = Protocol::Smtp;
        t.port = 25;
    } else if (t.scheme == QLatin1String("submission")) {
        t.protocol = Protocol::Smtp;
        t.port = 587;
    } else if (t.scheme == QLatin1String("smtps")) {
        t.protocol = Protocol::Smtp;
        t.port = 465;
        t.implicitTls = true;
    } else {
        return translate("Report",
                         "unknown scheme '%1': use imap, imaps, smtp, submission or smtps")
            .arg(t.scheme);
    }
    if (!url.password().isEmpty())
        return translate("Report",
                         "do not put a password in the URL: it would show in process lists "
                         "and shell history; use --password-env, --password-file or "
                         "--ask-password");
    // Port 0 would quietly become the default port; a query or fragment means nothing to a
    // mail server (and is not echoed: it could hold what was meant as a password).
    if (url.hasQuery() || url.hasFragment())
        return translate("Report", "a server URL has no part after '?' or '#'; give only "
                                   "scheme://user@host:port");
    if (url.port() == 0)
        return translate("Report", "port 0 in '%1' is not a port a server can listen on")
            .arg(withoutPassword(text));
    if (url.port() > 0) t.port = quint16(url.port());
    t.host = url.host();
    t.user = url.userName();
    QUrl clean = url;
    clean.setPassword(QString());
    clean.setPath(QString());
    t.url = clean.toString();
    *out = t;
    return {};
}

bool Report::hasFinding(const QString &id) const
{
    return finding(id) != nullptr;
}

const Finding *Report::finding(const QString &id) const
{
    for (const auto &f : findings)
        if (f.id == id) return &f;
    return nullptr;
}

int Report::exitCode() const
{
    if (!fatalError.isEmpty()) return 2;
    // A check that could not be carried out means the run did not really happen.
    for (const auto &c : checks)
        if (c.status == CheckStatus::Error) return 2;
    for (const auto &f : findings)
        if (f.severity != Severity::Info) return 1;
    return 0;
}

Report localizedReport(const Report &r)
{
    Report out = r;
    out.software = localized(r.software);
    out.fatalError = localized(r.fatalError);
    for (auto &c : out.checks)
        c.summary = localized(c.summary);
    for (auto &f : out.findings) {
        f.title = localized(f.title);
        f.explanation = localized(f.explanation);
    }
    for (auto &a : out.advice) {
        a.setting = localized(a.setting);
        a.value = localized(a.value);
        a.reason = localized(a.reason);
    }
    return out;
}

} // namespace mailscope
