// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Turns a recorded transcript into a fault-server script (fake/ScriptedServer format), so any
// session a user recorded can be replayed as a test fixture or a demonstration.
#pragma once

#include "session/Event.h"

#include <QByteArray>
#include <vector>

namespace mailscope {

// One section per connection, in order. Client tags become "<tag>"; redacted client data
// becomes a wildcard. Notes and connection-level events other than TLS/close are dropped.
QByteArray transcriptToScript(const std::vector<Event> &events);

} // namespace mailscope
