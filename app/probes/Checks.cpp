// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "i18n/Text.h"
#include "probes/Check.h"

#include "probes/GhostScan.h"
#include "probes/IdleProbe.h"
#include "probes/ImapProbes.h"
#include "probes/ServerId.h"
#include "probes/SmtpProbes.h"
#include "probes/TlsInspect.h"

#include "session/Transcript.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSslCertificate>
#include <algorithm>

namespace mailscope {

namespace {

QJsonArray jsonList(const QList<QByteArray> &l)
{
    QJsonArray a;
    for (const auto &b : l)
        a.append(QString::fromLatin1(b));
    return a;
}

bool hasCap(const QList<QByteArray> &caps, const char *name)
{
    for (const auto &c : caps)
        if (c.compare(name, Qt::CaseInsensitive) == 0) return true;
    return false;
}

QString portWord(const Target &t)
{
    return translate("Checks", "%1 port %2").arg(t.host).arg(t.port);
}

} // namespace

Finding certificateFinding(const Target &t, const TlsResult &r)
{
    const bool accepted = r.acceptedByUser && r.established;
    QList<CertProblem> problems = certificateProblems(r.chain, r.errors, t.host);
    if (problems.isEmpty() && !r.failure.isEmpty())
        problems.append(
            {QStringLiteral("other"), Severity::Error, r.failure + QLatin1Char('.'), {}});
    Finding f = certificateProblemFinding(t.host, t.port, problems, r, accepted);
    f.severity = accepted ? Severity::Warning : Severity::Error;
    f.explanation = joinTexts(
        {f.explanation,
         accepted
             ? translate("Checks", "Mailscope went on only because you accepted this exact "
                                   "certificate for this server.")
             : translate("Checks", "A mail program will warn about it or refuse to connect, and "
                                   "anybody between you and the server could be reading the "
                                   "connection. Mailscope stopped here. If your provider "
                                   "confirms the fingerprint below, run again with "
                                   "--accept-cert and that fingerprint.")},
        QStringLiteral(" "));
    if (r.trustedForFewerProblems)
        f.explanation = joinTexts(
            {f.explanation,
             translate("Checks", "You trusted this certificate for this server before, when it "
                                 "had fewer problems (it may have expired since): it must be "
                                 "confirmed again.")},
            QStringLiteral(" "));
    return f;
}

QStringList knownChecks(Protocol p)
{
    if (p == Protocol::Imap)
        return {QStringLiteral("tls"),      QStringLiteral("capabilities"),
                QStringLiteral("starttls"), QStringLiteral("login"),
                QStringLiteral("untagged"), QStringLiteral("pipelining"),
                QStringLiteral("ghosts"),   QStringLiteral("idle")};
    return {QStringLiteral("tls"),        QStringLiteral("ehlo"), QStringLiteral("capabilities"),
            QStringLiteral("starttls"),   QStringLiteral("auth"), QStringLiteral("login"),
            QStringLiteral("pipelining"), QStringLiteral("send"), QStringLiteral("idle")};
}

// Everything that changes nothing on the server and finishes within about a minute: not the
// idle probe (it lasts as long as the server's cutoff), not the ghost scan (mailbox-sized),
// not a test message (it sends mail).
QStringList defaultChecks(Protocol p)
{
    if (p == Protocol::Imap)
        return {QStringLiteral("tls"),      QStringLiteral("capabilities"),
                QStringLiteral("starttls"), QStringLiteral("login"),
                QStringLiteral("untagged"), QStringLiteral("pipelining")};
    return {QStringLiteral("tls"), QStringLiteral("ehlo"), QStringLiteral("starttls"),
            QStringLiteral("auth"), QStringLiteral("pipelining")};
}

QString makeChecks(Protocol p, const QStringList &names, std::vector<std::unique_ptr<Check>> *out)
{
    const QStringList wanted = names.isEmpty() ? defaultChecks(p) : names;
    const QStringList known = knownChecks(p);
    for (const auto &n : wanted)
        if (!known.contains(n))
            return translate("Checks", "unknown check '%1' for %2; known checks: %3")
                .arg(n, p == Protocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP"),
                     joinTexts(known, QStringLiteral(", ")));
    // Fixed run order, whatever order the user named them in.
    for (const auto &n : known) {
        if (!wanted.contains(n)) continue;
        if (n == QLatin1String("tls"))
            out->push_back(std::make_unique<TlsCheck>());
        else if (n == QLatin1String("starttls"))
            out->push_back(std::make_unique<StartTlsCheck>());
        else if (p == Protocol::Smtp &&
                 (n == QLatin1String("capabilities") || n == QLatin1String("ehlo"))) {
            // Two names for one check: run it once.
            if (n == QLatin1String("capabilities") && wanted.contains(QStringLiteral("ehlo")))
                continue;
            out->push_back(std::make_unique<SmtpEhloCheck>(n));
        } else if (n == QLatin1String("capabilities"))
            out->push_back(std::make_unique<CapabilitiesCheck>(n));
        else if (n == QLatin1String("login") || n == QLatin1String("auth"))
            out->push_back(std::make_unique<LoginCheck>(n));
        else if (n == QLatin1String("untagged"))
            out->push_back(std::make_unique<UntaggedCheck>());
        else if (n == QLatin1String("pipelining") && p == Protocol::Smtp)
            out->push_back(std::make_unique<SmtpPipeliningCheck>());
        else if (n == QLatin1String("pipelining"))
            out->push_back(std::make_unique<PipeliningCheck>());
        else if (n == QLatin1String("send"))
            out->push_back(std::make_unique<SmtpSendCheck>());
        else if (n == QLatin1String("ghosts"))
            out->push_back(std::make_unique<GhostsCheck>());
        else if (n == QLatin1String("idle"))
            out->push_back(std::make_unique<IdleCheck>());
    }
    return {};
}

// --- TLS ---------------------------------------------------------------------------------

namespace {

// Certificate findings beyond trust (incomplete chain, weak cryptography) from what the run's
// handshake saw.
void addCertificateDetails(Context &ctx, const TlsResult &r)
{
    const Target &t = ctx.options().target;
    if (r.chain.isEmpty()) return;
    TlsInspection in;
    in.endpoint = {t.protocol, t.host, t.port, t.implicitTls, {}};
    in.reached = true;
    in.standard = r;
    in.problems = certificateProblems(r.chain, r.errors, t.host);
    in.covers = certificateNames(r.chain.first());
    for (const Finding &f : inspectionFindings(in))
        if (f.id == QLatin1String("tls.chain-incomplete") ||
            f.id == QLatin1String("tls.weak-certificate"))
            ctx.addFinding(f);
}

} // namespace

void TlsCheck::run(Context &ctx)
{
    const Target &t = ctx.options().target;
    ctx.ensureSecured();
    const TlsResult &r = ctx.tls;
    if (!r.attempted) {
        if (ctx.starttls.tried && !ctx.starttls.accepted)
            ctx.addCheck(
                id(), CheckStatus::Fail,
                ctx.starttls.unanswered
                    ? translate("Checks", "no encryption: the server did not answer "
                                          "STARTTLS (%1)")
                          .arg(ctx.starttls.replyText)
                    : translate("Checks", "no encryption: the server refused STARTTLS (%1)")
                          .arg(ctx.starttls.replyText));
        else
            ctx.addCheck(id(), CheckStatus::Error,
                         ctx.report()->fatalError.isEmpty()
                             ? translate("Checks", "TLS was not reached")
                             : ctx.report()->fatalError);
        return;
    }
    if (!r.chain.isEmpty() && !r.errors.isEmpty()) {
        const Finding f = certificateFinding(t, r);
        ctx.addFinding(f);
        addCertificateDetails(ctx, r);
        const bool accepted = f.data.value(QStringLiteral("accepted")).toBool();
        ctx.addCheck(
            id(), accepted ? CheckStatus::Warn : CheckStatus::Fail,
            translate("Checks", "%1; the certificate: %2")
                .arg(accepted ? translate("Checks", "%1 %2 (certificate accepted by you)")
                                    .arg(r.protocol, r.cipher)
                              : translate("Checks", "connection refused"),
                     certProblemsBrief(f.data.value(QStringLiteral("problems")).toArray())));
        return;
    }
    if (!r.established) {
        // Find out why in plain words: one handshake per TLS version, and the certificate seen
        // with OpenSSL's security level lowered (these probe connections carry nothing else).
        InspectOptions io;
        io.extraCa = ctx.options().tls.extraCa;
        io.timeoutMs = ctx.options().connectTimeoutSeconds * 1000;
        io.heloName = ctx.options().heloName;
        TlsEndpoint ep{t.protocol, t.host, t.port, t.implicitTls, {}};
        // A server that let the handshake time out would likely do so on every further try
        // too (six more timeouts): the timeout is the answer.
        const TlsInspection in = r.failureKind == TlsFailure::Timeout
                                     ? TlsInspection()
                                     : inspectTls(ep, io, ctx.transcript(), ctx.cancelToken());
        TlsInspection merged = in;
        merged.endpoint = ep;
        if (merged.standard.failure.isEmpty()) merged.standard = r;
        merged.standard.eventIndex = r.eventIndex;
        merged.standard.failure = r.failure;
        merged.standard.failureDetail = r.failureDetail;
        merged.standard.failureKind = r.failureKind;
        merged.standard.established = false;
        merged.standard.attempted = true;
        merged.reached = true;
        QString words = r.failure;
        for (const Finding &f : inspectionFindings(merged)) {
            ctx.addFinding(f);
            if (f.id == QLatin1String("tls.protocol")) words = f.title;
        }
        ctx.addCheck(id(), CheckStatus::Fail,
                     translate("Checks", "TLS handshake failed: %1").arg(words));
        return;
    }
    QString summary =
        translate("Checks", "%1, %2; certificate valid for %3").arg(r.protocol, r.cipher, t.host);
    CheckStatus status = CheckStatus::Pass;
    if (!r.chain.isEmpty()) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(r.chain.first().expiryDate());
        summary = appendText(
            summary,
            translate("Checks", ", expires in %1 days, chain of %2").arg(days).arg(r.chain.size()));
        const QList<CertProblem> problems = certificateProblems(r.chain, r.errors, t.host);
        bool expiring = false;
        for (const auto &p : problems)
            expiring = expiring || p.code == QLatin1String("expiring");
        if (expiring) {
            Finding f = certificateProblemFinding(t.host, t.port, problems, r, false);
            f.severity = Severity::Warning;
            f.title = translate("Checks", "The server's certificate expires in %1 days").arg(days);
            ctx.addFinding(f);
            status = CheckStatus::Warn;
        }
        const int before = int(ctx.report()->findings.size());
        addCertificateDetails(ctx, r);
        if (int(ctx.report()->findings.size()) > before) status = CheckStatus::Warn;
    }
    if (isOldTlsVersion(r.protocol)) {
        Finding f;
        f.id = QStringLiteral("tls.protocol");
        f.severity = Severity::Warning;
        f.title = translate("Checks", "The server uses %1, which current mail programs refuse")
                      .arg(tlsVersionWords(r.protocol));
        f.explanation =
            translate("Checks",
                      "%1 refuse it (RFC 8996 retired it in 2021). Mailscope connected "
                      "only because you "
                      "allowed it (--allow-old-tls); the provider must enable TLS 1.2 and "
                      "1.3.")
                .arg(programsRefusingOldTls());
        f.data.insert(QStringLiteral("protocol"), r.protocol);
        f.data.insert(QStringLiteral("refused_by"), programsRefusingOldTls());
        f.evidence << r.eventIndex;
        ctx.addFinding(f);
        status = CheckStatus::Warn;
    }
    ctx.addCheck(id(), status, summary);
}

