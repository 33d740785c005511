// Ghost messages (seed 001): UIDs a server lists but whose content cannot be fetched.
// Read-only: EXAMINE, BODY.PEEK, UNSELECT; never CLOSE (it expunges).
#pragma once

#include "probes/Check.h"

namespace mailscope {

class GhostsCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("ghosts"); }
    QString title() const override { return QStringLiteral("Messages that cannot be downloaded"); }
    void run(Context &ctx) override;
};

} // namespace mailscope
