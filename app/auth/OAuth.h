// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// OAuth 2.0 sign-in for mail servers that no longer take passwords (Microsoft 365, Gmail): the
// authorization code flow with PKCE (RFC 7636) through the system browser and a loopback
// redirect (RFC 8252 §7.3), token refresh, and the access token a run logs in with.
//
// No client id ships with Mailscope: it comes from the command line, the settings or an
// organisation-wide configuration file (see configure()).
#pragma once

#include "net/Connection.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace mailscope {
class CredentialStore;
}

namespace mailscope::oauth {

struct Provider
{
    QString id;   // microsoft, google, or the name in a custom profile
    QString name; // for people: "Microsoft 365", "Google"
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QString clientId;
    // Google's desktop clients come with a "secret" that is not one (RFC 8252 §8.5); it is
    // sent only where the provider expects it.
    QString clientSecret;
    QString tenant;                        // Microsoft: organizations, common or a tenant id
    QMap<QString, QString> extraAuthorize; // e.g. access_type=offline for Google
    QByteArray mechanism = QByteArrayLiteral("XOAUTH2");
    // The user's own trust anchors (--ca-file, the app's company CA), for the token endpoint as
    // for the mail server: an organisation's identity provider may have its certificate from
    // the same private authority. Not part of keptKey(): it changes whom we trust, not where
    // the tokens go.
    QList<QSslCertificate> extraCa;

    // Why the profile cannot be used yet (no client id, an endpoint that is not https…).
    QString problem() const;
};

// microsoft or google; empty id and *error for anything else.
Provider builtin(const QString &id, QString *error);
bool isBuiltin(const QString &id);
// A custom profile: {"id", "name", "authorize_url", "token_url", "scopes": [...], "client_id",
// "client_secret", "mechanism": "XOAUTH2|OAUTHBEARER", "extra_authorize_params": {...}}.
// It may not call itself microsoft or google: it would share their kept sign-ins and settings.
Provider fromFile(const QString &path, QString *error);
// What the user chose (microsoft, google, or a profile file's path), with the client id and
// tenant they typed (empty: none), completed by configure(). Empty, or why it cannot be used.
// The command line and the desktop app both start here.
QString resolveProvider(const QString &which, const QString &clientId, const QString &tenant,
                        Provider *out);
// Fills what is not set yet (client id, secret, tenant) from the organisation-wide file
// (MAILSCOPE_OAUTH2_CONFIG, else the platform's place: /etc/mailscope/oauth2.json,
// %ProgramData%\Mailscope\oauth2.json, /Library/Application Support/Mailscope/oauth2.json),
// then from the settings (oauth2/<id>/client_id, …). Explicit values always win. Only for
// the built-in providers: a profile file brings its own values.
void configure(Provider *p);
QString organisationConfigPath();
// Which built-in provider a mail host belongs to (imap.gmail.com, outlook.office365.com,
// *.mail.protection.outlook.com, aspmx.l.google.com…); empty when none.
QString providerForHost(const QString &host);

struct Tokens
{
    QByteArray access;
    QByteArray refresh;
    QDateTime expiresAt; // UTC; invalid when the server did not say
    QString scope;
    bool isEmpty() const { return access.isEmpty(); }
    bool expiresWithin(int seconds) const;
};

// RFC 7636: a random verifier and its S256 challenge.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
    static Pkce make();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// The token endpoint, blocking and bounded (timeoutMs for the whole exchange, 64 KiB answers).
// *refused (when given) tells a definitive refusal (invalid_grant, invalid_client,
// unauthorized_client) from a provider that could not be reached or answered otherwise.
bool exchangeCode(const Provider &p, const QByteArray &code, const QByteArray &verifier,
                  const QUrl &redirectUri, Tokens *out, QString *error, int timeoutMs = 30000);
bool refreshTokens(const Provider &p, const QByteArray &refreshToken, Tokens *out, QString *error,
                   int timeoutMs = 30000, bool *refused = nullptr);

// Where a sign-in of user at p is kept: bound to the provider, the client id and the token
// endpoint's origin, so no other profile can send it elsewhere.
QString keptKey(const Provider &p, const QString &user);
// Keeps a refresh token under keptKey() and notes the key in the user's list of kept
// sign-ins (the keychain cannot be searched: forgetSignIns() reads the list).
bool keepSignIn(CredentialStore &store, const Provider &p, const QString &user,
                const QByteArray &refreshToken, QString *error);
enum class Kept
{
    None,        // nothing kept (or the keychain could not be read: *why says so)
    Used,        // refreshed: *tokens holds a fresh access token; a rotated refresh token
                 // was kept (*why says so when it could not be)
    Dead,        // the provider refused the kept sign-in for good (*why); it has been deleted
    Unavailable, // the provider could not be reached or failed for now (*why); still kept
};
Kept useKeptSignIn(const Provider &p, const QString &user, CredentialStore &store, Tokens *tokens,
                   QString *why, int timeoutMs = 30000);

// Everything Mailscope keeps for user: the sign-ins in the user's list, and those under the
// keys the given providers would use (sign-ins kept before there was a list). Each entry is
// read before it is removed, so only what was there is reported. One line each, for people.
struct Forgotten
{
    QStringList removed;
    QStringList failed; // "what: why"
};
Forgotten forgetSignIns(CredentialStore &store, const QString &user,
                        const QList<Provider> &candidates);
// The sign-in kept under key, for people: "the sign-in with testprovider (client id …, tokens
// from host:port) for fred".
QString describeKeptKey(const QString &key);

// The browser part: listens on 127.0.0.1 (never another address) on a random port, sends the
// browser to the provider, takes the redirect back, checks state, exchanges the code.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationFlow(Provider p, QString loginHint = QString(),
                               QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // The URL to open in the browser; empty (and *error) when the flow cannot start.
    QUrl start(QString *error);
    QUrl redirectUri() const { return m_redirect; }
    // Blocks in a nested event loop until finished() or the timeout (or cancel).
    bool wait(int timeoutMs, const CancelToken *cancel = nullptr);
    // Ends the flow now (the user gave up, or the caller's deadline passed): finished(false).
    void cancel(const QString &why);
    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }
    Tokens tokens() const { return m_tokens; }

