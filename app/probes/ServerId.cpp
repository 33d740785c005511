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
    {"gmail", "Gmail", R"(Gimap|gsmtp|mx\.google\.com|smtp\.gmail\.com|imap\.gmail\.com)"},
    {"exchange", "Microsoft Exchange",
     R"(Microsoft Exchange|Microsoft ESMTP MAIL Service|\bMSFT\b|outlook\.office365\.com)"},
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

ServerIdentity identifyServer(const QStringList &texts, const QStringList &sources)
{
    ServerIdentity id;
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
