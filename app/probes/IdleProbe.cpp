#include "probes/IdleProbe.h"
#include "i18n/Text.h"

#include "net/TcpInfo.h"
#include "session/Transcript.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <cmath>
#include <limits>

namespace mailscope {

namespace {

enum class State
{
    Authenticated,
    Selected,
    Fetched
};

// SMTP has one idle state (between commands, after EHLO); it reuses the first slot.
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

// How the server ended an idle session, as observed.
struct Verdict
{
    QString kind;       // bye, fin, rst, silent, tcp-timeout, alive
    double idle = 0;    // seconds idle when it was observed
    QJsonValue unacked; // silent only: true = data never acknowledged, false = acked, null
    QList<int> evidence;
    bool passive = false; // the server ended it by itself (no command needed)
};

struct Prober
{
    Context::Side side;
    State state = State::Authenticated;
    bool keepalive = false;
    qint64 idleSinceUs = 0;
    int number = 0;
};

constexpr int kMaxReopenFailures = 3;

void sleepFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString minutesText(double s)
{
    if (s < 90) return translate("IdleProbe", "%1 seconds").arg(qRound(s));
    return translate("IdleProbe", "%1 minutes").arg(s / 60.0, 0, 'f', s < 600 ? 1 : 0);
}

class IdleSearch
{
public:
    explicit IdleSearch(Context &ctx)
        : m_ctx(ctx), m_idleMax(ctx.options().idleMaxSeconds), m_smtp(!ctx.isImap())
    {}

    void run(const QString &checkId);

private:
    double now() const { return double(m_ctx.transcript()->nowUs()) / 1e6; }
    double idleOf(const Prober &p) const
    {
        return double(m_ctx.transcript()->nowUs() - p.idleSinceUs) / 1e6;
    }
    double epsilon() const
    {
        const double base = std::isinf(m_hi) ? m_lo : m_hi;
        return std::max(2.0, 0.02 * base);
    }
    std::unique_ptr<Prober> open(State state, bool keepalive, QString *error);
    std::unique_ptr<Prober> finishOpen(std::unique_ptr<Prober> p);
    QList<State> states() const
    {
        return m_smtp ? QList<State>{State::Authenticated}
                      : QList<State>{State::Authenticated, State::Selected, State::Fetched};
    }
    bool probe(Prober &p);
    void notePassive();
    void record(State s, const Verdict &v);
    void replace(std::unique_ptr<Prober> &slot);
    void report(const QString &checkId);
    bool cancelledOrLate() const { return m_ctx.cancelled() || now() > m_deadline; }

