// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "auth/Sasl.h"
#include "i18n/Text.h"

#include <QJsonDocument>

namespace mailscope::sasl {

namespace {
// RFC 7628 §3.1 / RFC 5801 saslname: "," and "=" are escaped.
QByteArray saslName(const QByteArray &user)
{
    QByteArray out;
    for (char c : user) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}
} // namespace

QByteArray initialResponse(const QByteArray &mech, const QByteArray &user, const QByteArray &token,
                           const QString &host, quint16 port)
{
    const char soh = '\x01';
    if (mech == "XOAUTH2") return "user=" + user + soh + "auth=Bearer " + token + soh + soh;
    return "n,a=" + saslName(user) + ',' + soh + "host=" + host.toUtf8() + soh +
           "port=" + QByteArray::number(port) + soh + "auth=Bearer " + token + soh + soh;
}

QByteArray errorAcknowledgement(const QByteArray &mech)
{
    return mech == "OAUTHBEARER" ? QByteArrayLiteral("AQ==") : QByteArray();
}

BearerError decodeError(const QByteArray &base64Challenge)
{
    BearerError e;
    // A server's challenge is small; a huge one is summarised, never kept.
    e.raw = QByteArray::fromBase64(base64Challenge.trimmed().left(16384));
    const QJsonObject o = QJsonDocument::fromJson(e.raw).object();
    e.status = o.value(QStringLiteral("status")).toVariant().toString();
    e.scope = o.value(QStringLiteral("scope")).toString();
    e.schemes = o.value(QStringLiteral("schemes")).toString();
    e.openidConfiguration = o.value(QStringLiteral("openid-configuration")).toString();
    return e;
}

QJsonObject BearerError::toJson() const
{
    QJsonObject o;
    if (!status.isEmpty()) o.insert(QStringLiteral("status"), status);
    if (!scope.isEmpty()) o.insert(QStringLiteral("scope"), scope);
    if (!schemes.isEmpty()) o.insert(QStringLiteral("schemes"), schemes);
    if (!openidConfiguration.isEmpty())
        o.insert(QStringLiteral("openid-configuration"), openidConfiguration);
    if (o.isEmpty() && !raw.isEmpty())
        o.insert(QStringLiteral("raw"), QString::fromUtf8(raw.left(300)));
    return o;
}

QString BearerError::words() const
{
    // RFC 6750 §3.1 error codes, and the HTTP-style statuses Google and Dovecot send.
    if (status == QLatin1String("invalid_token") || status == QLatin1String("401"))
        return translate("Sasl",
                         "the server does not accept the sign-in token: it was revoked, has "
                         "expired, or belongs to another account");
    if (status == QLatin1String("insufficient_scope") || status == QLatin1String("403"))
        return translate("Sasl", "the sign-in token does not give access to mail%1")
            .arg(scope.isEmpty() ? QString()
                                 : translate("Sasl", " (it needs the scope %1)").arg(scope));
    if (status == QLatin1String("400") || status == QLatin1String("invalid_request"))
        return translate("Sasl", "the server could not use the sign-in request");
    if (!status.isEmpty())
        return translate("Sasl", "the server refused the sign-in token (%1)").arg(status);
    return translate("Sasl", "the server refused the sign-in token");
}

} // namespace mailscope::sasl
