// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Ghost scan throughput against a real IMAP server (bench/bench_ghostscan.sh starts a Dovecot
// seeded with 10,000 messages on loopback). In one run, best of N each:
//   (a) engine: GhostsCheck through Runner/Context (--checks ghosts --mailbox INBOX); the time
//       from the header FETCH being sent to its tagged reply, from transcript timestamps
//   (b) raw:    the same UID FETCH over a plain QSslSocket, reading until the tagged OK, no parsing
//   (c) naive:  one UID FETCH uid (...) round trip per message through the engine's imap::Session
// Environment (as printed by tests/servers/dovecot.sh): IMAPS_PORT, CA_FILE, USER, PASSWORD.
#include "imap/ImapSession.h"
#include "net/Connection.h"
#include "probes/Runner.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <cstdio>
#include <limits>

using namespace mailscope;

namespace {

const QByteArray kItems =
    QByteArrayLiteral("(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])");
const int kTimeoutMs = 120000;

struct Setup
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QList<QSslCertificate> ca;
    QByteArray user;
    QByteArray password;
    QString mailbox = QStringLiteral("INBOX");
};

[[noreturn]] void die(const QString &msg)
{
    std::fprintf(stderr, "bench_ghostscan: %s\n", qPrintable(msg));
    std::exit(2);
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// (a) The check as users run it; returns the header FETCH time in seconds.
struct EngineRun
{
    double fetchS = -1;
    double wholeS = -1; // connect, TLS, login, EXAMINE, both FETCHes, UNSELECT, LOGOUT
    QString summary;
    quint64 bytes = 0;
};

EngineRun runEngine(const Setup &s)
{
    DiagnoseOptions o;
    const QString err = Target::parse(
        QStringLiteral("imaps://%1@%2:%3").arg(QString::fromLatin1(s.user), s.host).arg(s.port),
        &o.target);
    if (!err.isEmpty()) die(err);
    o.password = s.password;
    o.havePassword = true;
    o.checks = {QStringLiteral("ghosts")};
    o.mailbox = s.mailbox;
    o.tls.extraCa = s.ca;
    o.silenceSeconds = 60;
    Transcript t;
    Runner runner(o, &t);
    QElapsedTimer whole;
    whole.start();
    const Report rep = runner.run();
    EngineRun out;
    out.wholeS = double(whole.nsecsElapsed()) / 1e9;
    for (const auto &c : rep.checks)
        if (c.id == QLatin1String("ghosts")) {
            out.summary = c.summary;
            if (c.status != CheckStatus::Pass) die(QStringLiteral("ghost scan: %1").arg(c.summary));
        }
    const auto events = t.snapshot();
    int sendAt = -1;
    QByteArray tag;
    for (int i = 0; i < int(events.size()); ++i) {
        const Event &e = events[size_t(i)];
        if (e.kind == EventKind::Send && e.data.contains("BODY.PEEK[HEADER.FIELDS")) {
            sendAt = i;
            tag = e.data.left(e.data.indexOf(' '));
        }
    }
    if (sendAt < 0) die(QStringLiteral("no header FETCH in the transcript"));
    const QByteArray tagged = "\r\n" + tag + " OK";
    QByteArray tail;
    for (size_t i = size_t(sendAt) + 1; i < events.size(); ++i) {
        const Event &e = events[i];
        if (e.kind != EventKind::Receive || e.conn != events[size_t(sendAt)].conn) continue;
        out.bytes += quint64(e.data.size());
        if (QByteArray(tail + e.data).contains(tagged)) {
            out.fetchS = double(e.tUs - events[size_t(sendAt)].tUs) / 1e6;
            break;
        }
        tail = e.data.right(tagged.size());
    }
    if (out.fetchS < 0) die(QStringLiteral("no tagged reply to the header FETCH"));
    return out;
}

// (b) A raw TLS socket: write the command, read until the tagged OK. No parsing.
struct RawRun
{
    double fetchS = -1;
    quint64 bytes = 0;
};

QByteArray readUntil(QSslSocket &sock, const QByteArray &needle, quint64 *count = nullptr)
{
    QByteArray tail;
    QElapsedTimer t;
    t.start();
    for (;;) {
        const QByteArray chunk = sock.readAll();
        if (!chunk.isEmpty()) {
            if (count) *count += quint64(chunk.size());
            const QByteArray joined = tail + chunk; // a needle may straddle two reads
            if (joined.contains(needle)) return joined.right(512);
            tail = chunk.right(needle.size());
            continue;
        }
        if (t.elapsed() > kTimeoutMs || sock.state() != QAbstractSocket::ConnectedState)
            die(QStringLiteral("raw socket: no \"%1\" (%2)")
                    .arg(QString::fromLatin1(needle.trimmed()), sock.errorString()));
        sock.waitForReadyRead(1000);
    }
}

RawRun runRaw(const Setup &s)
{
    QSslSocket sock;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(s.ca);
    sock.setSslConfiguration(conf);
    sock.connectToHostEncrypted(s.host, s.port);
    if (!sock.waitForEncrypted(15000)) die(QStringLiteral("raw TLS: %1").arg(sock.errorString()));
    readUntil(sock, "\r\n");
    sock.write("r1 LOGIN \"" + s.user + "\" \"" + s.password + "\"\r\n");
    readUntil(sock, "r1 OK");
    sock.write("r2 EXAMINE " + s.mailbox.toUtf8() + "\r\n");
    readUntil(sock, "r2 OK");
    RawRun out;
    QElapsedTimer t;
    t.start();
    sock.write("r3 UID FETCH 1:* " + kItems + "\r\n");
    sock.flush();
    readUntil(sock, "\r\nr3 OK", &out.bytes);
    out.fetchS = double(t.nsecsElapsed()) / 1e9;
    sock.write("r4 LOGOUT\r\n");
    sock.flush();
    sock.waitForDisconnected(2000);
    return out;
}

// (c) What a naive client does: one round trip per message, through the engine.
struct NaiveRun
{
    double fetchS = -1;
    int messages = 0;
};

NaiveRun runNaive(const Setup &s)
{
    Transcript t;
    TlsPolicy tls;
    tls.extraCa = s.ca;
    Connection conn(&t, tls);
    if (!conn.open(s.host, s.port, true, 15000)) die(QStringLiteral("naive: cannot connect"));
    imap::Session session(&conn, 60000);
    if (!session.readGreeting().completed) die(QStringLiteral("naive: no greeting"));
    if (!session.login(s.user, s.password).ok()) die(QStringLiteral("naive: login"));
    if (!session.execute("EXAMINE", {imap::Arg::string(s.mailbox.toUtf8())}).ok())
        die(QStringLiteral("naive: EXAMINE"));
    std::vector<quint64> uids;
    {
        const imap::Result r = session.execute("UID FETCH", {imap::Arg::raw("1:* (UID)")});
        for (const auto &u : r.untagged)
            if (const imap::Value *v = u.fetchItem("UID")) uids.push_back(v->toNumber());
    }
    NaiveRun out;
    QElapsedTimer timer;
    timer.start();
    for (quint64 uid : uids) {
        const imap::Result r =
            session.execute("UID FETCH", {imap::Arg::raw(QByteArray::number(uid) + ' ' + kItems)});
        if (!r.ok() || r.untagged.empty()) die(QStringLiteral("naive: UID %1").arg(uid));
        ++out.messages;
    }
    out.fetchS = double(timer.nsecsElapsed()) / 1e9;
    session.setSilenceMs(3000);
    session.execute("LOGOUT");
    conn.close();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int repeats = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeats") && i + 1 < args.size())
            repeats = qBound(1, args[++i].toInt(), 20);
        else
            die(QStringLiteral("usage: bench_ghostscan [--repeats N] (environment: IMAPS_PORT, "
                               "CA_FILE, USER, PASSWORD; see bench/bench_ghostscan.sh)"));
    }
    Setup s;
    s.port = quint16(qEnvironmentVariableIntValue("IMAPS_PORT"));
    s.ca = QSslCertificate::fromPath(qEnvironmentVariable("CA_FILE"), QSsl::Pem);
    s.user = qgetenv("USER");
    s.password = qgetenv("PASSWORD");
    if (!s.port || s.ca.isEmpty() || s.user.isEmpty() || s.password.isEmpty())
        die(QStringLiteral("set IMAPS_PORT, CA_FILE, USER and PASSWORD (bench_ghostscan.sh does)"));

    runRaw(s); // warm-up: Dovecot builds its index cache on the first header FETCH
    double bestA = std::numeric_limits<double>::max(), bestB = bestA, bestC = bestA;
    double bestWhole = bestA;
    long rssAfterEngine = -1;
    EngineRun lastA;
    RawRun lastB;
    NaiveRun lastC;
    for (int i = 0; i < repeats; ++i) {
        lastA = runEngine(s);
        if (rssAfterEngine < 0) rssAfterEngine = peakRssKb();
        lastB = runRaw(s);
        lastC = runNaive(s);
        bestA = qMin(bestA, lastA.fetchS);
        bestWhole = qMin(bestWhole, lastA.wholeS);
        bestB = qMin(bestB, lastB.fetchS);
        bestC = qMin(bestC, lastC.fetchS);
        std::fprintf(stderr,
                     "round %d: engine %.3f s (whole check %.3f s), raw %.3f s, per-message "
                     "%.3f s\n",
                     i + 1, lastA.fetchS, lastA.wholeS, lastB.fetchS, lastC.fetchS);
    }
    const double ab = bestA / bestB, ca = bestC / bestA;
    std::printf("{\"messages\":%d,\"repeats\":%d,\"engine_fetch_s\":%.4f,\"engine_check_s\":%.4f,"
                "\"raw_fetch_s\":%.4f,\"per_message_s\":%.4f,\"engine_over_raw\":%.3f,"
                "\"per_message_over_engine\":%.1f,\"fetch_bytes\":%llu,\"peak_rss_kb_after_"
                "engine\":%ld,\"summary\":\"%s\"}\n",
                lastC.messages, repeats, bestA, bestWhole, bestB, bestC, ab, ca,
                static_cast<unsigned long long>(lastB.bytes), rssAfterEngine,
                qPrintable(lastA.summary));
    std::printf("\n%-44s %10s\n", "measurement (best of N)", "seconds");
    std::printf("%-44s %10.3f\n", "(a) engine: header FETCH, send -> tagged OK", bestA);
    std::printf("%-44s %10.3f\n", "    engine: whole check incl. login", bestWhole);
    std::printf("%-44s %10.3f\n", "(b) raw socket: same FETCH, no parsing", bestB);
    std::printf("%-44s %10.3f\n", "(c) one UID FETCH round trip per message", bestC);
    std::printf("(a)/(b) = %.2f (limit 1.20: %s)   (c)/(a) = %.1f\n", ab,
                ab <= 1.2 ? "ok" : "ABOVE", ca);
    return ab <= 1.2 ? 0 : 1;
}
