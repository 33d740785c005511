// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#pragma once

#include "session/Event.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <functional>
#include <vector>

namespace mailscope {

// Thread-safe, append-only record of a run. The engine writes to it from its worker thread;
// views read snapshots. Events that carry secrets are flagged by their sender; their bytes are
// the redacted form unless the run reveals secrets.
//
// Bounded: Send/Receive bytes beyond the data limit are counted, not stored (one Omitted event
// per run of them on a connection, and one note when the limit is first reached).
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // Returns the event index; *tUs (if given) receives the timestamp it was stamped with.
    int append(Event event, qint64 *tUs = nullptr);
    int note(int conn, const QString &text, EventFact fact = EventFact::None);
    int error(int conn, const QString &text);
    int allocateConnection();
    void setDataLimit(qint64 bytes);
    qint64 dataLimit() const;
    qint64 storedBytes() const;
    qint64 omittedBytes() const;

    int size() const;
    Event at(int index) const;
    qint64 timeAt(int index) const; // without copying the event
    std::vector<Event> snapshot() const;
    // Calls visit(index, event) for the events [from, to) (clamped to the size) under one
    // lock, without copying them: for readers of many events (the timeline) that run off the
    // engine's thread. visit must be quick and must not call back into the transcript.
    // Returns the index after the last event visited.
    int visit(int from, int to, const std::function<void(int, const Event &)> &visit) const;
    qint64 nowUs() const;

    // Used when loading a saved report: replaces the content wholesale.
    void restore(std::vector<Event> events);

signals:
    void eventAdded(int index);

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    std::vector<Event> m_events;
    int m_nextConn = 1;
    qint64 m_limit = qint64(128) << 20;
    qint64 m_stored = 0;
    qint64 m_omitted = 0;
};

} // namespace mailscope
