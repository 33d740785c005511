// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// OAuth2 sign-in end to end: mailscope-cli against a real Dovecot (passdb oauth2) and a real
// Postfix (SASL through that Dovecot), both checking tokens at a small authorization server
// the test starts on loopback (tests/servers/oauth2.py). The browser is replaced by an HTTP
// request (tests/servers/oauth2_browser.py, through MAILSCOPE_BROWSER).
#include "CliRunner.h"
#include "Secrets.h"
#include "TestServers.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace mailscope::test;

namespace {} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_oauthDir{QStringLiteral("/tmp/ms-oauth-XXXXXX")};
    QTemporaryDir m_dovecotDir{QStringLiteral("/tmp/ms-oadc-XXXXXX")};
    QTemporaryDir m_postfixDir{QStringLiteral("/tmp/ms-oapf-XXXXXX")};
    QTemporaryDir m_work;
    QMap<QString, QString> m_oa, m_dc, m_pf;
    bool m_started = false, m_postfix = false;

    QString url() const { return m_oa.value(QStringLiteral("OAUTH2_URL")); }
    QJsonObject stats() const
    {
        return httpJson(QStringLiteral("GET"), QUrl(url() + QStringLiteral("/admin/stats")));
    }
    int stat(const char *k) const { return stats().value(QLatin1String(k)).toInt(-1); }
    void configure(const QJsonObject &c) const
    {
        httpJson(QStringLiteral("POST"), QUrl(url() + QStringLiteral("/admin/config")), c);
    }
    QString profile(const QString &mech = QStringLiteral("XOAUTH2")) const
    {
        return writeOAuthProfile(m_work.filePath(QStringLiteral("profile-%1.json").arg(mech)),
                                 url(), m_oa.value(QStringLiteral("OAUTH2_CLIENT_ID")), mech);
    }
    QProcessEnvironment browser(const QString &extra = {}) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("MAILSCOPE_BROWSER"), browserStub(extra));
        return e;
    }
    QString imapsUrl() const
    {
        return QStringLiteral("imaps://fred@127.0.0.2:%1")
            .arg(m_dc.value(QStringLiteral("IMAPS_PORT")));
    }
    QString submissionUrl() const
    {
        return QStringLiteral("submission://fred@127.0.0.1:%1")
            .arg(m_pf.value(QStringLiteral("SUBMISSION_PORT")));
    }
    QStringList ca() const
    {
        return {QStringLiteral("--ca-file"), m_dc.value(QStringLiteral("CA_FILE"))};
    }
    // Every token the authorization server handed out, in every form, in no output.
    void noTokenIn(const QByteArray &haystack, const char *where) const
    {
        const QJsonArray tokens =
            httpJson(QStringLiteral("GET"), QUrl(url() + QStringLiteral("/admin/tokens")))
                .value(QStringLiteral("tokens"))
                .toArray();
        QVERIFY(!tokens.isEmpty());
        for (const auto &t : tokens) {
            const QString f = findSecret(haystack, "fred", t.toString().toLatin1());
            QVERIFY2(f.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(where), f)));
        }
    }
    int dovecotLog(const char *what) const
    {
        QFile f(m_dovecotDir.filePath(QStringLiteral("logs/dovecot.log")));
        if (!f.open(QIODevice::ReadOnly)) return -1;
        return int(f.readAll().count(what));
    }

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
                          "Dovecot is not installed (the README's test command installs it)");
        QString err = startServer("oauth2.py", {m_oauthDir.path()}, {}, &m_oa);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = startServer("dovecot.sh", {m_dovecotDir.path()},
                          {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")},
                           {QStringLiteral("AUTH_INET_PORT"), QStringLiteral("1")},
                           {QStringLiteral("OAUTH2_URL"), url()}},
                          &m_dc);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_started = true;
        MAILSCOPE_REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/postfix")),
                          "Postfix is not installed (the README's test command installs it)");
        err = startServer("postfix.sh", {m_postfixDir.path(), m_dovecotDir.path()}, {}, &m_pf);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_postfix = true;
    }

    void cleanupTestCase()
    {
        if (m_postfix) stopServer("postfix.sh", m_postfixDir.path());
        if (m_started) stopServer("dovecot.sh", m_dovecotDir.path());
        stopServer("oauth2.py", m_oauthDir.path());
    }

    // The browser flow, PKCE and both mechanisms, over IMAP and SMTP.
    void signInAndLogIn_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("mech");
        for (const char *p : {"imap", "smtp"})
            for (const char *m : {"XOAUTH2", "OAUTHBEARER"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(p), QLatin1String(m))))
                    << QString::fromLatin1(p) << QString::fromLatin1(m);
    }

    void signInAndLogIn()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, mech);
        const bool imap = protocol == QLatin1String("imap");
        const int pkce = stat("pkce_ok");
        const CliResult r = runCli(
            QStringList{QStringLiteral("diagnose"), imap ? imapsUrl() : submissionUrl(),
                        QStringLiteral("--oauth2"), profile(mech), QStringLiteral("--checks"),
                        imap ? QStringLiteral("login,pipelining") : QStringLiteral("auth"),
                        QStringLiteral("--json"), QStringLiteral("-")} +
                ca(),
            browser());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QString check = imap ? QStringLiteral("login") : QStringLiteral("auth");
        QVERIFY2(r.checkStatus(check) == QLatin1String("pass"), r.out.left(3000).constData());
        QVERIFY(r.allEventText().contains(
            QStringLiteral("AUTH") + (imap ? QStringLiteral("ENTICATE ") : QStringLiteral(" ")) +
            mech));
        // The server checked the PKCE verifier of exactly this sign-in.
        QCOMPARE(stat("pkce_ok"), pkce + 1);
        QCOMPARE(stat("pkce_failed"), 0);
        noTokenIn(r.out, "stdout/JSON");
        noTokenIn(r.err, "stderr");
    }

    void stateMismatchIsRefused()
    {
        const int grants = stat("code_grants"), introspect = stat("introspect");
        const CliResult r = runCli(
            QStringList{QStringLiteral("diagnose"), imapsUrl(), QStringLiteral("--oauth2"),
                        profile(), QStringLiteral("--oauth2-timeout"), QStringLiteral("30")} +
                ca(),
            browser(QStringLiteral("--forge-state")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("state mismatch"), r.err.constData());
        // The forged answer's code was never exchanged, and no login was tried.
        QCOMPARE(stat("code_grants"), grants);
        QCOMPARE(stat("introspect"), introspect);
    }

    void providerQuotingTheRequestLeaksNothing()
    {
        // A token endpoint that refuses and quotes the request back: the code and the PKCE
        // verifier must not reach any output (they did, in the error after "failed:").
        configure({{QStringLiteral("echo_refusal"), true}});
        const CliResult r = runCli(
            QStringList{QStringLiteral("diagnose"), imapsUrl(), QStringLiteral("--oauth2"),
                        profile(), QStringLiteral("--oauth2-timeout"), QStringLiteral("30")} +
                ca(),
            browser());
        configure({{QStringLiteral("echo_refusal"), false}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("<redacted>"), r.err.constData());
        noTokenIn(r.out + r.err, "output");
    }

    void cancelledSignInSaysSo()
    {
        const CliResult r = runCli(
            QStringList{QStringLiteral("diagnose"), imapsUrl(), QStringLiteral("--oauth2"),
                        profile(), QStringLiteral("--oauth2-timeout"), QStringLiteral("30")} +
                ca(),
            browser(QStringLiteral("--deny")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cancelled or refused"), r.err.constData());
    }

    void expiredTokenIsRefreshedFirst()
    {
        // The first access token is already expired: Mailscope refreshes before it logs in,
        // instead of trying a login it knows will fail.
        configure({{QStringLiteral("first_expires_in"), 0}});
        const int refreshes = stat("refresh_grants"), introspect = stat("introspect");
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), imapsUrl(), QStringLiteral("--oauth2"),
                               profile(), QStringLiteral("--checks"), QStringLiteral("login"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                       ca(),
                   browser());
        configure({{QStringLiteral("first_expires_in"), QJsonValue()}});
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("pass"));
        QCOMPARE(stat("refresh_grants"), refreshes + 1);
        QCOMPARE(stat("introspect"), introspect + 1); // one login, with the fresh token
        noTokenIn(r.out, "stdout/JSON");
    }

    // The real Secret Service (gnome-keyring in a private D-Bus session): the refresh token
    // is kept there and nowhere else, the next run needs no browser, and forget removes it.
    // Before the tests that make logins fail: Dovecot slows down logins from an address that
    // just failed (its auth penalty, up to 15 s).
    void keychainKeepsTheSignIn()
    {
        MAILSCOPE_REQUIRE(
            !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty() &&
                !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty(),
            "gnome-keyring and dbus are not installed (the README's test command installs them)");
        QTemporaryDir home;
        const QString script = QStringLiteral(R"SH(
set -e
export HOME="$1"; shift
echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export MAILSCOPE_BROWSER="python3 $BROWSER_SCRIPT"
"$CLI" diagnose "$URL" --oauth2 "$PROFILE" --remember --checks login --ca-file "$CA" >"$HOME/run1.out" 2>&1 || true
export MAILSCOPE_BROWSER=false
"$CLI" diagnose "$URL" --oauth2 "$PROFILE" --remember --checks login --ca-file "$CA" >"$HOME/run2.out" 2>&1 || true
"$CLI" forget "$URL" --oauth2 "$PROFILE" >"$HOME/forget.out" 2>&1 || true
"$CLI" diagnose "$URL" --oauth2 "$PROFILE" --remember --oauth2-timeout 3 --checks login --ca-file "$CA" >"$HOME/run3.out" 2>&1 || true
)SH");
        const int refreshes = stat("refresh_grants");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), cliPath());
        env.insert(QStringLiteral("URL"), imapsUrl());
        env.insert(QStringLiteral("PROFILE"), profile());
        env.insert(QStringLiteral("CA"), m_dc.value(QStringLiteral("CA_FILE")));
        env.insert(QStringLiteral("BROWSER_SCRIPT"), serverScript("oauth2_browser.py"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                 QStringLiteral("bash"), home.path()});
        QVERIFY(p.waitForFinished(120000));
        auto read = [&home](const char *name) {
            QFile f(home.filePath(QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray run1 = read("run1.out"), run2 = read("run2.out"), run3 = read("run3.out");
        QVERIFY2(run1.contains("The sign-in is kept in"), run1.constData());
        QVERIFY2(run1.contains("PASS  login"), run1.constData());
        // No browser the second time: the kept refresh token was used.
        QVERIFY2(run2.contains("kept in"), run2.constData());
        QVERIFY2(run2.contains("PASS  login"), run2.constData());
        QCOMPARE(stat("refresh_grants"), refreshes + 1);
        QVERIFY2(read("forget.out").contains("Nothing is kept"), read("forget.out").constData());
        // Forgotten: the third run needs the browser again (which is switched off).
        QVERIFY2(!run3.contains("PASS  login"), run3.constData());
        // The refresh token is in no file: not in the outputs, not in the home directory
        // (the keyring's own store is encrypted).
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) noTokenIn(f.readAll(), qPrintable(f.fileName()));
        }
    }
    void revokedTokenIsOneAttemptAndSaysWhy_data()
    {
        QTest::addColumn<QString>("mech");
        QTest::addColumn<QString>("status");
        QTest::newRow("XOAUTH2") << QStringLiteral("xoauth2") << QStringLiteral("401");
        QTest::newRow("OAUTHBEARER")
            << QStringLiteral("oauthbearer") << QStringLiteral("invalid_token");
    }

    void revokedTokenIsOneAttemptAndSaysWhy()
    {
        QFETCH(QString, mech);
        QFETCH(QString, status);
        const QString token =
            httpJson(QStringLiteral("POST"), QUrl(url() + QStringLiteral("/admin/issue")),
                     {{QStringLiteral("scope"), QStringLiteral("mail")}})
                .value(QStringLiteral("access_token"))
                .toString();
        httpJson(QStringLiteral("POST"), QUrl(url() + QStringLiteral("/admin/revoke")),
                 {{QStringLiteral("token"), token}});
        const int introspect = stat("introspect");
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_TOKEN"), token);
        // Every check that logs in, and the idle search: still one attempt in all.
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), imapsUrl(),
                               QStringLiteral("--oauth2-token-env"), QStringLiteral("MS_TOKEN"),
                               QStringLiteral("--auth"), mech, QStringLiteral("--checks"),
                               QStringLiteral("login,untagged,pipelining,ghosts,idle"),
                               QStringLiteral("--idle-max"), QStringLiteral("10"),
                               // Dovecot delays logins after failed ones (up to 15 s): no stall.
                               QStringLiteral("--silence"), QStringLiteral("30"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                       ca(),
                   env);
        const QJsonObject f = r.findingById(QStringLiteral("auth.failed"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        const QJsonObject oe = f.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("oauth_error"))
                                   .toObject();
        QCOMPARE(oe.value(QStringLiteral("status")).toString(), status);
        QVERIFY(
            f.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("revoked")));
        QCOMPARE(stat("introspect"), introspect + 1);
        const QString leak = findSecret(r.out + r.err, "fred", token.toLatin1());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    void wrongScopeIsNamed()
    {
        // The provider signs the user in but grants no mail permission.
        configure({{QStringLiteral("scope_override"), QStringLiteral("openid")}});
        const int introspect = stat("introspect");
        const CliResult r = runCli(
            QStringList{QStringLiteral("diagnose"), imapsUrl(), QStringLiteral("--oauth2"),
                        profile(), QStringLiteral("--checks"), QStringLiteral("login,pipelining"),
                        QStringLiteral("--silence"), QStringLiteral("30"), QStringLiteral("--json"),
                        QStringLiteral("-")} +
                ca(),
            browser());
        configure({{QStringLiteral("scope_override"), QJsonValue()}});
        const QJsonObject f = r.findingById(QStringLiteral("auth.failed"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        QCOMPARE(f.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("missing_scopes"))
                     .toArray(),
                 QJsonArray{QStringLiteral("mail")});
        QVERIFY(f.value(QStringLiteral("title"))
                    .toString()
                    .contains(QStringLiteral("does not allow access to mail")));
        QCOMPARE(stat("introspect"), introspect + 1);
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
