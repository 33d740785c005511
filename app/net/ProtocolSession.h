// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// What the IMAP and SMTP client sessions share: reading bytes into their parser, the one
// STARTTLS hold-and-discard path, and bounded waits (silence per reply, a deadline per
// command). Protocol faults end the connection through Connection::failProtocol.
#pragma once

#include "net/Connection.h"

#include <QDeadlineTimer>
#include <QObject>
#include <deque>

namespace mailscope {

// Parsed units (IMAP responses, SMTP replies) waiting to be read, each with the index of the
// receive event that carried it.
template <typename Unit> class UnitQueue
{
public:
    void push(Unit &&u, int event)
    {
        m_units.push_back(std::move(u));
        m_events.push_back(event);
    }
    bool empty() const { return m_units.empty(); }
    size_t size() const { return m_units.size(); }
    Unit take(int *event)
    {
        Unit u = std::move(m_units.front());
        if (event) *event = m_events.front();
        m_units.pop_front();
        m_events.pop_front();
        return u;
    }
    const Unit &front() const { return m_units.front(); }
    void clear()
    {
        m_units.clear();
        m_events.clear();
    }

private:
    std::deque<Unit> m_units;
    std::deque<int> m_events;
};

class ProtocolSession : public QObject
{
    Q_OBJECT
public:
    ProtocolSession(Connection *conn, int silenceMs, QObject *parent = nullptr);

    Connection *connection() const { return m_conn; }
    int silenceMs() const { return m_silenceMs; }
    void setSilenceMs(int ms) { m_silenceMs = ms; }
    // Longest time one command may run, however chatty the server is meanwhile.
    int commandTimeoutMs() const { return m_commandMs; }
    void setCommandTimeoutMs(int ms) { m_commandMs = ms; }
    // Why the connection ended for protocol reasons (parser limit, flood, endless prompts).
    QString protocolError() const { return m_conn->protocolError(); }

protected:
    // Parser glue. feed() consumes bytes (stopping after one complete unit when asked) and
    // returns how many; collect() moves complete units into the session's queue and returns
    // true when one of them ends the plaintext part (the STARTTLS reply).
    virtual qsizetype feed(const char *data, qsizetype len, bool stopAfterUnit) = 0;
    virtual bool collect(int eventIndex) = 0;
    virtual QString parserError() const = 0;
    // Forget everything parsed or queued: nothing from before a handshake survives it.
    virtual void resetParser() = 0;

    // A command starts: its deadline runs from now.
    void beginCommand() { m_deadline = QDeadlineTimer(m_commandMs); }
    // Waits for ready() within --silence and the command's deadline; false when the
    // connection ended (the reason is recorded on it).
    bool waitUnit(const std::function<bool()> &ready, const QByteArray &what);
    // STARTTLS: after the server's reply (reported by collect()), bytes are held unparsed.
    void armHold() { m_holdArmed = true; }
    bool holdArmed() const { return m_holdArmed; }
    // Then: a positive reply discards what was held (and what is in flight) and handshakes
    // (RFC 3207 §4.2, RFC 3501 §6.2.1); a negative one parses the held bytes as usual.
    TlsUpgrade finishHold(bool positive, int handshakeTimeoutMs);
    // A command is waiting for its reply. IMAP reads what arrives now at once (into a sink or
    // the command's own, capped, list); SMTP does not use this: each of its commands reads one
    // reply, so every reply beyond those counts as unasked.
    bool readerWaiting() const { return m_waiting > 0; }
    // Ends the connection as a protocol fault.
    void fail(const QString &why) { m_conn->failProtocol(why); }
    // Why a command got no complete answer, typed and in words (what: the command's name).
    void noAnswer(const QByteArray &what, Failure *failure, QString *error) const;

private:
    void onBytes(const QByteArray &bytes);

    Connection *m_conn;
    int m_silenceMs;
    int m_commandMs = 120000;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    int m_waiting = 0;
    bool m_holdArmed = false;
    bool m_holding = false;
    QByteArray m_held;
};

} // namespace mailscope
