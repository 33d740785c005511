// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/TrustStore.h"

#include <QSettings>
#include <memory>

namespace mailscope {

namespace {
std::unique_ptr<QSettings> open(const QString &file)
{
    if (file.isEmpty()) return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString key(const QString &host, quint16 port)
{
    // Host names are case-insensitive; "/" is QSettings' group separator.
    QString h = host.toLower();
    h.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("certificates/%1:%2").arg(h).arg(port);
}
} // namespace

TrustStore::TrustStore(QString iniFile) : m_file(std::move(iniFile)) {}

// An entry is "<sha256>;<kinds>" (kinds: certProblemKindNames). An entry written before
// kinds were kept is just the fingerprint: it was asked for self-signed certificates.
QList<CertOverride> TrustStore::overrides(const QString &host, quint16 port) const
{
    QList<CertOverride> out;
    const auto s = open(m_file);
    for (const QString &v : s->value(key(host, port)).toStringList()) {
        const qsizetype semi = v.indexOf(QLatin1Char(';'));
        const QByteArray sha = TlsPolicy::normaliseSha256(v.left(semi).toLatin1());
        const int kinds = semi < 0
                              ? int(CertUntrusted)
                              : certProblemKindsFromNames(v.mid(semi + 1).split(QLatin1Char(',')));
        if (!sha.isEmpty() && kinds != 0) out << CertOverride{host, port, sha, kinds};
    }
    return out;
}

QList<QByteArray> TrustStore::remembered(const QString &host, quint16 port) const
{
    QList<QByteArray> out;
    for (const CertOverride &o : overrides(host, port))
        out << o.sha256;
    return out;
}

void TrustStore::remember(const QString &host, quint16 port, const QByteArray &sha256, int kinds)
{
    const QByteArray sha = TlsPolicy::normaliseSha256(sha256);
    if (sha.isEmpty() || host.isEmpty() || (kinds & CertAnyProblem) == 0) return;
    // The new certificate replaces the old one: a server's replaced certificate (perhaps
    // because its key leaked) must not stay trusted beside it.
    const auto s = open(m_file);
    s->setValue(key(host, port), QStringList{QString::fromLatin1(sha) + QLatin1Char(';') +
                                             certProblemKindNames(kinds & CertAnyProblem)});
    s->sync();
}

void TrustStore::forget(const QString &host, quint16 port)
{
    const auto s = open(m_file);
    s->remove(key(host, port));
    s->sync();
}

void TrustStore::applyTo(TlsPolicy *policy, const QString &host, quint16 port) const
{
    for (const CertOverride &o : overrides(host, port))
        policy->accept(host, port, o.sha256, o.kinds);
}

} // namespace mailscope
