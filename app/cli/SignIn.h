// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli's credentials beyond a password: OAuth2 sign-in (--oauth2, --oauth2-token-env)
// and the OS keychain (--remember, forget).
#pragma once

#include "probes/Context.h"

#include <QCommandLineParser>

namespace mailscope {

class CredentialStore;

struct SignIn
{
    std::shared_ptr<CredentialStore> store; // the keychain, when --remember asked for it
    bool rememberPassword = false;          // store the password once a login worked
};

void addSignInOptions(QCommandLineParser &p);
// After the URL and password options were read: sets opts->token (and the password from the
// keychain with --remember). Runs the browser sign-in when needed. Returns an error text.
QString setUpSignIn(const QCommandLineParser &p, DiagnoseOptions *opts, SignIn *out);
// After a run: keeps the password in the keychain when asked to and the login worked.
void afterRun(const DiagnoseOptions &opts, const SignIn &s, bool loginWorked);
// mailscope-cli forget URL [--oauth2 P]: removes what the keychain holds for the account.
int forget(const QCommandLineParser &p, const DiagnoseOptions &opts);

} // namespace mailscope
