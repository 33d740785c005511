// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Incremental SMTP reply parser (RFC 5321 §4.2, enhanced status codes RFC 3463).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <deque>

namespace mailscope::smtp {

struct Reply
{
    int code = 0;
    QList<QByteArray> lines; // text after "NNN-" / "NNN "
    QByteArray enhanced;     // "2.1.0" when present on the first line
    qsizetype bytes = 0;
    // A 421 that broke into another reply: that reply's code (its lines are dropped); else 0.
    int brokeOff = 0;

    bool isPositive() const { return code >= 200 && code < 400; }
    QByteArray text() const; // lines joined with spaces, enhanced code stripped
};

struct Limits
{
    qsizetype maxLineLength = 64 * 1024; // RFC says 512; be lenient but bounded
    int maxLines = 1000;                 // lines in one multi-line reply
    // One whole reply. Postfix's EHLO is under 1 KiB; without this, 1000 lines of 64 KiB each
    // pass the limits above, and every place that quotes the reply multiplies it.
    qsizetype maxReplyBytes = 256 * 1024;
    int maxUnansweredReplies = 1000; // replies queued while no command waits
};

class Parser
{
public:
    explicit Parser(Limits limits = {});

    // As for IMAP: with stopAfterReply, returns right after the first complete reply.
    qsizetype feed(const char *data, qsizetype len, bool stopAfterReply = false);
    qsizetype feed(const QByteArray &data) { return feed(data.constData(), data.size()); }
    bool next(Reply &out);
    bool hasPending() const { return !m_ready.empty(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void reset();

    static QByteArray enhancedCode(const QByteArray &text);

private:
    void line(const QByteArray &l);
    void fail(const QString &message);

    Limits m_limits;
    QByteArray m_partial;
    Reply m_cur;
    bool m_inReply = false;
    std::deque<Reply> m_ready;
    QString m_error;
};

} // namespace mailscope::smtp
