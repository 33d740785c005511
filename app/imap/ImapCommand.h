// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// IMAP command builder: tags, atoms/quoted strings/literals, and redacted display forms.
#pragma once

#include <QByteArray>
#include <QList>

namespace mailscope::imap {

struct Arg
{
    enum Kind
    {
        Atom,
        String,
        Raw
    };
    Kind kind = Raw;
    QByteArray value;
    bool secret = false;

    static Arg atom(const QByteArray &v) { return {Atom, v, false}; }
    static Arg string(const QByteArray &v) { return {String, v, false}; }
    static Arg secretString(const QByteArray &v) { return {String, v, true}; }
    static Arg raw(const QByteArray &v) { return {Raw, v, false}; }
    // Sent as it is, shown as <redacted> (SASL initial responses).
    static Arg secretRaw(const QByteArray &v) { return {Raw, v, true}; }
};

// A command split where the server must answer "+" before the client goes on
// (synchronising literals). With LITERAL+ there is a single chunk.
struct Command
{
    QByteArray tag;
    QByteArray verb;           // upper-case, e.g. "LOGIN"
    QList<QByteArray> chunks;  // bytes on the wire; each but the last ends with "{N}\r\n"
    QList<QByteArray> display; // same, with secrets replaced
    bool hasSecret = false;

    QByteArray wire() const { return chunks.join(); }
    QByteArray displayText() const { return display.join(); }
};

class CommandBuilder
{
public:
    explicit CommandBuilder(QByteArray tagPrefix = QByteArrayLiteral("a"));

    // LITERAL+ (RFC 7888) lets literals go without waiting for a continuation.
    void setLiteralPlus(bool on) { m_literalPlus = on; }
    bool literalPlus() const { return m_literalPlus; }

    QByteArray nextTag();
    Command build(const QByteArray &verb, const QList<Arg> &args = {});
    // A command with an explicit tag (manual console: the user typed the tag).
    Command buildWithTag(const QByteArray &tag, const QByteArray &verb, const QList<Arg> &args);

    static bool isAtomSafe(const QByteArray &v);
    static bool needsLiteral(const QByteArray &v);
    static QByteArray quote(const QByteArray &v);

    static QByteArray redactedMarker() { return QByteArrayLiteral("<redacted>"); }

private:
    QByteArray m_prefix;
    int m_counter = 0;
    bool m_literalPlus = false;
};

} // namespace mailscope::imap
