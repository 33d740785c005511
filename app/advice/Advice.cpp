// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "advice/Advice.h"
#include "i18n/Text.h"
#include "probes/TlsInspect.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

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
            translate("Advice", "Account Settings > Server Settings > Connection security"),
            QStringLiteral("STARTTLS"),
            translate("Advice", "the server supports STARTTLS without announcing it; choosing it "
                                "explicitly makes Thunderbird encrypt instead of falling back"));
        add(r, QStringLiteral("outlook"),
            translate("Advice", "Account settings > Advanced > Use the following type of encrypted "
                                "connection"),
            translate("Advice", "STARTTLS (or SSL/TLS on port %1 if offered)").arg(tlsPort),
            translate("Advice",
                      "force encryption rather than relying on the announced capabilities"));
        add(r, QStringLiteral("server-admin"), translate("Advice", "capabilities"),
            translate("Advice", "announce STARTTLS"),
            translate("Advice",
                      "%1 accepts STARTTLS but does not list it in %2; RFC 3501 §6.2.1 / "
                      "RFC 3207 expect it to be announced so clients use it. For perdition, "
                      "check the capability string (--capability) includes STARTTLS.")
                .arg(host, imap ? QStringLiteral("CAPABILITY") : QStringLiteral("EHLO")));
    }
    if (r.finding(QStringLiteral("starttls.missing"))) {
        add(r, QStringLiteral("user"), translate("Advice", "Connection security"),
            translate("Advice", "SSL/TLS on port %1").arg(tlsPort),
            translate("Advice", "the plain port cannot be encrypted; try the TLS port"));
        add(r, QStringLiteral("server-admin"), QStringLiteral("STARTTLS"), QStringLiteral("enable"),
            translate("Advice", "%1 port %2 refused STARTTLS, so passwords travel in the clear")
                .arg(host)
                .arg(r.target.port));
    }
    if (const Finding *f = r.finding(QStringLiteral("starttls.injection"))) {
        add(r, QStringLiteral("server-admin"), QStringLiteral("STARTTLS"),
            translate("Advice", "send nothing after the STARTTLS reply until TLS is up"),
            translate("Advice",
                      "%1 bytes arrived after the STARTTLS reply and before the handshake; "
                      "if your server did not send them, something on the path injects "
                      "data (see the transcript evidence)")
                .arg(f->data.value(QStringLiteral("bytes")).toInt()));
        add(r, QStringLiteral("user"), translate("Advice", "Connection security"),
            translate("Advice", "SSL/TLS on port %1").arg(tlsPort),
            translate("Advice", "implicit TLS is not exposed to STARTTLS injection"));
    }
    if (const Finding *f = r.finding(QStringLiteral("tls.certificate"))) {
        const QString sha = f->data.value(QStringLiteral("sha256")).toString();
        // Only a certificate that could not be verified needs the user's word (one that is
        // merely expiring soon is trusted as it is).
        const bool unverified = !f->data.value(QStringLiteral("errors")).toArray().isEmpty() ||
                                !f->data.value(QStringLiteral("problem_kinds")).toArray().isEmpty();
        if (unverified && !f->data.value(QStringLiteral("accepted")).toBool())
            add(r, QStringLiteral("user"), translate("Advice", "mailscope-cli --accept-cert"), sha,
                translate("Advice",
                          "only after your provider confirmed this fingerprint by another "
                          "channel (phone, their web site)"));
        const QString brief =
            certProblemsBrief(f->data.value(QStringLiteral("problems")).toArray());
        add(r, QStringLiteral("server-admin"), translate("Advice", "TLS certificate"),
            translate("Advice", "a certificate from a trusted CA covering %1").arg(host),
            unverified ? translate("Advice", "clients warn or refuse: %1").arg(brief)
                       : translate("Advice", "renew it in time: %1").arg(brief));
    }
    if (r.finding(QStringLiteral("tls.chain-incomplete")))
        add(r, QStringLiteral("server-admin"), translate("Advice", "certificate chain"),
            translate("Advice", "send the intermediate certificate(s) along with the server's "
                                "own (a full-chain file: Dovecot ssl_cert, Postfix "
                                "smtpd_tls_chain_files)"),
            translate("Advice", "clients that do not happen to have the intermediate cached "
                                "refuse the connection"));
    if (r.finding(QStringLiteral("tls.weak-certificate")))
        add(r, QStringLiteral("server-admin"), translate("Advice", "TLS certificate"),
            translate("Advice", "a new certificate: RSA of 2048 bits or more, or ECDSA, signed "
                                "with SHA-256"),
            translate("Advice", "current systems refuse SHA-1 signatures and short keys"));
    if (const Finding *f = r.finding(QStringLiteral("tls.protocol"))) {
        add(r, QStringLiteral("server-admin"), translate("Advice", "TLS versions"),
            translate("Advice", "enable TLS 1.2 and 1.3 (Dovecot: ssl_min_protocol = TLSv1.2; "
                                "Postfix: smtpd_tls_protocols = >=TLSv1.2)"),
            translate("Advice", "%1 speaks only %2, which current mail programs refuse")
                .arg(host, tlsVersionWords(f->data.value(QStringLiteral("protocol")).toString())));
        add(r, QStringLiteral("user"), translate("Advice", "TLS minimum of your mail program"),
            translate("Advice", "leave it as it is"),
            translate("Advice", "lowering it exposes your password to attacks on the old "
                                "versions; the provider has to fix the server"));
    }
    if (const Finding *f = r.finding(QStringLiteral("tls.handshake"))) {
        add(r, QStringLiteral("server-admin"),
            translate("Advice", "TLS on port %1")
                .arg(f->data.value(QStringLiteral("port")).toInt()),
            translate("Advice", "a working TLS setup: a valid certificate and key, TLS 1.2 and "
                                "1.3 with current ciphers"),
            translate("Advice", "encryption cannot be set up with %1: %2")
                .arg(host, f->data.value(QStringLiteral("words")).toString()));
        add(r, QStringLiteral("user"), translate("Advice", "Connection security"),
            translate("Advice", "the provider's other encrypted way in, if there is one (SSL/TLS "
                                "on port %1, or STARTTLS on the plain port)")
                .arg(tlsPort),
            translate("Advice", "this port's encryption cannot be set up; never switch to no "
                                "encryption instead"));
    }
    if (r.finding(QStringLiteral("auth.cleartext"))) {
        add(r, QStringLiteral("thunderbird"),
            translate("Advice", "Account Settings > Server Settings > Connection security"),
            translate("Advice", "SSL/TLS (port %1) or STARTTLS; never \"None\"").arg(tlsPort),
            translate("Advice", "the server accepts passwords before encryption"));
        add(r, QStringLiteral("server-admin"), translate("Advice", "logins before TLS"),
            imap ? translate("Advice", "refuse them (Dovecot: disable_plaintext_auth = yes; "
                                       "announce LOGINDISABLED before STARTTLS)")
                 : translate("Advice", "refuse them (Postfix: smtpd_tls_auth_only = yes)"),
            translate("Advice", "the server accepts passwords on the unencrypted connection"));
    }
    if (const Finding *f = r.finding(QStringLiteral("idle.timeout"))) {
        const double c = f->data.value(QStringLiteral("seconds")).toDouble();
        const QString kind = f->data.value(QStringLiteral("close")).toString();
        // Stay comfortably inside the cutoff: 80 % of it, in the units each program uses.
        const int safeSeconds = std::max(5, int(c * 0.8));
        const int safeMinutes = std::max(1, safeSeconds / 60);
        const QString cut =
            translate("Advice", "the server cuts idle connections after about %1 s").arg(qRound(c));
        if (!imap) {
            add(r, QStringLiteral("server-admin"), translate("Advice", "smtpd idle timeout"),
                translate("Advice", "at least 300 s (Postfix: smtpd_timeout)"),
                translate("Advice",
                          "SMTP sessions on %1 end after about %2 s idle (%3); RFC 5321 "
                          "§4.5.3.2 asks servers to wait at least 5 minutes between commands")
                    .arg(host)
                    .arg(qRound(c))
                    .arg(kind));
        } else {
            add(r, QStringLiteral("thunderbird"),
                QStringLiteral("mail.server.serverN.max_cached_connections"), QStringLiteral("1"),
                translate("Advice", "%1; one cached connection, kept busy, is not left to go stale")
                    .arg(cut));
            add(r, QStringLiteral("thunderbird"), QStringLiteral("mail.server.serverN.check_time"),
                QString::number(safeMinutes),
                safeSeconds >= 60
                    ? translate(
                          "Advice",
                          "%1; checking every %2 minute(s) uses the connection before it is cut")
                          .arg(cut)
                          .arg(safeMinutes)
                    : translate("Advice",
                                "%1, less than Thunderbird's shortest interval (1 minute): expect "
                                "reconnects; ask the provider to raise the limit")
                          .arg(cut));
            add(r, QStringLiteral("thunderbird"), QStringLiteral("mail.server.serverN.timeout"),
                QString::number(std::min(29, safeMinutes)),
                translate("Advice", "%1; minutes before Thunderbird re-issues IDLE or treats the "
                                    "connection as stale (at most 29, RFC 2177)")
                    .arg(cut));
            const QJsonValue helps = f->data.value(QStringLiteral("keepalive_helps"));
            if (helps.isBool() && helps.toBool())
                add(r, QStringLiteral("thunderbird"),
                    QStringLiteral("mail.imap.tcp_keepalive.enabled"),
                    translate("Advice", "true (mail.imap.tcp_keepalive.idle_time = %1)")
                        .arg(std::max(10, int(c / 2))),
                    translate("Advice",
                              "a connection with TCP keepalives stayed alive past the cutoff: "
                              "something on the path only counts packets"));
            else if (helps.isBool())
                add(r, QStringLiteral("thunderbird"), QStringLiteral("mail.imap.tcp_keepalive.*"),
                    translate("Advice", "no change (does not help)"),
                    translate("Advice",
                              "a connection with TCP keepalives was cut too: the limit is the "
                              "server's own timer, only real IMAP traffic resets it"));
            add(r, QStringLiteral("offlineimap"), QStringLiteral("keepalive"),
                QString::number(safeSeconds),
                translate("Advice", "%1; send a NOOP before that").arg(cut));
            add(r, QStringLiteral("offlineimap"), QStringLiteral("holdconnectionopen"),
                QStringLiteral("yes"),
                translate("Advice",
                          "with keepalive, keeps one connection in use instead of reopening"));
            add(r, QStringLiteral("offlineimap"), QStringLiteral("maxconnections"),
                QStringLiteral("1"), translate("Advice", "fewer idle connections to be cut"));
            QString note =
                translate("Advice", "Idle IMAP sessions on %1 end after about %2 s (%3). RFC 3501 "
                                    "§5.4 requires an autologout timer of at least 30 minutes, "
                                    "and RFC 2177 lets clients stay in IDLE for 29 minutes.")
                    .arg(host)
                    .arg(qRound(c))
                    .arg(kind);
            const QJsonObject states = f->data.value(QStringLiteral("states")).toObject();
            if (!states.isEmpty()) {
                QStringList parts;
                for (auto it = states.begin(); it != states.end(); ++it)
                    parts << it.key() + QLatin1Char('=') + it.value().toString();
                note = appendText(note, translate("Advice", " Ending by session state: %1.")
                                            .arg(joinTexts(parts, QStringLiteral(", "))));
            }
            QStringList ev;
            for (int e : f->evidence)
                ev << QLatin1Char('#') + QString::number(e);
            if (!ev.isEmpty())
                note = appendText(note, translate("Advice", " Evidence: transcript events %1.")
                                            .arg(joinTexts(ev, QStringLiteral(", "))));
            add(r, QStringLiteral("server-admin"), translate("Advice", "idle timeout"),
                translate("Advice", "at least 1800 s"), note);
        }
    }
    if (const Finding *f = r.finding(QStringLiteral("idle.silent-drop"))) {
        add(r, QStringLiteral("thunderbird"), QStringLiteral("mailnews.tcptimeout"),
            QStringLiteral("30"),
            translate("Advice",
                      "seconds before Thunderbird gives up on a connection that went silent "
                      "(default 100), so a hang is short"));
        add(r, QStringLiteral("offlineimap"), QStringLiteral("socktimeout"), QStringLiteral("60"),
            translate("Advice",
                      "a silently dropped connection fails in a minute instead of hanging"));
        add(r, QStringLiteral("mbsync"), QStringLiteral("Timeout"), QStringLiteral("30"),
            translate("Advice", "seconds before mbsync gives up on a silent server"));
        add(r, QStringLiteral("server-admin"), translate("Advice", "dropping idle sessions"),
            translate("Advice", "close them with a BYE or TCP FIN/RST"),
            translate("Advice",
                      "after %1 s idle (state: %2) the next command got no answer at all%3; "
                      "clients hang until their TCP timeout instead of reconnecting at once")
                .arg(f->data.value(QStringLiteral("after_seconds")).toDouble())
                .arg(f->data.value(QStringLiteral("state")).toString())
                .arg(f->data.value(QStringLiteral("unacked")).isBool()
                         ? (f->data.value(QStringLiteral("unacked")).toBool()
                                ? translate("Advice",
                                            " and was not even acknowledged by TCP (a firewall or "
                                            "load balancer dropping the flow)")
                                : translate("Advice", " although TCP acknowledged it"))
                         : QString()));
    }
    if (const Finding *f = r.finding(QStringLiteral("imap.pipelining-loss"))) {
        add(r, QStringLiteral("mbsync"), QStringLiteral("PipelineDepth"), QStringLiteral("1"),
            translate("Advice",
                      "send one command at a time; this server loses pipelined commands"));
        add(r, QStringLiteral("server-admin"), translate("Advice", "pipelined commands"),
            translate("Advice", "answer every command, also those in the same packet"),
            translate("Advice",
                      "commands sent after %1 in one packet were never answered (%2). RFC 3501 "
                      "§5.5 lets clients send commands without waiting; perdition 2.2 loses "
                      "what follows LOGIN")
                .arg(f->data.value(QStringLiteral("after")).toString(),
                     f->data.value(QStringLiteral("lost"))
                         .toVariant()
                         .toStringList()
                         .join(QStringLiteral(", "))));
    }
    if (r.finding(QStringLiteral("imap.untagged-during-login"))) {
        add(r, QStringLiteral("server-admin"),
            translate("Advice", "proxies in front of this server"),
            translate("Advice", "must accept untagged responses during login"),
            translate("Advice",
                      "the server sends untagged lines (e.g. \"* OK Waiting for authentication "
                      "process to respond..\") before its login reply; older nginx mail "
                      "proxies fail on them"));
    }
    if (const Finding *f = r.finding(QStringLiteral("smtp.pipelining-broken"))) {
        add(r, QStringLiteral("postfix"), QStringLiteral("smtp_discard_ehlo_keywords"),
            QStringLiteral("pipelining"),
            translate("Advice",
                      "stops Postfix from pipelining to any server; prefer the per-destination "
                      "map below"));
        add(r, QStringLiteral("postfix"), QStringLiteral("smtp_discard_ehlo_keyword_address_maps"),
            translate("Advice",
                      "hash:/etc/postfix/discard_ehlo, containing \"%1 pipelining\" (then "
                      "postmap it)")
                .arg(host),
            translate("Advice", "stops pipelining only towards %1, which loses pipelined replies")
                .arg(host));
        add(r, QStringLiteral("mail-client"), translate("Advice", "pipelining"),
            translate("Advice", "off, where the program has such a setting"),
            translate("Advice", "send one command at a time to this server"));
        QStringList ev;
        for (int e : f->evidence)
            ev << QLatin1Char('#') + QString::number(e);
        add(r, QStringLiteral("server-admin"), QStringLiteral("PIPELINING"),
            translate("Advice", "fix the server or proxy, or stop announcing PIPELINING"),
            translate("Advice",
                      "%1 announces PIPELINING, but MAIL FROM, RCPT TO, RSET and QUIT sent as one "
                      "group got %2 of 4 replies%3. RFC 2920 §3.2: a server MUST respond to "
                      "commands in the order received and MUST NOT flush or otherwise lose the "
                      "contents of the TCP input buffer. Evidence: transcript events %4.")
                .arg(host)
                .arg(f->data.value(QStringLiteral("received")).toInt())
                .arg(f->data.value(QStringLiteral("closed_early")).toBool()
                         ? translate("Advice", " before the connection was closed")
                         : QString())
                .arg(joinTexts(ev, QStringLiteral(", "))));
    }
    if (r.finding(QStringLiteral("smtp.helo-only")))
        add(r, QStringLiteral("server-admin"), QStringLiteral("EHLO"),
            translate("Advice", "support it"),
            translate("Advice",
                      "without EHLO there is no STARTTLS, AUTH or SIZE (RFC 5321 §4.1.1.1)"));
    if (const Finding *f = r.finding(QStringLiteral("auth.failed"))) {
        if (f->data.value(QStringLiteral("accepted_earlier")).toBool())
            // The same password got in earlier in the run: checking it is not the way out.
            add(r, QStringLiteral("server-admin"), translate("Advice", "logins per user"),
                translate("Advice", "check the limits on logins and connections per user"),
                translate("Advice", "%1 accepted the credentials, then refused them on another "
                                    "connection: %2")
                    .arg(host, f->data.value(QStringLiteral("reply")).toString()));
        else if (f->data.contains(QStringLiteral("oauth_error")))
            add(r, QStringLiteral("user"), QStringLiteral("sign-in"),
                translate("Advice",
                          "sign in again; if it keeps failing, ask IT to grant the app mail "
                          "access"),
                translate("Advice", "the server refused the token: %1")
                    .arg(f->data.value(QStringLiteral("reply")).toString()));
        else
            add(r, QStringLiteral("user"), QStringLiteral("password"),
                translate("Advice", "check it, or create an app password"),
                translate("Advice", "the server answered: %1")
                    .arg(f->data.value(QStringLiteral("reply")).toString()));
    }
    if (const Finding *f = r.finding(QStringLiteral("auth.unavailable"))) {
        // A temporary failure on the server's side: no password advice, it was not judged.
        const QString reply = f->data.value(QStringLiteral("reply")).toString();
        const QString code = f->data.value(QStringLiteral("response_code")).toString();
        const QString enhanced = f->data.value(QStringLiteral("enhanced_status")).toString();
        add(r, QStringLiteral("user"), translate("Advice", "login"),
            translate("Advice", "try again later"),
            translate("Advice", "the server could not check the login (%1); this says nothing "
                                "about the password")
                .arg(reply));
        add(r, QStringLiteral("server-admin"), translate("Advice", "authentication backend"),
            translate("Advice", "find out why it failed, and fix it"),
            translate("Advice", "%1 answered a login with %2, a temporary failure: %3")
                .arg(host,
                     code.isEmpty() || code.at(0).isDigit()
                         ? (enhanced.isEmpty() ? code : code + QLatin1Char(' ') + enhanced)
                         : QStringLiteral("[%1]").arg(code),
                     reply));
    }
    if (const Finding *f = r.finding(QStringLiteral("auth.bad-command"))) {
        add(r, QStringLiteral("server-admin"), f->data.value(QStringLiteral("method")).toString(),
            translate("Advice", "find out why the server (or a proxy) rejects it as invalid"),
            translate("Advice", "%1 answered a login with BAD, a protocol error: %2")
                .arg(host, f->data.value(QStringLiteral("reply")).toString()));
    }
    if (const Finding *f = r.finding(QStringLiteral("auth.modern-required"))) {
        const bool google =
            f->data.value(QStringLiteral("provider")).toString() == QLatin1String("google");
        const QString who = google ? QStringLiteral("Google") : QStringLiteral("Microsoft 365");
        add(r, QStringLiteral("thunderbird"),
            translate("Advice", "Account Settings > Server Settings > Authentication method"),
            QStringLiteral("OAuth2"),
            translate("Advice", "%1 takes no password over %2; Thunderbird then opens %1's sign-in "
                                "page")
                .arg(who, imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP")));
        add(r, QStringLiteral("outlook"), QStringLiteral("Account"),
            google
                ? translate("Advice", "remove it and add it again with \"Google\" (Outlook signs "
                                      "in with Google's page)")
                : translate("Advice", "remove it and add it again as a Microsoft 365 account "
                                      "(modern authentication), not as IMAP"),
            translate("Advice", "an IMAP account with a password cannot sign in to %1").arg(who));
        add(r, QStringLiteral("apple-mail"), translate("Advice", "Account type"),
            google ? QStringLiteral("Google") : QStringLiteral("Microsoft Exchange"),
            translate("Advice",
                      "these account types sign in through %1's page; a manual IMAP account "
                      "uses a password")
                .arg(who));
        if (google)
            add(r, QStringLiteral("user"), translate("Advice", "app password"),
                translate("Advice", "myaccount.google.com > Security > App passwords (needs 2-Step "
                                    "Verification)"),
                translate("Advice", "for mail programs that cannot sign in with Google"));
    }
}

} // namespace mailscope
