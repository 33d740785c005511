// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "keychain/KeychainStore.h"
#include "i18n/Text.h"

#include "platform/Platform.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace mailscope {

bool MemoryCredentialStore::read(const QString &key, QByteArray *secret, QString *error)
{
    QMutexLocker lock(&m_mutex);
    error->clear();
    if (!m_entries.contains(key)) return false;
    *secret = m_entries.value(key);
    return true;
}

bool MemoryCredentialStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    QMutexLocker lock(&m_mutex);
    error->clear();
    m_entries.insert(key, secret);
    return true;
}

bool MemoryCredentialStore::remove(const QString &key, QString *error)
{
    QMutexLocker lock(&m_mutex);
    error->clear();
    m_entries.remove(key);
    return true;
}

int MemoryCredentialStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

namespace {
// QtKeychain's jobs are asynchronous; callers here want an answer (bounded in time).
bool run(QKeychain::Job &job, int timeoutMs, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done) loop.exec();
    if (!done) {
        *error = translate("KeychainStore", "the keychain did not answer within %1 s")
                     .arg(timeoutMs / 1000);
        return false;
    }
    if (job.error() == QKeychain::NoError) return true;
    if (job.error() != QKeychain::EntryNotFound)
        *error = translate("KeychainStore", "the keychain refused: %1").arg(job.errorString());
    return false;
}
} // namespace

KeychainStore::KeychainStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{}

bool KeychainStore::read(const QString &key, QByteArray *secret, QString *error)
{
    error->clear();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!run(job, m_timeoutMs, error)) return false;
    *secret = job.binaryData();
    return true;
}

bool KeychainStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    error->clear();
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    return run(job, m_timeoutMs, error);
}

bool KeychainStore::remove(const QString &key, QString *error)
{
    error->clear();
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return run(job, m_timeoutMs, error) || error->isEmpty();
}

std::shared_ptr<CredentialStore> defaultCredentialStore()
{
    if (qEnvironmentVariable("MAILSCOPE_CREDENTIALS") == QLatin1String("memory"))
        return std::make_shared<MemoryCredentialStore>();
    return std::make_shared<KeychainStore>();
}

QString KeychainStore::name() const
{
    return platform::keychainName();
}

} // namespace mailscope
