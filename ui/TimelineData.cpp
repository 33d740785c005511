// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "TimelineData.h"

#include "session/Transcript.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cmath>

namespace mailscope {

namespace {
constexpr int kMaxConnectionNumber = 1 << 20; // beyond this a connection gets no lane
constexpr int kChunk = 4096;                  // events copied under one transcript lock

// The command a Send event starts: IMAP "tag LOGOUT" or SMTP "QUIT" end the session.
bool isLogout(const QByteArray &data)
{
    qsizetype eol = data.indexOf('\r');
    if (eol < 0) eol = data.indexOf('\n');
    const QByteArray line = (eol < 0 ? data : data.left(eol)).trimmed();
    const QList<QByteArray> words = line.split(' ');
    if (!words.isEmpty() && words[0].compare("QUIT", Qt::CaseInsensitive) == 0) return true;
    return words.size() >= 2 && words[1].compare("LOGOUT", Qt::CaseInsensitive) == 0;
}

// The server ends the session: IMAP "* BYE" on a line of its own, SMTP 421.
bool isGoodbye(const QByteArray &data)
{
    return data.startsWith("* BYE") || data.contains("\n* BYE") || data.startsWith("421 ") ||
           data.startsWith("421-");
}

QString trimmedNumber(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    }
    return s;
}
} // namespace

IdleCutoff IdleCutoff::fromReport(const Report &r)
{
    IdleCutoff c;
    const Finding *f = r.finding(QStringLiteral("idle.timeout"));
    if (!f) return c;
    const QJsonObject &d = f->data;
    c.seconds = d.value(QStringLiteral("seconds")).toDouble(-1);
    c.lower = d.value(QStringLiteral("lower_seconds")).toDouble(c.seconds);
    c.upper = d.value(QStringLiteral("upper_seconds")).toDouble(c.seconds);
    if (!(c.seconds > 0) || !std::isfinite(c.seconds) || !std::isfinite(c.lower) ||
        !std::isfinite(c.upper))
        return IdleCutoff();
    if (c.lower > c.upper) std::swap(c.lower, c.upper);
    c.lower = std::clamp(c.lower, 0.0, c.seconds);
    c.upper = std::max(c.upper, c.seconds);
    const QJsonValue helps = d.value(QStringLiteral("keepalive_helps"));
    c.keepaliveHelps = helps.isBool() ? (helps.toBool() ? 1 : 0) : -1;
    c.close = d.value(QStringLiteral("close")).toString();
    c.known = true;
    return c;
}

QString IdleCutoff::headline() const
{
    if (!known) return {};
    QString s = QCoreApplication::translate("TimelineData",
                                            "The server drops idle connections after about %1")
                    .arg(TimelineData::secondsText(std::round(seconds)));
    if (upper - lower >= 0.05)
        s += QCoreApplication::translate("TimelineData", " (measured between %1 and %2 s)")
                 .arg(trimmedNumber(lower, 1), trimmedNumber(upper, 1));
    return s + QLatin1Char('.');
}

QString IdleCutoff::keepaliveSentence() const
{
    if (!known || keepaliveHelps < 0) return {};
    return keepaliveHelps == 1
               ? QCoreApplication::translate(
                     "TimelineData",
                     "A connection with TCP keepalives stayed open past it: something on "
                     "the way counts packets.")
               : QCoreApplication::translate(
                     "TimelineData",
                     "TCP keepalives did not keep a connection open past it: it is the "
                     "server's own timer.");
}

void TimelineData::clear()
{
    *this = TimelineData();
}

bool TimelineData::update(const Transcript *t, const std::function<bool()> &shouldStop, int upTo)
{
    if (!t) return true;
    const int n = upTo >= 0 ? std::min(upTo, t->size()) : t->size();
    if (n < m_processed) clear(); // a different transcript
    // What the timeline needs of each event is copied out under the transcript's lock (a few
    // thousand at a time, no deep copies) and worked on after it is released: the engine and
    // the views reading the transcript never wait for more than one short copy.
    std::vector<Event> chunk;
    chunk.reserve(kChunk);
    while (m_processed < n) {
        if (shouldStop && shouldStop()) return false;
        const int from = m_processed;
        const int to = std::min(n, from + kChunk);
        chunk.clear();
        t->visit(from, to, [&chunk](int, const Event &e) {
            Event slim;
            slim.tUs = e.tUs;
            slim.conn = e.conn;
            slim.kind = e.kind;
            slim.fact = e.fact;
            if (e.kind == EventKind::Send || e.kind == EventKind::Receive) slim.data = e.data;
            chunk.push_back(std::move(slim));
        });
        for (size_t i = 0; i < chunk.size(); ++i)
            addEvent(from + int(i), chunk[i]);
        m_processed = std::max(m_processed, to);
    }
    return true;
}

