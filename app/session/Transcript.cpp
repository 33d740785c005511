// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "session/Transcript.h"
#include "i18n/Text.h"

#include <QMutexLocker>
#include <QStringDecoder>
#include <algorithm>

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

QString eventFactName(EventFact f)
{
    switch (f) {
    case EventFact::None:
        return QString();
    case EventFact::TlsEstablished:
        return QStringLiteral("tls-established");
    case EventFact::PeerClosed:
        return QStringLiteral("peer-closed");
    case EventFact::ProtocolError:
        return QStringLiteral("protocol-error");
    case EventFact::Omitted:
        return QStringLiteral("omitted");
    case EventFact::KeepAlive:
        return QStringLiteral("keepalive");
    }
    return QString();
}

EventFact eventFactFromName(const QString &name)
{
    for (EventFact f : {EventFact::TlsEstablished, EventFact::PeerClosed, EventFact::ProtocolError,
                        EventFact::Omitted, EventFact::KeepAlive})
        if (eventFactName(f) == name) return f;
    return EventFact::None;
}

QString decodeForDisplay(const QByteArray &bytes)
{
    // Servers send anything; decode as UTF-8 and fall back to Latin-1 so nothing is lost.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (utf8.hasError()) s = QString::fromLatin1(bytes);
    return s;
}

QString Event::displayText() const
{
    if (fact == EventFact::Omitted)
        return translate("Transcript", "[%1 bytes not stored: transcript size limit reached]")
            .arg(omittedBytes);
    if (data.isEmpty()) return text;
    return decodeForDisplay(data);
}

QString Event::safeDisplayText() const
{
    if (secret && revealed) return decodeForDisplay(masked);
    return displayText();
}

Transcript::Transcript(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

int Transcript::append(Event event, qint64 *tUs)
{
    int index;
    bool limitNote = false;
    {
        QMutexLocker lock(&m_mutex);
        if (event.tUs == 0) event.tUs = m_clock.nsecsElapsed() / 1000;
        if (tUs) *tUs = event.tUs;
        const bool bytes = event.kind == EventKind::Send || event.kind == EventKind::Receive;
        if (bytes && event.fact != EventFact::Omitted) {
            const qint64 n = event.data.size() + event.masked.size();
            if (m_stored + n > m_limit) {
                limitNote = m_omitted == 0;
                m_omitted += event.data.size();
                event.omittedBytes = event.data.size();
                event.data.clear();
                event.masked.clear();
                event.fact = EventFact::Omitted;
                // A run of omitted data on one connection stays one event: bounded memory
                // whatever the server sends.
                if (!limitNote && !m_events.empty()) {
                    Event &last = m_events.back();
                    if (last.fact == EventFact::Omitted && last.conn == event.conn &&
                        last.kind == event.kind) {
                        last.omittedBytes += event.omittedBytes;
                        last.secret = last.secret || event.secret;
                        return int(m_events.size()) - 1;
                    }
                }
            } else {
                m_stored += n;
            }
        }
        if (limitNote) {
            Event note;
            note.tUs = event.tUs;
            note.conn = 0;
            note.kind = EventKind::Note;
            note.text =
                translate("Transcript", "transcript size limit of %1 MiB reached: further data is "
                                        "counted, not stored")
                    .arg(double(m_limit) / (1 << 20), 0, 'f', 1);
            m_events.push_back(std::move(note));
        }
        m_events.push_back(std::move(event));
        index = int(m_events.size()) - 1;
    }
    if (limitNote) emit eventAdded(index - 1);
    emit eventAdded(index);
    return index;
}

void Transcript::setDataLimit(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_limit = qMax<qint64>(0, bytes);
}

qint64 Transcript::dataLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

qint64 Transcript::storedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_stored;
}

qint64 Transcript::omittedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_omitted;
}

int Transcript::note(int conn, const QString &text, EventFact fact)
{
    Event e;
    e.conn = conn;
    e.kind = EventKind::Note;
    e.text = text;
    e.fact = fact;
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

int Transcript::visit(int from, int to, const std::function<void(int, const Event &)> &fn) const
{
    QMutexLocker lock(&m_mutex);
    const int end = std::min(to, int(m_events.size()));
    for (int i = std::max(0, from); i < end; ++i)
        fn(i, m_events[size_t(i)]);
    return std::max(from, end);
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
    m_stored = 0;
    m_omitted = 0;
    for (const auto &e : m_events) {
        maxConn = qMax(maxConn, e.conn);
        m_stored += e.data.size() + e.masked.size();
        m_omitted += e.omittedBytes;
    }
    m_nextConn = maxConn + 1;
}

} // namespace mailscope
