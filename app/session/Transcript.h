#pragma once

#include "session/Event.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <vector>

namespace mailscope {

// Thread-safe, append-only record of a run. The engine writes to it from its worker thread;
// views read snapshots. Secrets never reach it: callers hand over redacted bytes.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // Returns the event index; *tUs (if given) receives the timestamp it was stamped with.
    int append(Event event, qint64 *tUs = nullptr);
    int note(int conn, const QString &text);
    int error(int conn, const QString &text);
    int allocateConnection();

    int size() const;
    Event at(int index) const;
    qint64 timeAt(int index) const; // without copying the event
    std::vector<Event> snapshot() const;
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
};

} // namespace mailscope
