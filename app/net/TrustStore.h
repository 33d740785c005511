// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Certificates the user chose to remember: one fingerprint per host and port, with the kinds
// of problem it had then (like Thunderbird's cert_override.txt). Kept in the application's
// settings; nothing secret is in them.
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
    QList<CertOverride> overrides(const QString &host, quint16 port) const;
    // Replaces whatever was remembered for host:port (one certificate per server); kinds: the
    // kinds of problem the user saw when they said yes (certProblemKinds()).
    void remember(const QString &host, quint16 port, const QByteArray &sha256,
                  int kinds = CertAnyProblem);
    void forget(const QString &host, quint16 port);
    // Adds what is remembered for host:port to the policy (and nothing for other servers).
    void applyTo(TlsPolicy *policy, const QString &host, quint16 port) const;

private:
    QString m_file;
};

} // namespace mailscope
