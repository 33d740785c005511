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

QList<QByteArray> TrustStore::remembered(const QString &host, quint16 port) const
{
    QList<QByteArray> out;
    const auto s = open(m_file);
    for (const QString &v : s->value(key(host, port)).toStringList()) {
        const QByteArray sha = TlsPolicy::normaliseSha256(v.toLatin1());
        if (!sha.isEmpty()) out << sha;
    }
    return out;
}

void TrustStore::remember(const QString &host, quint16 port, const QByteArray &sha256)
{
    const QByteArray sha = TlsPolicy::normaliseSha256(sha256);
    if (sha.isEmpty() || host.isEmpty()) return;
    const auto s = open(m_file);
    QStringList l = s->value(key(host, port)).toStringList();
    if (!l.contains(QString::fromLatin1(sha))) l << QString::fromLatin1(sha);
    s->setValue(key(host, port), l);
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
    for (const QByteArray &sha : remembered(host, port))
        policy->accept(host, port, sha);
}

} // namespace mailscope
