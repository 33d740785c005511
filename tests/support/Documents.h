// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Opens the documents Mailscope writes with the tools their readers use: the HTML with
// python3's html.parser (well-formed enough, no script, no external resource), the PDF with
// pdftotext, the pcapng with tshark (reads without error, follow,tcp,raw per stream, the TCP
// analysis warnings). Each helper reports what it found; the tests decide.
#pragma once

#include "Process.h"
#include "Secrets.h"
#include "session/Event.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <map>
#include <vector>

namespace mailscope::test {

inline bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
}

// What a browser-bound page must not have: unbalanced elements, scripts, event handlers,
// elements that load things, references that leave the document, CSS that loads anything.
// Returns the problems found (empty: fine), or the checker's own failure.
inline QStringList htmlProblems(const QByteArray &html)
{
    static const char *checker = R"PY(
import sys
from html.parser import HTMLParser
VOID = {'meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'area', 'base', 'wbr', 'source',
        'track', 'embed', 'param'}
LOADS = {'script', 'iframe', 'frame', 'object', 'embed', 'img', 'link', 'base', 'form', 'svg',
         'math', 'audio', 'video', 'source', 'picture', 'applet', 'portal', 'template'}
REFS = {'src', 'href', 'action', 'srcset', 'background', 'poster', 'data', 'formaction',
        'xlink:href', 'ping', 'manifest', 'codebase', 'cite', 'longdesc', 'usemap'}
class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.tags = [], [], 0
    def handle_starttag(self, tag, attrs):
        self.tags += 1
        if tag in LOADS:
            self.problems.append('element <%s>' % tag)
        for k, v in attrs:
            if k.startswith('on'):
                self.problems.append('event handler %s on <%s>' % (k, tag))
            if k in REFS and (v is None or not v.startswith('#')):
                self.problems.append('reference %s=%r' % (k, v))
            if k == 'style' and v and ('url(' in v.lower() or 'expression(' in v.lower()):
                self.problems.append('style attribute loads %r' % v)
            if k == 'http-equiv' and v and v.lower() == 'refresh':
                self.problems.append('meta refresh')
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append('</%s> closes <%s>' % (tag, self.stack[-1] if self.stack else '-'))
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass
    def handle_data(self, data):
        if self.stack and self.stack[-1] == 'style':
            low = data.lower()
            if 'url(' in low or '@import' in low or 'expression(' in low:
                self.problems.append('style element loads a resource')
text = sys.stdin.buffer.read().decode('utf-8')
c = Check()
c.feed(text)
c.close()
if not text.lstrip().lower().startswith('<!doctype html>'):
    c.problems.append('no <!DOCTYPE html>')
if c.stack:
    c.problems.append('left open: ' + ' '.join(c.stack))
if c.tags < 10:
    c.problems.append('hardly any markup')
print('\n'.join(c.problems))
sys.exit(1 if c.problems else 0)
)PY";
    const ToolRun r = runTool(QStringLiteral("python3"),
                              {QStringLiteral("-c"), QString::fromUtf8(checker)}, html);
    QStringList problems;
    for (const QByteArray &l : r.out.split('\n'))
        if (!l.trimmed().isEmpty()) problems << QString::fromUtf8(l);
    if (r.exitCode != 0 && problems.isEmpty())
        problems << QStringLiteral("checker failed: %1").arg(QString::fromUtf8(r.err));
    return problems;
}

// The PDF's text as pdftotext extracts it, ligatures (ﬁ) folded back into letters.
inline QString pdfText(const QByteArray &pdf, QString *error = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size()) return {};
    f.close();
    const ToolRun r =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (r.exitCode != 0) {
        if (error) *error = QString::fromUtf8(r.err);
        return {};
    }
    return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC);
}

// Secrets in extracted PDF text, also where a line break split one.
inline QString findSecretInText(const QString &text, const QByteArray &user,
                                const QByteArray &secret)
{
    QString f = findSecret(text, user, secret);
    if (!f.isEmpty()) return f;
    QString joined = text;
    joined.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    return findSecret(joined, user, secret);
}

