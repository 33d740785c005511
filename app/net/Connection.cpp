#include "net/Connection.h"

#include "session/Transcript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace mailscope {

QString securityName(Security s)
{
    switch (s) {
    case Security::Plain:
        return QStringLiteral("plain");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("plain");
}

QString closeKindName(CloseKind k)
{
    switch (k) {
    case CloseKind::Open:
        return QStringLiteral("open");
    case CloseKind::ByPeerFin:
        return QStringLiteral("fin");
    case CloseKind::ByPeerReset:
        return QStringLiteral("rst");
    case CloseKind::ByPeerUnknown:
        return QStringLiteral("closed");
    case CloseKind::TcpTimeout:
        return QStringLiteral("tcp-timeout");
    case CloseKind::Local:
        return QStringLiteral("local");
    case CloseKind::Timeout:
        return QStringLiteral("timeout");
    case CloseKind::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("closed");
}

namespace {

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        break;
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (p == QSsl::TlsV1_0) return QStringLiteral("TLSv1.0");
    if (p == QSsl::TlsV1_1) return QStringLiteral("TLSv1.1");
    QT_WARNING_POP
    return QStringLiteral("unknown");
}

QString describeCert(const QSslCertificate &c)
{
    const auto cn = c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const auto issuer = c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return QStringLiteral("CN=%1 (issuer CN=%2, valid %3 to %4, SHA-256 %5)")
        .arg(cn, issuer, c.effectiveDate().toString(Qt::ISODate),
             c.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex()));
}

} // namespace

Connection::Connection(Transcript *transcript, TlsPolicy policy, CancelToken *cancel,
                       QObject *parent)
    : QObject(parent), m_transcript(transcript), m_policy(std::move(policy)), m_cancel(cancel),
      m_socket(new QSslSocket(this)), m_id(transcript->allocateConnection())
{
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    m_socket->setReadBufferSize(0);
}

Connection::~Connection()
{
    m_socket->disconnect(this);
    m_socket->abort();
    tcp::closeDuplicate(m_dupFd);
}

bool Connection::open(const QString &host, quint16 port, bool implicitTls, int timeoutMs)
{
    m_host = host;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_policy.extraCa.isEmpty()) conf.addCaCertificates(m_policy.extraCa);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(host);

    bool connected = false;
    bool failed = false;
    QString failure;
    auto c1 = connect(m_socket, &QSslSocket::connected, this, [&] {
        connected = true;
        // Commands go out whole; Nagle would only add delayed-ACK stalls to the timings.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_dupFd = tcp::duplicate(m_socket->socketDescriptor());
        m_peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(port);
        record(EventKind::Connect, QStringLiteral("connected to %1 (%2) from %3:%4")
                                       .arg(host, m_peer, m_socket->localAddress().toString())
                                       .arg(m_socket->localPort()));
        if (implicitTls) m_handshaking = true;
    });
    auto c2 =
        connect(m_socket, &QSslSocket::errorOccurred, this, [&](QAbstractSocket::SocketError) {
            failed = true;
            failure = m_socket->errorString();
        });
    auto c3 = connect(m_socket, &QSslSocket::encrypted, this, [this] { recordTls(true); });

    m_transcript->note(m_id, QStringLiteral("connecting to %1 port %2%3")
                                 .arg(host)
                                 .arg(port)
                                 .arg(implicitTls ? QStringLiteral(" with TLS") : QString()));
    if (implicitTls) {
        m_tls = TlsResult();
        m_tls.attempted = true;
        m_socket->connectToHostEncrypted(host, port, host);
    } else {
        m_socket->connectToHost(host, port);
    }
    waitFor([&] { return failed || (implicitTls ? m_socket->isEncrypted() : connected); },
            timeoutMs);
    disconnect(c1);
    disconnect(c2);
    disconnect(c3);

    const bool ok = implicitTls ? m_socket->isEncrypted() : connected;
    if (ok) return true;
    if (implicitTls && connected) {
        m_handshaking = false;
        if (!m_tls.established && m_tls.eventIndex < 0) recordTls(false);
        m_close = CloseKind::Error;
        m_socket->abort();
        return false;
    }
    if (!failed && !cancelled()) {
        markTimeout(QStringLiteral("no connection to %1 port %2 within %3 s")
                        .arg(host)
                        .arg(port)
                        .arg(timeoutMs / 1000.0));
    } else {
        m_lastError = cancelled() ? QStringLiteral("cancelled") : failure;
        m_close = CloseKind::Error;
        m_closeEvent =
            m_transcript->error(m_id, QStringLiteral("could not connect to %1 port %2: %3")
                                          .arg(host)
                                          .arg(port)
                                          .arg(m_lastError));
        m_socket->abort();
    }
    return false;
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    m_pendingErrors = errors;
    const QSslCertificate leaf = m_socket->peerCertificate();
    const QByteArray sha = leaf.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray wanted = m_policy.acceptSha256.toLower().replace(":", "");
    if (m_policy.insecure || (!wanted.isEmpty() && wanted == sha)) {
        m_tls.acceptedByUser = true;
        m_socket->ignoreSslErrors(errors);
    }
}

