// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Scripts for the Exchange-like fault server (seed 001): login, logout and a mailbox whose
// message UID 15541 (sequence 1045) the server lists but cannot deliver. Shared by the ghost
// scan's integration tests and the GUI's repair tests.
#pragma once

#include <QByteArray>
#include <QList>

namespace mailscope::test::exchange {

inline const char *kCaps = "IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS UNSELECT";
inline const char *kSizeFetch = "UID FETCH 1:* (UID RFC822.SIZE)";
inline const char *kConfirm = " (UID RFC822.SIZE BODY.PEEK[TEXT]<0.1>)";
inline const char *kSearch = "UID SEARCH SUBJECT \"Retrieval using the IMAP4 protocol failed\"";
inline const char *kHeaderFetch = " (UID BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])";
inline const char *kHeaderItem = "BODY[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)]";
inline const QByteArray kPlaceholder =
    "From: Microsoft Exchange Server 2010\r\n"
    "Subject: Retrieval using the IMAP4 protocol failed for the following message:\r\n"
    " 15541\r\n\r\n";

inline QByteArray login(const char *caps = kCaps)
{
    return QByteArray("X: starttls\n"
                      "S: * OK [CAPABILITY ") +
           caps +
           "] The Microsoft Exchange IMAP4 service is ready.\n"
           "C: <tag> AUTHENTICATE PLAIN *\n"
           "S: <tag> OK [CAPABILITY " +
           caps + "] AUTHENTICATE completed.\n";
}

inline QByteArray logout()
{
    return "C: <tag> LOGOUT\n"
           "S: * BYE Microsoft Exchange Server IMAP4 server signing off.\n"
           "S: <tag> OK LOGOUT completed.\n"
           "X: close\n";
}

// A literal as script lines: "{N}" ends the current S: line, the content follows as S: lines
// (each gets CRLF), and ")" closes the FETCH on its own line.
inline QByteArray literalLines(const QByteArray &content)
{
    QByteArray out = "{" + QByteArray::number(content.size()) + "}\n";
    QList<QByteArray> lines = content.split('\n');
    if (content.endsWith('\n')) lines.removeLast();
    for (QByteArray l : lines) {
        if (l.endsWith('\r')) l.chop(1);
        out += "S: " + l + "\n";
    }
    out += "S: )\n";
    return out;
}

enum class Ghost
{
    None,
    Silent,       // no FETCH data at all (seed 001's "a02 OK FETCH completed.")
    Placeholder,  // Exchange's stand-in message, with a size of 1
    StandInSized, // the stand-in with an ordinary size: only the server's SEARCH names it
    Recovered     // no size in the mailbox-wide FETCH, but its content comes when asked alone
};

// The confirmation's answer: the size and one byte of the text.
inline QByteArray confirmed(int seq, quint32 uid, int size)
{
    return "S: * " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid) +
           " RFC822.SIZE " + QByteArray::number(size) + " BODY[TEXT]<0> {1}\nR: T)\\r\\n\n";
}

// One mailbox: EXAMINE, the UID list, the size FETCH and, for a ghost, its confirmation
// (and its header fields when asked for). Sequence number s has UID s + 14496, so s = 1045
// is UID 15541 as in the seed.
inline QByteArray mailbox(const QByteArray &name, int count, int ghostSeq, Ghost kind,
                          bool unselect, bool headers = false)
{
    QByteArray s = "C: <tag> EXAMINE " + name + "\n";
    s += "S: * " + QByteArray::number(count) + " EXISTS\nS: * 0 RECENT\n";
    s += "S: * OK [UIDVALIDITY 14] UIDVALIDITY value\n";
    s += "S: * OK [UIDNEXT 16124] The next unique identifier value\n";
    s += "S: <tag> OK [READ-ONLY] EXAMINE completed.\n";
    if (count > 0) {
        s += "C: <tag> UID FETCH 1:* (UID)\n";
        for (int i = 1; i <= count; ++i)
            s += "S: * " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i + 14496) +
                 ")\n";
        s += "S: <tag> OK FETCH completed.\n";
        s += QByteArray("C: <tag> ") + kSizeFetch + "\n";
        for (int i = 1; i <= count; ++i) {
            const quint32 uid = quint32(i + 14496);
            const bool ghost = i == ghostSeq && kind != Ghost::None;
            if (ghost && kind == Ghost::Silent) continue;
            const int size = !ghost ? 2000 + i : kind == Ghost::StandInSized ? 2345 : 1;
            s += "S: * " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(uid) +
                 " RFC822.SIZE " + QByteArray::number(size) + ")\n";
        }
        s += "S: <tag> OK FETCH completed.\n";
        const quint32 ghostUid = quint32(ghostSeq + 14496);
        const bool standIn = kind == Ghost::Placeholder || kind == Ghost::StandInSized;
        s += QByteArray("C: <tag> ") + kSearch + "\n";
        s += standIn ? QByteArray("S: * SEARCH " + QByteArray::number(ghostUid) + "\n")
                     : QByteArray("S: * SEARCH\n");
        s += "S: <tag> OK SEARCH completed.\n";
        if (kind != Ghost::None) {
            const quint32 uid = ghostUid;
            s += "C: <tag> UID FETCH " + QByteArray::number(uid) + kConfirm + "\n";
            if (kind == Ghost::Placeholder) s += confirmed(ghostSeq, uid, 1);
            if (kind == Ghost::StandInSized) s += confirmed(ghostSeq, uid, 2345);
            if (kind == Ghost::Recovered)
                s += confirmed(ghostSeq, uid, 5000000); // 5 MB: 1 byte comes
            s += "S: <tag> OK FETCH completed.\n";
            if (headers) {
                s += "C: <tag> UID FETCH " + QByteArray::number(uid) + kHeaderFetch + "\n";
                if (kind == Ghost::Placeholder)
                    s += "S: * " + QByteArray::number(ghostSeq) + " FETCH (UID " +
                         QByteArray::number(uid) + " " + kHeaderItem + " " +
                         literalLines(kPlaceholder);
                s += "S: <tag> OK FETCH completed.\n";
            }
        }
    }
    if (unselect) s += "C: <tag> UNSELECT\nS: <tag> OK UNSELECT completed.\n";
    return s;
}

