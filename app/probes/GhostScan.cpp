#include "probes/GhostScan.h"

namespace mailscope {

void GhostsCheck::run(Context &ctx)
{
    ctx.addCheck(id(), CheckStatus::Error, QStringLiteral("not implemented yet"));
}

} // namespace mailscope
