// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "auth/OAuth.h"
#include "i18n/Text.h"
#include "probes/TlsInspect.h"

#include "auth/Credentials.h"
#include "net/SecretEcho.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
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

// One HTTP/1.1 exchange with a token endpoint, on a socket of our own rather than
// QNetworkAccessManager: Qt's network thread decodes a chunked body in a loop that does not
// stop while the socket has data, so at loopback speed an endless body filled gigabytes
// before readyRead, abort() or the read buffer limit could act. Here every byte is read in
// this thread, from a socket whose own buffer is bounded, and counted.
class TokenExchange
{
public:
    enum Outcome
    {
        Answered,    // a whole answer: status and body
        TooBig,      // more than kMaxAnswer (or absurd headers or chunk framing)
        Late,        // no whole answer within the time allowed
        Unreachable, // no connection, TLS refused, or the connection broke off
    };
    Outcome outcome = Unreachable;
    int status = 0;
    QByteArray body;
    QString netError;

    void run(const QUrl &url, const QByteArray &form, int timeoutMs,
             const QList<QSslCertificate> &extraCa)
    {
        const bool tls = url.scheme() == QLatin1String("https");
        const quint16 port = quint16(url.port(tls ? 443 : 80));
        const QString path = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/")
                                                                    : url.path(QUrl::FullyEncoded);
        const QString target =
            url.hasQuery() ? path + QLatin1Char('?') + url.query(QUrl::FullyEncoded) : path;
        const bool defaultPort = url.port() < 0 || port == (tls ? 443 : 80);
        const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        const QByteArray hostHeader = (host.contains(':') ? '[' + host + ']' : host) +
                                      (defaultPort ? QByteArray() : ':' + QByteArray::number(port));
        const QByteArray request = "POST " + target.toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader +
                                   "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                   "Accept: application/json\r\nContent-Length: " +
                                   QByteArray::number(form.size()) +
                                   "\r\nConnection: close\r\n\r\n" + form;
        QSslSocket socket;
        if (tls && !extraCa.isEmpty()) {
            QSslConfiguration conf = socket.sslConfiguration();
            addTrustAnchors(conf, extraCa);
            socket.setSslConfiguration(conf);
        }
        // The OS keeps the rest: nothing beyond this is taken in before it is counted.
        socket.setReadBufferSize(16 * 1024);
        QEventLoop loop;
        bool done = false;
        auto end = [&](Outcome o) {
            if (done) return;
            done = true;
            outcome = o;
            QObject::disconnect(&socket, nullptr, &loop, nullptr);
            socket.abort();
            loop.quit();
        };
        QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
            // Bounded per call: the socket's buffer is.
            m_in += socket.readAll();
            if (const int r = parse(false)) end(outcomeOf(r));
        });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, [&] {
            m_in += socket.readAll();
            if (const int r = parse(true)) {
                end(outcomeOf(r));
                return;
            }
            netError = translate("OAuth", "the connection closed before the answer was complete");
            end(Unreachable);
        });
        QList<QSslError> certErrors;
        QList<QSslCertificate> chain;
        QObject::connect(&socket, &QSslSocket::sslErrors, &loop,
                         [&](const QList<QSslError> &errors) {
                             certErrors = errors;
                             chain = socket.peerCertificateChain();
                         });
        QObject::connect(
            &socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
                // The server closing is handled above, with what it sent.
                if (e == QAbstractSocket::RemoteHostClosedError) return;
                // A certificate refused: in words, as for a mail server's.
                const QString why =
                    certErrors.isEmpty()
                        ? QString()
                        : certProblemsBrief(certificateProblems(chain, certErrors, url.host()));
                netError = why.isEmpty() ? socket.errorString()
                                         : translate("OAuth", "its certificate cannot be "
                                                              "trusted: %1")
                                               .arg(why);
                end(Unreachable);
            });
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { end(Late); });
        deadline.start(timeoutMs);
        if (tls) {
            QObject::connect(&socket, &QSslSocket::encrypted, &loop,
                             [&] { socket.write(request); });
            socket.connectToHostEncrypted(url.host(), port);
        } else {
            QObject::connect(&socket, &QAbstractSocket::connected, &loop,
                             [&] { socket.write(request); });
            socket.connectToHost(url.host(), port);
        }
        if (!done) loop.exec();
        if (!done) end(Late); // not reached: the loop ends only through end()
    }