QString TimelineData::commandLabel(const Event &send, bool mask)
{
    QString s = mask ? send.safeDisplayText() : send.displayText();
    const int nl = s.indexOf(QLatin1Char('\n'));
    if (nl >= 0) {
        const int more = int(s.count(QLatin1Char('\n'))) - (s.endsWith(QLatin1Char('\n')) ? 1 : 0);
        s.truncate(nl);
        if (more > 0)
            s += QCoreApplication::translate("TimelineData", " (+%1 pipelined)").arg(more);
    }
    s = s.trimmed();
    if (s.size() > 80) s = s.left(77) + QStringLiteral("...");
    return s;
}

TimelineData::ConnState &TimelineData::state(int conn)
{
    if (size_t(conn) >= m_conns.size()) m_conns.resize(size_t(conn) + 1);
    return m_conns[size_t(conn)];
}

void TimelineData::addEvent(int index, const Event &e)
{
    m_processed = index + 1;
    const double t = double(e.tUs) / 1e6;
    if (t < m_last) m_sorted = false;
    m_last = t;
    m_end = std::max(m_end, t);
    if (e.conn <= 0 || e.conn > kMaxConnectionNumber) return; // run-level notes have no lane
    ConnState &c = state(e.conn);
    if (c.lane < 0) {
        c.lane = int(m_lanes.size());
        TimelineLane l;
        l.conn = e.conn;
        l.start = t;
        m_lanes.push_back(l);
    }
    TimelineLane &lane = m_lanes[size_t(c.lane)];
    auto marker = [&](TimelineMarker::Kind k) { m_markers.push_back({t, e.conn, k, index}); };
    auto end = [&](LaneEnding how) {
        if (lane.end >= 0) return;
        lane.end = t;
        lane.ending = how;
        lane.endEvent = index;
    };
    const bool traffic = e.kind == EventKind::Send || e.kind == EventKind::Receive;
    const bool ends = e.kind == EventKind::Close || e.kind == EventKind::Reset ||
                      e.kind == EventKind::Timeout ||
                      (e.kind == EventKind::Error && e.fact == EventFact::ProtocolError);
    if ((traffic || ends) && lane.lastTraffic >= 0 && t - lane.lastTraffic > kIdleGap)
        m_gaps.push_back({e.conn, lane.lastTraffic, t, c.pending >= 0});
    switch (e.kind) {
    case EventKind::Send:
        // A reply still missing for an earlier command stays unanswered (latency -1).
        m_commands.push_back({t, -1, e.conn, index, -1});
        c.pending = int(m_commands.size()) - 1;
        lane.loggingOut = isLogout(e.data);
        break;
    case EventKind::Receive:
        if (c.pending >= 0) {
            TimelineCommand &cmd = m_commands[size_t(c.pending)];
            cmd.latency = t - cmd.t;
            cmd.replyEvent = index;
            m_maxLatency = std::max(m_maxLatency, cmd.latency);
            c.pending = -1;
        }
        if (isGoodbye(e.data)) {
            marker(TimelineMarker::Close);
            if (!lane.loggingOut) c.goodbye = true;
        }
        break;
    case EventKind::Connect:
        marker(TimelineMarker::Connect);
        break;
    case EventKind::Tls:
        marker(TimelineMarker::Tls);
        break;
    case EventKind::Close:
        marker(TimelineMarker::Close);
        if (lane.loggingOut)
            end(LaneEnding::LoggedOut);
        else if (c.goodbye)
            end(LaneEnding::ServerBye);
        else
            end(e.fact == EventFact::PeerClosed ? LaneEnding::ServerClosed
                                                : LaneEnding::ClosedByUs);
        break;
    case EventKind::Reset:
        marker(TimelineMarker::Reset);
        end(LaneEnding::Reset);
        break;
    case EventKind::Timeout:
        marker(TimelineMarker::Silence);
        end(LaneEnding::Silent);
        break;
    case EventKind::Error:
        marker(TimelineMarker::Error);
        if (e.fact == EventFact::ProtocolError) end(LaneEnding::Error);
        break;
    case EventKind::Note:
        if (e.fact == EventFact::KeepAlive) lane.keepalive = true;
        break;
    }
    if (traffic || e.kind == EventKind::Connect || e.kind == EventKind::Tls) lane.lastTraffic = t;
}

