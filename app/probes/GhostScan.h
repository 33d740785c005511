// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Ghost messages (seed 001): UIDs a server lists but whose content cannot be fetched.
// Read-only: EXAMINE, BODY.PEEK, UNSELECT; never CLOSE (it expunges).
#pragma once

#include "i18n/Text.h"

#include "probes/Check.h"

namespace mailscope {

// Finding imap.ghost-message (error). Per mailbox: `UID FETCH 1:* (UID)` lists the UIDs, one
// `UID FETCH 1:* (UID RFC822.SIZE)` is streamed through (never held in memory; no headers, so
// nobody's From or Subject lands in a report), and `UID SEARCH SUBJECT "Retrieval using the
// IMAP4 protocol failed"` lets the server name Exchange's stand-in messages (UIDs only). Every
// UID without a plausible size, or named by that search, is confirmed with one byte of its
// text, `UID FETCH uid (UID RFC822.SIZE BODY.PEEK[TEXT]<0.1>)`. Nothing, a stand-in or an
// impossible size makes it a ghost. --include-headers adds the ghosts' From/Subject/Date/
// Message-ID to the finding.
class GhostsCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("ghosts"); }
    QString title() const override
    {
        return translate("Checks", "Messages that cannot be downloaded");
    }
    void run(Context &ctx) override;

    // Most suspects confirmed one by one per run; the rest are counted and named as unchecked.
    static constexpr int maxConfirmations = 200;
};

namespace ghosts {

// Exchange's stand-in text for a message it cannot convert (seed 001).
inline const char *placeholderText()
{
    return "Retrieval using the IMAP4 protocol failed";
}

// IMAP mailbox names travel in modified UTF-7 (RFC 3501 §5.1.3).
QByteArray encodeMailboxName(const QString &name);
QString decodeMailboxName(const QByteArray &wire);

// The exact command line that removes one ghost (without --yes, so it only shows the plan).
// uidValidity: the mailbox's UIDVALIDITY when it was scanned (0: unknown), so that the repair
// refuses once the mailbox was rebuilt and the UID may name another message.
QString repairCommandLine(const Target &target, const QString &mailbox, quint32 uid,
                          quint32 uidValidity = 0);

// The ghosts an imap.ghost-message finding names, folder by folder (at most `limit`).
struct GhostRef
{
    QString mailbox;
    quint32 uid = 0;
    quint32 uidValidity = 0; // the mailbox's when it was scanned; 0: the report does not say
};

// The UIDVALIDITY a SELECT or EXAMINE reported ([UIDVALIDITY n]); 0 if none.
quint32 uidValidityOf(const imap::Result &opened);

// Confirming one suspect: UID FETCH uid confirmItems() (its size and one byte of its text,
// never its headers), and whether the server's own search names it Exchange's stand-in.
QByteArray confirmItems();
struct Confirmation
{
    bool delivered = false;    // a byte of its text came back
    bool textAnswered = false; // its text came back, perhaps empty (a message without a body)
    bool malformed = false;    // an answer about it could not be read: nothing in it is trusted
    bool sizeKnown = false;
    quint64 size = 0;
};
// What r (the answer to the confirming FETCH) says of uid; seq: its message number, for
// servers that leave the UID out of their answer (0: unknown).
Confirmation readConfirmation(const imap::Result &r, quint32 uid, quint64 seq = 0);
// The message can be downloaded: its text came (a message without a body sends it empty), with a
// plausible size, and the answer could be read.
bool downloadable(const Confirmation &c);
// Why the message counts as a ghost, in words; empty when it does not (it can be downloaded,
// and it is not the stand-in).
QString ghostReason(const Confirmation &c, bool standIn, const imap::Result &r);
QList<GhostRef> ghostsInFinding(const Finding &f, int limit = 1000);

} // namespace ghosts

} // namespace mailscope
