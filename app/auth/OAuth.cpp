// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "auth/OAuth.h"
#include "i18n/Text.h"

#include "auth/Credentials.h"
#include "net/SecretEcho.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace mailscope::oauth {

namespace {

constexpr qint64 kMaxAnswer = 64 * 1024;  // a token endpoint's answer
constexpr qint64 kMaxRequest = 16 * 1024; // the browser's redirect request

bool isLoopback(const QUrl &u)
{
    const QHostAddress a(u.host());
    return u.host() == QLatin1String("localhost") || (!a.isNull() && a.isLoopback());
}

// Tokens only travel encrypted; plain http is for a test server on this machine.
bool safeEndpoint(const QUrl &u)
{
    return u.isValid() && (u.scheme() == QLatin1String("https") ||
                           (u.scheme() == QLatin1String("http") && isLoopback(u)));
}

QByteArray base64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator *g = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        b[i] = char(g->bounded(256));
    return b;
}

// Text from the provider, shown to people: bounded, one line, no control characters (a
// hostile endpoint must not be able to forge lines in a terminal or a report).
QString printable(const QString &in, int most)
{
    QString out;
    for (const QChar c : in.left(most))
        out += c.isPrint() ? c : QChar(u' ');
    return out.simplified();
}

// What an OAuth error answer says, in plain words (RFC 6749 §5.2). A provider may quote the
// request back (the code, the verifier, a refresh token): masked before anything is cut.
QString tokenError(const QJsonObject &o, int http, const SecretEcho &sent)
{
    const auto clean = [&](const QString &key, int most) {
        const QByteArray raw = o.value(key).toString().toUtf8();
        return printable(QString::fromUtf8(sent.masked(raw, SecretEcho::marker())), most);
    };
    const QString code = clean(QStringLiteral("error"), 64);
    const QString desc = clean(QStringLiteral("error_description"), 300);
    QString words;
    if (code == QLatin1String("invalid_grant"))
        words =
            translate("OAuth", "the sign-in is no longer valid (expired, revoked, or the password "
                               "changed): sign in again");
    else if (code == QLatin1String("invalid_client") ||
             code == QLatin1String("unauthorized_client"))
        words =
            translate("OAuth", "the provider does not know this client id, or does not allow it "
                               "to sign in this way: check the app registration");
    else if (code == QLatin1String("invalid_scope"))
        words =
            translate("OAuth", "the provider refused the permissions asked for (scopes): the app "
                               "registration must allow mail access");
    else if (!code.isEmpty())
        words = translate("OAuth", "the provider refused: %1").arg(code);
    else if (http == 200)
        words = translate("OAuth", "the provider's token endpoint answered, but not with a token "
                                   "(the answer could not be read as one)");
    else
        words = translate("OAuth", "the provider's token endpoint answered HTTP %1").arg(http);
    return desc.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, desc);
}

