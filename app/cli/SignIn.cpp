// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "cli/SignIn.h"
#include "i18n/Text.h"
#include <QCoreApplication>

#include "auth/Credentials.h"
#include "auth/OAuth.h"
#include "keychain/KeychainStore.h"

#include <QDeadlineTimer>
#include <cstdio>
#include <cstdlib>

namespace mailscope {

namespace {

void say(const QString &s)
{
    std::fputs((s + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// A sign-in that failed is not a usage error: main() says so without "Try --help".
QString signInFailed(SignIn *out, const QString &why)
{
    out->failed = true;
    return why;
}

// The provider named on the command line: microsoft, google, or a profile file.
QString provider(const QCommandLineParser &p, oauth::Provider *out)
{
    return oauth::resolveProvider(p.value(QStringLiteral("oauth2")),
                                  p.value(QStringLiteral("oauth2-client-id")),
                                  p.value(QStringLiteral("oauth2-tenant")), out);
}

} // namespace

void addSignInOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("oauth2"),
         QCoreApplication::translate(
             "cli", "Sign in with microsoft, google or the provider described in FILE "
                    "(OAuth2 in the browser) instead of a password."),
         QStringLiteral("PROVIDER|FILE")},
        {QStringLiteral("oauth2-token-env"),
         QCoreApplication::translate(
             "cli", "Log in with the OAuth2 bearer token in environment variable VAR "
                    "(obtained elsewhere; not refreshed)."),
         QStringLiteral("VAR")},
        {QStringLiteral("oauth2-client-id"),
         QCoreApplication::translate("cli",
                                     "The client id your organisation registered for Mailscope."),
         QStringLiteral("ID")},
        {QStringLiteral("oauth2-tenant"),
         QCoreApplication::translate("cli",
                                     "Microsoft: the directory (tenant) id or domain (default: "
                                     "organizations)."),
         QStringLiteral("TENANT")},
        {QStringLiteral("oauth2-timeout"),
         QCoreApplication::translate("cli",
                                     "Seconds to wait for the browser sign-in (default 300)."),
         QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("remember"),
         QCoreApplication::translate(
             "cli", "Keep the password or sign-in in the OS keychain, and use what is kept "
                    "there (never in a file).")},
    });
}

