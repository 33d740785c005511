// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A client SMTP session over a recorded Connection.
#pragma once

#include "auth/Sasl.h"
#include "net/ProtocolSession.h"
#include "smtp/SmtpParser.h"

#include <deque>

namespace mailscope::smtp {

struct Result
{
    bool completed = false;
    Reply reply;
    QString error;
    Failure failure = Failure::None;
    int sendEvent = -1;
    int replyEvent = -1;
    qint64 latencyUs = -1;
    sasl::BearerError saslError; // XOAUTH2/OAUTHBEARER: the server's error challenge, decoded
    bool ok() const { return completed && reply.isPositive(); }
    // 4xx: a transient failure (RFC 5321 §4.2.1); of AUTH (454 4.7.0, RFC 4954), nothing
    // about the credentials. Not 432 4.7.12 (a password transition is needed): a verdict on
    // the password, not an outage.
    bool temporaryFailure() const
    {
        return completed && reply.code >= 400 && reply.code < 500 && reply.code != 432;
    }
    QString describe() const;
};

struct StartTlsOutcome : TlsUpgrade
{
    Result reply; // the server's answer to STARTTLS
};

class Session : public ProtocolSession
{
    Q_OBJECT
public:
    Session(Connection *conn, int silenceMs, Limits limits = {}, QObject *parent = nullptr);

    Result readGreeting();
    // redactedForm and secret: the line carries a secret (AUTH data); the connection records
    // redactedForm unless secrets are revealed.
    Result command(const QByteArray &line, const QByteArray &redactedForm = {},
                   bool secret = false);
    // Without waiting: sends a command line; poll() collects its reply as it arrives (the idle
    // probe keeps several in flight). The caller bounds the wait (Connection::markTimeout).
    // False: not open, or one is in flight.
    bool send(const QByteArray &line);
    // True once the reply arrived or the connection ended (*out says which, as command()
    // would); false while it is still in flight.
    bool poll(Result *out);
    // EHLO, falling back to HELO when EHLO is refused. Fills extensions().
    Result hello(const QByteArray &name, bool *usedHelo = nullptr);
    StartTlsOutcome startTls(int handshakeTimeoutMs);
    // AUTH PLAIN or LOGIN (mech empty: PLAIN if offered, else LOGIN); never retried.
    Result auth(const QByteArray &user, const QByteArray &password, const QByteArray &mech = {});
    // AUTH XOAUTH2 or OAUTHBEARER with an access token; an error challenge (334) is
    // acknowledged as the mechanism requires and kept in Result::saslError.
    Result authBearer(const QByteArray &mech, const QByteArray &user, const QByteArray &token,
                      const QString &host, quint16 port);
    // Sends the lines in one write and reads up to lines.size() replies.
    std::vector<Result> pipeline(const QList<QByteArray> &lines);

    QList<QByteArray> extensions() const { return m_ext; }
    bool hasExtension(const QByteArray &keyword) const;
    QList<QByteArray> authMechanisms() const;
    // Replies that arrived while no command waited (manual console); taken away.
    std::vector<Reply> takePending();
    // The server said 421 ("closing transmission channel") on this connection.
    bool closingReceived() const { return m_closingEvent >= 0; }
    int closingEvent() const { return m_closingEvent; }

protected:
    qsizetype feed(const char *data, qsizetype len, bool stopAfterUnit) override;
    bool collect(int eventIndex) override;
    QString parserError() const override { return m_parser.errorString(); }
    void resetParser() override;

private:
    bool waitReply(Reply &out, int *event, const QByteArray &what);
    void dropUnsolicited();
    void noteFailure(Result &res, const QByteArray &what) const
    {
        noAnswer(what, &res.failure, &res.error);
    }

    Limits m_limits;
    Parser m_parser;
    UnitQueue<Reply> m_queue;
    QList<QByteArray> m_ext;
    struct InFlight
    {
        bool active = false;
        QByteArray what;
        qint64 sentAt = 0;
        Result res;
    } m_inFlight;
    int m_closingEvent = -1;
};

} // namespace mailscope::smtp
