// The built-in demo server: a small IMAP responder on loopback that behaves like the
// problem servers in our seed cases, so a new user sees real findings without a server.
// Faults shown: STARTTLS accepted but not announced, a self-signed certificate, login
// allowed before TLS, an untagged "Waiting for authentication" line during LOGIN,
// capabilities that change after login. It identifies itself as a perdition-style proxy.
#pragma once

#include "fake/LoopbackServer.h"

namespace mailscope::demo {

class DemoServer : public fake::LoopbackServer
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    static QByteArray user() { return QByteArrayLiteral("demo"); }
    static QByteArray password() { return QByteArrayLiteral("demo-password"); }
    QByteArray certificateSha256() const;

protected:
    void handle(fake::ServerConnection *conn) override;
};

} // namespace mailscope::demo
