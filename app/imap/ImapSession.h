// A client IMAP session over a recorded Connection: greeting, commands, STARTTLS, login.
#pragma once

#include "imap/ImapCommand.h"
#include "imap/ImapParser.h"
#include "net/Connection.h"

#include <QObject>
#include <deque>
#include <functional>

namespace mailscope::imap {

struct Result
{
    bool completed = false; // a tagged reply arrived
    Response tagged;
    std::vector<Response> untagged; // untagged responses that arrived while it ran
    QString error;                  // timeout, close or protocol error when not completed
    int sendEvent = -1;
    int replyEvent = -1;
    qint64 latencyUs = -1;

    bool ok() const { return completed && tagged.name == "OK"; }
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
    CommandBuilder &builder() { return m_builder; }

    // Reads the greeting: * OK / * PREAUTH / * BYE.
    Result readGreeting();
    Result execute(const Command &cmd);
    Result execute(const QByteArray &verb, const QList<Arg> &args = {});
    // Sends several commands in one write and collects each tagged reply.
    std::vector<Result> pipeline(const std::vector<Command> &cmds);

    Result capability();
    StartTlsOutcome startTls(int handshakeTimeoutMs);
    // LOGIN, or AUTHENTICATE PLAIN/LOGIN when LOGIN is not possible; never retried.
    // mech: empty for automatic, or "LOGIN", "PLAIN", "AUTH-LOGIN" to force one.
    Result login(const QByteArray &user, const QByteArray &password, bool revealSecrets,
                 const QByteArray &mech = {});
    Result id(const QList<QPair<QByteArray, QByteArray>> &fields);

    QList<QByteArray> capabilities() const { return m_caps; }
    bool hasCapability(const QByteArray &cap) const;
    void setCapabilities(const QList<QByteArray> &caps);
    // Untagged responses that arrived outside any command (keepalives, alerts).
    std::vector<Response> takeUnsolicited();
    QString protocolError() const { return m_parser.errorString(); }
    int silenceMs() const { return m_silenceMs; }
    void setSilenceMs(int ms) { m_silenceMs = ms; }
    // Streaming: while execute()/pipeline() run, each untagged response is offered to the sink
    // first; when it returns true the response is consumed and not kept in Result::untagged
    // (mailbox-sized FETCH replies). Empty function: keep everything (the default).
    using UntaggedSink = std::function<bool(Response &)>;
    void setUntaggedSink(UntaggedSink sink) { m_sink = std::move(sink); }

private:
    void onBytes(const QByteArray &bytes);
    bool waitResponse(Response &out, int timeoutMs, const QByteArray &what);
    Result runAuthenticate(const QByteArray &mech, const QByteArray &initial,
                           const QList<QByteArray> &steps, bool revealSecrets);
    void noteMalformed(const Response &r);
    bool absorb(Result &res, Response &&r, const QByteArray &tag, qint64 sentAt);

    Connection *m_conn;
    int m_silenceMs;
    Parser m_parser;
    CommandBuilder m_builder;
    std::deque<Response> m_queue;
    std::deque<int> m_queueEvents;
    std::vector<Response> m_unsolicited;
    QList<QByteArray> m_caps;
    QByteArray m_holdTag;  // when set, stop parsing after this tag's reply
    QByteArray m_heldBack; // bytes not parsed because of m_holdTag
    bool m_holding = false;
    UntaggedSink m_sink;
};

} // namespace mailscope::imap
