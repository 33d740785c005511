// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/IdleProbe.h"
#include "i18n/Text.h"

#include "net/TcpInfo.h"
#include "probes/IdleLadder.h"
#include "session/Transcript.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <cmath>
#include <map>

namespace mailscope {

namespace {

using idle::Ending;
using idle::Outcome;
using idle::Role;
using idle::State;

// SMTP has one idle state (between commands, after EHLO); it uses the first slot.
QString stateName(State s, bool smtp)
{
    if (smtp) return QStringLiteral("after-ehlo");
    switch (s) {
    case State::Authenticated:
        return QStringLiteral("authenticated");
    case State::Selected:
        return QStringLiteral("selected");
    case State::Fetched:
        return QStringLiteral("fetched");
    }
    return QString();
}

QString stateWords(State s, bool smtp)
{
    if (smtp) return translate("IdleProbe", "between commands, after EHLO");
    switch (s) {
    case State::Authenticated:
        return translate("IdleProbe", "right after login");
    case State::Selected:
        return translate("IdleProbe", "with a folder open (EXAMINE)");
    case State::Fetched:
        return translate("IdleProbe", "after listing a folder's messages (UID FETCH)");
    }
    return QString();
}

QString minutesText(double s)
{
    if (s < 90) return translate("IdleProbe", "%1 seconds").arg(qRound(s));
    return translate("IdleProbe", "%1 minutes").arg(s / 60.0, 0, 'f', s < 600 ? 1 : 0);
}

int unackedOf(const Connection &c)
{
    const TcpInfo t = c.timeoutTcpInfo();
    return t.valid ? (t.unacked > 0 ? 1 : 0) : -1;
}

// The idle search's world made of real connections: each a side connection of the run, logged
// in through the run's login gate and brought into its state; probes are NOOPs in flight.
class ConnectionHost : public idle::Host
{
public:
    explicit ConnectionHost(Context &ctx) : m_ctx(ctx), m_smtp(!ctx.isImap()) {}
    ~ConnectionHost() override
    {
        for (auto &[id, e] : m_conns) {
            Q_UNUSED(id);
            if (e.side.conn && e.side.conn->isOpen()) e.side.conn->close();
        }
    }

    double now() const override { return double(m_ctx.transcript()->nowUs()) / 1e6; }
    int open(Role role, State state, QString *why, bool *final) override;
    bool mayLogIn(QString *why) const override { return m_smtp || m_ctx.mayLogIn(why); }
    double idleSince(int id) const override { return double(m_conns.at(id).idleSinceUs) / 1e6; }
    void probe(int id) override;
    void stopKeepalives(int id) override;
    Outcome poll(int id) override;
    void close(int id) override;
    void wait(double seconds) override;
    bool cancelled() const override { return m_ctx.cancelled(); }
    void progress(const QString &text) override { m_ctx.progress(text); }

private:
    struct Entry
    {
        Context::Side side;
        Role role = Role::Ladder;
        qint64 idleSinceUs = 0;
        bool inFlight = false;
        qint64 sentUs = 0;
        double sentIdle = 0;
        bool ended = false;
    };
    Outcome finished(Entry &e, bool completed, bool ok, bool bye, int sendEvent);
    bool gaveUp(Entry &e);
    Outcome endedByItself(Entry &e);
    QString prepare(Entry &e, State state);