void Connection::recordTls(bool ok)
{
    m_handshaking = false;
    m_tls.attempted = true;
    m_tls.established = ok && m_socket->isEncrypted();
    m_tls.errors = m_pendingErrors;
    m_tls.chain = m_socket->peerCertificateChain();
    if (m_tls.chain.isEmpty() && !m_socket->peerCertificate().isNull())
        m_tls.chain.append(m_socket->peerCertificate());
    if (!m_tls.chain.isEmpty())
        m_tls.leafSha256 = m_tls.chain.first().digest(QCryptographicHash::Sha256).toHex();
    m_tls.trusted = m_tls.established && m_tls.errors.isEmpty();
    QStringList lines;
    if (m_tls.established) {
        m_tls.protocol = protocolName(m_socket->sessionProtocol());
        m_tls.cipher = m_socket->sessionCipher().name();
        lines << QStringLiteral("TLS established: %1, %2").arg(m_tls.protocol, m_tls.cipher);
    } else {
        m_tls.failure = m_socket->errorString();
        lines << QStringLiteral("TLS handshake failed: %1").arg(m_tls.failure);
    }
    for (int i = 0; i < m_tls.chain.size(); ++i)
        lines << QStringLiteral("certificate %1: %2").arg(i).arg(describeCert(m_tls.chain[i]));
    for (const auto &err : m_tls.errors)
        lines << QStringLiteral("certificate problem: %1").arg(err.errorString());
    if (m_tls.acceptedByUser)
        lines << (m_policy.insecure
                      ? QStringLiteral("continuing despite certificate problems (--insecure)")
                      : QStringLiteral("continuing: certificate fingerprint accepted by the user"));
    m_tls.eventIndex = record(EventKind::Tls, lines.join(QLatin1Char('\n')));
}

TlsResult Connection::startTls(int timeoutMs)
{
    m_tls = TlsResult();
    m_tls.attempted = true;
    m_pendingErrors.clear();
    if (!isOpen()) {
        m_tls.failure = QStringLiteral("connection is closed");
        return m_tls;
    }
    m_handshaking = true;
    bool failed = false;
    auto c1 = connect(m_socket, &QSslSocket::encrypted, this, [this] { recordTls(true); });
    auto c2 = connect(m_socket, &QSslSocket::errorOccurred, this,
                      [&](QAbstractSocket::SocketError) { failed = true; });
    m_socket->startClientEncryption();
    waitFor([&] { return failed || m_socket->isEncrypted(); }, timeoutMs);
    disconnect(c1);
    disconnect(c2);
    if (!m_socket->isEncrypted()) {
        if (m_tls.eventIndex < 0) recordTls(false);
        if (!failed && isOpen())
            markTimeout(
                QStringLiteral("TLS handshake did not finish within %1 s").arg(timeoutMs / 1000.0));
        else if (isOpen()) {
            m_close = CloseKind::Error;
            m_socket->abort();
        }
    }
    return m_tls;
}

