// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Real perdition 2.2 (Debian) in front of a real Dovecot, both on loopback: the proxy of seed
// 000. It loses commands pipelined with LOGIN and ends idle sessions after its --timeout.
#include "CliRunner.h"
#include "TestServers.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>

using namespace mailscope::test;

class TestPerdition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dovecotDir{QStringLiteral("/tmp/ms-pd-XXXXXX")};
    QTemporaryDir m_perditionDir{QStringLiteral("/tmp/ms-pp-XXXXXX")};
    QMap<QString, QString> m_env;
    bool m_dovecot = false;
    bool m_perdition = false;
    static constexpr int kTimeout = 4; // perdition --timeout, seconds

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(
            QFile::exists(QStringLiteral("/usr/sbin/dovecot")) &&
                QFile::exists(QStringLiteral("/usr/sbin/perdition.imap4")),
            "Dovecot or perdition is not installed: the README's test command installs them");
        QString err =
            startServer("dovecot.sh", {m_dovecotDir.path()},
                        {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")}}, &m_env);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_dovecot = true;
        err = startServer("perdition.sh",
                          {m_perditionDir.path(), m_env.value(QStringLiteral("IMAP_PORT")),
                           QString::number(kTimeout)},
                          {}, &m_env);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_perdition = true;
        QVERIFY(m_env.contains(QStringLiteral("PERDITION_PORT")));
    }
    void cleanupTestCase()
    {
        if (m_perdition) stopServer("perdition.sh", m_perditionDir.path());
        if (m_dovecot) stopServer("dovecot.sh", m_dovecotDir.path());
    }

    void seedZeroFaults()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), m_env.value(QStringLiteral("PASSWORD")));
        const CliResult r = runCli(
            {QStringLiteral("diagnose"),
             QStringLiteral("imap://%1@127.0.0.1:%2")
                 .arg(m_env.value(QStringLiteral("USER")),
                      m_env.value(QStringLiteral("PERDITION_PORT"))),
             QStringLiteral("--checks"), QStringLiteral("starttls,login,untagged,pipelining,idle"),
             QStringLiteral("--allow-plaintext-login"), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--idle-max"), QStringLiteral("30"),
             QStringLiteral("--silence"), QStringLiteral("3"), QStringLiteral("--json"),
             QStringLiteral("-")},
            env, {}, 240000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("perdition"));
        // perdition refuses STARTTLS on a plain listener: no encryption, so logins are cleartext.
        QVERIFY(r.findingIds().contains(QStringLiteral("starttls.missing")));
        QCOMPARE(r.findingById(QStringLiteral("auth.cleartext"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("warn"));

        // Commands sent in the same packet as LOGIN vanish inside the proxy.
        const QJsonObject pipe = r.findingById(QStringLiteral("imap.pipelining-loss"))
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QVERIFY2(!pipe.isEmpty(), qPrintable(r.checkStatus(QStringLiteral("pipelining"))));
        QCOMPARE(pipe.value(QStringLiteral("after")).toString(), QStringLiteral("LOGIN"));
        const QStringList lost = pipe.value(QStringLiteral("lost")).toVariant().toStringList();
        QCOMPARE(lost.size(), 2);
        QVERIFY(lost.join(QLatin1Char(' ')).contains(QStringLiteral("NOOP")));
        QVERIFY(lost.join(QLatin1Char(' ')).contains(QStringLiteral("CAPABILITY")));

        // Idle sessions end with a FIN exactly --timeout seconds after the last byte, seen as
        // it happens, in every state; TCP keepalives do not reset perdition's own timer.
        const QJsonObject idle =
            r.findingById(QStringLiteral("idle.timeout")).value(QStringLiteral("data")).toObject();
        QVERIFY2(!idle.isEmpty(), qPrintable(r.checkStatus(QStringLiteral("idle"))));
        QCOMPARE(idle.value(QStringLiteral("close")).toString(), QStringLiteral("fin"));
        QCOMPARE(idle.value(QStringLiteral("method")).toString(), QStringLiteral("observed"));
        QVERIFY2(std::abs(idle.value(QStringLiteral("seconds")).toDouble() - kTimeout) <= 2.0,
                 qPrintable(QString::number(idle.value(QStringLiteral("seconds")).toDouble())));
        QCOMPARE(idle.value(QStringLiteral("keepalive_helps")), QJsonValue(false));
        QVERIFY(!r.findingIds().contains(QStringLiteral("idle.silent-drop")));
        // The password never shows.
        const QString leak = leakedSecret(r, m_env.value(QStringLiteral("USER")).toLatin1(),
                                          m_env.value(QStringLiteral("PASSWORD")).toLatin1());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
};

QTEST_GUILESS_MAIN(TestPerdition)
#include "tst_perdition.moc"
