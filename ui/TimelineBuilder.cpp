// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "TimelineBuilder.h"

#include "session/Transcript.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace mailscope {

QPair<double, double> wholeRange(double end)
{
    return {0.0, qMax(1.0, end * 1.02 + 0.05)};
}

TimelineBuilder::TimelineBuilder(QObject *parent) : QObject(parent), m_worker(new QObject)
{
    qRegisterMetaType<mailscope::TimelineResult>();
    m_thread.setObjectName(QStringLiteral("timeline"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

TimelineBuilder::~TimelineBuilder()
{
    shutdown();
}

void TimelineBuilder::shutdown()
{
    if (!m_thread.isRunning()) return;
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_thread.quit();
    m_thread.wait();
    // The worker is gone: release what it held on this thread.
    m_transcript.reset();
    m_data.reset();
}

void TimelineBuilder::post(TimelineRequest request)
{
    if (m_stopping) return;
    m_latestGeneration = request.generation;
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        wake = !m_pending.has_value();
        m_pending = std::move(request);
    }
    // One wake-up per waiting request: the worker always takes the newest one.
    if (wake)
        QMetaObject::invokeMethod(
            m_worker, [this] { work(); }, Qt::QueuedConnection);
}

void TimelineBuilder::work()
{
    std::optional<TimelineRequest> taken;
    {
        QMutexLocker lock(&m_mutex);
        taken.swap(m_pending);
    }
    if (!taken || m_stopping) return;
    TimelineRequest &r = *taken;
    if (r.generation != m_generation || r.transcript != m_transcript) {
        m_generation = r.generation;
        m_transcript = r.transcript;
        m_data = std::make_shared<TimelineData>();
    }
    if (!m_data) m_data = std::make_shared<TimelineData>();
    // Published data is shared with the GUI: new events go into a copy. The size is read once:
    // an event the engine adds after this check must wait for the next round, never be
    // appended to data the GUI is reading.
    const int upTo = m_transcript ? m_transcript->size() : 0;
    if (m_transcript && upTo != m_data->processed() && m_data.use_count() > 1)
        m_data = std::make_shared<TimelineData>(*m_data);
    const int generation = r.generation;
    const bool complete = m_data->update(
        m_transcript.get(),
        [this, generation] { return m_stopping.load() || m_latestGeneration.load() != generation; },
        upTo);
    if (!complete) return; // a newer transcript (or shutdown) took over; drop this work
    auto range = r.whole ? wholeRange(std::max(m_data->endTime(), r.now))
                         : QPair<double, double>(r.from, r.to);
    auto frame = std::make_shared<const TimelineFrame>(
        m_data->frame(range.first, range.second, r.width, r.cutoff, r.maxLanes, r.now));
    TimelineResult out;
    out.generation = r.generation;
    out.serial = r.serial;
    out.data = m_data;
    out.frame = std::move(frame);
    if (!m_stopping) emit ready(out);
}

} // namespace mailscope