// --- STARTTLS ----------------------------------------------------------------------------

void StartTlsCheck::run(Context &ctx)
{
    const Target &t = ctx.options().target;
    if (t.implicitTls) {
        ctx.addCheck(
            id(), CheckStatus::Skipped,
            translate("Checks", "not used: %1 speaks TLS from the first byte").arg(portWord(t)));
        return;
    }
    ctx.ensureSecured();
    const auto &s = ctx.starttls;
    if (!s.tried) {
        ctx.addCheck(id(), CheckStatus::Error, ctx.unreachableReason());
        return;
    }
    if (ctx.preauth) {
        ctx.addCheck(id(), CheckStatus::Skipped, s.replyText);
        return;
    }
    CheckStatus status = CheckStatus::Pass;
    QStringList notes;
    if (!s.injected.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("starttls.injection");
        f.severity = Severity::Error;
        f.title =
            translate("Checks", "Unencrypted data was slipped in right before encryption started");
        f.explanation =
            translate(
                "Checks",
                "After agreeing to start TLS, %1 (or something between you and it) sent %2 more "
                "bytes before the encrypted part began. A mail program that reads them would treat "
                "forged, unencrypted text as if it came through the secure channel (the \"STARTTLS "
                "command injection\" flaw, e.g. CVE-2021-22947). Mailscope discarded them unread.")
                .arg(portWord(t))
                .arg(s.injected.size());
        f.data.insert(QStringLiteral("bytes"), int(s.injected.size()));
        f.data.insert(QStringLiteral("preview"), QString::fromLatin1(s.injected.left(200)));
        f.evidence << s.replyEvent << s.injectedEvent;
        ctx.addFinding(f);
        status = CheckStatus::Fail;
        notes
            << translate("Checks", "%1 bytes injected before the handshake").arg(s.injected.size());
    }
    if (!s.accepted) {
        Finding f;
        f.id = QStringLiteral("starttls.missing");
        f.severity = Severity::Error;
        f.title =
            translate("Checks", "This server cannot encrypt the connection on port %1").arg(t.port);
        f.explanation =
            translate(
                "Checks",
                "The server %1 STARTTLS (%2). Passwords and mail on this port travel unencrypted. "
                "Use the encrypted port instead (%3) if the provider offers it.")
                .arg(s.unanswered   ? translate("Checks", "does not answer")
                     : s.advertised ? translate("Checks", "announces but refuses")
                                    : translate("Checks", "does not support"),
                     s.replyText,
                     ctx.isImap() ? translate("Checks", "IMAPS, port 993")
                                  : translate("Checks", "submission with TLS, port 465"));
        f.data.insert(QStringLiteral("advertised"), s.advertised);
        f.data.insert(QStringLiteral("reply"), s.replyText);
        f.evidence << s.sendEvent << s.replyEvent;
        ctx.addFinding(f);
        ctx.addCheck(id(), CheckStatus::Fail,
                     (s.unanswered ? translate("Checks", "STARTTLS not answered: %1")
                                   : translate("Checks", "STARTTLS refused: %1"))
                         .arg(s.replyText));
        return;
    }
    if (!s.advertised) {
        Finding f;
        f.id = QStringLiteral("starttls.unadvertised");
        f.severity = Severity::Warning;
        f.title = translate("Checks", "The server can encrypt, but does not say so");
        f.explanation =
            translate(
                "Checks",
                "%1 accepted STARTTLS although its capability list does not mention it. Mail "
                "programs such as Thunderbird only use what is announced, so they stay unencrypted "
                "and send the password in the clear. Set the account's connection security to "
                "STARTTLS explicitly, or use the TLS port, and ask the provider to announce it.")
                .arg(portWord(t));
        f.data.insert(QStringLiteral("capabilities"), jsonList(ctx.capsBefore));
        f.evidence << ctx.greetingEvent << s.sendEvent << s.replyEvent << ctx.tls.eventIndex;
        ctx.addFinding(f);
        if (status == CheckStatus::Pass) status = CheckStatus::Warn;
        notes << translate("Checks", "works but is not advertised");
    }
    if (!ctx.tls.established) {
        ctx.addCheck(
            id(), CheckStatus::Fail,
            translate("Checks", "STARTTLS accepted, handshake failed: %1").arg(ctx.tls.failure));
        return;
    }
    ctx.addCheck(
        id(), status,
        notes.isEmpty()
            ? translate("Checks", "STARTTLS advertised and working (%1)").arg(ctx.tls.protocol)
            : translate("Checks", "STARTTLS %1").arg(joinTexts(notes, QStringLiteral("; "))));
}

