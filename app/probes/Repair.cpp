#include "probes/Repair.h"

namespace mailscope {

RepairOutcome runRepair(const DiagnoseOptions &, const RepairRequest &, Transcript *)
{
    RepairOutcome out;
    out.refused = true;
    out.reason = QStringLiteral("not implemented yet");
    return out;
}

} // namespace mailscope
