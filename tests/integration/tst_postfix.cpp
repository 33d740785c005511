// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// SMTP diagnostics against a real Postfix on loopback (tests/servers/postfix.sh) with SASL
// through a real Dovecot: the conformant case of RFC 2920, STARTTLS, AUTH, a delivered test
// message, and the idle limit between commands.
#include "CliRunner.h"
#include "TestServers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>

using namespace mailscope::test;

class TestPostfix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dovecotDir{QStringLiteral("/tmp/ms-xd-XXXXXX")};
    QTemporaryDir m_postfixDir{QStringLiteral("/tmp/ms-xp-XXXXXX")};
    QMap<QString, QString> m_dv, m_pf;
    bool m_dovecot = false, m_postfix = false;

    CliResult diagnose(const QString &url, QStringList extra, const QString &password = {})
    {
        QProcessEnvironment env;
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("MS_PW"), password);
            extra << QStringLiteral("--password-env") << QStringLiteral("MS_PW");
        }
        return runCli(QStringList{QStringLiteral("diagnose"), url, QStringLiteral("--ca-file"),
                                  m_pf.value(QStringLiteral("CA_FILE")),
                                  QStringLiteral("--silence"), QStringLiteral("5"),
                                  QStringLiteral("--json"), QStringLiteral("-")} +
                          extra,
                      env, {}, 180000);
    }
    QString url(const char *scheme, const char *portKey, bool user = false) const
    {
        return QStringLiteral("%1://%2localhost:%3")
            .arg(QLatin1String(scheme), user ? QStringLiteral("fred@") : QString(),
                 m_pf.value(QLatin1String(portKey)));
    }

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(
            QFile::exists(QStringLiteral("/usr/sbin/postfix")) &&
                QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
            "Postfix or Dovecot is not installed: the README's test command installs them");
        QMap<QString, QString> env{{QStringLiteral("AUTH_INET_PORT"), QStringLiteral("1")},
                                   {QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")}};
        QString err = startServer("dovecot.sh", {m_dovecotDir.path()}, env, &m_dv);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_dovecot = true;
        env.insert(QStringLiteral("SMTPD_TIMEOUT"), QStringLiteral("4s"));
        err = startServer("postfix.sh", {m_postfixDir.path(), m_dovecotDir.path()}, env, &m_pf);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_postfix = true;
        QCOMPARE(m_pf.value(QStringLiteral("AUTH")), QStringLiteral("yes"));
    }
    void cleanupTestCase()
    {
        if (m_postfix) stopServer("postfix.sh", m_postfixDir.path());
        if (m_dovecot) stopServer("dovecot.sh", m_dovecotDir.path());
    }

    void conformantMx()
    {
        const CliResult r = diagnose(url("smtp", "SMTP_PORT"), {});
        QVERIFY2(r.exitCode == 0, r.out.left(4000).constData());
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("postfix"));
        for (const char *c : {"tls", "ehlo", "starttls", "pipelining"})
            QVERIFY2(r.checkStatus(QLatin1String(c)) == QLatin1String("pass"), c);
        QVERIFY(!r.findingIds().contains(QStringLiteral("smtp.pipelining-broken")));
        const QByteArray ext =
            QJsonDocument(r.findingById(QStringLiteral("smtp.extensions"))).toJson();
        for (const char *k : {"PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES", "SIZE", "DSN",
                              "SMTPUTF8", "CHUNKING"})
            QVERIFY2(ext.contains(k), k);
        // The pipelined group really went out in one write and got four replies in order.
        QVERIFY(r.countEvents(
                    QStringLiteral("send"),
                    QStringLiteral("MAIL FROM:<>\r\nRCPT TO:<postmaster>\r\nRSET\r\nQUIT")) == 1);
    }

    void submissionAuth()
    {
        const CliResult ok = diagnose(url("submission", "SUBMISSION_PORT", true), {},
                                      m_dv.value(QStringLiteral("PASSWORD")));
        QVERIFY2(ok.exitCode == 0, ok.out.left(4000).constData());
        QCOMPARE(ok.checkStatus(QStringLiteral("auth")), QStringLiteral("pass"));
        const QString leak =
            leakedSecret(ok, "fred", m_dv.value(QStringLiteral("PASSWORD")).toLatin1());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // AUTH only after STARTTLS (smtpd_tls_auth_only): no cleartext exposure.
        QVERIFY(!ok.findingIds().contains(QStringLiteral("auth.cleartext")));

        const CliResult bad =
            diagnose(url("submission", "SUBMISSION_PORT", true), {}, QStringLiteral("not-it"));
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject f = bad.findingById(QStringLiteral("auth.failed"));
        QVERIFY(f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("user name or password is wrong")));
        QCOMPARE(bad.countEvents(QStringLiteral("send"), QStringLiteral("AUTH ")), 1);
        const QString badLeak = leakedSecret(bad, "fred", "not-it");
        QVERIFY2(badLeak.isEmpty(), qPrintable(badLeak));
    }

    void testMessageDelivered()
    {
        const CliResult r =
            diagnose(url("submission", "SUBMISSION_PORT", true),
                     {QStringLiteral("--checks"), QStringLiteral("auth"),
                      QStringLiteral("--send-to"), QStringLiteral("fred@example.test"),
                      QStringLiteral("--mail-from"), QStringLiteral("fred@example.test")},
                     m_dv.value(QStringLiteral("PASSWORD")));
        QCOMPARE(r.checkStatus(QStringLiteral("send")), QStringLiteral("pass"));
        const QJsonObject d = r.findingById(QStringLiteral("smtp.test-message"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        const QString queueId = d.value(QStringLiteral("queue_id")).toString();
        QVERIFY2(!queueId.isEmpty(), qPrintable(d.value(QStringLiteral("reply")).toString()));
        // Delivered into the test Maildir, with the id Mailscope put in it.
        const QString messageId = d.value(QStringLiteral("message_id")).toString();
        auto delivered = [&] {
            const QDir dir(m_pf.value(QStringLiteral("MAIL_DIR")) + QStringLiteral("/new"));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(messageId.toLatin1()))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(delivered(), qPrintable(messageId), 30000);
    }

    void idleBetweenCommands()
    {
        // smtpd_timeout = 4s: Postfix says 421 and closes by itself.
        const CliResult r = diagnose(url("smtp", "SMTP_PORT"),
                                     {QStringLiteral("--checks"), QStringLiteral("idle"),
                                      QStringLiteral("--idle-max"), QStringLiteral("30")});
        const QJsonObject d =
            r.findingById(QStringLiteral("idle.timeout")).value(QStringLiteral("data")).toObject();
        QVERIFY2(!d.isEmpty(), r.out.left(3000).constData());
        QCOMPARE(d.value(QStringLiteral("close")).toString(), QStringLiteral("bye"));
        QCOMPARE(d.value(QStringLiteral("method")).toString(), QStringLiteral("observed"));
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("after-ehlo"));
        QVERIFY2(std::abs(d.value(QStringLiteral("seconds")).toDouble() - 4.0) <= 2.0,
                 qPrintable(QString::number(d.value(QStringLiteral("seconds")).toDouble())));
    }
};

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
