// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// fuzz_imap_parser: the incremental IMAP response parser (app/imap/ImapParser), as a client
// reads a server: feed() in pieces (split points chosen by the input), next() until drained,
// every accessor on every response (capabilities(), fetchItem("UID"/"BODY[]"),
// Value::serialize/toNumber/isAtom), and Parser::parseComplete() on the whole input.
//
// Input: byte 0 = mode, byte 1 = split, the rest = server bytes.
//   mode bits 0-1 == 3: small Limits (one of four presets, bits 2-3), so every limit path is hit;
//   mode bit 4: feed the pieces with stopAfterResponse=true (the STARTTLS path).
//   split: pieces of 1..2^(split&7) bytes from a PRNG seeded by split>>3 (split&7 == 7: one piece).
//
// Besides crashes and sanitizer reports it checks properties, and aborts when one fails:
//   - the pieces give exactly the responses, error (or, when both limits are crossed at once,
//     a limit error) and buffered state of one whole feed;
//   - feed() consumes within bounds and always makes progress;
//   - without an error, response sizes plus buffered bytes add up to the input.
#include "imap/ImapParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailscope::imap;

namespace {

Limits limitsFor(uint8_t mode)
{
    Limits l;
    if ((mode & 3) != 3) return l;
    switch ((mode >> 2) & 3) {
    case 0:
        l.maxLineLength = 8;
        l.maxLiteralSize = 4;
        l.maxResponseSize = 64;
        l.maxNesting = 1;
        break;
    case 1:
        l.maxLineLength = 40;
        l.maxLiteralSize = 16;
        l.maxResponseSize = 200;
        l.maxNesting = 3;
        break;
    case 2: // the response limit below the line limit
        l.maxLineLength = 200;
        l.maxLiteralSize = 100;
        l.maxResponseSize = 120;
        l.maxNesting = 8;
        break;
    default:
        l.maxLineLength = 1000;
        l.maxLiteralSize = 1000;
        l.maxResponseSize = 4000;
        l.maxNesting = 32;
        break;
    }
    return l;
}

void visit(const Value &v, QByteArray &out, int depth = 0)
{
    bool ok = false;
    const quint64 n = v.toNumber(&ok);
    out += ok ? QByteArray::number(n) : QByteArrayLiteral("-");
    out += v.isAtom("NIL") ? 'n' : v.isNil() ? 'N' : v.isString() ? 's' : 'l';
    if (depth == 0) out += v.serialize();
    for (const auto &item : v.items)
        visit(item, out, depth + 1);
    out += ';';
}

// Everything a client can read from a response, as bytes to compare.
QByteArray dump(const Response &r)
{
    QByteArray s;
    s += char('0' + int(r.kind));
    s += r.tag + '|' + r.name + '|';
    if (r.hasNumber) s += QByteArray::number(r.number);
    s += '|' + r.code + '|';
    for (const auto &v : r.codeArgs)
        visit(v, s);
    s += '|' + r.text + '|';
    for (const auto &v : r.data)
        visit(v, s);
    s += '|' + QByteArray::number(r.bytes) + '|' + r.parseError.toUtf8() + '|';
    s += r.isStatus() ? 'S' : '-';
    s += r.isOk() ? 'K' : '-';
    for (const auto &c : r.capabilities())
        s += c + ' ';
    for (const char *item : {"UID", "BODY[]", "FLAGS", "RFC822.SIZE"}) {
        s += '|';
        if (const Value *v = r.fetchItem(item)) visit(*v, s);
    }
    return s + '\n';
}

struct Outcome
{
    QByteArray responses;
    qint64 responseBytes = 0;
    QString error;
    qsizetype buffered = 0;
    qint64 literalRemaining = 0;
};

void drain(Parser &p, Outcome &o)
{
    Response r;
    while (p.next(r)) {
        o.responses += dump(r);
        o.responseBytes += r.bytes;
    }
    if (p.hasPending()) abort(); // next() returned false with responses queued
}

void finish(const Parser &p, Outcome &o)
{
    o.error = p.errorString();
    if (p.hasError() != !o.error.isEmpty()) abort();
    o.buffered = p.bufferedBytes();
    o.literalRemaining = p.literalRemaining();
}

void fail(const char *what, const Outcome &a, const Outcome &b)
{
    fprintf(stderr,
            "fuzz_imap_parser: %s\n--- one feed (error '%s', buffered %lld):\n%s\n"
            "--- pieces (error '%s', buffered %lld):\n%s\n",
            what, qPrintable(a.error), static_cast<long long>(a.buffered), a.responses.constData(),
            qPrintable(b.error), static_cast<long long>(b.buffered), b.responses.constData());
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    const uint8_t mode = data[0];
    const uint8_t split = data[1];
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const qsizetype len = qsizetype(size - 2);
    const Limits limits = limitsFor(mode);

    // One feed of everything.
    Outcome whole;
    {
        Parser p(limits);
        if (p.feed(bytes, len) != len) abort();
        drain(p, whole);
        finish(p, whole);
    }

    // The same bytes in pieces, draining after every feed as the sessions do.
    Outcome pieces;
    {
        Parser p(limits);
        const bool stop = mode & 0x10;
        const qsizetype maxPiece = (split & 7) == 7 ? len : qsizetype(1) << (split & 7);
        uint32_t state = 0x9e3779b9u ^ uint32_t(split >> 3);
        qsizetype pos = 0;
        while (pos < len) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const qsizetype piece = qMin(len - pos, 1 + qsizetype(state % uint32_t(maxPiece)));
            const qsizetype used = p.feed(bytes + pos, piece, stop);
            if (used <= 0 || used > piece || (!stop && used != piece)) {
                fprintf(stderr, "fuzz_imap_parser: feed(%lld bytes) returned %lld\n",
                        static_cast<long long>(piece), static_cast<long long>(used));
                abort();
            }
            pos += used;
            drain(p, pieces);
        }
        finish(p, pieces);
    }

    if (whole.responses != pieces.responses) fail("responses differ", whole, pieces);
    // Which limit is reported when one segment crosses both the line and the response limit
    // depends on where the segment ends (the line limit is checked first); either is right.
    const auto isLimit = [](const QString &e) {
        return e.contains(QLatin1String("than the limit"));
    };
    if (whole.error != pieces.error && !(isLimit(whole.error) && isLimit(pieces.error)))
        fail("errors differ", whole, pieces);
    if (whole.buffered != pieces.buffered || whole.literalRemaining != pieces.literalRemaining)
        fail("buffered state differs", whole, pieces);
    if (whole.error.isEmpty() && whole.responseBytes + whole.buffered != len)
        fail("bytes lost or duplicated", whole, pieces);

    // The whole input as one response, as tests and tools call it.
    QString fatal;
    const Response r = Parser::parseComplete(QByteArray::fromRawData(bytes, len), limits, &fatal);
    (void)dump(r);
    return 0;
}
