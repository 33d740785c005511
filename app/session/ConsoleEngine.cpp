// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "session/ConsoleEngine.h"

#include "imap/ImapCommand.h"
#include "session/Transcript.h"

#include <QCoreApplication>

namespace mailscope {

namespace {
const QByteArray kRedacted = imap::CommandBuilder::redactedMarker();

QList<QByteArray> words(const QByteArray &typed)
{
    return typed.simplified().split(' ');
}

// "{5}" or "{5+}" at the end of a line: a literal follows on the next line.
bool endsWithLiteral(const QByteArray &typed, bool *nonSync)
{
    const QByteArray t = typed.trimmed();
    if (!t.endsWith('}')) return false;
    const qsizetype open = t.lastIndexOf('{');
    if (open < 0) return false;
    QByteArray n = t.mid(open + 1, t.size() - open - 2);
    *nonSync = n.endsWith('+') || n.endsWith('-');
    if (*nonSync) n.chop(1);
    if (n.isEmpty()) return false;
    for (char c : n)
        if (c < '0' || c > '9') return false;
    return true;
}

bool isLoginVerb(const QByteArray &upper, bool imap)
{
    return imap ? upper == "LOGIN" || upper == "AUTHENTICATE" : upper == "AUTH";
}

// How many IMAP arguments follow the verb: atoms and quoted strings (an unterminated one runs
// to the end). Only counts; the password stays wherever the user put it.
int imapArgCount(const QByteArray &rest)
{
    int n = 0;
    qsizetype i = 0;
    while (i < rest.size()) {
        if (rest[i] == ' ') {
            ++i;
            continue;
        }
        ++n;
        if (rest[i] == '"') {
            for (++i; i < rest.size() && rest[i] != '"'; ++i)
                if (rest[i] == '\\') ++i;
            ++i;
        } else {
            while (i < rest.size() && rest[i] != ' ')
                ++i;
        }
    }
    return n;
}
} // namespace

ConsoleEngine::Nest::Nest(ConsoleEngine *e) : engine(e)
{
    ++engine->m_depth;
}

ConsoleEngine::Nest::~Nest()
{
    if (--engine->m_depth == 0 && engine->m_deferred)
        QMetaObject::invokeMethod(engine, &ConsoleEngine::runDeferred, Qt::QueuedConnection);
}

bool ConsoleEngine::deferred(std::function<void()> f)
{
    if (m_depth == 0) return false;
    m_deferred = std::move(f); // the latest wins: a new open or close replaces an older one
    m_cancel.cancelled = true;
    return true;
}

void ConsoleEngine::runDeferred()
{
    if (m_depth > 0 || !m_deferred) return;
    auto f = std::move(m_deferred);
    m_deferred = nullptr;
    m_cancel.cancelled = false;
    f();
}

ConsoleEngine::ConsoleEngine(Transcript *transcript, QObject *parent)
    : QObject(parent), m_transcript(transcript)
{
    qRegisterMetaType<mailscope::DiagnoseOptions>();
}

ConsoleEngine::~ConsoleEngine()
{
    m_imap.reset();
    m_smtp.reset();
    m_conn.reset();
}

bool ConsoleEngine::isSecured() const
{
    return isOpen() && m_conn->tls().established;
}

ConsoleEngine::Typed ConsoleEngine::parseCommand(const QByteArray &typed, bool imap)
{
    Typed c;
    const QList<QByteArray> w = words(typed);
    // The verb, even when the user typed a tag of their own in front of it.
    if (w.size() > 1 && !isLoginVerb(w[0].toUpper(), imap) && isLoginVerb(w[1].toUpper(), imap))
        c.verbAt = 1;
    c.verb = w[c.verbAt].toUpper();
    // Everything after the user name of LOGIN is the password, whatever its quoting; an
    // AUTHENTICATE or AUTH line with a third word carries an initial SASL response.
    c.secret = isLoginVerb(c.verb, imap) && w.size() >= c.verbAt + 3;
    // IMAP LOGIN has no prompt for its password: without it on the line, what is typed next
    // would go as a command of its own, in the transcript and history, maybe in the clear.
    bool nonSync = false;
    if (imap && c.verb == "LOGIN" && !endsWithLiteral(typed, &nonSync)) {
        const QByteArray t = typed.trimmed();
        qsizetype at = 0; // just after the verb
        for (int i = 0; i <= c.verbAt; ++i) {
            while (at < t.size() && t[at] == ' ')
                ++at;
            while (at < t.size() && t[at] != ' ')
                ++at;
        }
        c.incompleteLogin = imapArgCount(t.mid(at)) < 2;
    }
    return c;
}

bool ConsoleEngine::carriesSecret(const QString &typed)
{
    const QByteArray t = typed.trimmed().toUtf8();
    return !t.isEmpty() && (parseCommand(t, true).secret || parseCommand(t, false).secret);
}

ConsoleEngine::Line ConsoleEngine::classify(const QByteArray &typed)
{
    Line l;
    l.typed = typed;
    const bool imap = m_imap != nullptr;
    if (m_owedSecret) {
        // What it is made of says nothing: a password may well read "Select me". Only a line
        // that is a login of its own (masked, or refused if incomplete) is taken as a
        // command; anything else is not sent, and a literal it announces is owed data too.
        m_owedSecret = false;
        if (!parseCommand(typed, imap).secret) {
            bool nonSync = false;
            m_owedSecret = endsWithLiteral(typed, &nonSync);
            l.dropped = l.secret = l.continuation = true;
            return l;
        }
    }
    if (m_wantsMore || m_loginExchange || m_literalNext) {
        // Data for the running command: no tag. Login data is a secret; "*" only cancels an
        // AUTHENTICATE exchange, while as a literal's content it may be the password itself.
        l.continuation = true;
        l.wire = typed + "\r\n";
        const bool cancelOnly = !m_literalNext && typed.trimmed() == "*";
        l.secret =
            !cancelOnly && (m_secretMore || m_loginExchange || (m_literalNext && m_literalSecret));
        l.shown = l.secret ? kRedacted + "\r\n" : l.wire;
        l.verb = m_lastVerb;
        return l;
    }
    const Typed c = parseCommand(typed, imap);
    l.verb = c.verb;
    if (c.incompleteLogin) {
        l.incompleteLogin = l.secret = true;
        return l;
    }
    if (imap) l.tag = m_imap->builder().nextTag();
    const QByteArray prefix = imap ? l.tag + ' ' : QByteArray();
    l.wire = prefix + typed + "\r\n";
    l.shown = l.wire;
    if (c.secret) {
        l.secret = true;
        l.shown = prefix + words(typed).mid(0, c.verbAt + 2).join(' ') + ' ' + kRedacted + "\r\n";
    }
    return l;
}

void ConsoleEngine::open(const DiagnoseOptions &opts)
{
    if (deferred([this, opts] { open(opts); })) return;
    Nest nest(this);
    openNow(opts);
}

void ConsoleEngine::openNow(const DiagnoseOptions &opts)
{
    closeNow();
    m_cancel.cancelled = false;
    if (opts.password != m_opts.password || opts.token != m_opts.token ||
        opts.target.url != m_opts.target.url)
        m_loginFailed.clear();
    m_opts = opts;
    m_opts.tls.pinPerRun();
    m_starttlsAgain = false;
    connectNow();
}

bool ConsoleEngine::connectNow()
{
    m_tags.clear();
    m_stale.clear();
    m_smtpOutstanding = 0;
    m_wantsMore = false;
    m_loginExchange = false;
    m_literalNext = false;
    m_owedSecret = false;
    m_greeting = true;
    m_conn = m_factory ? m_factory(m_transcript, m_opts.tls, &m_cancel)
                       : std::make_unique<Connection>(m_transcript, m_opts.tls, &m_cancel);
    m_conn->setRevealSecrets(m_opts.revealSecrets);
    const Target &t = m_opts.target;
    if (!m_conn->open(t.host, t.port, t.implicitTls, m_opts.connectTimeoutSeconds * 1000)) {
        const TlsResult tls = m_conn->tls();
        const QString why = m_conn->lastError().isEmpty() ? tls.failure : m_conn->lastError();
        m_conn.reset();
        if (t.implicitTls && !tls.errors.isEmpty() && !tls.acceptedByUser) certificateProblem(tls);
        emit stateChanged(false, false, why.isEmpty() ? tr("could not connect") : why);
        return false;
    }
    const int silence = m_opts.silenceSeconds * 1000;
    if (t.protocol == Protocol::Imap)
        m_imap = std::make_unique<imap::Session>(m_conn.get(), silence);
    else
        m_smtp = std::make_unique<smtp::Session>(m_conn.get(), silence);
    // After the session has parsed the bytes: see what they answered.
    connect(m_conn.get(), &Connection::bytesReceived, this, &ConsoleEngine::poll,
            Qt::QueuedConnection);
    connect(
        m_conn.get(), &Connection::closed, this,
        [this] { emit stateChanged(false, false, tr("the connection was closed")); },
        Qt::QueuedConnection);
    m_transcript->note(m_conn->id(),
                       t.protocol == Protocol::Imap
                           ? tr("manual console: type IMAP commands without a tag; STARTTLS "
                                "upgrades, .login logs in with the given password (never shown), "
                                ".quit leaves")
                           : tr("manual console: type SMTP commands; STARTTLS upgrades, .login "
                                "authenticates with the given password (never shown), .quit "
                                "leaves"));
    emit stateChanged(true, t.implicitTls, t.host + QLatin1Char(':') + QString::number(t.port));
    return true;
}

void ConsoleEngine::poll()
{
    if (m_busy) return;
    if (m_imap) {
        for (const auto &r : m_imap->takeUnsolicited()) {
            if (r.kind == imap::Response::Untagged) m_greeting = false;
            if (r.kind == imap::Response::Continuation && !m_tags.isEmpty()) {
                m_wantsMore = true;
                m_secretMore = m_lastVerb == "LOGIN" || m_lastVerb == "AUTHENTICATE";
            } else if (r.kind == imap::Response::Tagged && m_tags.removeAll(r.tag) > 0) {
                m_stale.removeAll(r.tag);
                // The command ended: no prompt and no literal of it is pending any more. If
                // its login data had not gone yet, the next line may be that data.
                // A login exchange that failed may have asked for less than was typed (a
                // password after a refused user name).
                if ((m_literalNext && m_literalSecret) || (m_loginExchange && !r.isOk()))
                    m_owedSecret = true;
                m_wantsMore = false;
                m_loginExchange = false;
                m_literalNext = false;
            }
        }
    } else if (m_smtp) {
        for (const auto &r : m_smtp->takePending()) {
            if (m_greeting) {
                m_greeting = false;
                continue;
            }
            m_smtpOutstanding = qMax(0, m_smtpOutstanding - 1);
            m_wantsMore = r.code == 334;
            m_secretMore = m_wantsMore && m_lastVerb == "AUTH";
            if (!m_wantsMore && m_loginExchange && r.code / 100 != 2) m_owedSecret = true;
            if (!m_wantsMore) m_loginExchange = false;
        }
    }
}

bool ConsoleEngine::awaiting() const
{
    for (const QByteArray &t : m_tags)
        if (!m_stale.contains(t)) return true;
    return m_smtpOutstanding > 0 || m_greeting;
}

bool ConsoleEngine::waitReplies(int ms)
{
    if (!m_conn) return false;
    return m_conn->waitFor(
        [this] {
            poll();
            return !awaiting() || m_wantsMore;
        },
        ms);
}

void ConsoleEngine::enqueue(const QStringList &lines)
{
    for (const QString &l : lines) {
        const QByteArray b = l.trimmed().toUtf8();
        if (!b.isEmpty()) m_pending.append(b);
    }
    if (m_depth == 0) pump();
}

void ConsoleEngine::pump()
{
    // STARTTLS, .login and the waits between lines run nested event loops: lines queued
    // meanwhile wait their turn here instead of running inside them.
    if (m_processing) return;
    Nest nest(this);
    m_processing = true;
    while (!m_pending.isEmpty() && isOpen() && !m_cancel.cancelled) {
        // A LITERAL+ literal's content goes at once: the server answers only after it.
        const bool literalNow = m_literalNext && !m_literalSync;
        if (awaiting() && !m_wantsMore && !literalNow) waitReplies(m_opts.silenceSeconds * 1000);
        if (m_cancel.cancelled) break;
        m_greeting = false;
        if (!m_wantsMore) {
            // Unanswered lines stay visible in the transcript; move on. Their tags are kept:
            // a late reply still ends its command, and what is secret stays secret.
            m_stale = m_tags;
            m_smtpOutstanding = 0;
        }
        if (!isOpen()) break;
        handle(m_pending.takeFirst());
    }
    m_processing = false;
    if (!isOpen()) m_pending.clear();
    if (m_pending.isEmpty()) emit idle();
}

void ConsoleEngine::handle(const QByteArray &l)
{
    const bool command = !m_wantsMore && !m_literalNext && !m_loginExchange;
    if (l == ".quit") {
        m_pending.clear();
        finishNow();
        return;
    }
    // The console's own steps are not login data: typing one moves on from an owed line.
    if (command && l.toUpper() == "STARTTLS") {
        m_owedSecret = false;
        startTls();
        return;
    }
    if (command && l == ".login") {
        m_owedSecret = false;
        logIn();
        return;
    }
    sendTyped(classify(l));
}

void ConsoleEngine::noteDropped()
{
    m_transcript->error(m_conn->id(),
                        tr("not sent: the login ended before the server asked for this line, "
                           "which may be a password or login data (if it was a command, type it "
                           "again)"));
}

void ConsoleEngine::noteIncompleteLogin()
{
    // Not sent, and neither is the next line: it is probably the password.
    m_owedSecret = true;
    m_transcript->error(m_conn->id(),
                        tr("not sent: LOGIN needs the user name and the password on one line. "
                           "Type LOGIN user password (the password is masked), or use .login "
                           "(in the app: the Log in button) to log in with the password given "
                           "to the console."));
}

bool ConsoleEngine::refuseInClear(const QString &what)
{
    if (isSecured() || m_opts.allowPlaintextLogin) return false;
    m_transcript->error(m_conn->id(),
                        tr("not sent: %1 would travel unencrypted. Use STARTTLS first (or allow "
                           "plaintext login explicitly).")
                            .arg(what));
    return true;
}

void ConsoleEngine::sendTyped(const Line &l)
{
    if (l.dropped) {
        noteDropped();
        return;
    }
    if (l.incompleteLogin) {
        noteIncompleteLogin();
        return;
    }
    if (l.secret && refuseInClear(l.continuation ? tr("login data") : tr("this login"))) {
        if (l.continuation && m_imap) {
            // The server still waits for data: cancel the exchange instead (RFC 3501 §6.2.2).
            m_conn->send("*\r\n");
        }
        // "LOGIN fred {18}" not sent: its literal, the password, must not go as a command.
        bool nonSync = false;
        if (!l.continuation && endsWithLiteral(l.typed, &nonSync)) m_owedSecret = true;
        return;
    }
    if (!l.secret && !l.continuation) {
        const QString typed = QString::fromUtf8(l.typed);
        if (m_history.isEmpty() || m_history.last() != typed) {
            m_history.append(typed);
            if (m_history.size() > 500) m_history.removeFirst();
            emit historyChanged(m_history);
        }
    }
    m_conn->send(l.wire, l.shown, l.secret);
    m_wantsMore = false;
    if (!l.continuation) {
        m_lastVerb = l.verb;
        m_loginExchange = l.verb == "AUTHENTICATE" || l.verb == "AUTH";
        m_literalSecret = l.secret || l.verb == "LOGIN" || l.verb == "AUTHENTICATE";
    }
    bool nonSync = false;
    m_literalNext = m_imap && endsWithLiteral(l.typed, &nonSync);
    m_literalSync = m_literalNext && !nonSync;
    if (m_imap) {
        if (!l.continuation) m_tags << l.tag;
        // A server that never answers: the oldest tags are forgotten, within a bound.
        while (m_tags.size() > 1000)
            m_stale.removeAll(m_tags.takeFirst());
    } else {
        ++m_smtpOutstanding;
    }
}

void ConsoleEngine::sendGroup(const QStringList &lines)
{
    if (deferred([this, lines] { sendGroup(lines); })) return;
    Nest nest(this);
    if (!isOpen()) return;
    if (awaiting() && !m_wantsMore) waitReplies(m_opts.silenceSeconds * 1000);
    if (!isOpen() || m_cancel.cancelled) return;
    m_wantsMore = false;
    QByteArray wire, shown;
    bool secret = false;
    QList<QByteArray> tags;
    int n = 0;
    for (const QString &s : lines) {
        const QByteArray typed = s.trimmed().toUtf8();
        if (typed.isEmpty()) continue;
        const Line l = classify(typed);
        if (l.dropped) {
            noteDropped();
            continue;
        }
        if (l.incompleteLogin) {
            noteIncompleteLogin();
            continue;
        }
        wire += l.wire;
        shown += l.shown;
        secret = secret || l.secret;
        if (m_imap) tags << l.tag;
        ++n;
    }
    if (n == 0 || (secret && refuseInClear(tr("this group")))) return;
    m_conn->send(wire, shown, secret);
    m_tags += tags;
    if (m_smtp) m_smtpOutstanding += n;
    waitReplies(m_opts.silenceSeconds * 1000);
    emit idle();
}

void ConsoleEngine::startTls()
{
    const int timeout = m_opts.connectTimeoutSeconds * 1000;
    m_busy = true;
    bool accepted = false;
    TlsUpgrade up;
    if (m_imap) {
        const imap::StartTlsOutcome o = m_imap->startTls(timeout);
        accepted = o.reply.ok();
        up = o;
    } else {
        const smtp::StartTlsOutcome o = m_smtp->startTls(timeout);
        accepted = o.reply.completed && o.reply.reply.code == 220;
        up = o;
    }
    m_busy = false;
    if (accepted && !up.handshakeDone && !up.tls.errors.isEmpty() && !up.tls.acceptedByUser) {
        m_starttlsAgain = true;
        certificateProblem(up.tls);
    }
    if (isOpen())
        emit stateChanged(true, up.handshakeDone,
                          up.handshakeDone ? tr("encrypted (STARTTLS)") : tr("STARTTLS failed"));
}

void ConsoleEngine::logIn()
{
    if (!m_opts.havePassword && !m_opts.token) {
        m_transcript->error(m_conn->id(), tr("no password given: enter one first"));
        return;
    }
    if (!m_loginFailed.isEmpty()) {
        m_transcript->error(
            m_conn->id(),
            tr("not sent: the last .login in this session did not succeed (%1), and Mailscope "
               "never sends the same password or sign-in again by itself (lockouts, fail2ban). "
               "%2")
                .arg(m_loginFailed,
                     m_newPasswordHint.isEmpty()
                         ? tr("To try another password, start a new session with it.")
                         : m_newPasswordHint));
        return;
    }
    if (refuseInClear(m_opts.token ? tr("the sign-in token") : tr("the password"))) return;
    const QByteArray user = m_opts.target.user.toUtf8();
    QByteArray token;
    if (m_opts.token) {
        QString err;
        token = m_opts.token->accessToken(&err);
        if (token.isEmpty()) {
            m_transcript->error(m_conn->id(), tr("no usable sign-in token: %1").arg(err));
            return;
        }
    }
    const QByteArray mech = m_opts.token ? m_opts.token->mechanism() : QByteArray();
    const Target &t = m_opts.target;
    m_busy = true;
    bool ok = false, answered = false, sent = false;
    QString reply;
    if (m_imap) {
        const imap::Result r = token.isEmpty()
                                   ? m_imap->login(user, m_opts.password, m_opts.authMech)
                                   : m_imap->authenticateBearer(mech, user, token, t.host, t.port);
        ok = r.ok();
        answered = r.completed;
        sent = r.completed || r.failure != Failure::None; // else no method: nothing went out
        reply = r.describe();
    } else {
        const smtp::Result r = token.isEmpty()
                                   ? m_smtp->auth(user, m_opts.password, m_opts.authMech)
                                   : m_smtp->authBearer(mech, user, token, t.host, t.port);
        ok = r.completed && r.reply.code == 235;
        answered = r.completed;
        sent = r.completed || r.failure != Failure::None;
        reply = r.describe();
    }
    m_busy = false;
    if (!ok && sent)
        m_loginFailed = answered ? tr("the server refused it: %1").arg(reply)
                                 : tr("the server did not answer it: %1").arg(reply);
}

void ConsoleEngine::certificateProblem(const TlsResult &tls)
{
    m_refused = tls;
    QStringList details;
    for (const auto &e : tls.errors)
        details << e.errorString();
    if (!tls.chain.isEmpty()) {
        const QSslCertificate &c = tls.chain.first();
        details << tr("issued to %1 by %2, valid until %3")
                       .arg(c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                            c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                            c.expiryDate().toString(Qt::ISODate));
    }
    const Target &t = m_opts.target;
    m_transcript->note(0, tr("the certificate of %1:%2 is not trusted (SHA-256 %3). Trust it "
                             "only if your provider confirms this fingerprint.")
                              .arg(t.host)
                              .arg(t.port)
                              .arg(QString::fromLatin1(tls.leafSha256)));
    emit certificateRefused(t.host, t.port, tls.leafSha256, details.join(QStringLiteral("; ")),
                            certProblemKinds(tls.errors));
}

void ConsoleEngine::acceptCertificate(const QByteArray &sha256)
{
    if (deferred([this, sha256] { acceptCertificate(sha256); })) return;
    Nest nest(this);
    const QByteArray sha = TlsPolicy::normaliseSha256(sha256);
    // Only the certificate that was refused, and only for the server that presented it.
    if (sha.isEmpty() || sha != m_refused.leafSha256) return;
    const Target &t = m_opts.target;
    m_opts.tls.accept(t.host, t.port, sha);
    const bool again = m_starttlsAgain;
    m_refused = TlsResult();
    m_starttlsAgain = false;
    closeNow();
    if (!connectNow() || !again) return;
    // The certificate came with STARTTLS: greet, then upgrade again.
    if (m_imap)
        m_conn->waitFor([this] { return !m_imap->takeUnsolicited().empty(); },
                        m_opts.silenceSeconds * 1000);
    else
        m_conn->waitFor([this] { return !m_smtp->takePending().empty(); },
                        m_opts.silenceSeconds * 1000);
    m_greeting = false;
    startTls();
}

void ConsoleEngine::finish()
{
    if (deferred([this] { finish(); })) return;
    Nest nest(this);
    finishNow();
}

void ConsoleEngine::finishNow()
{
    if (isOpen() && awaiting()) waitReplies(m_opts.silenceSeconds * 1000);
    closeNow();
}

void ConsoleEngine::close()
{
    m_pending.clear();
    if (deferred([this] { close(); })) return;
    Nest nest(this);
    closeNow();
}

void ConsoleEngine::closeNow()
{
    m_pending.clear();
    if (isOpen()) {
        m_busy = true;
        // The goodbye is a courtesy, bounded as a whole: a server that keeps sending (an IDLE
        // still running) never let LOGOUT's silence run out, and the window's thread outlived
        // the 20 s its destructor waits (tst_gui aborted once under load).
        if (m_imap) {
            m_imap->setSilenceMs(qMin(m_imap->silenceMs(), 3000));
            m_imap->setCommandTimeoutMs(qMin(m_imap->commandTimeoutMs(), 5000));
            m_imap->execute("LOGOUT");
        } else if (m_smtp) {
            m_smtp->setSilenceMs(qMin(m_smtp->silenceMs(), 3000));
            m_smtp->setCommandTimeoutMs(qMin(m_smtp->commandTimeoutMs(), 5000));
            m_smtp->command("QUIT");
        }
        m_busy = false;
        if (isOpen()) m_conn->close();
    }
    m_imap.reset();
    m_smtp.reset();
    m_conn.reset();
    m_tags.clear();
    m_stale.clear();
    m_smtpOutstanding = 0;
    m_wantsMore = false;
    m_loginExchange = false;
    m_literalNext = false;
}

} // namespace mailscope
