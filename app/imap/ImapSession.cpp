#include "imap/ImapSession.h"

#include "session/Transcript.h"

namespace mailscope::imap {

QString Result::describe() const
{
    if (!completed) return error.isEmpty() ? QStringLiteral("no reply") : error;
    QString s = QString::fromLatin1(tagged.name);
    if (!tagged.code.isEmpty()) s += QStringLiteral(" [%1]").arg(QString::fromLatin1(tagged.code));
    if (!tagged.text.isEmpty()) s += QLatin1Char(' ') + QString::fromUtf8(tagged.text);
    return s;
}

Session::Session(Connection *conn, int silenceMs, Limits limits, QObject *parent)
    : QObject(parent), m_conn(conn), m_silenceMs(silenceMs), m_parser(limits)
{
    connect(conn, &Connection::bytesReceived, this, &Session::onBytes);
}

void Session::onBytes(const QByteArray &bytes)
{
    if (m_holding) {
        m_heldBack += bytes;
        return;
    }
    const int eventIndex = m_conn->transcript()->size() - 1;
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_parser.hasError()) {
        pos += m_parser.feed(bytes.constData() + pos, bytes.size() - pos, !m_holdTag.isEmpty());
        Response r;
        while (m_parser.next(r)) {
            const bool hold =
                !m_holdTag.isEmpty() && r.kind == Response::Tagged && r.tag == m_holdTag;
            if (!r.parseError.isEmpty()) noteMalformed(r);
            m_queue.push_back(std::move(r));
            m_queueEvents.push_back(eventIndex);
            if (hold) {
                m_holding = true;
                m_heldBack = bytes.mid(pos);
                return;
            }
        }
    }
    if (m_parser.hasError() && m_conn->isOpen()) {
        m_conn->transcript()->error(m_conn->id(),
                                    QStringLiteral("protocol error: %1; closing the connection")
                                        .arg(m_parser.errorString()));
        m_conn->abort();
    }
}

void Session::noteMalformed(const Response &r)
{
    m_conn->transcript()->note(m_conn->id(),
                               QStringLiteral("could not fully parse a server response (%1); "
                                              "kept it as text")
                                   .arg(r.parseError));
}

bool Session::waitResponse(Response &out, int timeoutMs, const QByteArray &what)
{
    if (!m_conn->awaitReply([this] { return !m_queue.empty(); }, timeoutMs, what)) return false;
    out = std::move(m_queue.front());
    m_queue.pop_front();
    m_queueEvents.pop_front();
    return true;
}

static QString failureText(Connection *c, const QString &proto, const QByteArray &what)
{
    if (!proto.isEmpty()) return QStringLiteral("protocol error: %1").arg(proto);
    return c->whyNoReply(what);
}

Result Session::readGreeting()
{
    Result res;
    Response r;
    if (!waitResponse(r, m_silenceMs, "the greeting")) {
        res.error = failureText(m_conn, m_parser.errorString(), "the greeting");
        return res;
    }
    res.completed = r.kind == Response::Untagged && r.isStatus();
    if (!res.completed) res.error = QStringLiteral("the server did not start with a greeting");
    const QList<QByteArray> caps = r.capabilities();
    if (!caps.isEmpty()) setCapabilities(caps);
    res.tagged = std::move(r);
    return res;
}

Result Session::execute(const QByteArray &verb, const QList<Arg> &args)
{
    return execute(m_builder.build(verb, args));
}

Result Session::execute(const Command &cmd)
{
    Result res;
    if (!m_conn->isOpen()) {
        res.error = QStringLiteral("connection not open");
        return res;
    }
    const QByteArray what = cmd.tag + ' ' + cmd.verb;
    res.sendEvent = m_conn->send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
    const qint64 sentAt = m_conn->lastSendUs();
    int nextChunk = 1;
    for (;;) {
        Response r;
        if (!waitResponse(r, m_silenceMs, what)) {
            res.error = failureText(m_conn, m_parser.errorString(), what);
            return res;
        }
        if (r.kind == Response::Continuation && nextChunk < cmd.chunks.size()) {
            m_conn->send(cmd.chunks[nextChunk], cmd.display[nextChunk], cmd.hasSecret);
            ++nextChunk;
            continue;
        }
        if (absorb(res, std::move(r), cmd.tag, sentAt)) return res;
    }
}

