// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// SMTP command builder. Refuses values that would smuggle a second command (CR, LF, NUL).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailscope::smtp {

struct CommandLine
{
    QByteArray wire;    // without CRLF
    QByteArray display; // redacted form
    QString error;      // non-empty when the input was refused
    bool ok() const { return error.isEmpty(); }
};

CommandLine ehlo(const QByteArray &domain);
CommandLine helo(const QByteArray &domain);
// Empty address gives the null reverse-path "<>".
CommandLine mailFrom(const QByteArray &address, const QList<QByteArray> &params = {});
CommandLine rcptTo(const QByteArray &address, const QList<QByteArray> &params = {});
CommandLine simple(const QByteArray &verb); // RSET, QUIT, NOOP, DATA, STARTTLS

} // namespace mailscope::smtp