QString setUpSignIn(const QCommandLineParser &p, DiagnoseOptions *opts, SignIn *out)
{
    const bool remember = p.isSet(QStringLiteral("remember"));
    const bool tokenEnv = p.isSet(QStringLiteral("oauth2-token-env"));
    const bool browser = p.isSet(QStringLiteral("oauth2"));
    if (tokenEnv && browser)
        return QCoreApplication::translate("cli",
                                           "use either --oauth2 or --oauth2-token-env, not both");
    if ((tokenEnv || browser) && opts->havePassword)
        return QCoreApplication::translate(
            "cli", "give either a password or a sign-in (--oauth2), not both");
    if (remember) out->store = defaultCredentialStore();
    const QByteArray mech = sasl::isBearer(opts->authMech) ? opts->authMech : QByteArray();
    const QString user = opts->target.user;
    if (tokenEnv) {
        const QString var = p.value(QStringLiteral("oauth2-token-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return QCoreApplication::translate("cli", "environment variable %1 is not set")
                .arg(var);
        opts->token = std::make_shared<oauth::StaticToken>(qgetenv(var.toLocal8Bit().constData()),
                                                           mech.isEmpty() ? "XOAUTH2" : mech);
        return {};
    }
    if (!browser) {
        if (remember && !opts->havePassword && !user.isEmpty()) {
            QString err;
            if (out->store->read(credentials::passwordKey(opts->target), &opts->password, &err))
                opts->havePassword = true;
            else if (!err.isEmpty())
                say(QCoreApplication::translate("cli", "mailscope-cli: %1").arg(localized(err)));
        }
        out->rememberPassword = remember && opts->havePassword;
        return {};
    }
    if (user.isEmpty())
        return QStringLiteral("--oauth2 needs the account in the URL (imaps://you@host)");
    oauth::Provider prov;
    const QString problem = provider(p, &prov);
    if (!problem.isEmpty()) return problem;
    if (!mech.isEmpty()) prov.mechanism = mech;
    prov.extraCa = opts->tls.extraCa;
    bool okTimeout = false;
    const int timeout = p.value(QStringLiteral("oauth2-timeout")).toInt(&okTimeout);
    if (!okTimeout || timeout < 1 || timeout > 3600)
        return QStringLiteral("--oauth2-timeout takes seconds from 1 to 3600");
    const QString key = oauth::keptKey(prov, user);
    if (!oauth::isBuiltin(prov.id))
        // Whoever wrote the profile decides where the sign-in goes: say where, before it does.
        say(QCoreApplication::translate(
                "cli", "The profile \"%1\" signs in at %2 and gets its tokens from %3.")
                .arg(prov.name, prov.authorizeUrl.host(), prov.tokenUrl.host()));
    // --oauth2-timeout bounds the whole sign-in: the kept one, the browser and the exchange.
    const QDeadlineTimer deadline(qint64(timeout) * 1000);
    oauth::Tokens tokens;
    if (remember) {
        // A kept sign-in first: no browser when its refresh token still works.
        QString err;
        switch (oauth::useKeptSignIn(prov, user, *out->store, &tokens, &err,
                                     int(qMin<qint64>(30000, deadline.remainingTime())))) {
        case oauth::Kept::Used:
            say(QCoreApplication::translate("cli", "Signed in with %1 for %2 (kept in %3).")
                    .arg(prov.name, user, out->store->name()));
            if (!err.isEmpty())
                say(QCoreApplication::translate("cli", "mailscope-cli: %1").arg(localized(err)));
            break;
        case oauth::Kept::Dead:
            say(QCoreApplication::translate(
                    "cli", "The kept sign-in no longer works (%1); signing in again.")
                    .arg(localized(err)));
            break;
        case oauth::Kept::Unavailable:
            // The browser would need the same token endpoint: no point in opening it.
            return signInFailed(
                out, QCoreApplication::translate(
                         "cli", "the kept sign-in with %1 could not be used: the provider "
                                "could not be reached or failed for now (%2). The sign-in is "
                                "still kept; try again later.")
                         .arg(prov.name, localized(err)));
        case oauth::Kept::None:
            if (!err.isEmpty())
                say(QCoreApplication::translate("cli", "mailscope-cli: %1").arg(localized(err)));
            break;
        }
    }
    if (tokens.isEmpty()) {
        oauth::AuthorizationFlow flow(prov, user);
        QString err;
        const QUrl url = flow.start(&err);
        if (url.isEmpty()) return signInFailed(out, err);
        QString how;
        if (oauth::openBrowser(url, &how))
            say(QCoreApplication::translate(
                    "cli", "Sign in with %1 in the browser that just opened (waiting up to "
                           "%2 s). If none opened, visit:\n  %3")
                    .arg(prov.name)
                    .arg(timeout)
                    .arg(url.toString(QUrl::FullyEncoded)));
        else
            say(QCoreApplication::translate(
                    "cli", "Open this address in a browser on this computer to sign in with "
                           "%1 (waiting up to %2 s):\n  %3")
                    .arg(prov.name)
                    .arg(timeout)
                    .arg(url.toString(QUrl::FullyEncoded)));
        if (!flow.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            return signInFailed(out,
                                QCoreApplication::translate("cli", "sign-in with %1 failed: %2")
                                    .arg(prov.name, localized(flow.error())));
        tokens = flow.tokens();
        say(QCoreApplication::translate("cli", "Signed in with %1 for %2.").arg(prov.name, user));
        if (remember && tokens.refresh.isEmpty()) {
            say(QCoreApplication::translate(
                    "cli", "%1 gave no refresh token, so the sign-in cannot be kept: the next run "
                           "needs the browser again.")
                    .arg(prov.name));
        } else if (remember) {
            QString werr;
            if (oauth::keepSignIn(*out->store, prov, user, tokens.refresh, &werr))
                say(QCoreApplication::translate("cli", "The sign-in is kept in %1.")
                        .arg(out->store->name()));
            else
                say(QCoreApplication::translate("cli",
                                                "mailscope-cli: could not keep the sign-in: %1")
                        .arg(localized(werr)));
        }
    }
    opts->token = std::make_shared<oauth::RefreshingToken>(prov, tokens, user,
                                                           remember ? out->store : nullptr, key);
    return {};
}

void afterRun(const DiagnoseOptions &opts, const SignIn &s, bool loginWorked)
{
    if (!s.rememberPassword || !loginWorked || !s.store) return;
    QString err;
    if (s.store->write(credentials::passwordKey(opts.target), opts.password, &err))
        say(QCoreApplication::translate("cli", "The password is kept in %1.").arg(s.store->name()));
    else
        say(QCoreApplication::translate("cli", "mailscope-cli: could not keep the password: %1")
                .arg(localized(err)));
}

int forget(const QCommandLineParser &p, const DiagnoseOptions &opts)
{
    KeychainStore store;
    QStringList removed, failed;
    // The password for exactly this URL; read first, since the keychain says "done" for an
    // entry that was never there.
    const QString pwKey = credentials::passwordKey(opts.target);
    const QString pwWhat =
        QCoreApplication::translate("cli", "the password for %1").arg(opts.target.url);
    QByteArray secret;
    QString err;
    if (store.read(pwKey, &secret, &err)) {
        if (store.remove(pwKey, &err))
            removed << pwWhat;
        else
            failed << QStringLiteral("%1: %2").arg(pwWhat, localized(err));
    } else if (!err.isEmpty()) {
        failed << QStringLiteral("%1: %2").arg(pwWhat, localized(err));
    }
    secret.fill('\0');
    // Every sign-in kept for the user, whichever provider or profile: the list the keychain
    // keeps of them, plus the keys of the providers known here (sign-ins kept before the list
    // existed): the one named with --oauth2, and the built-in ones with the organisation's or
    // the saved client id.
    QList<oauth::Provider> candidates;
    if (p.isSet(QStringLiteral("oauth2"))) {
        oauth::Provider prov;
        const QString problem = provider(p, &prov);
        // Not a failure: the list may well hold that sign-in anyway.
        if (prov.clientId.isEmpty())
            say(QCoreApplication::translate("cli",
                                            "mailscope-cli: cannot tell which sign-in --oauth2 %1 "
                                            "means (%2); removing the kept ones listed for %3.")
                    .arg(p.value(QStringLiteral("oauth2")), localized(problem), opts.target.user));
        else
            candidates << prov;
    }
    for (const char *id : {"microsoft", "google"}) {
        oauth::Provider prov;
        oauth::resolveProvider(QLatin1String(id), QString(), QString(), &prov);
        candidates << prov;
    }
    if (!opts.target.user.isEmpty()) {
        const oauth::Forgotten f = oauth::forgetSignIns(store, opts.target.user, candidates);
        removed += f.removed;
        failed += f.failed;
    }
    for (const QString &r : std::as_const(removed))
        say(QCoreApplication::translate("cli", "Removed from %1: %2.")
                .arg(store.name(), localized(r)));
    for (const QString &f : std::as_const(failed))
        say(QCoreApplication::translate("cli", "mailscope-cli: could not remove %1")
                .arg(localized(f)));
    if (!failed.isEmpty()) return 2;
    say(removed.isEmpty()
            ? QCoreApplication::translate("cli", "Nothing was kept for %1.").arg(opts.target.url)
            : QCoreApplication::translate("cli", "Nothing is kept for %1 any more.")
                  .arg(opts.target.url));
    return 0;
}

} // namespace mailscope
