// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Incremental IMAP response parser (RFC 3501 / 9051 syntax, lenient where servers are).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <deque>
#include <vector>

namespace mailscope::imap {

struct Value
{
    enum Type
    {
        Atom,
        Quoted,
        Literal,
        Nil,
        List
    };
    Type type = Atom;
    QByteArray str;           // atom, quoted or literal content
    std::vector<Value> items; // list members

    bool isList() const { return type == List; }
    bool isNil() const { return type == Nil; }
    bool isString() const { return type == Quoted || type == Literal || type == Atom; }
    bool isAtom(const char *name) const; // case-insensitive
    quint64 toNumber(bool *ok = nullptr) const;
    // IMAP-ish text form, for display and debugging.
    QByteArray serialize() const;
};

struct Response
{
    enum Kind
    {
        Tagged,
        Untagged,
        Continuation
    };
    Kind kind = Untagged;
    QByteArray tag;         // tagged responses only
    QByteArray name;        // upper-case: OK NO BAD BYE PREAUTH, or CAPABILITY, FETCH, EXISTS…
    bool hasNumber = false; // "* 12 FETCH …" / "* 3 EXISTS"
    quint64 number = 0;
    QByteArray code; // response code name, upper-case ("CAPABILITY", "UIDNEXT"…)
    std::vector<Value> codeArgs;
    QByteArray text;         // human-readable text of status responses and continuations
    std::vector<Value> data; // remaining values of data responses
    qsizetype bytes = 0;     // size on the wire
    QString parseError;      // set when the response was malformed but framing was intact

    bool isStatus() const; // OK/NO/BAD/BYE/PREAUTH
    bool isOk() const { return name == "OK"; }
    // For "* n FETCH (…)": the value following the item name, or nullptr (also when the
    // response could not be parsed in full: nothing in it can be trusted then).
    const Value *fetchItem(const char *item) const;
    // Capability atoms from "* CAPABILITY …" or a [CAPABILITY …] code; empty if neither, or
    // if the response could not be parsed in full.
    QList<QByteArray> capabilities() const;
};

struct Limits
{
    qsizetype maxLineLength = 1 << 20;                // one line, literals excluded
    qint64 maxLiteralSize = qint64(64) << 20;         // one literal
    qsizetype maxResponseSize = qsizetype(128) << 20; // a whole response with its literals
    // Parenthesised list depth. Deep BODYSTRUCTUREs are legal (each forwarded message adds
    // levels); lists are read without recursion, so this only bounds hostile input.
    int maxNesting = 512;
    // Untagged responses kept for one command (mailbox-sized answers go to a sink instead),
    // and responses queued between commands; more is a flood that ends the connection.
    int maxUntaggedPerCommand = 50000;
    // The same in bytes (Response::bytes, literals included): the count alone let 40 literals
    // of 60 MB each pile up for one CAPABILITY. What Mailscope keeps (capabilities, LIST, a
    // folder's status, headers of a few messages) is far below this.
    qint64 maxKeptBytesPerCommand = qint64(64) << 20;
};

// Feed bytes in any pieces; complete responses queue up for next().
// Framing violations and limit breaches are fatal: hasError() turns true and the parser
// ignores further input. A merely malformed response is delivered with parseError set.
class Parser
{
public:
    explicit Parser(Limits limits = {});

    // Returns the bytes consumed: all of them, unless stopAfterResponse is set, in which case
    // feeding stops right after the first response completed (STARTTLS needs that: bytes
    // after the server's OK must never be parsed).
    qsizetype feed(const char *data, qsizetype len, bool stopAfterResponse = false);
    qsizetype feed(const QByteArray &data) { return feed(data.constData(), data.size()); }
    bool next(Response &out);
    bool hasPending() const { return !m_ready.empty(); }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes of the response being collected; for progress on large literals.
    qsizetype bufferedBytes() const { return m_cur.size(); }
    qint64 literalRemaining() const { return m_literalRemaining; }
    void reset();

    // Parses one complete response (with CRLF); exposed for tests and tools.
    static Response parseComplete(const QByteArray &raw, const Limits &limits, QString *fatal);

private:
    void finishLine();
    void fail(const QString &message);

    Limits m_limits;
    QByteArray m_cur;
    qsizetype m_lineStart = 0;
    qint64 m_literalRemaining = 0;
    std::deque<Response> m_ready;
    QString m_error;
};

} // namespace mailscope::imap
