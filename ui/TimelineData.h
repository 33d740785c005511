// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// What the timeline draws, derived from transcript events: each command's latency (a send
// paired with the next receive on the same connection), idle windows (> 1 s without traffic
// on a connection), markers (connect, TLS, BYE/FIN, RST, silence/timeouts, errors) and, per
// connection, how it ended in plain words. Built incrementally (a live run only processes new
// events) and off the GUI thread: QtCore only, no widget.
//
// frame() turns the data into what one view shows: the visible range downsampled to the
// view's width in pixels, so a million events draw as a few thousand shapes.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QString>
#include <QStringList>
#include <functional>
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
    bool waiting = false; // a command was waiting for its reply: not idle, unanswered
};

// How a connection ended, as the lane's last words.
enum class LaneEnding
{
    Open,         // still open when the recording ends
    LoggedOut,    // Mailscope said LOGOUT/QUIT and the connection closed
    ClosedByUs,   // Mailscope closed it
    ServerBye,    // the server said goodbye (IMAP BYE, SMTP 421) by itself
    ServerClosed, // the server closed it (TCP FIN)
    Reset,        // the server reset it (TCP RST)
    Silent,       // a command got no answer at all
    Error         // a protocol error ended it
};

struct TimelineLane
{
    int conn = 0;
    double start = -1;       // first event on the connection
    double end = -1;         // when it ended; -1 while open
    double lastTraffic = -1; // last byte sent or received (or connect, TLS)
    LaneEnding ending = LaneEnding::Open;
    int endEvent = -1;
    bool keepalive = false; // TCP keepalives, no protocol traffic (EventFact::KeepAlive)
    bool loggingOut = false;
};

// The idle cutoff the idle check measured (finding idle.timeout), drawn on every lane.
struct IdleCutoff
{
    bool known = false;
    double seconds = 0; // the estimate
    double lower = 0;   // the cutoff lies between lower and upper
    double upper = 0;
    int keepaliveHelps = -1; // 1 yes, 0 no, -1 not known
    QString close;           // bye, fin, rst, silent (the authenticated state's ending)

    static IdleCutoff fromReport(const Report &r);
    // "The server drops idle connections after about 301 s (between 299 and 303 s)."
    QString headline() const;
    // "TCP keepalives did not keep a connection open past it." or empty.
    QString keepaliveSentence() const;
};

// One view of the data: what is visible in [from, to] at `width` pixels, merged per pixel.
struct TimelineFrame
{
    struct Span
    {
        double from = 0;
        double to = 0;
    };
    struct Idle
    {
        double from = 0;
        double to = 0;        // clipped to the visible range
        double length = 0;    // the whole idle time, seconds
        bool ongoing = false; // still idle when the recording (or the live view) ends
        bool waiting = false; // waiting for a reply rather than idle
    };
    struct Band
    {
        double idleFrom = 0; // when this idle window began; the band is idleFrom + [lower, upper]
        double idleTo = 0;   // when it ended (the band stops there: the clock started over)
    };
    struct Point
    {
        double t = 0;
        int command = -1; // index into TimelineData::commands()
        bool slow = false;
    };
    struct Mark
    {
        double t = 0;
        TimelineMarker::Kind kind = TimelineMarker::Connect;
        int event = -1;
    };
    struct Lane
    {
        int conn = 0;
        bool keepalive = false;
        Span life;                 // clipped connection lifetime; from > to when not visible
        std::vector<Span> active;  // in use: the lifetime minus its idle windows
        std::vector<Idle> idle;    // idle windows wider than a pixel
        std::vector<Span> pulses;  // commands, send to reply, merged per pixel
        std::vector<Point> points; // one hover point per 3 pixels, the slowest
        std::vector<Mark> marks;   // one per kind and pixel
        std::vector<Band> bands;   // idle windows that reached the cutoff
        LaneEnding ending = LaneEnding::Open;
        double endT = -1; // visible ending (or -1)
        int endEvent = -1;
    };
    double from = 0;
    double to = 1;
    int width = 0;
    std::vector<Lane> lanes;
    int totalLanes = 0;
    int drawn = 0; // shapes in the frame (for tests and the benchmark)
};

class TimelineData
{
public:
    static constexpr double kIdleGap = 1.0; // seconds without traffic that count as idle

    void clear();
    // Processes events [processed(), t->size()); stops early (returning false) when
    // shouldStop() says so between chunks of events. A transcript that shrank starts over.
    // Reads events up to `upTo` (-1: the transcript's size now).
    bool update(const Transcript *t, const std::function<bool()> &shouldStop = {}, int upTo = -1);
    void addEvent(int index, const Event &e);
    int processed() const { return m_processed; }

    const std::vector<TimelineCommand> &commands() const { return m_commands; }
    const std::vector<TimelineMarker> &markers() const { return m_markers; }
    const std::vector<TimelineGap> &gaps() const { return m_gaps; }
    QList<int> connections() const;
    const TimelineLane *lane(int conn) const;
    double endTime() const { return m_end; }
    // The command's first line ("a3 UID FETCH 1:* (FLAGS)"), for hover texts.
    static QString commandLabel(const Event &send, bool mask = false);

    // The view: lanes of the first maxLanes connections in [from, to] at width pixels.
    // now (>= endTime()) extends open lanes to the present, for a live run.
    TimelineFrame frame(double from, double to, int width, const IdleCutoff &cutoff, int maxLanes,
                        double now = -1) const;

    // A lane in one sentence: "Connection 3: in use 0.4 s, then idle 23 s, then reset by the
    // server."
    QString story(int conn, double now = -1) const;

    // Plain words.
    static QString endingText(LaneEnding e, bool keepalive);
    static QString idleText(double seconds, bool waiting = false); // "idle 23 s"
    static QString secondsText(double seconds); // "30 ms", "1.5 s", "23 s", "12.5 min"

private:
    struct ConnState
    {
        int pending = -1;     // index into m_commands waiting for a reply
        int lane = -1;        // index into m_lanes
        bool goodbye = false; // the server said BYE (or 421) without being asked to
    };
    ConnState &state(int conn);
    std::vector<TimelineCommand> m_commands;
    std::vector<TimelineMarker> m_markers;
    std::vector<TimelineGap> m_gaps;
    std::vector<TimelineLane> m_lanes; // in order of first appearance
    std::vector<ConnState> m_conns;    // indexed by connection number
    int m_processed = 0;
    double m_end = 0;
    double m_last = 0;
    double m_maxLatency = 0;
    bool m_sorted = true; // events came in time order (binary searches are safe)
};

} // namespace mailscope
