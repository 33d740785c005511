// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/IdleLadder.h"

#include "i18n/Text.h"

#include <algorithm>

namespace mailscope::idle {

namespace {
// Clock readings that differ by less than this are the same moment (and no wait is shorter).
constexpr double kSlack = 0.001;
} // namespace

QString endingName(Ending e)
{
    switch (e) {
    case Ending::Alive:
        return QStringLiteral("alive");
    case Ending::Bye:
        return QStringLiteral("bye");
    case Ending::Fin:
        return QStringLiteral("fin");
    case Ending::Rst:
        return QStringLiteral("rst");
    case Ending::Silent:
        return QStringLiteral("silent");
    case Ending::Refused:
        return QStringLiteral("refused");
    case Ending::Closed:
        break;
    }
    return QStringLiteral("closed");
}

double worstCaseRatio(int connections)
{
    // Index: connections allowed. The simulation's worst case over cutoffs 5 s to 31 min
    // (tst_idleladder checks them). With 4 or fewer, long cutoffs can run into the search's
    // time limit (3 x --idle-max + 2 min) before the bracket is narrow.
    static const double kTable[kMaxConnections + 1] = {0,   9.4,  9.4,  4.95, 4.95,
                                                       3.6, 2.75, 2.25, 1.9};
    return kTable[std::clamp(connections, 1, kMaxConnections)];
}

double searchSecondsAtMost(int connections, double idleMax, double silence)
{
    return std::min(worstCaseRatio(connections) * idleMax + 2 * silence, 3 * idleMax + 120);
}

Ladder::Ladder(double idleMax, Tuning t) : m_idleMax(idleMax), m_t(t) {}

void Ladder::answered(double idle)
{
    // Servers check their timers coarsely: an answer past a known end does not move the
    // bracket beyond it.
    const double v = bracketed() ? std::min(idle, m_hi - 0.1) : idle;
    m_lo = std::max(m_lo, v);
}

void Ladder::ended(double idle)
{
    m_hi = std::min(m_hi, idle);
    // Contradicting answers (a coarse timer): the death wins.
    if (m_lo >= m_hi) m_lo = std::max(0.0, m_hi - 0.1);
}

void Ladder::observed(double idle)
{
    if (m_exact) return;
    m_exact = true;
    m_hi = idle;
    m_lo = std::min(std::max(m_lo, idle - 0.5), idle);
}

bool Ladder::resolved() const
{
    return m_exact || (bracketed() && m_hi - m_lo <= 2 * resolution(m_hi));
}

bool Ladder::exhausted() const
{
    return !bracketed() && m_lo >= m_idleMax;
}

double Ladder::target() const
{
    if (m_lo <= 0) return std::min(m_t.first, m_idleMax);
    const double step = std::max((m_t.growth - 1) * m_lo, 2 * resolution(m_lo));
    return std::min(m_lo + step, m_idleMax);
}

std::vector<int> Ladder::due(const std::vector<Rung> &rungs, double elapsed, double *wakeIn) const
{
    *wakeIn = 1;
    if (resolved() || exhausted()) return {};
    // A probe in flight is answered within milliseconds unless the connection is dead: wait
    // for it briefly, then plan as if it died (silent deaths take --silence to confirm).
    double hi = m_hi;
    for (const Rung &r : rungs) {
        if (!r.busy) continue;
        if (r.busyFor < m_t.tentative) {
            *wakeIn = std::max(0.01, m_t.tentative - r.busyFor);
            return {};
        }
        hi = std::min(hi, r.busyAge);
    }
    std::vector<const Rung *> idle;
    for (const Rung &r : rungs)
        if (!r.busy) idle.push_back(&r);
    std::sort(idle.begin(), idle.end(),
              [](const Rung *a, const Rung *b) { return a->age > b->age; });
    if (idle.empty()) return {};
    if (std::isinf(hi)) {
        // Frontier: the oldest connection tests the next idle time when it gets there.
        // At --idle-max no slack: an answer a fraction short of it does not exhaust the
        // search, and the same test was repeated --idle-max later, again and again.
        const double a = target();
        if (idle.front()->age + (a >= m_idleMax ? 0 : kSlack) >= a) return {idle.front()->id};
        *wakeIn = a - idle.front()->age;
        return {};
    }
    if (hi - m_lo <= 2 * resolution(hi)) {
        *wakeIn = 0.05; // only the answer in flight is missing
        return {};
    }
    // Refinement: the connections that can still climb into the bracket before its deadline
    // share it equally; each is probed when its idle time reaches its share's mark.
    std::vector<const Rung *> below;
    for (const Rung *r : idle)
        if (r->age < hi) below.push_back(r);
    if (below.empty()) return {};
    const double slack = m_t.bound * m_lo - elapsed;
    size_t m = 0;
    for (const Rung *r : below)
        if (r->age + slack >= m_lo) ++m;
    m = std::max<size_t>(m, 1);
    double wake = 1;
    for (size_t i = 0; i < m && i < below.size(); ++i) {
        const double mark = m_lo + double(i + 1) * (hi - m_lo) / double(m + 1);
        if (below[i]->age + kSlack >= mark && below[i]->age > m_lo) return {below[i]->id};
        wake = std::min(wake, std::max(mark, m_lo) - below[i]->age);
    }
    *wakeIn = std::max(0.01, wake);
    return {};
}

namespace {

struct Conn
{
    int id = -1;
    Role role = Role::Ladder;
    State state = State::Selected;
    bool busy = false;
    bool probed = false; // keepalive and witness connections are probed once
    double probeAge = 0;
    double probeAt = 0;
    // Idle time counts from no earlier than this (keepalives stopped then: until that moment
    // they may have kept a middlebox's clock at zero).
    double clockFrom = -std::numeric_limits<double>::infinity();
};

constexpr int kMaxRounds = 2000000;

class Search
{
public:
    Search(Host &host, const Config &cfg)
        : m_host(host), m_cfg(cfg), m_ladder(cfg.idleMax, cfg.tuning), m_start(host.now()),
          m_ladderState(cfg.imap ? State::Selected : State::Authenticated)
    {}
    Result run();

private:
    double elapsed() const { return m_host.now() - m_start; }
    double idleSince(const Conn &c) const { return std::max(m_host.idleSince(c.id), c.clockFrom); }
    double age(const Conn &c) const { return m_host.now() - idleSince(c); }
    // Idle long enough to be past the cutoff for sure. A server's own timer (an observed end)
    // runs a little apart from our clock, and some servers check theirs coarsely: by the
    // resolution past it. A probed bound already lies past the cutoff: half a second.
    double pastCutoff() const
    {
        const double hi = m_ladder.upper();
        return hi + (m_ladder.exact() ? resolution(hi) : 0.5);
    }
    bool open(Role role, State state);
    void send(Conn &c);
    void record(State s, const Outcome &o);
    void answered(Conn &c, const Outcome &o);
    void ended(Conn &c, const Outcome &o);
    int ladderHeld() const;
    bool probeWitnesses(double *wake);
    void probeSentinel(double *wake);
    bool ladderStatePending(double *wake);
    void noteProgress();
    void finish();

