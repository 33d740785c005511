// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Certificates the user chose to remember: exactly one fingerprint per entry, bound to one
// host and port (like Thunderbird's cert_override.txt). Kept in the application's settings;
// nothing secret is in them.
#pragma once

#include "net/Connection.h"

#include <QString>

namespace mailscope {

class TrustStore
{
public:
    // Empty: the application's default settings; otherwise an INI file (tests).
    explicit TrustStore(QString iniFile = QString());

    QList<QByteArray> remembered(const QString &host, quint16 port) const;
    void remember(const QString &host, quint16 port, const QByteArray &sha256);
    void forget(const QString &host, quint16 port);
    // Adds what is remembered for host:port to the policy (and nothing for other servers).
    void applyTo(TlsPolicy *policy, const QString &host, quint16 port) const;

private:
    QString m_file;
};

} // namespace mailscope
