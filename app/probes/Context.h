// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Shared state of one diagnose run: options, the main connection and what it has learnt.
// Checks ask for the steps they need (greeted, secured, logged in); each step runs once.
#pragma once

#include "auth/OAuth.h"
#include "imap/ImapSession.h"
#include "net/Connection.h"
#include "probes/Report.h"
#include "smtp/SmtpSession.h"

#include <QMap>
#include <functional>
#include <memory>

namespace mailscope {

class Transcript;

struct DiagnoseOptions
{
    Target target;
    QByteArray password;
    bool havePassword = false;
    QStringList checks; // empty: the default set
    int idleMaxSeconds = 1860;
    int silenceSeconds = 10;
    int connectTimeoutSeconds = 15;
    int commandTimeoutSeconds = 120; // one command, however chatty the server is meanwhile
    int maxConnections = 8;          // the idle search's ladder needs them: see probes/IdleLadder.h
    // How long to listen for untagged lines right after an IMAP greeting (seed 003).
    int greetingGraceMs = 50;
    qint64 transcriptLimitBytes = qint64(128) << 20; // bytes stored; the rest is counted
    TlsPolicy tls;
    // OAuth2: the access token to log in with instead of a password (XOAUTH2/OAUTHBEARER).
    std::shared_ptr<oauth::TokenSource> token;
    bool revealSecrets = false;
    bool allowPlaintextLogin = false;
    QByteArray authMech; // empty: automatic; LOGIN, PLAIN, AUTH-LOGIN, XOAUTH2, OAUTHBEARER
    QByteArray heloName = QByteArrayLiteral("mailscope.invalid");
    QString mailbox;             // --mailbox: limit mailbox-wide checks to one mailbox
    QByteArray sendTo;           // --send-to: SMTP test message recipient (off by default)
    QByteArray mailFrom;         // --mail-from: SMTP envelope sender (default: the user, or <>)
    bool includeHeaders = false; // --include-headers: ghost findings name From/Subject/Date
};

// Makes the run's connections. Tests and fuzzers hand in one whose transport is not a socket.
using ConnectionFactory =
    std::function<std::unique_ptr<Connection>(Transcript *, const TlsPolicy &, CancelToken *)>;

// One rule for the whole run: a login that did not succeed (refused, or no answer) closes the
// gate, and no connection of the run logs in again (lockouts, fail2ban).
class LoginGate
{
public:
    bool isOpen() const { return m_closedBy.isEmpty(); }
    QString closedBy() const { return m_closedBy; }
    int attempts() const { return m_attempts; }
    void attempted(bool ok, const QString &outcome)
    {
        ++m_attempts;
        if (!ok && m_closedBy.isEmpty()) m_closedBy = outcome;
    }

private:
    QString m_closedBy;
    int m_attempts = 0;
};

// What the server's answer to a login that did not succeed says about the credentials.
enum class LoginRefusal
{
    None,        // accepted, or not answered
    Credentials, // IMAP NO (without a code below), SMTP 5xx: refused, the credentials or so
    Temporary,   // IMAP NO [UNAVAILABLE]/[SERVERBUG]/[INUSE]/[CORRUPTION], SMTP 4xx: not checked
    Invalid      // IMAP BAD: the command was not taken as valid, no verdict at all
};

// The main login, as the login check reports it (or a login on an extra connection).
struct LoginFacts
{
    bool attempted = false;
    bool ok = false;
    bool refused = false; // the server answered NO/BAD/535… (refusal says which kind)
    LoginRefusal refusal = LoginRefusal::None;
    QString responseCode;            // IMAP "UNAVAILABLE", SMTP "454"; empty when none
    QString enhancedStatus;          // SMTP "4.7.0", when the server gave one
    bool extraConnection = false;    // a login on an extra connection (Context::loginSide)
    Failure failure = Failure::None; // no answer: stalled, closed, reset…
    bool bearer = false;             // signed in with an OAuth2 token
    sasl::BearerError oauthError;    // the server's error challenge, when it sent one
    QString method;
    QString reply;        // the server's answer, or why there was none
    QString blocked;      // why it was not tried
    bool noToken = false; // not tried: the sign-in gave no usable token (blocked says why)
    int sendEvent = -1;
    int replyEvent = -1;
    qint64 latencyUs = -1;
    std::vector<imap::Response> untagged; // untagged before the LOGIN reply (seed 003)
};

class Context;

// A login that did not succeed, in words: the finding (auth.failed, auth.modern-required,
// auth.unavailable, auth.bad-command or auth.incomplete), the note for a check's summary and
// the status it gives that check. One place, so that the main login and every extra
// connection's login are judged alike. conn: the connection it was sent on.
struct LoginVerdict
{
    Finding finding;
    QString note;
    CheckStatus status = CheckStatus::Fail;
};
LoginVerdict loginFailure(const Context &ctx, const LoginFacts &l, const Connection *conn);
// Fills l from the server's answer to a login that was sent (what kind of refusal, the reply
// in words, its events): every login of the run is judged from these.
void noteAnswer(LoginFacts &l, const imap::Result &r);
void noteAnswer(LoginFacts &l, const smtp::Result &r);

class Context
{
public:
    Context(DiagnoseOptions opts, Transcript *transcript, Report *report, CancelToken *cancel);
    ~Context();

