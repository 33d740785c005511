// mailscope-cli session: a manual console over the engine (tags, CRLF, colours, redaction).
#pragma once

#include "probes/Context.h"

namespace mailscope {

int runConsole(const DiagnoseOptions &opts, bool colour);

// Turns one typed IMAP line into a command: adds the tag and redacts the password of LOGIN
// and the data of AUTHENTICATE. Exposed for tests.
imap::Command consoleImapCommand(imap::CommandBuilder &builder, const QByteArray &typed,
                                 bool revealSecrets);
// For SMTP: the display form of a typed line (AUTH data redacted).
QByteArray consoleSmtpDisplay(const QByteArray &typed, bool revealSecrets);

} // namespace mailscope