QList<int> TimelineData::connections() const
{
    QList<int> out;
    out.reserve(qsizetype(m_lanes.size()));
    for (const TimelineLane &l : m_lanes)
        out << l.conn;
    std::sort(out.begin(), out.end());
    return out;
}

const TimelineLane *TimelineData::lane(int conn) const
{
    if (conn <= 0 || size_t(conn) >= m_conns.size() || m_conns[size_t(conn)].lane < 0)
        return nullptr;
    return &m_lanes[size_t(m_conns[size_t(conn)].lane)];
}

QString TimelineData::secondsText(double s)
{
    if (s < 0) s = 0;
    if (s < 0.9995)
        return QCoreApplication::translate("TimelineData", "%1 ms").arg(qRound(s * 1000));
    if (s < 10) return QCoreApplication::translate("TimelineData", "%1 s").arg(trimmedNumber(s, 1));
    if (s < 600) return QCoreApplication::translate("TimelineData", "%1 s").arg(qRound(s));
    return QCoreApplication::translate("TimelineData", "%1 min").arg(trimmedNumber(s / 60, 1));
}

QString TimelineData::idleText(double seconds, bool waiting)
{
    return waiting
               ? QCoreApplication::translate("TimelineData", "waited %1 for a reply")
                     .arg(secondsText(seconds))
               : QCoreApplication::translate("TimelineData", "idle %1").arg(secondsText(seconds));
}

QString TimelineData::endingText(LaneEnding e, bool keepalive)
{
    const QString notHelped =
        QCoreApplication::translate("TimelineData", " (keepalives did not help)");
    switch (e) {
    case LaneEnding::Open:
        return keepalive ? QCoreApplication::translate("TimelineData", "kept alive so far")
                         : QCoreApplication::translate("TimelineData", "still open");
    case LaneEnding::LoggedOut:
        return keepalive
                   ? QCoreApplication::translate("TimelineData", "kept alive, then logged out")
                   : QCoreApplication::translate("TimelineData", "logged out");
    case LaneEnding::ClosedByUs:
        return keepalive ? QCoreApplication::translate("TimelineData",
                                                       "kept alive until Mailscope closed it")
                         : QCoreApplication::translate("TimelineData", "closed by Mailscope");
    case LaneEnding::ServerBye:
        return QCoreApplication::translate("TimelineData", "the server said goodbye (BYE)") +
               (keepalive ? notHelped : QString());
    case LaneEnding::ServerClosed:
        return QCoreApplication::translate("TimelineData", "closed by the server") +
               (keepalive ? notHelped : QString());
    case LaneEnding::Reset:
        return QCoreApplication::translate("TimelineData", "reset by the server") +
               (keepalive ? notHelped : QString());
    case LaneEnding::Silent:
        return QCoreApplication::translate("TimelineData", "no answer: silent") +
               (keepalive ? notHelped : QString());
    case LaneEnding::Error:
        return QCoreApplication::translate("TimelineData", "ended by a protocol error");
    }
    return {};
}

