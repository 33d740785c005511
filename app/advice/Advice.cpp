#include "advice/Advice.h"

namespace mailscope {

namespace {
void add(Report &r, const QString &who, const QString &setting, const QString &value,
         const QString &reason)
{
    for (const auto &a : r.advice)
        if (a.forWhom == who && a.setting == setting) return;
    r.advice.append({who, setting, value, reason});
}
} // namespace

void addAdvice(Report &r)
{
    const bool imap = r.target.protocol == Protocol::Imap;
    const QString host = r.target.host;
    const QString tlsPort = imap ? QStringLiteral("993") : QStringLiteral("465");

    if (const Finding *f = r.finding(QStringLiteral("starttls.unadvertised"))) {
        Q_UNUSED(f);
        add(r, QStringLiteral("thunderbird"),
            QStringLiteral("Account Settings > Server Settings > Connection security"),
            QStringLiteral("STARTTLS"),
            QStringLiteral("the server supports STARTTLS without announcing it; choosing it "
                           "explicitly makes Thunderbird encrypt instead of falling back"));
        add(r, QStringLiteral("outlook"),
            QStringLiteral("Account settings > Advanced > Use the following type of encrypted "
                           "connection"),
            QStringLiteral("STARTTLS (or SSL/TLS on port %1 if offered)").arg(tlsPort),
            QStringLiteral("force encryption rather than relying on the announced capabilities"));
        add(r, QStringLiteral("server-admin"), QStringLiteral("capabilities"),
            QStringLiteral("announce STARTTLS"),
            QStringLiteral("%1 accepts STARTTLS but does not list it in %2; RFC 3501 §6.2.1 / "
                           "RFC 3207 expect it to be announced so clients use it. For perdition, "
                           "check the capability string (--capability) includes STARTTLS.")
                .arg(host, imap ? QStringLiteral("CAPABILITY") : QStringLiteral("EHLO")));
    }
    if (r.finding(QStringLiteral("starttls.missing"))) {
        add(r, QStringLiteral("user"), QStringLiteral("Connection security"),
            QStringLiteral("SSL/TLS on port %1").arg(tlsPort),
            QStringLiteral("the plain port cannot be encrypted; try the TLS port"));
        add(r, QStringLiteral("server-admin"), QStringLiteral("STARTTLS"), QStringLiteral("enable"),
            QStringLiteral("%1 port %2 refused STARTTLS, so passwords travel in the clear")
                .arg(host)
                .arg(r.target.port));
    }
    if (const Finding *f = r.finding(QStringLiteral("starttls.injection"))) {
        add(r, QStringLiteral("server-admin"), QStringLiteral("STARTTLS"),
            QStringLiteral("send nothing after the STARTTLS reply until TLS is up"),
            QStringLiteral("%1 bytes arrived after the STARTTLS reply and before the handshake; "
                           "if your server did not send them, something on the path injects "
                           "data (see the transcript evidence)")
                .arg(f->data.value(QStringLiteral("bytes")).toInt()));
        add(r, QStringLiteral("user"), QStringLiteral("Connection security"),
            QStringLiteral("SSL/TLS on port %1").arg(tlsPort),
            QStringLiteral("implicit TLS is not exposed to STARTTLS injection"));
    }
    if (const Finding *f = r.finding(QStringLiteral("tls.certificate"))) {
        const QString sha = f->data.value(QStringLiteral("sha256")).toString();
        if (!f->data.value(QStringLiteral("accepted")).toBool())
            add(r, QStringLiteral("user"), QStringLiteral("mailscope-cli --accept-cert"), sha,
                QStringLiteral("only after your provider confirmed this fingerprint by another "
                               "channel (phone, their web site)"));
        add(r, QStringLiteral("server-admin"), QStringLiteral("TLS certificate"),
            QStringLiteral("a certificate from a trusted CA covering %1").arg(host),
            QStringLiteral("clients warn or refuse: %1")
                .arg(f->data.value(QStringLiteral("errors"))
                         .toVariant()
                         .toStringList()
                         .join(QStringLiteral("; "))));
    }
    if (r.finding(QStringLiteral("auth.cleartext"))) {
        add(r, QStringLiteral("thunderbird"),
            QStringLiteral("Account Settings > Server Settings > Connection security"),
            QStringLiteral("SSL/TLS (port %1) or STARTTLS; never \"None\"").arg(tlsPort),
            QStringLiteral("the server accepts passwords before encryption"));
        add(r, QStringLiteral("server-admin"), QStringLiteral("logins before TLS"),
            imap ? QStringLiteral("refuse them (Dovecot: disable_plaintext_auth = yes; "
                                  "announce LOGINDISABLED before STARTTLS)")
                 : QStringLiteral("refuse them (Postfix: smtpd_tls_auth_only = yes)"),
            QStringLiteral("the server accepts passwords on the unencrypted connection"));
    }
    if (const Finding *f = r.finding(QStringLiteral("auth.failed"))) {
        add(r, QStringLiteral("user"), QStringLiteral("password"),
            QStringLiteral("check it, or create an app password"),
            QStringLiteral("the server answered: %1")
                .arg(f->data.value(QStringLiteral("reply")).toString()));
    }
}

} // namespace mailscope
