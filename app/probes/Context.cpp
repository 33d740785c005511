// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/Context.h"
#include "i18n/Text.h"

#include "probes/Check.h"
#include "probes/TlsInspect.h"
#include "session/Transcript.h"
#include "smtp/SmtpExplain.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailscope {

namespace {
QStringList toStrings(const QList<QByteArray> &l)
{
    QStringList out;
    for (const auto &b : l)
        out << QString::fromLatin1(b);
    return out;
}

// The method a password login uses on a session, as Session::login/auth choose it.
QString passwordMethod(const imap::Session &s, const QByteArray &mech)
{
    if (!mech.isEmpty()) return QString::fromLatin1(mech);
    return s.hasCapability("AUTH=PLAIN") ? QStringLiteral("AUTHENTICATE PLAIN")
                                         : QStringLiteral("LOGIN");
}

QString passwordMethod(const smtp::Session &s, const QByteArray &mech)
{
    const QList<QByteArray> mechs = s.authMechanisms();
    return QStringLiteral("AUTH ") +
           (mech.isEmpty()
                ? (mechs.contains("PLAIN") || !mechs.contains("LOGIN") ? QStringLiteral("PLAIN")
                                                                       : QStringLiteral("LOGIN"))
                : QString::fromLatin1(mech));
}

} // namespace

// The server's answer to a login that was sent, main or extra connection alike.
void noteAnswer(LoginFacts &l, const imap::Result &r)
{
    l.attempted = true;
    l.sendEvent = r.sendEvent;
    l.replyEvent = r.replyEvent;
    l.reply = r.describe();
    l.latencyUs = r.latencyUs;
    l.ok = r.ok();
    l.refused = r.refused();
    l.refusal = !l.refused              ? LoginRefusal::None
                : r.rejectedAsInvalid() ? LoginRefusal::Invalid
                : r.temporaryFailure()  ? LoginRefusal::Temporary
                                        : LoginRefusal::Credentials;
    l.responseCode = QString::fromLatin1(r.tagged.code);
    l.failure = r.failure;
    l.oauthError = r.saslError;
}

void noteAnswer(LoginFacts &l, const smtp::Result &r)
{
    l.attempted = true;
    l.sendEvent = r.sendEvent;
    l.replyEvent = r.replyEvent;
    // Reply codes in plain words: 535 5.7.8 is a wrong password, 530 5.7.0 wants TLS...
    l.reply = r.completed ? QStringLiteral("%1 (%2)").arg(
                                r.describe(), smtp::explainReply(r.reply.code, r.reply.enhanced))
                          : r.describe();
    l.latencyUs = r.latencyUs;
    l.ok = r.completed && r.reply.code == 235;
    l.refused = r.completed && !l.ok;
    l.refusal = !l.refused             ? LoginRefusal::None
                : r.temporaryFailure() ? LoginRefusal::Temporary
                                       : LoginRefusal::Credentials;
    if (r.completed) l.responseCode = QString::number(r.reply.code);
    l.enhancedStatus = QString::fromLatin1(r.reply.enhanced);
    l.failure = r.failure;
    l.oauthError = r.saslError;
}

Context::Context(DiagnoseOptions opts, Transcript *transcript, Report *report, CancelToken *cancel)
    : m_opts(std::move(opts)), m_transcript(transcript), m_report(report), m_cancel(cancel)
{
    m_opts.tls.pinPerRun();
}

Context::~Context() = default;

std::unique_ptr<Connection> Context::newConnection()
{
    std::unique_ptr<Connection> c =
        m_factory ? m_factory(m_transcript, m_opts.tls, m_cancel)
                  : std::make_unique<Connection>(m_transcript, m_opts.tls, m_cancel);
    c->setRevealSecrets(m_opts.revealSecrets);
    return c;
}

std::unique_ptr<imap::Session> Context::newImapSession(Connection *c) const
{
    auto s = std::make_unique<imap::Session>(c, silenceMs());
    s->setCommandTimeoutMs(m_opts.commandTimeoutSeconds * 1000);
    return s;
}

