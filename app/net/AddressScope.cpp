// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/AddressScope.h"

#include "i18n/Text.h"

namespace mailscope {

namespace {

bool in(quint32 a, quint32 net, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (a & mask) == (net & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

AddressScope scopeV4(quint32 a)
{
    if (in(a, v4(127, 0, 0, 0), 8)) return AddressScope::Loopback;
    if (in(a, v4(0, 0, 0, 0), 8)) return AddressScope::Unspecified;
    if (in(a, v4(10, 0, 0, 0), 8) || in(a, v4(172, 16, 0, 0), 12) || in(a, v4(192, 168, 0, 0), 16))
        return AddressScope::Private;
    if (in(a, v4(169, 254, 0, 0), 16)) return AddressScope::LinkLocal;
    if (in(a, v4(100, 64, 0, 0), 10)) return AddressScope::Shared;
    if (in(a, v4(224, 0, 0, 0), 4) || a == v4(255, 255, 255, 255)) return AddressScope::Multicast;
    if (in(a, v4(240, 0, 0, 0), 4) || in(a, v4(192, 0, 0, 0), 24) || in(a, v4(198, 18, 0, 0), 15))
        return AddressScope::Reserved;
    if (in(a, v4(192, 0, 2, 0), 24) || in(a, v4(198, 51, 100, 0), 24) ||
        in(a, v4(203, 0, 113, 0), 24))
        return AddressScope::Documentation;
    return AddressScope::Public;
}

} // namespace

AddressScope addressScope(const QHostAddress &a)
{
    if (a.isNull()) return AddressScope::Unspecified;
    bool isV4 = false;
    const quint32 mapped = a.toIPv4Address(&isV4); // also ::ffff:a.b.c.d
    if (isV4) return scopeV4(mapped);
    if (a.protocol() != QAbstractSocket::IPv6Protocol) return AddressScope::Reserved;
    const Q_IPV6ADDR b = a.toIPv6Address();
    auto byte = [&b](int i) { return quint8(b[i]); };
    bool zeroTo14 = true;
    for (int i = 0; i < 15; ++i)
        zeroTo14 = zeroTo14 && byte(i) == 0;
    if (zeroTo14 && byte(15) == 1) return AddressScope::Loopback;
    if (zeroTo14 && byte(15) == 0) return AddressScope::Unspecified;
    // NAT64 (RFC 6052 well-known prefix): the IPv4 address in the last 32 bits.
    const quint8 nat64[12] = {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    bool isNat64 = true;
    for (int i = 0; i < 12; ++i)
        isNat64 = isNat64 && byte(i) == nat64[i];
    if (isNat64)
        return scopeV4(quint32(byte(12)) << 24 | quint32(byte(13)) << 16 | quint32(byte(14)) << 8 |
                       quint32(byte(15)));
    // 6to4 (2002::/16): the IPv4 address in bits 16-47 is where it leads.
    if (byte(0) == 0x20 && byte(1) == 0x02)
        return scopeV4(quint32(byte(2)) << 24 | quint32(byte(3)) << 16 | quint32(byte(4)) << 8 |
                       quint32(byte(5)));
    // Teredo (2001:0::/32) hides the client's address; no mail server lives there.
    if (byte(0) == 0x20 && byte(1) == 0x01 && byte(2) == 0 && byte(3) == 0)
        return AddressScope::Reserved;
    if (byte(0) == 0xff) return AddressScope::Multicast;
    if (byte(0) == 0xfe && (byte(1) & 0xc0) == 0x80) return AddressScope::LinkLocal;
    if (byte(0) == 0xfe && (byte(1) & 0xc0) == 0xc0) return AddressScope::Private; // site-local
    if ((byte(0) & 0xfe) == 0xfc) return AddressScope::Private;                    // ULA
    if (byte(0) == 0x20 && byte(1) == 0x01 && byte(2) == 0x0d && byte(3) == 0xb8)
        return AddressScope::Documentation;
    bool discard = byte(0) == 0x01 && byte(1) == 0x00;
    for (int i = 2; i < 8; ++i)
        discard = discard && byte(i) == 0;
    if (discard) return AddressScope::Reserved;
    // Everything else outside 2000::/3 is not handed out on the internet.
    if ((byte(0) & 0xe0) != 0x20) return AddressScope::Reserved;
    return AddressScope::Public;
}

QString addressScopeWords(AddressScope s)
{
    switch (s) {
    case AddressScope::Public:
        return translate("AddressScope", "a public internet address");
    case AddressScope::Loopback:
        return translate("AddressScope", "this computer itself");
    case AddressScope::Private:
        return translate("AddressScope", "a private network (like a company or home network)");
    case AddressScope::LinkLocal:
        return translate("AddressScope", "the local network segment (link-local)");
    case AddressScope::Shared:
        return translate("AddressScope", "a provider's shared network (carrier-grade NAT)");
    case AddressScope::Unspecified:
        return translate("AddressScope", "no address at all (unspecified)");
    case AddressScope::Multicast:
        return translate("AddressScope", "a multicast or broadcast address");
    case AddressScope::Reserved:
        return translate("AddressScope", "a reserved range that is not used on the internet");
    case AddressScope::Documentation:
        return translate("AddressScope", "a range reserved for documentation examples");
    }
    return {};
}

} // namespace mailscope
