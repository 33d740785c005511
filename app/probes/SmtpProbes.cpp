// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/SmtpProbes.h"
#include "i18n/Text.h"

#include "session/Transcript.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpExplain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace mailscope {

namespace {

QJsonArray explained(const QList<QByteArray> &lines)
{
    QJsonArray out;
    for (const auto &l : lines) {
        const QList<QByteArray> parts = l.simplified().split(' ');
        out.append(
            QJsonObject{{QStringLiteral("keyword"), QString::fromLatin1(parts.first().toUpper())},
                        {QStringLiteral("params"), QString::fromLatin1(parts.mid(1).join(' '))},
                        {QStringLiteral("meaning"), smtp::explainExtension(l)}});
    }
    return out;
}

QJsonArray codes(const std::vector<smtp::Result> &rs)
{
    QJsonArray a;
    for (const auto &r : rs)
        if (r.completed) a.append(r.reply.code);
    return a;
}

QByteArray senderFor(const DiagnoseOptions &o)
{
    if (!o.mailFrom.isEmpty()) return o.mailFrom;
    if (o.target.user.contains(QLatin1Char('@'))) return o.target.user.toUtf8();
    return {};
}

void closeSide(Context::Side &side)
{
    if (side.conn && side.conn->isOpen()) {
        side.smtp->command("QUIT");
        if (side.conn->isOpen()) side.conn->close();
    }
}

} // namespace

void SmtpEhloCheck::run(Context &ctx)
{
    ctx.ensureSecured();
    // Not greeted means no EHLO (nor HELO) answer at all: nothing to pass.
    if (!ctx.ensureGreeted() ||
        (!ctx.smtp && ctx.capsBefore.isEmpty() && ctx.capsAfterTls.isEmpty())) {
        ctx.addCheck(id(), CheckStatus::Error, ctx.unreachableReason());
        return;
    }
    if (ctx.heloOnly) {
        Finding f;
        f.id = QStringLiteral("smtp.helo-only");
        f.severity = Severity::Warning;
        f.title = translate("SmtpProbes", "The server only speaks old-style SMTP (HELO)");
        f.explanation = translate(
            "SmtpProbes",
            "It refused EHLO, so it offers no extensions: no encryption (STARTTLS), no login "
            "(AUTH), no size announcement. Current mail programs expect EHLO.");
        f.evidence << ctx.ehloReplyEvent;
        ctx.addFinding(f);
        ctx.addCheck(id(), CheckStatus::Warn,
                     translate("SmtpProbes", "EHLO refused; HELO accepted"));
        return;
    }
    const QList<QByteArray> &now = ctx.capsAfterTls.isEmpty() ? ctx.capsBefore : ctx.capsAfterTls;
    Finding f;
    f.id = QStringLiteral("smtp.extensions");
    f.severity = Severity::Info;
    f.title = translate("SmtpProbes", "What the mail server offers");
    QStringList words;
    for (const auto &l : now)
        words << translate("SmtpProbes", "%1 (%2)")
                     .arg(QString::fromLatin1(l.simplified().split(' ').first()),
                          smtp::explainExtension(l));
    f.explanation =
        words.isEmpty()
            ? translate("SmtpProbes", "No extensions.")
            : translate("SmtpProbes", "%1.").arg(joinTexts(words, QStringLiteral("; ")));
    f.data.insert(QStringLiteral("before_tls"), explained(ctx.capsBefore));
    f.data.insert(QStringLiteral("after_tls"), explained(ctx.capsAfterTls));
    f.evidence << ctx.ehloReplyEvent;
    ctx.addFinding(f);
    QStringList keys;
    for (const auto &l : now)
        keys << QString::fromLatin1(l.simplified().split(' ').first().toUpper());
    ctx.addCheck(id(), CheckStatus::Pass,
                 translate("SmtpProbes", "EHLO answered in %1 ms; %2")
                     .arg(ctx.ehloLatencyUs / 1000.0, 0, 'f', 1)
                     .arg(keys.isEmpty() ? translate("SmtpProbes", "no extensions")
                                         : joinTexts(keys, QLatin1Char(' '))));
}

