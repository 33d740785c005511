// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The built-in SMTP demo server: a submission server that behaves like the FrontBridge relay
// of seed 004. It announces PIPELINING but, of commands arriving together, answers only the
// first (and QUIT, out of order, before closing); one by one everything works. STARTTLS with
// the demo certificate; AUTH PLAIN/LOGIN only after TLS; test messages are accepted and
// thrown away.
#pragma once

#include "fake/LoopbackServer.h"

namespace mailscope::demo {

class SmtpDemoServer : public fake::LoopbackServer
{
    Q_OBJECT
public:
    explicit SmtpDemoServer(QObject *parent = nullptr);
    ~SmtpDemoServer() override;
    QByteArray certificateSha256() const;

protected:
    void handle(fake::ServerConnection *conn) override;
};

} // namespace mailscope::demo