    const DiagnoseOptions &options() const { return m_opts; }
    Transcript *transcript() const { return m_transcript; }
    Report *report() const { return m_report; }
    CancelToken *cancelToken() const { return m_cancel; }
    bool cancelled() const { return m_cancel && m_cancel->cancelled.load(); }
    bool isImap() const { return m_opts.target.protocol == Protocol::Imap; }
    void setConnectionFactory(ConnectionFactory f) { m_factory = std::move(f); }

    bool ensureGreeted();
    bool ensureSecured();
    bool ensureLoggedIn();
    void finish(); // polite LOGOUT/QUIT

    // Extra connections for probes, set up like the main one (STARTTLS when the target uses
    // it). openSide() stops before login; loginSide() logs in through the run's login gate.
    struct Side
    {
        std::unique_ptr<Connection> conn;
        std::unique_ptr<imap::Session> imap;
        std::unique_ptr<smtp::Session> smtp;
        QString error;
        bool loginBlocked = false; // the gate is closed: do not try again on another one
        bool ok() const { return error.isEmpty() && conn && conn->isOpen(); }
    };
    Side openSide();
    bool loginSide(Side &side);
    // SMTP: greeting, EHLO, STARTTLS and EHLO again when the target uses it.
    Side openSmtpSide();
    // Every login of the run asks here first; a false answer names why in *why.
    bool mayLogIn(QString *why) const;
    // A password or a token was given.
    bool haveCredentials() const { return m_opts.havePassword || m_opts.token != nullptr; }
    // The bearer mechanism to use (XOAUTH2/OAUTHBEARER) when logging in with a token; empty
    // for password logins.
    QByteArray bearerMechanism() const;
    // A fresh access token, or why there is none (then nothing is sent).
    QByteArray accessToken(QString *why) const;
    LoginGate &loginGate() { return m_gate; }
    // Why the server could not be reached or used, for checks that end in an error.
    QString unreachableReason() const
    {
        return m_report->fatalError.isEmpty() ? QStringLiteral("could not reach the server")
                                              : m_report->fatalError;
    }
    // Secures the main session; when that ends the run, records checkId as an error and
    // returns false.
    bool requireSecured(const QString &checkId)
    {
        if (ensureSecured() || m_report->fatalError.isEmpty()) return true;
        addCheck(checkId, CheckStatus::Error, m_report->fatalError);
        return false;
    }
    // Why a check that needs the main login cannot run: the refusal, or what was missing.
    // Why the checks that need a login cannot have one (also: it worked, but the connection
    // ended afterwards).
    QString loginBlockedReason() const;

    void addFinding(Finding f); // one per id; later evidence merges in
    void addCheck(const QString &id, CheckStatus status, const QString &summary);
    std::unique_ptr<Connection> newConnection();
    std::unique_ptr<imap::Session> newImapSession(Connection *c) const;
    std::unique_ptr<smtp::Session> newSmtpSession(Connection *c) const;
    int silenceMs() const { return m_opts.silenceSeconds * 1000; }
    // Live progress for long checks ("cutoff between 120 and 180 s, about 2 min left").
    std::function<void(const QString &)> onProgress;
    void progress(const QString &text)
    {
        if (onProgress) onProgress(text);
    }

    // What the run learnt.
    struct StartTlsFacts
    {
        bool tried = false;
        bool advertised = false;
        bool accepted = false; // server said OK / 220
        QString replyText;
        int sendEvent = -1;
        int replyEvent = -1;
        QByteArray injected;
        int injectedEvent = -1;
        bool reconnected = false; // the server dropped us after refusing
        bool unanswered = false;  // no answer in time (then reconnected, as after a hang-up)
    };
    std::unique_ptr<Connection> conn;
    std::unique_ptr<imap::Session> imap;
    std::unique_ptr<smtp::Session> smtp;
    QByteArray greeting;
    int greetingEvent = -1;
    bool preauth = false;
    StartTlsFacts starttls;
    TlsResult tls;
    bool tlsRefused = false;
    bool secured = false;
    QList<QByteArray> capsBefore; // plain connection
    QList<QByteArray> capsAfterTls;
    QList<QByteArray> capsAfterLogin;
    QList<QByteArray> authMechsBefore; // SMTP AUTH before TLS
    bool heloOnly = false;             // SMTP: EHLO refused, HELO used
    qint64 ehloLatencyUs = -1;
    int ehloReplyEvent = -1;
    LoginFacts login;
    std::vector<imap::Response> greetUntagged; // unsolicited status lines right after greeting
    QMap<QString, QString> idFields;
    int idEvent = -1;
    bool idTried = false;
    QStringList replyTexts; // texts useful to identify the server

private:
    bool greetImap();
    bool greetSmtp();
    bool secureImap();
    bool secureSmtp();
    void loginImap(const QByteArray &user);
    void loginSmtp(const QByteArray &user);
    QByteArray bearerToken(const QString &verb, const QByteArray &mech, bool offered);
    void refusedTls(const TlsResult &r);
    Side connectSide();
    int recordStartTls(int sendEvent, bool accepted, const QString &replyText, int replyEvent,
                       const TlsUpgrade &o);
    void exchangeId();

    DiagnoseOptions m_opts;
    Transcript *m_transcript;
    Report *m_report;
    CancelToken *m_cancel;
    ConnectionFactory m_factory;
    LoginGate m_gate;
    int m_stage = 0; // 0 none, 1 greeted, 2 secured (or tried), 3 logged in (or tried)
    bool m_greetFailed = false;
};

} // namespace mailscope
