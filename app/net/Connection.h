// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// One recorded TCP/TLS connection. Every byte in and out becomes a transcript event.
#pragma once

#include "net/SecretEcho.h"
#include "net/TcpInfo.h"
#include "session/Event.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class QSslConfiguration;
class QSslSocket;

namespace mailscope {

class Transcript;

enum class Security
{
    Plain,
    StartTls,
    Tls
};
QString securityName(Security s);

// The kinds of certificate problem a consent covers (as Thunderbird's override bits): a
// certificate trusted while self-signed is asked about again once it has expired.
enum CertProblemKind : int
{
    CertUntrusted = 1, // self-signed, unknown authority, broken chain, anything else
    CertTime = 2,      // expired or not valid yet
    CertName = 4,      // made out for another name
    CertAnyProblem = 7
};
int certProblemKinds(const QList<QSslError> &errors);
// The kinds named in a report's tls.certificate finding (its data's "problems").
int certProblemKinds(const QJsonArray &problems);
QString certProblemKindNames(int kinds); // "untrusted,time" (settings)
int certProblemKindsFromNames(const QStringList &names);

// A certificate the user accepted despite its problems: exactly this leaf, for exactly this
// host and port (as Thunderbird's certificate overrides are), never for another server, and
// for the kinds of problem it had when they said yes.
struct CertOverride
{
    QString host;
    quint16 port = 0;
    QByteArray sha256; // hex, lower case, no colons
    int kinds = CertAnyProblem;

    bool operator==(const CertOverride &o) const
    {
        return port == o.port && sha256 == o.sha256 &&
               host.compare(o.host, Qt::CaseInsensitive) == 0;
    }
};

// The first certificate each host:port presented in a run (shared by the run's connections,
// which may live on several threads): what --insecure goes on with.
class CertPins
{
public:
    // Records sha256 as host:port's certificate if it is the first; true when it is the one
    // recorded, else false with the recorded one in *first.
    bool pin(const QString &host, quint16 port, const QByteArray &sha256, QByteArray *first);

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_first;
};

// Makes conf trust `extra` (--ca-file) in addition to the system's roots, never instead of
// them. Qt's addCaCertificates()/setCaCertificates() turn off its on-demand loading of the
// system's roots, and on Linux the default configuration has no other (its caCertificates()
// is empty): adding alone would stop trusting every public CA. So the system's roots are
// listed here explicitly (read once per process), with what conf already has. Nothing
// changes when extra is empty.
void addTrustAnchors(QSslConfiguration &conf, const QList<QSslCertificate> &extra);

struct TlsPolicy
{
    // Accept any certificate (user asked for it); with `pins`, only the first each server
    // presents in the run: one that changes mid-run is no longer accepted.
    bool insecure = false;
    std::shared_ptr<CertPins> pins;
    QList<CertOverride> accepted;   // per host:port fingerprints the user accepted
    QList<QSslCertificate> extraCa; // extra trust anchors (--ca-file)
    // --allow-old-tls: the user explicitly accepts TLS 1.0/1.1 (and OpenSSL's lowest security
    // level) on the run's connections, logins included. Off: such servers are refused.
    bool allowOldTls = false;