    Context &m_ctx;
    bool m_smtp;
    std::map<int, Entry> m_conns;
    bool m_settle = false;
};

// EXAMINE (and UID FETCH) on a fresh IMAP connection; an error text when that failed.
QString ConnectionHost::prepare(Entry &e, State state)
{
    if (m_smtp || state == State::Authenticated) return {};
    imap::Session &s = *e.side.imap;
    const imap::Result r = s.execute("EXAMINE", {imap::Arg::string("INBOX")});
    if (!r.ok()) return translate("IdleProbe", "EXAMINE INBOX failed: %1").arg(r.describe());
    if (state != State::Fetched) return {};
    const imap::Result f = s.execute(
        "UID", {imap::Arg::atom("FETCH"), imap::Arg::atom("1:*"), imap::Arg::raw("(FLAGS)")});
    if (!f.ok()) return translate("IdleProbe", "UID FETCH failed: %1").arg(f.describe());
    return {};
}

int ConnectionHost::open(Role role, State state, QString *why, bool *final)
{
    *final = false;
    // Let the server register a close before we count on its slot.
    if (m_settle) wait(0.1);
    m_settle = false;
    Entry e;
    e.role = role;
    e.side = m_smtp ? m_ctx.openSmtpSide() : m_ctx.openSide();
    if (!e.side.ok() || (!m_smtp && !m_ctx.loginSide(e.side))) {
        *why = e.side.error;
        // A login that did not succeed closes the run's login gate: never open another.
        *final = e.side.loginBlocked;
        if (e.side.conn && e.side.conn->isOpen()) e.side.conn->close();
        return -1;
    }
    const QString err = prepare(e, state);
    if (!err.isEmpty()) {
        *why = err;
        e.side.conn->close();
        return -1;
    }
    // Bound what the kernel does with data nobody acknowledges: our own --silence verdict
    // comes first, and the socket never lingers for the OS's ~15 minutes.
    const qintptr fd = e.side.conn->nativeDescriptor();
    tcp::setUserTimeout(fd, m_ctx.silenceMs() + 2000);
    const int id = e.side.conn->id();
    if (role == Role::Keepalive) {
        // Short enough to matter for the cutoffs we look for, long enough not to flood.
        const int every = int(std::clamp(m_ctx.options().idleMaxSeconds / 8.0, 1.0, 20.0));
        const bool set = tcp::setKeepAlive(fd, every, every, 3);
        m_ctx.transcript()->note(
            id,
            set ? translate("IdleProbe", "idle probe: TCP keepalives every %1 s "
                                         "on this connection, no %2 traffic")
                      .arg(every)
                      .arg(m_smtp ? QStringLiteral("SMTP") : QStringLiteral("IMAP"))
                : translate("IdleProbe", "idle probe: TCP keepalives are not "
                                         "available on this platform"),
            set ? EventFact::KeepAlive : EventFact::None);
    }
    e.idleSinceUs = e.side.conn->lastReceiveUs();
    m_ctx.transcript()->note(
        id, translate("IdleProbe", "idle probe: connection now idle %1%2")
                .arg(stateWords(state, m_smtp))
                .arg(role == Role::Keepalive ? translate("IdleProbe", " (keepalives)")
                     : role == Role::Witness
                         ? translate("IdleProbe", " (kept until the cutoff is known)")
                         : QString()));
    m_conns[id] = std::move(e);
    return id;
}

void ConnectionHost::stopKeepalives(int id)
{
    Entry &e = m_conns.at(id);
    const bool off = tcp::clearKeepAlive(e.side.conn->nativeDescriptor());
    m_ctx.transcript()->note(
        id, off ? translate("IdleProbe", "idle probe: TCP keepalives turned off: this connection "
                                         "probes now, and its idle time counts from here")
                : translate("IdleProbe", "idle probe: TCP keepalives could not be turned off: "
                                         "this connection's answers may be kept alive by them"));
}

void ConnectionHost::probe(int id)
{
    Entry &e = m_conns.at(id);
    e.sentIdle = now() - idleSince(id);
    e.sentUs = m_ctx.transcript()->nowUs();
    // The server may have closed it a moment ago, unseen yet: a command would only draw a
    // reset. poll() reports the close as the server's own (where TCP state is readable).
    const TcpInfo t = e.side.conn->tcpInfo();
    if (t.valid && (t.peerFinished || t.closedByReset)) return;
    e.inFlight = m_smtp ? e.side.smtp->send("NOOP")
                        : e.side.imap->send(e.side.imap->builder().build("NOOP", {}));
}

Outcome ConnectionHost::finished(Entry &e, bool completed, bool ok, bool bye, int sendEvent)
{
    e.inFlight = false;
    Outcome o;
    o.idle = e.sentIdle;
    if (ok) {
        o.kind = Outcome::Answered;
        e.idleSinceUs = e.side.conn->lastReceiveUs();
        return o;
    }
    o.kind = Outcome::Ended;
    e.ended = true;
    o.evidence << sendEvent << e.side.conn->closeEventIndex();
    const CloseKind k = e.side.conn->closeKind();
    if (bye)
        o.ending = Ending::Bye;
    else if (k == CloseKind::ByPeerReset)
        o.ending = Ending::Rst;
    else if (k == CloseKind::ByPeerFin || k == CloseKind::ByPeerUnknown)
        o.ending = Ending::Fin;
    else if (k == CloseKind::Timeout || k == CloseKind::TcpTimeout) {
        o.ending = Ending::Silent;
        o.unacked = unackedOf(*e.side.conn);
    } else
        o.ending = completed ? Ending::Refused : Ending::Closed;
    return o;
}

// A connection the server ended while it sat idle: the cutoff is known the moment it happens.
Outcome ConnectionHost::endedByItself(Entry &e)
{
    e.ended = true;
    Outcome o;
    o.kind = Outcome::Ended;
    o.byItself = true;
    const int closeEvent = e.side.conn->closeEventIndex();
    o.idle = double(m_ctx.transcript()->at(closeEvent).tUs - e.idleSinceUs) / 1e6;
    o.evidence << closeEvent;
    const CloseKind k = e.side.conn->closeKind();
    const int byeEvent = e.side.imap   ? e.side.imap->byeEvent()
                         : e.side.smtp ? e.side.smtp->closingEvent()
                                       : -1;
    if (byeEvent >= 0) o.evidence.prepend(byeEvent);
    o.ending = byeEvent >= 0                 ? Ending::Bye
               : k == CloseKind::ByPeerReset ? Ending::Rst
               : k == CloseKind::TcpTimeout  ? Ending::Silent
                                             : Ending::Fin;
    // Kernel timeouts (unanswered keepalives) lag the real cutoff.
    o.kernel = k == CloseKind::TcpTimeout;
    if (o.kernel) o.unacked = unackedOf(*e.side.conn);
    return o;
}

// Whether the probe has waited out --silence; then its connection is marked timed out, in the
// words every other unanswered command gets.
bool ConnectionHost::gaveUp(Entry &e)
{
    if (m_ctx.transcript()->nowUs() - e.sentUs < qint64(m_ctx.silenceMs()) * 1000) return false;
    e.side.conn->markTimeout(translate("Connection", "no reply to %1 within %2 s")
                                 .arg(QStringLiteral("NOOP"))
                                 .arg(m_ctx.options().silenceSeconds));
    return true;
}

Outcome ConnectionHost::poll(int id)
{
    Entry &e = m_conns.at(id);
    if (e.ended) return {};
    if (e.inFlight) {
        if (m_smtp) {
            smtp::Result r;
            if (!e.side.smtp->poll(&r)) {
                if (!gaveUp(e)) return {};
                e.side.smtp->poll(&r);
            }
            // 421: "closing transmission channel".
            return finished(e, r.completed, r.completed && r.reply.code == 250,
                            e.side.smtp->closingReceived(), r.sendEvent);
        }
        imap::Result r;
        if (!e.side.imap->poll(&r)) {
            if (!gaveUp(e)) return {};
            e.side.imap->poll(&r);
        }
        bool bye = e.side.imap->byeReceived();
        for (const auto &u : r.untagged)
            bye = bye || u.name == "BYE";
        return finished(e, r.completed, r.ok(), bye, r.sendEvent);
    }
    if (e.side.imap) {
        for (const auto &u : e.side.imap->takeUnsolicited()) {
            if (u.name == "BYE") continue;
            m_ctx.transcript()->note(id, translate("IdleProbe",
                                                   "idle probe: the server sent \"%1\" by "
                                                   "itself after %2 s idle (a keepalive of its "
                                                   "own)")
                                             .arg(QString::fromLatin1(u.name))
                                             .arg(now() - idleSince(id), 0, 'f', 1));
        }
    }
    if (e.side.conn->isOpen()) return {};
    return endedByItself(e);
}

void ConnectionHost::close(int id)
{
    auto it = m_conns.find(id);
    if (it == m_conns.end()) return;
    if (it->second.side.conn->isOpen()) it->second.side.conn->close();
    m_settle = true;
    m_conns.erase(it);
}

// Sleeps at most 200 ms (cancellation, progress), and wakes as soon as a connection hears
// from the server or closes.
void ConnectionHost::wait(double seconds)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (auto &[id, e] : m_conns) {
        Q_UNUSED(id);
        QObject::connect(e.side.conn.get(), &Connection::bytesReceived, &loop, &QEventLoop::quit);
        QObject::connect(e.side.conn.get(), &Connection::closed, &loop, &QEventLoop::quit);
    }
    timer.start(int(std::clamp(seconds * 1000, 1.0, 200.0)));
    loop.exec();
}

class IdleCheckReport
{
public:
    IdleCheckReport(Context &ctx, const idle::Result &r) : m_ctx(ctx), m_r(r), m_smtp(!ctx.isImap())
    {}
    void add(const QString &checkId);

private:
    QList<State> states() const
    {
        return m_smtp ? QList<State>{State::Authenticated}
                      : QList<State>{State::Authenticated, State::Selected, State::Fetched};
    }
    QString kindOf(State s) const { return idle::endingName(m_r.states.at(s).ending); }
    bool known(State s) const { return m_r.states.count(s) > 0; }
    QJsonObject byState(QList<int> *evidence) const;
    void stateFindings(const QJsonObject &byState, const QList<int> &evidence);
    QString summaryTail() const;

