// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Throughput benchmark for mailscope::imap::Parser (not a test; see bench/README.md).
//
//   bench_imapparser STREAM_FILE [REPEATS] [--expect N] [--chunk BYTES]
//
// Loads STREAM_FILE (a raw IMAP server byte stream, e.g. from bench/gen_streams.py) into
// memory, then REPEATS times (default 5) feeds it to a fresh Parser in CHUNK-byte pieces
// (default 16384, like socket reads), draining complete responses with next() after every
// feed. Prints one JSON line with the best (lowest) wall time on stdout.
//
// Exit status: 0 on success; 1 for usage or I/O errors; 2 if the parser reported a fatal
// error, delivered a response with parseError set, left bytes unconsumed, or the response
// count differs from --expect (or between repetitions).

#include "imap/ImapParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <limits>

using mailscope::imap::Limits;
using mailscope::imap::Parser;
using mailscope::imap::Response;

namespace {

struct RunResult
{
    qint64 nsecs = 0;
    qint64 responses = 0;
    qint64 malformed = 0;
    qint64 literalBytes = 0;
    bool endsWithTaggedOk = false;
    QString error;
};

RunResult runOnce(const QByteArray &stream, qsizetype chunk, const Limits &limits)
{
    RunResult res;
    QElapsedTimer timer;
    timer.start();

    Parser parser(limits);
    Response r;
    const char *data = stream.constData();
    const qsizetype total = stream.size();
    for (qsizetype pos = 0; pos < total; pos += chunk) {
        const qsizetype n = qMin(chunk, total - pos);
        parser.feed(data + pos, n);
        if (parser.hasError()) {
            res.error = parser.errorString();
            break;
        }
        while (parser.next(r)) {
            ++res.responses;
            if (!r.parseError.isEmpty()) ++res.malformed;
            // Touch the payload the way a client would, so nothing is optimised away.
            if (const auto *body = r.fetchItem("BODY[]")) res.literalBytes += body->str.size();
            res.endsWithTaggedOk = r.kind == Response::Tagged && r.isOk();
        }
    }

    res.nsecs = timer.nsecsElapsed();
    if (res.error.isEmpty() && (parser.bufferedBytes() != 0 || parser.literalRemaining() != 0))
        res.error = QStringLiteral("stream ended inside a response (%1 bytes buffered)")
                        .arg(parser.bufferedBytes());
    return res;
}

QByteArray jsonEscape(const QByteArray &in)
{
    QByteArray out;
    for (const char c : in) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: bench_imapparser STREAM_FILE [REPEATS] [--expect N] [--chunk BYTES]\n");
    std::exit(1);
}

qint64 parsePositive(const char *text)
{
    bool ok = false;
    const qint64 v = QByteArray(text).toLongLong(&ok);
    if (!ok || v <= 0) usage();
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    QString path;
    int repeats = 5;
    qint64 expect = -1;
    qsizetype chunk = 16 * 1024;
    bool haveRepeats = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--expect" && i + 1 < argc) {
            expect = parsePositive(argv[++i]);
        } else if (arg == "--chunk" && i + 1 < argc) {
            chunk = qsizetype(parsePositive(argv[++i]));
        } else if (arg.startsWith('-')) {
            usage();
        } else if (path.isEmpty()) {
            path = QString::fromLocal8Bit(arg);
        } else if (!haveRepeats) {
            const qint64 v = parsePositive(argv[i]);
            repeats = int(qMin<qint64>(v, 1000));
            haveRepeats = true;
        } else {
            usage();
        }
    }
    if (path.isEmpty()) usage();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_imapparser: cannot open %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 1;
    }
    const QByteArray stream = file.readAll();
    file.close();
    if (stream.isEmpty()) {
        std::fprintf(stderr, "bench_imapparser: %s is empty\n", qPrintable(path));
        return 1;
    }

    // Defaults are for interactive use; make sure the literal stream (up to 1 MiB per
    // message) fits with plenty of room.
    Limits limits;
    limits.maxLiteralSize = qint64(16) << 20;
    limits.maxResponseSize = qsizetype(32) << 20;

    qint64 best = std::numeric_limits<qint64>::max();
    qint64 responses = -1;
    qint64 literalBytes = 0;
    for (int rep = 0; rep < repeats; ++rep) {
        const RunResult res = runOnce(stream, chunk, limits);
        if (!res.error.isEmpty()) {
            std::fprintf(stderr, "bench_imapparser: parser error after %lld responses: %s\n",
                         static_cast<long long>(res.responses), qPrintable(res.error));
            return 2;
        }
        if (res.malformed > 0) {
            std::fprintf(stderr, "bench_imapparser: %lld responses had parseError set\n",
                         static_cast<long long>(res.malformed));
            return 2;
        }
        if (!res.endsWithTaggedOk) {
            std::fprintf(stderr, "bench_imapparser: stream did not end with a tagged OK\n");
            return 2;
        }
        if (responses >= 0 && res.responses != responses) {
            std::fprintf(stderr, "bench_imapparser: response count changed between runs\n");
            return 2;
        }
        responses = res.responses;
        literalBytes = res.literalBytes;
        best = qMin(best, res.nsecs);
    }
    if (expect >= 0 && responses != expect) {
        std::fprintf(stderr, "bench_imapparser: expected %lld responses, got %lld\n",
                     static_cast<long long>(expect), static_cast<long long>(responses));
        return 2;
    }

    const double seconds = double(qMax<qint64>(best, 1)) / 1e9;
    const QByteArray name = jsonEscape(QFileInfo(path).completeBaseName().toUtf8());
    std::printf("{\"impl\":\"mailscope\",\"stream\":\"%s\",\"bytes\":%lld,\"responses\":%lld,"
                "\"literal_bytes\":%lld,\"repeats\":%d,\"chunk\":%lld,\"best_s\":%.6f,"
                "\"mb_per_s\":%.2f,\"responses_per_s\":%.0f}\n",
                name.constData(), static_cast<long long>(stream.size()),
                static_cast<long long>(responses), static_cast<long long>(literalBytes), repeats,
                static_cast<long long>(chunk), seconds, double(stream.size()) / 1e6 / seconds,
                double(responses) / seconds);
    return 0;
}
