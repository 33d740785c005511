#include "auth/Credentials.h"

#include "probes/Report.h"

#include <QMutexLocker>

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

namespace credentials {

QString passwordKey(const Target &t)
{
    return QStringLiteral("mailscope/password/%1://%2@%3:%4")
        .arg(t.scheme, t.user, t.host.toLower())
        .arg(t.port);
}

QString refreshTokenKey(const QString &provider, const QString &clientId, const QString &user)
{
    return QStringLiteral("mailscope/oauth2/%1/%2/%3").arg(provider, clientId, user.toLower());
}

} // namespace credentials

} // namespace mailscope