bool postToken(const Provider &p, QUrlQuery form, Tokens *out, QString *error, int timeoutMs)
{
    if (!safeEndpoint(p.tokenUrl)) {
        *error =
            translate("OAuth", "the token endpoint %1 is not https").arg(p.tokenUrl.toString());
        return false;
    }
    form.addQueryItem(QStringLiteral("client_id"), p.clientId);
    if (!p.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), p.clientSecret);
    // Everything in the form but these is a secret (code, code_verifier, refresh_token,
    // client_secret).
    SecretEcho sent;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        if (key != QLatin1String("grant_type") && key != QLatin1String("redirect_uri") &&
            key != QLatin1String("client_id") && key != QLatin1String("scope"))
            sent.learn(value.toUtf8());
    QNetworkAccessManager nam;
    QNetworkRequest req(p.tokenUrl);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    // A token endpoint that redirects elsewhere is not followed.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toLatin1());
    // Qt's network thread reads ahead without bound unless told (see Discovery::get).
    reply->setReadBufferSize(64 * 1024);
    QByteArray body;
    bool tooBig = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->read(kMaxAnswer + 1 - body.size());
        if (body.size() > kMaxAnswer) {
            tooBig = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit); // belt and braces
    if (!reply->isFinished()) loop.exec();
    body += reply->read(kMaxAnswer + 1 - body.size());
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    const QString netError = code == QNetworkReply::NoError ? QString() : reply->errorString();
    // Qt ends a transfer that went quiet (setTransferTimeout) as "cancelled".
    const bool finished = reply->isFinished() && code != QNetworkReply::OperationCanceledError &&
                          code != QNetworkReply::TimeoutError;
    reply->abort();
    reply->deleteLater();
    if (tooBig || body.size() > kMaxAnswer) {
        *error = translate("OAuth", "the token endpoint sent more than %1 bytes").arg(kMaxAnswer);
        return false;
    }
    if (!finished) {
        *error = translate("OAuth", "the token endpoint did not answer within %1 s")
                     .arg(timeoutMs / 1000);
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (http != 200 || !o.contains(QStringLiteral("access_token"))) {
        // No HTTP status at all: it was not reached. Any status: what it answered.
        *error =
            http == 0 && !netError.isEmpty()
                ? translate("OAuth", "the token endpoint could not be reached: %1").arg(netError)
                : tokenError(o, http, sent);
        return false;
    }
    Tokens t;
    t.access = o.value(QStringLiteral("access_token")).toString().toUtf8();
    t.refresh = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    t.scope = o.value(QStringLiteral("scope")).toString();
    if (o.contains(QStringLiteral("expires_in")))
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(
            qint64(o.value(QStringLiteral("expires_in")).toVariant().toLongLong()));
    *out = t;
    return true;
}

QJsonObject readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = translate("OAuth", "cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.read(kMaxAnswer), &pe);
    if (!d.isObject()) {
        *error = translate("OAuth", "%1 is not a JSON object (%2)").arg(path, pe.errorString());
        return {};
    }
    return d.object();
}

} // namespace

static bool validTenant(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
    return re.match(t).hasMatch();
}

QString Provider::problem() const
{
    if (id == QLatin1String("microsoft") && !validTenant(tenant))
        return translate("OAuth", "'%1' is not a Microsoft tenant (a directory id or a domain)")
            .arg(tenant.left(100));
    if (clientId.isEmpty())
        return translate("OAuth", "no OAuth2 client id for %1: Mailscope ships none. Your IT "
                                  "department registers Mailscope (see the README) and gives you "
                                  "the client id: --oauth2-client-id, the settings, or %2")
            .arg(name.isEmpty() ? id : name, organisationConfigPath());
    if (!safeEndpoint(authorizeUrl) || !safeEndpoint(tokenUrl))
        return translate("OAuth", "the sign-in endpoints of %1 must be https").arg(name);
    if (scopes.isEmpty()) return translate("OAuth", "no scopes for %1").arg(name);
    return {};
}

Provider builtin(const QString &id, QString *error)
{
    Provider p;
    p.id = id.toLower();
    if (p.id == QLatin1String("microsoft")) {
        // Entra ID v2 endpoints; the tenant is filled in by configure().
        p.name = QStringLiteral("Microsoft 365");
        p.tenant = QStringLiteral("organizations");
        p.scopes = {QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
                    QStringLiteral("https://outlook.office.com/SMTP.Send"),
                    QStringLiteral("offline_access")};
        p.extraAuthorize.insert(QStringLiteral("prompt"), QStringLiteral("select_account"));
    } else if (p.id == QLatin1String("google")) {
        p.name = QStringLiteral("Google");
        p.authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        p.scopes = {QStringLiteral("https://mail.google.com/")};
        // Without these Google hands out no refresh token.
        p.extraAuthorize.insert(QStringLiteral("access_type"), QStringLiteral("offline"));
        p.extraAuthorize.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    } else {
        *error =
            translate("OAuth", "unknown OAuth2 provider '%1': use microsoft, google or a profile "
                               "file")
                .arg(id);
        return {};
    }
    return p;
}

