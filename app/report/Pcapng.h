// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The recorded connections as a pcapng capture that Wireshark and tshark open: synthetic
// IPv4/TCP per connection with the transcript's timestamps, a SYN/SYN-ACK/ACK handshake,
// consistent sequence and acknowledgement numbers, segments of at most 1460 bytes, FIN or RST
// as recorded, and a comment on each packet saying what Mailscope saw.
//
// The bytes are the transcript's, exactly: TLS sessions appear as their decrypted plaintext
// (implicit TLS on the plain port, the real one named in a comment), and every event that
// carries a secret contributes its redacted form (Event::safeData), also in runs recorded
// with secrets shown — a capture is made to be handed to other people.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QByteArray>
#include <vector>

namespace mailscope {

struct PcapngStats
{
    int connections = 0; // connections with a TCP stream in the capture
    int packets = 0;
};

QByteArray transcriptToPcapng(const Report &report, const std::vector<Event> &events,
                              PcapngStats *stats = nullptr);

namespace pcap {
// The addresses that stand for Mailscope and the server (documentation ranges, RFC 5737).
constexpr quint32 kClientAddress = 0xC0000201; // 192.0.2.1
constexpr quint32 kServerAddress = 0xC6336401; // 198.51.100.1
constexpr int kMaxSegment = 1460;
// The port a connection uses in the capture: the real one, or for implicit TLS the protocol's
// plain port (IMAP 143, SMTP 587), since the capture holds the decrypted plaintext.
quint16 capturePort(const Target &target, bool implicitTls);
} // namespace pcap

} // namespace mailscope
