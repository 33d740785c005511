// A client SMTP session over a recorded Connection.
#pragma once

#include "net/Connection.h"
#include "smtp/SmtpParser.h"

#include <QObject>
#include <deque>

namespace mailscope::smtp {

struct Result
{
    bool completed = false;
    Reply reply;
    QString error;
    int sendEvent = -1;
    int replyEvent = -1;
    qint64 latencyUs = -1;
    bool ok() const { return completed && reply.isPositive(); }
    QString describe() const;
};

struct StartTlsOutcome : TlsUpgrade
{
    Result reply; // the server's answer to STARTTLS
};

class Session : public QObject
{
    Q_OBJECT
public:
    Session(Connection *conn, int silenceMs, Limits limits = {}, QObject *parent = nullptr);

    Connection *connection() const { return m_conn; }
    Result readGreeting();
    Result command(const QByteArray &line, const QByteArray &display = {}, bool secret = false);
    // EHLO, falling back to HELO when EHLO is refused. Fills extensions().
    Result hello(const QByteArray &name, bool *usedHelo = nullptr);
    StartTlsOutcome startTls(int handshakeTimeoutMs);
    // AUTH PLAIN or LOGIN (mech empty: PLAIN if offered, else LOGIN); never retried.
    Result auth(const QByteArray &user, const QByteArray &password, bool revealSecrets,
                const QByteArray &mech = {});
    // Sends the lines in one write and reads up to lines.size() replies.
    std::vector<Result> pipeline(const QList<QByteArray> &lines);

    QList<QByteArray> extensions() const { return m_ext; }
    bool hasExtension(const QByteArray &keyword) const;
    QList<QByteArray> authMechanisms() const;
    QString protocolError() const { return m_parser.errorString(); }
    // Drops replies nobody waits for (manual console); returns how many there were.
    int clearPending()
    {
        const int n = int(m_queue.size());
        m_queue.clear();
        return n;
    }

private:
    void onBytes(const QByteArray &bytes);
    bool waitReply(Reply &out, const QByteArray &what);
    QString failure(const QByteArray &what) const;

    Connection *m_conn;
    int m_silenceMs;
    Parser m_parser;
    std::deque<Reply> m_queue;
    QList<QByteArray> m_ext;
    bool m_holdAfterNext = false;
    bool m_holding = false;
    QByteArray m_heldBack;
};

} // namespace mailscope::smtp
