// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "auth/Credentials.h"

#include "probes/Report.h"

namespace mailscope {

namespace credentials {

QString passwordKey(const Target &t)
{
    return QStringLiteral("mailscope/password/%1://%2@%3:%4")
        .arg(t.scheme, t.user, t.host.toLower())
        .arg(t.port);
}

QString refreshTokenKey(const QString &provider, const QString &clientId, const QUrl &tokenUrl,
                        const QString &user)
{
    const QString origin =
        QStringLiteral("%1:%2")
            .arg(tokenUrl.host().toLower())
            .arg(tokenUrl.port(tokenUrl.scheme() == QLatin1String("http") ? 80 : 443));
    return QStringLiteral("mailscope/oauth2/%1/%2/%3/%4")
        .arg(provider, clientId, origin, user.toLower());
}

} // namespace credentials

} // namespace mailscope