bool isBuiltin(const QString &id)
{
    return id == QLatin1String("microsoft") || id == QLatin1String("google");
}

Provider fromFile(const QString &path, QString *error)
{
    const QJsonObject o = readJson(path, error);
    if (o.isEmpty()) return {};
    Provider p;
    p.id = o.value(QStringLiteral("id")).toString(QStringLiteral("custom")).toLower();
    if (isBuiltin(p.id)) {
        *error =
            translate("OAuth", "%1: a profile file may not call itself \"%2\" (use --oauth2 %2 "
                               "for the built-in one)")
                .arg(path, p.id);
        return {};
    }
    p.name = o.value(QStringLiteral("name")).toString(p.id);
    p.authorizeUrl = QUrl(o.value(QStringLiteral("authorize_url")).toString());
    p.tokenUrl = QUrl(o.value(QStringLiteral("token_url")).toString());
    for (const auto &s : o.value(QStringLiteral("scopes")).toArray())
        p.scopes << s.toString();
    p.clientId = o.value(QStringLiteral("client_id")).toString();
    p.clientSecret = o.value(QStringLiteral("client_secret")).toString();
    const QByteArray mech = o.value(QStringLiteral("mechanism")).toString().toLatin1().toUpper();
    if (!mech.isEmpty()) p.mechanism = mech;
    const QJsonObject extra = o.value(QStringLiteral("extra_authorize_params")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.extraAuthorize.insert(it.key(), it.value().toString());
    if (p.mechanism != "XOAUTH2" && p.mechanism != "OAUTHBEARER") {
        *error = translate("OAuth", "%1: mechanism must be XOAUTH2 or OAUTHBEARER").arg(path);
        return {};
    }
    if (!safeEndpoint(p.authorizeUrl) || !safeEndpoint(p.tokenUrl)) {
        *error =
            translate("OAuth", "%1: authorize_url and token_url must be https (plain http only "
                               "on this machine's loopback)")
                .arg(path);
        return {};
    }
    return p;
}

QString organisationConfigPath()
{
    const QString env = qEnvironmentVariable("MAILSCOPE_OAUTH2_CONFIG");
    if (!env.isEmpty()) return env;
    return platform::organisationConfigPath();
}

void configure(Provider *p)
{
    if (!isBuiltin(p->id)) return;
    auto fill = [p](const QString &key, const QString &value) {
        if (value.isEmpty()) return;
        if (key == QLatin1String("client_id") && p->clientId.isEmpty()) p->clientId = value;
        if (key == QLatin1String("client_secret") && p->clientSecret.isEmpty())
            p->clientSecret = value;
        if (key == QLatin1String("tenant") && !value.isEmpty() &&
            (p->tenant.isEmpty() || p->tenant == QLatin1String("organizations")))
            p->tenant = value;
    };
    QString ignored;
    if (QFile::exists(organisationConfigPath())) {
        const QJsonObject org =
            readJson(organisationConfigPath(), &ignored).value(p->id).toObject();
        for (const char *k : {"client_id", "client_secret", "tenant"})
            fill(QLatin1String(k), org.value(QLatin1String(k)).toString());
    }
    QSettings s;
    for (const char *k : {"client_id", "client_secret", "tenant"})
        fill(QLatin1String(k),
             s.value(QStringLiteral("oauth2/%1/%2").arg(p->id, QLatin1String(k))).toString());
    if (p->id == QLatin1String("microsoft")) {
        // The tenant decides the endpoints: a GUID or a domain, nothing that could change the
        // path (problem() refuses anything else).
        if (p->tenant.isEmpty()) p->tenant = QStringLiteral("organizations");
        if (!validTenant(p->tenant)) return;
        p->authorizeUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/"
                                              "authorize")
                                   .arg(p->tenant));
        p->tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token")
                               .arg(p->tenant));
    }
}