QString TimelineData::story(int conn, double now) const
{
    const TimelineLane *l = lane(conn);
    if (!l) return {};
    const double end = l->end >= 0 ? l->end : std::max(m_end, now);
    std::vector<TimelineGap> idle;
    for (const TimelineGap &g : m_gaps)
        if (g.conn == conn) idle.push_back(g);
    const bool trailing = l->end < 0 && l->lastTraffic >= 0 && end - l->lastTraffic > kIdleGap;
    if (trailing) idle.push_back({conn, l->lastTraffic, end, m_conns[size_t(conn)].pending >= 0});
    QStringList parts;
    double cursor = l->start;
    double used = 0, longest = 0;
    for (const TimelineGap &g : idle) {
        used += std::max(0.0, g.from - cursor);
        longest = std::max(longest, g.to - g.from);
        cursor = g.to;
    }
    used += std::max(0.0, end - cursor);
    if (idle.size() <= 3) {
        cursor = l->start;
        for (const TimelineGap &g : idle) {
            if (g.from - cursor >= 0.0005)
                parts << QCoreApplication::translate("TimelineData", "in use %1")
                             .arg(secondsText(g.from - cursor));
            parts << idleText(g.to - g.from, g.waiting) +
                         (trailing && &g == &idle.back()
                              ? QCoreApplication::translate("TimelineData", " so far")
                              : QString());
            cursor = g.to;
        }
        if (end - cursor >= 0.0005 && !(trailing && cursor >= end))
            parts << QCoreApplication::translate("TimelineData", "in use %1")
                         .arg(secondsText(end - cursor));
    } else {
        parts << QCoreApplication::translate(
                     "TimelineData", "in use %1 in all, with %2 idle pauses (the longest %3)")
                     .arg(secondsText(used))
                     .arg(idle.size())
                     .arg(idleText(longest));
    }
    QString s = l->keepalive ? QCoreApplication::translate(
                                   "TimelineData", "Connection %1 (TCP keepalives, no commands): ")
                             : QCoreApplication::translate("TimelineData", "Connection %1: ");
    s = s.arg(conn);
    if (parts.isEmpty())
        parts << QCoreApplication::translate("TimelineData", "in use %1").arg(secondsText(0));
    s += parts.join(QStringLiteral(", "));
    s += QCoreApplication::translate("TimelineData", ", then %1.")
             .arg(endingText(l->ending, l->keepalive));
    return s;
}

