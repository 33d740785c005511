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
    // setUpSignIn's text is why the sign-in failed, not a usage error (no "Try --help").
    bool failed = false;
};

void addSignInOptions(QCommandLineParser &p);
// After the URL and password options were read: sets opts->token (and the password from the
// keychain with --remember). Runs the browser sign-in when needed. Returns a usage error's
// text, or why the sign-in failed (out->failed set).
QString setUpSignIn(const QCommandLineParser &p, DiagnoseOptions *opts, SignIn *out);
// After a run: keeps the password in the keychain when asked to and the login worked.
void afterRun(const DiagnoseOptions &opts, const SignIn &s, bool loginWorked);
// mailscope-cli forget URL [--oauth2 P]: removes everything the keychain holds for the account
// (the password for the URL, every sign-in kept for its user) and says what it removed.
int forget(const QCommandLineParser &p, const DiagnoseOptions &opts);

} // namespace mailscope
