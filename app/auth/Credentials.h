// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Where secrets that outlive a run are kept: refresh tokens always, passwords only when the user
// asked to remember them. The engine knows the interface; the OS keychain implementation lives
// in its own library (app/keychain), beside the in-memory one that test runs use.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace mailscope {

struct Target;

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // False with an empty *error when there is no such entry.
    virtual bool read(const QString &key, QByteArray *secret, QString *error) = 0;
    virtual bool write(const QString &key, const QByteArray &secret, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
    // For people: "the GNOME keyring", "the Windows credential store".
    virtual QString name() const = 0;
};

namespace credentials {
// mailscope/password/imaps://fred@mail.example.net:993
QString passwordKey(const Target &t);
// mailscope/oauth2/<provider>/<client id>/<token endpoint host:port>/<user>
QString refreshTokenKey(const QString &provider, const QString &clientId, const QUrl &tokenUrl,
                        const QString &user);
} // namespace credentials

} // namespace mailscope
