#include "session/Transcript.h"

#include <QMutexLocker>
#include <QStringDecoder>

namespace mailscope {

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Connect:
        return QStringLiteral("connect");
    case EventKind::Tls:
        return QStringLiteral("tls");
    case EventKind::Send:
        return QStringLiteral("send");
    case EventKind::Receive:
        return QStringLiteral("receive");
    case EventKind::Close:
        return QStringLiteral("close");
    case EventKind::Reset:
        return QStringLiteral("reset");
    case EventKind::Timeout:
        return QStringLiteral("timeout");
    case EventKind::Note:
        return QStringLiteral("note");
    case EventKind::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("note");
}

QString Event::displayText() const
{
    if (data.isEmpty()) return text;
    // Servers send anything; decode as UTF-8 and fall back to Latin-1 so nothing is lost.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(data);
    if (utf8.hasError()) s = QString::fromLatin1(data);
    return s;
}

Transcript::Transcript(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

int Transcript::append(Event event, qint64 *tUs)
{
    int index;
    {
        QMutexLocker lock(&m_mutex);
        if (event.tUs == 0) event.tUs = m_clock.nsecsElapsed() / 1000;
        if (tUs) *tUs = event.tUs;
        m_events.push_back(std::move(event));
        index = int(m_events.size()) - 1;
    }
    emit eventAdded(index);
    return index;
}

int Transcript::note(int conn, const QString &text)
{
    Event e;
    e.conn = conn;
    e.kind = EventKind::Note;
    e.text = text;
    return append(std::move(e));
}

int Transcript::error(int conn, const QString &text)
{
    Event e;
    e.conn = conn;
    e.kind = EventKind::Error;
    e.text = text;
    return append(std::move(e));
}

int Transcript::allocateConnection()
{
    QMutexLocker lock(&m_mutex);
    return m_nextConn++;
}

int Transcript::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_events.size());
}

Event Transcript::at(int index) const
{
    QMutexLocker lock(&m_mutex);
    return m_events.at(size_t(index));
}

qint64 Transcript::timeAt(int index) const
{
    QMutexLocker lock(&m_mutex);
    return m_events.at(size_t(index)).tUs;
}

std::vector<Event> Transcript::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

qint64 Transcript::nowUs() const
{
    QMutexLocker lock(&m_mutex);
    return m_clock.nsecsElapsed() / 1000;
}

void Transcript::restore(std::vector<Event> events)
{
    QMutexLocker lock(&m_mutex);
    m_events = std::move(events);
    int maxConn = 0;
    for (const auto &e : m_events)
        maxConn = qMax(maxConn, e.conn);
    m_nextConn = maxConn + 1;
}

} // namespace mailscope
