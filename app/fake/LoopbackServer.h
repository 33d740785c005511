// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Base for in-process servers (scripted fault server, demo server). Each runs in its own
// thread, listens on 127.0.0.1 port 0 and hands every client to a handler.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

class QSslSocket;
class QTcpServer;
class QThread;

namespace mailscope::fake {

// One accepted client, line-oriented, with server-side STARTTLS and FIN/RST closing.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(QSslSocket *socket, QSslCertificate cert, QSslKey key, int number,
                     QObject *parent);

    int number() const { return m_number; }
    void sendRaw(const QByteArray &bytes);
    void sendLine(const QByteArray &line) { sendRaw(line + "\r\n"); }
    void startTls();
    bool isEncrypted() const;
    void closeFin();
    void closeReset();
    // Stops reading and answering (silent drop at the application level).
    void goSilent() { m_silent = true; }
    bool isOpen() const;
    // Switch off line splitting (raw chunks) e.g. while a literal is expected.
    QByteArray takeBytes(qsizetype n);
    qsizetype buffered() const { return m_buffer.size(); }

signals:
    void lineReceived(const QByteArray &line); // without CRLF
    void closed();

private:
    void onReadyRead();
    QSslSocket *m_socket;
    QSslCertificate m_cert;
    QSslKey m_key;
    QByteArray m_buffer;
    int m_number;
    bool m_silent = false;
};

class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Starts the server thread and listens on 127.0.0.1:0; returns the port (0 on failure).
    quint16 start();
    // Another local address (e.g. inside a test network namespace); loopback by default.
    void setListenAddress(const QHostAddress &a) { m_listen = a; }
    void stop();
    quint16 port() const { return m_port; }
    void setCertificate(const QSslCertificate &cert, const QSslKey &key);
    QSslCertificate certificate() const { return m_cert; }
    // Upper bound on simultaneous clients; extra ones are closed at once.
    void setMaxClients(int n) { m_maxClients = n; }

protected:
    // Called in the server thread for every new client.
    virtual void handle(ServerConnection *conn) = 0;

private:
    void listenNow();
    void onNewConnection();
    void stopNow();

    QHostAddress m_listen = QHostAddress(QHostAddress::LocalHost);
    QThread *m_thread = nullptr;
    QTcpServer *m_server = nullptr;
    QSslCertificate m_cert;
    QSslKey m_key;
    quint16 m_port = 0;
    int m_clients = 0;
    int m_active = 0;
    int m_maxClients = 64;
};

} // namespace mailscope::fake
