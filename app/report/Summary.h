// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Plain words about a report, shared by every front end and document: the one-sentence
// headline, the names of the programs advice is for, the message for the provider.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QString>

namespace mailscope {

// "2 problems found on imap.example.net:143. Server software: dovecot."
QString reportHeadline(const Report &r);
// thunderbird -> Thunderbird, server-admin -> "Your provider / server admin", …
QString adviceProgramName(const QString &forWhom);
// "Error", "Warning", "Info".
QString severityWord(Severity s);
// "✓ passed", "⚠ warning", "✗ failed", "– skipped", "✗ could not run".
QString checkStatusWord(CheckStatus s);
// Plain-language summary for the provider's help desk: findings and server-admin advice.
QString providerMessage(const Report &r);
// The transcript prefix of an event kind: C, S, ~, T, x, X, ! or *.
QChar eventPrefix(EventKind k);
// Findings in the order people read them: errors, then warnings, then information.
QList<int> findingsBySeverity(const Report &r);

} // namespace mailscope
