// What the timeline draws, derived from transcript events: each command's latency (a send
// paired with the next receive on the same connection), idle windows (> 1 s without traffic
// on a connection) and markers (connect, TLS, BYE/FIN, RST, silence/timeouts, errors).
// Built incrementally, so a live run only processes new events.
#pragma once

#include "session/Event.h"

#include <QHash>
#include <QString>
#include <vector>

namespace mailscope {
class Transcript;

struct TimelineCommand
{
    double t = 0;        // seconds: when the command was sent
    double latency = -1; // seconds until the reply; -1: none (yet)
    int conn = 0;
    int sendEvent = -1;
    int replyEvent = -1;
};

struct TimelineMarker
{
    enum Kind
    {
        Connect,
        Tls,
        Close, // BYE or FIN
        Reset,
        Silence, // timeouts: a command went unanswered
        Error
    };
    double t = 0;
    int conn = 0;
    Kind kind = Connect;
    int event = -1;
};

struct TimelineGap
{
    int conn = 0;
    double from = 0;
    double to = 0;
};

class TimelineData
{
public:
    static constexpr double kIdleGap = 1.0; // seconds without traffic that count as idle

    void clear();
    // Processes events [processed(), t->size()).
    void update(const Transcript *t);
    void addEvent(int index, const Event &e);
    int processed() const { return m_processed; }

    const std::vector<TimelineCommand> &commands() const { return m_commands; }
    const std::vector<TimelineMarker> &markers() const { return m_markers; }
    const std::vector<TimelineGap> &gaps() const { return m_gaps; }
    QList<int> connections() const;
    double endTime() const { return m_end; }
    // The command's first line ("a3 UID FETCH 1:* (FLAGS)"), for hover texts.
    static QString commandLabel(const Event &send, bool mask = false);

private:
    struct ConnState
    {
        int pending = -1; // index into m_commands waiting for a reply
        double lastTraffic = -1;
    };
    std::vector<TimelineCommand> m_commands;
    std::vector<TimelineMarker> m_markers;
    std::vector<TimelineGap> m_gaps;
    QHash<int, ConnState> m_conns;
    int m_processed = 0;
    double m_end = 0;
};

} // namespace mailscope