private:
    static Outcome outcomeOf(int parsed)
    {
        return parsed > 0 ? Answered : parsed == -1 ? TooBig : Unreachable;
    }
    // 1: a whole answer is in status/body; 0: more is needed; -1: too big; -2: not HTTP
    // (netError). At the end of the stream (closed), a body without a length ends there.
    int parse(bool closed)
    {
        for (;;) {
            if (!m_haveHeaders) {
                const qsizetype eoh = m_in.indexOf("\r\n\r\n");
                if (eoh < 0) return m_in.size() > kMaxHeaders ? -1 : 0;
                if (eoh > kMaxHeaders) return -1;
                const QList<QByteArray> lines = m_in.left(eoh).split('\n');
                m_in.remove(0, eoh + 4);
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                bool ok = false;
                status = statusLine.value(1).toInt(&ok);
                if (!statusLine.value(0).startsWith("HTTP/1.") || !ok) {
                    netError = translate("OAuth", "the answer was not HTTP");
                    return -2;
                }
                if (status >= 100 && status < 200) continue; // 100 Continue: the real one follows
                m_haveHeaders = true;
                for (const QByteArray &l : lines.mid(1)) {
                    const qsizetype colon = l.indexOf(':');
                    if (colon < 0) continue;
                    const QByteArray name = l.left(colon).trimmed().toLower();
                    const QByteArray value = l.mid(colon + 1).trimmed().toLower();
                    if (name == "transfer-encoding" && value.contains("chunked")) m_chunked = true;
                    if (name == "content-length") m_length = value.toLongLong(&ok);
                    if (name == "content-length" && !ok) m_length = -1;
                }
                if (!m_chunked && m_length > kMaxAnswer) return -1;
            }
            if (!m_chunked) {
                if (m_length >= 0) {
                    if (m_in.size() > kMaxAnswer) return -1;
                    if (m_in.size() < m_length) return 0;
                    body = m_in.left(m_length);
                    return 1;
                }
                if (m_in.size() > kMaxAnswer) return -1;
                if (!closed) return 0;
                body = m_in;
                return 1;
            }
            // Chunked: size line, data, CRLF … until a zero size (trailers are not read).
            for (;;) {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0) return m_in.size() > 1024 ? -1 : 0;
                bool ok = false;
                const qint64 size =
                    m_in.left(eol).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    netError = translate("OAuth", "the answer was not HTTP");
                    return -2;
                }
                if (size == 0) return 1;
                // Compared without adding to the declared size: a size near 2^63 must not
                // wrap around into "fits".
                if (size > kMaxAnswer - body.size()) return -1;
                if (m_in.size() - (eol + 2) < size + 2) return 0;
                body += m_in.mid(eol + 2, size);
                m_in.remove(0, eol + 2 + size + 2);
            }
        }
    }
    static constexpr qsizetype kMaxHeaders = 16 * 1024;
    QByteArray m_in;
    bool m_haveHeaders = false;
    bool m_chunked = false;
    qint64 m_length = -1;
};

