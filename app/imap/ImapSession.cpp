// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "imap/ImapSession.h"
#include "i18n/Text.h"

#include "session/Transcript.h"

namespace mailscope::imap {

QString Result::describe() const
{
    if (!completed) return error.isEmpty() ? translate("ImapSession", "no reply") : error;
    QString s = QString::fromLatin1(tagged.name);
    if (!tagged.code.isEmpty()) s += QStringLiteral(" [%1]").arg(QString::fromLatin1(tagged.code));
    if (!tagged.text.isEmpty()) s += QLatin1Char(' ') + QString::fromUtf8(tagged.text);
    return s;
}

bool Result::temporaryFailure() const
{
    if (!completed || tagged.name != "NO") return false;
    for (const char *code : {"UNAVAILABLE", "SERVERBUG", "INUSE", "CORRUPTION"})
        if (tagged.code == code) return true;
    return false;
}

namespace {

// "64 MiB" for the limits Mailscope uses; exact bytes for the small ones tests set.
QString sizeWords(qint64 bytes)
{
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return translate("ImapSession", "%1 MiB").arg(bytes >> 20);
    return translate("ImapSession", "%1 bytes").arg(bytes);
}

} // namespace

Session::Session(Connection *conn, int silenceMs, Limits limits, QObject *parent)
    : ProtocolSession(conn, silenceMs, parent), m_limits(limits), m_parser(limits)
{}

qsizetype Session::feed(const char *data, qsizetype len, bool stopAfterUnit)
{
    // One response at a time, so collect() checks the caps after each: a single read of many
    // responses cannot go past them.
    (void)stopAfterUnit;
    return m_parser.feed(data, len, true);
}

bool Session::collect(int eventIndex)
{
    bool hold = false;
    Response r;
    while (m_parser.next(r)) {
        hold = hold || (!m_holdTag.isEmpty() && r.kind == Response::Tagged && r.tag == m_holdTag);
        if (!r.parseError.isEmpty()) noteMalformed(r);
        if (r.kind == Response::Untagged && r.name == "BYE" && m_byeEvent < 0)
            m_byeEvent = eventIndex;
        m_queuedBytes += r.bytes;
        m_queue.push(std::move(r), eventIndex);
    }
    // Nobody reads responses that arrive between commands until the next one: bounded, in
    // number and in bytes.
    if (!readerWaiting() && m_queue.size() > size_t(m_limits.maxUntaggedPerCommand))
        fail(translate("ImapSession", "the server sent more than %1 responses nobody asked for")
                 .arg(m_limits.maxUntaggedPerCommand));
    else if (!readerWaiting() && m_queuedBytes > m_limits.maxKeptBytesPerCommand)
        fail(translate("ImapSession", "the server sent more than %1 of responses nobody asked for")
                 .arg(sizeWords(m_limits.maxKeptBytesPerCommand)));
    // A command waits: without a sink, all of this is going to be kept (keepUntagged).
    else if (readerWaiting() && !m_sink &&
             m_keptBytes + m_queuedBytes > m_limits.maxKeptBytesPerCommand)
        failKeptBytes();
    return hold;
}

Response Session::takeQueued(int *event)
{
    Response r = m_queue.take(event);
    m_queuedBytes -= r.bytes;
    return r;
}

void Session::resetParser()
{
    m_parser.reset();
    m_queue.clear();
    m_queuedBytes = 0;
}

void Session::startCommand()
{
    beginCommand();
    m_kept = 0;
    m_keptBytes = 0;
    m_malformedNoted = 0;
}

// One note per malformed response, up to a few per command: a server sending nothing else
// would otherwise fill the transcript with notes.
void Session::noteMalformed(const Response &r)
{
    constexpr int kNotesPerCommand = 10;
    if (++m_malformedNoted > kNotesPerCommand + 1) return;
    connection()->transcript()->note(
        connection()->id(),
        m_malformedNoted > kNotesPerCommand
            ? translate("ImapSession",
                        "more server responses could not be parsed; they are kept as text "
                        "without further notes")
            : translate("ImapSession",
                        "could not fully parse a server response (%1); kept it as text")
                  .arg(r.parseError));
}

bool Session::waitResponse(Response &out, int *event, const QByteArray &what)
{
    if (!waitUnit([this] { return !m_queue.empty(); }, what)) return false;
    out = takeQueued(event);
    return true;
}

// Keeps an untagged response for the running command, within the per-command caps.
bool Session::keepUntagged(std::vector<Response> &into, Response &&r)
{
    if (++m_kept > m_limits.maxUntaggedPerCommand) {
        fail(translate("ImapSession",
                       "the server sent more than %1 untagged responses to one command")
                 .arg(m_limits.maxUntaggedPerCommand));
        return false;
    }
    m_keptBytes += r.bytes;
    if (m_keptBytes > m_limits.maxKeptBytesPerCommand) {
        failKeptBytes();
        return false;
    }
    into.push_back(std::move(r));
    return true;
}

void Session::failKeptBytes()
{
    fail(translate("ImapSession", "the server sent more than %1 in answer to one command")
             .arg(sizeWords(m_limits.maxKeptBytesPerCommand)));
}

// A "+" the command has no data for. One is tolerated (some servers prompt twice); a server
// that keeps prompting would hold the command forever.
bool Session::unexpectedContinuation()
{
    if (++m_unexpected <= 2) return true;
    fail(translate("ImapSession",
                   "the server kept asking for more data (\"+\") that the command does not "
                   "have"));
    return false;
}

Result Session::readGreeting()
{
    Result res;
    startCommand();
    Response r;
    int event = -1;
    if (!waitResponse(r, &event, "the greeting")) {
        noteFailure(res, "the greeting");
        return res;
    }
    res.completed = r.kind == Response::Untagged && r.isStatus();
    res.replyEvent = event;
    if (!res.completed)
        res.error = translate("ImapSession", "the server did not start with a greeting");
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
    if (!connection()->isOpen()) {
        res.error = translate("ImapSession", "connection not open");
        res.failure = Failure::NotOpen;
        return res;
    }
    const QByteArray what = cmd.tag + ' ' + cmd.verb;
    startCommand();
    m_unexpected = 0;
    res.sendEvent = connection()->send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
    const qint64 sentAt = connection()->lastSendUs();
    int nextChunk = 1;
    for (;;) {
        Response r;
        int event = -1;
        if (!waitResponse(r, &event, what)) {
            noteFailure(res, what);
            return res;
        }
        if (r.kind == Response::Continuation) {
            if (nextChunk < cmd.chunks.size()) {
                connection()->send(cmd.chunks[nextChunk], cmd.display[nextChunk], cmd.hasSecret);
                ++nextChunk;
            } else if (!unexpectedContinuation()) {
                noteFailure(res, what);
                return res;
            }
            continue;
        }
        if (absorb(res, std::move(r), cmd.tag, sentAt, event)) return res;
        if (!connection()->isOpen()) {
            noteFailure(res, what);
            return res;
        }
    }
}

bool Session::send(const Command &cmd)
{
    if (!connection()->isOpen() || m_inFlight.active || cmd.chunks.size() != 1) return false;
    m_inFlight = InFlight();
    m_inFlight.active = true;
    m_inFlight.tag = cmd.tag;
    m_inFlight.what = cmd.tag + ' ' + cmd.verb;
    m_kept = 0;
    m_keptBytes = 0;
    m_unexpected = 0;
    m_inFlight.res.sendEvent =
        connection()->send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
    m_inFlight.sentAt = connection()->lastSendUs();
    return true;
}

bool Session::poll(Result *out)
{
    if (!m_inFlight.active) return false;
    bool done = false;
    while (!done && !m_queue.empty()) {
        int event = -1;
        Response r = takeQueued(&event);
        if (r.kind == Response::Continuation) {
            if (!unexpectedContinuation()) break;
            continue;
        }
        done = absorb(m_inFlight.res, std::move(r), m_inFlight.tag, m_inFlight.sentAt, event);
    }
    if (!done && connection()->isOpen()) return false;
    if (!done) noteFailure(m_inFlight.res, m_inFlight.what);
    m_inFlight.active = false;
    *out = std::move(m_inFlight.res);
    return true;
}

// One response while a command runs: its tagged reply completes res (returns true); untagged
// data is kept (or streamed to the sink); capabilities are tracked either way.
bool Session::absorb(Result &res, Response &&r, const QByteArray &tag, qint64 sentAt, int event)
{
    if (r.kind == Response::Tagged && r.tag == tag) {
        const QList<QByteArray> caps = r.capabilities();
        if (!caps.isEmpty()) setCapabilities(caps);
        res.completed = true;
        res.replyEvent = event;
        res.latencyUs = connection()->lastReceiveUs() - sentAt;
        res.tagged = std::move(r);
        return true;
    }
    if (r.kind == Response::Untagged && r.name == "CAPABILITY" && r.parseError.isEmpty())
        setCapabilities(r.capabilities());
    if (m_sink && r.kind == Response::Untagged && m_sink(r)) return false;
    keepUntagged(res.untagged, std::move(r));
    return false;
}

std::vector<Result> Session::pipeline(const std::vector<Command> &cmds)
{
    std::vector<Result> results(cmds.size());
    if (cmds.empty()) return results;
    QByteArray wire, shown;
    bool secret = false;
    for (const auto &c : cmds) {
        wire += c.wire();
        shown += c.displayText();
        secret = secret || c.hasSecret;
    }
    startCommand();
    m_unexpected = 0;
    const int ev = connection()->send(wire, shown, secret);
    const qint64 sentAt = connection()->lastSendUs();
    for (auto &res : results)
        res.sendEvent = ev;
    size_t done = 0;
    while (done < cmds.size()) {
        Response r;
        int event = -1;
        if (!waitResponse(r, &event, "pipelined commands")) {
            for (auto &res : results)
                if (!res.completed) noteFailure(res, "pipelined commands");
            break;
        }
        if (r.kind == Response::Continuation) {
            unexpectedContinuation(); // ends the connection when it keeps happening
            continue;
        }
        if (r.kind != Response::Tagged) {
            if (m_sink && r.kind == Response::Untagged && m_sink(r)) continue;
            // Untagged data belongs to the oldest command still running.
            for (auto &res : results)
                if (!res.completed) {
                    keepUntagged(res.untagged, std::move(r));
                    break;
                }
            continue;
        }
        for (size_t i = 0; i < cmds.size(); ++i) {
            if (cmds[i].tag == r.tag && !results[i].completed) {
                results[i].completed = true;
                results[i].replyEvent = event;
                results[i].latencyUs = connection()->lastReceiveUs() - sentAt;
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
    return execute("CAPABILITY");
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
        Response r = takeQueued(nullptr);
        if (r.name == "CAPABILITY") setCapabilities(r.capabilities());
        m_unsolicited.push_back(std::move(r));
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
    armHold();
    out.reply = execute(cmd);
    m_holdTag.clear();
    static_cast<TlsUpgrade &>(out) = finishHold(out.reply.ok(), handshakeTimeoutMs);
    if (out.reply.ok()) {
        m_caps.clear();
        m_builder.setLiteralPlus(false);
    }
    return out;
}

Result Session::login(const QByteArray &user, const QByteArray &password, const QByteArray &mech)
{
    const QByteArray m = mech.toUpper();
    if (m == "PLAIN" || (m.isEmpty() && hasCapability("AUTH=PLAIN"))) {
        const QByteArray blob = QByteArray() + '\0' + user + '\0' + password;
        return runAuthenticate("PLAIN", blob, {blob});
    }
    if (m == "LOGIN" || (m.isEmpty() && !hasCapability("LOGINDISABLED")))
        return execute("LOGIN", {Arg::string(user), Arg::secretString(password)});
    if (m == "AUTH-LOGIN" || hasCapability("AUTH=LOGIN"))
        return runAuthenticate("LOGIN", {}, {user, password});
    Result res;
    res.error = translate("ImapSession", "the server offers no login method Mailscope can use here "
                                         "(LOGINDISABLED and no AUTH=PLAIN or AUTH=LOGIN)");
    return res;
}

Result Session::authenticateBearer(const QByteArray &mech, const QByteArray &user,
                                   const QByteArray &token, const QString &host, quint16 port)
{
    const QByteArray blob = sasl::initialResponse(mech, user, token, host, port);
    const QByteArray ack = sasl::errorAcknowledgement(mech);
    return runAuthenticate(mech, blob, {blob}, &ack);
}

Result Session::runAuthenticate(const QByteArray &mech, const QByteArray &initial,
                                const QList<QByteArray> &steps, const QByteArray *errorAck)
{
    Result res;
    const QByteArray tag = m_builder.nextTag();
    QByteArray wire = tag + " AUTHENTICATE " + mech;
    QByteArray shown = wire;
    QList<QByteArray> pending = steps;
    const QByteArray redacted = CommandBuilder::redactedMarker();
    // Only a line that carries SASL data is a secret: "a1 AUTHENTICATE PLAIN" alone is not.
    bool firstSecret = false;
    if (!initial.isEmpty() && hasCapability("SASL-IR")) {
        wire += ' ' + initial.toBase64();
        shown += ' ' + redacted;
        pending.removeFirst();
        firstSecret = true;
    }
    wire += "\r\n";
    shown += "\r\n";
    startCommand();
    m_unexpected = 0;
    res.sendEvent = connection()->send(wire, shown, firstSecret);
    const qint64 sentAt = connection()->lastSendUs();
    const QByteArray what = tag + " AUTHENTICATE";
    bool cancelled = false;
    for (;;) {
        Response r;
        int event = -1;
        if (!waitResponse(r, &event, what)) {
            noteFailure(res, what);
            return res;
        }
        if (r.kind == Response::Continuation) {
            if (!pending.isEmpty()) {
                const QByteArray step = pending.takeFirst().toBase64();
                connection()->send(step + "\r\n", redacted + "\r\n", true);
            } else if (errorAck && !cancelled) {
                // RFC 7628 §3.2.3: the challenge after the token is the server's error; the
                // client acknowledges it and the server then says NO.
                res.saslError = sasl::decodeError(r.text);
                cancelled = true;
                connection()->send(*errorAck + "\r\n");
            } else if (!cancelled) {
                // The server asked for more than the mechanism has: cancel (RFC 3501 §6.2.2).
                cancelled = true;
                connection()->send("*\r\n");
            } else {
                fail(translate("ImapSession",
                               "the server kept asking for more login data after the login "
                               "was cancelled"));
                noteFailure(res, what);
                return res;
            }
            continue;
        }
        if (absorb(res, std::move(r), tag, sentAt, event)) return res;
        if (!connection()->isOpen()) {
            noteFailure(res, what);
            return res;
        }
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