QString resolveProvider(const QString &which, const QString &clientId, const QString &tenant,
                        Provider *out)
{
    QString err;
    const bool file = which.contains(QLatin1Char('/')) || which.contains(QLatin1Char('\\')) ||
                      which.endsWith(QLatin1String(".json"));
    *out = file ? fromFile(which, &err) : builtin(which, &err);
    if (!err.isEmpty()) return err;
    if (!clientId.trimmed().isEmpty()) out->clientId = clientId.trimmed();
    if (!tenant.trimmed().isEmpty()) out->tenant = tenant.trimmed();
    configure(out);
    return out->problem();
}

QString keptKey(const Provider &p, const QString &user)
{
    return credentials::refreshTokenKey(p.id, p.clientId, p.tokenUrl, user);
}

Kept useKeptSignIn(const Provider &p, const QString &user, CredentialStore &store, Tokens *tokens,
                   QString *why)
{
    const QString key = keptKey(p, user);
    QByteArray refresh;
    if (!store.read(key, &refresh, why)) return Kept::None;
    if (refreshTokens(p, refresh, tokens, why)) return Kept::Used;
    *tokens = {};
    QString ignored;
    store.remove(key, &ignored);
    return Kept::Dead;
}

QString providerForHost(const QString &hostIn)
{
    const QString host = hostIn.toLower();
    auto under = [&host](const char *domain) {
        const QString d = QLatin1String(domain);
        return host == d || host.endsWith(QLatin1Char('.') + d);
    };
    if (under("office365.com") || under("outlook.com") || under("protection.outlook.com") ||
        under("hotmail.com") || under("live.com"))
        return QStringLiteral("microsoft");
    if (under("gmail.com") || under("googlemail.com") || under("google.com"))
        return QStringLiteral("google");
    return {};
}

bool Tokens::expiresWithin(int seconds) const
{
    return expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(expiresAt) < seconds;
}

Pkce Pkce::make()
{
    Pkce p;
    // 64 random bytes -> 86 characters of the unreserved set (RFC 7636 §4.1: 43 to 128).
    p.verifier = base64Url(randomBytes(64));
    p.challenge = challengeFor(p.verifier);
    return p;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool exchangeCode(const Provider &p, const QByteArray &code, const QByteArray &verifier,
                  const QUrl &redirectUri, Tokens *out, QString *error, int timeoutMs)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString());
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    return postToken(p, form, out, error, timeoutMs);
}

bool refreshTokens(const Provider &p, const QByteArray &refreshToken, Tokens *out, QString *error,
                   int timeoutMs)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    form.addQueryItem(QStringLiteral("scope"), joinTexts(p.scopes, QLatin1Char(' ')));
    Tokens t;
    if (!postToken(p, form, &t, error, timeoutMs)) return false;
    // Providers that do not rotate refresh tokens leave the old one valid.
    if (t.refresh.isEmpty()) t.refresh = refreshToken;
    *out = t;
    return true;
}

// --- the browser flow --------------------------------------------------------------------

AuthorizationFlow::AuthorizationFlow(Provider p, QString loginHint, QObject *parent)
    : QObject(parent), m_provider(std::move(p)), m_loginHint(std::move(loginHint))
{}

AuthorizationFlow::~AuthorizationFlow() = default;

QUrl AuthorizationFlow::start(QString *error)
{
    const QString problem = m_provider.problem();
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    m_server = new QTcpServer(this);
    // RFC 8252 §8.3: the loopback interface only, never every address.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = translate("OAuth", "cannot listen on 127.0.0.1 for the sign-in: %1")
                     .arg(m_server->errorString());
        return {};
    }
    connect(m_server, &QTcpServer::newConnection, this, &AuthorizationFlow::onConnection);
    m_pkce = Pkce::make();
    m_state = base64Url(randomBytes(24));
    m_redirect = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort()));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    q.addQueryItem(QStringLiteral("scope"), joinTexts(m_provider.scopes, QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_loginHint.isEmpty()) q.addQueryItem(QStringLiteral("login_hint"), m_loginHint);
    for (auto it = m_provider.extraAuthorize.cbegin(); it != m_provider.extraAuthorize.cend(); ++it)
        q.addQueryItem(it.key(), it.value());
    QUrl url = m_provider.authorizeUrl;
    QUrlQuery existing(url);
    for (const auto &item : q.queryItems(QUrl::FullyDecoded))
        existing.addQueryItem(item.first, item.second);
    url.setQuery(existing);
    return url;
}

