// One recorded TCP/TLS connection. Every byte in and out becomes a transcript event.
#pragma once

#include "net/TcpInfo.h"
#include "session/Event.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <atomic>
#include <functional>

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

struct TlsPolicy
{
    bool insecure = false;          // accept any certificate (user asked for it)
    QByteArray acceptSha256;        // hex, lower case, no colons: accept exactly this leaf
    QList<QSslCertificate> extraCa; // extra trust anchors (--ca-file)
};

struct TlsResult
{
    bool attempted = false;
    bool established = false;
    bool trusted = false;        // chain and host name verified without exceptions
    bool acceptedByUser = false; // continued despite errors: fingerprint or --insecure
    QString protocol;
    QString cipher;
    QByteArray leafSha256; // hex lower
    QList<QSslCertificate> chain;
    QList<QSslError> errors;
    QString failure; // why the handshake failed, if it did
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
enum class CloseKind
{
    Open,
    ByPeerFin,
    ByPeerReset,
    ByPeerUnknown,
    TcpTimeout,
    Local,
    Timeout,
    Error
};
QString closeKindName(CloseKind k);

// Lets long waits be cancelled from another thread (the GUI's Cancel button).
struct CancelToken
{
    std::atomic<bool> cancelled{false};
};

class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(Transcript *transcript, TlsPolicy policy, CancelToken *cancel = nullptr,
               QObject *parent = nullptr);
    ~Connection() override;

    int id() const { return m_id; }
    bool open(const QString &host, quint16 port, bool implicitTls, int timeoutMs);
    // Upgrades in place. Bytes already received and not consumed are discarded by the caller
    // before this is called (see discardPending()).
    TlsResult startTls(int timeoutMs);
    const TlsResult &tls() const { return m_tls; }
    // After a positive STARTTLS reply: lets bytes in flight arrive, discards them together
    // with takeHeld() (what the session did not parse) and reports them, then handshakes.
    // RFC 3207 §4.2 / RFC 3501 §6.2.1; the "NO STARTTLS" injection class (CVE-2021-22947).
    TlsUpgrade discardAndStartTls(const std::function<QByteArray()> &takeHeld, int timeoutMs);

    // Returns the index of the send event.
    int send(const QByteArray &wire, const QByteArray &display, bool redacted);
    int send(const QByteArray &bytes) { return send(bytes, bytes, false); }
    // Reads and returns whatever the socket holds now without recording it as protocol
    // data (it is recorded as a discarded note by the caller).
    QByteArray drainUnread();

    bool isOpen() const { return m_close == CloseKind::Open; }
    CloseKind closeKind() const { return m_close; }
    int closeEventIndex() const { return m_closeEvent; }
    qint64 lastReceiveUs() const { return m_lastReceiveUs; }
    qint64 lastSendUs() const { return m_lastSendUs; }

    // Runs the event loop until pred() is true, the connection closes, the timeout passes or
    // the run is cancelled. Returns pred().
    bool waitFor(const std::function<bool()> &pred, int timeoutMs);
    // For protocol sessions: waits until ready() (or the connection ends); if the server stays
    // silent, records a timeout naming what was awaited and ends the connection.
    bool awaitReply(const std::function<bool()> &ready, int timeoutMs, const QByteArray &what);
    // Why no reply came: cancelled, closed, reset, TCP gave up, timed out.
    QString whyNoReply(const QByteArray &what) const;
    void close(); // orderly local close
    void abort(); // immediate local close
    void markTimeout(const QString &what);

    TcpInfo tcpInfo() const;
    // TCP state sampled when markTimeout() gave up waiting (valid only on platforms with it).
    TcpInfo timeoutTcpInfo() const { return m_timeoutTcp; }
    qintptr nativeDescriptor() const;
    Transcript *transcript() const { return m_transcript; }
    QString peer() const { return m_peer; }
    QString lastError() const { return m_lastError; }
    bool cancelled() const { return m_cancel && m_cancel->cancelled.load(); }

    // For fake transports in unit tests: bytes "from the server" and a peer close, recorded
    // exactly as real ones would be.
    void simulateReceive(const QByteArray &bytes);
    void simulatePeerClose(bool reset);

signals:
    void bytesReceived(const QByteArray &bytes);
    void closed();

protected:
    // The one place bytes leave the process; a fake transport overrides it.
    virtual void writeToTransport(const QByteArray &wire);

private:
    void onReadyRead();
    int record(EventKind kind, const QString &text, const QByteArray &data = {},
               bool redacted = false, qint64 *tUs = nullptr);
    void received(const QByteArray &bytes);
    void endHere(EventKind kind, const QString &text, bool notify);
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void recordTls(bool ok);
    void finishClose(CloseKind kind, const QString &text);

    Transcript *m_transcript;
    TlsPolicy m_policy;
    CancelToken *m_cancel;
    QSslSocket *m_socket;
    int m_id;
    QString m_host;
    QString m_peer;
    qintptr m_dupFd = -1;
    CloseKind m_close = CloseKind::Open;
    int m_closeEvent = -1;
    qint64 m_lastReceiveUs = 0;
    qint64 m_lastSendUs = 0;
    TlsResult m_tls;
    QList<QSslError> m_pendingErrors;
    bool m_handshaking = false;
    QString m_lastError;
    TcpInfo m_timeoutTcp;
};

} // namespace mailscope
