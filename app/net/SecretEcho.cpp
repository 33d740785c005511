// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/SecretEcho.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

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
        // Where the secret ends the blob, its last group is its own too ("...ZDE" for "...d1"):
        // the longer form, so that masking takes it whole.
        if (b.size() - start >= kMinLength) out << b.mid(start);
    }
    out << secret.toPercentEncoding() << secret.toHex();
    return out;
}

void SecretEcho::add(const QByteArray &form)
{
    // A form never spans lines (sends are split into lines before this).
    if (form.size() < kMinLength || form.size() > kMaxFormLength || m_forms.contains(form) ||
        form.contains('\r') || form.contains('\n'))
        return;
    // Bounded: the oldest forms go first (the newest login is the one a server echoes now).
    if (m_order.size() >= kMaxForms) m_forms.removeOne(m_order.takeFirst());
    m_order << form;
    m_forms << form;
}

void SecretEcho::learn(const QByteArray &secret)
{
    // An IMAP literal's size ("{18}", which the console marks secret with the rest of a LOGIN
    // line) is syntax, not a secret.
    static const QRegularExpression literal(QStringLiteral("^\\{[0-9]+[+-]?\\}$"));
    if (literal.match(QString::fromLatin1(secret)).hasMatch()) return;
    for (const QByteArray &f : forms(secret))
        add(f);
    // Once per secret, not per form: longest first (matches() prefers them), and the forms
    // that hold no other one (anyIn()).
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    m_minimal.clear();
    for (const QByteArray &f : std::as_const(m_forms))
        if (std::none_of(m_forms.cbegin(), m_forms.cend(), [&f](const QByteArray &g) {
                return g.size() < f.size() && f.contains(g);
            }))
            m_minimal << f;
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
        // A word of a longer line (AUTH PLAIN <blob>, a console line) may be a SASL blob: its
        // password or token. Other words are not learnt alone (a passphrase "my INBOX key"
        // must not mask every INBOX).
        for (const QByteArray &word : p.split(' '))
            for (const QByteArray &x : saslSecrets(word))
                learn(x);
    }
}

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

bool SecretEcho::anyIn(const QByteArray &data) const
{
    // Only forms that hold no other form need looking for: where a longer one is, so is its
    // part (the quick path of every read, so it matters).
    for (const QByteArray &f : m_minimal)
        if (data.contains(f)) return true;
    return false;
}

QList<SecretEcho::Match> SecretEcho::matches(const QByteArray &data) const
{
    QList<Match> out;
    if (!anyIn(data)) return out;
    const auto counts = [&](const QByteArray &f, qsizetype at, bool *syntax) {
        // A form of digits only counts as a number of its own: a password "2024" is not looked
        // for inside a UID 120245. Where it is syntax (a literal's size, a message number) it
        // is masked for people but left alone for parsers: a numeric password must not break
        // a reply.
        *syntax = false;
        if (!std::all_of(f.begin(), f.end(), isDigit)) return true;
        const qsizetype end = at + f.size();
        if ((at > 0 && isDigit(data[at - 1])) || (end < data.size() && isDigit(data[end])))
            return false;
        const bool literal =
            (at > 0 && data[at - 1] == '{') || (end < data.size() && data[end] == '}');
        const bool number = at >= 2 && data[at - 1] == ' ' && data[at - 2] == '*' &&
                            (at == 2 || data[at - 3] == '\n');
        *syntax = literal || number;
        return true;
    };
    // Where each form next occurs at or after i (-2: not looked yet, -1: nowhere): each form
    // is searched once per match of its own, not once per match of any form.
    std::vector<qsizetype> next(size_t(m_forms.size()), -2);
    qsizetype i = 0;
    bool syntax = false;
    while (i < data.size()) {
        qsizetype best = -1;
        qsizetype len = 0;
        for (qsizetype k = 0; k < m_forms.size(); ++k) {
            qsizetype &at = next[size_t(k)];
            if (at == -1) continue;
            if (at < i) {
                at = data.indexOf(m_forms[k], i);
                while (at >= 0 && !counts(m_forms[k], at, &syntax))
                    at = data.indexOf(m_forms[k], at + 1);
            }
            // The earliest match wins; at the same place the longest (the list is sorted).
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                len = m_forms[k].size();
            }
        }
        if (best < 0) break;
        counts(data.mid(best, len), best, &syntax);
        out.append({best, len, syntax});
        i = best + len;
    }
    return out;
}

SecretEcho::Pass SecretEcho::pass(const QByteArray &data, const QByteArray &marker, Tail tail,
                                  qsizetype skip) const
{
    Pass p;
    skip = std::clamp<qsizetype>(skip, 0, data.size());
    QList<Match> found = matches(data);
    // Only what follows the last complete match can begin another one: a read that ends with
    // a whole echo is masked now, not held (its last byte may also begin a form).
    const qsizetype after = found.isEmpty() ? 0 : found.last().at + found.last().len;
    const int partial =
        partialTail(QByteArray::fromRawData(data.constData() + after, data.size() - after));
    p.keep = partial;
    // A read that ends with a whole form that a longer form begins with (a secret's base64
    // without its last group, "U2VjcmV0" of "U2VjcmV0OTk"): masked now, and kept as context,
    // so that the longer form's rest in the next read is masked too.
    if (!found.isEmpty() && after == data.size()) {
        const QByteArrayView last = QByteArrayView(data).sliced(found.last().at, found.last().len);
        if (std::any_of(m_forms.cbegin(), m_forms.cend(), [&last](const QByteArray &f) {
                return f.size() > last.size() && f.startsWith(last);
            }))
            p.keep = int(last.size());
    }
    const qsizetype partialAt = data.size() - partial;
    qsizetype end = data.size();
    if (tail == Tail::Hold) {
        end = std::max(skip, partialAt);
        p.held = int(data.size() - end);
    } else if (partial >= kMinLength && partialAt < end &&
               !std::all_of(data.cbegin() + partialAt, data.cend(), isDigit)) {
        // Let through after a pause: as long as a secret may be, it is masked (the start of a
        // secret cut off by the pause; by chance, a few characters needlessly). The rest, when
        // it comes, completes a form over the kept bytes and is masked too.
        found.append({partialAt, partial, false});
    }
    qsizetype done = skip;
    QByteArray parsed = data.mid(skip, end - skip);
    for (const Match &m : std::as_const(found)) {
        const qsizetype from = std::max(m.at, skip);
        const qsizetype to = std::min(m.at + m.len, end);
        if (to <= from) continue; // delivered before
        ++p.found;
        p.shown += QByteArrayView(data).sliced(done, from - done);
        p.shown += marker;
        done = to;
        if (!m.syntax) std::fill(parsed.begin() + (from - skip), parsed.begin() + (to - skip), '*');
    }
    p.shown += QByteArrayView(data).sliced(done, end - done);
    p.parsed = std::move(parsed);
    return p;
}

QByteArray SecretEcho::masked(const QByteArray &data, const QByteArray &marker, int *found) const
{
    const Pass p = pass(data, marker, Tail::Deliver);
    if (found) *found = p.found;
    return p.shown;
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