TlsUpgrade Connection::discardAndStartTls(const std::function<QByteArray()> &takeHeld,
                                          int timeoutMs)
{
    TlsUpgrade out;
    QCoreApplication::processEvents();
    out.injected = takeHeld() + drainUnread();
    if (!out.injected.isEmpty()) {
        QByteArray shown = out.injected.left(400);
        shown.replace("\r", "\\r").replace("\n", "\\n");
        out.injectedEvent = m_transcript->error(
            m_id, QStringLiteral("discarded %1 bytes that arrived after the STARTTLS reply and "
                                 "before the TLS handshake, unparsed: %2")
                      .arg(out.injected.size())
                      .arg(QString::fromLatin1(shown)));
    }
    out.tls = startTls(timeoutMs);
    out.handshakeDone = out.tls.established;
    return out;
}

int Connection::send(const QByteArray &wire, const QByteArray &display, bool redacted)
{
    if (!isOpen()) return -1;
    const int idx = record(EventKind::Send, {}, display, redacted, &m_lastSendUs);
    writeToTransport(wire);
    return idx;
}

void Connection::writeToTransport(const QByteArray &wire)
{
    m_socket->write(wire);
    m_socket->flush();
}

int Connection::record(EventKind kind, const QString &text, const QByteArray &data, bool redacted,
                       qint64 *tUs)
{
    Event e;
    e.conn = m_id;
    e.kind = kind;
    e.text = text;
    e.data = data;
    e.redacted = redacted;
    return m_transcript->append(std::move(e), tUs);
}

void Connection::received(const QByteArray &bytes)
{
    record(EventKind::Receive, {}, bytes, false, &m_lastReceiveUs);
    emit bytesReceived(bytes);
}

void Connection::simulateReceive(const QByteArray &bytes)
{
    received(bytes);
}

void Connection::simulatePeerClose(bool reset)
{
    if (m_close != CloseKind::Open) return;
    finishClose(reset ? CloseKind::ByPeerReset : CloseKind::ByPeerFin,
                reset ? QStringLiteral("connection reset by the server (TCP RST)")
                      : QStringLiteral("connection closed by the server (TCP FIN)"));
}

QByteArray Connection::drainUnread()
{
    return m_socket->readAll();
}

void Connection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty()) received(bytes);
}

void Connection::onDisconnected()
{
    if (m_close != CloseKind::Open) return;
    // Anything still buffered arrived before the close.
    if (m_socket->bytesAvailable() > 0) onReadyRead();
    const TcpInfo info = tcp::sample(m_dupFd);
    // A read error other than "remote closed" is the kernel giving up (keepalive probes or
    // data never acknowledged), which also leaves the socket in CLOSE: not a reset.
    if (m_socket->error() != QAbstractSocket::RemoteHostClosedError &&
        m_socket->error() != QAbstractSocket::UnknownSocketError) {
        m_timeoutTcp = info;
        finishClose(CloseKind::TcpTimeout,
                    QStringLiteral("connection lost: the server stopped answering at TCP level "
                                   "(%1)")
                        .arg(m_socket->errorString()));
        return;
    }
    if (info.valid && info.closedByReset)
        finishClose(CloseKind::ByPeerReset,
                    QStringLiteral("connection reset by the server (TCP RST)"));
    else if (info.valid && info.peerFinished)
        finishClose(CloseKind::ByPeerFin,
                    QStringLiteral("connection closed by the server (TCP FIN)"));
    else
        finishClose(
            CloseKind::ByPeerUnknown,
            QStringLiteral("connection closed by the server (%1)").arg(m_socket->errorString()));
}

void Connection::finishClose(CloseKind kind, const QString &text)
{
    m_close = kind;
    m_closeEvent = record(kind == CloseKind::ByPeerReset  ? EventKind::Reset
                          : kind == CloseKind::TcpTimeout ? EventKind::Timeout
                                                          : EventKind::Close,
                          text);
    tcp::closeDuplicate(m_dupFd);
    m_dupFd = -1;
    emit closed();
}

