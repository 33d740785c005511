// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "demo/SmtpDemoServer.h"

#include "demo/DemoCert.h"
#include "demo/DemoServer.h"

#include <QCryptographicHash>
#include <QTimer>
#include <functional>
#include <memory>
#include <utility>

namespace mailscope::demo {

namespace {
struct SmtpState
{
    bool tls = false;
    bool authed = false;
    bool inData = false;
    bool authLogin = false; // AUTH LOGIN: expecting user, then password
    QByteArray loginUser;
    int queued = 0;
};

QByteArray ehloLines(const SmtpState &s)
{
    QByteArray out = "250-mx.demo.mailscope.invalid Hello [127.0.0.1]\r\n"
                     "250-SIZE 157286400\r\n"
                     "250-PIPELINING\r\n"
                     "250-ENHANCEDSTATUSCODES\r\n";
    out += s.tls ? "250-AUTH LOGIN PLAIN\r\n" : "250-STARTTLS\r\n";
    return out + "250-8BITMIME\r\n250 CHUNKING\r\n";
}

bool plainOk(const QByteArray &b64)
{
    const QList<QByteArray> p = QByteArray::fromBase64(b64).split('\0');
    return p.size() == 3 && p[1] == DemoServer::user() && p[2] == DemoServer::password();
}
} // namespace

SmtpDemoServer::SmtpDemoServer(QObject *parent) : LoopbackServer(parent)
{
    setCertificate(identity().certificate, identity().key);
    setMaxClients(8);
}

SmtpDemoServer::~SmtpDemoServer()
{
    stop();
}

QByteArray SmtpDemoServer::certificateSha256() const
{
    return certificate().digest(QCryptographicHash::Sha256).toHex();
}

void SmtpDemoServer::handle(fake::ServerConnection *conn)
{
    auto st = std::make_shared<SmtpState>();
    conn->sendLine("220 mx.demo.mailscope.invalid Microsoft ESMTP MAIL Service ready "
                   "(Mailscope demo server)");
    auto process = std::make_shared<std::function<void(const QByteArray &)>>();
    *process = [conn, st](const QByteArray &line) {
        if (st->inData) {
            if (line == ".") {
                st->inData = false;
                const QByteArray n = QByteArray::number(++st->queued);
                conn->sendLine("250 2.6.0 <" + n + "@demo.mailscope.invalid> [InternalId=4711" + n +
                               "] Queued mail for delivery");
            }
            return;
        }
        if (st->authLogin) {
            if (st->loginUser.isEmpty()) {
                st->loginUser = QByteArray::fromBase64(line);
                conn->sendLine("334 UGFzc3dvcmQ6");
                return;
            }
            st->authLogin = false;
            const bool ok = st->loginUser == DemoServer::user() &&
                            QByteArray::fromBase64(line) == DemoServer::password();
            st->loginUser.clear();
            st->authed = ok;
            conn->sendLine(ok ? "235 2.7.0 Authentication successful"
                              : "535 5.7.8 Error: authentication failed");
            return;
        }
        const QByteArray cmd = line.split(' ').first().toUpper();
        if (cmd == "EHLO") {
            conn->sendRaw(ehloLines(*st));
        } else if (cmd == "HELO") {
            conn->sendLine("250 mx.demo.mailscope.invalid");
        } else if (cmd == "STARTTLS" && !st->tls) {
            conn->sendLine("220 2.0.0 SMTP server ready");
            st->tls = true;
            conn->startTls();
        } else if (cmd == "AUTH") {
            const QList<QByteArray> w = line.split(' ');
            if (!st->tls) {
                conn->sendLine("530 5.7.0 Must issue a STARTTLS command first");
            } else if (w.size() >= 3 && w[1].toUpper() == "PLAIN") {
                st->authed = plainOk(w[2]);
                conn->sendLine(st->authed ? "235 2.7.0 Authentication successful"
                                          : "535 5.7.8 Error: authentication failed");
            } else if (w.size() >= 2 && w[1].toUpper() == "LOGIN") {
                st->authLogin = true;
                conn->sendLine("334 VXNlcm5hbWU6");
            } else {
                conn->sendLine("504 5.5.4 Unrecognized authentication type");
            }
        } else if (cmd == "MAIL") {
            conn->sendLine("250 2.1.0 Sender OK");
        } else if (cmd == "RCPT") {
            conn->sendLine("250 2.1.5 Recipient OK");
        } else if (cmd == "DATA") {
            st->inData = true;
            conn->sendLine("354 Start mail input; end with <CRLF>.<CRLF>");
        } else if (cmd == "RSET") {
            conn->sendLine("250 2.0.0 Resetting");
        } else if (cmd == "NOOP") {
            conn->sendLine("250 2.0.0 OK");
        } else if (cmd == "QUIT") {
            conn->sendLine("221 2.0.0 Service closing transmission channel");
            conn->closeFin();
        } else {
            conn->sendLine("500 5.3.3 Unrecognized command");
        }
    };
    // Lines that arrive together form a burst, handled once the read is done. Seed 004: of a
    // group like MAIL/RCPT/RSET/QUIT only the first command and (out of order) QUIT are
    // answered before the connection closes; MAIL/RCPT/DATA and "."+QUIT work.
    auto pending = std::make_shared<QList<QByteArray>>();
    connect(conn, &fake::ServerConnection::lineReceived, conn,
            [conn, st, pending, process](const QByteArray &line) {
                pending->append(line);
                if (pending->size() > 1) return;
                QTimer::singleShot(0, conn, [st, pending, process] {
                    const QList<QByteArray> lines = std::exchange(*pending, {});
                    auto verb = [](const QByteArray &l) { return l.split(' ').first().toUpper(); };
                    bool quit = false;
                    for (const auto &l : lines)
                        quit = quit || verb(l) == "QUIT";
                    const QByteArray first = verb(lines.first());
                    const bool lossy = lines.size() > 1 && quit && !st->inData &&
                                       (first == "MAIL" || first == "RCPT" || first == "RSET");
                    if (!lossy) {
                        for (const auto &l : lines)
                            (*process)(l);
                        return;
                    }
                    (*process)(lines.first());
                    (*process)(QByteArrayLiteral("QUIT"));
                });
            });
}

} // namespace mailscope::demo
