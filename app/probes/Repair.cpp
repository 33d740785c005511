// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/Repair.h"
#include "i18n/Text.h"

#include "probes/GhostScan.h"
#include "session/Transcript.h"

#include <QDateTime>

namespace mailscope {

namespace {

// What the session has been told about the selected mailbox.
struct MailboxState
{
    quint64 exists = 0;
    QList<quint64> expunged; // sequence numbers, in the order the server reported them

    void track(const imap::Result &r)
    {
        for (const auto &u : r.untagged) {
            if (!u.hasNumber) continue;
            if (u.name == "EXISTS") exists = u.number;
            if (u.name == "EXPUNGE") {
                expunged << u.number;
                if (exists > 0) --exists;
            }
        }
    }
};

struct MessageInfo
{
    bool found = false;
    bool unreadable = false; // a FETCH answer could not be parsed: nothing in it is trusted
    quint64 seq = 0;
    QList<QByteArray> flags;
    bool hasModseq = false;
    quint64 modseq = 0;

    bool hasFlag(const char *flag) const
    {
        for (const auto &f : flags)
            if (f.compare(flag, Qt::CaseInsensitive) == 0) return true;
        return false;
    }
    QString flagText() const
    {
        QStringList l;
        for (const auto &f : flags)
            l << QString::fromLatin1(f);
        return l.isEmpty() ? QStringLiteral("none") : joinTexts(l, QLatin1Char(' '));
    }
};

quint32 fetchUid(const imap::Response &r)
{
    const imap::Value *v = r.fetchItem("UID");
    bool ok = false;
    const quint64 n = v ? v->toNumber(&ok) : 0;
    return ok && n <= 0xffffffffULL ? quint32(n) : 0;
}

MessageInfo lookUp(imap::Session &s, MailboxState &state, quint32 uid, bool modseq,
                   imap::Result *out)
{
    *out = s.execute("UID FETCH", {imap::Arg::raw(QByteArray::number(uid) +
                                                  (modseq ? QByteArrayLiteral(" (UID FLAGS MODSEQ)")
                                                          : QByteArrayLiteral(" (UID FLAGS)")))});
    state.track(*out);
    MessageInfo m;
    for (const auto &u : out->untagged) {
        if (u.name == "FETCH" && !u.parseError.isEmpty()) m.unreadable = true;
        if (u.name != "FETCH" || !u.hasNumber || fetchUid(u) != uid) continue;
        m.found = true;
        m.seq = u.number;
        if (const imap::Value *f = u.fetchItem("FLAGS"); f && f->isList()) {
            m.flags.clear();
            for (const auto &v : f->items)
                m.flags << v.str;
        }
        if (const imap::Value *ms = u.fetchItem("MODSEQ"); ms && ms->isList() && !ms->items.empty())
            m.modseq = ms->items.front().toNumber(&m.hasModseq);
    }
    return m;
}

} // namespace

RepairOutcome runRepair(const DiagnoseOptions &opts, const RepairRequest &req,
                        Transcript *transcript, CancelToken *cancel)
{
    RepairOutcome out;
    out.report.target = opts.target;
    out.report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    CancelToken own;
    Context ctx(opts, transcript, &out.report, cancel ? cancel : &own);
    const QString box = req.mailbox;
    const quint32 uid = req.uid;
    const QString checkId = QStringLiteral("repair");
    transcript->note(0, translate("Repair", "Mailscope repair: remove UID %1 from %2 on %3 (%4)")
                            .arg(uid)
                            .arg(box, opts.target.url,
                                 req.confirmed ? translate("Repair", "confirmed with --yes")
                                               : translate("Repair", "plan only")));

    bool selected = false;
    auto leave = [&] {
        // Never CLOSE: on a read-write mailbox it expunges every \Deleted message.
        if (selected && ctx.conn && ctx.conn->isOpen() && ctx.imap->hasCapability("UNSELECT"))
            ctx.imap->execute("UNSELECT");
        ctx.finish();
    };
    auto stop = [&](bool refused, const QString &why, CheckStatus status) {
        out.refused = refused;
        out.reason = why;
        ctx.addCheck(checkId, status, why);
        transcript->note(0, translate("Repair", "repair: %1").arg(why));
        leave();
        return out;
    };

    out.plan << translate("Repair", "Log in to %1 as %2.").arg(opts.target.host, opts.target.user);
    if (!ctx.ensureLoggedIn()) {
        if (out.report.fatalError.isEmpty())
            out.report.fatalError =
                !ctx.login.blocked.isEmpty()
                    ? translate("Repair", "cannot log in: %1").arg(ctx.login.blocked)
                    : translate("Repair", "the login failed: %1").arg(ctx.login.reply);
        out.reason = out.report.fatalError;
        out.signInFailed = ctx.login.attempted && !ctx.login.ok;
        ctx.addCheck(checkId, CheckStatus::Error, out.reason);
        ctx.finish();
        return out;
    }
    imap::Session &s = *ctx.imap;
    const bool uidplus = s.hasCapability("UIDPLUS");
    const bool condstore = s.hasCapability("CONDSTORE") || s.hasCapability("QRESYNC");
    MailboxState state;

    // Open the mailbox for changes; only read-only (EXAMINE) for the plan, which changes
    // nothing, not even \Recent.
    QList<imap::Arg> selArgs{imap::Arg::string(ghosts::encodeMailboxName(box))};
    if (condstore) selArgs << imap::Arg::raw("(CONDSTORE)");
    const imap::Result sel = s.execute(req.confirmed ? "SELECT" : "EXAMINE", selArgs);
    state.track(sel);
    if (!sel.ok()) {
        if (!sel.completed && !ctx.conn->isOpen()) {
            out.report.fatalError =
                translate("Repair", "opening %1 failed: %2").arg(box, sel.describe());
            out.reason = out.report.fatalError;
            ctx.addCheck(checkId, CheckStatus::Error, out.reason);
            ctx.finish();
            return out;
        }
        return stop(true,
                    translate("Repair", "the server would not open %1 (%2); nothing was changed")
                        .arg(box, sel.describe()),
                    CheckStatus::Fail);
    }
    selected = true;
    if (req.confirmed && sel.tagged.code == "READ-ONLY")
        return stop(true,
                    translate("Repair", "the server opened %1 read-only, so nothing can be removed "
                                        "from it; nothing was changed")
                        .arg(box),
                    CheckStatus::Fail);
    const quint64 existsBefore = state.exists;
    // A UID names one message only while the mailbox keeps its UIDVALIDITY (RFC 3501 §2.3.1.1):
    // a mailbox rebuilt since the scan may hold an ordinary message under the same UID.
    out.uidValidity = ghosts::uidValidityOf(sel);
    if (req.uidValidity && out.uidValidity != req.uidValidity)
        return stop(
            true,
            out.uidValidity
                ? translate("Repair", "%1 was rebuilt since the message was found: its "
                                      "UIDVALIDITY is %2 now, it was %3, so UID %4 may be another "
                                      "message now. Nothing was changed; look for the message "
                                      "again (run the ghosts check)")
                      .arg(box, QString::number(out.uidValidity), QString::number(req.uidValidity),
                           QString::number(uid))
                : translate("Repair", "the server does not say whether %1 is still the mailbox "
                                      "the message was found in (no UIDVALIDITY), so Mailscope "
                                      "cannot be sure UID %2 is the same message; nothing was "
                                      "changed")
                      .arg(box, QString::number(uid)),
            CheckStatus::Fail);
    if (req.confirmed && !req.uidValidity)
        return stop(
            true,
            out.uidValidity
                ? translate("Repair", "a removal needs the mailbox's UIDVALIDITY, so that it "
                                      "removes the message the plan showed and no other: run "
                                      "without --yes to see the plan, then add --uidvalidity %1 "
                                      "--yes. Nothing was changed")
                      .arg(out.uidValidity)
                : translate("Repair", "the server does not give %1's UIDVALIDITY, so Mailscope "
                                      "cannot be sure UID %2 is the message that was found; "
                                      "nothing was changed")
                      .arg(box, QString::number(uid)),
            CheckStatus::Fail);

    imap::Result look;
    const MessageInfo target = lookUp(s, state, uid, condstore, &look);
    if (!look.completed)
        return stop(true,
                    translate("Repair", "looking up UID %1 failed (%2); nothing was changed")
                        .arg(uid)
                        .arg(look.describe()),
                    CheckStatus::Error);
    if (target.unreadable)
        return stop(true,
                    translate("Repair", "the server's answer about UID %1 could not be read, so "
                                        "Mailscope cannot be sure which message it is; nothing was "
                                        "changed")
                        .arg(uid),
                    CheckStatus::Error);
    if (!target.found)
        return stop(true,
                    translate("Repair", "there is no message with UID %1 in %2 (it holds %3 "
                                        "messages); nothing was changed")
                        .arg(uid)
                        .arg(box, QString::number(state.exists)),
                    CheckStatus::Fail);
    const bool guarded = condstore && target.hasModseq;
    out.plan << translate("Repair", "Open %1 for changes (SELECT). It holds %2 messages; UID %3 is "
                                    "message number %4, flags: %5.")
                    .arg(box, QString::number(existsBefore), QString::number(uid),
                         QString::number(target.seq), target.flagText());
    if (out.uidValidity)
        out.plan << translate("Repair", "Only while %1 keeps UIDVALIDITY %2 (the UIDs it had "
                                        "when this plan was made).")
                        .arg(box, QString::number(out.uidValidity));
    if (!uidplus)
        return stop(
            true,
            translate(
                "Repair",
                "the server does not offer UIDPLUS (RFC 4315), so it cannot remove one message by "
                "its UID. The only other way (RFC 4549 §4.2.4: take the deleted mark off every "
                "other marked message, EXPUNGE, put the marks back) is not safe while other mail "
                "programs use the mailbox%1: a message another program marks meanwhile would be "
                "removed too. Nothing was changed; ask the provider to remove the message")
                .arg(condstore ? QString()
                               : translate("Repair", ", and without CONDSTORE Mailscope "
                                                     "could not even notice them")),
            CheckStatus::Fail);
    // Only a message that still cannot be downloaded is removed: a UID typed by hand or taken
    // from an old report may name an ordinary message. Asked as the scan asks: one byte of its
    // text (never its headers), and whether the server's search names it Exchange's stand-in.
    const QByteArray u = QByteArray::number(uid);
    const imap::Result search = s.execute(
        "UID SEARCH",
        {imap::Arg::raw("UID " + u + " SUBJECT \"" + QByteArray(ghosts::placeholderText()) + '"')});
    state.track(search);
    bool standIn = false;
    for (const auto &r : search.untagged) {
        if (r.name != "SEARCH" || !r.parseError.isEmpty()) continue;
        for (const auto &v : r.data) {
            bool ok = false;
            standIn = standIn || (v.toNumber(&ok) == uid && ok);
        }
    }
    const imap::Result confirm =
        s.execute("UID FETCH", {imap::Arg::raw(u + ' ' + ghosts::confirmItems())});
    state.track(confirm);
    if (!confirm.completed)
        return stop(true,
                    translate("Repair", "asking for UID %1 failed (%2); nothing was changed")
                        .arg(uid)
                        .arg(confirm.describe()),
                    CheckStatus::Error);
    const ghosts::Confirmation c = ghosts::readConfirmation(confirm, uid, target.seq);
    // A message that downloads is never removed here, not even one the server's search names
    // Exchange's stand-in (a forwarded stand-in matches too): any mail program can show it
    // and delete it.
    if (ghosts::downloadable(c) && standIn)
        return stop(true,
                    translate("Repair", "UID %1 in %2 can be downloaded (%3 bytes): its subject is "
                                        "that of Exchange's stand-in, but it may be an ordinary "
                                        "message (a forwarded one, say). Look at it and delete it "
                                        "in your mail program if it is the stand-in; Mailscope "
                                        "does not remove it. Nothing was changed")
                        .arg(QString::number(uid), box, QString::number(c.size)),
                    CheckStatus::Fail);
    const QString why = ghosts::ghostReason(c, standIn, confirm);
    if (why.isEmpty())
        return stop(true,
                    translate("Repair", "UID %1 in %2 can be downloaded (it sent its text, %3 "
                                        "bytes in all): it is an ordinary message, not one that "
                                        "cannot be downloaded, so Mailscope does not remove it. "
                                        "Nothing was changed")
                        .arg(uid)
                        .arg(box, QString::number(c.size)),
                    CheckStatus::Fail);
    out.plan
        << translate("Repair", "Checked: UID %1 still cannot be downloaded: %2.").arg(uid).arg(why);
    out.plan << (guarded ? translate("Repair", "Mark only UID %1 as deleted, and only if nothing "
                                               "changed it since it was looked at (UID STORE %1 "
                                               "(UNCHANGEDSINCE %2) +FLAGS.SILENT (\\Deleted)).")
                               .arg(uid)
                               .arg(target.modseq)
                         : translate("Repair", "Mark only UID %1 as deleted (UID STORE %1 "
                                               "+FLAGS.SILENT (\\Deleted)).")
                               .arg(uid));
    out.plan << translate("Repair",
                          "Remove only that message (UID EXPUNGE %1). Other messages marked "
                          "as deleted stay where they are.")
                    .arg(uid);
    out.plan << translate("Repair",
                          "Check that UID %1 is gone and that %2 holds exactly one message "
                          "fewer (%3).")
                    .arg(uid)
                    .arg(box, QString::number(existsBefore - 1));
    if (!target.hasFlag("\\Deleted"))
        out.plan << translate("Repair",
                              "If anything fails after marking it, take the deleted mark off "
                              "again.");
    out.plan << translate("Repair",
                          "Leave without CLOSE (which would remove every message marked as "
                          "deleted), then log out.");
    transcript->note(
        0, translate("Repair", "repair plan: %1").arg(joinTexts(out.plan, QLatin1Char(' '))));
    if (!req.confirmed) {
        out.reason =
            req.uidValidity || !out.uidValidity
                ? translate("Repair", "nothing was changed; run again with --yes to carry out "
                                      "this plan")
                : translate("Repair", "nothing was changed; run again with --uidvalidity %1 --yes "
                                      "to carry out this plan")
                      .arg(out.uidValidity);
        if (!out.uidValidity)
            out.reason = translate("Repair", "nothing was changed; the server gives no UIDVALIDITY "
                                             "for %1, so Mailscope cannot be sure of the message "
                                             "and will not remove it (ask the provider)")
                             .arg(box);
        ctx.addCheck(checkId, CheckStatus::Skipped,
                     translate("Repair", "plan shown for UID %1 in %2; nothing was changed")
                         .arg(uid)
                         .arg(box));
        leave();
        return out;
    }

    // Carry it out.
    const imap::Result store = s.execute(
        "UID STORE",
        {imap::Arg::raw(u +
                        (guarded ? " (UNCHANGEDSINCE " + QByteArray::number(target.modseq) + ')'
                                 : QByteArray()) +
                        " +FLAGS.SILENT (\\Deleted)")});
    state.track(store);
    if (store.completed && store.tagged.code == "MODIFIED")
        return stop(true,
                    translate("Repair",
                              "UID %1 changed after Mailscope looked at it (another program "
                              "changed it meanwhile), so the server did not mark it; nothing "
                              "was changed. Run the repair again to see the current state")
                        .arg(uid),
                    CheckStatus::Fail);
    bool marked = store.ok();
    auto restore = [&]() -> QString {
        if (target.hasFlag("\\Deleted"))
            return translate("Repair", "UID %1 was marked as deleted before; the mark was left")
                .arg(uid);
        if (!ctx.conn->isOpen())
            return translate("Repair",
                             "the connection is gone, so the deleted mark could not be taken "
                             "off UID %1 again: remove it in your mail program (or leave it; "
                             "the message is only removed by an expunge)")
                .arg(uid);
        const imap::Result r =
            s.execute("UID STORE", {imap::Arg::raw(u + " -FLAGS.SILENT (\\Deleted)")});
        state.track(r);
        return r.ok() ? translate("Repair", "the deleted mark was taken off UID %1 again").arg(uid)
                      : translate("Repair", "taking the deleted mark off UID %1 again failed (%2): "
                                            "remove it in your mail program")
                            .arg(uid)
                            .arg(r.describe());
    };
    if (!marked) {
        const QString undo = store.completed ? QString() : QStringLiteral("; ") + restore();
        return stop(false,
                    translate("Repair", "marking UID %1 as deleted failed (%2)%3")
                        .arg(uid)
                        .arg(store.describe(), undo),
                    CheckStatus::Error);
    }
    out.plan << translate("Repair", "Done: UID %1 marked as deleted (%2).")
                    .arg(uid)
                    .arg(store.describe());

    state.expunged.clear();
    // Removing one message may take a big mailbox's server a while: the command's own time
    // limit applies, not --silence (a removal given up on may still happen).
    s.setSilenceMs(qMax(s.silenceMs(), s.commandTimeoutMs()));
    const imap::Result ex = s.execute("UID EXPUNGE", {imap::Arg::raw(u)});
    s.setSilenceMs(ctx.silenceMs());
    state.track(ex);
    if (!ex.completed)
        return stop(false,
                    translate("Repair", "the server did not answer UID EXPUNGE %1 (%2), so "
                                        "whether it removed the message is not known (it may "
                                        "still do so); %3. Look at %4 before trying again")
                        .arg(uid)
                        .arg(ex.describe(), restore(), box),
                    CheckStatus::Error);
    if (!ex.ok())
        return stop(false,
                    translate("Repair", "removing UID %1 failed (%2); %3")
                        .arg(uid)
                        .arg(ex.describe(), restore()),
                    CheckStatus::Error);
    out.plan << translate("Repair", "Done: UID EXPUNGE %1 (%2); the server reported %3 removed "
                                    "message(s).")
                    .arg(uid)
                    .arg(ex.describe())
                    .arg(state.expunged.size());

    // Verify from the same session.
    imap::Result check;
    const MessageInfo after = lookUp(s, state, uid, false, &check);
    if (!check.completed)
        return stop(false,
                    translate("Repair",
                              "UID EXPUNGE was accepted but checking the result failed (%1); "
                              "look at %2 before trying again")
                        .arg(check.describe(), box),
                    CheckStatus::Error);
    if (after.found || after.unreadable)
        return stop(false,
                    translate("Repair", "the server accepted UID EXPUNGE but UID %1 is still there "
                                        "(or its answer could not be read); %2")
                        .arg(uid)
                        .arg(restore()),
                    CheckStatus::Error);
    if (state.exists != existsBefore - 1 || state.expunged.size() != 1)
        return stop(false,
                    translate("Repair",
                              "UID %1 is gone, but %2 now holds %3 messages instead of %4 "
                              "(%5 removal(s) reported while Mailscope worked; another "
                              "program may have removed messages at the same time)")
                        .arg(uid)
                        .arg(box, QString::number(state.exists), QString::number(existsBefore - 1),
                             QString::number(state.expunged.size())),
                    CheckStatus::Warn);
    out.plan << translate("Repair",
                          "Checked: UID %1 is gone and %2 holds %3 messages, one fewer than "
                          "before.")
                    .arg(uid)
                    .arg(box, QString::number(state.exists));
    out.done = true;
    ctx.addCheck(
        checkId, CheckStatus::Pass,
        translate("Repair", "UID %1 removed from %2; %3 messages left, nothing else changed")
            .arg(uid)
            .arg(box, QString::number(state.exists)));
    transcript->note(0, translate("Repair", "repair: UID %1 removed from %2").arg(uid).arg(box));
    leave();
    return out;
}

QString repairTitle(const RepairRequest &req)
{
    return translate("Repair", "Plan for removing UID %1 from %2").arg(req.uid).arg(req.mailbox);
}

QString repairOutcomeText(const RepairOutcome &out, const RepairRequest &req)
{
    if (out.refused) return translate("Repair", "Refused: %1").arg(out.reason);
    if (!out.done) return translate("Repair", "Not done: %1").arg(out.reason);
    return translate("Repair", "Done: UID %1 was removed; nothing else was changed.").arg(req.uid);
}

} // namespace mailscope
