// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A client IMAP session over a recorded Connection: greeting, commands, STARTTLS, login.
#pragma once

#include "auth/Sasl.h"
#include "imap/ImapCommand.h"
#include "imap/ImapParser.h"
#include "net/ProtocolSession.h"

#include <deque>
#include <functional>

namespace mailscope::imap {

struct Result
{
    bool completed = false; // a tagged reply arrived
    Response tagged;
    std::vector<Response> untagged;  // untagged responses that arrived while it ran
    QString error;                   // why it did not complete, in words
    Failure failure = Failure::None; // the same, typed
    int sendEvent = -1;
    int replyEvent = -1;
    qint64 latencyUs = -1;
    sasl::BearerError saslError; // XOAUTH2/OAUTHBEARER: the server's error challenge, decoded

    bool ok() const { return completed && tagged.name == "OK"; }
    // The server answered NO or BAD (as opposed to not answering at all).
    bool refused() const { return completed && tagged.name != "OK"; }
    // A NO that says the server could not do it now, whatever was asked (RFC 5530
    // UNAVAILABLE, SERVERBUG, INUSE, CORRUPTION): of a login, nothing about the credentials.
    bool temporaryFailure() const;
    // BAD: the server did not take the command as valid IMAP (a protocol problem, no verdict).
    bool rejectedAsInvalid() const { return completed && tagged.name == "BAD"; }
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

    CommandBuilder &builder() { return m_builder; }

    // Reads the greeting: * OK / * PREAUTH / * BYE.
    Result readGreeting();
    Result execute(const Command &cmd);
    Result execute(const QByteArray &verb, const QList<Arg> &args = {});
    // Without waiting: sends a command of one chunk (no literals); poll() collects its reply as
    // it arrives, so several connections can each have one in flight (the idle probe). The
    // caller bounds the wait (Connection::markTimeout). False: not open, or one is in flight.
    bool send(const Command &cmd);
    // True once the reply to send()'s command is complete or the connection ended (*out then
    // says which, as execute() would); false while it is still in flight.
    bool poll(Result *out);
    // Sends several commands in one write and collects each tagged reply.
    std::vector<Result> pipeline(const std::vector<Command> &cmds);

    Result capability();
    StartTlsOutcome startTls(int handshakeTimeoutMs);
    // LOGIN, or AUTHENTICATE PLAIN/LOGIN when LOGIN is not possible; never retried. Secrets
    // are flagged on the events; the connection decides whether they are recorded.
    // mech: empty for automatic, or "LOGIN", "PLAIN", "AUTH-LOGIN" to force one.
    Result login(const QByteArray &user, const QByteArray &password, const QByteArray &mech = {});
    // AUTHENTICATE XOAUTH2 or OAUTHBEARER with an access token (SASL-IR where offered). An error
    // challenge is acknowledged as the mechanism requires and kept in Result::saslError.
    Result authenticateBearer(const QByteArray &mech, const QByteArray &user,
                              const QByteArray &token, const QString &host, quint16 port);
    Result id(const QList<QPair<QByteArray, QByteArray>> &fields);

    QList<QByteArray> capabilities() const { return m_caps; }
    bool hasCapability(const QByteArray &cap) const;
    void setCapabilities(const QList<QByteArray> &caps);
    // Untagged responses that arrived outside any command (keepalives, alerts).
    std::vector<Response> takeUnsolicited();
    // The server said BYE on this connection (typed: no need to search the transcript).
    bool byeReceived() const { return m_byeEvent >= 0; }
    int byeEvent() const { return m_byeEvent; }
    // Streaming: while execute()/pipeline() run, each untagged response is offered to the sink
    // first; when it returns true the response is consumed and not kept in Result::untagged
    // (mailbox-sized FETCH replies). Empty function: keep everything (the default).
    using UntaggedSink = std::function<bool(Response &)>;
    void setUntaggedSink(UntaggedSink sink) { m_sink = std::move(sink); }
    const Limits &limits() const { return m_limits; }

protected:
    qsizetype feed(const char *data, qsizetype len, bool stopAfterUnit) override;
    bool collect(int eventIndex) override;
    QString parserError() const override { return m_parser.errorString(); }
    void resetParser() override;

private:
    bool waitResponse(Response &out, int *event, const QByteArray &what);
    void noteFailure(Result &res, const QByteArray &what) const
    {
        noAnswer(what, &res.failure, &res.error);
    }
    // errorAck: for bearer mechanisms, what answers the server's error challenge (instead of
    // cancelling with "*").
    Result runAuthenticate(const QByteArray &mech, const QByteArray &initial,
                           const QList<QByteArray> &steps, const QByteArray *errorAck = nullptr);
    void noteMalformed(const Response &r);
    void startCommand(); // deadline, untagged count and note count start afresh
    bool absorb(Result &res, Response &&r, const QByteArray &tag, qint64 sentAt, int event);
    bool keepUntagged(std::vector<Response> &into, Response &&r);
    Response takeQueued(int *event); // from m_queue, keeping m_queuedBytes in step
    void failKeptBytes();
    bool unexpectedContinuation();

    Limits m_limits;
    Parser m_parser;
    CommandBuilder m_builder;
    UnitQueue<Response> m_queue;
    std::vector<Response> m_unsolicited;
    QList<QByteArray> m_caps;
    QByteArray m_holdTag; // STARTTLS: stop parsing after this tag's reply
    UntaggedSink m_sink;
    struct InFlight
    {
        bool active = false;
        QByteArray tag;
        QByteArray what;
        qint64 sentAt = 0;
        Result res;
    } m_inFlight;
    int m_byeEvent = -1;
    int m_malformedNoted = 0; // notes about unparsable responses in the running command
    int m_kept = 0;           // untagged responses kept for the running command
    qint64 m_keptBytes = 0;   // their bytes (Response::bytes)
    qint64 m_queuedBytes = 0; // bytes of the responses in m_queue
    int m_unexpected = 0;     // continuation requests the running command had no data for
};

} // namespace mailscope::imap
