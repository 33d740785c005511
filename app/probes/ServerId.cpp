// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/ServerId.h"

#include <QRegularExpression>

namespace mailscope {

namespace {
struct Pattern
{
    const char *id;
    const char *product;
    const char *regex;
};

// Order matters: proxies first (they may pass a backend's name through), then the rest.
const Pattern kPatterns[] = {
    {"perdition", "perdition IMAP/POP3 proxy", R"(perdition|You are so in|logging out, mate)"},
    {"nginx", "nginx mail proxy", R"(\bnginx\b)"},
    {"gmail", "Gmail (Google)",
     R"(Gimap|GImap|gsmtp|mx\.google\.com|smtp\.gmail\.com|imap\.gmail\.com|Google, Inc)"},
    // Microsoft 365's front ends name themselves *.prod.outlook.com / outlook.office365.com,
    // in the greeting's bracketed (base64, UTF-16) server name or the SMTP banner.
    {"exchange-online", "Microsoft 365 (Exchange Online)",
     R"(\.prod\.outlook\.com|outlook\.office365\.com|\.protection\.outlook\.com|smtp\.office365\.com)"},
    {"exchange", "Microsoft Exchange",
     R"(Microsoft Exchange|Microsoft ESMTP MAIL Service|\bMSFT\b)"},
    {"dovecot", "Dovecot", R"(\bDovecot\b)"},
    {"courier", "Courier", R"(Courier-IMAP|\bCourier\b)"},
    {"cyrus", "Cyrus IMAP", R"(\bCyrus\b)"},
    {"zimbra", "Zimbra", R"(\bZimbra\b)"},
    {"uw-imap", "UW IMAP", R"(IMAP4rev1 20\d\d[a-z]?\.)"},
    {"postfix", "Postfix", R"(ESMTP Postfix|\bPostfix\b)"},
    {"exim", "Exim", R"(\bExim\b)"},
    {"sendmail", "Sendmail", R"(\bSendmail\b)"},
    {"opensmtpd", "OpenSMTPD", R"(\bOpenSMTPD\b)"},
    {"mailscope-demo", "Mailscope demo server", R"(Mailscope demo)"},
};
} // namespace

// Exchange's IMAP greeting ends with the back-end's name, base64 of UTF-16LE, in brackets:
// "[TQBOADIAUABSADAAMQ…]". Decoded, it says which Exchange it is.
static QString withDecodedNames(const QString &text)
{
    static const QRegularExpression bracket(QStringLiteral("\\[([A-Za-z0-9+/=]{16,400})\\]"));
    QString out = text;
    auto it = bracket.globalMatch(text);
    while (it.hasNext()) {
        const QByteArray raw = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        if (raw.size() < 8 || raw.size() % 2) continue;
        QString decoded;
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
            decoded += QChar(char16_t(uchar(raw[i]) | (uchar(raw[i + 1]) << 8)));
        bool printable = true;
        for (QChar c : decoded)
            printable = printable && c.isPrint();
        if (printable) out += QLatin1Char(' ') + decoded;
    }
    return out;
}

ServerIdentity identifyServer(const QStringList &textsIn, const QStringList &sources)
{
    ServerIdentity id;
    QStringList texts;
    for (const QString &t : textsIn)
        texts << withDecodedNames(t);
    for (const auto &p : kPatterns) {
        const QRegularExpression re(QString::fromLatin1(p.regex),
                                    QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < texts.size(); ++i) {
            const auto m = re.match(texts[i]);
            if (m.hasMatch()) {
                id.software = QString::fromLatin1(p.id);
                id.product = QString::fromLatin1(p.product);
                id.source = i < sources.size() ? sources[i] : QString();
                id.evidence = texts[i].left(200);
                return id;
            }
        }
    }
    return id;
}

} // namespace mailscope