void AuthorizationFlow::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
        // A connection that never finishes its request is dropped.
        QTimer::singleShot(10000, s, [s] { s->abort(); });
    }
}

void AuthorizationFlow::onRequest(QTcpSocket *s)
{
    if (s->bytesAvailable() + s->property("seen").toLongLong() > kMaxRequest) {
        s->abort();
        return;
    }
    QByteArray buf = s->property("buf").toByteArray() + s->readAll();
    s->setProperty("buf", buf);
    s->setProperty("seen", qlonglong(buf.size()));
    if (!buf.contains("\r\n\r\n")) return;
    const QList<QByteArray> line = buf.left(buf.indexOf("\r\n")).split(' ');
    auto answer = [s](int code, const QByteArray &title, const QString &text) {
        const QByteArray html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" +
                                title + "</title></head><body><p>" + text.toHtmlEscaped().toUtf8() +
                                "</p></body></html>";
        s->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Bad Request") +
                 "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                 QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html);
        s->disconnectFromHost();
    };
    if (line.size() < 2 || line[0] != "GET") {
        answer(400, "Mailscope", translate("OAuth", "Not a sign-in answer."));
        return;
    }
    const QUrl u(QString::fromLatin1(line[1]));
    const QUrlQuery q(u);
    if (u.path() != QLatin1String("/") || m_done || m_answered) {
        answer(400, "Mailscope", translate("OAuth", "Not a sign-in answer."));
        return;
    }
    const QByteArray state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (state != m_state) {
        // Not the answer to our request (a forged or stale redirect): refused, and the flow
        // ends, since an attacker may be trying to slip in their own code.
        answer(400, "Mailscope",
               translate("OAuth", "This sign-in answer does not belong to the "
                                  "request Mailscope made. Nothing was done."));
        finish(false, translate("OAuth", "the sign-in answer did not match the request (state "
                                         "mismatch); refused"));
        return;
    }
    if (q.hasQueryItem(QStringLiteral("error"))) {
        const QString err =
            printable(q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded), 64);
        const QString desc = printable(
            q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), 300);
        answer(200, "Mailscope",
               translate("OAuth", "The sign-in was not completed. You can close this "
                                  "window."));
        finish(false,
               err == QLatin1String("access_denied")
                   ? translate("OAuth", "the sign-in was cancelled or refused at the provider")
                   : translate("OAuth", "the provider refused the sign-in: %1 %2").arg(err, desc));
        return;
    }
    const QByteArray code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    if (code.isEmpty()) {
        answer(400, "Mailscope", translate("OAuth", "No sign-in code in this answer."));
        return;
    }
    answer(200, "Mailscope",
           translate("OAuth", "Signed in. You can close this window and return to "
                              "Mailscope."));
    m_server->close(); // one answer, then nobody else may knock
    m_answered = true; // no second answer while the code is exchanged
    // Not inside the socket's own signal: the exchange waits in an event loop, and the socket
    // goes away meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, code] {
            if (m_done) return; // cancelled meanwhile
            QString err;
            Tokens t;
            if (!exchangeCode(m_provider, code, m_pkce.verifier, m_redirect, &t, &err)) {
                finish(false, err);
                return;
            }
            m_tokens = t;
            finish(true, {});
        },
        Qt::QueuedConnection);
}

void AuthorizationFlow::finish(bool ok, const QString &error)
{
    if (m_done) return;
    m_done = true;
    m_ok = ok;
    m_error = error;
    if (m_server) m_server->close();
    emit finished(ok);
}

void AuthorizationFlow::cancel(const QString &why)
{
    finish(false, why);
}

