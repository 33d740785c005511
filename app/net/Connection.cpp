// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/Connection.h"
#include "i18n/Text.h"

#include "session/Transcript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QSet>
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
    case CloseKind::Deadline:
        return QStringLiteral("deadline");
    case CloseKind::ProtocolError:
        return QStringLiteral("protocol-error");
    case CloseKind::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("closed");
}

QString failureName(Failure f)
{
    switch (f) {
    case Failure::None:
        return QString();
    case Failure::NotOpen:
        return QStringLiteral("not-open");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::Silence:
        return QStringLiteral("timeout");
    case Failure::Deadline:
        return QStringLiteral("deadline");
    case Failure::Closed:
        return QStringLiteral("closed");
    case Failure::Reset:
        return QStringLiteral("reset");
    case Failure::TcpTimeout:
        return QStringLiteral("tcp-timeout");
    case Failure::Protocol:
        return QStringLiteral("protocol-error");
    }
    return QString();
}

QString failureWords(Failure f)
{
    switch (f) {
    case Failure::None:
        return QString();
    case Failure::NotOpen:
        return translate("Connection", "the connection was no longer open");
    case Failure::Cancelled:
        return translate("Connection", "the run was cancelled");
    case Failure::Silence:
        return translate("Connection", "the server stopped answering");
    case Failure::Deadline:
        return translate("Connection",
                         "the server kept the command busy without ever finishing it");
    case Failure::Closed:
        return translate("Connection", "the server closed the connection");
    case Failure::Reset:
        return translate("Connection", "the server reset the connection (TCP RST)");
    case Failure::TcpTimeout:
        return translate("Connection", "the network stopped delivering data to the server");
    case Failure::Protocol:
        return translate("Connection", "the server sent something that breaks the protocol");
    }
    return QString();
}

int certProblemKinds(const QList<QSslError> &errors)
{
    int kinds = 0;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            kinds |= CertTime;
            break;
        case QSslError::HostNameMismatch:
            kinds |= CertName;
            break;
        default:
            kinds |= CertUntrusted;
        }
    }
    return kinds;
}

int certProblemKinds(const QJsonArray &problems)
{
    int kinds = 0;
    for (const auto &v : problems) {
        const QString code = v.toObject().value(QStringLiteral("problem")).toString();
        if (code == QLatin1String("expiring")) continue; // a warning, not an error
        if (code == QLatin1String("expired") || code == QLatin1String("not-yet-valid"))
            kinds |= CertTime;
        else if (code == QLatin1String("name-mismatch"))
            kinds |= CertName;
        else
            kinds |= CertUntrusted;
    }
    return kinds;
}

QString certProblemKindNames(int kinds)
{
    QStringList n;
    if (kinds & CertUntrusted) n << QStringLiteral("untrusted");
    if (kinds & CertTime) n << QStringLiteral("time");
    if (kinds & CertName) n << QStringLiteral("name");
    return n.join(QLatin1Char(','));
}

int certProblemKindsFromNames(const QStringList &names)
{
    int kinds = 0;
    for (const QString &n : names) {
        if (n == QLatin1String("untrusted")) kinds |= CertUntrusted;
        if (n == QLatin1String("time")) kinds |= CertTime;
        if (n == QLatin1String("name")) kinds |= CertName;
    }
    return kinds;
}

bool CertPins::pin(const QString &host, quint16 port, const QByteArray &sha256, QByteArray *first)
{
    const QMutexLocker lock(&m_mutex);
    const QString key = QStringLiteral("%1:%2").arg(host.toLower()).arg(port);
    const auto it = m_first.constFind(key);
    if (it == m_first.cend()) {
        m_first.insert(key, sha256);
        return true;
    }
    if (first) *first = *it;
    return *it == sha256;
}

bool TlsPolicy::accepts(const QString &host, quint16 port, const QByteArray &sha256,
                        int kinds) const
{
    if (sha256.isEmpty()) return false;
    const CertOverride want{host, port, sha256.toLower()};
    for (const auto &o : accepted)
        if (o == want && (o.kinds & kinds) == kinds) return true;
    return false;
}