struct Chunk
{
    bool fromClient = false;
    QByteArray bytes;
    bool operator==(const Chunk &o) const { return fromClient == o.fromClient && bytes == o.bytes; }
};

inline void appendChunk(QList<Chunk> &chunks, bool fromClient, const QByteArray &bytes)
{
    if (bytes.isEmpty()) return;
    if (!chunks.isEmpty() && chunks.last().fromClient == fromClient)
        chunks.last().bytes += bytes;
    else
        chunks.append({fromClient, bytes});
}

// tshark's "follow,tcp,raw" of one stream: the data in order, by direction. Node 0 is the
// side that sent the first packet (Mailscope's SYN).
inline QList<Chunk> tsharkFollow(const QString &capture, int stream, QString *error)
{
    const ToolRun r =
        runTool(QStringLiteral("tshark"),
                {QStringLiteral("-n"), QStringLiteral("-r"), capture, QStringLiteral("-q"),
                 QStringLiteral("-z"), QStringLiteral("follow,tcp,raw,%1").arg(stream)});
    QList<Chunk> chunks;
    if (r.exitCode != 0) {
        if (error) *error = QString::fromUtf8(r.err);
        return chunks;
    }
    bool inData = false;
    for (QByteArray line : r.out.split('\n')) {
        if (line.startsWith("Node 1:")) {
            inData = true;
            continue;
        }
        if (!inData) continue;
        if (line.startsWith("=====")) break;
        const bool server = line.startsWith('\t');
        line = line.trimmed();
        if (line.isEmpty()) continue;
        appendChunk(chunks, !server, QByteArray::fromHex(line));
    }
    return chunks;
}

// What each connection's stream must hold: the transcript's bytes as everybody may see them
// (Event::safeData), in order.
inline std::map<int, QList<Chunk>> expectedStreams(const std::vector<Event> &events)
{
    std::map<int, QList<Chunk>> out;
    for (const Event &e : events) {
        if (e.conn <= 0 || e.fact == EventFact::Omitted) continue;
        if (e.kind != EventKind::Send && e.kind != EventKind::Receive) continue;
        appendChunk(out[e.conn], e.kind == EventKind::Send, e.safeData());
    }
    return out;
}

// Frames tshark flags under tcp.analysis (retransmissions, lost or unseen segments, duplicate
// ACKs, window problems…): their numbers, one per line; empty when none.
inline QByteArray tsharkAnalysisFlags(const QString &capture, QString *error = nullptr)
{
    const ToolRun r =
        runTool(QStringLiteral("tshark"),
                {QStringLiteral("-n"), QStringLiteral("-r"), capture, QStringLiteral("-Y"),
                 QStringLiteral("tcp.analysis.flags"), QStringLiteral("-T"),
                 QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number")});
    if (r.exitCode != 0 && error) *error = QString::fromUtf8(r.err);
    return r.out.trimmed();
}

// Reads the whole capture with tshark, dissecting every packet. An error text, or "".
inline QString tsharkReadError(const QString &capture, QByteArray *summary = nullptr)
{
    const ToolRun r =
        runTool(QStringLiteral("tshark"), {QStringLiteral("-n"), QStringLiteral("-r"), capture});
    if (summary) *summary = r.out;
    if (r.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
    // tshark reports damaged or cut-short files on stderr even when it exits 0.
    for (const char *bad :
         {"appears to be damaged", "cut short", "isn't a capture file", "malformed", "Malformed"})
        if (r.err.contains(bad) || r.out.contains(bad)) return QString::fromUtf8(r.err + r.out);
    return {};
}

// The packet comments, one string per packet ("" where a packet has none).
inline QStringList tsharkComments(const QString &capture)
{
    const ToolRun r =
        runTool(QStringLiteral("tshark"),
                {QStringLiteral("-n"), QStringLiteral("-r"), capture, QStringLiteral("-T"),
                 QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.comment")});
    QStringList out;
    for (const QByteArray &l : r.out.split('\n'))
        out << QString::fromUtf8(l);
    return out;
}

} // namespace mailscope::test
