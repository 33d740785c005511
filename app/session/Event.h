// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
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

// Typed facts that readers of a transcript act on (never found by searching the text).
enum class EventFact : quint8
{
    None,
    TlsEstablished, // Tls: the handshake succeeded
    PeerClosed,     // Close: the server ended the connection (FIN)
    ProtocolError,  // Error: the server broke the protocol or a limit; the connection ended
    Omitted,        // Send/Receive: over the transcript's size limit, counted but not stored
    KeepAlive,      // Note: this connection carries TCP keepalives and no protocol traffic
};
QString eventFactName(EventFact f);
EventFact eventFactFromName(const QString &name);

struct Event
{
    qint64 tUs = 0; // microseconds since the transcript started (monotonic)
    int conn = 0;   // connection number, 1-based; 0 for run-level notes
    EventKind kind = EventKind::Note;
    QByteArray data; // bytes as sent or received; the redacted form when secret and not revealed
    QString text;    // human-readable text for non-byte events
    // The event carries a secret (password, SASL data, token). Set by the code that sent it,
    // never guessed from the text. Every output reads it.
    bool secret = false;
    // data holds the real secret (the run was told to reveal secrets); masked holds the
    // redacted form for presenter mode, copies and searches.
    bool revealed = false;
    QByteArray masked;
    EventFact fact = EventFact::None;
    qint64 omittedBytes = 0; // Omitted: how many bytes were not stored

    bool redacted() const { return secret && !revealed; }
    // Bytes safe to show anywhere: the redacted form whenever the event carries a secret.
    const QByteArray &safeData() const { return secret && revealed ? masked : data; }
    // Text shown to humans: bytes decoded leniently (UTF-8, else Latin-1).
    QString displayText() const;
    // The same with secrets masked even when they were revealed (presenter mode, copies).
    QString safeDisplayText() const;
};

// Decodes bytes for display: UTF-8 when valid, else Latin-1 so nothing is lost.
QString decodeForDisplay(const QByteArray &bytes);

} // namespace mailscope