// --- Capabilities ------------------------------------------------------------------------

void CapabilitiesCheck::run(Context &ctx)
{
    if (ctx.haveCredentials())
        ctx.ensureLoggedIn();
    else
        ctx.ensureSecured();
    if (ctx.capsBefore.isEmpty() && ctx.capsAfterTls.isEmpty()) {
        ctx.addCheck(id(), CheckStatus::Error,
                     ctx.report()->fatalError.isEmpty()
                         ? translate("Checks", "no capabilities could be read")
                         : ctx.report()->fatalError);
        return;
    }
    auto diff = [](const QList<QByteArray> &a, const QList<QByteArray> &b) {
        QStringList added;
        for (const auto &x : b)
            if (!hasCap(a, x.constData())) added << QString::fromLatin1(x);
        return added;
    };
    QStringList parts;
    if (!ctx.capsBefore.isEmpty())
        parts << translate("Checks", "%1 before TLS").arg(ctx.capsBefore.size());
    if (!ctx.capsAfterTls.isEmpty())
        parts << translate("Checks", "%1 after TLS").arg(ctx.capsAfterTls.size());
    if (!ctx.capsAfterLogin.isEmpty())
        parts << translate("Checks", "%1 after login").arg(ctx.capsAfterLogin.size());
    if (!ctx.capsBefore.isEmpty() && !ctx.capsAfterTls.isEmpty()) {
        const QStringList add = diff(ctx.capsBefore, ctx.capsAfterTls);
        const QStringList rem = diff(ctx.capsAfterTls, ctx.capsBefore);
        if (!add.isEmpty())
            parts << translate("Checks", "TLS adds %1").arg(joinTexts(add, QLatin1Char(' ')));
        if (!rem.isEmpty())
            parts << translate("Checks", "TLS removes %1").arg(joinTexts(rem, QLatin1Char(' ')));
    }
    const auto &preLogin = ctx.capsAfterTls.isEmpty() ? ctx.capsBefore : ctx.capsAfterTls;
    if (!ctx.capsAfterLogin.isEmpty()) {
        const QStringList add = diff(preLogin, ctx.capsAfterLogin);
        QStringList rem = diff(ctx.capsAfterLogin, preLogin);
        // Login-only capabilities are expected to go once logged in.
        rem.erase(
            std::remove_if(
                rem.begin(), rem.end(),
                [](const QString &c) {
                    return c.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive) ||
                           c.compare(QLatin1String("SASL-IR"), Qt::CaseInsensitive) == 0 ||
                           c.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0 ||
                           c.compare(QLatin1String("LOGINDISABLED"), Qt::CaseInsensitive) == 0 ||
                           c.compare(QLatin1String("LOGIN-REFERRALS"), Qt::CaseInsensitive) == 0;
                }),
            rem.end());
        if (!add.isEmpty())
            parts << translate("Checks", "login adds %1").arg(joinTexts(add, QLatin1Char(' ')));
        if (!rem.isEmpty())
            parts << translate("Checks", "login removes %1").arg(joinTexts(rem, QLatin1Char(' ')));
        if (!add.isEmpty() || !rem.isEmpty()) {
            Finding f;
            f.id = QStringLiteral("capabilities.changed");
            f.severity = Severity::Info;
            f.title = translate("Checks", "The server announces different features after login");
            f.explanation = translate(
                "Checks",
                "This is allowed, but programs and proxies that read the list only once (before "
                "login) miss features or use ones that are gone.");
            QJsonArray a, r;
            for (const auto &s : add)
                a.append(s);
            for (const auto &s : rem)
                r.append(s);
            f.data.insert(QStringLiteral("added_after_login"), a);
            f.data.insert(QStringLiteral("removed_after_login"), r);
            f.evidence << ctx.login.replyEvent;
            ctx.addFinding(f);
        }
    }
    ctx.addCheck(id(), CheckStatus::Pass, joinTexts(parts, QStringLiteral("; ")));
}

