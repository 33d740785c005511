// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A Connection whose server is a fuzz input: no socket, no DNS, no TLS library. It extends the
// tests' FakeConnection (which connects at once, "handshakes" STARTTLS and implicit TLS without
// a TLS library through the protected transportTls() hook, records what the client writes and
// delivers bytes in pieces of a chosen size) with what a whole diagnose run needs:
//   - the server's bytes are a list of chunks: the first goes out right after open() (the
//     greeting), then one per client write, asynchronously as from a socket;
//   - when the client waits on this connection and nothing is on its way (a reply cut short,
//     or a wait without a command), the next chunk goes out;
//   - when the chunks run out the server closes (FIN).
// So no wait in the engine ever lasts until a timer expires: a whole run takes milliseconds,
// whatever the input. In a chunk, "#t" stands for the tag of the client's latest IMAP command.
//
// "The client waits on this connection" is exact: Connection::waitFor() listens to closed()
// for as long as it waits, and nothing else in a diagnose run does. A check happens two event
// loop passes after a write, a delivery or the start of a wait, so that a wait which only lets
// pending events through (the greeting grace of 0 ms) does not take the next chunk.
#pragma once

#include "FakeConnection.h"

#include <QMetaMethod>
#include <QTimer>
#include <vector>

namespace mailscope::fuzz {

class FuzzConnection : public test::FakeConnection
{
public:
    FuzzConnection(Transcript *t, std::vector<QByteArray> chunks, int pieceSize)
        : FakeConnection(t, pieceSize), m_chunks(std::move(chunks))
    {}

    bool open(const QString &host, quint16 port, bool implicitTls, int timeoutMs) override
    {
        const bool ok = FakeConnection::open(host, port, implicitTls, timeoutMs);
        schedule(); // the greeting
        return ok;
    }

protected:
    void writeToTransport(const QByteArray &wire) override
    {
        FakeConnection::writeToTransport(wire); // records it; no canned replies are queued
        ++m_activity;
        const QByteArray tag = wire.left(wire.indexOf(' '));
        if (isTag(tag)) m_tag = tag;
        schedule();
    }

    void connectNotify(const QMetaMethod &signal) override
    {
        if (signal == QMetaMethod::fromSignal(&Connection::closed)) nudge(); // a wait begins
    }

private:
    static bool isTag(const QByteArray &t)
    {
        qsizetype i = 0;
        while (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')))
            ++i;
        if (i == 0 || i == t.size()) return false;
        for (; i < t.size(); ++i)
            if (t[i] < '0' || t[i] > '9') return false;
        return true;
    }

    bool waitedOn() const
    {
        return isSignalConnected(QMetaMethod::fromSignal(&Connection::closed));
    }

    // The next chunk, as if the server's bytes arrived now.
    void schedule()
    {
        ++m_pending;
        QTimer::singleShot(0, this, [this] {
            --m_pending;
            deliver();
        });
    }

    // If, two event loop passes from now, nothing happened on this connection, nothing is on
    // its way and the client waits on it: the next chunk.
    void nudge()
    {
        const int at = m_activity;
        QTimer::singleShot(0, this, [this, at] {
            QTimer::singleShot(0, this, [this, at] {
                if (at == m_activity && m_pending == 0 && waitedOn()) deliver();
            });
        });
    }

    void deliver()
    {
        if (!isOpen()) return;
        ++m_activity;
        if (m_next >= m_chunks.size()) {
            peerClose(false);
            return;
        }
        QByteArray chunk = m_chunks[m_next++];
        chunk.replace("#t", m_tag);
        if (!chunk.isEmpty()) feed(chunk);
        nudge(); // in case the client needs more than this
    }

    std::vector<QByteArray> m_chunks;
    size_t m_next = 0;
    int m_activity = 0; // writes and deliveries so far
    int m_pending = 0;  // deliveries scheduled and not yet made
    QByteArray m_tag;
};

} // namespace mailscope::fuzz