void SmtpPipeliningCheck::run(Context &ctx)
{
    if (!ctx.requireSecured(id())) return;
    if (!ctx.smtp || !ctx.smtp->hasExtension("PIPELINING")) {
        ctx.addCheck(id(), CheckStatus::Skipped,
                     translate("SmtpProbes", "the server does not offer PIPELINING"));
        return;
    }
    const DiagnoseOptions &o = ctx.options();
    const QByteArray rcpt = o.sendTo.isEmpty() ? QByteArrayLiteral("postmaster") : o.sendTo;
    const QList<smtp::CommandLine> cmds = {smtp::mailFrom(senderFor(o)), smtp::rcptTo(rcpt),
                                           smtp::simple("RSET"), smtp::simple("QUIT")};
    QList<QByteArray> lines;
    for (const auto &c : cmds) {
        if (!c.ok()) {
            ctx.addCheck(id(), CheckStatus::Error, c.error);
            return;
        }
        lines << c.wire;
    }
    // Once in lock-step: the replies a conforming server gives.
    Context::Side a = ctx.openSmtpSide();
    if (!a.ok()) {
        ctx.addCheck(id(), CheckStatus::Error, a.error);
        return;
    }
    std::vector<smtp::Result> lock;
    for (const auto &l : lines) {
        lock.push_back(a.smtp->command(l));
        if (!lock.back().completed) break;
    }
    closeSide(a);
    // Once as one group, as RFC 2920 allows: MAIL, RCPT and RSET anywhere in a group, QUIT last.
    Context::Side b = ctx.openSmtpSide();
    if (!b.ok()) {
        ctx.addCheck(id(), CheckStatus::Error, b.error);
        return;
    }
    const int sendEvent = ctx.transcript()->size();
    const std::vector<smtp::Result> piped = b.smtp->pipeline(lines);
    const CloseKind closed = b.conn->closeKind();
    const int closeEvent = b.conn->closeEventIndex();
    if (b.conn->isOpen()) b.conn->close();
    const QJsonArray lockCodes = codes(lock);
    const QJsonArray pipedCodes = codes(piped);
    int received = 0;
    for (const auto &r : piped)
        received += r.completed ? 1 : 0;
    if (lockCodes.size() < 4) {
        ctx.addCheck(
            id(), CheckStatus::Error,
            translate("SmtpProbes", "the commands sent one by one did not all get replies (%1)")
                .arg(lock.back().describe()));
        return;
    }
    if (received == 4 && pipedCodes == lockCodes) {
        ctx.addCheck(id(), CheckStatus::Pass,
                     translate("SmtpProbes",
                               "MAIL/RCPT/RSET/QUIT pipelined: 4 replies in order, as in "
                               "lock-step"));
        return;
    }
    const bool closedEarly =
        received < 4 && (closed == CloseKind::ByPeerFin || closed == CloseKind::ByPeerReset ||
                         closed == CloseKind::ByPeerUnknown);
    // QUIT's 221 before the others' replies means the replies are out of order.
    bool outOfOrder = false;
    for (int i = 0; i < pipedCodes.size(); ++i)
        outOfOrder = outOfOrder || (pipedCodes[i].toInt() == 221 && i < 3);
    Finding f;
    f.id = QStringLiteral("smtp.pipelining-broken");
    f.severity = Severity::Error;
    f.title =
        translate("SmtpProbes", "The server announces PIPELINING but loses pipelined commands");
    QStringList got;
    for (const auto &c : pipedCodes)
        got << QString::number(c.toInt());
    f.explanation =
        translate("SmtpProbes",
                  "Sent one by one, MAIL FROM, RCPT TO, RSET and QUIT got four replies "
                  "(%1). Sent together, as PIPELINING allows, they got %2 (%3)%4%5. Mail "
                  "servers and programs that pipeline (Postfix does by default) then see "
                  "their mail fail or time out. RFC 2920 §3.2 requires a server to answer "
                  "in order and never lose input.")
            .arg(QString::number(lockCodes[0].toInt()) + QStringLiteral(", ") +
                 QString::number(lockCodes[1].toInt()) + QStringLiteral(", ") +
                 QString::number(lockCodes[2].toInt()) + QStringLiteral(", ") +
                 QString::number(lockCodes[3].toInt()))
            .arg(received)
            .arg(got.isEmpty() ? QStringLiteral("none") : joinTexts(got, QStringLiteral(", ")))
            .arg(closedEarly ? translate("SmtpProbes", ", then the server closed the connection")
                             : QString())
            .arg(outOfOrder ? translate("SmtpProbes", "; QUIT's reply came before the others'")
                            : QString());
    f.data.insert(QStringLiteral("expected"), 4);
    f.data.insert(QStringLiteral("received"), received);
    f.data.insert(QStringLiteral("closed_early"), closedEarly);
    f.data.insert(QStringLiteral("out_of_order"), outOfOrder);
    f.data.insert(QStringLiteral("group"),
                  QJsonArray{QStringLiteral("MAIL FROM"), QStringLiteral("RCPT TO"),
                             QStringLiteral("RSET"), QStringLiteral("QUIT")});
    f.data.insert(QStringLiteral("lockstep_replies"), lockCodes);
    f.data.insert(QStringLiteral("pipelined_replies"), pipedCodes);
    f.evidence << sendEvent;
    for (const auto &r : piped)
        if (r.replyEvent >= 0 && !f.evidence.contains(r.replyEvent)) f.evidence << r.replyEvent;
    if (closeEvent >= 0) f.evidence << closeEvent;
    ctx.addFinding(f);
    ctx.addCheck(
        id(), CheckStatus::Fail,
        translate("SmtpProbes", "pipelined MAIL/RCPT/RSET/QUIT: %1 of 4 replies%2")
            .arg(received)
            .arg(closedEarly ? translate("SmtpProbes", ", connection closed early") : QString()));
}

