// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/ImapProbes.h"
#include "i18n/Text.h"

#include "session/Transcript.h"

#include <QJsonArray>

namespace mailscope {

namespace {
QString textOf(const imap::Response &r)
{
    QString s = QStringLiteral("* ");
    if (r.hasNumber) s += QString::number(r.number) + QLatin1Char(' ');
    s += QString::fromLatin1(r.name);
    if (!r.code.isEmpty()) s += QStringLiteral(" [%1]").arg(QString::fromLatin1(r.code));
    if (!r.text.isEmpty()) s += QLatin1Char(' ') + QString::fromUtf8(r.text);
    return s;
}
} // namespace

void UntaggedCheck::run(Context &ctx)
{
    if (!ctx.isImap()) {
        ctx.addCheck(id(), CheckStatus::Skipped, translate("ImapProbes", "IMAP only"));
        return;
    }
    const bool in = ctx.ensureLoggedIn();
    QJsonArray atGreeting, atLogin;
    for (const auto &r : ctx.greetUntagged)
        atGreeting.append(textOf(r));
    for (const auto &r : ctx.login.untagged)
        atLogin.append(textOf(r));
    if (atGreeting.isEmpty() && atLogin.isEmpty()) {
        if (!in)
            ctx.addCheck(id(), CheckStatus::Skipped,
                         translate("ImapProbes",
                                   "nothing after the greeting; the login part needs a "
                                   "login: %1")
                             .arg(ctx.loginBlockedReason()));
        else
            ctx.addCheck(id(), CheckStatus::Pass,
                         translate("ImapProbes",
                                   "no untagged responses after the greeting or before the "
                                   "login reply"));
        return;
    }
    Finding f;
    f.id = QStringLiteral("imap.untagged-during-login");
    f.severity = Severity::Info;
    f.title = translate("ImapProbes", "The server sends extra status lines while you log in");
    f.explanation =
        translate(
            "ImapProbes",
            "Before answering the login, the server sent untagged lines such as \"%1\". That is "
            "allowed, and Mailscope read past them without trouble, but proxies and simple clients "
            "that expect exactly one reply (older nginx mail proxies, for example) fail on them.")
            .arg((atLogin.isEmpty() ? atGreeting : atLogin).first().toString());
    f.data.insert(QStringLiteral("after_greeting"), atGreeting);
    f.data.insert(QStringLiteral("before_login_reply"), atLogin);
    f.evidence << ctx.greetingEvent << ctx.login.sendEvent << ctx.login.replyEvent;
    ctx.addFinding(f);
    ctx.addCheck(id(), CheckStatus::Pass,
                 translate("ImapProbes",
                           "%1 untagged line(s) after the greeting, %2 before the login reply; "
                           "parsed without trouble")
                     .arg(atGreeting.size())
                     .arg(atLogin.size()));
}

void PipeliningCheck::run(Context &ctx)
{
    if (!ctx.isImap()) {
        ctx.addCheck(id(), CheckStatus::Skipped, translate("ImapProbes", "IMAP only here"));
        return;
    }
    const DiagnoseOptions &o = ctx.options();
    if (!ctx.requireSecured(id())) return;
    if (!ctx.haveCredentials() || o.target.user.isEmpty()) {
        ctx.addCheck(id(), CheckStatus::Skipped,
                     translate("ImapProbes",
                               "needs a user name and a password or sign-in: it pipelines "
                               "commands right after the login"));
        return;
    }
    if (!ctx.secured && !o.allowPlaintextLogin) {
        ctx.addCheck(id(), CheckStatus::Skipped,
                     translate("ImapProbes",
                               "the connection is not encrypted; Mailscope will not send "
                               "the password in the clear"));
        return;
    }
    // The main session's login first: if it was refused, logging in again here would be the
    // retry Mailscope promises never to make.
    if (!ctx.ensureLoggedIn()) {
        ctx.addCheck(
            id(), CheckStatus::Skipped,
            translate("ImapProbes", "needs a working login: %1").arg(ctx.loginBlockedReason()));
        return;
    }
    Context::Side side = ctx.openSide();
    if (!side.ok()) {
        ctx.addCheck(id(), CheckStatus::Error, side.error);
        return;
    }
    imap::Session &s = *side.imap;
    // The login and two harmless commands in one write, as clients and proxies do (RFC 3501
    // §5.5): LOGIN with a password, AUTHENTICATE with its initial response (SASL-IR) with a
    // token.
    const QByteArray user = o.target.user.toUtf8();
    std::vector<imap::Command> group;
    const QByteArray bearer = ctx.bearerMechanism();
    if (bearer.isEmpty() && s.hasCapability("LOGINDISABLED")) {
        ctx.addCheck(id(), CheckStatus::Skipped, translate("ImapProbes", "LOGIN is disabled here"));
        return;
    }
    if (!bearer.isEmpty() && !s.hasCapability("SASL-IR")) {
        ctx.addCheck(id(), CheckStatus::Skipped,
                     translate("ImapProbes",
                               "a token login fits in one line only with SASL-IR, which the "
                               "server does not offer"));
        return;
    }
    // This login is a login of the run like any other: it asks the gate first.
    QString why;
    if (!ctx.mayLogIn(&why)) {
        ctx.addCheck(id(), CheckStatus::Skipped, why);
        return;
    }
    if (bearer.isEmpty()) {
        group.push_back(s.builder().build(
            "LOGIN", {imap::Arg::string(user), imap::Arg::secretString(o.password)}));
    } else {
        const QByteArray token = ctx.accessToken(&why);
        if (token.isEmpty()) {
            ctx.addCheck(id(), CheckStatus::Skipped, why);
            return;
        }
        const QByteArray ir =
            sasl::initialResponse(bearer, user, token, o.target.host, o.target.port).toBase64();
        group.push_back(
            s.builder().build("AUTHENTICATE", {imap::Arg::atom(bearer), imap::Arg::secretRaw(ir)}));
    }
    if (group.front().chunks.size() != 1) {
        ctx.addCheck(id(), CheckStatus::Skipped,
                     translate("ImapProbes",
                               "the password needs a synchronising literal: it cannot be "
                               "pipelined"));
        return;
    }
    group.push_back(s.builder().build("NOOP"));
    group.push_back(s.builder().build("CAPABILITY"));
    const int sendEvent = ctx.transcript()->size();
    std::vector<imap::Result> res = s.pipeline(group);
    ctx.loginGate().attempted(
        res[0].ok(), translate("ImapProbes", "pipelined login: %1").arg(res[0].describe()));
    if (!res[0].completed || !res[0].ok()) {
        // Judged as every login of the run is: refused, not checked now, or no answer.
        LoginFacts l;
        l.extraConnection = true;
        l.bearer = !bearer.isEmpty();
        l.method = bearer.isEmpty() ? QStringLiteral("LOGIN")
                                    : QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(bearer);
        noteAnswer(l, res[0]);
        const LoginVerdict v = loginFailure(ctx, l, side.conn.get());
        ctx.addFinding(v.finding);
        ctx.addCheck(
            id(), CheckStatus::Error,
            translate("ImapProbes", "the pipelined login failed: %1").arg(res[0].describe()));
        return;
    }
    QJsonArray lost;
    QList<int> evidence{sendEvent};
    for (size_t i = 1; i < res.size(); ++i)
        if (!res[i].completed) lost.append(QString::fromLatin1(group[i].tag + ' ' + group[i].verb));
    QString groupName = QStringLiteral("after-login");
    if (lost.isEmpty() && side.conn->isOpen()) {
        // Pipelining in general: four commands in one packet once logged in.
        std::vector<imap::Command> more;
        for (const char *verb : {"NOOP", "CAPABILITY", "NOOP", "NOOP"})
            more.push_back(s.builder().build(verb));
        evidence = {ctx.transcript()->size()};
        res = s.pipeline(more);
        for (size_t i = 0; i < res.size(); ++i)
            if (!res[i].completed)
                lost.append(QString::fromLatin1(more[i].tag + ' ' + more[i].verb));
        groupName = QStringLiteral("general");
        group = more;
    }
    if (side.conn->isOpen()) {
        side.imap->setSilenceMs(qMin(ctx.silenceMs(), 3000));
        side.imap->execute("LOGOUT");
        side.conn->close();
    }
    if (lost.isEmpty()) {
        ctx.addCheck(id(), CheckStatus::Pass,
                     translate("ImapProbes",
                               "every pipelined command was answered (after LOGIN and "
                               "after login)"));
        return;
    }
    if (side.conn->closeEventIndex() >= 0) evidence << side.conn->closeEventIndex();
    Finding f;
    f.id = QStringLiteral("imap.pipelining-loss");
    f.severity = Severity::Warning;
    f.title = groupName == QLatin1String("after-login")
                  ? translate("ImapProbes", "Commands sent together with the login are lost")
                  : translate("ImapProbes", "Commands sent together are lost");
    f.explanation =
        translate(
            "ImapProbes",
            "Mailscope sent %1 in one packet. The server never answered %2. A mail program that "
            "sends commands without waiting (pipelining) then hangs until it gives up. IMAP allows "
            "this (RFC 3501 §5.5); proxies such as perdition lose what follows LOGIN.")
            .arg(group.size())
            .arg(lost.size() == 1 ? lost.first().toString()
                                  : translate("ImapProbes", "%1 of them").arg(lost.size()));
    QJsonArray sent;
    for (const auto &c : group)
        sent.append(QString::fromLatin1(c.tag + ' ' + c.verb));
    f.data.insert(QStringLiteral("after"), groupName == QLatin1String("after-login")
                                               ? QStringLiteral("LOGIN")
                                               : QStringLiteral("NOOP"));
    f.data.insert(QStringLiteral("lost"), lost);
    f.data.insert(QStringLiteral("sent"), sent);
    f.data.insert(QStringLiteral("group"), groupName);
    f.evidence = evidence;
    ctx.addFinding(f);
    ctx.addCheck(id(), CheckStatus::Warn,
                 translate("ImapProbes", "%1 pipelined command(s) never answered (%2)")
                     .arg(lost.size())
                     .arg(groupName));
}

} // namespace mailscope
