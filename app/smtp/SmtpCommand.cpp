// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "smtp/SmtpCommand.h"
#include "i18n/Text.h"

namespace mailscope::smtp {

namespace {
QString badChars(const QByteArray &v, const char *what)
{
    for (char c : v)
        if (c == '\r' || c == '\n' || c == '\0')
            return translate("SmtpCommand", "%1 contains a line break or NUL")
                .arg(QLatin1String(what));
    return {};
}

CommandLine make(const QByteArray &line, const QString &err)
{
    CommandLine c;
    c.error = err;
    if (err.isEmpty()) {
        c.wire = line;
        c.display = line;
    }
    return c;
}

CommandLine path(const char *verb, const QByteArray &address, const QList<QByteArray> &params)
{
    QString err = badChars(address, "address");
    if (err.isEmpty() && (address.contains('<') || address.contains('>') || address.contains(' ')))
        err = translate("SmtpCommand", "address must not contain '<', '>' or spaces");
    QByteArray line = QByteArray(verb) + ":<" + address + '>';
    for (const auto &p : params) {
        if (err.isEmpty()) err = badChars(p, "parameter");
        if (err.isEmpty() && p.contains(' '))
            err = translate("SmtpCommand", "parameter must not contain spaces");
        line += ' ' + p;
    }
    return make(line, err);
}
} // namespace

CommandLine ehlo(const QByteArray &domain)
{
    QString err = badChars(domain, "domain");
    if (err.isEmpty() && (domain.isEmpty() || domain.contains(' ')))
        err = translate("SmtpCommand", "EHLO needs one domain or address literal");
    return make("EHLO " + domain, err);
}

CommandLine helo(const QByteArray &domain)
{
    CommandLine c = ehlo(domain);
    if (c.ok()) c.wire = c.display = "HELO " + domain;
    return c;
}

CommandLine mailFrom(const QByteArray &address, const QList<QByteArray> &params)
{
    return path("MAIL FROM", address, params);
}

CommandLine rcptTo(const QByteArray &address, const QList<QByteArray> &params)
{
    return path("RCPT TO", address, params);
}

CommandLine simple(const QByteArray &verb)
{
    const QByteArray v = verb.toUpper();
    static const QList<QByteArray> known = {"RSET", "QUIT", "NOOP", "DATA", "STARTTLS"};
    return make(v,
                known.contains(v)
                    ? QString()
                    : translate("SmtpCommand", "unknown command %1").arg(QString::fromLatin1(v)));
}

} // namespace mailscope::smtp
