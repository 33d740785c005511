// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// IMAP behaviour probes from seeds 000 and 003: pipelining loss and untagged responses.
#pragma once

#include "i18n/Text.h"

#include "probes/Check.h"

namespace mailscope {

// Commands sent in the same packet right after LOGIN, and pipelined generally, must each get
// a tagged reply (perdition 2.2 loses the ones after LOGIN). Finding imap.pipelining-loss.
class PipeliningCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("pipelining"); }
    QString title() const override { return translate("Checks", "Pipelined commands"); }
    void run(Context &ctx) override;
};

// Untagged responses before the LOGIN reply (Dovecot's "Waiting for authentication process")
// break proxies such as older nginx. Finding imap.untagged-during-login (info).
class UntaggedCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("untagged"); }
    QString title() const override
    {
        return translate("Checks", "Untagged responses during login");
    }
    void run(Context &ctx) override;
};

} // namespace mailscope
