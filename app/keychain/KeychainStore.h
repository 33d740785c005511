// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The OS keychain as a CredentialStore (QtKeychain: the Secret Service on Linux, the macOS
// Keychain, the Windows Credential Manager). Its own library: the engine only knows the
// interface.
#pragma once

#include "auth/Credentials.h"

#include <QMap>
#include <QMutex>
#include <memory>

namespace mailscope {

class KeychainStore : public CredentialStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("Mailscope"), int timeoutMs = 30000);
    bool read(const QString &key, QByteArray *secret, QString *error) override;
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    QString name() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

// Forgets everything when the process ends: for test runs that must not touch anybody's
// keychain.
class MemoryCredentialStore : public CredentialStore
{
public:
    bool read(const QString &key, QByteArray *secret, QString *error) override;
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    // Says plainly that nothing outlives the process.
    QString name() const override
    {
        return QStringLiteral("memory only (nothing is kept after Mailscope ends)");
    }
    int size() const;

private:
    mutable QMutex m_mutex;
    QMap<QString, QByteArray> m_entries;
};

// The OS keychain, or (MAILSCOPE_CREDENTIALS=memory) a store that forgets everything when the
// process ends: for test runs that must not touch anybody's keychain.
std::shared_ptr<CredentialStore> defaultCredentialStore();

} // namespace mailscope
