// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// What masking echoed secrets costs on a logged-in connection (not a test; see bench/README.md).
//
//   bench_secretecho [MEBIBYTES] [REPEATS]
//
// Builds a FETCH stream of MEBIBYTES (default 64) in memory and feeds it in 16 KiB reads to
// the IMAP parser, side by side in one run: (a) as before secrets were masked, (b) with what
// Connection now does per read after a login (SecretEcho::pass: hold back, mask, blank), the
// SecretEcho having learnt a LOGIN password and an AUTHENTICATE PLAIN blob. Twice: plain mail,
// and mail where every 64th message quotes the password. Prints the best of REPEATS (default
// 5) for each and their ratio.
#include "imap/ImapParser.h"
#include "net/SecretEcho.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace mailscope;

namespace {

const QByteArray kPassword("Corr3ct-h0rse-battery");

// A FETCH stream of about `bytes`; with `echoEvery` > 0 every so many message bodies begin
// with the password (same length: literal sizes stay right).
QByteArray stream(qint64 bytes, int echoEvery = 0)
{
    QByteArray body;
    for (int i = 0; body.size() < 4096; ++i)
        body += "Lorem ipsum dolor sit amet " + QByteArray::number(i * 7919) + ", consectetur.\r\n";
    body.truncate(4096);
    QByteArray out;
    out.reserve(bytes + 8192);
    QByteArray echoing = body;
    echoing.replace(0, kPassword.size(), kPassword);
    for (int n = 1; out.size() < bytes; ++n)
        out += "* " + QByteArray::number(n) + " FETCH (UID " + QByteArray::number(n + 1000) +
               " BODY[] {4096}\r\n" + (echoEvery > 0 && n % echoEvery == 0 ? echoing : body) +
               ")\r\n";
    out += "a5 OK FETCH completed\r\n";
    return out;
}

qint64 run(const QByteArray &data, const SecretEcho *echo, qint64 *responses)
{
    QElapsedTimer t;
    t.start();
    imap::Parser parser{imap::Limits()};
    imap::Response r;
    QByteArray tail; // as Connection keeps it: the first `delivered` bytes went on already
    qsizetype delivered = 0;
    *responses = 0;
    constexpr qsizetype chunk = 16 * 1024;
    for (qsizetype pos = 0; pos < data.size(); pos += chunk) {
        QByteArray in = data.mid(pos, chunk);
        if (echo) {
            // As Connection::received() does per read: one pass.
            const QByteArray all = tail + in;
            const SecretEcho::Pass p =
                echo->pass(all, SecretEcho::marker(), SecretEcho::Tail::Hold, delivered);
            tail = all.right(p.keep);
            delivered = p.keep - p.held;
            in = p.parsed;
            if (p.shown.size() > in.size() + 4096) std::abort(); // keep `shown` alive
        }
        parser.feed(in.constData(), in.size());
        while (parser.next(r))
            ++*responses;
    }
    if (delivered < tail.size()) parser.feed(tail.constData() + delivered, tail.size() - delivered);
    while (parser.next(r))
        ++*responses;
    return t.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mib = argc > 1 ? std::atoll(argv[1]) : 64;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    if (mib <= 0 || repeats <= 0) {
        std::fprintf(stderr, "usage: bench_secretecho [MEBIBYTES] [REPEATS]\n");
        return 1;
    }
    SecretEcho echo;
    echo.learnSend("a3 LOGIN fred \"" + kPassword + "\"\r\n", "a3 LOGIN fred \"<redacted>\"\r\n");
    echo.learnSend("a4 AUTHENTICATE PLAIN " +
                       QByteArray(QByteArray("\0fred\0", 6) + kPassword).toBase64() + "\r\n",
                   "a4 AUTHENTICATE PLAIN <redacted>\r\n");
    // Plain mail, then mail where every 64th message quotes the password (the slow path).
    for (const int every : {0, 64}) {
        const QByteArray data = stream(mib << 20, every);
        qint64 best[2] = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
        qint64 counts[2] = {0, 0};
        for (int i = 0; i < repeats; ++i)
            for (int k = 0; k < 2; ++k) // side by side, alternating
                best[k] = std::min(best[k], run(data, k ? &echo : nullptr, &counts[k]));
        if (counts[0] != counts[1]) {
            std::fprintf(stderr, "response counts differ: %lld vs %lld\n", counts[0], counts[1]);
            return 2;
        }
        const double mb = double(data.size()) / (1 << 20);
        std::printf("{\"stream\": \"%s\", \"mebibytes\": %.1f, \"responses\": %lld, "
                    "\"parser_only_mib_s\": %.1f, \"with_echo_masking_mib_s\": %.1f, "
                    "\"time_ratio\": %.3f}\n",
                    every ? "password in every 64th message" : "plain mail", mb, counts[0],
                    mb / (best[0] / 1e9), mb / (best[1] / 1e9), double(best[1]) / double(best[0]));
    }
    return 0;
}
