// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "AppIcons.h"

// Q_INIT_RESOURCE must be used outside any namespace. The resources live in a static library,
// whose initialiser the linker would drop unless something refers to it: this does.
static void initMailscopeResources()
{
    Q_INIT_RESOURCE(mailscope);
}

namespace mailscope::icons {

namespace {
QIcon fromResource(const QString &name)
{
    static const bool once = (initMailscopeResources(), true);
    Q_UNUSED(once);
    return QIcon(QStringLiteral(":/mailscope/") + name);
}
} // namespace

QIcon application()
{
    return fromResource(QStringLiteral("mailscope.svg"));
}

QIcon severity(Severity s)
{
    switch (s) {
    case Severity::Error:
        return fromResource(QStringLiteral("severity-error.svg"));
    case Severity::Warning:
        return fromResource(QStringLiteral("severity-warning.svg"));
    case Severity::Info:
        break;
    }
    return fromResource(QStringLiteral("severity-info.svg"));
}

} // namespace mailscope::icons
