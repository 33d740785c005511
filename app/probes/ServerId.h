// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Names the server software from the texts it shows: greeting, ID fields, EHLO and replies.
#pragma once

#include <QString>
#include <QStringList>

namespace mailscope {

struct ServerIdentity
{
    QString software = QStringLiteral("unknown"); // stable lower-case id used in reports
    QString product;                              // display name
    QString source;                               // which text gave it away
    QString evidence;                             // the matching text
};

ServerIdentity identifyServer(const QStringList &texts, const QStringList &sources);

} // namespace mailscope
