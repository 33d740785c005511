// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A Connection whose transport is the test: it records the exact bytes written and answers
// from a queue of canned replies, delivered in pieces of a chosen size.
#pragma once

#include "net/Connection.h"

#include <QByteArray>
#include <QList>
#include <QTimer>

namespace mailscope::test {

class FakeConnection : public Connection
{
public:
    FakeConnection(Transcript *t, int pieceSize = 0, CancelToken *cancel = nullptr)
        : Connection(t, TlsPolicy{}, cancel), m_pieceSize(pieceSize)
    {}

    // No socket: "connects" at once (and, for implicit TLS, is encrypted at once).
    bool open(const QString &host, quint16 port, bool implicitTls, int) override
    {
        transportConnected(host, port);
        if (implicitTls) startTls(0);
        return true;
    }
    // STARTTLS without a handshake: encrypted from here on, as far as the session can tell.
    TlsResult startTls(int) override
    {
        TlsResult r;
        r.attempted = r.established = r.trusted = true;
        r.protocol = QStringLiteral("TLSv1.3");
        transportTls(r, QStringLiteral("TLS established (fake transport)"));
        return tls();
    }
    QByteArray drainUnread() override { return {}; }
    // Queued replies: each write pops the next one (an empty entry means "no answer").
    void queueReply(const QByteArray &bytes) { m_replies.append(bytes); }
    // Delivers bytes now (e.g. a greeting), split into pieces.
    void feed(const QByteArray &bytes)
    {
        if (m_pieceSize <= 0) {
            transportReceived(bytes);
            return;
        }
        for (qsizetype i = 0; i < bytes.size(); i += m_pieceSize)
            transportReceived(bytes.mid(i, m_pieceSize));
    }
    // The server ends the connection (FIN, or RST when reset).
    void peerClose(bool reset) { transportPeerClosed(reset); }
    QByteArray written() const { return m_written; }
    QList<QByteArray> writes() const { return m_writes; }

protected:
    void writeToTransport(const QByteArray &wire) override
    {
        m_written += wire;
        m_writes.append(wire);
        if (m_replies.isEmpty()) return;
        const QByteArray reply = m_replies.takeFirst();
        if (!reply.isEmpty())
            // Asynchronously, as a socket would: the session is waiting in its event loop.
            QTimer::singleShot(0, this, [this, reply] { feed(reply); });
    }

private:
    int m_pieceSize;
    QList<QByteArray> m_replies;
    QByteArray m_written;
    QList<QByteArray> m_writes;
};

} // namespace mailscope::test