    Context &m_ctx;
    double m_idleMax;
    bool m_smtp;
    double m_lo = 0;
    double m_hi = std::numeric_limits<double>::infinity();
    bool m_exact = false; // the cutoff was seen as it happened (BYE/FIN/RST/TCP)
    double m_deadline = 0;
    double m_start = 0;
    int m_nextNumber = 1;
    int m_probes = 0;
    std::vector<std::unique_ptr<Prober>> m_probers;
    std::unique_ptr<Prober> m_keep;
    bool m_keepSet = false;
    QJsonValue m_keepaliveHelps; // null until known
    QMap<State, Verdict> m_verdicts;
    QStringList m_notes;
    QString m_setupError;
    bool m_loginBlocked = false;
    int m_reopenFailures = 0; // in a row; reopening stops after a few
};

std::unique_ptr<Prober> IdleSearch::open(State state, bool keepalive, QString *error)
{
    auto p = std::make_unique<Prober>();
    p->state = state;
    p->keepalive = keepalive;
    p->number = m_nextNumber++;
    if (m_smtp) {
        p->side = m_ctx.openSmtpSide();
        if (!p->side.ok()) {
            *error = p->side.error;
            return nullptr;
        }
        return finishOpen(std::move(p));
    }
    p->side = m_ctx.openSide();
    if (!p->side.ok() || !m_ctx.loginSide(p->side)) {
        *error = p->side.error;
        // A login that failed here closes the run's login gate: never open another.
        if (p->side.loginBlocked && !m_loginBlocked) {
            m_loginBlocked = true;
            m_notes << translate("IdleProbe", "no further connections were opened: %1")
                           .arg(p->side.error);
        }
        return nullptr;
    }
    imap::Session &s = *p->side.imap;
    const QByteArray mailbox = "INBOX";
    if (state != State::Authenticated) {
        const imap::Result r = s.execute("EXAMINE", {imap::Arg::string(mailbox)});
        if (!r.ok()) {
            *error = translate("IdleProbe", "EXAMINE INBOX failed: %1").arg(r.describe());
            return nullptr;
        }
    }
    if (state == State::Fetched) {
        const imap::Result r = s.execute(
            "UID", {imap::Arg::atom("FETCH"), imap::Arg::atom("1:*"), imap::Arg::raw("(FLAGS)")});
        if (!r.ok()) {
            *error = translate("IdleProbe", "UID FETCH failed: %1").arg(r.describe());
            return nullptr;
        }
    }
    return finishOpen(std::move(p));
}

std::unique_ptr<Prober> IdleSearch::finishOpen(std::unique_ptr<Prober> p)
{
    const bool keepalive = p->keepalive;
    const State state = p->state;
    // Bound what the kernel does with data nobody acknowledges: our own --silence verdict
    // comes first, and the socket never lingers for the OS's ~15 minutes.
    tcp::setUserTimeout(p->side.conn->nativeDescriptor(), m_ctx.silenceMs() + 2000);
    if (keepalive) {
        // Short enough to matter for the cutoffs we look for, long enough not to flood.
        const int every = int(std::clamp(m_idleMax / 8.0, 1.0, 20.0));
        m_keepSet = tcp::setKeepAlive(p->side.conn->nativeDescriptor(), every, every, 3);
        m_ctx.transcript()->note(
            p->side.conn->id(),
            m_keepSet ? translate("IdleProbe", "idle probe: TCP keepalives every %1 s on "
                                               "this connection, no IMAP traffic")
                            .arg(every)
                      : translate("IdleProbe", "idle probe: TCP keepalives are not "
                                               "available on this platform"));
    }
    p->idleSinceUs = p->side.conn->lastReceiveUs();
    m_ctx.transcript()->note(p->side.conn->id(),
                             translate("IdleProbe", "idle probe: connection %1 now idle %2")
                                 .arg(p->number)
                                 .arg(stateWords(state, m_smtp)));
    return p;
}

void IdleSearch::record(State s, const Verdict &v)
{
    if (!m_verdicts.contains(s) ||
        (m_verdicts[s].kind == QLatin1String("alive") && v.kind != QLatin1String("alive")))
        m_verdicts.insert(s, v);
}

// NOOP on a connection idle for a while. Returns true if it is still alive.
bool IdleSearch::probe(Prober &p)
{
    const double idle = idleOf(p);
    ++m_probes;
    const int sendEvent = m_ctx.transcript()->size();
    bool ok = false, bye = false, completed = false;
    if (m_smtp) {
        const smtp::Result r = p.side.smtp->command("NOOP");
        completed = r.completed;
        ok = r.completed && r.reply.code == 250;
        bye = r.completed && r.reply.code == 421; // "closing transmission channel"
    } else {
        const imap::Result r = p.side.imap->execute("NOOP");
        completed = r.completed;
        ok = r.ok();
        for (const auto &u : r.untagged)
            bye = bye || u.name == "BYE";
    }
    if (ok) {
        p.idleSinceUs = p.side.conn->lastReceiveUs();
        if (!p.keepalive) {
            // Servers check their timers coarsely: an answer past an observed cutoff does not
            // move the bracket beyond it.
            m_lo = std::max(m_lo, std::isinf(m_hi) ? idle : std::min(idle, m_hi - 0.1));
            Verdict v;
            v.kind = QStringLiteral("alive");
            v.idle = idle;
            record(p.state, v);
        }
        return true;
    }
    Verdict v;
    v.idle = idle;
    v.evidence << sendEvent << p.side.conn->closeEventIndex();
    const CloseKind k = p.side.conn->closeKind();
    if (bye)
        v.kind = QStringLiteral("bye");
    else if (k == CloseKind::ByPeerReset)
        v.kind = QStringLiteral("rst");
    else if (k == CloseKind::ByPeerFin || k == CloseKind::ByPeerUnknown)
        v.kind = QStringLiteral("fin");
    else if (k == CloseKind::Timeout || k == CloseKind::TcpTimeout) {
        v.kind = QStringLiteral("silent");
        const TcpInfo t = p.side.conn->timeoutTcpInfo();
        v.unacked = t.valid ? QJsonValue(t.unacked > 0) : QJsonValue();
    } else
        v.kind = completed ? QStringLiteral("refused") : QStringLiteral("closed");
    if (p.keepalive) {
        m_keepaliveHelps = false;
        return false;
    }
    m_hi = std::min(m_hi, idle);
    record(p.state, v);
    return false;
}

// Connections the server ended by itself while idle: the cutoff is known the moment it happens.
void IdleSearch::notePassive()
{
    auto check = [this](Prober &p) {
        for (const auto &u :
             p.side.imap ? p.side.imap->takeUnsolicited() : std::vector<imap::Response>()) {
            if (u.name == "BYE") continue;
            m_ctx.transcript()->note(p.side.conn->id(),
                                     translate("IdleProbe",
                                               "idle probe: the server sent \"%1\" by itself "
                                               "after %2 s idle (a keepalive of its own)")
                                         .arg(QString::fromLatin1(u.name))
                                         .arg(idleOf(p), 0, 'f', 1));
        }
        if (p.side.conn->isOpen()) return true;
        const int closeEvent = p.side.conn->closeEventIndex();
        const double idle = double(m_ctx.transcript()->at(closeEvent).tUs - p.idleSinceUs) / 1e6;
        Verdict v;
        v.idle = idle;
        v.passive = true;
        v.evidence << closeEvent;
        const CloseKind k = p.side.conn->closeKind();
        const int byeEvent = p.side.imap   ? p.side.imap->byeEvent()
                             : p.side.smtp ? p.side.smtp->closingEvent()
                                           : -1;
        const bool bye = byeEvent >= 0;
        if (bye) v.evidence.prepend(byeEvent);
        v.kind = bye                           ? QStringLiteral("bye")
                 : k == CloseKind::ByPeerReset ? QStringLiteral("rst")
                 : k == CloseKind::TcpTimeout  ? QStringLiteral("silent")
                                               : QStringLiteral("fin");
        if (k == CloseKind::TcpTimeout) {
            const TcpInfo t = p.side.conn->timeoutTcpInfo();
            v.unacked = t.valid ? QJsonValue(t.unacked > 0) : QJsonValue();
        }
        if (p.keepalive) {
            m_keepaliveHelps = false;
            m_notes << translate("IdleProbe",
                                 "the connection with TCP keepalives ended too (%1 after %2 s)")
                           .arg(v.kind)
                           .arg(idle, 0, 'f', 1);
            // Keepalives did not stop the server's own timer: this connection, idle since it
            // was opened and never probed, shows the cutoff itself (and the authenticated
            // state's ending) the moment it happens.
            if (k == CloseKind::TcpTimeout) return false;
            if (!m_exact) {
                m_exact = true;
                m_hi = idle;
                m_lo = std::max(m_lo, idle - 0.5);
            }
            if (!m_verdicts.contains(State::Authenticated) ||
                m_verdicts[State::Authenticated].kind == QLatin1String("alive"))
                m_verdicts.insert(State::Authenticated, v);
            return false;
        }
        // Kernel timeouts lag the real cutoff by the keepalive/retransmission time.
        if (k != CloseKind::TcpTimeout && !m_exact) {
            m_exact = true;
            m_hi = idle;
            m_lo = std::max(m_lo, idle - 0.5);
        } else {
            m_hi = std::min(m_hi, idle);
        }
        record(p.state, v);
        return false;
    };
    for (auto &p : m_probers)
        if (p && !check(*p)) p.reset();
    if (m_keep && !check(*m_keep)) m_keep.reset();
}

void IdleSearch::replace(std::unique_ptr<Prober> &slot)
{
    const State s = slot ? slot->state : State::Authenticated;
    slot.reset();
    // Never log in again after a failed login, and stop reopening a server that keeps
    // refusing: each attempt costs it a connection (and us 100 ms at the very least).
    if (m_loginBlocked || m_reopenFailures >= kMaxReopenFailures) return;
    sleepFor(100); // let the server register the close before we count on a free slot
    QString err;
    slot = open(s, false, &err);
    if (slot) {
        m_reopenFailures = 0;
        return;
    }
    ++m_reopenFailures;
    m_notes << translate("IdleProbe", "could not reopen a %1 connection: %2")
                   .arg(stateName(s, m_smtp), err);
}

void IdleSearch::run(const QString &checkId)
{
    const int maxConn = std::max(1, m_ctx.options().maxConnections);
    m_start = now();
    m_deadline = m_start + 3 * m_idleMax + 120;
    // One connection keeps TCP keepalives (to learn whether they help); the others are plain
    // and cover the three session states in turn.
    const int plain = maxConn >= 2 ? maxConn - 1 : 1;
    QString err;
    for (int i = 0; i < plain; ++i) {
        auto p = open(states()[i % states().size()], false, &err);
        if (!p) {
            if (i == 0) {
                m_setupError = err;
                report(checkId);
                return;
            }
            m_notes << translate("IdleProbe", "only %1 plain connection(s): %2").arg(i).arg(err);
            break;
        }
        m_probers.push_back(std::move(p));
    }
    if (maxConn >= 2) {
        m_keep = open(State::Authenticated, true, &err);
        if (!m_keep) m_notes << translate("IdleProbe", "no keepalive connection: %1").arg(err);
    }

    double lastProgress = now();
    const double firstCheck = std::clamp(m_idleMax / 32.0, 2.0, 60.0);
    // Phase 1: bracket the cutoff to max(2 s, 2 %).
    // After a refused login the search goes on with the connections it has: replace() opens
    // no more.
    while (!cancelledOrLate()) {
        notePassive();
        // Resolution is the uncertainty either side of the reported middle of the bracket.
        if (!std::isinf(m_hi) && m_hi - m_lo <= 2 * epsilon()) break;
        if (std::isinf(m_hi) && m_lo >= m_idleMax) break;
        bool any = false;
        for (auto &p : m_probers)
            any = any || p;
        if (!any) {
            // Every plain connection ended by itself: reopen them to keep narrowing.
            for (auto &p : m_probers)
                replace(p);
            bool reopened = false;
            for (auto &p : m_probers)
                reopened = reopened || p;
            if (!reopened) break;
        }
        // The next idle time worth testing, and the connection that reaches it first. Using
        // the youngest connection at or past the target keeps older ones for larger tests.
        const double target =
            std::isinf(m_hi)
                ? std::min(m_idleMax,
                           m_lo <= 0 ? firstCheck : std::max(m_lo * 1.5, m_lo + epsilon()))
                : m_lo + (m_hi - m_lo) / 4;
        Prober *best = nullptr;
        for (auto &p : m_probers) {
            if (!p) continue;
            const double i = idleOf(*p);
            if (!std::isinf(m_hi) && i >= m_hi) {
                // Past the known cutoff: useful once to learn this state's way of ending,
                // otherwise only as a fresh connection.
                if (!m_verdicts.contains(p->state) ||
                    m_verdicts[p->state].kind == QLatin1String("alive")) {
                    if (!probe(*p)) replace(p);
                } else {
                    replace(p);
                }
                continue;
            }
            // Before the cutoff is bracketed, the youngest connection past the target keeps
            // older ones for larger tests; once bracketed, the oldest inside the bracket
            // narrows it most.
            // While nothing has died yet, the authenticated-state connections do the
            // probing and the other states stay untouched: a server that ends sessions by
            // itself then shows every state's ending at the cutoff, with no extra wait.
            const bool authOnly =
                std::isinf(m_hi) && best &&
                (best->state == State::Authenticated) != (p->state == State::Authenticated);
            const bool better =
                !best || (authOnly ? p->state == State::Authenticated
                                   : (std::isinf(m_hi) ? i < idleOf(*best) : i > idleOf(*best)));
            bool authAlive = false;
            for (auto &q : m_probers)
                authAlive = authAlive || (q && q->state == State::Authenticated);
            // Other states join the probing only well past the last answered probe: early
            // probes would restart their clocks and delay what a server that ends sessions
            // by itself shows at the cutoff.
            const bool reserved = std::isinf(m_hi) && authAlive &&
                                  p->state != State::Authenticated && i < 2 * m_lo + firstCheck;
            if (i >= target && better && !reserved) best = p.get();
        }
        if (best) {
            for (auto &p : m_probers)
                if (p.get() == best && !probe(*p)) replace(p);
            continue;
        }
        if (now() - lastProgress >= 10) {
            lastProgress = now();
            m_ctx.progress(std::isinf(m_hi)
                               ? translate("IdleProbe", "idle probe: still alive after %1 s idle; "
                                                        "waiting (at most %2 s more)")
                                     .arg(qRound(m_lo))
                                     .arg(qRound(m_idleMax - (now() - m_start)))
                               : translate("IdleProbe", "idle probe: cutoff between %1 and %2 s; "
                                                        "narrowing (about %3 s left)")
                                     .arg(qRound(m_lo))
                                     .arg(qRound(m_hi))
                                     .arg(qRound((m_lo + m_hi) / 2)));
        }
        sleepFor(200);
    }

    // Phase 2: how each state ends, and whether keepalives kept their connection alive.
    if (!std::isinf(m_hi)) {
        const double phaseEnd = now() + m_hi + 4 * epsilon() + m_ctx.options().silenceSeconds;
        while (!cancelledOrLate() && now() < phaseEnd) {
            notePassive();
            bool waiting = false;
            for (auto &p : m_probers) {
                if (!p || (m_verdicts.contains(p->state) &&
                           m_verdicts[p->state].kind != QLatin1String("alive")))
                    continue;
                if (idleOf(*p) >= m_hi + epsilon()) {
                    if (probe(*p)) {
                        // Alive past the cutoff found in another state: a state-dependent
                        // cutoff, or none at all in this state.
                        Verdict v;
                        v.kind = QStringLiteral("alive");
                        v.idle = idleOf(*p);
                        m_verdicts.insert(p->state, v);
                        p.reset();
                    } else {
                        p.reset();
                    }
                } else {
                    waiting = true;
                }
            }
            // States still unseen need a connection in that state to age past the cutoff.
            for (State s : states()) {
                if (m_verdicts.contains(s) || int(s) >= int(m_probers.size())) continue;
                bool have = false;
                for (auto &p : m_probers)
                    have = have || (p && p->state == s);
                if (!have && m_reopenFailures < kMaxReopenFailures && !m_loginBlocked)
                    for (auto &p : m_probers)
                        if (!p) {
                            QString e;
                            p = open(s, false, &e);
                            m_reopenFailures = p ? 0 : m_reopenFailures + 1;
                            break;
                        }
                waiting = have || (m_reopenFailures < kMaxReopenFailures && !m_loginBlocked);
            }
            if (m_keep && m_keepaliveHelps.isNull()) {
                if (idleOf(*m_keep) >= m_hi + epsilon()) {
                    m_keepaliveHelps = probe(*m_keep);
                    m_keep.reset();
                } else {
                    waiting = true;
                }
            }
            if (!waiting) break;
            sleepFor(200);
        }
    }
    report(checkId);
}

void IdleSearch::report(const QString &checkId)
{
    for (auto &p : m_probers)
        if (p && p->side.conn->isOpen()) p->side.conn->close();
    if (m_keep && m_keep->side.conn->isOpen()) m_keep->side.conn->close();
    if (!m_setupError.isEmpty()) {
        m_ctx.addCheck(checkId, CheckStatus::Error,
                       m_loginBlocked
                           ? translate("IdleProbe",
                                       "could not set up an idle connection: %1. Mailscope "
                                       "never logs in again after a login that did not "
                                       "succeed.")
                                 .arg(m_setupError)
                           : translate("IdleProbe", "could not set up an idle connection: %1")
                                 .arg(m_setupError));
        return;
    }
    if (m_ctx.cancelled()) {
        m_ctx.addCheck(checkId, CheckStatus::Skipped, QStringLiteral("cancelled"));
        return;
    }
    const double took = now() - m_start;
    if (m_loginBlocked && std::isinf(m_hi)) {
        m_ctx.addCheck(checkId, CheckStatus::Error,
                       translate("IdleProbe",
                                 "stopped after %1 s: a login on an extra connection did not "
                                 "succeed, and Mailscope never logs in again after that (%2)")
                           .arg(qRound(took))
                           .arg(m_ctx.loginGate().closedBy()));
        return;
    }
    if (std::isinf(m_hi)) {
        m_ctx.addCheck(checkId, CheckStatus::Pass,
                       translate("IdleProbe",
                                 "connections stayed usable after %1 s idle (the longest "
                                 "tested, --idle-max %2); %3 probes in %4 s")
                           .arg(qRound(m_lo))
                           .arg(qRound(m_idleMax))
                           .arg(m_probes)
                           .arg(qRound(took)));
        return;
    }
    const double cutoff = m_exact ? m_hi : (m_lo + m_hi) / 2;
    // The way sessions end, per state; the authenticated one is the headline.
    QJsonObject byState;
    QString headlineKind;
    State headlineState = State::Authenticated;
    QList<int> evidence;
    for (State s : states()) {
        if (!m_verdicts.contains(s)) continue;
        const Verdict &v = m_verdicts[s];
        byState.insert(stateName(s, m_smtp), v.kind);
        if (v.kind != QLatin1String("alive") && headlineKind.isEmpty()) {
            headlineKind = v.kind;
            headlineState = s;
        }
        evidence += v.evidence;
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
            .arg(m_exact ? 0.5 : (m_hi - m_lo) / 2, 0, 'f', 1)
            .arg(how)
            .arg(m_smtp ? translate("IdleProbe",
                                    "RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes "
                                    "between commands.")
                        : translate("IdleProbe",
                                    "RFC 3501 §5.4 asks servers to wait at least 30 minutes."));
    f.data.insert(QStringLiteral("seconds"), std::round(cutoff * 10) / 10);
    f.data.insert(QStringLiteral("close"), headlineKind);
    f.data.insert(QStringLiteral("state"), stateName(headlineState, m_smtp));
    f.data.insert(QStringLiteral("lower_seconds"), std::round(m_lo * 10) / 10);
    f.data.insert(QStringLiteral("upper_seconds"), std::round(m_hi * 10) / 10);
    f.data.insert(QStringLiteral("method"),
                  m_exact ? QStringLiteral("observed") : QStringLiteral("probed"));
    f.data.insert(QStringLiteral("keepalive_helps"), m_keepaliveHelps);
    f.data.insert(QStringLiteral("states"), byState);
    f.data.insert(QStringLiteral("probe_seconds"), std::round(took));
    f.evidence = evidence;
    m_ctx.addFinding(f);

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
            if (m_verdicts.contains(s))
                parts << QStringLiteral("%1: %2").arg(stateWords(s, m_smtp), m_verdicts[s].kind);
        d.explanation =
            translate("IdleProbe", "After the same idle time the server ends sessions "
                                   "differently: %1. Some endings are quick to notice (a "
                                   "reset), others leave the program hanging.")
                .arg(joinTexts(parts, QStringLiteral("; ")));
        d.data = byState;
        d.evidence = evidence;
        m_ctx.addFinding(d);
    }
    for (State s : states()) {
        if (!m_verdicts.contains(s) || m_verdicts[s].kind != QLatin1String("silent")) continue;
        const Verdict &v = m_verdicts[s];
        Finding sd;
        sd.id = QStringLiteral("idle.silent-drop");
        sd.severity = Severity::Error;
        sd.title =
            translate("IdleProbe", "Idle connections are dropped silently, so mail programs hang");
        sd.explanation =
            translate("IdleProbe",
                      "%1, after %2 s idle, the next command got no answer at all%3. The "
                      "program waits for its own timeout (Thunderbird: about 2 minutes) "
                      "before it tries again.")
                .arg(stateWords(s, m_smtp).left(1).toUpper() + stateWords(s, m_smtp).mid(1))
                .arg(v.idle, 0, 'f', 0)
                .arg(v.unacked.isBool()
                         ? (v.unacked.toBool()
                                ? translate("IdleProbe",
                                            ": the server's side never even acknowledged "
                                            "the data (packets are being dropped)")
                                : translate("IdleProbe",
                                            ": the data was acknowledged but IMAP never "
                                            "answered"))
                         : translate("IdleProbe",
                                     " (this platform cannot tell whether packets were "
                                     "acknowledged)"));
        sd.data.insert(QStringLiteral("after_seconds"), std::round(v.idle * 10) / 10);
        sd.data.insert(QStringLiteral("unacked"), v.unacked);
        sd.data.insert(QStringLiteral("state"), stateName(s, m_smtp));
        sd.evidence = v.evidence;
        m_ctx.addFinding(sd);
        break;
    }
    QString summary =
        translate("IdleProbe", "cutoff %1 s (%2), %3; keepalives help: %4; %5 probes in %6 s")
            .arg(cutoff, 0, 'f', 1)
            .arg(m_exact ? QStringLiteral("observed") : QStringLiteral("probed"))
            .arg(headlineKind)
            .arg(m_keepaliveHelps.isBool()
                     ? (m_keepaliveHelps.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                     : QStringLiteral("unknown"))
            .arg(m_probes)
            .arg(qRound(took));
    if (!m_notes.isEmpty())
        summary += QStringLiteral("; ") + joinTexts(m_notes, QStringLiteral("; "));
    m_ctx.addCheck(checkId, cutoff < minimum ? CheckStatus::Warn : CheckStatus::Pass, summary);
}

} // namespace

void IdleCheck::run(Context &ctx)
{
    if (!ctx.isImap()) {
        // SMTP: the idle time a server allows between commands; no login needed.
        if (!ctx.requireSecured(id())) return;
        ctx.finish();
        IdleSearch search(ctx);
        search.run(id());
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
    IdleSearch search(ctx);
    search.run(id());
}

} // namespace mailscope