// Exchange with CONDSTORE, as `repair` talks to it about UID 15541 (message 1045 of 1050) in
// INBOX (UIDVALIDITY 14): EXAMINE for the plan (SELECT when confirmed), the message's flags and
// MODSEQ, whether it still cannot be downloaded (the stand-in search finds nothing, the
// one-byte FETCH returns nothing, as in seed 001) and, when confirmed, the guarded STORE,
// UID EXPUNGE (the server's answer: `expunged`), the check that it is gone, UNSELECT, LOGOUT.
// Messages 3 and 7 carry \Deleted: CLOSE or a plain EXPUNGE would remove them too, and the
// script fails on any command it does not expect.
inline const char *kRepairCaps = "IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS UNSELECT CONDSTORE";

inline QByteArray repairSession(bool confirmed, const char *caps = kRepairCaps,
                                const QByteArray &expunged = "S: * 1045 EXPUNGE\n")
{
    const bool condstore = QByteArray(caps).contains("CONDSTORE");
    const QByteArray open = confirmed ? "SELECT" : "EXAMINE";
    QByteArray s = login(caps);
    s += "C: <tag> " + open + (condstore ? " INBOX (CONDSTORE)\n" : " INBOX\n");
    s += "S: * 1050 EXISTS\n"
         "S: * 0 RECENT\n"
         "S: * FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\n"
         "S: * OK [UIDVALIDITY 14] UIDVALIDITY value\n";
    if (condstore) s += "S: * OK [HIGHESTMODSEQ 90210] Highest\n";
    s += "S: <tag> OK [" + QByteArray(confirmed ? "READ-WRITE" : "READ-ONLY") + "] " + open +
         " completed.\n";
    s += condstore ? "C: <tag> UID FETCH 15541 (UID FLAGS MODSEQ)\n"
                     "S: * 1045 FETCH (UID 15541 FLAGS () MODSEQ (90155))\n"
                   : "C: <tag> UID FETCH 15541 (UID FLAGS)\n"
                     "S: * 1045 FETCH (UID 15541 FLAGS ())\n";
    s += "S: <tag> OK FETCH completed.\n";
    if (QByteArray(caps).contains("UIDPLUS"))
        s += "C: <tag> UID SEARCH UID 15541 SUBJECT \"Retrieval using the IMAP4 protocol "
             "failed\"\n"
             "S: * SEARCH\n"
             "S: <tag> OK SEARCH completed.\n"
             "C: <tag> UID FETCH 15541" +
             QByteArray(kConfirm) +
             "\n"
             "S: <tag> OK FETCH completed.\n";
    if (confirmed) {
        s += condstore
                 ? "C: <tag> UID STORE 15541 (UNCHANGEDSINCE 90155) +FLAGS.SILENT (\\Deleted)\n"
                 : "C: <tag> UID STORE 15541 +FLAGS.SILENT (\\Deleted)\n";
        s += "S: <tag> OK STORE completed.\n"
             "C: <tag> UID EXPUNGE 15541\n" +
             expunged +
             "S: <tag> OK EXPUNGE completed.\n"
             "C: <tag> UID FETCH 15541 (UID FLAGS)\n"
             "S: <tag> OK FETCH completed.\n";
    }
    s += "C: <tag> UNSELECT\nS: <tag> OK UNSELECT completed.\n";
    return s + logout();
}

} // namespace mailscope::test::exchange
