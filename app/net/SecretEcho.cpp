// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/SecretEcho.h"

#include <QRegularExpression>
#include <algorithm>

namespace mailscope {

namespace {

// Bounds: a send is at most a few KB (an OAuth blob); what is learnt stays small however
// many logins a connection makes.
constexpr int kMaxForms = 200;
constexpr int kMaxFormLength = 16384;

QList<QByteArray> lines(const QByteArray &b)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = b.indexOf("\r\n", from);
        if (at < 0) break;
        out << b.mid(from, at - from);
        from = at + 2;
    }
    out << b.mid(from);
    return out;
}

// The part of `wire` that `shown` replaced.
QByteArray differing(const QByteArray &wire, const QByteArray &shown)
{
    qsizetype p = 0;
    while (p < wire.size() && p < shown.size() && wire[p] == shown[p])
        ++p;
    qsizetype s = 0;
    while (s < wire.size() - p && s < shown.size() - p &&
           wire[wire.size() - 1 - s] == shown[shown.size() - 1 - s])
        ++s;
    return wire.mid(p, wire.size() - p - s);
}

QByteArray unquoted(const QByteArray &q)
{
    QByteArray out;
    for (qsizetype i = 0; i < q.size(); ++i) {
        if (q[i] == '\\' && i + 1 < q.size()) ++i;
        out += q[i];
    }
    return out;
}

// SASL data inside a base64 blob: PLAIN's password (after the second NUL), a bearer token
// (XOAUTH2, OAUTHBEARER: "auth=Bearer <token>"), or the blob itself (AUTH LOGIN's lines).
QList<QByteArray> saslSecrets(const QByteArray &blob)
{
    const auto r = QByteArray::fromBase64Encoding(blob, QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.isEmpty() || r.decoded.toBase64() != blob) return {};
    const QByteArray &d = *r;
    QList<QByteArray> out{d};
    if (d.count('\0') >= 2) out << d.mid(d.lastIndexOf('\0') + 1);
    for (const QByteArray &part : d.split('\x01')) {
        if (!part.startsWith("auth=")) continue;
        QByteArray v = part.mid(5);
        if (v.startsWith("Bearer ")) v = v.mid(7);
        out << v;
    }
    return out;
}

} // namespace

QList<QByteArray> SecretEcho::forms(const QByteArray &secret)
{
    QList<QByteArray> out;
    if (secret.size() < kMinLength) return out;
    out << secret;
    QByteArray quoted = secret;
    quoted.replace("\\", "\\\\").replace("\"", "\\\"");
    out << quoted;
    // Inside a larger blob the secret starts at any of three offsets in a base64 group: the
    // characters that depend on it alone are those of the groups it fills completely.
    for (int k = 0; k < 3; ++k) {
        const QByteArray b =
            QByteArray(QByteArray(k, '\0') + secret).toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype n = k + secret.size();
        const qsizetype start = k ? 4 : 0;
        const qsizetype end = (n / 3) * 4;
        if (end - start >= kMinLength) out << b.mid(start, end - start);
    }
    out << secret.toPercentEncoding() << secret.toHex();
    return out;
}

void SecretEcho::add(const QByteArray &form)
{
    // A form never spans lines (sends are split into lines before this).
    if (form.size() < kMinLength || form.size() > kMaxFormLength || m_forms.contains(form) ||
        m_forms.size() >= kMaxForms || form.contains('\r') || form.contains('\n'))
        return;
    m_forms << form;
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void SecretEcho::learn(const QByteArray &secret)
{
    // An IMAP literal's size ("{18}", which the console marks secret with the rest of a LOGIN
    // line) is syntax, not a secret.
    static const QRegularExpression literal(QStringLiteral("^\\{[0-9]+[+-]?\\}$"));
    if (literal.match(QString::fromLatin1(secret)).hasMatch()) return;
    for (const QByteArray &f : forms(secret))
        add(f);
}

void SecretEcho::learnSend(const QByteArray &wire, const QByteArray &shown)
{
    const QList<QByteArray> w = lines(wire), s = lines(shown);
    QList<QByteArray> parts;
    if (w.size() == s.size()) {
        for (qsizetype i = 0; i < w.size(); ++i)
            if (w[i] != s[i]) parts << differing(w[i], s[i]);
    } else {
        parts << differing(wire, shown);
    }
    for (const QByteArray &p : parts) {
        learn(p);
        if (p.contains('\\')) learn(unquoted(p));
        if (p.size() > 1 && p.startsWith('"') && p.endsWith('"'))
            learn(unquoted(p.mid(1, p.size() - 2)));
        // A word of a longer line (AUTH PLAIN <blob>, a console line) may be the blob.
        for (const QByteArray &word : p.split(' ')) {
            const QByteArray bare = word.startsWith('"') && word.endsWith('"') && word.size() > 1
                                        ? unquoted(word.mid(1, word.size() - 2))
                                        : word;
            if (bare != p) learn(bare);
            for (const QByteArray &x : saslSecrets(bare))
                learn(x);
        }
    }
}

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

template <typename F> void SecretEcho::scan(const QByteArray &data, F hit) const
{
    // Quick path: most reads hold no secret at all.
    bool any = false;
    for (const QByteArray &f : m_forms)
        if (data.contains(f)) {
            any = true;
            break;
        }
    if (!any) return;
    qsizetype i = 0;
    while (i < data.size()) {
        qsizetype next = -1;
        qsizetype len = 0;
        for (const QByteArray &f : m_forms) {
            qsizetype at = data.indexOf(f, i);
            // A form of digits only counts as a number of its own: a password "2024" is not
            // looked for inside a UID 120245 (blanking that would break the reply).
            const bool digits = std::all_of(f.begin(), f.end(), isDigit);
            while (digits && at >= 0 &&
                   ((at > 0 && isDigit(data[at - 1])) ||
                    (at + f.size() < data.size() && isDigit(data[at + f.size()]))))
                at = data.indexOf(f, at + 1);
            // The earliest match wins; at the same place the longest (the list is sorted).
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
                len = f.size();
            }
        }
        if (next < 0) return;
        hit(next, len);
        i = next + len;
    }
}

QByteArray SecretEcho::masked(const QByteArray &data, const QByteArray &marker, int *found) const
{
    if (found) *found = 0;
    QByteArray out;
    qsizetype done = 0;
    scan(data, [&](qsizetype at, qsizetype len) {
        out += QByteArrayView(data).sliced(done, at - done);
        out += marker;
        done = at + len;
        if (found) ++*found;
    });
    if (done == 0 && out.isEmpty()) return data;
    out += QByteArrayView(data).sliced(done);
    return out;
}

QByteArray SecretEcho::blanked(const QByteArray &data) const
{
    QByteArray out = data;
    scan(data, [&](qsizetype at, qsizetype len) {
        for (qsizetype k = at; k < at + len; ++k)
            out[k] = '*';
    });
    return out;
}

int SecretEcho::partialTail(const QByteArray &data) const
{
    qsizetype best = 0;
    for (const QByteArray &f : m_forms) {
        // The longest end of data that is a proper beginning of f.
        const qsizetype from = std::max<qsizetype>(0, data.size() - (f.size() - 1));
        for (qsizetype i = from; i < data.size() && data.size() - i > best; ++i) {
            if (data[i] != f[0]) continue;
            if (QByteArrayView(data).sliced(i) == QByteArrayView(f).first(data.size() - i)) {
                best = data.size() - i;
                break;
            }
        }
    }
    return int(best);
}

} // namespace mailscope
