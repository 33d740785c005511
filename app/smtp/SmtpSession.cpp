// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "smtp/SmtpSession.h"
#include "i18n/Text.h"

#include "imap/ImapCommand.h"
#include "session/Transcript.h"
#include "smtp/SmtpCommand.h"

namespace mailscope::smtp {

QString Result::describe() const
{
    if (!completed) return error.isEmpty() ? translate("SmtpSession", "no reply") : error;
    return QStringLiteral("%1 %2").arg(reply.code).arg(QString::fromUtf8(reply.lines.join(' ')));
}

namespace {

// A reply's text for a note: a reply may be 256 KiB, a note need not be.
QString shown(const Reply &r)
{
    constexpr int kMax = 200;
    const QByteArray t = r.lines.join(' ');
    return t.size() <= kMax ? QString::fromUtf8(t)
                            : QString::fromUtf8(t.left(kMax)) + QStringLiteral("…");
}

} // namespace

Session::Session(Connection *conn, int silenceMs, Limits limits, QObject *parent)
    : ProtocolSession(conn, silenceMs, parent), m_limits(limits), m_parser(limits)
{}

qsizetype Session::feed(const char *data, qsizetype len, bool stopAfterUnit)
{
    return m_parser.feed(data, len, stopAfterUnit);
}

bool Session::collect(int eventIndex)
{
    bool any = false;
    Reply r;
    while (m_parser.next(r)) {
        any = true;
        if (r.code == 421 && m_closingEvent < 0) m_closingEvent = eventIndex;
        if (r.brokeOff)
            connection()->transcript()->note(
                connection()->id(),
                translate("SmtpSession", "the server is closing the connection: %1 %2 (it broke "
                                         "off its %3 reply for this)")
                    .arg(r.code)
                    .arg(shown(r))
                    .arg(r.brokeOff));
        m_queue.push(std::move(r), eventIndex);
    }
    // Replies nobody waits for pile up only until the next command reads them: bounded.
    if (m_queue.size() > size_t(m_limits.maxUnansweredReplies))
        fail(translate("SmtpSession", "the server sent more than %1 replies nobody asked for")
                 .arg(m_limits.maxUnansweredReplies));
    return any;
}

void Session::resetParser()
{
    m_parser.reset();
    m_queue.clear();
}

// Replies that arrived before a command was sent answer none of it: taken as its reply, an
// extra 250 after EHLO read as "STARTTLS refused: 250 …" and hid the server's real answer.
// They are noted and dropped. A 421 stays: the server may close with it at any time, and it
// is then the answer to whatever comes next (RFC 5321 §3.8).
void Session::dropUnsolicited()
{
    constexpr int kNotes = 3;
    int dropped = 0;
    while (!m_queue.empty() && m_queue.front().code != 421) {
        const Reply r = m_queue.take(nullptr);
        if (++dropped <= kNotes)
            connection()->transcript()->note(
                connection()->id(),
                translate("SmtpSession", "the server sent a reply nobody asked for: %1 %2")
                    .arg(r.code)
                    .arg(shown(r)));
    }
    if (dropped > kNotes)
        connection()->transcript()->note(
            connection()->id(),
            translate("SmtpSession", "the server sent %1 more replies nobody asked for")
                .arg(dropped - kNotes));
}

bool Session::waitReply(Reply &out, int *event, const QByteArray &what)
{
    if (!waitUnit([this] { return !m_queue.empty(); }, what)) return false;
    out = m_queue.take(event);
    return true;
}

std::vector<Reply> Session::takePending()
{
    std::vector<Reply> out;
    while (!m_queue.empty())
        out.push_back(m_queue.take(nullptr));
    return out;
}

Result Session::readGreeting()
{
    Result res;
    beginCommand();
    if (!waitReply(res.reply, &res.replyEvent, "the greeting")) {
        noteFailure(res, "the greeting");
        return res;
    }
    res.completed = true;
    return res;
}

Result Session::command(const QByteArray &line, const QByteArray &redactedForm, bool secret)
{
    Result res;
    if (!connection()->isOpen()) {
        res.error = translate("SmtpSession", "connection not open");
        res.failure = Failure::NotOpen;
        return res;
    }
    dropUnsolicited();
    beginCommand();
    res.sendEvent = connection()->send(
        line + "\r\n", (redactedForm.isEmpty() ? line : redactedForm) + "\r\n", secret);
    const qint64 sentAt = connection()->lastSendUs();
    const QByteArray what = (secret ? redactedForm : line).left(40);
    if (!waitReply(res.reply, &res.replyEvent, what)) {
        noteFailure(res, what);
        return res;
    }
    res.completed = true;
    res.latencyUs = connection()->lastReceiveUs() - sentAt;
    return res;
}

bool Session::send(const QByteArray &line)
{
    if (!connection()->isOpen() || m_inFlight.active) return false;
    m_inFlight = InFlight();
    m_inFlight.active = true;
    m_inFlight.what = line.left(40);
    m_inFlight.res.sendEvent = connection()->send(line + "\r\n");
    m_inFlight.sentAt = connection()->lastSendUs();
    return true;
}

bool Session::poll(Result *out)
{
    if (!m_inFlight.active) return false;
    Result &res = m_inFlight.res;
    if (!m_queue.empty()) {
        res.reply = m_queue.take(&res.replyEvent);
        res.completed = true;
        res.latencyUs = connection()->lastReceiveUs() - m_inFlight.sentAt;
    } else if (connection()->isOpen()) {
        return false;
    } else {
        noteFailure(res, m_inFlight.what);
    }
    m_inFlight.active = false;
    *out = std::move(res);
    return true;
}

Result Session::hello(const QByteArray &name, bool *usedHelo)
{
    if (usedHelo) *usedHelo = false;
    Result r = command("EHLO " + name);
    if (r.completed && r.reply.code >= 500 && r.reply.code < 600) {
        if (usedHelo) *usedHelo = true;
        m_ext.clear();
        return command("HELO " + name);
    }
    if (r.ok()) m_ext = r.reply.lines.mid(1);
    return r;
}

bool Session::hasExtension(const QByteArray &keyword) const
{
    for (const auto &e : m_ext) {
        const QByteArray k = e.split(' ').first();
        if (k.compare(keyword, Qt::CaseInsensitive) == 0) return true;
    }
    return false;
}

QList<QByteArray> Session::authMechanisms() const
{
    QList<QByteArray> mechs;
    for (const auto &e : m_ext) {
        const QList<QByteArray> parts = e.simplified().split(' ');
        if (parts.first().compare("AUTH", Qt::CaseInsensitive) == 0 ||
            parts.first().compare("AUTH=", Qt::CaseInsensitive) == 0)
            for (int i = 1; i < parts.size(); ++i)
                if (!mechs.contains(parts[i].toUpper())) mechs.append(parts[i].toUpper());
        if (parts.first().startsWith("AUTH=") && parts.first().size() > 5) // old "AUTH=LOGIN PLAIN"
            for (const auto &p : QList<QByteArray>{parts.first().mid(5)} + parts.mid(1))
                if (!mechs.contains(p.toUpper())) mechs.append(p.toUpper());
    }
    return mechs;
}

StartTlsOutcome Session::startTls(int handshakeTimeoutMs)
{
    StartTlsOutcome out;
    armHold();
    out.reply = command("STARTTLS");
    const bool go = out.reply.completed && out.reply.reply.code == 220;
    static_cast<TlsUpgrade &>(out) = finishHold(go, handshakeTimeoutMs);
    if (go) m_ext.clear();
    return out;
}

Result Session::auth(const QByteArray &user, const QByteArray &password, const QByteArray &mech)
{
    const QByteArray redacted = imap::CommandBuilder::redactedMarker();
    const QList<QByteArray> offered = authMechanisms();
    QByteArray m = mech.toUpper();
    if (m.isEmpty())
        m = offered.contains("PLAIN") || !offered.contains("LOGIN") ? "PLAIN" : "LOGIN";
    if (m == "PLAIN") {
        const QByteArray blob = QByteArray(QByteArray() + '\0' + user + '\0' + password).toBase64();
        return command("AUTH PLAIN " + blob, "AUTH PLAIN " + redacted, true);
    }
    Result r = command("AUTH LOGIN");
    if (!r.completed || r.reply.code != 334) return r;
    r = command(user.toBase64(), redacted, true);
    if (!r.completed || r.reply.code != 334) return r;
    return command(password.toBase64(), redacted, true);
}

Result Session::authBearer(const QByteArray &mech, const QByteArray &user, const QByteArray &token,
                           const QString &host, quint16 port)
{
    const QByteArray blob = sasl::initialResponse(mech, user, token, host, port).toBase64();
    Result r = command("AUTH " + mech + ' ' + blob,
                       "AUTH " + mech + ' ' + imap::CommandBuilder::redactedMarker(), true);
    if (!r.completed || r.reply.code != 334) return r;
    // RFC 7628 §3.2.3: the server's error, then its final reply once acknowledged.
    const sasl::BearerError error = sasl::decodeError(r.reply.lines.value(0));
    r = command(sasl::errorAcknowledgement(mech));
    r.saslError = error;
    return r;
}

std::vector<Result> Session::pipeline(const QList<QByteArray> &lines)
{
    std::vector<Result> results(size_t(lines.size()));
    QByteArray wire;
    for (const auto &l : lines)
        wire += l + "\r\n";
    // Every reply after the group is sent belongs to it, in order (RFC 2920); none before.
    dropUnsolicited();
    beginCommand();
    const int ev = connection()->send(wire, wire, false);
    const qint64 sentAt = connection()->lastSendUs();
    for (auto &res : results) {
        res.sendEvent = ev;
        if (!waitReply(res.reply, &res.replyEvent, "pipelined commands")) {
            noteFailure(res, "pipelined commands");
            break;
        }
        res.completed = true;
        res.latencyUs = connection()->lastReceiveUs() - sentAt;
    }
    return results;
}

} // namespace mailscope::smtp
