// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Sign-in pieces without a server: SASL bearer messages, the server's error challenge, PKCE,
// provider profiles and configuration, the loopback redirect, token sources, and recognising
// Microsoft 365 and Gmail.
#include "auth/Credentials.h"
#include "auth/OAuth.h"
#include "auth/Sasl.h"
#include "keychain/KeychainStore.h"
#include "probes/Report.h"
#include "probes/ServerId.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mailscope;

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // configure() reads the settings: never the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mailscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auth"));
        // Nor this machine's organisation-wide file.
        qputenv("MAILSCOPE_OAUTH2_CONFIG", "/nonexistent/mailscope-oauth2.json");
    }

    void saslMessages()
    {
        // XOAUTH2 as Google and Microsoft document it; OAUTHBEARER as RFC 7628 §3.1 does.
        QCOMPARE(sasl::initialResponse("XOAUTH2", "someuser@example.com", "ya29.vF9dft4qmTc2Nvb3",
                                       QStringLiteral("imap.example.com"), 993),
                 QByteArray("user=someuser@example.com\x01"
                            "auth=Bearer ya29.vF9dft4qmTc2Nvb3\x01\x01"));
        QCOMPARE(sasl::initialResponse("OAUTHBEARER", "user@example.com", "vF9dft4qmTc2Nvb3",
                                       QStringLiteral("server.example.com"), 143),
                 QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                            "auth=Bearer vF9dft4qmTc2Nvb3\x01\x01"));
        // saslname escaping: "," and "=".
        QVERIFY(sasl::initialResponse("OAUTHBEARER", "a,b=c", "t", QStringLiteral("h"), 1)
                    .startsWith("n,a=a=2Cb=3Dc,"));
        QCOMPARE(sasl::errorAcknowledgement("OAUTHBEARER"), QByteArray("AQ=="));
        QCOMPARE(QByteArray::fromBase64(sasl::errorAcknowledgement("OAUTHBEARER")),
                 QByteArray("\x01"));
        QCOMPARE(sasl::errorAcknowledgement("XOAUTH2"), QByteArray());
    }

    void errorChallenge()
    {
        // RFC 7628 §3.2.2's example, and what Dovecot sends for XOAUTH2.
        const sasl::BearerError e = sasl::decodeError(
            "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWNvbmZpZ3"
            "Vy"
            "YXRpb24iOiJodHRwczovL2V4YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");
        QCOMPARE(e.status, QStringLiteral("invalid_token"));
        QCOMPARE(e.scope, QStringLiteral("example_scope"));
        QCOMPARE(e.openidConfiguration,
                 QStringLiteral("https://example.com/.well-known/openid-configuration"));
        QVERIFY(e.words().contains(QStringLiteral("revoked")));
        const sasl::BearerError d = sasl::decodeError(
            "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJtYWlsIn0=");
        QCOMPARE(d.status, QStringLiteral("401"));
        QCOMPARE(d.toJson().value(QStringLiteral("scope")).toString(), QStringLiteral("mail"));
        // Not JSON: kept (bounded) as raw text, never thrown away.
        const sasl::BearerError junk = sasl::decodeError(QByteArray("not json").toBase64());
        QVERIFY(junk.status.isEmpty());
        QCOMPARE(junk.toJson().value(QStringLiteral("raw")).toString(), QStringLiteral("not json"));
        QVERIFY(sasl::decodeError(QByteArray(100000, 'A')).raw.size() <= 16384);
    }

    void pkceMatchesRfc7636()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(oauth::Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const oauth::Pkce a = oauth::Pkce::make(), b = oauth::Pkce::make();
        QVERIFY(a.verifier.size() >= 43 && a.verifier.size() <= 128);
        QVERIFY(a.verifier != b.verifier);
        for (char c : a.verifier)
            QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
                        .contains(c));
        QCOMPARE(a.challenge, oauth::Pkce::challengeFor(a.verifier));
    }

    void builtinProvidersShipNoClientId()
    {
        QString err;
        for (const char *id : {"microsoft", "google"}) {
            oauth::Provider p = oauth::builtin(QLatin1String(id), &err);
            QVERIFY(err.isEmpty());
            QVERIFY(p.clientId.isEmpty());
            QVERIFY(p.problem().contains(QStringLiteral("Mailscope ships none")));
        }
        oauth::Provider ms = oauth::builtin(QStringLiteral("microsoft"), &err);
        QVERIFY(
            ms.scopes.contains(QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All")));
        QVERIFY(ms.scopes.contains(QStringLiteral("https://outlook.office.com/SMTP.Send")));
        QVERIFY(ms.scopes.contains(QStringLiteral("offline_access")));
        QVERIFY(oauth::builtin(QStringLiteral("yahoo"), &err).id.isEmpty());
        QVERIFY(!err.isEmpty());
    }

    void organisationConfigFillsTheGaps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oauth2.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"microsoft\": {\"client_id\": \"org-client\", \"tenant\": \"contoso.example\"},"
                "\"google\": {\"client_id\": \"g-client\", \"client_secret\": \"g-not-secret\"}}");
        f.close();
        qputenv("MAILSCOPE_OAUTH2_CONFIG", path.toLocal8Bit());
        QString err;
        oauth::Provider ms = oauth::builtin(QStringLiteral("microsoft"), &err);
        oauth::configure(&ms);
        QCOMPARE(ms.clientId, QStringLiteral("org-client"));
        QCOMPARE(ms.authorizeUrl.toString(),
                 QStringLiteral(
                     "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/authorize"));
        QVERIFY(ms.problem().isEmpty());
        // What the user gave explicitly wins.
        oauth::Provider mine = oauth::builtin(QStringLiteral("microsoft"), &err);
        mine.clientId = QStringLiteral("mine");
        mine.tenant = QStringLiteral("../../evil/x?y");
        oauth::configure(&mine);
        QCOMPARE(mine.clientId, QStringLiteral("mine"));
        // A tenant that could change the endpoints' path is refused, never used.
        QVERIFY(!mine.authorizeUrl.toString().contains(QStringLiteral("evil")));
        QVERIFY(mine.problem().contains(QStringLiteral("not a Microsoft tenant")));
        oauth::Provider g = oauth::builtin(QStringLiteral("google"), &err);
        oauth::configure(&g);
        QCOMPARE(g.clientSecret, QStringLiteral("g-not-secret"));
        qputenv("MAILSCOPE_OAUTH2_CONFIG", "/nonexistent/mailscope-oauth2.json");
    }

    void profileFilesCannotBorrowAKeptSignIn()
    {
        // A profile file that calls itself "microsoft", or borrows the organisation's client id
        // and secret, would send the user's kept refresh token (or the secret) to its own token
        // endpoint.
        QTemporaryDir dir;
        const QString org = dir.filePath(QStringLiteral("oauth2.json"));
        QFile of(org);
        QVERIFY(of.open(QIODevice::WriteOnly));
        of.write("{\"corp\": {\"client_id\": \"org-client\", \"client_secret\": \"org-secret\"}}");
        of.close();
        qputenv("MAILSCOPE_OAUTH2_CONFIG", org.toLocal8Bit());
        auto write = [&dir](const QByteArray &json) {
            const QString p = dir.filePath(QStringLiteral("p.json"));
            QFile f(p);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(json);
            return p;
        };
        const QByteArray endpoints =
            "\"authorize_url\": \"https://evil.example/a\", \"token_url\": "
            "\"https://evil.example/t\", \"scopes\": [\"mail\"]";
        QString err;
        for (const char *id : {"microsoft", "Google"}) {
            oauth::fromFile(write("{\"id\": \"" + QByteArray(id) + "\", " + endpoints +
                                  ", \"client_id\": \"x\"}"),
                            &err);
            QVERIFY2(err.contains(QStringLiteral("may not call itself")), qPrintable(err));
            err.clear();
        }
        // No client id or secret from the organisation's file or the settings for a profile.
        oauth::Provider corp;
        const QString problem = oauth::resolveProvider(
            write("{\"id\": \"corp\", " + endpoints + "}"), QString(), QString(), &corp);
        QVERIFY(corp.clientId.isEmpty());
        QVERIFY(corp.clientSecret.isEmpty());
        QVERIFY(!problem.isEmpty());
        qputenv("MAILSCOPE_OAUTH2_CONFIG", "/nonexistent/mailscope-oauth2.json");

        // Kept sign-ins are bound to the token endpoint: same id, client and user, another
        // token host, another key.
        oauth::Provider a, b;
        a.id = b.id = QStringLiteral("corp");
        a.clientId = b.clientId = QStringLiteral("c");
        a.tokenUrl = QUrl(QStringLiteral("https://idp.example/token"));
        b.tokenUrl = QUrl(QStringLiteral("https://evil.example/token"));
        QVERIFY(oauth::keptKey(a, QStringLiteral("fred")) !=
                oauth::keptKey(b, QStringLiteral("fred")));
        MemoryCredentialStore store;
        QVERIFY(store.write(oauth::keptKey(a, QStringLiteral("fred")), "rt-kept", &err));
        oauth::Tokens t;
        QCOMPARE(oauth::useKeptSignIn(b, QStringLiteral("fred"), store, &t, &err),
                 oauth::Kept::None); // never sent to evil.example
        QCOMPARE(store.size(), 1);
    }

    void customProfilesMustBeEncrypted()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QByteArray &json) {
            const QString p = dir.filePath(QStringLiteral("p.json"));
            QFile f(p);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(json);
            return p;
        };
        QString err;
        oauth::fromFile(
            write("{\"authorize_url\": \"http://idp.example/a\", \"token_url\":"
                  "\"https://idp.example/t\", \"scopes\": [\"mail\"], \"client_id\": \"x\"}"),
            &err);
        QVERIFY2(err.contains(QStringLiteral("https")), qPrintable(err));
        err.clear();
        const oauth::Provider ok =
            oauth::fromFile(write("{\"id\": \"corp\", \"authorize_url\":"
                                  "\"https://idp.example/a\", \"token_url\": "
                                  "\"http://127.0.0.1:9/t\", \"scopes\": [\"mail\"],"
                                  "\"client_id\": \"x\", \"mechanism\": \"oauthbearer\"}"),
                            &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(ok.mechanism, QByteArray("OAUTHBEARER"));
        QVERIFY(ok.problem().isEmpty());
        oauth::fromFile(write("[1, 2]"), &err);
        QVERIFY(!err.isEmpty());
    }

    void providerForHost()
    {
        QCOMPARE(oauth::providerForHost(QStringLiteral("outlook.office365.com")),
                 QStringLiteral("microsoft"));
        QCOMPARE(oauth::providerForHost(QStringLiteral("contoso-com.mail.protection.outlook.com")),
                 QStringLiteral("microsoft"));
        QCOMPARE(oauth::providerForHost(QStringLiteral("imap.gmail.com")),
                 QStringLiteral("google"));
        QCOMPARE(oauth::providerForHost(QStringLiteral("ASPMX.L.GOOGLE.COM")),
                 QStringLiteral("google"));
        QVERIFY(oauth::providerForHost(QStringLiteral("mail.example.net")).isEmpty());
        QVERIFY(oauth::providerForHost(QStringLiteral("notgmail.com")).isEmpty());
        QVERIFY(oauth::providerForHost(QStringLiteral("evil-outlook.com.example")).isEmpty());
    }

    void redirectListensOnLoopbackOnlyAndChecksState()
    {
        oauth::Provider p;
        p.id = QStringLiteral("t");
        p.name = QStringLiteral("T");
        p.authorizeUrl = QUrl(QStringLiteral("https://idp.example/authorize?tenant=x"));
        p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:9/token"));
        p.scopes = {QStringLiteral("mail")};
        p.clientId = QStringLiteral("client");
        oauth::AuthorizationFlow flow(p, QStringLiteral("fred@example.test"));
        QString err;
        const QUrl url = flow.start(&err);
        QVERIFY2(url.isValid(), qPrintable(err));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("tenant")), QStringLiteral("x")); // kept
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 QStringLiteral("fred@example.test"));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        // Not reachable on any other address of this machine (127.0.0.2 is loopback too, but
        // not the address it listens on).
        QTcpSocket other;
        other.connectToHost(QStringLiteral("127.0.0.2"), quint16(redirect.port()));
        QVERIFY(!other.waitForConnected(2000));
        // A redirect with another state ends the flow, refused.
        QNetworkAccessManager nam;
        QUrl forged = redirect;
        forged.setQuery(QStringLiteral("code=abc&state=forged"));
        QNetworkReply *r = nam.get(QNetworkRequest(forged));
        QSignalSpy done(&flow, &oauth::AuthorizationFlow::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!flow.succeeded());
        QVERIFY(flow.error().contains(QStringLiteral("state mismatch")));
        r->deleteLater();
    }

    // The token endpoint's faults in words: a silence is a timeout (it was "could not be
    // reached: Operation canceled"), an error page is the status it answered (it was Qt's
    // "Error transferring …"), and a 200 that is not a token says so.
    void tokenEndpointFaultsInWords_data()
    {
        QTest::addColumn<QByteArray>("answer"); // empty: it never answers
        QTest::addColumn<QString>("says");
        QTest::newRow("silent") << QByteArray() << QStringLiteral("did not answer within 1 s");
        QTest::newRow("HTTP 500 with a page")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n"
                          "Content-Length: 13\r\nConnection: close\r\n\r\n<h1>oops</h1>")
            << QStringLiteral("answered HTTP 500");
        QTest::newRow("200, not a token")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                          "Content-Length: 9\r\nConnection: close\r\n\r\nnot json!")
            << QStringLiteral("not with a token");
    }

    void tokenEndpointFaultsInWords()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, says);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                if (answer.isEmpty()) continue; // held open, never answered
                connect(s, &QTcpSocket::readyRead, s, [s, answer] {
                    s->readAll();
                    s->write(answer);
                    s->disconnectFromHost();
                });
            }
        });
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.name = QStringLiteral("Test");
        p.clientId = QStringLiteral("client");
        p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(server.serverPort()));
        oauth::Tokens t;
        QString err;
        QVERIFY(!oauth::exchangeCode(p, "code-1", "verifier-1",
                                     QUrl(QStringLiteral("http://127.0.0.1:1/")), &t, &err, 1000));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("could not be reached")) &&
                     !err.contains(QLatin1String("Error transferring")),
                 qPrintable(err));
    }

    // A kept sign-in (the engine part the command line and the desktop app share): a rotated
    // refresh token is kept (it was dropped, RFC 6749 §6), only a definitive refusal deletes
    // it (any failure did: an outage cost the user their sign-in).
    void keptSignInRotatesAndSurvivesOutages_data()
    {
        QTest::addColumn<QByteArray>("answer"); // empty: nothing listens there
        QTest::addColumn<int>("kept");
        QTest::addColumn<QByteArray>("stored"); // the refresh token kept afterwards
        auto http = [](const char *status, const QByteArray &body) -> QByteArray {
            return QByteArray("HTTP/1.1 ") + status +
                   "\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        };
        QTest::newRow("rotated") << http("200 OK",
                                         R"({"access_token":"at-2","refresh_token":"rt-new"})")
                                 << int(oauth::Kept::Used) << QByteArray("rt-new");
        QTest::newRow("not rotated") << http("200 OK", R"({"access_token":"at-2"})")
                                     << int(oauth::Kept::Used) << QByteArray("rt-old");
        QTest::newRow("503") << http("503 Service Unavailable", "<h1>down</h1>")
                             << int(oauth::Kept::Unavailable) << QByteArray("rt-old");
        // Any error code in a 400/401 is the answer about this grant (a changed scope, a
        // malformed request): a new sign-in is the way on, not "try again later".
        QTest::newRow("400 invalid_request")
            << http("400 Bad Request", R"({"error":"invalid_request"})") << int(oauth::Kept::Dead)
            << QByteArray();
        QTest::newRow("unreachable")
            << QByteArray() << int(oauth::Kept::Unavailable) << QByteArray("rt-old");
        QTest::newRow("invalid_grant") << http("400 Bad Request", R"({"error":"invalid_grant"})")
                                       << int(oauth::Kept::Dead) << QByteArray();
        QTest::newRow("invalid_client") << http("401 Unauthorized", R"({"error":"invalid_client"})")
                                        << int(oauth::Kept::Dead) << QByteArray();
    }

    void keptSignInRotatesAndSurvivesOutages()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kept);
        QFETCH(QByteArray, stored);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        if (answer.isEmpty()) server.close(); // the port is free again: refused
        connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
            while (QTcpSocket *s = server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [s, answer] {
                    s->readAll();
                    s->write(answer);
                    s->disconnectFromHost();
                });
        });
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.name = QStringLiteral("Test");
        p.clientId = QStringLiteral("client");
        p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port));
        MemoryCredentialStore store;
        QString err;
        QVERIFY(oauth::keepSignIn(store, p, QStringLiteral("fred"), "rt-old", &err));
        oauth::Tokens t;
        QCOMPARE(int(oauth::useKeptSignIn(p, QStringLiteral("fred"), store, &t, &err, 5000)), kept);
        QByteArray now;
        QString rerr;
        store.read(oauth::keptKey(p, QStringLiteral("fred")), &now, &rerr);
        QCOMPARE(now, stored);
        if (kept == int(oauth::Kept::Used)) QCOMPARE(t.access, QByteArray("at-2"));
        if (kept == int(oauth::Kept::Unavailable)) QVERIFY(!err.isEmpty());
    }

    // forget: every sign-in kept for the user, listed or (kept before the list) computed from
    // the providers known; each read before it is removed, so only real ones are reported.
    void forgetFindsEveryKeptSignIn()
    {
        MemoryCredentialStore store;
        QString err;
        oauth::Provider a, b, c;
        a.id = QStringLiteral("corp");
        a.clientId = QStringLiteral("c1");
        a.tokenUrl = QUrl(QStringLiteral("https://idp.example/token"));
        b = a;
        b.clientId = QStringLiteral("c2");
        c = a;
        c.id = QStringLiteral("microsoft");
        QVERIFY(oauth::keepSignIn(store, a, QStringLiteral("Fred"), "rt-a", &err));
        QVERIFY(oauth::keepSignIn(store, b, QStringLiteral("fred"), "rt-b", &err));
        // Kept without the list (an older Mailscope).
        QVERIFY(store.write(oauth::keptKey(c, QStringLiteral("fred")), "rt-c", &err));
        // Another user's stays.
        QVERIFY(oauth::keepSignIn(store, a, QStringLiteral("alice"), "rt-x", &err));
        const oauth::Forgotten f = oauth::forgetSignIns(store, QStringLiteral("fred"), {c});
        QVERIFY2(f.failed.isEmpty(), qPrintable(f.failed.join(QLatin1Char('\n'))));
        QCOMPARE(f.removed.size(), 3);
        QVERIFY(f.removed.join(QLatin1Char(' ')).contains(QStringLiteral("client id c2")));
        QVERIFY(f.removed.join(QLatin1Char(' ')).contains(QStringLiteral("microsoft")));
        QByteArray v;
        QVERIFY(store.read(oauth::keptKey(a, QStringLiteral("alice")), &v, &err));
        // Alice's entry and her list are all that is left.
        QCOMPARE(store.size(), 2);
        // Nothing left to remove: nothing reported.
        QVERIFY(oauth::forgetSignIns(store, QStringLiteral("fred"), {c}).removed.isEmpty());
    }

    void tokenSources()
    {
        oauth::StaticToken s("zq-9f3", "OAUTHBEARER");
        QString err;
        QCOMPARE(s.accessToken(&err), QByteArray("zq-9f3"));
        QCOMPARE(s.mechanism(), QByteArray("OAUTHBEARER"));
        QVERIFY(!s.describe().contains(QStringLiteral("zq-9f3")));
        // An expired token without a refresh token: no token, and why.
        oauth::Provider p;
        p.name = QStringLiteral("T");
        p.scopes = {QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
                    QStringLiteral("offline_access")};
        oauth::Tokens t;
        t.access = "old";
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        t.scope = QStringLiteral("openid profile");
        oauth::RefreshingToken rt(p, t, QStringLiteral("fred"), nullptr, QString());
        QVERIFY(rt.accessToken(&err).isEmpty());
        QVERIFY(err.contains(QStringLiteral("sign in again")));
        QCOMPARE(rt.missingScopes(),
                 QStringList{QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All")});
        // Microsoft names granted scopes by their last part.
        t.scope = QStringLiteral("IMAP.AccessAsUser.All openid");
        oauth::RefreshingToken ok(p, t, QStringLiteral("fred"), nullptr, QString());
        QVERIFY(ok.missingScopes().isEmpty());
        QVERIFY(!ok.describe().contains(QStringLiteral("old")));
    }

    void memoryStore()
    {
        MemoryCredentialStore m;
        QString err;
        QByteArray v;
        QVERIFY(!m.read(QStringLiteral("k"), &v, &err));
        QVERIFY(err.isEmpty());
        QVERIFY(m.write(QStringLiteral("k"), "secret", &err));
        QVERIFY(m.read(QStringLiteral("k"), &v, &err));
        QCOMPARE(v, QByteArray("secret"));
        QVERIFY(m.remove(QStringLiteral("k"), &err));
        QCOMPARE(m.size(), 0);
        // Nobody should believe something is kept for next time.
        QVERIFY(m.name().contains(QStringLiteral("nothing is kept")));
        Target t;
        QVERIFY(Target::parse(QStringLiteral("imaps://Fred@Mail.Example.net"), &t).isEmpty());
        QCOMPARE(credentials::passwordKey(t),
                 QStringLiteral("mailscope/password/imaps://Fred@mail.example.net:993"));
    }

    void recognisesMicrosoft365AndGmail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("software");
        // Exchange Online's IMAP greeting names its back-end in base64 UTF-16.
        QString name = QStringLiteral("MN2PR01CA0056.namprd01.prod.outlook.com");
        QByteArray utf16;
        for (QChar c : name) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        QTest::newRow("Exchange Online IMAP")
            << QStringLiteral("The Microsoft Exchange IMAP4 service is ready. [%1]")
                   .arg(QString::fromLatin1(utf16.toBase64()))
            << QStringLiteral("exchange-online");
        QTest::newRow("Exchange Online SMTP")
            << QStringLiteral("BN6PR1101CA0001.outlook.office365.com Microsoft ESMTP MAIL Service "
                              "ready at Mon, 30 Nov 2026 13:00:00 +0000")
            << QStringLiteral("exchange-online");
        QTest::newRow("Exchange on premises")
            << QStringLiteral("The Microsoft Exchange IMAP4 service is ready.")
            << QStringLiteral("exchange");
        QTest::newRow("Gmail IMAP")
            << QStringLiteral("Gimap ready for requests from 203.0.113.7 r12mb")
            << QStringLiteral("gmail");
        QTest::newRow("Gmail SMTP")
            << QStringLiteral("smtp.gmail.com ESMTP a1sm12345 - gsmtp") << QStringLiteral("gmail");
    }

    void recognisesMicrosoft365AndGmail()
    {
        QFETCH(QString, text);
        QFETCH(QString, software);
        QCOMPARE(identifyServer({text}, {QStringLiteral("greeting")}).software, software);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
