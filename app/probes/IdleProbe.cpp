#include "probes/IdleProbe.h"

namespace mailscope {

void IdleCheck::run(Context &ctx)
{
    ctx.addCheck(id(), CheckStatus::Error, QStringLiteral("not implemented yet"));
}

} // namespace mailscope