bool postToken(const Provider &p, QUrlQuery form, Tokens *out, QString *error, int timeoutMs,
               bool *refused)
{
    if (refused) *refused = false;
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
    // A token endpoint that redirects elsewhere is not followed: a 3xx is an answer like any.
    TokenExchange x;
    x.run(p.tokenUrl, form.toString(QUrl::FullyEncoded).toLatin1(), qMax(1, timeoutMs), p.extraCa);
    switch (x.outcome) {
    case TokenExchange::TooBig:
        *error = translate("OAuth", "the token endpoint sent more than %1 bytes").arg(kMaxAnswer);
        return false;
    case TokenExchange::Late:
        *error = translate("OAuth", "the token endpoint did not answer within %1 s")
                     .arg(qMax(1, (timeoutMs + 500) / 1000));
        return false;
    case TokenExchange::Unreachable:
        *error = translate("OAuth", "the token endpoint could not be reached: %1").arg(x.netError);
        return false;
    case TokenExchange::Answered:
        break;
    }
    const QJsonObject o = QJsonDocument::fromJson(x.body).object();
    if (x.status != 200 || !o.contains(QStringLiteral("access_token"))) {
        *error = tokenError(o, x.status, sent);
        // RFC 6749 §5.2: an error code in a 400/401 is the provider's answer about this grant
        // (invalid_grant, invalid_scope after a change of scopes, ...): a new sign-in is the
        // way on. An outage, a 5xx or a page from a proxy says nothing about the kept sign-in.
        const QString code = o.value(QStringLiteral("error")).toString();
        if (refused) *refused = (x.status == 400 || x.status == 401) && !code.isEmpty();
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

namespace {
// The keychain cannot be searched, so the keys of a user's kept sign-ins are listed in an
// entry of their own (not a secret): forget finds every one, whichever profile kept it.
QString indexKey(const QString &user)
{
    return QStringLiteral("mailscope/oauth2-index/%1").arg(user.toLower());
}

QStringList readIndex(CredentialStore &store, const QString &user, QString *error)
{
    QByteArray list;
    if (!store.read(indexKey(user), &list, error)) return {};
    QStringList keys;
    for (const QByteArray &line : list.split('\n'))
        if (line.startsWith("mailscope/oauth2/")) keys << QString::fromUtf8(line);
    return keys;
}

bool writeIndex(CredentialStore &store, const QString &user, const QStringList &keys,
                QString *error)
{
    if (keys.isEmpty()) return store.remove(indexKey(user), error);
    return store.write(indexKey(user), keys.join(QLatin1Char('\n')).toUtf8(), error);
}

// Lists key for user unless it is listed already (one read when it is).
void noteKept(CredentialStore &store, const QString &user, const QString &key)
{
    QString err;
    QStringList keys = readIndex(store, user, &err);
    if (!err.isEmpty() || keys.contains(key)) return;
    keys << key;
    // Best effort: the sign-in itself is kept; forget also tries the keys it can compute.
    writeIndex(store, user, keys, &err);
}
} // namespace

bool keepSignIn(CredentialStore &store, const Provider &p, const QString &user,
                const QByteArray &refreshToken, QString *error)
{
    const QString key = keptKey(p, user);
    if (!store.write(key, refreshToken, error)) return false;
    noteKept(store, user, key);
    return true;
}

Kept useKeptSignIn(const Provider &p, const QString &user, CredentialStore &store, Tokens *tokens,
                   QString *why, int timeoutMs)
{
    const QString key = keptKey(p, user);
    QByteArray refresh;
    if (!store.read(key, &refresh, why)) return Kept::None;
    bool refused = false;
    if (refreshTokens(p, refresh, tokens, why, timeoutMs, &refused)) {
        why->clear();
        if (tokens->refresh == refresh) {
            noteKept(store, user, key); // kept before there was a list
            return Kept::Used;
        }
        // RFC 6749 §6: a provider that rotates may already have revoked the old one; the
        // next run must find the new one.
        QString err;
        if (!keepSignIn(store, p, user, tokens->refresh, &err))
            *why = translate("OAuth", "the provider gave a new refresh token, but it could not be "
                                      "kept (%1): the next sign-in may need the browser again")
                       .arg(err);
        return Kept::Used;
    }
    *tokens = {};
    // Only a definitive refusal ends a kept sign-in; an outage does not.
    if (!refused) return Kept::Unavailable;
    QString ignored;
    store.remove(key, &ignored);
    return Kept::Dead;
}

QString describeKeptKey(const QString &key)
{
    // mailscope/oauth2/<provider>/<client id>/<token host:port>/<user>
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() < 6 || !key.startsWith(QLatin1String("mailscope/oauth2/"))) return key;
    return translate("OAuth", "the sign-in with %1 for %2 (client id %3, tokens from %4)")
        .arg(parts.at(2), parts.last(), parts.mid(3, parts.size() - 5).join(QLatin1Char('/')),
             parts.at(parts.size() - 2));
}

Forgotten forgetSignIns(CredentialStore &store, const QString &user,
                        const QList<Provider> &candidates)
{
    Forgotten f;
    QString err;
    QStringList keys = readIndex(store, user, &err);
    if (!err.isEmpty())
        f.failed << translate("OAuth", "the list of kept sign-ins for %1: %2").arg(user, err);
    for (const Provider &p : candidates)
        if (!p.clientId.isEmpty()) keys << keptKey(p, user);
    keys.removeDuplicates();
    QStringList left;
    for (const QString &key : std::as_const(keys)) {
        QByteArray secret;
        QString e;
        // Read first: the keychain says "done" for an entry that was never there.
        if (!store.read(key, &secret, &e)) {
            if (!e.isEmpty()) {
                f.failed << joinTexts({describeKeptKey(key), e}, QStringLiteral(": "));
                left << key;
            }
            continue;
        }
        if (store.remove(key, &e)) {
            f.removed << describeKeptKey(key);
        } else {
            f.failed << joinTexts({describeKeptKey(key), e}, QStringLiteral(": "));
            left << key;
        }
    }
    if (err.isEmpty() && !writeIndex(store, user, left, &err))
        f.failed << translate("OAuth", "the list of kept sign-ins for %1: %2").arg(user, err);
    return f;
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
    return postToken(p, form, out, error, timeoutMs, nullptr);
}

bool refreshTokens(const Provider &p, const QByteArray &refreshToken, Tokens *out, QString *error,
                   int timeoutMs, bool *refused)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    form.addQueryItem(QStringLiteral("scope"), joinTexts(p.scopes, QLatin1Char(' ')));
    Tokens t;
    if (!postToken(p, form, &t, error, timeoutMs, refused)) return false;
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
            // Within what is left of the caller's wait (--oauth2-timeout), 30 s at most.
            const qint64 left =
                m_deadline.isForever() ? 30000 : qMin<qint64>(30000, m_deadline.remainingTime());
            if (left <= 0) {
                finish(false,
                       translate("OAuth", "no sign-in within %1 s").arg((m_waitMs + 500) / 1000));
                return;
            }
            if (!exchangeCode(m_provider, code, m_pkce.verifier, m_redirect, &t, &err, int(left))) {
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
    m_deadline = QDeadlineTimer(timeoutMs);
    m_waitMs = timeoutMs;
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
        finish(false,
               cancel && cancel->cancelled.load()
                   ? QStringLiteral("cancelled")
                   : translate("OAuth", "no sign-in within %1 s").arg((timeoutMs + 500) / 1000));
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