    Context &m_ctx;
    const idle::Result &m_r;
    bool m_smtp;
};

QJsonObject IdleCheckReport::byState(QList<int> *evidence) const
{
    QJsonObject out;
    for (State s : states()) {
        if (!known(s)) continue;
        out.insert(stateName(s, m_smtp), kindOf(s));
        *evidence += m_r.states.at(s).evidence;
    }
    return out;
}

// How each state ended, when the endings differ; and the silent drop, if one was silent.
void IdleCheckReport::stateFindings(const QJsonObject &byState, const QList<int> &evidence)
{
    QSet<QString> kinds;
    for (auto it = byState.begin(); it != byState.end(); ++it)
        kinds.insert(it.value().toString());
    if (kinds.size() > 1) {
        Finding d;
        d.id = QStringLiteral("idle.state-dependent");
        d.severity = Severity::Warning;
        d.title =
            translate("IdleProbe", "How the connection dies depends on what the program did last");
        QStringList parts;
        for (State s : states())
            if (known(s)) {
                const QString words = idleEndingWords(kindOf(s));
                parts << translate("IdleProbe", "%1, %2")
                             .arg(stateWords(s, m_smtp), words.isEmpty() ? kindOf(s) : words);
            }
        d.explanation = translate("IdleProbe", "After the same idle time the server ends sessions "
                                               "differently: %1. Some endings are quick to notice "
                                               "(a reset), others leave the program hanging.")
                            .arg(joinTexts(parts, QStringLiteral("; ")));
        d.data = byState;
        d.evidence = evidence;
        m_ctx.addFinding(d);
    }
    for (State s : states()) {
        if (!known(s) || m_r.states.at(s).ending != Ending::Silent) continue;
        const idle::Verdict &v = m_r.states.at(s);
        Finding sd;
        sd.id = QStringLiteral("idle.silent-drop");
        sd.severity = Severity::Error;
        sd.title =
            translate("IdleProbe", "Idle connections are dropped silently, so mail programs hang");
        // The state's words stay inside the sentence: a translated fragment cannot be
        // capitalised and still be found again for display in another language.
        sd.explanation =
            translate("IdleProbe",
                      "A connection left idle %1 for %2 s got no answer at all to its next "
                      "command%3. The program waits for its own timeout (Thunderbird: about 2 "
                      "minutes) before it tries again.")
                .arg(stateWords(s, m_smtp))
                .arg(v.idle, 0, 'f', 0)
                .arg(v.unacked >= 0
                         ? (v.unacked == 1
                                ? translate("IdleProbe",
                                            ": the server's side never even acknowledged the "
                                            "data (packets are being dropped)")
                                : translate("IdleProbe", ": the data was acknowledged but the "
                                                         "server never answered"))
                         : translate("IdleProbe", " (this platform cannot tell whether packets "
                                                  "were acknowledged)"));
        sd.data.insert(QStringLiteral("after_seconds"), std::round(v.idle * 10) / 10);
        sd.data.insert(QStringLiteral("unacked"),
                       v.unacked >= 0 ? QJsonValue(v.unacked == 1) : QJsonValue());
        sd.data.insert(QStringLiteral("state"), stateName(s, m_smtp));
        sd.evidence = v.evidence;
        m_ctx.addFinding(sd);
        break;
    }
}

QString IdleCheckReport::summaryTail() const
{
    const QString t = joinTexts(
        {translate("IdleProbe", "%n probe(s) in %1 s", nullptr, m_r.probes).arg(qRound(m_r.took)),
         translate("IdleProbe", "%n connection(s)", nullptr, m_r.used)},
        QStringLiteral(", "));
    return joinTexts(QStringList{t} + m_r.notes, QStringLiteral("; "));
}

void IdleCheckReport::add(const QString &checkId)
{
    if (!m_r.setupError.isEmpty()) {
        m_ctx.addCheck(checkId, CheckStatus::Error,
                       m_r.loginBlocked && !m_ctx.loginGate().closedBy().isEmpty()
                           ? translate("IdleProbe",
                                       "could not set up an idle connection: %1. Mailscope "
                                       "never logs in again after a login that did not "
                                       "succeed.")
                                 .arg(m_r.setupError)
                           : translate("IdleProbe", "could not set up an idle connection: %1")
                                 .arg(m_r.setupError));
        return;
    }
    if (m_r.cancelled) {
        m_ctx.addCheck(checkId, CheckStatus::Skipped, translate("IdleProbe", "cancelled"));
        return;
    }
    QList<int> evidence;
    const QJsonObject endings = byState(&evidence);
    if (!m_r.found()) {
        if (m_r.loginBlocked && m_r.lower < m_ctx.options().idleMaxSeconds) {
            // The gate closed after a login that did not succeed; otherwise no sign-in could
            // even be tried (an access token could not be had): say which.
            const QString closedBy = m_ctx.loginGate().closedBy();
            m_ctx.addCheck(
                checkId, CheckStatus::Error,
                closedBy.isEmpty()
                    ? translate("IdleProbe", "stopped after %1 s: no further connection could "
                                             "sign in (%2)")
                          .arg(qRound(m_r.took))
                          .arg(m_r.loginBlockedWhy)
                    : translate("IdleProbe", "stopped after %1 s: a login on an extra connection "
                                             "did not succeed, and Mailscope never logs in again "
                                             "after that (%2)")
                          .arg(qRound(m_r.took))
                          .arg(closedBy));
            return;
        }
        // No cutoff for the probing connections; a witness may still have ended.
        stateFindings(endings, evidence);
        bool other = false;
        for (const auto &[s, v] : m_r.states)
            other = other || v.ending != Ending::Alive;
        QStringList parts;
        parts << (m_r.timedOut
                      ? translate("IdleProbe",
                                  "stopped at its time limit: connections stayed usable after %1 "
                                  "s idle (the longest tested before the time limit, --idle-max "
                                  "%2)")
                            .arg(qRound(m_r.lower))
                            .arg(m_ctx.options().idleMaxSeconds)
                      : translate("IdleProbe", "no cutoff up to %1 s: connections stayed usable "
                                               "after %2 s idle (the longest tested, --idle-max "
                                               "%1)")
                            .arg(m_ctx.options().idleMaxSeconds)
                            .arg(qRound(m_r.lower)));
        if (other)
            parts << translate("IdleProbe", "by state: %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(endings).toJson(QJsonDocument::Compact)));
        parts << summaryTail();
        // Cut short by a login that did not succeed: fewer connections (and states) than
        // planned, so not a clean pass even when what it found holds.
        m_ctx.addCheck(checkId, other || m_r.loginBlocked ? CheckStatus::Warn : CheckStatus::Pass,
                       joinTexts(parts, QStringLiteral("; ")));
        return;
    }
    const double cutoff = m_r.cutoff();
    QString headlineKind;
    State headlineState = m_smtp ? State::Authenticated : State::Selected;
    for (State s : states()) {
        if (!known(s) || m_r.states.at(s).ending == Ending::Alive) continue;
        headlineKind = kindOf(s);
        headlineState = s;
        break;
    }
    if (headlineKind.isEmpty()) headlineKind = QStringLiteral("unknown");

    Finding f;
    f.id = QStringLiteral("idle.timeout");
    // RFC 3501 §5.4: at least 30 minutes for IMAP; RFC 5321 §4.5.3.2: 5 minutes for SMTP.
    const double minimum = m_smtp ? 300 : 1800;
    f.severity = cutoff < minimum ? Severity::Warning : Severity::Info;
    f.title = translate("IdleProbe", "Your provider cuts connections that sit unused for about %1")
                  .arg(minutesText(cutoff));
    QString how;
    if (headlineKind == QLatin1String("bye"))
        how = translate("IdleProbe", "it says goodbye (BYE) and closes the connection");
    else if (headlineKind == QLatin1String("fin"))
        how = translate("IdleProbe", "it closes the connection without a word");
    else if (headlineKind == QLatin1String("rst"))
        how = translate("IdleProbe",
                        "it resets the connection (TCP RST) when the program next speaks");
    else if (headlineKind == QLatin1String("silent"))
        how = translate("IdleProbe",
                        "it stops answering altogether, so the program hangs until its own "
                        "timeout (often minutes)");
    else
        how = translate("IdleProbe", "the connection stops working");
    f.explanation =
        translate("IdleProbe",
                  "A connection left idle for %1 s (measured to within %2 s) no longer works: "
                  "%3. Mail programs keep idle connections open to check for new mail, so "
                  "they run into this. %4")
            .arg(cutoff, 0, 'f', 1)
            .arg(m_r.exact ? 0.5 : (m_r.upper - m_r.lower) / 2, 0, 'f', 1)
            .arg(how)
            .arg(m_smtp ? translate("IdleProbe",
                                    "RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes "
                                    "between commands.")
                        : translate("IdleProbe",
                                    "RFC 3501 §5.4 asks servers to wait at least 30 minutes."));
    f.data.insert(QStringLiteral("seconds"), std::round(cutoff * 10) / 10);
    f.data.insert(QStringLiteral("close"), headlineKind);
    f.data.insert(QStringLiteral("state"), stateName(headlineState, m_smtp));
    f.data.insert(QStringLiteral("lower_seconds"), std::round(m_r.lower * 10) / 10);
    f.data.insert(QStringLiteral("upper_seconds"), std::round(m_r.upper * 10) / 10);
    f.data.insert(QStringLiteral("method"),
                  m_r.exact ? QStringLiteral("observed") : QStringLiteral("probed"));
    f.data.insert(QStringLiteral("keepalive_helps"),
                  m_r.keepaliveHelps < 0 ? QJsonValue() : QJsonValue(m_r.keepaliveHelps == 1));
    f.data.insert(QStringLiteral("states"), endings);
    // Tenths: the benchmark divides it by cutoffs as short as 10 s.
    f.data.insert(QStringLiteral("probe_seconds"), std::round(m_r.took * 10) / 10);
    f.data.insert(QStringLiteral("connections"), m_r.used);
    f.evidence = evidence;
    m_ctx.addFinding(f);
    stateFindings(endings, evidence);

    QStringList parts;
    parts << (m_r.exact ? translate("IdleProbe", "cutoff %1 s (observed), %2")
                        : translate("IdleProbe", "cutoff %1 s (probed), %2"))
                 .arg(cutoff, 0, 'f', 1)
                 .arg(headlineKind)
          << (m_r.keepaliveHelps < 0    ? translate("IdleProbe", "keepalives help: unknown")
              : m_r.keepaliveHelps == 1 ? translate("IdleProbe", "keepalives help: yes")
                                        : translate("IdleProbe", "keepalives help: no"))
          << summaryTail();
    if (m_r.timedOut)
        parts << translate("IdleProbe", "stopped at its time limit before narrowing to %1 s")
                     .arg(idle::resolution(cutoff), 0, 'f', 0);
    const QString summary = joinTexts(parts, QStringLiteral("; "));
    m_ctx.addCheck(checkId,
                   cutoff < minimum || m_r.loginBlocked ? CheckStatus::Warn : CheckStatus::Pass,
                   summary);
}

void runSearch(Context &ctx, const QString &checkId)
{
    idle::Config cfg;
    cfg.maxConnections = ctx.options().maxConnections;
    cfg.idleMax = ctx.options().idleMaxSeconds;
    cfg.imap = ctx.isImap();
    ConnectionHost host(ctx);
    const idle::Result r = idle::search(host, cfg);
    IdleCheckReport(ctx, r).add(checkId);
}

} // namespace

QString idleStateWords(const QString &name)
{
    if (name == stateName(State::Authenticated, true))
        return stateWords(State::Authenticated, true);
    for (State st : {State::Authenticated, State::Selected, State::Fetched})
        if (name == stateName(st, false)) return stateWords(st, false);
    return {};
}

QString idleEndingWords(const QString &kind)
{
    static const char *const words[][2] = {
        {"bye", QT_TRANSLATE_NOOP("IdleProbe", "the server said goodbye (BYE) and closed it")},
        {"fin", QT_TRANSLATE_NOOP("IdleProbe", "the server closed it without a word (TCP FIN)")},
        {"rst", QT_TRANSLATE_NOOP("IdleProbe",
                                  "the server reset it (TCP RST) when the program spoke next")},
        {"silent", QT_TRANSLATE_NOOP("IdleProbe",
                                     "no answer at all: the program hangs until its own timeout")},
        {"tcp-timeout",
         QT_TRANSLATE_NOOP("IdleProbe", "the kernel gave up: nothing came back at TCP level")},
        {"alive", QT_TRANSLATE_NOOP("IdleProbe", "still answered")},
        {"refused", QT_TRANSLATE_NOOP("IdleProbe", "the server refused the next command")},
        {"closed", QT_TRANSLATE_NOOP("IdleProbe", "the connection closed")},
        {"unknown", QT_TRANSLATE_NOOP("IdleProbe", "not known")},
    };
    for (const auto &w : words)
        if (kind == QLatin1String(w[0])) return translate("IdleProbe", w[1]);
    return {};
}

void IdleCheck::run(Context &ctx)
{
    if (!ctx.isImap()) {
        // SMTP: the idle time a server allows between commands; no login needed.
        if (!ctx.requireSecured(id())) return;
        ctx.finish();
        runSearch(ctx, id());
        return;
    }
    if (!ctx.ensureLoggedIn()) {
        ctx.addCheck(
            id(), CheckStatus::Skipped,
            translate("IdleProbe", "needs a working login: %1").arg(ctx.loginBlockedReason()));
        return;
    }
    // Servers cap connections per user: the main session makes way for the probes.
    ctx.finish();
    runSearch(ctx, id());
}

} // namespace mailscope
