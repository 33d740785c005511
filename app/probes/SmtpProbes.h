// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// SMTP checks (seed 004 and the help desk's daily SMTP questions).
#pragma once

#include "i18n/Text.h"

#include "probes/Check.h"

namespace mailscope {

// EHLO (HELO fallback) and its extensions in plain words, before and after STARTTLS.
class SmtpEhloCheck : public Check
{
public:
    explicit SmtpEhloCheck(QString name) : m_id(std::move(name)) {}
    QString id() const override { return m_id; }
    QString title() const override { return translate("Checks", "EHLO and extensions"); }
    void run(Context &ctx) override;

private:
    QString m_id;
};

// RFC 2920 conformance without sending mail: MAIL/RCPT/RSET/QUIT once in lock-step and once
// as one pipelined group; replies counted, ordered and matched. Finding smtp.pipelining-broken.
class SmtpPipeliningCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("pipelining"); }
    QString title() const override { return translate("Checks", "Pipelined commands (RFC 2920)"); }
    void run(Context &ctx) override;
};

// A real test message, only when the user asked for it (--send-to).
class SmtpSendCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("send"); }
    QString title() const override { return translate("Checks", "Test message"); }
    void run(Context &ctx) override;
};

} // namespace mailscope