std::unique_ptr<smtp::Session> Context::newSmtpSession(Connection *c) const
{
    auto s = std::make_unique<smtp::Session>(c, silenceMs());
    s->setCommandTimeoutMs(m_opts.commandTimeoutSeconds * 1000);
    return s;
}

void Context::addFinding(Finding f)
{
    for (auto &existing : m_report->findings) {
        if (existing.id == f.id) {
            for (int e : f.evidence)
                if (!existing.evidence.contains(e)) existing.evidence.append(e);
            return;
        }
    }
    f.evidence.removeAll(-1);
    m_report->findings.append(std::move(f));
}

void Context::addCheck(const QString &id, CheckStatus status, const QString &summary)
{
    for (auto &c : m_report->checks)
        if (c.id == id) {
            c.status = status;
            c.summary = summary;
            return;
        }
    m_report->checks.append({id, status, summary});
}

bool Context::ensureGreeted()
{
    if (m_stage >= 1) return !m_greetFailed;
    m_stage = 1;
    conn = newConnection();
    const Target &t = m_opts.target;
    if (!conn->open(t.host, t.port, t.implicitTls, m_opts.connectTimeoutSeconds * 1000)) {
        m_greetFailed = true;
        // The handshake itself failed: the tls check explains it.
        if (t.implicitTls && conn->tls().attempted && !conn->peer().isEmpty()) tls = conn->tls();
        if (t.implicitTls && conn->tls().attempted && !conn->tls().chain.isEmpty()) {
            refusedTls(conn->tls());
        } else if (m_report->fatalError.isEmpty()) {
            m_report->fatalError =
                translate("Context", "could not connect to %1 port %2: %3")
                    .arg(t.host)
                    .arg(t.port)
                    .arg(conn->lastError().isEmpty() ? conn->tls().failure : conn->lastError());
        }
        return false;
    }
    if (t.implicitTls) {
        tls = conn->tls();
        secured = true;
    }
    const bool ok = isImap() ? greetImap() : greetSmtp();
    m_greetFailed = !ok;
    return ok;
}

bool Context::greetImap()
{
    imap = newImapSession(conn.get());
    imap::Result g = imap->readGreeting();
    if (!g.completed) {
        m_report->fatalError = translate("Context", "no IMAP greeting: %1").arg(g.describe());
        return false;
    }
    greeting = g.tagged.text;
    greetingEvent = g.replyEvent;
    m_report->greeting = QString::fromUtf8(greeting);
    replyTexts << QString::fromUtf8(greeting);
    if (g.tagged.name == "BYE") {
        m_report->fatalError = translate("Context", "the server refused the connection: * BYE %1")
                                   .arg(m_report->greeting);
        return false;
    }
    preauth = g.tagged.name == "PREAUTH";
    // A short grace for untagged lines that follow the greeting by themselves (seed 003:
    // proxies that expect exactly one line here break on them).
    conn->waitFor([] { return false; }, m_opts.greetingGraceMs);
    for (auto &u : imap->takeUnsolicited())
        greetUntagged.push_back(std::move(u));
    if (imap->capabilities().isEmpty()) {
        const imap::Result c = imap->capability();
        // Quiet (or gone) right after the greeting: nothing after it can be judged, least of
        // all whether the server encrypts. Said by cause: a server that sent too much or
        // broke the protocol did not stop answering.
        if (!conn->isOpen()) {
            QString prefix;
            switch (c.failure) {
            case Failure::Protocol:
                prefix = translate("Context",
                                   "the server's answer to CAPABILITY broke the protocol: %1");
                break;
            case Failure::Deadline:
                prefix = translate("Context", "the server did not finish its answer to "
                                              "CAPABILITY in time: %1");
                break;
            case Failure::Closed:
            case Failure::Reset:
                prefix =
                    translate("Context", "the server ended the connection after its greeting: %1");
                break;
            case Failure::Cancelled:
                prefix = QStringLiteral("%1");
                break;
            default:
                prefix =
                    translate("Context", "the server stopped answering after its greeting: %1");
            }
            m_report->fatalError = prefix.arg(c.describe());
            return false;
        }
    }
    (m_opts.target.implicitTls ? capsAfterTls : capsBefore) = imap->capabilities();
    exchangeId();
    return true;
}

