// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The manual console, one engine for both front ends (mailscope-cli session and the desktop
// app's console): connect, STARTTLS, log in, and typed commands without tags.
//
// Typed lines are turned into what goes on the wire here, and only here: IMAP commands get a
// tag and CRLF; a line typed while the server waits for more data ("+" in IMAP, 334 in SMTP)
// is a continuation, sent untagged; LOGIN passwords, AUTHENTICATE/AUTH data and the
// continuations of a login are flagged as secrets on their events and never enter the history.
// Nothing secret goes over an unencrypted connection unless plaintext login was allowed.
#pragma once

#include "imap/ImapSession.h"
#include "probes/Context.h"
#include "smtp/SmtpSession.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace mailscope {

class Transcript;

class ConsoleEngine : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleEngine(Transcript *transcript, QObject *parent = nullptr);
    ~ConsoleEngine() override;

    CancelToken *cancelToken() { return &m_cancel; }
    bool isOpen() const { return m_conn && m_conn->isOpen(); }
    bool isSecured() const;
    // Typed lines worth recalling (Up key): never a secret, never a continuation.
    QStringList history() const { return m_history; }
    // Lines waiting to be sent.
    int pendingLines() const { return int(m_pending.size()); }
    // Lets tests and fuzzers use a transport other than a socket.
    void setConnectionFactory(ConnectionFactory f) { m_factory = std::move(f); }
    // How this front end gives a new password, said when .login is refused here after a
    // failed one (set before the engine is used; the default suits mailscope-cli session).
    void setNewPasswordHint(const QString &how) { m_newPasswordHint = how; }

    // What one typed line becomes, given what the server is waiting for now.
    struct Line
    {
        QByteArray wire;
        QByteArray shown; // the redacted form when secret
        bool secret = false;
        bool continuation = false;    // data for the running command, not a new command
        QByteArray verb;              // upper-case verb of a new command
        QByteArray typed;             // as typed, for the history
        QByteArray tag;               // IMAP tag of a new command
        bool dropped = false;         // owed login data of a login that ended: never sent
        bool incompleteLogin = false; // IMAP LOGIN without its password: never sent
    };
    Line classify(const QByteArray &typed);
    // A typed line that carries a password or SASL data by itself (LOGIN user password,
    // AUTHENTICATE/AUTH with an initial response), as IMAP or SMTP: for masking what is typed.
    static bool carriesSecret(const QString &typed);

public slots:
    void open(const mailscope::DiagnoseOptions &opts);
    // Lines are sent one after another, each once the previous reply (or a request for more
    // data) is in, or --silence passed. "STARTTLS" upgrades, ".login" logs in, ".quit" leaves.
    void enqueue(const QStringList &lines);
    // Sends all lines in one write (IMAP or SMTP pipelining).
    void sendGroup(const QStringList &lines);
    // Waits (bounded) for replies still outstanding, then logs out and closes.
    void finish();
    void close();
    // The certificate refused at the last connect or STARTTLS: trust it for that host and
    // port in this console session, and connect again.
    void acceptCertificate(const QByteArray &sha256);

signals:
    void stateChanged(bool connected, bool secured, const QString &message);
    // TLS stopped at an untrusted certificate; acceptCertificate() goes on with it.
    // kinds: the kinds of problem it has (certProblemKinds), for a remembered trust.
    void certificateRefused(const QString &host, quint16 port, const QByteArray &sha256,
                            const QString &details, int kinds);
    void historyChanged(const QStringList &history);
    void idle(); // nothing queued any more

private:
    // A typed command line, read without the engine's state.
    struct Typed
    {
        int verbAt = 0; // 1 when the user typed a tag of their own
        QByteArray verb;
        bool secret = false;
        bool incompleteLogin = false; // IMAP LOGIN with fewer than two arguments, no literal
    };
    static Typed parseCommand(const QByteArray &typed, bool imap);
    // Waits on the connection run nested event loops; slots arriving meanwhile (another
    // thread's queued calls, or a signal handler) must not destroy the connection under them.
    // Entry points that replace or end it are deferred until the outermost wait has unwound,
    // and the running wait is cancelled so that happens at once.
    struct Nest
    {
        explicit Nest(ConsoleEngine *e);
        ~Nest();
        ConsoleEngine *engine;
    };
    bool deferred(std::function<void()> f);
    void runDeferred();
    void openNow(const DiagnoseOptions &opts);
    void closeNow();
    void finishNow();
    bool awaiting() const;
    bool connectNow();
    void pump();
    void handle(const QByteArray &line);
    void startTls();
    void logIn();
    void sendTyped(const Line &l);
    bool waitReplies(int ms);
    void poll();
    bool refuseInClear(const QString &what);
    void noteDropped(); // a line taken for owed login data was not sent
    void noteIncompleteLogin();
    void certificateProblem(const TlsResult &tls);

    Transcript *m_transcript;
    DiagnoseOptions m_opts;
    CancelToken m_cancel;
    ConnectionFactory m_factory;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<imap::Session> m_imap;
    std::unique_ptr<smtp::Session> m_smtp;
    QList<QByteArray> m_pending;
    QStringList m_history;
    QList<QByteArray> m_tags;  // IMAP tags still waiting for their reply (kept after silence,
                               // so a late reply still ends its command's state)
    QList<QByteArray> m_stale; // of those, the ones the queue stopped waiting for
    int m_smtpOutstanding = 0; // SMTP replies still expected
    bool m_wantsMore = false;  // the server asked for more data ("+" / 334)
    bool m_secretMore = false; // and that data is login data
    // A login exchange (AUTHENTICATE, AUTH) has started and not ended: whatever is typed
    // meanwhile is login data, even if the server's prompt is late.
    bool m_loginExchange = false;
    bool m_greeting = false; // waiting for the server's greeting
    QByteArray m_lastVerb;   // of the command the server asks more for
    // The last line sent ended with a literal ({N} or {N+}): the next line is its content,
    // whatever the server says meanwhile (LITERAL+ sends no "+" at all).
    bool m_literalNext = false;
    bool m_literalSync = false;   // {N}: the server's "+" comes before the content goes
    bool m_literalSecret = false; // part of a LOGIN or AUTHENTICATE
    // A login ended (refused here as unencrypted or incomplete, or by the server) before its
    // data went: the next line is probably that data (a password, a SASL blob), and is not
    // sent unless it is a complete login of its own (masked).
    bool m_owedSecret = false;
    bool m_busy = false; // STARTTLS and .login read their own replies
    bool m_processing = false;
    bool m_starttlsAgain = false; // reconnecting after accepting a STARTTLS certificate
    TlsResult m_refused;
    // Why the last .login did not succeed (refused, or no answer): .login never sends the
    // same password or sign-in again in this session (lockouts, fail2ban); a new password,
    // sign-in or account given to open() clears it. What the user types stays theirs.
    QString m_loginFailed;
    QString m_newPasswordHint;
    int m_depth = 0;
    std::function<void()> m_deferred;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::DiagnoseOptions)
