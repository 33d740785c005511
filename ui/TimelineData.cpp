#include "TimelineData.h"

#include "session/Transcript.h"

#include <algorithm>

namespace mailscope {

void TimelineData::clear()
{
    *this = TimelineData();
}

void TimelineData::update(const Transcript *t)
{
    if (!t) return;
    const int n = t->size();
    if (n < m_processed) clear(); // a different transcript
    for (int i = m_processed; i < n; ++i)
        addEvent(i, t->at(i));
}

QString TimelineData::commandLabel(const Event &send, bool mask)
{
    QString s = mask ? send.safeDisplayText() : send.displayText();
    const int nl = s.indexOf(QLatin1Char('\n'));
    if (nl >= 0) {
        const int more = int(s.count(QLatin1Char('\n'))) - (s.endsWith(QLatin1Char('\n')) ? 1 : 0);
        s.truncate(nl);
        if (more > 0) s += QStringLiteral(" (+%1 pipelined)").arg(more);
    }
    s = s.trimmed();
    if (s.size() > 80) s = s.left(77) + QStringLiteral("...");
    return s;
}

void TimelineData::addEvent(int index, const Event &e)
{
    m_processed = index + 1;
    const double t = double(e.tUs) / 1e6;
    m_end = std::max(m_end, t);
    if (e.conn <= 0) return; // run-level notes have no lane
    ConnState &c = m_conns[e.conn];
    auto marker = [&](TimelineMarker::Kind k) { m_markers.push_back({t, e.conn, k, index}); };
    const bool traffic = e.kind == EventKind::Send || e.kind == EventKind::Receive;
    if (traffic || e.kind == EventKind::Close || e.kind == EventKind::Reset ||
        e.kind == EventKind::Timeout) {
        if (c.lastTraffic >= 0 && t - c.lastTraffic > kIdleGap)
            m_gaps.push_back({e.conn, c.lastTraffic, t});
    }
    switch (e.kind) {
    case EventKind::Send:
        // A reply still missing for an earlier command stays unanswered (latency -1).
        m_commands.push_back({t, -1, e.conn, index, -1});
        c.pending = int(m_commands.size()) - 1;
        break;
    case EventKind::Receive:
        if (c.pending >= 0) {
            TimelineCommand &cmd = m_commands[size_t(c.pending)];
            cmd.latency = t - cmd.t;
            cmd.replyEvent = index;
            c.pending = -1;
        }
        if (e.data.contains("* BYE") || e.data.startsWith("421 ")) marker(TimelineMarker::Close);
        break;
    case EventKind::Connect:
        marker(TimelineMarker::Connect);
        break;
    case EventKind::Tls:
        marker(TimelineMarker::Tls);
        break;
    case EventKind::Close:
        marker(TimelineMarker::Close);
        break;
    case EventKind::Reset:
        marker(TimelineMarker::Reset);
        break;
    case EventKind::Timeout:
        marker(TimelineMarker::Silence);
        break;
    case EventKind::Error:
        marker(TimelineMarker::Error);
        break;
    case EventKind::Note:
        break;
    }
    if (traffic || e.kind == EventKind::Connect || e.kind == EventKind::Tls) c.lastTraffic = t;
}

QList<int> TimelineData::connections() const
{
    QList<int> out = m_conns.keys();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace mailscope
