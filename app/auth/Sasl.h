// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// SASL for bearer tokens: XOAUTH2 (Google, Microsoft) and OAUTHBEARER (RFC 7628).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mailscope::sasl {

// The mechanisms Mailscope speaks with a token.
inline bool isBearer(const QByteArray &mech)
{
    return mech == "XOAUTH2" || mech == "OAUTHBEARER";
}

// The client's first message (not yet base64): user=…^Aauth=Bearer …^A^A, or
// n,a=…,^Ahost=…^Aport=…^Aauth=Bearer …^A^A.
QByteArray initialResponse(const QByteArray &mech, const QByteArray &user, const QByteArray &token,
                           const QString &host, quint16 port);
// What the client sends after the server's error challenge, before the server's final "no"
// (RFC 7628 §3.2.3: a single ^A for OAUTHBEARER; XOAUTH2 expects an empty response). Base64.
QByteArray errorAcknowledgement(const QByteArray &mech);

// The server's error challenge, decoded: {"status": "invalid_token", "scope": "…",
// "schemes": "bearer", "openid-configuration": "…"}. Empty when it is not JSON.
struct BearerError
{
    QString status;
    QString scope;
    QString schemes;
    QString openidConfiguration;
    QByteArray raw; // the decoded challenge, bounded
    bool isEmpty() const { return raw.isEmpty(); }
    QJsonObject toJson() const;
    // Plain words: "the sign-in token is no longer valid (revoked or expired)".
    QString words() const;
};
BearerError decodeError(const QByteArray &base64Challenge);

} // namespace mailscope::sasl
