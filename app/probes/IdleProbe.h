// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Idle cutoff (seed 000): how long the server lets an authenticated session sit silent, how it
// ends it (bye, fin, rst, silent), whether that depends on the session's state, and whether
// TCP keepalives alone keep it alive.
#pragma once

#include "i18n/Text.h"

#include "probes/Check.h"

namespace mailscope {

// The words for what the idle.* findings record: a session state ("authenticated", "selected",
// "fetched", "after-ehlo") and how a session ended ("bye", "fin", "rst", "silent", "alive", …).
// Empty for names the probe does not use. English texts made with translate(): show them
// through localized().
QString idleStateWords(const QString &stateName);
QString idleEndingWords(const QString &kind);

class IdleCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("idle"); }
    QString title() const override { return translate("Checks", "Idle connections"); }
    void run(Context &ctx) override;
};

} // namespace mailscope
