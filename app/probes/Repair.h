// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Removing exactly one confirmed message (a ghost) and nothing else. Only on explicit request.
#pragma once

#include "probes/Context.h"

#include <QStringList>

namespace mailscope {

struct RepairRequest
{
    QString mailbox;
    quint32 uid = 0;
    // The mailbox's UIDVALIDITY when the message was found or its plan shown (--uidvalidity):
    // a removal needs it, so that a mailbox rebuilt since (same UID, another message) is
    // refused. 0: not given (only the plan is shown then).
    quint32 uidValidity = 0;
    bool confirmed = false; // --yes: without it, only the plan is shown
};

struct RepairOutcome
{
    bool done = false;
    bool refused = false;
    QString reason; // why it was refused or failed
    // The login was tried and did not succeed (refused, or no answer): callers never send the
    // same credentials again by themselves.
    bool signInFailed = false;
    quint32 uidValidity = 0; // the mailbox's, as the server reported it (0: not reported)
    QStringList plan;        // what will happen / happened, step by step, in plain words
    Report report;           // transcript-backed report (events come from the Transcript)
};

// Connects, logs in and carries out (or only plans) the removal. Blocking. cancel (optional,
// set from another thread) ends whatever wait is under way; the outcome then says so.
RepairOutcome runRepair(const DiagnoseOptions &opts, const RepairRequest &req,
                        Transcript *transcript, CancelToken *cancel = nullptr);

// What the CLI prints and the documents and the desktop app show: the plan's heading, and the
// outcome in one sentence ("Done: …", "Refused: …", "Not done: …").
QString repairTitle(const RepairRequest &req);
QString repairOutcomeText(const RepairOutcome &out, const RepairRequest &req);

} // namespace mailscope
