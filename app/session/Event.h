// Transcript events: everything a session did and saw, in order, with monotonic timestamps.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace mailscope {

enum class EventKind
{
    Connect,
    Tls,
    Send,
    Receive,
    Close,
    Reset,
    Timeout,
    Note,
    Error,
};

QString eventKindName(EventKind kind);

struct Event
{
    qint64 tUs = 0; // microseconds since the transcript started (monotonic)
    int conn = 0;   // connection number, 1-based; 0 for run-level notes
    EventKind kind = EventKind::Note;
    QByteArray data;       // bytes as sent or received, already redacted where needed
    QString text;          // human-readable text for non-byte events
    bool redacted = false; // true when secrets were removed from data

    // Text shown to humans and written to reports: bytes decoded leniently.
    QString displayText() const;
};

} // namespace mailscope