void SmtpSendCheck::run(Context &ctx)
{
    const DiagnoseOptions &o = ctx.options();
    if (o.sendTo.isEmpty()) {
        ctx.addCheck(
            id(), CheckStatus::Skipped,
            translate("SmtpProbes", "sends real mail, so only on request (--send-to ADDRESS)"));
        return;
    }
    if (!ctx.requireSecured(id())) return;
    const bool wantAuth = ctx.haveCredentials() && !o.target.user.isEmpty();
    if (wantAuth && !ctx.ensureLoggedIn()) {
        ctx.addCheck(
            id(), CheckStatus::Skipped,
            translate("SmtpProbes", "needs a working login: %1").arg(ctx.loginBlockedReason()));
        return;
    }
    Context::Side side = ctx.openSmtpSide();
    if (side.ok() && wantAuth) ctx.loginSide(side);
    if (!side.ok()) {
        ctx.addCheck(id(), CheckStatus::Error, side.error);
        return;
    }
    const QByteArray from = senderFor(o);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray messageId = "<" + uuid.toLatin1() + "@mailscope.invalid>";
    QByteArray msg;
    msg += "From: " + (from.isEmpty() ? QByteArray("<>") : "<" + from + ">") + "\r\n";
    msg += "To: <" + o.sendTo + ">\r\n";
    msg += "Subject: Mailscope test message " + uuid.left(8).toLatin1() + "\r\n";
    msg += "Date: " +
           QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         translate("SmtpProbes", "ddd, dd MMM yyyy HH:mm:ss +0000"))
               .toLatin1() +
           "\r\n";
    msg += "Message-ID: " + messageId + "\r\n";
    msg += "X-Mailscope-Test: " + uuid.toLatin1() + "\r\n";
    msg += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n";
    msg += "This message was sent by Mailscope to check that mail is accepted.\r\n";
    msg += "You can delete it.\r\n";
    // Dot-stuffing (RFC 5321 §4.5.2) is not needed for this text but kept honest.
    msg.replace("\r\n.", "\r\n..");

    const smtp::CommandLine mf = smtp::mailFrom(from), rt = smtp::rcptTo(o.sendTo);
    if (!mf.ok() || !rt.ok()) {
        ctx.addCheck(id(), CheckStatus::Error, mf.ok() ? rt.error : mf.error);
        return;
    }
    const bool pipelined = side.smtp->hasExtension("PIPELINING");
    const int sendEvent = ctx.transcript()->size();
    std::vector<smtp::Result> first, second;
    if (pipelined) {
        // The two groups RFC 2920 allows: MAIL, RCPT, DATA; then the message, ".", QUIT.
        first = side.smtp->pipeline({mf.wire, rt.wire, "DATA"});
        if (first.size() == 3 && first[2].completed && first[2].reply.code == 354)
            second = side.smtp->pipeline({msg + ".", "QUIT"});
    } else {
        first.push_back(side.smtp->command(mf.wire));
        if (first.back().ok()) first.push_back(side.smtp->command(rt.wire));
        if (first.back().ok()) first.push_back(side.smtp->command("DATA"));
        if (first.back().completed && first.back().reply.code == 354) {
            second.push_back(side.smtp->command(msg + "."));
            second.push_back(side.smtp->command("QUIT"));
        }
    }
    const int closeEvent = side.conn->closeEventIndex();
    if (side.conn->isOpen()) side.conn->close();
    int lost = 0;
    for (const auto &r : first)
        lost += r.completed ? 0 : 1;
    for (const auto &r : second)
        lost += r.completed ? 0 : 1;
    if (pipelined && lost > 0) {
        Finding f;
        f.id = QStringLiteral("smtp.pipelining-broken");
        f.severity = Severity::Error;
        f.title = translate("SmtpProbes",
                            "The server loses pipelined commands while accepting a message");
        f.explanation =
            translate("SmtpProbes", "While sending the test message as RFC 2920 allows, %1 "
                                    "repl(ies) never came.")
                .arg(lost);
        f.data.insert(QStringLiteral("expected"), int(first.size() + second.size()));
        f.data.insert(QStringLiteral("received"), int(first.size() + second.size()) - lost);
        f.data.insert(QStringLiteral("closed_early"), !side.conn->isOpen() && lost > 0);
        f.data.insert(QStringLiteral("group"),
                      QJsonArray{QStringLiteral("MAIL FROM"), QStringLiteral("RCPT TO"),
                                 QStringLiteral("DATA"), QStringLiteral("message"),
                                 QStringLiteral("QUIT")});
        f.evidence << sendEvent << closeEvent;
        ctx.addFinding(f);
    }
    const smtp::Result *final = second.empty() ? nullptr : &second.front();
    if (!final || !final->completed || final->reply.code != 250) {
        const smtp::Result &last = final ? *final : first.back();
        ctx.addCheck(
            id(), CheckStatus::Fail,
            translate("SmtpProbes", "the test message was not accepted: %1 (%2)")
                .arg(last.describe(), last.completed
                                          ? smtp::explainReply(last.reply.code, last.reply.enhanced)
                                          : translate("SmtpProbes", "no reply")));
        return;
    }
    const QString queueId = smtp::queueIdFromReply(final->reply.lines.join(' '));
    Finding f;
    f.id = QStringLiteral("smtp.test-message");
    f.severity = Severity::Info;
    f.title = translate("SmtpProbes", "A test message was accepted");
    f.explanation =
        translate("SmtpProbes",
                  "The server accepted a message from %1 to %2%3. Its Message-ID is "
                  "%4; quote it (and the queue id) when asking the admins to trace it.")
            .arg(from.isEmpty() ? QStringLiteral("<>") : QString::fromUtf8(from),
                 QString::fromUtf8(o.sendTo),
                 queueId.isEmpty() ? QString()
                                   : translate("SmtpProbes", " as queue id %1").arg(queueId),
                 QString::fromLatin1(messageId));
    f.data.insert(QStringLiteral("message_id"), QString::fromLatin1(messageId));
    f.data.insert(QStringLiteral("queue_id"), queueId);
    f.data.insert(QStringLiteral("reply"), final->describe());
    f.data.insert(QStringLiteral("envelope_from"), QString::fromUtf8(from));
    f.data.insert(QStringLiteral("envelope_to"), QString::fromUtf8(o.sendTo));
    f.data.insert(QStringLiteral("pipelined"), pipelined);
    f.evidence << sendEvent << final->replyEvent;
    ctx.addFinding(f);
    ctx.addCheck(id(), CheckStatus::Pass,
                 translate("SmtpProbes", "accepted%1 in %2 ms")
                     .arg(queueId.isEmpty() ? QString() : QStringLiteral(" as %1").arg(queueId))
                     .arg(final->latencyUs / 1000.0, 0, 'f', 1));
}

} // namespace mailscope
