// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/Pcapng.h"

#include "report/Summary.h"
#include "report/TextSafety.h"

#include <QDateTime>
#include <QStringList>
#include <QtEndian>
#include <algorithm>
#include <map>

// Not translated, on purpose: the packet and section comments are protocol evidence for the
// experts who open the capture in Wireshark (the provider's admins, anywhere), next to the
// transcript's own English notes and the server's bytes. One language for everyone who reads
// the same capture, and stable text for display filters (frame.comment contains "…").

namespace mailscope {

namespace pcap {
quint16 capturePort(const Target &target, bool implicitTls)
{
    if (!implicitTls) return target.port;
    return target.protocol == Protocol::Imap ? 143 : 587;
}
} // namespace pcap

namespace {

constexpr quint8 kFin = 0x01, kSyn = 0x02, kRst = 0x04, kPsh = 0x08, kAck = 0x10;
constexpr quint16 kWindow = 65535;
// A receiver acknowledges at least this often within a long run of data, so the capture never
// has more in flight than the window it announced.
constexpr quint32 kAckEvery = 32768;
constexpr int kCommentMax = 240;
constexpr qsizetype kCommentsPerPacket = 2000; // x kCommentMax: far below a block's limit

template <typename T> void put(QByteArray &b, T v) // little-endian (pcapng blocks)
{
    char x[sizeof(T)];
    qToLittleEndian(v, x);
    b.append(x, sizeof(T));
}
template <typename T> void putBe(QByteArray &b, T v) // network order (IP, TCP)
{
    char x[sizeof(T)];
    qToBigEndian(v, x);
    b.append(x, sizeof(T));
}
void put16(QByteArray &b, quint16 v)
{
    put(b, v);
}
void put32(QByteArray &b, quint32 v)
{
    put(b, v);
}
void be16(QByteArray &b, quint16 v)
{
    putBe(b, v);
}
void be32(QByteArray &b, quint32 v)
{
    putBe(b, v);
}

void pad4(QByteArray &b)
{
    while (b.size() % 4)
        b.append('\0');
}

void option(QByteArray &b, quint16 code, const QByteArray &value)
{
    // An option holds at most 65535 bytes; longer text (a host name from a crafted report) is
    // cut at a UTF-8 character boundary rather than corrupting the block.
    qsizetype n = std::min<qsizetype>(value.size(), 65535);
    if (n < value.size())
        while (n > 0 && (uchar(value[n]) & 0xC0) == 0x80)
            --n;
    put16(b, code);
    put16(b, quint16(n));
    b.append(value.constData(), n);
    pad4(b);
}

// A pcapng block: type, total length, body, total length again.
QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray b;
    const quint32 len = quint32(12 + body.size());
    put32(b, type);
    put32(b, len);
    b.append(body);
    put32(b, len);
    return b;
}

quint16 checksum(const QByteArray &data, quint32 sum = 0)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i + 1 < n; i += 2)
        sum += quint32(p[i] << 8 | p[i + 1]);
    if (n % 2) sum += quint32(p[n - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

struct Packet
{
    qint64 tUs = 0;
    QByteArray ip; // the whole IPv4 datagram
    QStringList comments;
};

struct Side
{
    quint32 addr = 0;
    quint16 port = 0;
    quint32 next = 0;  // next sequence number to send
    quint32 acked = 0; // the last acknowledgement this side sent
    quint16 ipId = 0;
};

struct Conn
{
    Side client, server;
    bool started = false;   // SYN written
    bool connected = false; // handshake complete
    bool closed = false;
    bool implicitTls = false;
    int lastPacket = -1;
    QStringList pending; // what Mailscope saw between packets, for the next packet
};

QString firstLine(const QString &text)
{
    QString l = text.section(QLatin1Char('\n'), 0, 0);
    if (l.endsWith(QLatin1Char('\r'))) l.chop(1);
    for (QChar &c : l)
        if (isControlChar(c.unicode()) || isBidiControl(c.unicode())) c = QChar(0xfffd);
    if (l.size() > kCommentMax) l = l.left(kCommentMax - 1) + QChar(0x2026);
    return l;
}

QString stamp(const Event &e)
{
    return QStringLiteral("[%1 s] ").arg(double(e.tUs) / 1e6, 0, 'f', 6);
}

class Builder
{
public:
    Builder(const Report &r, const std::vector<Event> &events) : m_r(r), m_events(events) {}

    std::vector<Packet> run()
    {
        // Which connections spoke TLS before any data: implicit TLS (imaps, smtps).
        std::map<int, bool> seenData;
        for (const Event &e : m_events) {
            if (e.conn <= 0) continue;
            if (e.kind == EventKind::Send || e.kind == EventKind::Receive) seenData[e.conn] = true;
            if (e.kind == EventKind::Tls && !seenData[e.conn]) m_conns[e.conn].implicitTls = true;
        }
        // For each event, whether the next packet-making event of its connection is data sent
        // by the other side (which then carries the acknowledgement itself).
        std::vector<EventKind> nextKind(m_events.size(), EventKind::Note);
        std::map<int, EventKind> after;
        for (size_t i = m_events.size(); i-- > 0;) {
            const Event &e = m_events[i];
            const auto it = after.find(e.conn);
            nextKind[i] = it == after.end() ? EventKind::Note : it->second;
            if (e.kind == EventKind::Send || e.kind == EventKind::Receive ||
                e.kind == EventKind::Close || e.kind == EventKind::Reset)
                after[e.conn] = e.kind;
        }
        for (size_t i = 0; i < m_events.size(); ++i)
            handle(m_events[i], nextKind[i]);
        // Whatever was seen after a connection's last packet goes onto that packet.
        for (auto &[id, c] : m_conns)
            if (!c.pending.isEmpty() && c.lastPacket >= 0)
                m_packets[size_t(c.lastPacket)].comments << c.pending;
        if (!m_runNotes.isEmpty() && !m_packets.empty()) m_packets.back().comments << m_runNotes;
        return std::move(m_packets);
    }

    int connections() const { return m_streams; }

private:
    void handle(const Event &e, EventKind next)
    {
        if (e.conn <= 0) {
            m_runNotes << stamp(e) + QStringLiteral("run: ") + firstLine(e.safeDisplayText());
            return;
        }
        Conn &c = m_conns[e.conn];
        if (!c.started) {
            start(c, e);
            // The SYN's comment tells this event already, unless it makes packets itself.
            if (e.kind != EventKind::Connect && e.kind != EventKind::Send &&
                e.kind != EventKind::Receive)
                return;
        }
        if (c.closed) {
            c.pending << stamp(e) + QStringLiteral("after the end: ") +
                             firstLine(e.safeDisplayText());
            return;
        }
        switch (e.kind) {
        case EventKind::Connect:
            if (!c.connected) handshake(c, e);
            return;
        case EventKind::Send:
        case EventKind::Receive:
            if (!c.connected) handshake(c, e);
            data(c, e, next);
            return;
        case EventKind::Close:
            if (!c.connected) break;
            finish(c, e, e.fact == EventFact::PeerClosed ? Who::Server : Who::Client, kFin);
            return;
        case EventKind::Reset:
            if (!c.connected) break;
            finish(c, e, Who::Server, kRst);
            return;
        case EventKind::Timeout:
            if (!c.connected) break;
            finish(c, e, Who::Client, kRst);
            return;
        case EventKind::Error:
            if (e.fact == EventFact::ProtocolError && c.connected) {
                finish(c, e, Who::Client, kRst);
                return;
            }
            break;
        case EventKind::Tls:
            c.pending << stamp(e) + firstLine(e.safeDisplayText()) +
                             (e.fact == EventFact::TlsEstablished
                                  ? QStringLiteral(" — from here on this stream is the "
                                                   "decrypted plaintext Mailscope saw")
                                  : QString());
            return;
        case EventKind::Note:
            break;
        }
        c.pending << stamp(e) + firstLine(e.safeDisplayText());
    }

    enum class Who
    {
        Client,
        Server
    };

    void start(Conn &c, const Event &e)
    {
        c.started = true;
        ++m_streams;
        c.client.addr = pcap::kClientAddress;
        c.server.addr = pcap::kServerAddress;
        c.client.port = quint16(40000 + (e.conn % 20000));
        c.server.port = pcap::capturePort(m_r.target, c.implicitTls);
        c.client.next = 0x10000000u + quint32(e.conn) * 0x01000000u;
        c.server.next = 0x80000000u + quint32(e.conn) * 0x01000000u;
        QStringList say;
        // One arg() call: a "%1" in a host read from a report must not take another's place.
        say << QStringLiteral("Mailscope connection #%1 to %2 port %3%4 (synthetic TCP/IP built "
                              "from the transcript; %5 stands for Mailscope, %6 for the server)")
                   .arg(QString::number(e.conn), firstLine(m_r.target.host),
                        QString::number(m_r.target.port),
                        c.implicitTls ? QStringLiteral(" with TLS") : QString(),
                        QStringLiteral("192.0.2.1"), QStringLiteral("198.51.100.1"));
        if (c.implicitTls)
            say << QStringLiteral("implicit TLS on port %1: shown as the decrypted plaintext on "
                                  "port %2")
                       .arg(m_r.target.port)
                       .arg(c.server.port);
        if (e.kind != EventKind::Connect) say << stamp(e) + firstLine(e.safeDisplayText());
        emitPacket(c, Who::Client, kSyn, {}, e.tUs, say, true);
        c.client.next += 1;
    }

    void handshake(Conn &c, const Event &e)
    {
        c.connected = true;
        const QString what = e.kind == EventKind::Connect ? firstLine(e.safeDisplayText())
                                                          : QStringLiteral("connected");
        emitPacket(c, Who::Server, kSyn | kAck, {}, e.tUs,
                   {stamp(e) + what + QStringLiteral(" (SYN-ACK: synthetic)")}, true);
        c.server.next += 1;
        emitPacket(c, Who::Client, kAck, {}, e.tUs, {QStringLiteral("handshake complete")});
    }

    void data(Conn &c, const Event &e, EventKind next)
    {
        const bool fromClient = e.kind == EventKind::Send;
        const Who who = fromClient ? Who::Client : Who::Server;
        Side &me = fromClient ? c.client : c.server;
        const QString dir = fromClient ? QStringLiteral("C") : QStringLiteral("S");
        if (e.fact == EventFact::Omitted) {
            // Counted, not kept: the sequence numbers move on, the bytes are missing (as in a
            // capture that lost them), and the comment says why.
            me.next += quint32(e.omittedBytes);
            c.pending << stamp(e) + QStringLiteral("%1: %2 bytes not kept (over the transcript "
                                                   "size limit); missing from this capture")
                                        .arg(dir)
                                        .arg(e.omittedBytes);
            return;
        }
        const QByteArray &bytes = e.safeData();
        if (bytes.isEmpty()) return;
        const int segments = int((bytes.size() + pcap::kMaxSegment - 1) / pcap::kMaxSegment);
        QString say = stamp(e) + QStringLiteral("#%1 %2 ").arg(e.conn).arg(dir) +
                      firstLine(e.safeDisplayText());
        if (e.secret)
            say += QStringLiteral(" (carries a secret: redacted here as in the transcript)");
        Side &peer = fromClient ? c.server : c.client;
        for (int s = 0; s < segments; ++s) {
            const QByteArray seg = bytes.mid(qsizetype(s) * pcap::kMaxSegment, pcap::kMaxSegment);
            QStringList comments;
            if (s == 0) comments << say;
            if (segments > 1)
                comments << QStringLiteral("segment %1 of %2 of %3 bytes")
                                .arg(s + 1)
                                .arg(segments)
                                .arg(bytes.size());
            const bool last = s + 1 == segments;
            emitPacket(c, who, quint8(kAck | (last ? kPsh : 0)), seg, e.tUs, comments);
            me.next += quint32(seg.size());
            if (!last && me.next - peer.acked >= kAckEvery)
                emitPacket(c, fromClient ? Who::Server : Who::Client, kAck, {}, e.tUs, {});
        }
        // The receiver acknowledges, unless its own data comes next and carries the ACK.
        const EventKind answer = fromClient ? EventKind::Receive : EventKind::Send;
        if (next != answer && me.next != peer.acked)
            emitPacket(c, fromClient ? Who::Server : Who::Client, kAck, {}, e.tUs, {});
    }

    void finish(Conn &c, const Event &e, Who who, quint8 flag)
    {
        c.closed = true;
        QString say = stamp(e) + firstLine(e.safeDisplayText());
        if (flag == kRst && who == Who::Client)
            say += QStringLiteral(" (the connection ended on Mailscope's side; shown as an RST: "
                                  "what went on the wire at the end is not recorded)");
        emitPacket(c, who, quint8(flag | kAck), {}, e.tUs, {say});
        if (flag == kFin) {
            (who == Who::Client ? c.client : c.server).next += 1;
            emitPacket(c, who == Who::Client ? Who::Server : Who::Client, kAck, {}, e.tUs,
                       {QStringLiteral("ACK of the FIN (synthetic)")});
        }
    }

    void emitPacket(Conn &c, Who who, quint8 flags, const QByteArray &payload, qint64 tUs,
                    const QStringList &comments, bool mss = false)
    {
        Side &me = who == Who::Client ? c.client : c.server;
        Side &peer = who == Who::Client ? c.server : c.client;
        const bool ack = flags & kAck;
        QByteArray tcp;
        be16(tcp, me.port);
        be16(tcp, peer.port);
        be32(tcp, me.next);
        be32(tcp, ack ? peer.next : 0);
        const int words = mss ? 6 : 5;
        tcp.append(char(words << 4));
        tcp.append(char(flags));
        be16(tcp, kWindow);
        be16(tcp, 0); // checksum, below
        be16(tcp, 0); // urgent pointer
        if (mss) {
            tcp.append(char(2));
            tcp.append(char(4));
            be16(tcp, quint16(pcap::kMaxSegment));
        }
        tcp.append(payload);
        QByteArray pseudo;
        be32(pseudo, me.addr);
        be32(pseudo, peer.addr);
        pseudo.append(char(0));
        pseudo.append(char(6));
        be16(pseudo, quint16(tcp.size()));
        const quint16 tsum = checksum(pseudo + tcp);
        tcp[16] = char(tsum >> 8);
        tcp[17] = char(tsum & 0xff);

        QByteArray ip;
        ip.append(char(0x45));
        ip.append(char(0));
        be16(ip, quint16(20 + tcp.size()));
        be16(ip, me.ipId++);
        be16(ip, 0x4000); // don't fragment
        ip.append(char(64));
        ip.append(char(6));
        be16(ip, 0);
        be32(ip, me.addr);
        be32(ip, peer.addr);
        const quint16 isum = checksum(ip);
        ip[10] = char(isum >> 8);
        ip[11] = char(isum & 0xff);
        ip.append(tcp);

        if (ack) me.acked = peer.next;
        Packet p;
        p.tUs = tUs;
        p.ip = ip;
        p.comments = m_runNotes;
        m_runNotes.clear();
        p.comments << c.pending << comments;
        c.pending.clear();
        m_packets.push_back(std::move(p));
        c.lastPacket = int(m_packets.size()) - 1;
    }

    const Report &m_r;
    const std::vector<Event> &m_events;
    std::map<int, Conn> m_conns;
    std::vector<Packet> m_packets;
    QStringList m_runNotes;
    int m_streams = 0;
};

} // namespace

QByteArray transcriptToPcapng(const Report &r, const std::vector<Event> &events, PcapngStats *stats)
{
    Builder b(r, events);
    const std::vector<Packet> packets = b.run();

    QByteArray out;
    // Section header: byte-order magic, version 1.0, unknown section length.
    QByteArray shb;
    put32(shb, 0x1A2B3C4D);
    put16(shb, 1);
    put16(shb, 0);
    put32(shb, 0xffffffffu);
    put32(shb, 0xffffffffu);
    option(shb, 1,
           QStringLiteral("Mailscope report for %1, recorded %2. Synthetic IPv4/TCP built from "
                          "the transcript: 192.0.2.1 stands for Mailscope, 198.51.100.1 for the "
                          "server; TLS sessions appear as their decrypted plaintext; passwords "
                          "and login data are redacted as in the transcript. Each packet's "
                          "comment says what Mailscope saw.")
               .arg(r.target.url,
                    r.startedAt.isEmpty() ? QStringLiteral("(time unknown)") : r.startedAt)
               .toUtf8());
    option(shb, 4, QByteArrayLiteral("Mailscope " MAILSCOPE_VERSION)); // shb_userappl
    put32(shb, 0);                                                     // opt_endofopt
    out += block(0x0A0D0D0A, shb);

    // One interface: raw IPv4 (LINKTYPE_RAW), microsecond timestamps.
    QByteArray idb;
    put16(idb, 101);
    put16(idb, 0);
    put32(idb, 0);
    option(idb, 2, QByteArrayLiteral("mailscope"));                         // if_name
    option(idb, 3, QByteArrayLiteral("connections recorded by Mailscope")); // if_description
    option(idb, 9, QByteArray(1, char(6)));                                 // if_tsresol
    put32(idb, 0);
    out += block(1, idb);

    QDateTime start = QDateTime::fromString(r.startedAt, Qt::ISODateWithMs);
    if (!start.isValid()) start = QDateTime::fromString(r.startedAt, Qt::ISODate);
    const qint64 baseUs = start.isValid() ? start.toMSecsSinceEpoch() * 1000 : 0;
    for (const Packet &p : packets) {
        QByteArray epb;
        const quint64 ts = quint64(baseUs + p.tUs);
        put32(epb, 0); // interface
        put32(epb, quint32(ts >> 32));
        put32(epb, quint32(ts & 0xffffffffu));
        put32(epb, quint32(p.ip.size()));
        put32(epb, quint32(p.ip.size()));
        epb.append(p.ip);
        pad4(epb);
        // Bounded per packet (a report read from a file may hold a million notes in one gap):
        // Wireshark refuses blocks beyond 128 MiB.
        for (qsizetype i = 0; i < p.comments.size() && i < kCommentsPerPacket; ++i)
            option(epb, 1, p.comments[i].toUtf8());
        if (p.comments.size() > kCommentsPerPacket)
            option(epb, 1,
                   QStringLiteral("… and %1 more notes here (see the report's transcript)")
                       .arg(p.comments.size() - kCommentsPerPacket)
                       .toUtf8());
        if (!p.comments.isEmpty()) put32(epb, 0);
        out += block(6, epb);
    }
    if (stats) {
        stats->connections = b.connections();
        stats->packets = int(packets.size());
    }
    return out;
}

} // namespace mailscope