bool Connection::waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    if (pred()) return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool expired = false;
    connect(&deadline, &QTimer::timeout, &loop, [&] {
        expired = true;
        loop.quit();
    });
    // Notices cancellation from other threads, and predicates changed by queued slots rather
    // than by the signals below.
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, [&] {
        if (cancelled() || pred()) loop.quit();
    });
    auto a = connect(this, &Connection::bytesReceived, &loop, &QEventLoop::quit);
    auto b = connect(m_socket, &QSslSocket::stateChanged, &loop, &QEventLoop::quit);
    auto c = connect(m_socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    auto d = connect(m_socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    auto f = connect(this, &Connection::closed, &loop, &QEventLoop::quit);
    deadline.start(qMax(0, timeoutMs));
    tick.start(25);
    while (!pred() && !expired && !cancelled()) {
        const bool openBefore = m_socket->state() != QAbstractSocket::UnconnectedState;
        loop.exec();
        if (!openBefore && m_socket->state() == QAbstractSocket::UnconnectedState &&
            !m_handshaking && m_close != CloseKind::Open)
            break;
        if (m_close != CloseKind::Open && !pred()) break;
    }
    disconnect(a);
    disconnect(b);
    disconnect(c);
    disconnect(d);
    disconnect(f);
    return pred();
}

bool Connection::awaitReply(const std::function<bool()> &ready, int timeoutMs,
                            const QByteArray &what)
{
    waitFor([&] { return ready() || !isOpen(); }, timeoutMs);
    if (ready()) return true;
    if (isOpen() && !cancelled())
        markTimeout(QStringLiteral("no reply to %1 within %2 s")
                        .arg(QString::fromLatin1(what))
                        .arg(timeoutMs / 1000.0));
    return false;
}

QString Connection::whyNoReply(const QByteArray &what) const
{
    if (cancelled()) return QStringLiteral("cancelled");
    const QString w = QString::fromLatin1(what);
    switch (m_close) {
    case CloseKind::ByPeerReset:
        return QStringLiteral("connection reset by the server while waiting for %1").arg(w);
    case CloseKind::ByPeerFin:
    case CloseKind::ByPeerUnknown:
        return QStringLiteral("connection closed by the server while waiting for %1").arg(w);
    case CloseKind::TcpTimeout:
        return QStringLiteral("the server stopped answering at TCP level while waiting for %1")
            .arg(w);
    case CloseKind::Timeout:
        return m_lastError;
    default:
        break;
    }
    return QStringLiteral("connection not open");
}

void Connection::close()
{
    if (!isOpen()) return;
    m_close = CloseKind::Local;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) m_socket->waitForDisconnected(1000);
    endHere(EventKind::Close, QStringLiteral("connection closed by Mailscope"), false);
}

// Ends the connection from our side: one event, then the socket and the descriptor copy go.
void Connection::endHere(EventKind kind, const QString &text, bool notify)
{
    m_socket->abort();
    m_closeEvent = record(kind, text);
    tcp::closeDuplicate(m_dupFd);
    m_dupFd = -1;
    if (notify) emit closed();
}

void Connection::abort()
{
    if (!isOpen()) return;
    m_close = CloseKind::Local;
    endHere(EventKind::Close, QStringLiteral("connection aborted by Mailscope"), true);
}

void Connection::markTimeout(const QString &what)
{
    // The kernel's view before we abort: was our data even acknowledged?
    m_timeoutTcp = tcpInfo();
    QString text = what;
    if (m_timeoutTcp.valid)
        text += QStringLiteral(" (TCP: %1 segment(s) sent and not acknowledged, %2 "
                               "retransmission(s), last data from the server %3 ms ago)")
                    .arg(m_timeoutTcp.unacked)
                    .arg(m_timeoutTcp.retransmits)
                    .arg(m_timeoutTcp.lastDataRecvMs);
    m_lastError = what;
    if (m_close == CloseKind::Open) m_close = CloseKind::Timeout;
    endHere(EventKind::Timeout, text, false);
}

TcpInfo Connection::tcpInfo() const
{
    return tcp::sample(m_dupFd >= 0 ? m_dupFd : m_socket->socketDescriptor());
}

qintptr Connection::nativeDescriptor() const
{
    return m_socket->socketDescriptor();
}

} // namespace mailscope
