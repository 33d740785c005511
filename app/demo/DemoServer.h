// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The built-in demo server: a small IMAP responder on loopback that behaves like the
// problem servers in our seed cases, so a new user sees real findings without a server.
// Faults shown: STARTTLS accepted but not announced, a self-signed certificate, login
// allowed before TLS, an untagged "Waiting for authentication" line during LOGIN,
// capabilities that change after login. It identifies itself as a perdition-style proxy.
#pragma once

#include "demo/IdlePolicy.h"
#include "fake/LoopbackServer.h"

#include <atomic>

namespace mailscope::demo {

class DemoServer : public fake::LoopbackServer
{
    Q_OBJECT
public:
    // The demo's default: perdition as in seed 000 (cut after 20 s; reset on the next command,
    // silence after UID FETCH).
    static IdlePolicy seedPolicy();
    void setIdlePolicy(const IdlePolicy &p) { m_policy = p; }
    // Connections the server accepted so far (tests check --max-connections).
    int peakConnections() const { return m_peak.load(); }
    int openConnections() const { return m_open.load(); }

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    static QByteArray user() { return QByteArrayLiteral("demo"); }
    static QByteArray password() { return QByteArrayLiteral("demo-password"); }
    QByteArray certificateSha256() const;

protected:
    void handle(fake::ServerConnection *conn) override;

private:
    IdlePolicy m_policy = seedPolicy();
    std::atomic<int> m_open{0};
    std::atomic<int> m_peak{0};
};

} // namespace mailscope::demo
