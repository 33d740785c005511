// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The built-in demo servers' TLS identity: a key and self-signed certificate made afresh in
// every process that starts a demo, never shipped. Anyone could present a key that ships in
// every copy, so nothing may trust it beyond the one demo server it was made for.
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

namespace mailscope::demo {

struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray sha256; // hex, lower case
};

// Made on first use, then the same for the rest of the process.
const Identity &identity();

} // namespace mailscope::demo