void Context::exchangeId()
{
    if (!imap || !imap->hasCapability("ID") || idTried || !conn->isOpen()) return;
    idTried = true;
    imap::Result r =
        imap->id({{"name", "Mailscope"}, {"version", QByteArrayLiteral(MAILSCOPE_VERSION)}});
    for (const auto &u : r.untagged) {
        if (u.name != "ID" || !u.parseError.isEmpty() || u.data.empty() || !u.data.front().isList())
            continue;
        const auto &items = u.data.front().items;
        for (size_t i = 0; i + 1 < items.size(); i += 2)
            idFields.insert(QString::fromUtf8(items[i].str).toLower(),
                            QString::fromUtf8(items[i + 1].str));
        idEvent = r.replyEvent;
    }
    if (!idFields.isEmpty()) {
        QStringList parts;
        for (auto it = idFields.cbegin(); it != idFields.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value();
        replyTexts << joinTexts(parts, QLatin1Char(' '));
    }
}

bool Context::greetSmtp()
{
    smtp = newSmtpSession(conn.get());
    smtp::Result g = smtp->readGreeting();
    if (!g.completed) {
        m_report->fatalError = translate("Context", "no SMTP greeting: %1").arg(g.describe());
        return false;
    }
    greeting = g.reply.lines.join(' ');
    greetingEvent = g.replyEvent;
    m_report->greeting = QString::fromUtf8(greeting);
    replyTexts << m_report->greeting;
    if (g.reply.code != 220) {
        m_report->fatalError =
            translate("Context", "the server refused the session: %1").arg(g.describe());
        return false;
    }
    smtp::Result h = smtp->hello(m_opts.heloName, &heloOnly);
    ehloLatencyUs = h.latencyUs;
    ehloReplyEvent = h.replyEvent;
    if (!h.ok()) {
        // HELO is tried only after EHLO was refused (5xx); a 421 is the server closing.
        const QString why =
            h.completed && h.reply.code == 421
                ? translate("Context", "the server is closing the connection: %1").arg(h.describe())
                : h.describe();
        m_report->fatalError = heloOnly ? translate("Context", "EHLO and HELO failed: %1").arg(why)
                                        : translate("Context", "EHLO failed: %1").arg(why);
        return false;
    }
    if (!h.reply.lines.isEmpty()) replyTexts << QString::fromUtf8(h.reply.lines.first());
    (m_opts.target.implicitTls ? capsAfterTls : capsBefore) = smtp->extensions();
    if (!m_opts.target.implicitTls) authMechsBefore = smtp->authMechanisms();
    return true;
}

void Context::refusedTls(const TlsResult &r)
{
    tls = r;
    tlsRefused = true;
    const Target &t = m_opts.target;
    QString why = certProblemsBrief(certificateProblems(r.chain, r.errors, t.host));
    if (why.isEmpty()) why = r.failure;
    // A certificate the user confirmed for this server before, and now another: the one case
    // where a certificate question is most likely someone in between.
    QStringList confirmed;
    for (const CertOverride &o : m_opts.tls.accepted)
        if (o.host.compare(t.host, Qt::CaseInsensitive) == 0 && o.port == t.port &&
            o.sha256 != r.leafSha256)
            confirmed << QString::fromLatin1(o.sha256);
    if (!r.pinnedEarlier.isEmpty()) confirmed << QString::fromLatin1(r.pinnedEarlier);
    m_report->fatalError =
        confirmed.isEmpty()
            ? translate("Context", "TLS refused because of the server's certificate: %1. If you "
                                   "have checked it with your provider, run again with "
                                   "--accept-cert %2")
                  .arg(why, QString::fromLatin1(r.leafSha256))
            : translate("Context",
                        "TLS refused: the server presents another certificate (%1) than the "
                        "one you confirmed for it or that it presented earlier in this run "
                        "(%2). Unless your provider has just changed it, someone between you "
                        "and the server may be intercepting the connection. Its problems: %3")
                  .arg(QString::fromLatin1(r.leafSha256), confirmed.join(QStringLiteral(", ")),
                       why);
    // The finding belongs in the report whichever check met the certificate, so that a report
    // opened at the help desk says why the run stopped.
    Finding f = certificateFinding(t, r);
    if (!confirmed.isEmpty()) {
        f.explanation = appendText(
            f.explanation,
            translate("Context", " It is not the certificate you confirmed for this server, "
                                 "or that it presented earlier in this run (%1): ask your "
                                 "provider whether they changed it before trusting this one.")
                .arg(confirmed.join(QStringLiteral(", "))));
        f.data.insert(QStringLiteral("confirmed_sha256"), QJsonArray::fromStringList(confirmed));
    }
    addFinding(f);
}

bool Context::ensureSecured()
{
    if (!ensureGreeted()) return false;
    if (m_stage >= 2) return !tlsRefused && conn && conn->isOpen();
    m_stage = 2;
    if (m_opts.target.implicitTls) return true;
    return isImap() ? secureImap() : secureSmtp();
}

// Records a STARTTLS attempt. Returns 1 when the connection is now encrypted, 0 when the
// run goes on unencrypted (refused; reconnected if the server hung up), -1 when it cannot go on.
int Context::recordStartTls(int sendEvent, bool accepted, const QString &replyText, int replyEvent,
                            const TlsUpgrade &o)
{
    starttls.sendEvent = sendEvent;
    starttls.replyEvent = replyEvent;
    starttls.accepted = accepted;
    starttls.replyText = replyText;
    starttls.injected = o.injected;
    starttls.injectedEvent = o.injectedEvent;
    if (!accepted) {
        if (conn->isOpen()) return 0;
        // No answer at all (perdition without TLS swallows STARTTLS) is not a refusal, though
        // the run goes on the same way: say which it was.
        const Failure f = conn->failure();
        starttls.unanswered =
            f == Failure::Silence || f == Failure::TcpTimeout || f == Failure::Deadline;
        if (f == Failure::Cancelled) return -1;
        // Some servers hang up on unknown commands: carry on over a fresh plain connection.
        starttls.reconnected = true;
        m_stage = 0;
        imap.reset();
        smtp.reset();
        conn.reset();
        m_greetFailed = false;
        const bool ok = ensureGreeted();
        m_stage = 2;
        return ok ? 0 : -1;
    }
    tls = o.tls;
    if (!o.handshakeDone) {
        if (!o.tls.errors.isEmpty() && !o.tls.acceptedByUser)
            refusedTls(o.tls);
        else
            m_report->fatalError =
                translate("Context", "STARTTLS was accepted but the TLS handshake failed: %1")
                    .arg(o.tls.failure);
        tlsRefused = true;
        return -1;
    }
    secured = true;
    return 1;
}

bool Context::secureImap()
{
    starttls.tried = true;
    starttls.advertised = imap->hasCapability("STARTTLS");
    if (preauth) {
        // RFC 3501: STARTTLS is only valid in the not-authenticated state.
        starttls.replyText =
            translate("Context", "not tried: the server pre-authenticated the session");
        return true;
    }
    const int before = m_transcript->size();
    const imap::StartTlsOutcome o = imap->startTls(m_opts.connectTimeoutSeconds * 1000);
    const int state =
        recordStartTls(before, o.reply.ok(), o.reply.describe(), o.reply.replyEvent, o);
    if (state <= 0) return state == 0;
    imap->capability();
    capsAfterTls = imap->capabilities();
    exchangeId();
    return conn->isOpen();
}

bool Context::secureSmtp()
{
    starttls.tried = true;
    starttls.advertised = smtp->hasExtension("STARTTLS");
    const int before = m_transcript->size();
    const smtp::StartTlsOutcome o = smtp->startTls(m_opts.connectTimeoutSeconds * 1000);
    const bool accepted = o.reply.completed && o.reply.reply.code == 220;
    const int state = recordStartTls(before, accepted, o.reply.describe(), o.reply.replyEvent, o);
    if (state <= 0) return state == 0;
    const smtp::Result h = smtp->hello(m_opts.heloName);
    if (!h.ok()) {
        m_report->fatalError =
            translate("Context", "EHLO after STARTTLS failed: %1").arg(h.describe());
        return false;
    }
    capsAfterTls = smtp->extensions();
    return true;
}

bool Context::mayLogIn(QString *why) const
{
    if (m_opts.target.user.isEmpty()) {
        *why = translate("Context", "no user name in the URL (imap://USER@host)");
        return false;
    }
    if (!haveCredentials()) {
        *why = translate("Context", "no password given (--password-env, --password-file or "
                                    "--ask-password) and no sign-in (--oauth2)");
        return false;
    }
    if (!m_gate.isOpen()) {
        *why =
            translate("Context", "a login already failed in this run (%1); Mailscope never tries "
                                 "again by itself")
                .arg(m_gate.closedBy());
        return false;
    }
    if (!secured && !m_opts.allowPlaintextLogin) {
        *why = translate("Context", "the connection is not encrypted and Mailscope will not send a "
                                    "password in the clear (use --allow-plaintext-login to do it "
                                    "anyway)");
        return false;
    }
    if (secured &&
        (tls.protocol == QLatin1String("TLSv1.0") || tls.protocol == QLatin1String("TLSv1.1")) &&
        !m_opts.tls.allowOldTls) {
        *why =
            translate("Context", "the connection uses %1, which current mail programs refuse; "
                                 "Mailscope will not send a password over it (use --allow-old-tls "
                                 "to do it anyway)")
                .arg(tls.protocol);
        return false;
    }
    return true;
}

QString Context::loginBlockedReason() const
{
    if (!login.blocked.isEmpty()) return login.blocked;
    if (login.ok)
        return translate("Context", "the connection ended after the login: %1")
            .arg(conn && !conn->lastError().isEmpty() ? conn->lastError()
                                                      : translate("Context", "it is closed"));
    if (!login.reply.isEmpty()) return login.reply;
    if (!m_report->fatalError.isEmpty()) return m_report->fatalError;
    return translate("Context", "no login was tried");
}

bool Context::ensureLoggedIn()
{
    if (!ensureSecured()) return false;
    if (m_stage >= 3) return login.ok;
    m_stage = 3;
    if (preauth) {
        login.ok = true;
        login.method = QStringLiteral("PREAUTH");
        return true;
    }
    QString why;
    if (!mayLogIn(&why)) {
        login.blocked = why;
        return false;
    }
    const QByteArray user = m_opts.target.user.toUtf8();
    if (isImap())
        loginImap(user);
    else
        loginSmtp(user);
    return login.ok;
}

QByteArray Context::bearerMechanism() const
{
    if (sasl::isBearer(m_opts.authMech)) return m_opts.authMech;
    return m_opts.token ? m_opts.token->mechanism() : QByteArray();
}

QByteArray Context::accessToken(QString *why) const
{
    QString err;
    const QByteArray t = m_opts.token ? m_opts.token->accessToken(&err) : QByteArray();
    if (t.isEmpty())
        *why = translate("Context", "no usable sign-in token: %1")
                   .arg(err.isEmpty() ? translate("Context", "none given") : err);
    return t;
}

// The main login with a token: the method, whether the server offers it, a fresh token. An
// empty token means nothing may be sent (login.blocked says why).
QByteArray Context::bearerToken(const QString &verb, const QByteArray &mech, bool offered)
{
    login.bearer = true;
    login.method = QStringLiteral("%1 %2").arg(verb, QString::fromLatin1(mech));
    if (!offered) {
        login.blocked =
            translate("Context", "the server does not offer %1 here, so the token cannot "
                                 "be used")
                .arg(QString::fromLatin1(mech));
        return {};
    }
    const QByteArray token = accessToken(&login.blocked);
    login.noToken = token.isEmpty();
    if (!token.isEmpty()) login.blocked.clear();
    return token;
}

void Context::loginImap(const QByteArray &user)
{
    imap::Result r;
    const QByteArray bearer = bearerMechanism();
    if (!bearer.isEmpty()) {
        const QByteArray token = bearerToken(QStringLiteral("AUTHENTICATE"), bearer,
                                             imap->hasCapability("AUTH=" + bearer));
        if (token.isEmpty()) return;
        r = imap->authenticateBearer(bearer, user, token, m_opts.target.host, m_opts.target.port);
    } else {
        login.method = passwordMethod(*imap, m_opts.authMech);
        r = imap->login(user, m_opts.password, m_opts.authMech);
    }
    if (!r.completed && r.failure == Failure::None) {
        login.blocked = r.error; // no usable method: nothing was sent
        return;
    }
    noteAnswer(login, r);
    m_gate.attempted(login.ok, QStringLiteral("%1: %2").arg(login.method, login.reply));
    if (login.ok) m_report->credentialsAccepted = true;
    for (const auto &u : r.untagged)
        if (u.name != "CAPABILITY") login.untagged.push_back(u);
    if (login.ok) {
        if (r.tagged.code != "CAPABILITY") imap->capability();
        capsAfterLogin = imap->capabilities();
        replyTexts << QString::fromUtf8(r.tagged.text);
        exchangeId();
    }
}

void Context::loginSmtp(const QByteArray &user)
{
    const QList<QByteArray> mechs = smtp->authMechanisms();
    if (mechs.isEmpty() && m_opts.authMech.isEmpty()) {
        login.blocked = translate("Context", "the server offers no AUTH on this connection");
        return;
    }
    const QByteArray bearer = bearerMechanism();
    smtp::Result r;
    if (!bearer.isEmpty()) {
        const QByteArray token =
            bearerToken(QStringLiteral("AUTH"), bearer, mechs.contains(bearer));
        if (token.isEmpty()) return;
        login.attempted = true;
        r = smtp->authBearer(bearer, user, token, m_opts.target.host, m_opts.target.port);
    } else {
        login.method = passwordMethod(*smtp, m_opts.authMech);
        login.attempted = true;
        r = smtp->auth(user, m_opts.password, m_opts.authMech);
    }
    noteAnswer(login, r);
    m_gate.attempted(login.ok, QStringLiteral("%1: %2").arg(login.method, login.reply));
    if (login.ok) m_report->credentialsAccepted = true;
}

Context::Side Context::connectSide()
{
    Side s;
    s.conn = newConnection();
    const Target &t = m_opts.target;
    if (!s.conn->open(t.host, t.port, t.implicitTls, m_opts.connectTimeoutSeconds * 1000))
        s.error =
            translate("Context", "could not connect: %1")
                .arg(s.conn->lastError().isEmpty() ? s.conn->tls().failure : s.conn->lastError());
    return s;
}

Context::Side Context::openSide()
{
    Side s = connectSide();
    if (!s.error.isEmpty()) return s;
    const Target &t = m_opts.target;
    s.imap = newImapSession(s.conn.get());
    const imap::Result g = s.imap->readGreeting();
    if (!g.completed || g.tagged.name == "BYE") {
        s.error = translate("Context", "no usable greeting: %1").arg(g.describe());
        return s;
    }
    if (!t.implicitTls && secured) {
        const imap::StartTlsOutcome o = s.imap->startTls(m_opts.connectTimeoutSeconds * 1000);
        if (!o.reply.ok() || !o.handshakeDone) {
            s.error = translate("Context", "STARTTLS failed on an extra connection: %1")
                          .arg(o.reply.ok() ? o.tls.failure : o.reply.describe());
            return s;
        }
    }
    if (s.imap->capabilities().isEmpty() || (!t.implicitTls && secured)) s.imap->capability();
    return s;
}

Context::Side Context::openSmtpSide()
{
    Side s = connectSide();
    if (!s.error.isEmpty()) return s;
    const Target &t = m_opts.target;
    s.smtp = newSmtpSession(s.conn.get());
    const smtp::Result g = s.smtp->readGreeting();
    if (!g.completed || g.reply.code != 220) {
        s.error = translate("Context", "no usable greeting: %1").arg(g.describe());
        return s;
    }
    smtp::Result h = s.smtp->hello(m_opts.heloName);
    if (!h.ok()) {
        s.error = translate("Context", "EHLO failed: %1").arg(h.describe());
        return s;
    }
    if (!t.implicitTls && secured) {
        const smtp::StartTlsOutcome o = s.smtp->startTls(m_opts.connectTimeoutSeconds * 1000);
        if (!o.reply.ok() || !o.handshakeDone) {
            s.error = translate("Context", "STARTTLS failed on an extra connection: %1")
                          .arg(o.reply.ok() ? o.tls.failure : o.reply.describe());
            return s;
        }
        h = s.smtp->hello(m_opts.heloName);
        if (!h.ok())
            s.error = translate("Context", "EHLO after STARTTLS failed: %1").arg(h.describe());
    }
    return s;
}

bool Context::loginSide(Side &side)
{
    if (!side.ok()) return false;
    QString why;
    if (!mayLogIn(&why)) {
        side.error = why;
        side.loginBlocked = true;
        return false;
    }
    const QByteArray user = m_opts.target.user.toUtf8();
    const QByteArray bearer = bearerMechanism();
    QByteArray token;
    if (!bearer.isEmpty()) {
        // Fresh for every connection: a long idle search outlives an access token.
        token = accessToken(&side.error);
        if (token.isEmpty()) {
            side.loginBlocked = true;
            return false;
        }
    }
    const Target &t = m_opts.target;
    // Judged as the main login is: a login refused here is as much a finding as there.
    LoginFacts l;
    l.extraConnection = true;
    l.bearer = !bearer.isEmpty();
    if (side.smtp) {
        l.method = bearer.isEmpty() ? passwordMethod(*side.smtp, m_opts.authMech)
                                    : QStringLiteral("AUTH ") + QString::fromLatin1(bearer);
        const smtp::Result a = bearer.isEmpty()
                                   ? side.smtp->auth(user, m_opts.password, m_opts.authMech)
                                   : side.smtp->authBearer(bearer, user, token, t.host, t.port);
        noteAnswer(l, a);
        m_gate.attempted(l.ok,
                         translate("Context", "AUTH on an extra connection: %1").arg(a.describe()));
        if (!l.ok) {
            side.error = translate("Context", "login failed: %1").arg(a.describe());
            side.loginBlocked = true;
            addFinding(loginFailure(*this, l, side.conn.get()).finding);
        }
        return l.ok;
    }
    l.method = bearer.isEmpty() ? passwordMethod(*side.imap, m_opts.authMech)
                                : QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(bearer);
    const imap::Result r = bearer.isEmpty()
                               ? side.imap->login(user, m_opts.password, m_opts.authMech)
                               : side.imap->authenticateBearer(bearer, user, token, t.host, t.port);
    if (!r.completed && r.failure == Failure::None) {
        side.error = r.error;
        side.loginBlocked = true;
        return false;
    }
    noteAnswer(l, r);
    m_gate.attempted(r.ok(),
                     translate("Context", "login on an extra connection: %1").arg(r.describe()));
    if (!r.ok()) {
        side.error = translate("Context", "login failed: %1").arg(r.describe());
        side.loginBlocked = true;
        addFinding(loginFailure(*this, l, side.conn.get()).finding);
        return false;
    }
    if (r.tagged.code != "CAPABILITY") side.imap->capability();
    return true;
}

void Context::finish()
{
    if (!conn || !conn->isOpen()) return;
    if (imap) {
        imap->setSilenceMs(qMin(silenceMs(), 3000));
        imap->execute("LOGOUT");
    } else if (smtp) {
        smtp->command("QUIT");
    }
    if (conn->isOpen()) conn->close();
    m_report->capsBeforeTls = toStrings(capsBefore);
    m_report->capsAfterTls = toStrings(capsAfterTls);
    m_report->capsAfterLogin = toStrings(capsAfterLogin);
}

} // namespace mailscope
