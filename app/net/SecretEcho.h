// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// What a connection sent as secrets, in every form a server might send back: servers echo
// commands in errors ("BAD Invalid command LOGIN fred secret"), in SASL challenges and in
// alerts. Each secret send teaches it the secret's forms; received bytes are masked before
// anything records, parses or shows them.
#pragma once

#include <QByteArray>
#include <QList>

namespace mailscope {

class SecretEcho
{
public:
    // Shorter secrets are not looked for in what the server sends: masking every "abc" would
    // garble the transcript, and a server echo of three characters tells little.
    static constexpr int kMinLength = 4;

    // A secret send: `wire` went out, `shown` is its redacted form. What differs between them
    // (line by line) is the secret as written; SASL blobs are decoded to their password or
    // token as well.
    void learnSend(const QByteArray &wire, const QByteArray &shown);
    // A secret known as such (OAuth codes, verifiers, client secrets).
    void learn(const QByteArray &secret);
    bool isEmpty() const { return m_forms.isEmpty(); }

    // What a masked secret shows as (the same marker as in sent commands).
    static QByteArray marker() { return QByteArrayLiteral("<redacted>"); }
    // `data` with every form replaced by `marker`; *found: how many were replaced.
    QByteArray masked(const QByteArray &data, const QByteArray &marker, int *found = nullptr) const;

    // What to do with the end of the data when it could begin a form (an echo split across
    // reads). Hold: keep it back until more arrives. Deliver: let it through now (a pause, a
    // close), masked if it is long enough to be the secret's start rather than chance.
    enum class Tail
    {
        Hold,
        Deliver
    };
    // All of it in one look at the data (what each read needs). `data` starts with `skip` bytes
    // that were delivered already: kept as context, so that the rest of an echo whose start
    // was let through is still found. Of data[skip, end) the form for people (`shown`, forms
    // replaced by the marker) and for parsers (`parsed`, forms overwritten by '*' at their own
    // length: literal sizes and lines stay as sent). `held`: bytes after `end`, kept back;
    // `keep`: how many bytes at the end the next read needs before it (held ones included).
    struct Pass
    {
        QByteArray shown;
        QByteArray parsed;
        int found = 0;
        int held = 0;
        int keep = 0;
    };
    Pass pass(const QByteArray &data, const QByteArray &marker, Tail tail,
              qsizetype skip = 0) const;

    // The forms one secret takes on the wire: as is, IMAP-quoted, base64 at each of the three
    // alignments inside a larger blob, percent-encoded, hex.
    static QList<QByteArray> forms(const QByteArray &secret);

private:
    void add(const QByteArray &form);
    // The longest end of `data` that is a proper beginning of a form.
    int partialTail(const QByteArray &data) const;
    struct Match
    {
        qsizetype at = 0;
        qsizetype len = 0;
        bool syntax = false; // digits that are protocol syntax there: never blanked
    };
    bool anyIn(const QByteArray &data) const;
    QList<Match> matches(const QByteArray &data) const; // left to right, not overlapping
    QList<QByteArray> m_forms;                          // longest first
    QList<QByteArray> m_order;                          // oldest first
    QList<QByteArray> m_minimal;                        // forms that hold no other form
};

} // namespace mailscope
