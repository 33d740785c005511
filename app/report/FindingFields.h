// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A finding's data in plain words, for people who do not read JSON: one row per field, with
// the field's key, what it means and its value in words ("20.3 s", "yes", "right after login:
// reset…"). The raw data stays available as it is (Finding::data).
#pragma once

#include "probes/Report.h"

#include <QList>
#include <QString>

namespace mailscope {

struct FindingField
{
    QString key;   // as in the JSON ("lower_seconds")
    QString label; // what it means ("the cutoff is at least")
    QString value; // in words ("19.7 s")
};

// Known fields first, in the order a reader wants them, then any others by key. Values are
// bounded (long lists and texts are cut with a count of what was left out).
QList<FindingField> findingFields(const Finding &f);

} // namespace mailscope