void TlsPolicy::accept(const QString &host, quint16 port, const QByteArray &sha256, int kinds)
{
    const CertOverride o{host, port, normaliseSha256(sha256), kinds};
    if (o.sha256.isEmpty()) return;
    for (auto &have : accepted)
        if (have == o) {
            have.kinds |= kinds;
            return;
        }
    accepted.append(o);
}

QByteArray TlsPolicy::normaliseSha256(const QByteArray &text)
{
    QByteArray sha = text.trimmed().toLower();
    sha.replace(":", "");
    if (sha.size() != 64 || QByteArray::fromHex(sha).toHex() != sha) return {};
    return sha;
}

void addTrustAnchors(QSslConfiguration &conf, const QList<QSslCertificate> &extra)
{
    if (extra.isEmpty()) return; // Qt's own loading of the system's roots stays on
    // Reading the system's roots takes a few hundred milliseconds: once per process.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    const QList<QSslCertificate> had = conf.caCertificates();
    QList<QSslCertificate> all;
    QSet<QSslCertificate> seen;
    for (const QList<QSslCertificate> *list : {&had, &system, &extra})
        for (const QSslCertificate &c : *list)
            if (!c.isNull() && !seen.contains(c)) {
                seen.insert(c);
                all.append(c);
            }
    conf.setCaCertificates(all);
}

namespace {

void applyProbeSettings(QSslConfiguration *conf, const TlsProbeSettings &p)
{
    QByteArray pinned;
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (p.only == QSsl::TlsV1_0) pinned = "TLSv1";
    if (p.only == QSsl::TlsV1_1) pinned = "TLSv1.1";
    QT_WARNING_POP
    if (p.only == QSsl::TlsV1_2) pinned = "TLSv1.2";
    if (p.only == QSsl::TlsV1_3) pinned = "TLSv1.3";
    if (!pinned.isEmpty()) {
        // Through the backend, after Qt's own version settings: exactly this one version.
        conf->setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), pinned);
        conf->setBackendConfigurationOption(QByteArrayLiteral("MaxProtocol"), pinned);
    }
    if (p.lowerSecurity) {
        // OpenSSL 3 refuses TLS 1.0/1.1 (their signatures use SHA-1) and small keys at its
        // default security level, and Debian raises the minimum version system-wide. For this
        // one probe socket only, the backend's own configuration commands (SSL_CONF_cmd, which
        // Qt's OpenSSL backend applies to this socket's context) lower both.
        if (pinned.isEmpty())
            conf->setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"),
                                                QByteArrayLiteral("TLSv1"));
        // Never the anonymous or unencrypted suites, even here: a login may follow on this
        // socket when the user allowed old TLS.
        conf->setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                            QByteArrayLiteral("ALL:!aNULL:!eNULL:@SECLEVEL=0"));
    }
    // Qt's default (TLS 1.2 and newer) would override the backend's minimum.
    if (p.only != QSsl::UnknownProtocol || p.lowerSecurity) conf->setProtocol(QSsl::AnyProtocol);
}

QString describeCert(const QSslCertificate &c)
{
    const auto cn = c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const auto issuer = c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return translate("Connection", "CN=%1 (issuer CN=%2, valid %3 to %4, SHA-256 %5)")
        .arg(cn, issuer, c.effectiveDate().toString(Qt::ISODate),
             c.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex()));
}

} // namespace

QString tlsVersionName(QSsl::SslProtocol p)
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

QString sslErrorText(const QString &qtText)
{
    static const char *const known[] = {
        QT_TRANSLATE_NOOP("SslErrors", "The certificate has expired"),
        QT_TRANSLATE_NOOP("SslErrors", "The issuer certificate could not be found"),
        QT_TRANSLATE_NOOP("SslErrors", "The certificate signature could not be decrypted"),
        QT_TRANSLATE_NOOP("SslErrors", "The certificate is not yet valid"),
        QT_TRANSLATE_NOOP("SslErrors",
                          "The certificate's notBefore field contains an invalid time"),
        QT_TRANSLATE_NOOP("SslErrors", "The certificate's notAfter field contains an invalid time"),
        QT_TRANSLATE_NOOP("SslErrors", "The certificate is self-signed, and untrusted"),
        QT_TRANSLATE_NOOP("SslErrors",
                          "The root certificate of the certificate chain is self-signed, and "
                          "untrusted"),
        QT_TRANSLATE_NOOP("SslErrors",
                          "The issuer certificate of a locally looked up certificate could not be "
                          "found"),
        QT_TRANSLATE_NOOP("SslErrors", "No certificates could be verified"),
        QT_TRANSLATE_NOOP("SslErrors", "One of the CA certificates is invalid"),
        QT_TRANSLATE_NOOP("SslErrors", "The root CA certificate is not trusted for this purpose"),
        QT_TRANSLATE_NOOP("SslErrors",
                          "The root CA certificate is marked to reject the specified purpose"),
        QT_TRANSLATE_NOOP("SslErrors",
                          "The host name did not match any of the valid hosts for this "
                          "certificate"),
    };
    for (const char *k : known)
        if (qtText == QLatin1String(k)) return translate("SslErrors", k);
    return qtText;
}

