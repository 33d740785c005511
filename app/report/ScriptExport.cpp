// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/ScriptExport.h"
#include "report/TextSafety.h"

#include <QMap>

namespace mailscope {

namespace {
// Where the first byte is that must not reach a terminal as it is (the script is read and
// printed): a control (C0, DEL, C1), a bidirectional override, or UTF-8 that does not decode.
// -1: none.
qsizetype firstUnsafe(const QByteArray &line)
{
    qsizetype firstHigh = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line[i]);
        if (c < 0x20 || c == 0x7f) return i;
        if (c >= 0x80 && firstHigh < 0) firstHigh = i;
    }
    if (firstHigh < 0) return -1;
    const QString text = QString::fromUtf8(line);
    if (text.toUtf8() != line) return firstHigh;
    qsizetype at = 0; // byte offset of the character
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (isControlChar(u) || isBidiControl(u)) return at;
        at += u < 0x80 ? 1 : u < 0x800 ? 2 : ch.isSurrogate() ? 2 : 3;
    }
    return -1;
}

bool printable(const QByteArray &line)
{
    return firstUnsafe(line) < 0 && !line.startsWith(' ');
}

QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out;
    for (unsigned char c : bytes) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\\')
            out += "\\\\";
        else if (c < 0x20 || c >= 0x7f)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            out += char(c);
    }
    return out;
}
} // namespace

QByteArray transcriptToScript(const std::vector<Event> &events)
{
    QMap<int, QByteArray> sections;
    QMap<int, QByteArray> lastTag;
    QMap<int, bool> sawData;
    for (const Event &e : events) {
        if (e.conn <= 0) continue;
        QByteArray &out = sections[e.conn];
        switch (e.kind) {
        case EventKind::Send: {
            sawData[e.conn] = true;
            if (e.fact == EventFact::Omitted) break;
            // A script never carries a secret, even from a run that revealed them.
            for (QByteArray line : e.safeData().split('\n')) {
                if (line.endsWith('\r')) line.chop(1);
                if (line.isEmpty()) continue;
                const qsizetype sp = line.indexOf(' ');
                const QByteArray first = sp > 0 ? line.left(sp) : line;
                // IMAP tags look like a1, A0001...; SMTP verbs are all letters.
                bool tagLike = sp > 0 && first.size() <= 16;
                bool hasDigit = false;
                for (char c : first) {
                    tagLike = tagLike && (QChar::isLetterOrNumber(uchar(c)));
                    hasDigit = hasDigit || (c >= '0' && c <= '9');
                }
                if (tagLike && hasDigit) {
                    lastTag[e.conn] = first;
                    line = "<tag>" + line.mid(sp);
                }
                const qsizetype red = line.indexOf("<redacted>");
                if (red >= 0) line = line.left(red) + '*';
                // What a client line may not show as it is ends it: the rest matches anything.
                const qsizetype bad = firstUnsafe(line);
                if (bad >= 0) line = line.left(bad) + '*';
                out += "C: " + line + '\n';
            }
            break;
        }
        case EventKind::Receive: {
            sawData[e.conn] = true;
            if (e.fact == EventFact::Omitted) {
                out += "# " + QByteArray::number(e.omittedBytes) +
                       " bytes here were not stored (transcript size limit)\n";
                break;
            }
            const QByteArray tag = lastTag.value(e.conn);
            // An echoed secret stays masked, also in runs that revealed it.
            const QByteArray &data = e.safeData();
            qsizetype pos = 0;
            while (pos < data.size()) {
                qsizetype nl = data.indexOf("\r\n", pos);
                QByteArray line = nl < 0 ? data.mid(pos) : data.mid(pos, nl - pos);
                pos = nl < 0 ? data.size() : nl + 2;
                if (!tag.isEmpty() && line.startsWith(QByteArray(tag + ' ')))
                    line = "<tag>" + line.mid(tag.size());
                if (nl >= 0 && printable(line))
                    out += "S: " + line + '\n';
                else
                    out += "R: " + escaped(nl >= 0 ? line + "\r\n" : line) + '\n';
            }
            break;
        }
        case EventKind::Tls:
            if (e.fact == EventFact::TlsEstablished) out += "X: starttls\n";
            break;
        case EventKind::Close:
            if (e.fact == EventFact::PeerClosed) out += "X: close\n";
            break;
        case EventKind::Reset:
            out += "X: reset\n";
            break;
        case EventKind::Timeout:
            out += "X: silent\n";
            break;
        default:
            break;
        }
    }
    QByteArray script = "# Recorded by Mailscope; replay with: mailscope-cli fake-server FILE\n";
    bool first = true;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!first) script += "---\n";
        first = false;
        script += "# connection " + QByteArray::number(it.key()) + '\n' + it.value();
    }
    return script;
}

} // namespace mailscope
