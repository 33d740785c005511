// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "fake/LoopbackServer.h"

#include "net/TcpInfo.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

namespace mailscope::fake {

namespace {
// Accepts plain TCP sockets as QSslSocket so STARTTLS can be started on them later.
class SslCapableServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(fd)) {
            delete s;
            return;
        }
        addPendingConnection(s);
    }
};
} // namespace

ServerConnection::ServerConnection(QSslSocket *socket, QSslCertificate cert, QSslKey key,
                                   int number, QObject *parent)
    : QObject(parent), m_socket(socket), m_cert(std::move(cert)), m_key(std::move(key)),
      m_number(number)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &ServerConnection::closed);
}

void ServerConnection::sendRaw(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
        m_socket->flush();
    }
}

void ServerConnection::startTls()
{
    m_buffer.clear();
    m_socket->setLocalCertificate(m_cert);
    m_socket->setPrivateKey(m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->startServerEncryption();
}

bool ServerConnection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

bool ServerConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void ServerConnection::closeFin()
{
    m_socket->disconnectFromHost();
}

void ServerConnection::closeReset()
{
    tcp::setResetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
}

QByteArray ServerConnection::takeBytes(qsizetype n)
{
    const QByteArray out = m_buffer.left(n);
    m_buffer.remove(0, out.size());
    return out;
}

void ServerConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_silent) {
        m_buffer.clear();
        return;
    }
    // Bounded: a client that never sends a newline cannot make us grow without limit.
    if (m_buffer.size() > (1 << 20)) {
        closeReset();
        return;
    }
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) break;
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r')) line.chop(1);
        emit lineReceived(line);
        if (m_silent || !isOpen()) break;
    }
}

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent) {}

LoopbackServer::~LoopbackServer()
{
    stop();
}

void LoopbackServer::setCertificate(const QSslCertificate &cert, const QSslKey &key)
{
    m_cert = cert;
    m_key = key;
}

quint16 LoopbackServer::start()
{
    if (m_thread) return m_port;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mailscope-fake-server"));
    QObject *parent = this->parent();
    setParent(nullptr);
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, &LoopbackServer::listenNow, Qt::BlockingQueuedConnection);
    Q_UNUSED(parent);
    return m_port;
}

void LoopbackServer::listenNow()
{
    m_server = new SslCapableServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    if (m_server->listen(m_listen, 0)) m_port = m_server->serverPort();
}

void LoopbackServer::onNewConnection()
{
    while (QTcpServer *srv = m_server) {
        auto *sock = qobject_cast<QSslSocket *>(srv->nextPendingConnection());
        if (!sock) break;
        if (m_active >= m_maxClients) {
            sock->abort();
            sock->deleteLater();
            continue;
        }
        ++m_active;
        auto *conn = new ServerConnection(sock, m_cert, m_key, ++m_clients, this);
        connect(conn, &ServerConnection::closed, this, [this, conn] {
            --m_active;
            conn->deleteLater();
        });
        handle(conn);
    }
}

void LoopbackServer::stopNow()
{
    if (m_server) m_server->close();
    const auto children = findChildren<ServerConnection *>();
    for (auto *c : children)
        c->closeFin();
    qDeleteAll(children);
    delete m_server;
    m_server = nullptr;
    moveToThread(nullptr);
}

void LoopbackServer::stop()
{
    if (!m_thread) return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(this, &LoopbackServer::stopNow, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait(5000);
    }
    delete m_thread;
    m_thread = nullptr;
}

} // namespace mailscope::fake
