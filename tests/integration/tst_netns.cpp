// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// A silent drop made real: the demo server runs in a network namespace behind a stateful
// firewall (nftables + conntrack) that forgets idle connections, as NAT boxes and firewalls
// do. Packets of a forgotten connection are dropped: the client's data is never acknowledged.
// Skipped, with the reason, where the machine has no network namespaces or nftables.
#include "CliRunner.h"
#include "TestServers.h"

#include <QRegularExpression>

using namespace mailscope::test;

class TestNetns : public QObject
{
    Q_OBJECT

    QString m_name = QStringLiteral("ms%1").arg(QCoreApplication::applicationPid());
    bool m_setUp = false;
    QProcess m_server;

    static QString script()
    {
        return QStringLiteral(MAILSCOPE_SOURCE_DIR "/tests/servers/netns-drop.sh");
    }
    static int run(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), QStringList{script()} + args);
        if (!p.waitForFinished(60000)) return -1;
        if (out) *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QByteArray why;
        const int rc = run({QStringLiteral("check")}, &why);
        const QByteArray reason =
            "network namespaces or nftables unavailable here: " + why.trimmed();
        MAILSCOPE_REQUIRE(rc != 77, reason.constData());
        QCOMPARE(rc, 0);
        QCOMPARE(run({QStringLiteral("setup"), m_name}), 0);
        m_setUp = true;
        QCOMPARE(run({QStringLiteral("stateful"), m_name, QStringLiteral("4")}), 0);
    }
    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000)) m_server.kill();
            m_server.waitForFinished(2000);
        }
        if (m_setUp) run({QStringLiteral("teardown"), m_name});
    }

    void silentDropBehindStatefulFirewall()
    {
        // The demo server without an idle limit of its own: only the firewall forgets.
        m_server.start(QStringLiteral("ip"),
                       {QStringLiteral("netns"), QStringLiteral("exec"),
                        m_name + QStringLiteral("-s"), QStringLiteral(MAILSCOPE_CLI),
                        QStringLiteral("demo-server"), QStringLiteral("--listen"),
                        QStringLiteral("10.99.0.2"), QStringLiteral("--idle-cutoff"),
                        QStringLiteral("0")});
        QVERIFY(m_server.waitForReadyRead(15000));
        const QString banner = QString::fromLocal8Bit(m_server.readAllStandardOutput());
        const auto m =
            QRegularExpression(QStringLiteral("10\\.99\\.0\\.2:(\\d+).*SHA-256 ([0-9a-f]{64})"))
                .match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        QProcess cli;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(QStringLiteral("MS_PW"), QStringLiteral("demo-password"));
        cli.setProcessEnvironment(full);
        cli.start(QStringLiteral("ip"),
                  {QStringLiteral("netns"), QStringLiteral("exec"), m_name + QStringLiteral("-c"),
                   QStringLiteral(MAILSCOPE_CLI), QStringLiteral("diagnose"),
                   QStringLiteral("imap://demo@10.99.0.2:%1").arg(m.captured(1)),
                   QStringLiteral("--checks"), QStringLiteral("idle"),
                   QStringLiteral("--accept-cert"), m.captured(2), QStringLiteral("--password-env"),
                   QStringLiteral("MS_PW"), QStringLiteral("--idle-max"), QStringLiteral("30"),
                   QStringLiteral("--silence"), QStringLiteral("3"), QStringLiteral("--json"),
                   QStringLiteral("-")});
        QVERIFY(cli.waitForFinished(240000));
        const QByteArray out = cli.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        CliResult r;
        r.json = json;
        r.exitCode = cli.exitCode();
        QCOMPARE(r.exitCode, 1);
        const QJsonObject t =
            r.findingById(QStringLiteral("idle.timeout")).value(QStringLiteral("data")).toObject();
        QVERIFY2(!t.isEmpty(), cli.readAllStandardError().constData());
        QCOMPARE(t.value(QStringLiteral("close")).toString(), QStringLiteral("silent"));
        // Conntrack forgets after 4 s; the probe's resolution is 2 s.
        const double seconds = t.value(QStringLiteral("seconds")).toDouble();
        QVERIFY2(seconds >= 2.5 && seconds <= 7.5, qPrintable(QString::number(seconds)));
        // Keepalives refresh the firewall's memory: they do help here (unlike perdition).
        QCOMPARE(t.value(QStringLiteral("keepalive_helps")), QJsonValue(true));
        const QJsonObject sd = r.findingById(QStringLiteral("idle.silent-drop"))
                                   .value(QStringLiteral("data"))
                                   .toObject();
        // The packets were dropped: the kernel never saw them acknowledged.
        QCOMPARE(sd.value(QStringLiteral("unacked")), QJsonValue(true));
        bool keepaliveAdvice = false;
        for (const auto &a : json.value(QStringLiteral("advice")).toArray())
            keepaliveAdvice =
                keepaliveAdvice || a.toObject().value(QStringLiteral("setting")).toString() ==
                                       QLatin1String("mail.imap.tcp_keepalive.enabled");
        QVERIFY(keepaliveAdvice);
    }
};

QTEST_GUILESS_MAIN(TestNetns)
#include "tst_netns.moc"
