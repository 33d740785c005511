// Shared state of one diagnose run: options, the main connection and what it has learnt.
// Checks ask for the steps they need (greeted, secured, logged in); each step runs once.
#pragma once

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
    int maxConnections = 4;
    TlsPolicy tls;
    bool revealSecrets = false;
    bool allowPlaintextLogin = false;
    QByteArray authMech; // empty: automatic
    QByteArray heloName = QByteArrayLiteral("mailscope.invalid");
    QString mailbox;     // --mailbox: limit mailbox-wide checks to one mailbox
    QByteArray sendTo;   // --send-to: SMTP test message recipient (off by default)
    QByteArray mailFrom; // --mail-from: SMTP envelope sender (default: the user, or <>)
};

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

    bool ensureGreeted();
    bool ensureSecured();
    bool ensureLoggedIn();
    QString whyNotLoggedIn() const { return m_loginBlocked; }
    void finish(); // polite LOGOUT/QUIT

    // Extra IMAP connections for probes, set up like the main one (STARTTLS when the target
    // uses it). openSide() stops before login; loginSide() logs in once, never retrying.
    struct Side
    {
        std::unique_ptr<Connection> conn;
        std::unique_ptr<imap::Session> imap;
        std::unique_ptr<smtp::Session> smtp;
        QString error;
        bool ok() const { return error.isEmpty() && conn && conn->isOpen(); }
    };
    Side openSide();
    bool loginSide(Side &side);
    // SMTP: greeting, EHLO, STARTTLS and EHLO again when the target uses it.
    Side openSmtpSide();
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
    QString loginBlockedReason() const
    {
        return m_loginBlocked.isEmpty() ? loginReply : m_loginBlocked;
    }

    void addFinding(Finding f); // one per id; later evidence merges in
    void addCheck(const QString &id, CheckStatus status, const QString &summary);
    std::unique_ptr<Connection> newConnection();
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
    bool loginAttempted = false;
    bool loggedIn = false;
    QString loginMethod;
    QString loginReply;
    int loginSendEvent = -1;
    int loginReplyEvent = -1;
    qint64 loginLatencyUs = -1;
    std::vector<imap::Response> loginUntagged; // untagged before the LOGIN reply (seed 003)
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
    void refusedTls(const TlsResult &r);
    Side connectSide();
    int recordStartTls(int sendEvent, bool accepted, const QString &replyText, int replyEvent,
                       const TlsUpgrade &o);
    void exchangeId();

    DiagnoseOptions m_opts;
    Transcript *m_transcript;
    Report *m_report;
    CancelToken *m_cancel;
    int m_stage = 0; // 0 none, 1 greeted, 2 secured (or tried), 3 logged in (or tried)
    bool m_greetFailed = false;
    QString m_loginBlocked;
};

} // namespace mailscope
