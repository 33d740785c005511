// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "fake/IdleSimulation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace mailscope::fake {

namespace {

using demo::IdleEnd;

class SimHost : public idle::Host
{
public:
    explicit SimHost(const IdleWorld &w)
        : m_w(w), m_cutoff(w.policy.cutoffMs / 1000.0), m_gateClosed(w.gateClosed)
    {}

    double now() const override { return m_t; }

    int open(idle::Role role, idle::State state, QString *why, bool *final) override
    {
        if (m_gateClosed) run.openedAfterGateClosed = true;
        m_t += m_w.openSeconds;
        if (m_w.serverLimit > 0 && int(m_conns.size()) >= m_w.serverLimit) {
            *why = QStringLiteral("* BYE too many connections");
            *final = false;
            return -1;
        }
        if (m_w.loginsBeforeRefusal >= 0 && run.opened >= m_w.loginsBeforeRefusal) {
            m_gateClosed = true;
            *why = QStringLiteral("login refused");
            *final = true;
            return -1;
        }
        Conn c;
        c.role = role;
        c.state = state;
        c.since = m_t;
        c.keepalives = role == idle::Role::Keepalive;
        const int id = m_next++;
        m_conns[id] = c;
        ++run.opened;
        run.peakOpen = std::max(run.peakOpen, int(m_conns.size()));
        return id;
    }

    bool mayLogIn(QString *why) const override
    {
        if (!m_gateClosed) return true;
        *why = QStringLiteral("an earlier login did not succeed");
        return false;
    }

    double idleSince(int id) const override { return m_conns.at(id).since; }

    void stopKeepalives(int id) override
    {
        Conn &c = m_conns.at(id);
        if (!c.keepalives) return;
        c.keepalives = false;
        c.middleboxSince = m_t; // its last keepalive may have gone out just now
    }

    void probe(int id) override
    {
        Conn &c = m_conns.at(id);
        const double idle = m_t - c.since;
        c.pending = true;
        c.out = idle::Outcome();
        c.out.idle = idle;
        if (!expired(c)) {
            c.out.kind = idle::Outcome::Answered;
            c.readyAt = m_t + m_w.rttSeconds;
            c.since = c.readyAt;
            c.middleboxSince = c.readyAt;
            return;
        }
        c.out.kind = idle::Outcome::Ended;
        c.dead = true;
        switch (endFor(c)) {
        case IdleEnd::SilentOnCommand:
            c.out.ending = idle::Ending::Silent;
            c.out.unacked = m_w.middlebox ? 1 : 0;
            c.readyAt = m_t + m_w.silenceSeconds;
            return;
        case IdleEnd::FinOnCommand:
            c.out.ending = idle::Ending::Fin;
            break;
        default:
            c.out.ending = idle::Ending::Rst;
            break;
        }
        c.readyAt = m_t + m_w.rttSeconds;
    }

    idle::Outcome poll(int id) override
    {
        Conn &c = m_conns.at(id);
        if (c.pending) {
            if (c.readyAt > m_t) return {};
            c.pending = false;
            return c.out;
        }
        if (c.dead) return {};
        const double end = selfEnd(c);
        if (end > m_t) return {};
        c.dead = true;
        idle::Outcome o;
        o.kind = idle::Outcome::Ended;
        o.byItself = true;
        o.idle = end - c.since;
        const IdleEnd e = endFor(c);
        o.ending = e == IdleEnd::Bye   ? idle::Ending::Bye
                   : e == IdleEnd::Rst ? idle::Ending::Rst
                                       : idle::Ending::Fin;
        return o;
    }

    void close(int id) override { m_conns.erase(id); }

    void wait(double seconds) override
    {
        double until = m_t + std::max(0.0, seconds);
        for (const auto &[id, c] : m_conns) {
            Q_UNUSED(id);
            if (c.pending) until = std::min(until, c.readyAt);
            if (!c.pending && !c.dead) until = std::min(until, selfEnd(c));
        }
        m_t = std::max(m_t, until);
    }

    bool cancelled() const override { return false; }

    IdleRun run;

private:
    struct Conn
    {
        idle::Role role = idle::Role::Ladder;
        idle::State state = idle::State::Selected;
        double since = 0;
        bool keepalives = false;   // TCP keepalives on (the keepalive connection)
        double middleboxSince = 0; // a middlebox's clock: since the last packet either way
        bool pending = false;
        bool dead = false;
        double readyAt = 0;
        idle::Outcome out;
    };

    IdleEnd endFor(const Conn &c) const
    {
        switch (c.state) {
        case idle::State::Authenticated:
            return m_w.policy.authenticated;
        case idle::State::Selected:
            return m_w.policy.selected;
        case idle::State::Fetched:
            return m_w.policy.fetched;
        }
        return IdleEnd::None;
    }
    bool byItself(const Conn &c) const
    {
        const IdleEnd e = endFor(c);
        return !m_w.middlebox && (e == IdleEnd::Bye || e == IdleEnd::Fin || e == IdleEnd::Rst);
    }
    // Keepalives refresh a middlebox's memory; a server's own timer ignores them.
    bool expired(const Conn &c) const
    {
        if (m_cutoff <= 0 || endFor(c) == IdleEnd::None) return false;
        if (!m_w.middlebox) return m_t - c.since >= m_cutoff;
        if (c.keepalives) return false;
        return m_t - std::max(c.since, c.middleboxSince) >= m_cutoff;
    }
    double selfEnd(const Conn &c) const
    {
        if (m_cutoff <= 0 || !byItself(c)) return std::numeric_limits<double>::infinity();
        return c.since + m_cutoff;
    }

    IdleWorld m_w;
    double m_cutoff;
    double m_t = 0;
    int m_next = 1;
    bool m_gateClosed;
    std::map<int, Conn> m_conns;
};

} // namespace

IdleRun simulateIdle(const IdleWorld &world, const idle::Config &config)
{
    SimHost host(world);
    host.run.result = idle::search(host, config);
    return host.run;
}

std::vector<double> cutoffGrid(double from, double to, double factor)
{
    std::vector<double> out;
    for (double c = from; c < to && out.size() < 100000; c *= factor)
        out.push_back(c);
    out.push_back(to);
    return out;
}

} // namespace mailscope::fake
