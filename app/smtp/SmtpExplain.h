// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Plain-word explanations of SMTP extensions and reply codes (RFC 5321, RFC 3463, RFC 4954).
#pragma once

#include <QByteArray>
#include <QString>

namespace mailscope::smtp {

// "PIPELINING" -> "sends several commands at once without waiting (RFC 2920)".
QString explainExtension(const QByteArray &ehloLine);
// 535 + "5.7.8" -> "the user name or password is wrong". Falls back to the basic code.
QString explainReply(int code, const QByteArray &enhanced);
// The queue id a server gives in its reply to the end of DATA, when it gives one.
QString queueIdFromReply(const QByteArray &text);

} // namespace mailscope::smtp