TimelineFrame TimelineData::frame(double from, double to, int width, const IdleCutoff &cutoff,
                                  int maxLanes, double now) const
{
    TimelineFrame f;
    f.width = std::max(1, width);
    f.from = from;
    f.to = std::max(to, from + 1e-6);
    const double bin = (f.to - f.from) / f.width; // seconds per pixel
    const double endNow = std::max(m_end, now);

    // The first maxLanes connections, by number.
    const QList<int> conns = connections();
    std::vector<int> slot(m_conns.size(), -1);
    for (int c : conns) {
        if (int(f.lanes.size()) >= maxLanes) break;
        slot[size_t(c)] = int(f.lanes.size());
        TimelineFrame::Lane fl;
        fl.conn = c;
        f.lanes.push_back(fl);
    }
    f.totalLanes = int(conns.size());
    const auto visible = [&](double a, double b) { return b >= f.from && a <= f.to; };
    const bool band = cutoff.known;
    const auto reaches = [&](double length) { return band && length + 0.5 >= cutoff.lower; };

    for (TimelineFrame::Lane &fl : f.lanes) {
        const TimelineLane &l = *lane(fl.conn);
        fl.keepalive = l.keepalive;
        fl.ending = l.ending;
        const double end = l.end >= 0 ? l.end : endNow;
        fl.life = {std::max(f.from, l.start), std::min(f.to, end)};
        if (l.end >= 0 && visible(l.end, l.end)) {
            fl.endT = l.end;
            fl.endEvent = l.endEvent;
        }
        // Open lanes idle since their last traffic: the idle window grows until now.
        if (l.end < 0 && l.lastTraffic >= 0 && endNow - l.lastTraffic > kIdleGap &&
            visible(l.lastTraffic, endNow) && endNow - l.lastTraffic >= bin) {
            const bool waiting = m_conns[size_t(fl.conn)].pending >= 0;
            fl.idle.push_back({std::max(f.from, l.lastTraffic), std::min(f.to, endNow),
                               endNow - l.lastTraffic, true, waiting});
            if (!waiting && reaches(endNow - l.lastTraffic))
                fl.bands.push_back({l.lastTraffic, endNow});
        }
    }

    // Idle windows wider than a pixel; gaps are recorded in the order they end.
    auto g = m_gaps.begin();
    if (m_sorted)
        g = std::lower_bound(m_gaps.begin(), m_gaps.end(), f.from,
                             [](const TimelineGap &x, double v) { return x.to < v; });
    for (; g != m_gaps.end(); ++g) {
        if (size_t(g->conn) >= slot.size() || slot[size_t(g->conn)] < 0) continue;
        if (!visible(g->from, g->to) || g->to - g->from < bin) continue;
        TimelineFrame::Lane &fl = f.lanes[size_t(slot[size_t(g->conn)])];
        fl.idle.push_back(
            {std::max(f.from, g->from), std::min(f.to, g->to), g->to - g->from, false, g->waiting});
        if (!g->waiting && reaches(g->to - g->from)) fl.bands.push_back({g->from, g->to});
    }
    for (TimelineFrame::Lane &fl : f.lanes) {
        std::sort(fl.idle.begin(), fl.idle.end(),
                  [](const TimelineFrame::Idle &a, const TimelineFrame::Idle &b) {
                      return a.from < b.from;
                  });
        if (fl.life.from > fl.life.to) continue;
        double cursor = fl.life.from;
        for (const TimelineFrame::Idle &i : fl.idle) {
            if (i.from > cursor) fl.active.push_back({cursor, std::min(i.from, fl.life.to)});
            cursor = std::max(cursor, i.to);
        }
        if (cursor < fl.life.to) fl.active.push_back({cursor, fl.life.to});
    }

    // Command pulses, merged per pixel, and one hover point per 3 pixels (the slowest).
    const int cells = f.width / 3 + 1;
    std::vector<std::vector<int>> best(f.lanes.size());
    std::vector<TimelineFrame::Span> open(f.lanes.size(), {0, -1});
    auto flush = [&](size_t l) {
        if (open[l].to < open[l].from) return;
        f.lanes[l].pulses.push_back({open[l].from, std::max(open[l].to, open[l].from + bin)});
        open[l] = {0, -1};
    };
    auto c = m_commands.begin();
    if (m_sorted)
        c = std::lower_bound(m_commands.begin(), m_commands.end(), f.from - m_maxLatency,
                             [](const TimelineCommand &x, double v) { return x.t < v; });
    for (; c != m_commands.end(); ++c) {
        if (m_sorted && c->t > f.to) break;
        if (size_t(c->conn) >= slot.size() || slot[size_t(c->conn)] < 0) continue;
        const size_t l = size_t(slot[size_t(c->conn)]);
        const double end = c->latency >= 0 ? c->t + c->latency : c->t;
        if (!visible(c->t, end)) continue;
        if (open[l].to >= open[l].from && c->t - open[l].to < bin) {
            open[l].to = std::max(open[l].to, end);
        } else {
            flush(l);
            open[l] = {c->t, end};
        }
        if (c->t < f.from) continue;
        if (best[l].empty()) best[l].assign(size_t(cells), -1);
        const size_t cell = std::min(size_t(cells - 1), size_t((c->t - f.from) / bin / 3));
        const int idx = int(c - m_commands.begin());
        int &b = best[l][cell];
        const auto slowness = [](const TimelineCommand &x) {
            return x.latency < 0 ? 1e300 : x.latency;
        };
        if (b < 0 || slowness(*c) > slowness(m_commands[size_t(b)])) b = idx;
    }
    for (size_t l = 0; l < f.lanes.size(); ++l) {
        flush(l);
        for (int idx : best[l]) {
            if (idx < 0) continue;
            const TimelineCommand &cmd = m_commands[size_t(idx)];
            f.lanes[l].points.push_back({cmd.t, idx, cmd.latency < 0 || cmd.latency > 1.0});
        }
    }

    // Markers, one per kind, lane and pixel.
    std::vector<std::array<qint64, 6>> last(f.lanes.size());
    for (auto &a : last)
        a.fill(-1);
    auto m = m_markers.begin();
    if (m_sorted)
        m = std::lower_bound(m_markers.begin(), m_markers.end(), f.from,
                             [](const TimelineMarker &x, double v) { return x.t < v; });
    for (; m != m_markers.end(); ++m) {
        if (m_sorted && m->t > f.to) break;
        if (size_t(m->conn) >= slot.size() || slot[size_t(m->conn)] < 0) continue;
        if (m->t < f.from || m->t > f.to) continue;
        const size_t l = size_t(slot[size_t(m->conn)]);
        const qint64 px = qint64((m->t - f.from) / bin);
        if (last[l][size_t(m->kind)] == px) continue;
        last[l][size_t(m->kind)] = px;
        f.lanes[l].marks.push_back({m->t, m->kind, m->event});
    }

    int drawn = 0;
    for (const TimelineFrame::Lane &fl : f.lanes)
        drawn += int(fl.active.size() + fl.idle.size() + fl.pulses.size() + fl.points.size() +
                     fl.marks.size() + fl.bands.size()) +
                 (fl.endT >= 0 ? 1 : 0);
    f.drawn = drawn;
    return f;
}

} // namespace mailscope