signals:
    void finished(bool ok);

private:
    void onConnection();
    void onRequest(QTcpSocket *s);
    void finish(bool ok, const QString &error);

    Provider m_provider;
    QString m_loginHint;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_redirect;
    QTcpServer *m_server = nullptr;
    bool m_answered = false; // a code came back: no second answer is taken
    bool m_done = false;     // finished() was emitted
    bool m_ok = false;
    QString m_error;
    Tokens m_tokens;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever}; // wait()'s: the exchange ends by then
    int m_waitMs = 0;
};

// Opens a URL in the user's browser: MAILSCOPE_BROWSER (a command; the URL is its last
// argument) when set, else the platform's opener when there is a desktop session. False when
// nothing could be started (print the URL then).
bool openBrowser(const QUrl &url, QString *how);

// What a run logs in with: an access token that is fresh when asked for.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // Refreshes first when the token would expire within a minute; empty and *error when no
    // token can be had.
    virtual QByteArray accessToken(QString *error) = 0;
    virtual QByteArray mechanism() const = 0;
    // "signed in with Microsoft 365 as fred@example.com, token valid until 14:32"
    virtual QString describe() const = 0;
    virtual QDateTime expiresAt() const = 0;
    // Scopes asked for that the provider did not grant (empty when all were, or unknown).
    virtual QStringList missingScopes() const { return {}; }
};

// A token obtained elsewhere (--oauth2-token-env): used as it is, never refreshed.
class StaticToken : public TokenSource
{
public:
    StaticToken(QByteArray token, QByteArray mechanism)
        : m_token(std::move(token)), m_mech(mechanism)
    {}
    QByteArray accessToken(QString *error) override;
    QByteArray mechanism() const override { return m_mech; }
    QString describe() const override;
    QDateTime expiresAt() const override { return {}; }

private:
    QByteArray m_token;
    QByteArray m_mech;
};

// Tokens from a sign-in or from the keychain's refresh token; refreshed when due. A rotated
// refresh token goes back to the store (when there is one), nowhere else.
class RefreshingToken : public TokenSource
{
public:
    RefreshingToken(Provider p, Tokens t, QString user, std::shared_ptr<CredentialStore> store,
                    QString storeKey);
    QByteArray accessToken(QString *error) override;
    QByteArray mechanism() const override { return m_provider.mechanism; }
    QString describe() const override;
    QDateTime expiresAt() const override;
    QStringList missingScopes() const override;
    int refreshes() const;

private:
    mutable QMutex m_mutex;
    Provider m_provider;
    Tokens m_tokens;
    QString m_user;
    std::shared_ptr<CredentialStore> m_store;
    QString m_key;
    int m_refreshes = 0;
};

} // namespace mailscope::oauth