    // Whether host:port may go on with this leaf despite problems of these kinds (0: whether
    // the leaf is known at all).
    bool accepts(const QString &host, quint16 port, const QByteArray &sha256, int kinds = 0) const;
    void accept(const QString &host, quint16 port, const QByteArray &sha256,
                int kinds = CertAnyProblem);
    // Gives an insecure policy its run's pins (copies made after this share them).
    void pinPerRun()
    {
        if (insecure && !pins) pins = std::make_shared<CertPins>();
    }
    // Normalises "AB:CD:…" or "abcd…" to lower-case hex; empty when not a SHA-256.
    static QByteArray normaliseSha256(const QByteArray &text);
};

// Why a TLS handshake failed, typed; the words for people are tlsFailureWords().
enum class TlsFailure
{
    None,
    OldProtocol,     // the server speaks only TLS versions this side refuses (or the reverse)
    NoSharedCipher,  // no cipher (or curve, or signature algorithm) both sides accept
    NotTls,          // what came back was not TLS at all (a plain port, an HTTP server)
    Closed,          // the server hung up or reset during the handshake
    WeakCertificate, // the certificate's key or signature is refused as too weak
    Untrusted,       // the certificate could not be verified (the QSslErrors say why)
    Timeout,
    Other
};
QString tlsFailureName(TlsFailure f);
// Qt's certificate error text (QSslError::errorString(), always English) as an engine text:
// English where it is stored, the user's language where it is shown (localized()). Texts Qt
// may add later pass through unchanged.
QString sslErrorText(const QString &qtText);
// "TLSv1.0" … "TLSv1.3", as the transcript and reports name them.
QString tlsVersionName(QSsl::SslProtocol p);
// Classifies the backend's error text (OpenSSL's "error:0A00042E:…:tlsv1 alert protocol
// version" and friends).
TlsFailure classifyTlsFailure(const QString &raw);
// Plain words for people: "the server only speaks TLS 1.0 or 1.1, which current mail programs
// refuse". The raw text stays in TlsResult::failureDetail.
QString tlsFailureWords(TlsFailure f, const QString &raw);

// Probes only, one connection at a time: pin a single TLS version and lower OpenSSL's security
// level so that TLS 1.0/1.1 and weak certificates can be seen at all. Never set on a
// connection that logs in or carries anything but the probe.
struct TlsProbeSettings
{
    bool active = false;
    QSsl::SslProtocol only = QSsl::UnknownProtocol; // UnknownProtocol: any version
    bool lowerSecurity = false;
};

struct TlsResult
{
    bool attempted = false;
    bool established = false;
    bool trusted = false;        // chain and host name verified without exceptions
    bool acceptedByUser = false; // continued despite errors: fingerprint or --insecure
    // Not continued: the user trusted this very certificate for this server, but when it had
    // fewer kinds of problem (it expired since, say).
    bool trustedForFewerProblems = false;
    // Not continued despite --insecure: another certificate for this server earlier in the run.
    QByteArray pinnedEarlier;
    QString protocol;
    QString cipher;
    QByteArray leafSha256; // hex lower
    QList<QSslCertificate> chain;
    QList<QSslError> errors;
    QString failure;       // why the handshake failed, if it did, in plain words
    QString failureDetail; // the backend's own text (OpenSSL's), for the experts
    TlsFailure failureKind = TlsFailure::None;
    int eventIndex = -1;
};

// STARTTLS after the server's OK: what was thrown away, and the handshake.
struct TlsUpgrade
{
    bool handshakeDone = false;
    TlsResult tls;
    QByteArray injected; // bytes after the OK and before the handshake (discarded unread)
    int injectedEvent = -1;
};

// TcpTimeout: the kernel gave up on the peer (unanswered keepalives or data), not our timer.
// Timeout: the server stayed silent longer than --silence. Deadline: a command ran longer than
// --command-timeout although the server kept talking. ProtocolError: we ended it because the
// server broke the protocol or a limit.
enum class CloseKind
{
    Open,
    ByPeerFin,
    ByPeerReset,
    ByPeerUnknown,
    TcpTimeout,
    Local,
    Timeout,
    Deadline,
    ProtocolError,
    Error
};
QString closeKindName(CloseKind k);

// Why a command got no complete answer: typed, so that a stall, a reset, a close and a
// refusal stay four different findings.
enum class Failure
{
    None,
    NotOpen,
    Cancelled,
    Silence,    // no byte within --silence
    Deadline,   // busy past --command-timeout without the reply
    Closed,     // TCP FIN (or closed, kind unknown)
    Reset,      // TCP RST
    TcpTimeout, // the kernel gave up (unacknowledged data or keepalives)
    Protocol,   // the server broke the protocol or a limit
};
QString failureName(Failure f);
// Plain words: "the server did not answer within 10 s", "the server reset the connection".
QString failureWords(Failure f);

// Lets long waits be cancelled from another thread (the GUI's Cancel button).
struct CancelToken
{
    std::atomic<bool> cancelled{false};
};

// The transport is a QSslSocket; tests and fuzzers replace it by overriding the protected
// transport hooks (open, startTls, writeToTransport, drainUnread) and feeding bytes through
// transportReceived()/transportPeerClosed(), so everything above records exactly as for real.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(Transcript *transcript, TlsPolicy policy, CancelToken *cancel = nullptr,
               QObject *parent = nullptr);
    ~Connection() override;

    int id() const { return m_id; }
    // Connect to this address instead of resolving the host name (the name is still the one
    // the certificate must match). Discovery uses it when DNS goes to a server of its own.
    void setConnectAddress(const QHostAddress &a) { m_connectAddress = a; }
    // See TlsProbeSettings: for inspection probes only.
    void setProbeSettings(const TlsProbeSettings &s) { m_probe = s; }
    virtual bool open(const QString &host, quint16 port, bool implicitTls, int timeoutMs);
    // Upgrades in place. Bytes already received and not consumed are discarded by the caller
    // before this is called (see discardPending()).
    virtual TlsResult startTls(int timeoutMs);
    const TlsResult &tls() const { return m_tls; }
    // After a positive STARTTLS reply: lets bytes in flight arrive, discards them together
    // with takeHeld() (what the session did not parse) and reports them, then handshakes.
    // RFC 3207 §4.2 / RFC 3501 §6.2.1; the "NO STARTTLS" injection class (CVE-2021-22947).
    TlsUpgrade discardAndStartTls(const std::function<QByteArray()> &takeHeld, int timeoutMs);

    // Secrets are recorded in the clear only when this is set (--show-secrets); the event is
    // flagged either way.
    void setRevealSecrets(bool on) { m_reveal = on; }
    bool revealSecrets() const { return m_reveal; }
    // Returns the index of the send event. A secret event records redactedForm (and keeps it
    // as the masked form when secrets are revealed).
    int send(const QByteArray &wire, const QByteArray &redactedForm, bool secret);
    int send(const QByteArray &bytes) { return send(bytes, bytes, false); }
    // Reads and returns whatever the socket holds now without recording it as protocol
    // data (it is recorded as a discarded note by the caller).
    virtual QByteArray drainUnread();

    bool isOpen() const { return m_close == CloseKind::Open; }
    CloseKind closeKind() const { return m_close; }
    int closeEventIndex() const { return m_closeEvent; }
    qint64 lastReceiveUs() const { return m_lastReceiveUs; }
    qint64 lastSendUs() const { return m_lastSendUs; }
    // Index of the receive event that carried the bytes last delivered (bytesReceived).
    int lastReceiveEvent() const { return m_lastReceiveEvent; }

    // Runs the event loop until pred() is true, the connection closes, the timeout passes or
    // the run is cancelled. Returns pred().
    bool waitFor(const std::function<bool()> &pred, int timeoutMs);
    // For protocol sessions: waits until ready() (or the connection ends). If no byte at all
    // arrives for silenceMs, or the deadline passes (checked even while replies are queued),
    // records which and ends the connection.
    bool awaitReply(const std::function<bool()> &ready, int silenceMs, const QByteArray &what,
                    const QDeadlineTimer &deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    // Why no reply came, typed and in words.
    Failure failure() const;
    QString whyNoReply(const QByteArray &what) const;
    void close(); // orderly local close
    void abort(); // immediate local close
    void markTimeout(const QString &what);
    // The server broke the protocol or a limit: one error event (fact ProtocolError), then the
    // connection ends. The first reason is kept.
    void failProtocol(const QString &why);
    QString protocolError() const { return m_protocolError; }

    TcpInfo tcpInfo() const;
    // TCP state sampled when markTimeout() gave up waiting (valid only on platforms with it).
    TcpInfo timeoutTcpInfo() const { return m_timeoutTcp; }
    qintptr nativeDescriptor() const;
    Transcript *transcript() const { return m_transcript; }
    QString peer() const { return m_peer; }
    QString lastError() const { return m_lastError; }
    bool cancelled() const { return m_cancel && m_cancel->cancelled.load(); }

signals:
    void bytesReceived(const QByteArray &bytes);
    void closed();

protected:
    // The one place bytes leave the process; a fake transport overrides it.
    virtual void writeToTransport(const QByteArray &wire);
    // For transports other than the socket: bytes "from the server" and a peer close, recorded
    // exactly as real ones are; and the connect event.
    void transportReceived(const QByteArray &bytes);
    void transportPeerClosed(bool reset);
    void transportConnected(const QString &host, quint16 port);
    // What a transport's own TLS layer negotiated (recorded as the TLS event).
    void transportTls(const TlsResult &r, const QString &text);

private:
    void onReadyRead();
    int record(EventKind kind, const QString &text, const QByteArray &data = {},
               qint64 *tUs = nullptr, EventFact fact = EventFact::None);
    void received(const QByteArray &bytes);
    // Records and passes on received bytes, the forms of sent secrets masked (p: their look).
    void deliver(const QByteArray &bytes, const SecretEcho::Pass &p);
    // Passes on bytes held back as the possible start of an echoed secret.
    void flushEcho();
    // One look at `in` (the kept tail, then what arrived): delivers what may go on now.
    void filterEcho(const QByteArray &in, SecretEcho::Tail tail);
    void endTimedOut(CloseKind kind, const QString &what, EventFact fact = EventFact::None);
    void endHere(EventKind kind, const QString &text, bool notify,
                 EventFact fact = EventFact::None);
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    // timedOut: the handshake got no answer in time (the socket's own error text says nothing).
    void recordTls(bool ok, bool timedOut = false);
    void finishClose(CloseKind kind, const QString &text);

    Transcript *m_transcript;
    TlsPolicy m_policy;
    CancelToken *m_cancel;
    QSslSocket *m_socket;
    int m_id;
    QString m_host;
    quint16 m_port = 0;
    QString m_peer;
    bool m_reveal = false;
    int m_lastReceiveEvent = -1;
    QString m_protocolError;
    qintptr m_dupFd = -1;
    CloseKind m_close = CloseKind::Open;
    int m_closeEvent = -1;
    qint64 m_lastReceiveUs = 0;
    quint64 m_receivedBytes = 0;
    qint64 m_lastSendUs = 0;
    TlsResult m_tls;
    QList<QSslError> m_pendingErrors;
    bool m_handshaking = false;
    QString m_lastError;
    TcpInfo m_timeoutTcp;
    QHostAddress m_connectAddress;
    TlsProbeSettings m_probe;
    SecretEcho m_echo; // what this connection sent as secrets, to mask in what comes back
    // The end of what was received that may begin such an echo: its first m_echoDelivered
    // bytes went on already (kept so the rest of the echo is still recognised), the others
    // are held back until more arrives or m_echoFlush fires.
    QByteArray m_echoTail;
    qsizetype m_echoDelivered = 0;
    QTimer *m_echoFlush = nullptr;
    bool m_startTlsUpgrade = false; // the TLS handshake follows STARTTLS (not implicit TLS)
};

} // namespace mailscope
