// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Where an address leads: the public internet, or somewhere a name from the network should not
// send us unasked (this computer, a private or link-local network, a carrier's shared range,
// multicast, reserved or documentation ranges). Discovery connects to the latter only with the
// user's consent: a setup file served by anybody could otherwise make it knock on machines
// inside the user's network.
#pragma once

#include <QHostAddress>
#include <QString>

namespace mailscope {

enum class AddressScope
{
    Public,
    Loopback,     // 127.0.0.0/8, ::1
    Private,      // RFC 1918, fc00::/7, fec0::/10
    LinkLocal,    // 169.254.0.0/16, fe80::/10
    Shared,       // 100.64.0.0/10 (carrier-grade NAT)
    Unspecified,  // 0.0.0.0/8, ::
    Multicast,    // 224.0.0.0/4, ff00::/8, 255.255.255.255
    Reserved,     // 240.0.0.0/4, 192.0.0.0/24, 198.18.0.0/15, 100::/64, Teredo
    Documentation // 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32
};

// IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::) addresses
// are judged by the IPv4 address they carry; Teredo (2001:0::/32) counts as reserved.
AddressScope addressScope(const QHostAddress &a);
inline bool isPublicAddress(const QHostAddress &a)
{
    return addressScope(a) == AddressScope::Public;
}
// Plain words (English, translatable): "this computer", "a private network", …
QString addressScopeWords(AddressScope s);

} // namespace mailscope