// --- Login -------------------------------------------------------------------------------

namespace {

// What the server named with its refusal: IMAP's response code, SMTP's reply code and
// enhanced status ("[UNAVAILABLE]", "454 4.7.0").
QString responseCodeText(const LoginFacts &l)
{
    if (l.responseCode.isEmpty()) return {};
    if (!l.responseCode.at(0).isDigit()) return QStringLiteral("[%1]").arg(l.responseCode);
    return l.enhancedStatus.isEmpty() ? l.responseCode
                                      : l.responseCode + QLatin1Char(' ') + l.enhancedStatus;
}

} // namespace

LoginVerdict loginFailure(const Context &ctx, const LoginFacts &l, const Connection *conn)
{
    const Target &t = ctx.options().target;
    // A password the server accepted earlier in this run: a refusal of the same one on an
    // extra connection is about something else (limits per user), not the password.
    const bool acceptedEarlier = l.extraConnection && ctx.report()->credentialsAccepted;
    LoginVerdict v;
    Finding &f = v.finding;
    f.severity = Severity::Error;
    f.data.insert(QStringLiteral("method"), l.method);
    if (l.extraConnection) f.data.insert(QStringLiteral("extra_connection"), true);
    if (l.refusal == LoginRefusal::Temporary) {
        // The server says it could not check the login: telling the user to check the
        // password would send them in circles while the provider's backend is down.
        const QString code = responseCodeText(l);
        f.id = QStringLiteral("auth.unavailable");
        f.title = translate("Checks", "The server could not check the login right now");
        f.explanation =
            translate("Checks",
                      "%1 as %2 was answered: %3. The server says it could not check the login "
                      "at the moment (%4): a temporary failure on its side. This says nothing "
                      "about the password: it was neither accepted nor refused. Mailscope tried "
                      "once and does not retry. Try again later; if it persists, tell the "
                      "server's administrators that their authentication backend failed, with "
                      "the time and this answer.")
                .arg(l.method, t.user, l.reply, code);
        f.data.insert(QStringLiteral("reply"), l.reply);
        f.data.insert(QStringLiteral("response_code"), l.responseCode);
        if (!l.enhancedStatus.isEmpty())
            f.data.insert(QStringLiteral("enhanced_status"), l.enhancedStatus);
        f.evidence << l.sendEvent << l.replyEvent;
        v.note = translate("Checks", "login not checked: the server failed temporarily: %1")
                     .arg(l.reply);
        // Not a verdict on the login: the check could not be carried out (try again later).
        v.status = CheckStatus::Error;
    } else if (l.refusal == LoginRefusal::Invalid) {
        f.id = QStringLiteral("auth.bad-command");
        f.title = translate("Checks", "The server rejected the login command as invalid");
        f.explanation =
            translate("Checks",
                      "%1 as %2 was answered: %3. BAD means the server did not take the command "
                      "as valid IMAP: a protocol problem between Mailscope and the server (or a "
                      "proxy in between), not a verdict on the password. Mailscope tried once "
                      "and does not retry. Tell the server's administrators the time and this "
                      "answer; the transcript shows the command as sent, the password masked.")
                .arg(l.method, t.user, l.reply);
        f.data.insert(QStringLiteral("reply"), l.reply);
        if (!l.responseCode.isEmpty())
            f.data.insert(QStringLiteral("response_code"), l.responseCode);
        f.evidence << l.sendEvent << l.replyEvent;
        v.note = translate("Checks", "login command rejected as invalid: %1").arg(l.reply);
    } else if (l.refused && l.bearer) {
        // The token was refused: say what the server's error challenge said, in words, and
        // what the sign-in itself showed (a grant without the mail permission).
        // Only the permissions this protocol needs: an IMAP login does not fail for lack of
        // SMTP.Send.
        QStringList missing;
        if (ctx.options().token)
            for (const QString &scope : ctx.options().token->missingScopes()) {
                const QString tail = scope.section(QLatin1Char('/'), -1);
                const bool smtpOnly = tail.startsWith(QLatin1String("SMTP."), Qt::CaseInsensitive);
                const bool mailboxOnly =
                    tail.startsWith(QLatin1String("IMAP."), Qt::CaseInsensitive) ||
                    tail.startsWith(QLatin1String("POP."), Qt::CaseInsensitive);
                if (ctx.isImap() ? !smtpOnly : !mailboxOnly) missing << scope;
            }
        f.id = QStringLiteral("auth.failed");
        f.title = missing.isEmpty()
                      ? translate("Checks", "The server refused the sign-in token")
                      : translate("Checks", "The sign-in does not allow access to mail");
        f.explanation =
            missing.isEmpty()
                ? translate("Checks",
                            "%1 as %2 was answered: %3. In plain words: %4. Mailscope "
                            "tried once and does not retry. Sign in again; if a fresh "
                            "sign-in is refused too, the account may not be allowed to use "
                            "IMAP/SMTP (ask the administrator).")
                      .arg(l.method, t.user, l.reply, l.oauthError.words())
                : translate("Checks",
                            "%1 as %2 was answered: %3. The provider signed you in but "
                            "did not grant the permission mail programs need (%4), so the "
                            "mail server cannot accept the token. The administrator must "
                            "allow it in the app registration (Microsoft Entra ID: API "
                            "permissions, with admin consent; Google Cloud: the OAuth "
                            "consent screen's scopes). Mailscope tried once and does not "
                            "retry.")
                      .arg(l.method, t.user, l.reply, joinTexts(missing, QStringLiteral(", ")));
        f.data.insert(QStringLiteral("reply"), l.reply);
        f.data.insert(QStringLiteral("oauth_error"), l.oauthError.toJson());
        if (!missing.isEmpty())
            f.data.insert(QStringLiteral("missing_scopes"), QJsonArray::fromStringList(missing));
        f.evidence << l.sendEvent << l.replyEvent;
        v.note = translate("Checks", "sign-in token refused: %1").arg(l.oauthError.words());
    } else if (l.refused) {
        // Microsoft 365 and Gmail refuse passwords for IMAP/SMTP by policy: that is not a typo
        // in the password, and saying "check your password" would send people in circles.
        const ServerIdentity who = identifyServer(ctx.replyTexts, {});
        const bool m365 = who.software == QLatin1String("exchange-online");
        const bool gmail = who.software == QLatin1String("gmail");
        if ((m365 || gmail) && !acceptedEarlier) {
            f.id = QStringLiteral("auth.modern-required");
            f.title =
                m365 ? translate("Checks", "Microsoft 365 does not accept passwords here: sign "
                                           "in with Microsoft instead")
                     : translate("Checks", "Gmail does not accept your normal password here: "
                                           "sign in with Google, or use an app password");
            f.explanation =
                m365 ? translate(
                           "Checks",
                           "%1 refused the password (%2). Microsoft 365 has switched off password "
                           "logins (\"basic authentication\") for IMAP and SMTP: mail programs "
                           "must sign in through Microsoft's own page (OAuth2, \"modern "
                           "authentication\"). The password itself may be right. Set the "
                           "account's authentication method to OAuth2, or run Mailscope with "
                           "--oauth2 microsoft.")
                           .arg(t.host, l.reply)
                     : translate(
                           "Checks",
                           "%1 refused the password (%2). Google accepts only a sign-in through "
                           "its own page (OAuth2) or, with 2-Step Verification on, an app "
                           "password made for the mail program. Set the account's "
                           "authentication method to OAuth2, or create an app password, or run "
                           "Mailscope with --oauth2 google.")
                           .arg(t.host, l.reply);
            f.data.insert(QStringLiteral("provider"),
                          m365 ? QStringLiteral("microsoft") : QStringLiteral("google"));
            f.data.insert(QStringLiteral("reply"), l.reply);
            f.evidence << l.sendEvent << l.replyEvent;
            v.note = translate("Checks", "password refused: %1 needs a modern sign-in (OAuth2)")
                         .arg(who.product);
        } else {
            f.id = QStringLiteral("auth.failed");
            f.title = translate("Checks", "The server refused the login");
            f.explanation =
                acceptedEarlier
                    ? translate("Checks",
                                "%1 as %2 on an extra connection was answered: %3. The same "
                                "credentials were accepted earlier in this run, so the refusal "
                                "more likely comes from a limit on logins or connections per "
                                "user than from the password. Mailscope tried once and does not "
                                "retry, so the account is not locked by repeated failures.")
                          .arg(l.method, t.user, l.reply)
                    : translate("Checks",
                                "%1 as %2 was answered: %3. Check the user name and password "
                                "(some providers need an app password). Mailscope tried once and "
                                "does not retry, so the account is not locked by repeated "
                                "failures.")
                          .arg(l.method, t.user, l.reply);
            f.data.insert(QStringLiteral("reply"), l.reply);
            if (acceptedEarlier) f.data.insert(QStringLiteral("accepted_earlier"), true);
            f.evidence << l.sendEvent << l.replyEvent;
            v.note = translate("Checks", "login refused: %1").arg(l.reply);
        }
    } else {
        // No answer is not a wrong password: a stall, a close and a reset say something about
        // the server or the network, nothing about the credentials.
        f.id = QStringLiteral("auth.incomplete");
        const int closeEvent = conn ? conn->closeEventIndex() : -1;
        const double after = l.sendEvent >= 0 && closeEvent >= 0
                                 ? double(ctx.transcript()->timeAt(closeEvent) -
                                          ctx.transcript()->timeAt(l.sendEvent)) /
                                       1e6
                                 : -1;
        QString what;
        switch (l.failure) {
        case Failure::Silence:
        case Failure::TcpTimeout:
            f.title = translate("Checks", "The server did not answer the login");
            what = translate("Checks", "the server went quiet after %1 was sent and did not answer "
                                       "within %2 s")
                       .arg(l.method)
                       .arg(ctx.options().silenceSeconds);
            break;
        case Failure::Deadline:
            f.title = translate("Checks", "The server never finished answering the login");
            what =
                translate("Checks", "the server kept sending other lines but never the answer to "
                                    "%1 (deadline %2 s)")
                    .arg(l.method)
                    .arg(ctx.options().commandTimeoutSeconds);
            break;
        case Failure::Reset:
            f.title = translate("Checks", "The server reset the connection during the login");
            what =
                translate("Checks", "the connection was reset (TCP RST) while %1 was waiting for "
                                    "its answer")
                    .arg(l.method);
            break;
        case Failure::Closed:
            f.title = translate("Checks", "The server hung up during the login");
            what = translate("Checks", "the server closed the connection while %1 was waiting for "
                                       "its answer")
                       .arg(l.method);
            break;
        case Failure::Protocol:
            f.title = translate("Checks", "The server's answer to the login broke the protocol");
            what = translate("Checks", "its answer to %1 could not be read: %2")
                       .arg(l.method, conn ? conn->protocolError() : QString());
            break;
        default:
            f.title = translate("Checks", "The login did not finish");
            what = l.reply;
            break;
        }
        f.explanation =
            translate("Checks",
                      "%1. This says nothing about the password: it was neither accepted "
                      "nor refused. The server, or a proxy or firewall in between, has a "
                      "problem at login time (overloaded authentication backend, a proxy "
                      "that cannot reach its server, a filter that drops the connection). "
                      "Mailscope did not try again, so the account is not at risk of a "
                      "lockout. Try again later; if it persists, tell the provider the time "
                      "and this transcript.")
                .arg(what.left(1).toUpper() + what.mid(1));
        f.data.insert(QStringLiteral("ending"), failureName(l.failure));
        if (after >= 0) f.data.insert(QStringLiteral("after_seconds"), qRound(after * 10) / 10.0);
        f.evidence << l.sendEvent << closeEvent;
        v.note = translate("Checks", "login not answered: %1").arg(what);
    }
    if (l.extraConnection && !f.data.contains(QStringLiteral("accepted_earlier")))
        f.explanation = joinTexts(
            {f.explanation, translate("Checks", "This was the login of an extra connection.")},
            QStringLiteral(" "));
    return v;
}

