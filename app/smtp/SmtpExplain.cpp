// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "smtp/SmtpExplain.h"
#include "i18n/Text.h"

#include <QRegularExpression>

namespace mailscope::smtp {

QString explainExtension(const QByteArray &ehloLine)
{
    const QList<QByteArray> parts = ehloLine.simplified().split(' ');
    const QByteArray k = parts.first().toUpper();
    const QString params = QString::fromLatin1(parts.mid(1).join(' '));
    if (k == "SIZE")
        return params.isEmpty() || params == QLatin1String("0")
                   ? translate("SmtpExplain", "announces message size limits (none given)")
                   : translate("SmtpExplain", "accepts messages up to %1 MB (RFC 1870)")
                         .arg(params.toDouble() / 1e6, 0, 'f', 1);
    if (k == "PIPELINING")
        return translate("SmtpExplain",
                         "lets the client send several commands at once without waiting "
                         "(RFC 2920)");
    if (k == "8BITMIME") return translate("SmtpExplain", "accepts 8-bit text bodies (RFC 6152)");
    if (k == "CHUNKING")
        return translate("SmtpExplain", "accepts messages in chunks with BDAT (RFC 3030)");
    if (k == "BINARYMIME")
        return translate("SmtpExplain", "accepts binary bodies with BDAT (RFC 3030)");
    if (k == "ENHANCEDSTATUSCODES")
        return translate("SmtpExplain", "adds precise x.y.z codes to its replies (RFC 2034)");
    if (k == "DSN")
        return translate("SmtpExplain",
                         "can send delivery status notifications on request (RFC 3461)");
    if (k == "SMTPUTF8")
        return translate("SmtpExplain", "accepts international (UTF-8) addresses (RFC 6531)");
    if (k == "STARTTLS") return translate("SmtpExplain", "can encrypt the connection (RFC 3207)");
    if (k == "AUTH" || k.startsWith("AUTH="))
        return translate("SmtpExplain", "accepts logins with %1 (RFC 4954)")
            .arg(params.isEmpty() ? QString::fromLatin1(k.mid(5)) : params);
    if (k == "VRFY") return translate("SmtpExplain", "answers address verification (VRFY)");
    if (k == "ETRN") return translate("SmtpExplain", "flushes queued mail on request (RFC 1985)");
    if (k == "DELIVERBY") return translate("SmtpExplain", "honours delivery deadlines (RFC 2852)");
    if (k == "REQUIRETLS")
        return translate("SmtpExplain", "can require TLS along the whole route (RFC 8689)");
    if (k == "XCLIENT" || k == "XFORWARD")
        return translate("SmtpExplain",
                         "lets trusted proxies pass on client details (Postfix extension)");
    return translate("SmtpExplain", "a server-specific extension");
}

QString explainReply(int code, const QByteArray &enhanced)
{
    static const struct
    {
        const char *code;
        const char *words;
    } kEnhanced[] = {
        {"2.7.0", "login accepted"},
        {"2.0.0", "OK"},
        {"2.1.0", "sender accepted"},
        {"2.1.5", "recipient accepted"},
        {"2.6.0", "message accepted for delivery"},
        {"4.7.0", "temporary problem with the login; try again later"},
        {"4.7.12", "a password change is required (RFC 4954)"},
        {"4.4.2", "the connection was idle too long"},
        {"4.3.0", "temporary problem on the server"},
        {"4.2.2", "the recipient's mailbox is full"},
        {"5.7.8", "the user name or password is wrong"},
        {"5.7.0", "not allowed: usually a login or encryption (TLS) is required first"},
        {"5.7.1", "not allowed: the server refuses to relay or rejects this sender"},
        {"5.7.9", "the login method is too weak for this server"},
        {"5.7.11", "encryption is required for this login method"},
        {"5.7.26", "the message failed sender authentication (SPF/DKIM/DMARC)"},
        {"5.5.1", "the server did not understand the command"},
        {"5.5.2", "the command's syntax is wrong"},
        {"5.5.4", "a command argument is invalid"},
        {"5.1.1", "no such recipient"},
        {"5.1.0", "the address is wrong"},
        {"5.3.4", "the message is too big"},
        {"5.4.4", "the destination cannot be reached"},
    };
    for (const auto &e : kEnhanced)
        if (enhanced == e.code) return QString::fromLatin1(e.words);
    switch (code) {
    case 220:
        return QStringLiteral("ready");
    case 221:
        return translate("SmtpExplain", "closing the connection");
    case 235:
        return translate("SmtpExplain", "login accepted");
    case 250:
        return QStringLiteral("OK");
    case 251:
        return translate("SmtpExplain", "not local; will forward");
    case 334:
        return translate("SmtpExplain", "go on with the login");
    case 354:
        return translate("SmtpExplain", "send the message");
    case 421:
        return translate("SmtpExplain",
                         "the server is closing the connection (busy or idle too long)");
    case 450:
        return translate("SmtpExplain", "mailbox temporarily unavailable");
    case 451:
        return translate("SmtpExplain", "temporary error on the server");
    case 452:
        return translate("SmtpExplain", "temporarily out of storage");
    case 454:
        return translate("SmtpExplain", "temporary failure: TLS or login not available now");
    case 500:
        return translate("SmtpExplain", "command not recognised");
    case 501:
        return translate("SmtpExplain", "bad arguments");
    case 502:
        return translate("SmtpExplain", "command not implemented");
    case 503:
        return translate("SmtpExplain", "commands in the wrong order");
    case 504:
        return translate("SmtpExplain", "parameter not implemented");
    case 530:
        return translate("SmtpExplain", "a login (or encryption) is required first");
    case 534:
        return translate("SmtpExplain", "the login method is too weak");
    case 535:
        return translate("SmtpExplain", "the user name or password is wrong");
    case 538:
        return translate("SmtpExplain", "encryption is required for this login method");
    case 550:
        return translate("SmtpExplain", "refused: no such mailbox or not allowed");
    case 552:
        return translate("SmtpExplain", "exceeded storage allocation or message too big");
    case 553:
        return translate("SmtpExplain", "mailbox name not allowed");
    case 554:
        return translate("SmtpExplain", "transaction failed / refused");
    default:
        break;
    }
    if (code >= 200 && code < 300) return QStringLiteral("success");
    if (code >= 400 && code < 500) return translate("SmtpExplain", "temporary failure");
    if (code >= 500) return translate("SmtpExplain", "permanent failure");
    return translate("SmtpExplain", "unexpected reply");
}

QString queueIdFromReply(const QByteArray &text)
{
    const QString t = QString::fromUtf8(text);
    static const QRegularExpression kPatterns[] = {
        QRegularExpression(translate("SmtpExplain", "queued as ([A-Za-z0-9]+)")),        // Postfix
        QRegularExpression(QStringLiteral("InternalId=([0-9]+)")),                       // Exchange
        QRegularExpression(QStringLiteral("id=([A-Za-z0-9-]+)")),                        // Exim
        QRegularExpression(translate("SmtpExplain", "([0-9A-Za-z]+) Message accepted")), // Sendmail
        QRegularExpression(QStringLiteral("<([^>]+)> \\[")),      // Exchange Online
        QRegularExpression(QStringLiteral("Ok: ([0-9a-f]{8,})")), // OpenSMTPD
    };
    for (const auto &re : kPatterns) {
        const auto m = re.match(t);
        if (m.hasMatch()) return m.captured(1);
    }
    return QString();
}

} // namespace mailscope::smtp
