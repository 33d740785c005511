// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "imap/ImapCommand.h"

namespace mailscope::imap {

CommandBuilder::CommandBuilder(QByteArray tagPrefix) : m_prefix(std::move(tagPrefix)) {}

QByteArray CommandBuilder::nextTag()
{
    return m_prefix + QByteArray::number(++m_counter);
}

bool CommandBuilder::isAtomSafe(const QByteArray &v)
{
    if (v.isEmpty() || v.compare("NIL", Qt::CaseInsensitive) == 0) return false;
    for (unsigned char c : v) {
        if (c <= 0x20 || c >= 0x7f) return false;
        switch (c) {
        case '(':
        case ')':
        case '{':
        case '%':
        case '*':
        case '"':
        case '\\':
        case ']':
            return false;
        default:
            break;
        }
    }
    return true;
}

bool CommandBuilder::needsLiteral(const QByteArray &v)
{
    if (v.size() > 1000) return true;
    for (unsigned char c : v)
        if (c == '\r' || c == '\n' || c == 0 || c >= 0x80) return true;
    return false;
}

QByteArray CommandBuilder::quote(const QByteArray &v)
{
    QByteArray out;
    out.reserve(v.size() + 2);
    out += '"';
    for (char c : v) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

Command CommandBuilder::build(const QByteArray &verb, const QList<Arg> &args)
{
    return buildWithTag(nextTag(), verb, args);
}

Command CommandBuilder::buildWithTag(const QByteArray &tag, const QByteArray &verb,
                                     const QList<Arg> &args)
{
    Command cmd;
    cmd.tag = tag;
    cmd.verb = verb.toUpper();
    QByteArray wire = tag + ' ' + verb;
    QByteArray shown = wire;
    for (const Arg &a : args) {
        wire += ' ';
        shown += ' ';
        if (a.kind == Arg::Raw || (a.kind == Arg::Atom && !a.secret)) {
            wire += a.value;
            shown += a.secret ? redactedMarker() : a.value;
            if (a.secret) cmd.hasSecret = true;
            continue;
        }
        if (a.secret) cmd.hasSecret = true;
        if (!a.secret && isAtomSafe(a.value)) {
            wire += a.value;
            shown += a.value;
        } else if (needsLiteral(a.value)) {
            const QByteArray marker =
                '{' + QByteArray::number(a.value.size()) + (m_literalPlus ? "+}" : "}") + "\r\n";
            wire += marker;
            // The length of a secret is a secret too.
            shown += a.secret ? QByteArrayLiteral("{*}\r\n") : marker;
            if (!m_literalPlus) {
                cmd.chunks.append(wire);
                cmd.display.append(shown);
                wire.clear();
                shown.clear();
            }
            wire += a.value;
            shown += a.secret ? redactedMarker() : a.value;
        } else {
            wire += quote(a.value);
            shown += a.secret ? '"' + redactedMarker() + '"' : quote(a.value);
        }
    }
    wire += "\r\n";
    shown += "\r\n";
    cmd.chunks.append(wire);
    cmd.display.append(shown);
    return cmd;
}

} // namespace mailscope::imap
