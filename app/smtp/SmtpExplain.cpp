#include "smtp/SmtpExplain.h"

#include <QRegularExpression>

namespace mailscope::smtp {

QString explainExtension(const QByteArray &ehloLine)
{
    const QList<QByteArray> parts = ehloLine.simplified().split(' ');
    const QByteArray k = parts.first().toUpper();
    const QString params = QString::fromLatin1(parts.mid(1).join(' '));
    if (k == "SIZE")
        return params.isEmpty() || params == QLatin1String("0")
                   ? QStringLiteral("announces message size limits (none given)")
                   : QStringLiteral("accepts messages up to %1 MB (RFC 1870)")
                         .arg(params.toDouble() / 1e6, 0, 'f', 1);
    if (k == "PIPELINING")
        return QStringLiteral("lets the client send several commands at once without waiting "
                              "(RFC 2920)");
    if (k == "8BITMIME") return QStringLiteral("accepts 8-bit text bodies (RFC 6152)");
    if (k == "CHUNKING") return QStringLiteral("accepts messages in chunks with BDAT (RFC 3030)");
    if (k == "BINARYMIME") return QStringLiteral("accepts binary bodies with BDAT (RFC 3030)");
    if (k == "ENHANCEDSTATUSCODES")
        return QStringLiteral("adds precise x.y.z codes to its replies (RFC 2034)");
    if (k == "DSN")
        return QStringLiteral("can send delivery status notifications on request (RFC 3461)");
    if (k == "SMTPUTF8")
        return QStringLiteral("accepts international (UTF-8) addresses (RFC 6531)");
    if (k == "STARTTLS") return QStringLiteral("can encrypt the connection (RFC 3207)");
    if (k == "AUTH" || k.startsWith("AUTH="))
        return QStringLiteral("accepts logins with %1 (RFC 4954)")
            .arg(params.isEmpty() ? QString::fromLatin1(k.mid(5)) : params);
    if (k == "VRFY") return QStringLiteral("answers address verification (VRFY)");
    if (k == "ETRN") return QStringLiteral("flushes queued mail on request (RFC 1985)");
    if (k == "DELIVERBY") return QStringLiteral("honours delivery deadlines (RFC 2852)");
    if (k == "REQUIRETLS")
        return QStringLiteral("can require TLS along the whole route (RFC 8689)");
    if (k == "XCLIENT" || k == "XFORWARD")
        return QStringLiteral("lets trusted proxies pass on client details (Postfix extension)");
    return QStringLiteral("a server-specific extension");
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
        return QStringLiteral("closing the connection");
    case 235:
        return QStringLiteral("login accepted");
    case 250:
        return QStringLiteral("OK");
    case 251:
        return QStringLiteral("not local; will forward");
    case 334:
        return QStringLiteral("go on with the login");
    case 354:
        return QStringLiteral("send the message");
    case 421:
        return QStringLiteral("the server is closing the connection (busy or idle too long)");
    case 450:
        return QStringLiteral("mailbox temporarily unavailable");
    case 451:
        return QStringLiteral("temporary error on the server");
    case 452:
        return QStringLiteral("temporarily out of storage");
    case 454:
        return QStringLiteral("temporary failure: TLS or login not available now");
    case 500:
        return QStringLiteral("command not recognised");
    case 501:
        return QStringLiteral("bad arguments");
    case 502:
        return QStringLiteral("command not implemented");
    case 503:
        return QStringLiteral("commands in the wrong order");
    case 504:
        return QStringLiteral("parameter not implemented");
    case 530:
        return QStringLiteral("a login (or encryption) is required first");
    case 534:
        return QStringLiteral("the login method is too weak");
    case 535:
        return QStringLiteral("the user name or password is wrong");
    case 538:
        return QStringLiteral("encryption is required for this login method");
    case 550:
        return QStringLiteral("refused: no such mailbox or not allowed");
    case 552:
        return QStringLiteral("exceeded storage allocation or message too big");
    case 553:
        return QStringLiteral("mailbox name not allowed");
    case 554:
        return QStringLiteral("transaction failed / refused");
    default:
        break;
    }
    if (code >= 200 && code < 300) return QStringLiteral("success");
    if (code >= 400 && code < 500) return QStringLiteral("temporary failure");
    if (code >= 500) return QStringLiteral("permanent failure");
    return QStringLiteral("unexpected reply");
}

QString queueIdFromReply(const QByteArray &text)
{
    const QString t = QString::fromUtf8(text);
    static const QRegularExpression kPatterns[] = {
        QRegularExpression(QStringLiteral("queued as ([A-Za-z0-9]+)")),        // Postfix
        QRegularExpression(QStringLiteral("InternalId=([0-9]+)")),             // Exchange
        QRegularExpression(QStringLiteral("id=([A-Za-z0-9-]+)")),              // Exim
        QRegularExpression(QStringLiteral("([0-9A-Za-z]+) Message accepted")), // Sendmail
        QRegularExpression(QStringLiteral("<([^>]+)> \\[")),                   // Exchange Online
        QRegularExpression(QStringLiteral("Ok: ([0-9a-f]{8,})")),              // OpenSMTPD
    };
    for (const auto &re : kPatterns) {
        const auto m = re.match(t);
        if (m.hasMatch()) return m.captured(1);
    }
    return QString();
}

} // namespace mailscope::smtp