QString tlsFailureName(TlsFailure f)
{
    switch (f) {
    case TlsFailure::None:
        return QStringLiteral("none");
    case TlsFailure::OldProtocol:
        return QStringLiteral("protocol-version");
    case TlsFailure::NoSharedCipher:
        return QStringLiteral("no-shared-cipher");
    case TlsFailure::NotTls:
        return QStringLiteral("not-tls");
    case TlsFailure::Closed:
        return QStringLiteral("closed");
    case TlsFailure::WeakCertificate:
        return QStringLiteral("weak-certificate");
    case TlsFailure::Untrusted:
        return QStringLiteral("untrusted");
    case TlsFailure::Timeout:
        return QStringLiteral("timeout");
    case TlsFailure::Other:
        break;
    }
    return QStringLiteral("other");
}

TlsFailure classifyTlsFailure(const QString &raw)
{
    const QString r = raw.toLower();
    auto has = [&r](const char *s) { return r.contains(QLatin1String(s)); };
    if (r.isEmpty()) return TlsFailure::Other;
    if (has("protocol version") || has("unsupported protocol") || has("version too low") ||
        has("no protocols available") || has("tlsv1 alert protocol"))
        return TlsFailure::OldProtocol;
    if (has("ee key too small") || has("ca md too weak") || has("key too small") ||
        has("md too weak") || has("certificate key too weak") || has("dh key too small"))
        return TlsFailure::WeakCertificate;
    if (has("wrong version number") || has("packet length too long") || has("http request") ||
        has("unknown protocol") || has("record layer failure") || has("record too long"))
        return TlsFailure::NotTls;
    if (has("certificate required")) return TlsFailure::Other; // tlsFailureWords() names it
    if (has("no shared cipher") || has("handshake failure") || has("no cipher") ||
        has("no suitable") || has("insufficient security"))
        return TlsFailure::NoSharedCipher;
    if (has("unexpected eof") || has("remote host closed") || has("connection closed") ||
        has("connection reset") || has("closed by") || has("the remote host"))
        return TlsFailure::Closed;
    if (has("timed out") || has("timeout")) return TlsFailure::Timeout;
    if (has("certificate")) return TlsFailure::Untrusted;
    return TlsFailure::Other;
}

