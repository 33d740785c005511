// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Builds the timeline off the GUI thread. The widget posts requests (which transcript, which
// range, how many pixels); a worker thread reads the new events, updates its TimelineData and
// computes the frame to draw, and hands both back as immutable values. A request that arrives
// while the worker is busy replaces the one still waiting, and a newer generation (another
// transcript) makes the worker drop what it is doing: results of an older generation are
// never shown.
#pragma once

#include "TimelineData.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace mailscope {

struct TimelineRequest
{
    int generation = 0; // changes with the transcript
    int serial = 0;     // changes with every request
    std::shared_ptr<const Transcript> transcript;
    bool whole = true; // the whole recording; otherwise [from, to]
    double from = 0;
    double to = 1;
    int width = 800; // pixels
    double now = -1; // a live run: open lanes reach this far (seconds)
    IdleCutoff cutoff;
    int maxLanes = 48;
};

struct TimelineResult
{
    int generation = 0;
    int serial = 0;
    std::shared_ptr<const TimelineData> data;
    std::shared_ptr<const TimelineFrame> frame;
};

// The visible range when the whole recording is shown.
QPair<double, double> wholeRange(double end);

class TimelineBuilder : public QObject
{
    Q_OBJECT
public:
    explicit TimelineBuilder(QObject *parent = nullptr);
    ~TimelineBuilder() override;

    // GUI thread: queue a request (replacing one not yet started).
    void post(TimelineRequest request);
    // GUI thread: stops the worker and releases the transcript it holds. Blocks for at most
    // one chunk of events.
    void shutdown();

signals:
    void ready(const mailscope::TimelineResult &result);

private:
    void work(); // worker thread

    QThread m_thread;
    QObject *m_worker; // lives in m_thread (deleted when it ends); work() runs in its context
    QMutex m_mutex;
    std::optional<TimelineRequest> m_pending;
    std::atomic<int> m_latestGeneration{0};
    std::atomic<bool> m_stopping{false};
    // Worker thread only.
    std::shared_ptr<const Transcript> m_transcript;
    int m_generation = -1;
    std::shared_ptr<TimelineData> m_data;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::TimelineResult)