    Host &m_host;
    Config m_cfg;
    Ladder m_ladder;
    double m_start;
    State m_ladderState;
    Result m_res;
    std::vector<Conn> m_conns;
    bool m_mayOpen = true;
    int m_ladderTarget = 0;
    int m_ladderPlanned = 0;
    QString m_refusedWhy;
    int m_loginStops = 0;        // of m_res.refused: a login that did not succeed, not the server
    bool m_probedSilent = false; // a probed connection ended in silence (unacknowledged)
    bool m_probedOther = false;  // … or in a way only the server itself produces
    double m_lastProgress = 0;
    bool m_gaveUpLadderState = false;
    int m_sideHeld = 0; // keepalive and witness connections held as such after the setup
};

bool Search::open(Role role, State state)
{
    if (!m_mayOpen) return false;
    QString why;
    bool final = false;
    const int id = m_host.mayLogIn(&why) ? m_host.open(role, state, &why, &final) : -1;
    if (id < 0 && !m_host.mayLogIn(&why)) final = true;
    if (id < 0) {
        ++m_res.refused;
        m_refusedWhy = why;
        if (final) {
            ++m_loginStops;
            m_mayOpen = false;
            m_res.loginBlocked = true;
            m_res.loginBlockedWhy = why;
            m_res.notes
                << translate("IdleLadder", "no further connections were opened: %1").arg(why);
        }
        return false;
    }
    Conn c;
    c.id = id;
    c.role = role;
    c.state = state;
    m_conns.push_back(c);
    m_res.used = std::max(m_res.used, int(m_conns.size()));
    return true;
}

int Search::ladderHeld() const
{
    int n = 0;
    for (const Conn &c : m_conns)
        n += c.role == Role::Ladder ? 1 : 0;
    return n;
}

void Search::send(Conn &c)
{
    c.busy = true;
    c.probed = true;
    c.probeAge = age(c);
    c.probeAt = m_host.now();
    ++m_res.probes;
    m_host.probe(c.id);
}

void Search::record(State s, const Outcome &o)
{
    auto it = m_res.states.find(s);
    if (it != m_res.states.end() && it->second.ending != Ending::Alive) return;
    // Of the answers, the longest idle time says most.
    if (it != m_res.states.end() && o.kind == Outcome::Answered && o.idle <= it->second.idle)
        return;
    Verdict v;
    v.ending = o.kind == Outcome::Answered ? Ending::Alive : o.ending;
    v.idle = o.idle;
    v.byItself = o.byItself;
    v.unacked = o.unacked;
    v.evidence = o.evidence;
    m_res.states[s] = v;
}

void Search::answered(Conn &c, const Outcome &o)
{
    switch (c.role) {
    case Role::Ladder: {
        // Alive after the idle time this search counted (from clockFrom, if later): the
        // host's own count starts at the last answer, which keepalives may postdate.
        Outcome a = o;
        a.idle = std::min(o.idle, c.probeAge);
        m_ladder.answered(a.idle);
        record(c.state, a);
        break;
    }
    case Role::Witness:
        // Alive past the cutoff found in another state: this state lasts longer (or forever).
        // Alive at --idle-max before any death: no cutoff up to it (probeSentinel).
        if (!m_ladder.bracketed() && o.idle + kSlack >= m_cfg.idleMax) m_ladder.answered(o.idle);
        record(c.state, o);
        break;
    case Role::Keepalive:
        // Keepalives only ever help against a middlebox that forgets idle flows, and such a
        // box drops packets silently. Survival next to deaths only a server produces means
        // the authenticated state simply lasts longer.
        if (m_probedSilent || !m_probedOther) {
            m_res.keepaliveHelps = 1;
        } else {
            record(c.state, o);
            m_res.notes << translate("IdleLadder",
                                     "the connection with TCP keepalives (logged in, no folder "
                                     "open) was still usable after %1 s: that state lasts "
                                     "longer, whether keepalives help is unknown")
                               .arg(o.idle, 0, 'f', 0);
        }
        break;
    }
}

void Search::ended(Conn &c, const Outcome &o)
{
    if (!o.byItself) {
        if (o.ending == Ending::Silent && o.unacked == 1)
            m_probedSilent = true;
        else
            m_probedOther = true;
    }
    if (c.role == Role::Keepalive) {
        m_res.keepaliveHelps = 0;
        if (o.byItself) {
            m_res.notes << translate("IdleLadder", "the connection with TCP keepalives ended "
                                                   "too (%1 after %2 s)")
                               .arg(endingName(o.ending))
                               .arg(o.idle, 0, 'f', 1);
            // Unanswered keepalives end it later than the cutoff itself.
            if (o.kernel) return;
            m_ladder.observed(o.idle);
        }
        record(c.state, o);
        return;
    }
    if (o.byItself) {
        if (o.kernel)
            m_ladder.ended(o.idle);
        else
            m_ladder.observed(o.idle);
    } else if (c.role == Role::Ladder) {
        m_ladder.ended(o.idle);
    }
    record(c.state, o);
}

// Once the cutoff is bracketed: the keepalive and witness connections get their one probe when
// idle past it. Returns whether one is still awaited.
bool Search::probeWitnesses(double *wake)
{
    bool pending = false;
    const bool exhausted = m_ladder.exhausted();
    const double threshold = exhausted ? m_cfg.idleMax : pastCutoff();
    for (Conn &c : m_conns) {
        if (c.role == Role::Ladder) continue;
        if (c.busy) {
            pending = true;
            continue;
        }
        if (c.probed) continue;
        // Nothing ended up to --idle-max: keepalives cannot be judged.
        if (exhausted && c.role == Role::Keepalive) continue;
        const double a = age(c);
        if (a + kSlack >= threshold)
            send(c);
        else
            *wake = std::min(*wake, threshold - a);
        pending = true;
    }
    return pending;
}

// No cutoff so far: the witness, idle since the start, is the first connection to reach
// --idle-max; its answer then ends the search ("no cutoff up to N s") instead of waiting for a
// ladder connection to get there too (about 1.3x later). Servers have one idle timer for every
// state (the premise of the witness), so its answer bounds the ladder's state as well.
void Search::probeSentinel(double *wake)
{
    for (Conn &c : m_conns) {
        if (c.role != Role::Witness || c.busy || c.probed) continue;
        const double a = age(c);
        if (a + kSlack >= m_cfg.idleMax)
            send(c);
        else
            *wake = std::min(*wake, m_cfg.idleMax - a);
    }
}

// Once the cutoff is known: the ladder's own state needs its ending. A cutoff the server shows
// by itself may pass while every ladder connection is in use; one idle past it shows the
// ending, if it gets there within the self-revealed budget. Returns whether it is awaited.
bool Search::ladderStatePending(double *wake)
{
    if (m_ladder.exhausted() || m_gaveUpLadderState) return false;
    const double threshold = pastCutoff();
    const auto known = m_res.states.find(m_ladderState);
    if (known != m_res.states.end() &&
        (known->second.ending != Ending::Alive || known->second.idle + kSlack >= threshold))
        return false;
    double oldestSince = m_host.now();
    for (Conn &c : m_conns) {
        if (c.role != Role::Ladder) continue;
        if (c.busy) return true;
        if (age(c) + kSlack >= threshold) {
            send(c);
            return true;
        }
        oldestSince = std::min(oldestSince, idleSince(c));
    }
    const double by = m_start + kSelfRevealedRatio * m_ladder.cutoff();
    if (oldestSince + threshold <= by) {
        *wake = std::min(*wake, oldestSince + threshold - m_host.now());
        return true;
    }
    m_gaveUpLadderState = true;
    m_res.notes << (m_cfg.imap ? translate("IdleLadder",
                                           "how the folder-open state ends was not seen: those "
                                           "connections were in use when the cutoff passed")
                               : translate("IdleLadder",
                                           "how the idle state ends was not seen: those "
                                           "connections were in use when the cutoff passed"));
    return false;
}

void Search::noteProgress()
{
    if (elapsed() - m_lastProgress < 10) return;
    m_lastProgress = elapsed();
    if (!m_ladder.bracketed())
        m_host.progress(translate("IdleLadder", "idle probe: still alive after %1 s idle; "
                                                "testing %2 s next (at most %3 s)")
                            .arg(qRound(m_ladder.lower()))
                            .arg(qRound(m_ladder.target()))
                            .arg(qRound(m_cfg.idleMax)));
    else
        m_host.progress(translate("IdleLadder", "idle probe: cutoff between %1 and %2 s; "
                                                "narrowing")
                            .arg(qRound(m_ladder.lower()))
                            .arg(qRound(m_ladder.upper())));
}

Result Search::run()
{
    const int n = std::clamp(m_cfg.maxConnections, 1, kMaxConnections);
    // The witness before the keepalive connection: idle since the start without keepalives,
    // it alone lets a server without a cutoff end the search at --idle-max (a probing
    // connection gets there ~1.3x to 3x later), and it shows endings the server makes by
    // itself at the cutoff. SMTP's witness sits in its one state, after EHLO.
    const bool witness = n >= 2;
    const bool keepalive = n >= 4;
    const State witnessState = m_cfg.imap ? State::Fetched : State::Authenticated;
    m_ladderTarget = n - (keepalive ? 1 : 0) - (witness ? 1 : 0);
    m_ladderPlanned = m_ladderTarget;
    m_res.planned = n;
    // The connections that must be idle from the very start come first: a cutoff the server
    // shows by itself then shows on them a few tenths of a second after its true value.
    if (keepalive && !open(Role::Keepalive, State::Authenticated))
        m_res.notes << translate("IdleLadder", "no keepalive connection: %1").arg(m_refusedWhy);
    if (witness && !open(Role::Witness, witnessState))
        m_res.notes << (m_cfg.imap
                            ? translate("IdleLadder", "no connection kept after UID FETCH: %1")
                            : translate("IdleLadder", "no connection kept idle from the start: %1"))
                           .arg(m_refusedWhy);
    if (!keepalive && n > 1)
        m_res.notes << translate("IdleLadder", "with %1 connections allowed none was kept for "
                                               "TCP keepalives: whether they help is unknown")
                           .arg(n);
    while (ladderHeld() < m_ladderTarget && open(Role::Ladder, m_ladderState)) {
    }
    // A server that allows only the two connections opened first: the keepalive connection
    // gives way to a probing one, so that the witness keeps its place (a server without a
    // cutoff still ends at --idle-max) and the search still has a probing connection.
    if (ladderHeld() == 0 && m_mayOpen) {
        for (size_t i = 0; i < m_conns.size(); ++i) {
            if (m_conns[i].role != Role::Keepalive) continue;
            m_host.close(m_conns[i].id);
            m_conns.erase(m_conns.begin() + long(i));
            if (open(Role::Ladder, m_ladderState))
                m_res.notes << translate("IdleLadder",
                                         "the server allowed too few connections to keep one "
                                         "with TCP keepalives: whether they help is unknown");
            break;
        }
    }
    // Without a probing connection there is no search: a connection already held probes
    // instead (no further login needed, which matters once the login gate is closed). The
    // witness first: its answers bound the cutoff like any other (one timer for all states);
    // the keepalive connection's only if nothing else is left.
    for (Role r : {Role::Witness, Role::Keepalive}) {
        if (ladderHeld() > 0) break;
        for (Conn &c : m_conns) {
            if (c.role != r) continue;
            if (r == Role::Keepalive) {
                m_host.stopKeepalives(c.id);
                c.clockFrom = m_host.now();
            }
            c.role = Role::Ladder;
            m_ladderState = c.state;
            m_res.notes << (r == Role::Keepalive
                                ? translate("IdleLadder",
                                            "the connection with TCP keepalives probed "
                                            "instead: no other could be opened (%1); "
                                            "whether keepalives help is unknown")
                            : m_cfg.imap
                                ? translate("IdleLadder", "the connection kept after UID FETCH "
                                                          "probed instead: no other could be "
                                                          "opened (%1)")
                                : translate("IdleLadder", "the connection kept idle from the "
                                                          "start probed instead: no other "
                                                          "could be opened (%1)"))
                               .arg(m_refusedWhy);
            break;
        }
    }
    m_sideHeld = int(m_conns.size()) - ladderHeld();
    if (ladderHeld() == 0) {
        m_res.setupError = m_refusedWhy;
        finish();
        return m_res;
    }
    m_ladderTarget = ladderHeld();

    const double deadline = 3 * m_cfg.idleMax + 120;
    for (int round = 0; round < kMaxRounds; ++round) {
        if (m_host.cancelled()) {
            m_res.cancelled = true;
            break;
        }
        if (elapsed() > deadline) {
            m_res.timedOut = true;
            break;
        }
        for (size_t i = 0; i < m_conns.size();) {
            Conn &c = m_conns[i];
            const Outcome o = m_host.poll(c.id);
            if (o.kind == Outcome::Pending) {
                ++i;
                continue;
            }
            c.busy = false;
            if (o.kind == Outcome::Answered) {
                answered(c, o);
                if (c.role == Role::Ladder) {
                    ++i;
                    continue;
                }
            } else {
                ended(c, o);
            }
            m_host.close(c.id);
            m_conns.erase(m_conns.begin() + long(i));
        }
        const bool bracketDone = m_ladder.resolved() || m_ladder.exhausted();
        double wake = 1;
        if (bracketDone) {
            bool ladderBusy = false;
            for (const Conn &c : m_conns)
                ladderBusy = ladderBusy || (c.role == Role::Ladder && c.busy);
            const bool witnesses = probeWitnesses(&wake);
            if (!ladderStatePending(&wake) && !witnesses && !ladderBusy) break;
        } else {
            std::vector<Rung> rungs;
            for (const Conn &c : m_conns) {
                if (c.role != Role::Ladder) continue;
                Rung r;
                r.id = c.id;
                r.age = age(c);
                r.busy = c.busy;
                r.busyAge = c.probeAge;
                r.busyFor = m_host.now() - c.probeAt;
                rungs.push_back(r);
            }
            for (int id : m_ladder.due(rungs, elapsed(), &wake))
                for (Conn &c : m_conns)
                    if (c.id == id) send(c);
            if (m_ladder.bracketed())
                probeWitnesses(&wake);
            else
                probeSentinel(&wake);
            // Dead ladder connections are replaced; a refusal lowers the number for good.
            while (ladderHeld() < m_ladderTarget && m_mayOpen) {
                if (open(Role::Ladder, m_ladderState)) continue;
                --m_ladderTarget;
            }
            if (ladderHeld() == 0 && (m_ladderTarget == 0 || !m_mayOpen)) {
                bool busy = false;
                for (const Conn &c : m_conns)
                    busy = busy || c.busy;
                if (!busy) break; // nothing left to probe with
            }
        }
        noteProgress();
        m_host.wait(std::clamp(wake, kSlack, std::max(kSlack, deadline - elapsed())));
    }
    finish();
    return m_res;
}

void Search::finish()
{
    for (const Conn &c : m_conns)
        m_host.close(c.id);
    m_conns.clear();
    m_res.lower = m_ladder.lower();
    m_res.upper = m_ladder.upper();
    m_res.exact = m_ladder.exact();
    // An answer before the cutoff says nothing about how a state ends; one past it does (the
    // state lasts longer).
    for (auto it = m_res.states.begin(); it != m_res.states.end();) {
        if (m_res.found() && it->second.ending == Ending::Alive &&
            it->second.idle + kSlack < m_res.upper)
            it = m_res.states.erase(it);
        else
            ++it;
    }
    m_res.took = elapsed();
    if (m_ladderTarget < m_ladderPlanned && m_res.refused > 0) {
        // What the search could hold: the keepalive and witness connections it kept as such,
        // and the probing ones it was left with.
        const int n = m_sideHeld + m_ladderTarget;
        // A login that did not succeed is not a connection the server refused: the notes
        // already say which login and why (the finding too); say only what it cost.
        QString cost =
            m_loginStops > 0
                ? translate("IdleLadder",
                            "a login that did not succeed stopped further connections: the search "
                            "held %1 instead of %2, so a cutoff only a command reveals takes up "
                            "to %3x the cutoff instead of %4x")
                      .arg(n)
                      .arg(m_res.planned)
                      .arg(worstCaseRatio(n), 0, 'f', 2)
                      .arg(worstCaseRatio(m_res.planned), 0, 'f', 2)
                : translate("IdleLadder",
                            "the server refused %n connection(s) (%1): the search held %2 "
                            "instead of %3, so a cutoff only a command reveals takes up to "
                            "%4x the cutoff instead of %5x",
                            nullptr, m_res.refused)
                      .arg(m_refusedWhy)
                      .arg(n)
                      .arg(m_res.planned)
                      .arg(worstCaseRatio(n), 0, 'f', 2)
                      .arg(worstCaseRatio(m_res.planned), 0, 'f', 2);
        if (m_res.found() && m_res.cutoff() > 0)
            cost = appendText(cost, translate("IdleLadder", " (this run: %1x)")
                                        .arg(m_res.took / m_res.cutoff(), 0, 'f', 2));
        m_res.notes << cost;
    }
}

} // namespace

Result search(Host &host, const Config &config)
{
    Search s(host, config);
    return s.run();
}

} // namespace mailscope::idle
