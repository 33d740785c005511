#include "smtp/SmtpSession.h"

#include "imap/ImapCommand.h"
#include "session/Transcript.h"
#include "smtp/SmtpCommand.h"

namespace mailscope::smtp {

QString Result::describe() const
{
    if (!completed) return error.isEmpty() ? QStringLiteral("no reply") : error;
    return QStringLiteral("%1 %2").arg(reply.code).arg(QString::fromUtf8(reply.lines.join(' ')));
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
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_parser.hasError()) {
        pos += m_parser.feed(bytes.constData() + pos, bytes.size() - pos, m_holdAfterNext);
        Reply r;
        while (m_parser.next(r)) {
            m_queue.push_back(std::move(r));
            if (m_holdAfterNext) {
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

bool Session::waitReply(Reply &out, const QByteArray &what)
{
    if (!m_conn->awaitReply([this] { return !m_queue.empty(); }, m_silenceMs, what)) return false;
    out = std::move(m_queue.front());
    m_queue.pop_front();
    return true;
}

QString Session::failure(const QByteArray &what) const
{
    if (m_parser.hasError())
        return QStringLiteral("protocol error: %1").arg(m_parser.errorString());
    return m_conn->whyNoReply(what);
}

Result Session::readGreeting()
{
    Result res;
    if (!waitReply(res.reply, "the greeting")) {
        res.error = failure("the greeting");
        return res;
    }
    res.completed = true;
    res.replyEvent = m_conn->transcript()->size() - 1;
    return res;
}

Result Session::command(const QByteArray &line, const QByteArray &display, bool secret)
{
    Result res;
    if (!m_conn->isOpen()) {
        res.error = QStringLiteral("connection not open");
        return res;
    }
    res.sendEvent =
        m_conn->send(line + "\r\n", (display.isEmpty() ? line : display) + "\r\n", secret);
    const qint64 sentAt = m_conn->lastSendUs();
    const QByteArray what = (secret ? display : line).left(40);
    if (!waitReply(res.reply, what)) {
        res.error = failure(what);
        return res;
    }
    res.completed = true;
    res.replyEvent = m_conn->transcript()->size() - 1;
    res.latencyUs = m_conn->lastReceiveUs() - sentAt;
    return res;
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
    m_holdAfterNext = true;
    out.reply = command("STARTTLS");
    m_holdAfterNext = false;
    if (!out.reply.ok()) {
        m_holding = false;
        const QByteArray rest = m_heldBack;
        m_heldBack.clear();
        if (!rest.isEmpty()) onBytes(rest);
        return out;
    }
    static_cast<TlsUpgrade &>(out) = m_conn->discardAndStartTls(
        [this] {
            const QByteArray held = m_heldBack;
            m_heldBack.clear();
            m_holding = false;
            // Nothing from before the handshake may be parsed after it.
            m_parser.reset();
            m_queue.clear();
            return held;
        },
        handshakeTimeoutMs);
    m_ext.clear();
    return out;
}

Result Session::auth(const QByteArray &user, const QByteArray &password, bool revealSecrets,
                     const QByteArray &mech)
{
    const QByteArray redacted = imap::CommandBuilder::redactedMarker();
    const QList<QByteArray> offered = authMechanisms();
    QByteArray m = mech.toUpper();
    if (m.isEmpty())
        m = offered.contains("PLAIN") || !offered.contains("LOGIN") ? "PLAIN" : "LOGIN";
    if (m == "PLAIN") {
        const QByteArray blob = QByteArray(QByteArray() + '\0' + user + '\0' + password).toBase64();
        return command("AUTH PLAIN " + blob, "AUTH PLAIN " + (revealSecrets ? blob : redacted),
                       !revealSecrets);
    }
    Result r = command("AUTH LOGIN");
    if (!r.completed || r.reply.code != 334) return r;
    const QByteArray u = user.toBase64();
    r = command(u, revealSecrets ? u : redacted, !revealSecrets);
    if (!r.completed || r.reply.code != 334) return r;
    const QByteArray p = password.toBase64();
    return command(p, revealSecrets ? p : redacted, !revealSecrets);
}

std::vector<Result> Session::pipeline(const QList<QByteArray> &lines)
{
    std::vector<Result> results(size_t(lines.size()));
    QByteArray wire;
    for (const auto &l : lines)
        wire += l + "\r\n";
    const int ev = m_conn->send(wire, wire, false);
    const qint64 sentAt = m_conn->lastSendUs();
    for (auto &res : results) {
        res.sendEvent = ev;
        if (!waitReply(res.reply, "pipelined commands")) {
            res.error = failure("pipelined commands");
            break;
        }
        res.completed = true;
        res.replyEvent = m_conn->transcript()->size() - 1;
        res.latencyUs = m_conn->lastReceiveUs() - sentAt;
    }
    return results;
}

} // namespace mailscope::smtp