// One response while a command runs: its tagged reply completes res (returns true); untagged
// data is kept (or streamed to the sink); capabilities are tracked either way.
bool Session::absorb(Result &res, Response &&r, const QByteArray &tag, qint64 sentAt)
{
    if (r.kind == Response::Tagged && r.tag == tag) {
        const QList<QByteArray> caps = r.capabilities();
        if (!caps.isEmpty()) setCapabilities(caps);
        res.completed = true;
        res.replyEvent = m_conn->transcript()->size() - 1;
        res.latencyUs = m_conn->lastReceiveUs() - sentAt;
        res.tagged = std::move(r);
        return true;
    }
    if (r.kind == Response::Untagged && r.name == "CAPABILITY") setCapabilities(r.capabilities());
    if (m_sink && r.kind == Response::Untagged && m_sink(r)) return false;
    res.untagged.push_back(std::move(r));
    return false;
}

std::vector<Result> Session::pipeline(const std::vector<Command> &cmds)
{
    std::vector<Result> results(cmds.size());
    QByteArray wire, shown;
    bool secret = false;
    for (const auto &c : cmds) {
        wire += c.wire();
        shown += c.displayText();
        secret = secret || c.hasSecret;
    }
    const int ev = m_conn->send(wire, shown, secret);
    const qint64 sentAt = m_conn->lastSendUs();
    size_t done = 0;
    while (done < cmds.size()) {
        Response r;
        if (!waitResponse(r, m_silenceMs, "pipelined commands")) {
            for (auto &res : results)
                if (!res.completed)
                    res.error = failureText(m_conn, m_parser.errorString(), "pipelined commands");
            break;
        }
        if (r.kind != Response::Tagged) {
            if (m_sink && r.kind == Response::Untagged && m_sink(r)) continue;
            // Untagged data belongs to the oldest command still running.
            for (auto &res : results)
                if (!res.completed) {
                    res.untagged.push_back(std::move(r));
                    break;
                }
            continue;
        }
        for (size_t i = 0; i < cmds.size(); ++i) {
            if (cmds[i].tag == r.tag && !results[i].completed) {
                results[i].completed = true;
                results[i].sendEvent = ev;
                results[i].replyEvent = m_conn->transcript()->size() - 1;
                results[i].latencyUs = m_conn->lastReceiveUs() - sentAt;
                results[i].tagged = std::move(r);
                ++done;
                break;
            }
        }
    }
    return results;
}

Result Session::capability()
{
    Result r = execute("CAPABILITY");
    return r;
}

bool Session::hasCapability(const QByteArray &cap) const
{
    for (const auto &c : m_caps)
        if (c.compare(cap, Qt::CaseInsensitive) == 0) return true;
    return false;
}

void Session::setCapabilities(const QList<QByteArray> &caps)
{
    m_caps = caps;
    m_builder.setLiteralPlus(hasCapability("LITERAL+"));
}

std::vector<Response> Session::takeUnsolicited()
{
    // Whatever sits in the queue outside a command is unsolicited.
    while (!m_queue.empty()) {
        if (m_queue.front().name == "CAPABILITY") setCapabilities(m_queue.front().capabilities());
        m_unsolicited.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        m_queueEvents.pop_front();
    }
    std::vector<Response> out;
    out.swap(m_unsolicited);
    return out;
}

