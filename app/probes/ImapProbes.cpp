#include "probes/ImapProbes.h"

namespace mailscope {

void PipeliningCheck::run(Context &ctx)
{
    ctx.addCheck(id(), CheckStatus::Error, QStringLiteral("not implemented yet"));
}

void UntaggedCheck::run(Context &ctx)
{
    ctx.addCheck(id(), CheckStatus::Error, QStringLiteral("not implemented yet"));
}

} // namespace mailscope