bool AuthorizationFlow::wait(int timeoutMs, const CancelToken *cancel)
{
    if (m_done) return m_ok;
    QEventLoop loop;
    connect(this, &AuthorizationFlow::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->cancelled.load()) loop.quit();
    });
    tick.start(100);
    loop.exec();
    if (!m_done)
        finish(false, cancel && cancel->cancelled.load()
                          ? QStringLiteral("cancelled")
                          : translate("OAuth", "no sign-in within %1 s").arg(timeoutMs / 1000));
    return m_ok;
}

bool openBrowser(const QUrl &url, QString *how)
{
    const QString custom = qEnvironmentVariable("MAILSCOPE_BROWSER");
    QString program;
    QStringList args;
    if (!custom.isEmpty()) {
        args = QProcess::splitCommand(custom);
        if (args.isEmpty()) return false;
        program = args.takeFirst();
        args << url.toString(QUrl::FullyEncoded);
    } else {
        args = platform::browserCommand(url);
        if (args.isEmpty()) return false; // a headless or SSH session: the URL is printed instead
        program = args.takeFirst();
    }
    if (!QProcess::startDetached(program, args)) return false;
    *how = program;
    return true;
}

// --- token sources -----------------------------------------------------------------------

QByteArray StaticToken::accessToken(QString *error)
{
    if (m_token.isEmpty()) *error = translate("OAuth", "the bearer token is empty");
    return m_token;
}

QString StaticToken::describe() const
{
    return translate("OAuth", "with a bearer token given to Mailscope (%1); it is not refreshed")
        .arg(QString::fromLatin1(m_mech));
}

RefreshingToken::RefreshingToken(Provider p, Tokens t, QString user,
                                 std::shared_ptr<CredentialStore> store, QString storeKey)
    : m_provider(std::move(p)), m_tokens(std::move(t)), m_user(std::move(user)),
      m_store(std::move(store)), m_key(std::move(storeKey))
{}

QByteArray RefreshingToken::accessToken(QString *error)
{
    QMutexLocker lock(&m_mutex);
    // A minute of margin: a check can take that long between asking and logging in.
    if (!m_tokens.access.isEmpty() && !m_tokens.expiresWithin(60)) return m_tokens.access;
    if (m_tokens.refresh.isEmpty()) {
        *error = m_tokens.access.isEmpty()
                     ? translate("OAuth", "no access token")
                     : translate("OAuth", "the access token has expired and there is no refresh "
                                          "token: sign in again");
        return {};
    }
    Tokens fresh;
    if (!refreshTokens(m_provider, m_tokens.refresh, &fresh, error)) return {};
    ++m_refreshes;
    if (m_store && fresh.refresh != m_tokens.refresh) {
        QString ignored;
        m_store->write(m_key, fresh.refresh, &ignored);
    }
    m_tokens = fresh;
    return m_tokens.access;
}

QString RefreshingToken::describe() const
{
    QMutexLocker lock(&m_mutex);
    QString s = translate("OAuth", "signed in with %1 for %2").arg(m_provider.name, m_user);
    if (m_tokens.expiresAt.isValid())
        s = appendText(
            s, translate("OAuth", ", token valid until %1")
                   .arg(m_tokens.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    return s;
}

QDateTime RefreshingToken::expiresAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokens.expiresAt;
}

QStringList RefreshingToken::missingScopes() const
{
    QMutexLocker lock(&m_mutex);
    if (m_tokens.scope.isEmpty()) return {}; // the provider did not say: unknown
    const QStringList granted = m_tokens.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList missing;
    for (const QString &s : m_provider.scopes) {
        // Sign-in plumbing, not mail access.
        if (s == QLatin1String("offline_access") || s == QLatin1String("openid") ||
            s == QLatin1String("email") || s == QLatin1String("profile"))
            continue;
        // Microsoft reports "https://outlook.office.com/IMAP.AccessAsUser.All" as asked, or
        // just the part after the resource.
        const QString tail = s.section(QLatin1Char('/'), -1);
        if (!granted.contains(s) && !granted.contains(tail)) missing << s;
    }
    return missing;
}

int RefreshingToken::refreshes() const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshes;
}

} // namespace mailscope::oauth
