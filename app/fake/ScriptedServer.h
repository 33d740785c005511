// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A fault server driven by a script of "C:" (client line expected) and "S:" (server sends)
// lines, for faults real servers will not produce. Format, one directive per line:
//   S: text          send text + CRLF (consecutive S:/R: lines go out in one write)
//   R: text          send raw bytes, no CRLF added; \r \n \t \\ \xHH escapes
//   C: pattern       read one client line; "<tag>" matches and remembers the client's tag,
//                    a trailing "*" matches the rest; case-insensitive
//   X: starttls | close | reset | silent | sleep MS | wait-close
//   --- (alone)      next section: the next client connection gets the next section
//   # comment
// "<tag>" in S:/R: lines is replaced by the last tag the client used.
#pragma once

#include "fake/LoopbackServer.h"

#include <QMutex>
#include <QStringList>
#include <vector>

namespace mailscope::fake {

struct ScriptStep
{
    enum Kind
    {
        Send,
        Expect,
        StartTls,
        Close,
        Reset,
        Silent,
        Sleep,
        WaitClose
    };
    Kind kind = Send;
    QByteArray text;
    int ms = 0;
    int line = 0;
};

using Script = std::vector<ScriptStep>;

// Parses a script; returns sections (one per connection) or an error text.
QString parseScript(const QByteArray &text, std::vector<Script> *sections);
QByteArray unescape(const QByteArray &s);

class ScriptedServer : public LoopbackServer
{
    Q_OBJECT
public:
    explicit ScriptedServer(std::vector<Script> sections, QObject *parent = nullptr);
    ~ScriptedServer() override;
    static std::unique_ptr<ScriptedServer> fromText(const QByteArray &text, QString *error);

    // Mismatches between what the client sent and what the script expected.
    QStringList errors() const;
    int connectionsSeen() const;
    bool finishedAll() const; // every section ran to its end

protected:
    void handle(ServerConnection *conn) override;

private:
    struct Run;
    void advance(Run *run);

    std::vector<Script> m_sections;
    mutable QMutex m_mutex;
    QStringList m_errors;
    int m_connections = 0;
    int m_finished = 0;
};

} // namespace mailscope::fake
