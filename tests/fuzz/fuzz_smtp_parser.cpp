// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// fuzz_smtp_parser: the incremental SMTP reply parser (app/smtp/SmtpParser), as a client reads
// a server: feed() in pieces (split points chosen by the input), next() until drained,
// Reply::text() and isPositive() on every reply, Parser::enhancedCode() on every line and on
// the whole input.
//
// Input: byte 0 = mode, byte 1 = split, the rest = server bytes.
//   mode bits 0-1 == 3: small Limits (one of four presets, bits 2-3), so every limit path is hit;
//   mode bit 4: feed the pieces with stopAfterReply=true (the STARTTLS path).
//   split: pieces of 1..2^(split&7) bytes from a PRNG seeded by split>>3 (split&7 == 7: one piece).
//
// Besides crashes and sanitizer reports it checks properties, and aborts when one fails:
//   - the pieces give exactly the replies and error of one whole feed;
//   - feed() consumes within bounds and always makes progress;
//   - every reply has a code 200..599, at least one line, and an enhanced code that
//     enhancedCode() accepts and its first line starts with.
#include "smtp/SmtpParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailscope::smtp;

namespace {

Limits limitsFor(uint8_t mode)
{
    Limits l;
    if ((mode & 3) != 3) return l;
    switch ((mode >> 2) & 3) {
    case 0:
        l.maxLineLength = 4;
        l.maxLines = 1;
        l.maxUnansweredReplies = 1;
        break;
    case 1:
        l.maxLineLength = 16;
        l.maxLines = 2;
        l.maxUnansweredReplies = 2;
        break;
    case 2:
        l.maxLineLength = 80;
        l.maxLines = 5;
        l.maxUnansweredReplies = 3;
        break;
    default:
        l.maxLineLength = 512;
        l.maxLines = 20;
        l.maxUnansweredReplies = 10;
        break;
    }
    return l;
}

void check(const Reply &r)
{
    if (r.code < 200 || r.code > 599 || r.lines.isEmpty()) {
        fprintf(stderr, "fuzz_smtp_parser: reply with code %d and %lld lines\n", r.code,
                static_cast<long long>(r.lines.size()));
        abort();
    }
    if (!r.enhanced.isEmpty() && (Parser::enhancedCode(r.enhanced) != r.enhanced ||
                                  !r.lines.first().startsWith(r.enhanced))) {
        fprintf(stderr, "fuzz_smtp_parser: enhanced code '%s' not from the first line '%s'\n",
                r.enhanced.constData(), r.lines.first().constData());
        abort();
    }
}

QByteArray dump(const Reply &r)
{
    check(r);
    QByteArray s = QByteArray::number(r.code) + '|' + r.enhanced + '|' +
                   QByteArray::number(r.bytes) + (r.isPositive() ? "|+|" : "|-|");
    for (const auto &l : r.lines)
        s += l + '|' + Parser::enhancedCode(l) + '|';
    return s + r.text() + '\n';
}

struct Outcome
{
    QByteArray replies;
    QString error;
};

void drain(Parser &p, Outcome &o)
{
    Reply r;
    while (p.next(r))
        o.replies += dump(r);
    if (p.hasPending()) abort(); // next() returned false with replies queued
}

void fail(const char *what, const Outcome &a, const Outcome &b)
{
    fprintf(stderr,
            "fuzz_smtp_parser: %s\n--- one feed (error '%s'):\n%s\n"
            "--- pieces (error '%s'):\n%s\n",
            what, qPrintable(a.error), a.replies.constData(), qPrintable(b.error),
            b.replies.constData());
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

    Outcome whole;
    {
        Parser p(limits);
        if (p.feed(bytes, len) != len) abort();
        drain(p, whole);
        whole.error = p.errorString();
        if (p.hasError() != !whole.error.isEmpty()) abort();
    }

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
                fprintf(stderr, "fuzz_smtp_parser: feed(%lld bytes) returned %lld\n",
                        static_cast<long long>(piece), static_cast<long long>(used));
                abort();
            }
            pos += used;
            drain(p, pieces);
        }
        pieces.error = p.errorString();
    }

    if (whole.replies != pieces.replies) fail("replies differ", whole, pieces);
    if (whole.error != pieces.error) fail("errors differ", whole, pieces);

    (void)Parser::enhancedCode(QByteArray::fromRawData(bytes, len));
    return 0;
}
