// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli end to end against a real Dovecot on loopback, started by tests/servers/dovecot.sh
// from Debian's package (STARTTLS and implicit TLS with a generated CA, a passwd-file user and
// a seeded maildir).
#include "CliRunner.h"
#include "TestServers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mailscope::test;

class TestDovecot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QStringLiteral("/tmp/ms-dovecot-XXXXXX")};
    QMap<QString, QString> m_env;
    bool m_started = false;

    QString imapUrl(const char *host, const char *scheme = "imap") const
    {
        const QString port =
            m_env.value(QLatin1String(qstrcmp(scheme, "imaps") == 0 ? "IMAPS_PORT" : "IMAP_PORT"));
        return QStringLiteral("%1://%2@%3:%4")
            .arg(QLatin1String(scheme), m_env.value(QStringLiteral("USER")), QLatin1String(host),
                 port);
    }
    QProcessEnvironment pwEnv(const QString &pw) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("MS_PW"), pw);
        return e;
    }
    QStringList withCa(QStringList args) const
    {
        args << QStringLiteral("--ca-file") << m_env.value(QStringLiteral("CA_FILE"))
             << QStringLiteral("--json") << QStringLiteral("-");
        return args;
    }
    void noSecrets(const CliResult &r)
    {
        const QByteArray pw = m_env.value(QStringLiteral("PASSWORD")).toLatin1();
        QVERIFY(!pw.isEmpty());
        const QString leak = leakedSecret(r, m_env.value(QStringLiteral("USER")).toLatin1(), pw);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(
            QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
            "Dovecot is not installed (apt-get install dovecot-imapd): the README's test "
            "command installs it");
        QVERIFY(m_dir.isValid());
        const QString err =
            startServer("dovecot.sh", {m_dir.path()},
                        {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")}}, &m_env);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(m_env.contains(QStringLiteral("IMAP_PORT")));
        QVERIFY(m_env.contains(QStringLiteral("CERT_SHA256")));
        m_started = true;
    }
    void cleanupTestCase()
    {
        if (m_started) stopServer("dovecot.sh", m_dir.path());
    }

    // The realistic policy (127.0.0.2: Dovecot does not treat it as a local, secure peer).
    void starttlsWithLogin()
    {
        const CliResult r =
            runCli(withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.2"),
                           QStringLiteral("--password-env"), QStringLiteral("MS_PW")}),
                   pwEnv(m_env.value(QStringLiteral("PASSWORD"))));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("pass"));
        QCOMPARE(r.checkStatus(QStringLiteral("starttls")), QStringLiteral("pass"));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("pass"));
        QCOMPARE(r.checkStatus(QStringLiteral("capabilities")), QStringLiteral("pass"));
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("dovecot"));
        QVERIFY(r.findingIds().contains(QStringLiteral("server.identified")));
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.cleartext")));
        const QJsonObject caps = r.json.value(QStringLiteral("server"))
                                     .toObject()
                                     .value(QStringLiteral("capabilities"))
                                     .toObject();
        const QJsonArray before = caps.value(QStringLiteral("before_tls")).toArray();
        QVERIFY(before.contains(QStringLiteral("STARTTLS")));
        QVERIFY(before.contains(QStringLiteral("LOGINDISABLED")));
        QVERIFY(!caps.value(QStringLiteral("after_tls"))
                     .toArray()
                     .contains(QStringLiteral("LOGINDISABLED")));
        QVERIFY(caps.value(QStringLiteral("after_login")).toArray().size() > 3);
        QVERIFY(r.allEventText().contains(QStringLiteral("TLS established")));
        QCOMPARE(
            r.countEvents(QStringLiteral("send"), QStringLiteral("AUTHENTICATE PLAIN <redacted>")),
            1);
        noSecrets(r);
    }

    void implicitTls()
    {
        const CliResult r =
            runCli(withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.2", "imaps"),
                           QStringLiteral("--password-env"), QStringLiteral("MS_PW")}),
                   pwEnv(m_env.value(QStringLiteral("PASSWORD"))));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("pass"));
        QCOMPARE(r.checkStatus(QStringLiteral("starttls")), QStringLiteral("skipped"));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("pass"));
        QCOMPARE(r.json.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("security"))
                     .toString(),
                 QStringLiteral("tls"));
        noSecrets(r);
    }

    void loginCommandAndConsole()
    {
        const CliResult r = runCli(
            withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.2"), QStringLiteral("--auth"),
                    QStringLiteral("login"), QStringLiteral("--checks"), QStringLiteral("login"),
                    QStringLiteral("--password-env"), QStringLiteral("MS_PW")}),
            pwEnv(m_env.value(QStringLiteral("PASSWORD"))));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(
            r.countEvents(QStringLiteral("send"), QStringLiteral("LOGIN \"fred\" \"<redacted>\"")) +
                r.countEvents(QStringLiteral("send"), QStringLiteral("LOGIN fred \"<redacted>\"")),
            1);
        noSecrets(r);

        const CliResult c =
            runCli({QStringLiteral("session"), imapUrl("127.0.0.2"), QStringLiteral("--ca-file"),
                    m_env.value(QStringLiteral("CA_FILE")), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW")},
                   pwEnv(m_env.value(QStringLiteral("PASSWORD"))),
                   "CAPABILITY\nSTARTTLS\nCAPABILITY\n.login\nEXAMINE INBOX\n");
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.out.contains("* 20 EXISTS"), c.out.constData());
        QVERIFY(c.out.contains("TLS established"));
        QVERIFY(c.out.contains("<redacted>"));
        noSecrets(c);
    }

    void wrongPasswordOnce()
    {
        const CliResult r =
            runCli(withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.2"),
                           QStringLiteral("--password-env"), QStringLiteral("MS_PW")}),
                   pwEnv(QStringLiteral("not-the-password")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.findingIds().contains(QStringLiteral("auth.failed")));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("AUTHENTICATE")), 1);
        const QString leak = leakedSecret(r, "fred", "not-the-password");
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY(r.findingById(QStringLiteral("auth.failed"))
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("reply"))
                    .toString()
                    .contains(QStringLiteral("AUTHENTICATIONFAILED")));
    }

    // Every check, the idle search and the ghost scan included, with a wrong password: the
    // server sees exactly one login attempt, counted in Dovecot's own log.
    void everyCheckWithAWrongPasswordLogsInOnce()
    {
        QFile log(m_dir.filePath(QStringLiteral("logs/dovecot.log")));
        auto attempts = [&log] {
            if (!log.open(QIODevice::ReadOnly)) return -1;
            const QByteArray all = log.readAll();
            log.close();
            return int(all.count("Password mismatch"));
        };
        const int before = attempts();
        QVERIFY(before >= 0);
        {
            const CliResult r = runCli(
                withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.2", "imaps"),
                        QStringLiteral("--checks"),
                        QStringLiteral("tls,capabilities,starttls,login,untagged,pipelining,ghosts,"
                                       "idle"),
                        QStringLiteral("--idle-max"), QStringLiteral("10"),
                        QStringLiteral("--password-env"), QStringLiteral("MS_PW")}),
                pwEnv(QStringLiteral("not-the-password")));
            QVERIFY(r.exitCode != 0);
            QVERIFY(r.findingIds().contains(QStringLiteral("auth.failed")));
            for (const char *check : {"pipelining", "ghosts", "idle"})
                QVERIFY2(r.checkStatus(QLatin1String(check)) != QLatin1String("pass"), check);
        }
        // Dovecot logs the mismatch once the auth process answered; give the log a moment.
        QTRY_COMPARE_WITH_TIMEOUT(attempts() - before, 1, 5000);
    }

    void untrustedCertificate()
    {
        // Without the test CA the chain is unknown: the run stops before anything is sent over it.
        const CliResult r = runCli({QStringLiteral("diagnose"), imapUrl("127.0.0.2"),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject f = r.findingById(QStringLiteral("tls.certificate"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("sha256")).toString(),
            m_env.value(QStringLiteral("CERT_SHA256")));
        // Accepting exactly that fingerprint lets the run go on, as a warning.
        const CliResult a =
            runCli({QStringLiteral("diagnose"), imapUrl("127.0.0.2"),
                    QStringLiteral("--accept-cert"), m_env.value(QStringLiteral("CERT_SHA256")),
                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(a.exitCode, 1);
        QCOMPARE(a.findingById(QStringLiteral("tls.certificate"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
        QCOMPARE(a.checkStatus(QStringLiteral("starttls")), QStringLiteral("pass"));
        // A different fingerprint is not enough.
        const CliResult w = runCli({QStringLiteral("diagnose"), imapUrl("127.0.0.2"),
                                    QStringLiteral("--accept-cert"), QString(64, QLatin1Char('a')),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(w.exitCode, 2);
    }

    void hostnameMismatch()
    {
        // The certificate names localhost, 127.0.0.1 and 127.0.0.2; 127.0.0.3 is not in it.
        const CliResult r =
            runCli(withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.3", "imaps"),
                           QStringLiteral("--checks"), QStringLiteral("tls")}));
        QCOMPARE(r.exitCode, 2);
        const QJsonArray errs = r.findingById(QStringLiteral("tls.certificate"))
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("errors"))
                                    .toArray();
        QVERIFY(!errs.isEmpty());
        bool hostError = false;
        for (const auto &e : errs)
            hostError = hostError ||
                        e.toString().contains(QStringLiteral("host name"), Qt::CaseInsensitive);
        QVERIFY2(hostError, "the host-name mismatch is named");
    }

    void loopbackPolicyShowsCleartext()
    {
        // Dovecot treats 127.0.0.1 -> 127.0.0.1 as secure and allows cleartext logins there:
        // Mailscope must report exactly that.
        const CliResult r = runCli(withCa({QStringLiteral("diagnose"), imapUrl("127.0.0.1")}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.findingById(QStringLiteral("auth.cleartext"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("warn"));
    }
};

QTEST_GUILESS_MAIN(TestDovecot)
#include "tst_dovecot.moc"
