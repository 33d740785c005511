// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "demo/IdlePolicy.h"

namespace mailscope::demo {

IdlePolicy IdlePolicy::named(const QString &kind, int cutoffMs)
{
    IdlePolicy p;
    p.cutoffMs = cutoffMs;
    IdleEnd all = IdleEnd::None;
    if (kind == QLatin1String("seed")) {
        p.authenticated = p.selected = IdleEnd::RstOnCommand;
        p.fetched = IdleEnd::SilentOnCommand;
        return p;
    }
    if (kind == QLatin1String("bye"))
        all = IdleEnd::Bye;
    else if (kind == QLatin1String("fin"))
        all = IdleEnd::Fin;
    else if (kind == QLatin1String("rst"))
        all = IdleEnd::Rst;
    else if (kind == QLatin1String("rst-command"))
        all = IdleEnd::RstOnCommand;
    else if (kind == QLatin1String("silent"))
        all = IdleEnd::SilentOnCommand;
    else
        p.cutoffMs = -1;
    p.authenticated = p.selected = p.fetched = all;
    return p;
}

QStringList IdlePolicy::names()
{
    return {QStringLiteral("seed"), QStringLiteral("bye"),         QStringLiteral("fin"),
            QStringLiteral("rst"),  QStringLiteral("rst-command"), QStringLiteral("silent")};
}

} // namespace mailscope::demo