void LoginCheck::run(Context &ctx)
{
    const Target &t = ctx.options().target;
    const bool greeted = ctx.ensureSecured();
    if (!greeted && ctx.capsBefore.isEmpty() && ctx.capsAfterTls.isEmpty()) {
        ctx.addCheck(id(), CheckStatus::Error, ctx.unreachableReason());
        return;
    }
    CheckStatus status = CheckStatus::Pass;
    QStringList notes;

    // Cleartext exposure: what a program could do on the plain connection.
    if (!t.implicitTls && !ctx.preauth && !ctx.capsBefore.isEmpty()) {
        bool possible;
        QString how;
        if (ctx.isImap()) {
            possible = !hasCap(ctx.capsBefore, "LOGINDISABLED");
            how = possible ? translate("Checks", "the server does not announce LOGINDISABLED")
                           : QString();
        } else {
            possible = !ctx.authMechsBefore.isEmpty();
            how = translate("Checks", "the server offers AUTH %1 before STARTTLS")
                      .arg(QString::fromLatin1(ctx.authMechsBefore.join(' ')));
        }
        // A server that agreed to STARTTLS offers encryption, even when the handshake then
        // failed here (a certificate refused, a broken TLS setup): the TLS check says why,
        // and "no encryption available" would be wrong advice.
        const bool tlsWorks = ctx.secured || ctx.tlsRefused || ctx.starttls.accepted;
        if (possible || !tlsWorks) {
            Finding f;
            f.id = QStringLiteral("auth.cleartext");
            f.severity = tlsWorks ? Severity::Warning : Severity::Error;
            f.title = tlsWorks ? translate("Checks", "Passwords may be sent unencrypted")
                               : translate("Checks", "Passwords can only be sent unencrypted");
            f.explanation =
                tlsWorks ? translate("Checks", "On %1 the server accepts a login before encryption "
                                               "starts (%2). A mail program set to \"no security\" "
                                               "would send the password in the clear. Make sure "
                                               "the account uses STARTTLS or SSL/TLS.")
                               .arg(portWord(t), how)
                         : translate("Checks", "On %1 no encryption is available, so every login "
                                               "sends the password in the clear.")
                               .arg(portWord(t));
            f.data.insert(QStringLiteral("login_disabled"), !possible);
            f.data.insert(QStringLiteral("tls_available"), tlsWorks);
            f.data.insert(QStringLiteral("capabilities"), jsonList(ctx.capsBefore));
            f.evidence << ctx.greetingEvent;
            ctx.addFinding(f);
            status = CheckStatus::Warn;
            notes << (tlsWorks ? translate("Checks", "cleartext login possible before TLS")
                               : translate("Checks", "no TLS: logins are cleartext"));
        } else {
            notes << (ctx.isImap() ? translate("Checks", "LOGINDISABLED before TLS honoured")
                                   : translate("Checks", "AUTH offered only after STARTTLS"));
        }
    }

    // Accepted is accepted, even when the connection ended right after (that is said below).
    const bool in = ctx.ensureLoggedIn() || ctx.login.ok;
    const LoginFacts &l = ctx.login;
    if (!l.attempted && !in) {
        const QString why = l.blocked.isEmpty() ? ctx.report()->fatalError : l.blocked;
        notes << translate("Checks", "login not tried: %1").arg(why);
        if (l.noToken) {
            // Asked to sign in with a token and none came: the run did not do what it was
            // asked (a monitoring script must not read this as a healthy server).
            Finding f;
            f.id = QStringLiteral("auth.no-token");
            f.severity = Severity::Error;
            f.title = translate("Checks", "No usable sign-in token: the login was not tried");
            f.explanation = translate("Checks", "Mailscope had no token it could use (%1), so it "
                                                "did not log in and the checks that need a "
                                                "login did not run. Sign in again and repeat "
                                                "the run.")
                                .arg(l.blocked);
            ctx.addFinding(f);
            ctx.addCheck(id(), CheckStatus::Error, joinTexts(notes, QStringLiteral("; ")));
            return;
        }
        ctx.addCheck(id(), status == CheckStatus::Pass ? CheckStatus::Skipped : status,
                     joinTexts(notes, QStringLiteral("; ")));
        return;
    }
    if (!in) {
        const LoginVerdict v = loginFailure(ctx, l, ctx.conn.get());
        ctx.addFinding(v.finding);
        notes.prepend(v.note);
        ctx.addCheck(id(), v.status, joinTexts(notes, QStringLiteral("; ")));
        return;
    }
    notes.prepend(translate("Checks", "logged in as %1 with %2 in %3 ms")
                      .arg(t.user, l.method)
                      .arg(l.latencyUs / 1000.0, 0, 'f', 1));
    if (!ctx.conn || !ctx.conn->isOpen()) {
        notes << ctx.loginBlockedReason();
        status = CheckStatus::Warn;
    }
    ctx.addCheck(id(), status, joinTexts(notes, QStringLiteral("; ")));
}

} // namespace mailscope
