// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/ProtocolSession.h"

namespace mailscope {

ProtocolSession::ProtocolSession(Connection *conn, int silenceMs, QObject *parent)
    : QObject(parent), m_conn(conn), m_silenceMs(silenceMs)
{
    connect(conn, &Connection::bytesReceived, this, &ProtocolSession::onBytes);
}

void ProtocolSession::onBytes(const QByteArray &bytes)
{
    if (m_holding) {
        m_held += bytes;
        return;
    }
    const int eventIndex = m_conn->lastReceiveEvent();
    qsizetype pos = 0;
    while (pos < bytes.size() && parserError().isEmpty() && m_conn->isOpen()) {
        pos += feed(bytes.constData() + pos, bytes.size() - pos, m_holdArmed);
        if (collect(eventIndex) && m_holdArmed) {
            m_holding = true;
            m_held = bytes.mid(pos);
            return;
        }
    }
    if (!parserError().isEmpty()) fail(parserError());
}

bool ProtocolSession::waitUnit(const std::function<bool()> &ready, const QByteArray &what)
{
    ++m_waiting;
    const bool ok = m_conn->awaitReply(ready, m_silenceMs, what, m_deadline);
    --m_waiting;
    return ok;
}

void ProtocolSession::noAnswer(const QByteArray &what, Failure *failure, QString *error) const
{
    *failure = m_conn->failure();
    if (*failure == Failure::None) *failure = Failure::NotOpen;
    *error = m_conn->whyNoReply(what);
}

TlsUpgrade ProtocolSession::finishHold(bool positive, int handshakeTimeoutMs)
{
    m_holdArmed = false;
    if (!positive) {
        m_holding = false;
        const QByteArray rest = m_held;
        m_held.clear();
        if (!rest.isEmpty()) onBytes(rest);
        return {};
    }
    return m_conn->discardAndStartTls(
        [this] {
            const QByteArray held = m_held;
            m_held.clear();
            m_holding = false;
            resetParser();
            return held;
        },
        handshakeTimeoutMs);
}

} // namespace mailscope
