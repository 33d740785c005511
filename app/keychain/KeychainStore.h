// The OS keychain as a CredentialStore (QtKeychain: the Secret Service on Linux, the macOS
// Keychain, the Windows Credential Manager). Its own library: the engine only knows the
// interface.
#pragma once

#include "auth/Credentials.h"

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

// The OS keychain, or (MAILSCOPE_CREDENTIALS=memory) a store that forgets everything when the
// process ends: for test runs that must not touch anybody's keychain.
std::shared_ptr<CredentialStore> defaultCredentialStore();

} // namespace mailscope