StartTlsOutcome Session::startTls(int handshakeTimeoutMs)
{
    StartTlsOutcome out;
    const Command cmd = m_builder.build("STARTTLS");
    m_holdTag = cmd.tag;
    out.reply = execute(cmd);
    m_holdTag.clear();
    if (!out.reply.ok()) {
        m_holding = false;
        const QByteArray rest = m_heldBack;
        m_heldBack.clear();
        if (!rest.isEmpty()) onBytes(rest);
        return out;
    }
    // Let bytes already in flight arrive, then throw away everything after the OK
    // (RFC 3207 §4.2 / RFC 3501 §6.2.1; the "NO STARTTLS" injection class).
    static_cast<TlsUpgrade &>(out) = m_conn->discardAndStartTls(
        [this] {
            const QByteArray held = m_heldBack;
            m_heldBack.clear();
            m_holding = false;
            // Nothing from before the handshake may be parsed after it.
            m_parser.reset();
            m_queue.clear();
            m_queueEvents.clear();
            return held;
        },
        handshakeTimeoutMs);
    m_caps.clear();
    m_builder.setLiteralPlus(false);
    return out;
}

Result Session::login(const QByteArray &user, const QByteArray &password, bool revealSecrets,
                      const QByteArray &mech)
{
    const QByteArray m = mech.toUpper();
    if (m == "PLAIN" || (m.isEmpty() && hasCapability("AUTH=PLAIN"))) {
        const QByteArray blob = QByteArray() + '\0' + user + '\0' + password;
        return runAuthenticate("PLAIN", blob, {blob}, revealSecrets);
    }
    if (m == "LOGIN" || (m.isEmpty() && !hasCapability("LOGINDISABLED"))) {
        const Arg pw = revealSecrets ? Arg::string(password) : Arg::secretString(password);
        return execute("LOGIN", {Arg::string(user), pw});
    }
    if (m == "AUTH-LOGIN" || hasCapability("AUTH=LOGIN"))
        return runAuthenticate("LOGIN", {}, {user, password}, revealSecrets);
    Result res;
    res.error = QStringLiteral("the server offers no login method Mailscope can use here "
                               "(LOGINDISABLED and no AUTH=PLAIN or AUTH=LOGIN)");
    return res;
}

Result Session::runAuthenticate(const QByteArray &mech, const QByteArray &initial,
                                const QList<QByteArray> &steps, bool revealSecrets)
{
    Result res;
    const QByteArray tag = m_builder.nextTag();
    QByteArray wire = tag + " AUTHENTICATE " + mech;
    QByteArray shown = wire;
    QList<QByteArray> pending = steps;
    const QByteArray redacted = CommandBuilder::redactedMarker();
    if (!initial.isEmpty() && hasCapability("SASL-IR")) {
        wire += ' ' + initial.toBase64();
        shown += ' ' + (revealSecrets ? initial.toBase64() : redacted);
        pending.removeFirst();
    }
    wire += "\r\n";
    shown += "\r\n";
    res.sendEvent = m_conn->send(wire, shown, !revealSecrets);
    const qint64 sentAt = m_conn->lastSendUs();
    const QByteArray what = tag + " AUTHENTICATE";
    for (;;) {
        Response r;
        if (!waitResponse(r, m_silenceMs, what)) {
            res.error = failureText(m_conn, m_parser.errorString(), what);
            return res;
        }
        if (r.kind == Response::Continuation) {
            if (pending.isEmpty()) {
                m_conn->send("*\r\n"); // cancel: the server asked for more than the mechanism has
                continue;
            }
            const QByteArray step = pending.takeFirst().toBase64();
            m_conn->send(step + "\r\n", (revealSecrets ? step : redacted) + "\r\n", !revealSecrets);
            continue;
        }
        if (absorb(res, std::move(r), tag, sentAt)) return res;
    }
}

Result Session::id(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QByteArray list = "(";
    for (int i = 0; i < fields.size(); ++i) {
        if (i) list += ' ';
        list +=
            CommandBuilder::quote(fields[i].first) + ' ' + CommandBuilder::quote(fields[i].second);
    }
    list += ')';
    return execute("ID", {Arg::raw(fields.isEmpty() ? QByteArrayLiteral("NIL") : list)});
}

} // namespace mailscope::imap