QString tlsFailureWords(TlsFailure f, const QString &raw)
{
    switch (f) {
    case TlsFailure::OldProtocol:
        return translate("Connection",
                         "the server and Mailscope have no TLS version in common: the server "
                         "most likely speaks only TLS 1.0 or 1.1, which current mail "
                         "programs refuse");
    case TlsFailure::NoSharedCipher:
        // The alert alone cannot tell these apart: OpenSSL servers send it for both.
        if (raw.contains(QLatin1String("alert handshake failure"), Qt::CaseInsensitive))
            return translate("Connection",
                             "the server refused to set up encryption (a \"handshake "
                             "failure\" alert): either it accepts no encryption method "
                             "(cipher) that Mailscope offers, or it wants a certificate from "
                             "the client, which mail programs rarely have");
        return translate("Connection",
                         "the server and Mailscope found no encryption method (cipher) they "
                         "both accept; the server's TLS settings are outdated or very "
                         "unusual");
    case TlsFailure::NotTls:
        return translate("Connection",
                         "the server did not answer with TLS at all: this port probably "
                         "expects an unencrypted start (STARTTLS) or is not a mail port");
    case TlsFailure::Closed:
        return translate("Connection", "the server hung up in the middle of setting up encryption");
    case TlsFailure::WeakCertificate:
        return translate("Connection",
                         "the server's certificate uses a key or signature that is too weak "
                         "to be accepted today (a small RSA key or a SHA-1 signature)");
    case TlsFailure::Untrusted:
        return translate("Connection", "the server's certificate could not be verified");
    case TlsFailure::Timeout:
        return translate("Connection", "the server did not finish setting up encryption in time");
    case TlsFailure::None:
        return {};
    case TlsFailure::Other:
        if (raw.contains(QLatin1String("certificate required"), Qt::CaseInsensitive))
            return translate("Connection",
                             "the server wants a certificate from the client (TLS client "
                             "authentication), which mail programs rarely have: ask the "
                             "provider whether this port is meant for mail programs");
        break;
    }
    return raw.isEmpty() ? translate("Connection", "encryption could not be set up")
                         : translate("Connection", "encryption could not be set up (%1)").arg(raw);
}

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
    m_port = port;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    addTrustAnchors(conf, m_policy.extraCa);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_probe.active) {
        applyProbeSettings(&conf, m_probe);
    } else if (m_policy.allowOldTls) {
        TlsProbeSettings old;
        old.lowerSecurity = true;
        applyProbeSettings(&conf, old);
    }
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(host);
    const QString dial = m_connectAddress.isNull() ? host : m_connectAddress.toString();

    bool connected = false;
    bool failed = false;
    QString failure;
    auto c1 = connect(m_socket, &QSslSocket::connected, this, [&] {
        connected = true;
        // Commands go out whole; Nagle would only add delayed-ACK stalls to the timings.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_dupFd = tcp::duplicate(m_socket->socketDescriptor());
        m_peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(port);
        record(EventKind::Connect, translate("Connection", "connected to %1 (%2) from %3:%4")
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

    m_transcript->note(m_id,
                       translate("Connection", "connecting to %1 port %2%3")
                           .arg(host)
                           .arg(port)
                           .arg(implicitTls ? translate("Connection", " with TLS") : QString()));
    if (implicitTls) {
        m_tls = TlsResult();
        m_tls.attempted = true;
        m_socket->connectToHostEncrypted(dial, port, host);
    } else {
        m_socket->connectToHost(dial, port);
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
        if (!m_tls.established && m_tls.eventIndex < 0) recordTls(false, !failed && !cancelled());
        m_close = CloseKind::Error;
        m_socket->abort();
        return false;
    }
    if (!failed && !cancelled()) {
        markTimeout(translate("Connection", "no connection to %1 port %2 within %3 s")
                        .arg(host)
                        .arg(port)
                        .arg(timeoutMs / 1000.0));
    } else {
        m_lastError = cancelled() ? QStringLiteral("cancelled") : failure;
        m_close = CloseKind::Error;
        m_closeEvent =
            m_transcript->error(m_id, translate("Connection", "could not connect to %1 port %2: %3")
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
    QByteArray first;
    const bool pinned =
        !m_policy.insecure || !m_policy.pins || m_policy.pins->pin(m_host, m_port, sha, &first);
    if (!pinned) m_tls.pinnedEarlier = first;
    if ((m_policy.insecure && pinned) ||
        m_policy.accepts(m_host, m_port, sha, certProblemKinds(errors))) {
        m_tls.acceptedByUser = true;
        m_socket->ignoreSslErrors(errors);
    } else if (m_policy.accepts(m_host, m_port, sha)) {
        m_tls.trustedForFewerProblems = true;
    }
}

void Connection::recordTls(bool ok, bool timedOut)
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
    // A verified certificate is the run's first for this server too: --insecure must not
    // then take another one in its place.
    if (m_tls.trusted && m_policy.pins)
        m_policy.pins->pin(m_host, m_port, m_tls.leafSha256, nullptr);
    QStringList lines;
    if (m_tls.established) {
        m_tls.protocol = tlsVersionName(m_socket->sessionProtocol());
        m_tls.cipher = m_socket->sessionCipher().name();
        lines
            << translate("Connection", "TLS established: %1, %2").arg(m_tls.protocol, m_tls.cipher);
    } else {
        m_tls.failureDetail = timedOut ? QStringLiteral("no answer to the handshake in time")
                                       : m_socket->errorString();
        m_tls.failureKind =
            timedOut ? TlsFailure::Timeout : classifyTlsFailure(m_tls.failureDetail);
        if (m_tls.failureKind == TlsFailure::Other && !m_tls.errors.isEmpty())
            m_tls.failureKind = TlsFailure::Untrusted;
        m_tls.failure = tlsFailureWords(m_tls.failureKind, m_tls.failureDetail);
        if (!m_tls.pinnedEarlier.isEmpty())
            m_tls.failure =
                translate("Connection", "the server presented another certificate than earlier in "
                                        "this run (--insecure goes on only with the first)");
        // After STARTTLS was agreed to, "not TLS" is not a wrong port: the server (or
        // something on the way) broke its word.
        if (m_tls.failureKind == TlsFailure::NotTls && m_startTlsUpgrade)
            m_tls.failure =
                translate("Connection", "the server did not answer with TLS after agreeing to "
                                        "it: a broken server, or a proxy or firewall on the way "
                                        "that interferes with STARTTLS");
        lines << translate("Connection", "TLS handshake failed: %1 (%2)")
                     .arg(m_tls.failure, m_tls.failureDetail);
    }
    for (int i = 0; i < m_tls.chain.size(); ++i)
        lines << translate("Connection", "certificate %1: %2")
                     .arg(i)
                     .arg(describeCert(m_tls.chain[i]));
    for (const auto &err : m_tls.errors)
        lines << translate("Connection", "certificate problem: %1")
                     .arg(sslErrorText(err.errorString()));
    if (!m_tls.pinnedEarlier.isEmpty() && !m_tls.acceptedByUser)
        lines << translate("Connection",
                           "not continuing: %1:%2 presented another certificate earlier in this "
                           "run (%3), and --insecure goes on only with the first one a server "
                           "presents; a certificate that changes mid-run may be someone in "
                           "between")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(QString::fromLatin1(m_tls.pinnedEarlier));
    if (m_tls.trustedForFewerProblems)
        lines << translate("Connection",
                           "not continuing: you trusted this certificate for %1:%2 when it had "
                           "fewer problems, so it must be confirmed again")
                     .arg(m_host)
                     .arg(m_port);
    if (m_tls.acceptedByUser)
        lines << (m_policy.insecure
                      ? translate("Connection",
                                  "continuing despite certificate problems (--insecure)")
                      : translate("Connection",
                                  "continuing: you accepted this certificate for %1:%2")
                            .arg(m_host)
                            .arg(m_port));
    m_tls.eventIndex = record(EventKind::Tls, joinTexts(lines, QLatin1Char('\n')), {}, nullptr,
                              m_tls.established ? EventFact::TlsEstablished : EventFact::None);
}

TlsResult Connection::startTls(int timeoutMs)
{
    m_tls = TlsResult();
    m_tls.attempted = true;
    m_pendingErrors.clear();
    if (!isOpen()) {
        m_tls.failure = translate("Connection", "connection is closed");
        return m_tls;
    }
    m_handshaking = true;
    m_startTlsUpgrade = true;
    bool failed = false;
    auto c1 = connect(m_socket, &QSslSocket::encrypted, this, [this] { recordTls(true); });
    auto c2 = connect(m_socket, &QSslSocket::errorOccurred, this,
                      [&](QAbstractSocket::SocketError) { failed = true; });
    m_socket->startClientEncryption();
    waitFor([&] { return failed || m_socket->isEncrypted(); }, timeoutMs);
    disconnect(c1);
    disconnect(c2);
    if (!m_socket->isEncrypted()) {
        if (m_tls.eventIndex < 0) recordTls(false, !failed && isOpen());
        if (!failed && isOpen())
            markTimeout(translate("Connection", "TLS handshake did not finish within %1 s")
                            .arg(timeoutMs / 1000.0));
        else if (isOpen()) {
            flushEcho();
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
    // Bytes held back as a possible echo arrived before the handshake too: never parsed.
    if (m_echoFlush) m_echoFlush->stop();
    const QByteArray echoHeld = m_echoTail.mid(m_echoDelivered);
    m_echoTail.clear();
    m_echoDelivered = 0;
    out.injected = takeHeld() + echoHeld + drainUnread();
    if (!out.injected.isEmpty()) {
        QByteArray shown = out.injected.left(400);
        shown.replace("\r", "\\r").replace("\n", "\\n");
        out.injectedEvent = m_transcript->error(
            m_id,
            translate("Connection", "discarded %1 bytes that arrived after the STARTTLS reply and "
                                    "before the TLS handshake, unparsed: %2")
                .arg(out.injected.size())
                .arg(QString::fromLatin1(shown)));
    }
    out.tls = startTls(timeoutMs);
    out.handshakeDone = out.tls.established;
    return out;
}

int Connection::send(const QByteArray &wire, const QByteArray &redactedForm, bool secret)
{
    if (!isOpen()) return -1;
    Event e;
    e.conn = m_id;
    e.kind = EventKind::Send;
    e.secret = secret;
    // What the server may send back of it is masked too (see received()).
    if (secret) m_echo.learnSend(wire, redactedForm);
    e.revealed = secret && m_reveal;
    e.data = secret && !m_reveal ? redactedForm : wire;
    if (e.revealed) e.masked = redactedForm;
    const int idx = m_transcript->append(std::move(e), &m_lastSendUs);
    writeToTransport(wire);
    return idx;
}

void Connection::writeToTransport(const QByteArray &wire)
{
    m_socket->write(wire);
    m_socket->flush();
}

int Connection::record(EventKind kind, const QString &text, const QByteArray &data, qint64 *tUs,
                       EventFact fact)
{
    Event e;
    e.conn = m_id;
    e.kind = kind;
    e.text = text;
    e.data = data;
    e.fact = fact;
    return m_transcript->append(std::move(e), tUs);
}

void Connection::received(const QByteArray &bytes)
{
    m_receivedBytes += quint64(bytes.size()); // the server is alive, held back or not
    if (m_echo.isEmpty()) {
        deliver(bytes, {bytes, bytes, 0, 0, 0});
        return;
    }
    // An echo split across two reads: hold its possible start until the rest arrives (or
    // briefly; a held tail never completes a line, so nothing waits on it).
    filterEcho(m_echoTail + bytes,
               m_close == CloseKind::Open ? SecretEcho::Tail::Hold : SecretEcho::Tail::Deliver);
}

void Connection::flushEcho()
{
    if (m_echoDelivered < m_echoTail.size()) filterEcho(m_echoTail, SecretEcho::Tail::Deliver);
}

void Connection::filterEcho(const QByteArray &in, SecretEcho::Tail tail)
{
    const SecretEcho::Pass p = m_echo.pass(in, SecretEcho::marker(), tail, m_echoDelivered);
    const qsizetype from = m_echoDelivered;
    const qsizetype end = in.size() - p.held;
    // What stays held is settled before delivering: the parser runs inside deliver() and may
    // close the connection, and a close flushes what is held (it must see only that).
    m_echoTail = in.right(p.keep);
    m_echoDelivered = p.keep - p.held;
    if (p.held > 0 && isOpen()) {
        if (!m_echoFlush) {
            m_echoFlush = new QTimer(this);
            m_echoFlush->setSingleShot(true);
            m_echoFlush->setInterval(150);
            connect(m_echoFlush, &QTimer::timeout, this, &Connection::flushEcho);
        }
        m_echoFlush->start();
    }
    if (end > from) deliver(in.mid(from, end - from), p);
}

void Connection::deliver(const QByteArray &bytes, const SecretEcho::Pass &p)
{
    Event e;
    e.conn = m_id;
    e.kind = EventKind::Receive;
    if (p.found > 0) {
        // The server sent back what we sent as a secret: the event carries it now.
        e.secret = true;
        e.revealed = m_reveal;
        e.data = m_reveal ? bytes : p.shown;
        if (m_reveal) e.masked = p.shown;
    } else {
        e.data = bytes;
    }
    m_lastReceiveEvent = m_transcript->append(std::move(e), &m_lastReceiveUs);
    // Parsers get the echo blanked at its own length, so literal sizes still add up and no
    // reply text that reaches a finding carries it.
    emit bytesReceived(p.found > 0 ? p.parsed : bytes);
}

void Connection::transportReceived(const QByteArray &bytes)
{
    received(bytes);
}

void Connection::transportConnected(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_peer = QStringLiteral("%1:%2").arg(host).arg(port);
    record(EventKind::Connect, translate("Connection", "connected to %1 (%2)").arg(host, m_peer));
}

void Connection::transportTls(const TlsResult &r, const QString &text)
{
    m_tls = r;
    m_tls.eventIndex = record(EventKind::Tls, text, {}, nullptr,
                              r.established ? EventFact::TlsEstablished : EventFact::None);
}

void Connection::transportPeerClosed(bool reset)
{
    if (m_close != CloseKind::Open) return;
    finishClose(reset ? CloseKind::ByPeerReset : CloseKind::ByPeerFin,
                reset ? translate("Connection", "connection reset by the server (TCP RST)")
                      : translate("Connection", "connection closed by the server (TCP FIN)"));
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
    // A failed TLS handshake (a certificate not accepted, an alert) ends the socket with an
    // SSL error: the TLS event says why; it is not the network giving up.
    const QAbstractSocket::SocketError se = m_socket->error();
    if (se == QAbstractSocket::SslHandshakeFailedError || se == QAbstractSocket::SslInternalError ||
        se == QAbstractSocket::SslInvalidUserDataError) {
        finishClose(CloseKind::Error,
                    m_tls.established
                        ? translate("Connection", "connection ended: the encrypted connection "
                                                  "failed (%1)")
                              .arg(m_socket->errorString())
                        : translate("Connection", "connection ended: the TLS handshake failed"));
        return;
    }
    // A read error other than "remote closed" is the kernel giving up (keepalive probes or
    // data never acknowledged), which also leaves the socket in CLOSE: not a reset.
    if (m_socket->error() != QAbstractSocket::RemoteHostClosedError &&
        m_socket->error() != QAbstractSocket::UnknownSocketError) {
        m_timeoutTcp = info;
        finishClose(CloseKind::TcpTimeout,
                    translate("Connection",
                              "connection lost: the server stopped answering at TCP level "
                              "(%1)")
                        .arg(m_socket->errorString()));
        return;
    }
    if (info.valid && info.closedByReset)
        finishClose(CloseKind::ByPeerReset,
                    translate("Connection", "connection reset by the server (TCP RST)"));
    else if (info.valid && info.peerFinished)
        finishClose(CloseKind::ByPeerFin,
                    translate("Connection", "connection closed by the server (TCP FIN)"));
    else
        finishClose(CloseKind::ByPeerUnknown,
                    translate("Connection", "connection closed by the server (%1)")
                        .arg(m_socket->errorString()));
}

void Connection::finishClose(CloseKind kind, const QString &text)
{
    flushEcho();
    if (m_close != CloseKind::Open) return; // what was flushed closed it already
    m_close = kind;
    m_closeEvent = record(kind == CloseKind::ByPeerReset  ? EventKind::Reset
                          : kind == CloseKind::TcpTimeout ? EventKind::Timeout
                                                          : EventKind::Close,
                          text, {}, nullptr,
                          kind == CloseKind::ByPeerFin || kind == CloseKind::ByPeerUnknown
                              ? EventFact::PeerClosed
                              : EventFact::None);
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

bool Connection::awaitReply(const std::function<bool()> &ready, int silenceMs,
                            const QByteArray &what, const QDeadlineTimer &deadline)
{
    // Silence is a gap with no byte at all: a large reply that keeps arriving slowly is not
    // silent. The deadline bounds the whole wait, even while bytes keep flowing or replies are
    // already queued.
    for (;;) {
        if (!isOpen() || cancelled()) return ready();
        if (deadline.hasExpired()) {
            endTimedOut(CloseKind::Deadline,
                        translate("Connection",
                                  "%1 was still not answered when its deadline passed; the "
                                  "server kept the connection busy without finishing it")
                            .arg(QString::fromLatin1(what)),
                        EventFact::ProtocolError);
            return false;
        }
        if (ready()) return true;
        const quint64 before = m_receivedBytes;
        const qint64 left = deadline.remainingTime();
        const bool deadlineFirst = left >= 0 && left < silenceMs;
        waitFor([&] { return ready() || !isOpen() || m_receivedBytes != before; },
                deadlineFirst ? int(left) : silenceMs);
        if (m_receivedBytes != before || deadlineFirst) continue;
        if (ready()) return true;
        if (isOpen() && !cancelled())
            markTimeout(translate("Connection", "no reply to %1 within %2 s")
                            .arg(QString::fromLatin1(what))
                            .arg(silenceMs / 1000.0));
        return false;
    }
}

Failure Connection::failure() const
{
    if (cancelled()) return Failure::Cancelled;
    switch (m_close) {
    case CloseKind::Open:
        return Failure::None;
    case CloseKind::ByPeerReset:
        return Failure::Reset;
    case CloseKind::ByPeerFin:
    case CloseKind::ByPeerUnknown:
        return Failure::Closed;
    case CloseKind::TcpTimeout:
        return Failure::TcpTimeout;
    case CloseKind::Timeout:
        return Failure::Silence;
    case CloseKind::Deadline:
        return Failure::Deadline;
    case CloseKind::ProtocolError:
        return Failure::Protocol;
    case CloseKind::Local:
    case CloseKind::Error:
        break;
    }
    return Failure::NotOpen;
}

QString Connection::whyNoReply(const QByteArray &what) const
{
    if (cancelled()) return QStringLiteral("cancelled");
    const QString w = QString::fromLatin1(what);
    switch (m_close) {
    case CloseKind::ByPeerReset:
        return translate("Connection", "connection reset by the server while waiting for %1")
            .arg(w);
    case CloseKind::ByPeerFin:
    case CloseKind::ByPeerUnknown:
        return translate("Connection", "connection closed by the server while waiting for %1")
            .arg(w);
    case CloseKind::TcpTimeout:
        return translate("Connection",
                         "the server stopped answering at TCP level while waiting for %1")
            .arg(w);
    case CloseKind::Timeout:
    case CloseKind::Deadline:
        return m_lastError;
    case CloseKind::ProtocolError:
        return translate("Connection", "protocol error: %1").arg(m_protocolError);
    default:
        break;
    }
    return translate("Connection", "connection not open");
}

void Connection::failProtocol(const QString &why)
{
    if (m_protocolError.isEmpty()) m_protocolError = why;
    if (!isOpen()) return;
    flushEcho();
    m_close = CloseKind::ProtocolError;
    m_lastError = translate("Connection", "protocol error: %1").arg(why);
    m_socket->abort();
    m_closeEvent =
        record(EventKind::Error,
               translate("Connection", "protocol error: %1; closing the connection").arg(why), {},
               nullptr, EventFact::ProtocolError);
    tcp::closeDuplicate(m_dupFd);
    m_dupFd = -1;
    emit closed();
}

void Connection::close()
{
    if (!isOpen()) return;
    m_close = CloseKind::Local;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) m_socket->waitForDisconnected(1000);
    endHere(EventKind::Close, translate("Connection", "connection closed by Mailscope"), false);
}

// Ends the connection from our side: one event, then the socket and the descriptor copy go.
void Connection::endHere(EventKind kind, const QString &text, bool notify, EventFact fact)
{
    flushEcho();
    m_socket->abort();
    m_closeEvent = record(kind, text, {}, nullptr, fact);
    tcp::closeDuplicate(m_dupFd);
    m_dupFd = -1;
    if (notify) emit closed();
}

void Connection::abort()
{
    if (!isOpen()) return;
    m_close = CloseKind::Local;
    endHere(EventKind::Close, translate("Connection", "connection aborted by Mailscope"), true);
}

void Connection::markTimeout(const QString &what)
{
    endTimedOut(CloseKind::Timeout, what);
}

void Connection::endTimedOut(CloseKind kind, const QString &what, EventFact fact)
{
    const bool wasOpen = m_close == CloseKind::Open;
    flushEcho();
    if (wasOpen && m_close != CloseKind::Open) return; // what was flushed closed it already
    // The kernel's view before we abort: was our data even acknowledged?
    m_timeoutTcp = tcpInfo();
    QString text = what;
    if (m_timeoutTcp.valid)
        text = appendText(text, translate("Connection",
                                          " (TCP: segments sent and not acknowledged: %1, "
                                          "retransmissions: %2, last data from the server %3 ms "
                                          "ago)")
                                    .arg(m_timeoutTcp.unacked)
                                    .arg(m_timeoutTcp.retransmits)
                                    .arg(m_timeoutTcp.lastDataRecvMs));
    m_lastError = what;
    if (m_close == CloseKind::Open) m_close = kind;
    endHere(EventKind::Timeout, text, false, fact);
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
