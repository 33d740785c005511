// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Every form in which a secret could leak, for tests that search outputs (stdout, stderr,
// JSON, saved reports, clipboard, settings files, GUI models): as typed, JSON-escaped, the
// SASL PLAIN / LOGIN / XOAUTH2 / OAUTHBEARER blobs, and the secret's own base64 at each of
// the three alignments it can have inside a longer base64 text.
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace mailscope::test {

inline QByteArrayList secretForms(const QByteArray &user, const QByteArray &secret)
{
    const QByteArray nul("\0", 1);
    const QByteArray soh("\x01", 1);
    QByteArrayList forms{
        secret,
        QByteArray(secret).replace('\\', "\\\\").replace('"', "\\\""),
        QByteArray(nul + user + nul + secret).toBase64(),
        secret.toBase64(),
        QByteArray("user=" + user + soh + "auth=Bearer " + secret + soh + soh).toBase64(),
        QByteArray("n,a=" + user + ',' + soh + "auth=Bearer " + secret + soh + soh).toBase64()};
    // Inside any base64 text the secret's bytes start at offset 0, 1 or 2 of a 3-byte group:
    // the characters that depend on the secret alone are the same whatever surrounds it.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray b64 = QByteArray(QByteArray(pad, 'x') + secret).toBase64();
        const int skip = pad == 0 ? 0 : pad + 1; // characters touched by the padding
        const int usable = int((pad + secret.size()) / 3) * 4 - skip;
        if (usable >= 8) forms << b64.mid(skip, usable);
    }
    forms.removeAll(QByteArray());
    return forms;
}

// The first form of the secret found in the haystack, or an empty string.
inline QString findSecret(const QByteArray &haystack, const QByteArray &user,
                          const QByteArray &secret)
{
    for (const QByteArray &f : secretForms(user, secret))
        if (haystack.contains(f)) return QString::fromLatin1(f.toPercentEncoding());
    return {};
}

inline QString findSecret(const QString &haystack, const QByteArray &user, const QByteArray &secret)
{
    return findSecret(haystack.toUtf8(), user, secret);
}

} // namespace mailscope::test
