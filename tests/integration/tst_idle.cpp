// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The idle probe end to end against fault servers with known cutoffs and endings (seed 000):
// the built-in demo server, configured per test. Cutoffs are seconds so the suite stays quick.
#include "CliRunner.h"
#include "demo/DemoServer.h"

#include <QCryptographicHash>
#include <cmath>

using namespace mailscope;
using namespace mailscope::test;

class TestIdle : public QObject
{
    Q_OBJECT

    struct Run
    {
        CliResult r;
        int peak = 0;
    };
    static Run diagnose(const demo::IdlePolicy &policy, const QStringList &extra = {})
    {
        demo::DemoServer server;
        server.setIdlePolicy(policy);
        Run out;
        const quint16 port = server.start();
        if (!port) return out;
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QString::fromLatin1(demo::DemoServer::password()));
        QStringList args{
            QStringLiteral("diagnose"),       QStringLiteral("imap://demo@127.0.0.1:%1").arg(port),
            QStringLiteral("--checks"),       QStringLiteral("idle"),
            QStringLiteral("--accept-cert"),  QString::fromLatin1(server.certificateSha256()),
            QStringLiteral("--password-env"), QStringLiteral("MS_PW"),
            QStringLiteral("--silence"),      QStringLiteral("2"),
            QStringLiteral("--json"),         QStringLiteral("-")};
        args += extra;
        out.r = runCli(args, env, {}, 180000);
        out.peak = server.peakConnections();
        return out;
    }
    static demo::IdlePolicy policy(int ms, demo::IdleEnd a, demo::IdleEnd s, demo::IdleEnd f)
    {
        demo::IdlePolicy p;
        p.cutoffMs = ms;
        p.authenticated = a;
        p.selected = s;
        p.fetched = f;
        return p;
    }
    static void checkCutoff(const QJsonObject &data, double truth)
    {
        const double seconds = data.value(QStringLiteral("seconds")).toDouble();
        const double lo = data.value(QStringLiteral("lower_seconds")).toDouble();
        const double hi = data.value(QStringLiteral("upper_seconds")).toDouble();
        // Resolution asked for: 2 % of the cutoff or 2 s, whichever is larger (plus the
        // probing tick and scheduling noise of a shared machine).
        const double tolerance = std::max(2.0, 0.02 * truth) + 0.7;
        QVERIFY2(
            std::abs(seconds - truth) <= tolerance,
            qPrintable(QStringLiteral("measured %1 s for a true %2 s").arg(seconds).arg(truth)));
        QVERIFY2(
            lo <= truth + 0.7 && hi >= truth - 0.5,
            qPrintable(QStringLiteral("bracket [%1, %2] misses %3").arg(lo).arg(hi).arg(truth)));
        QVERIFY(hi - lo <= 2 * tolerance);
    }

    static int maxOpen(const CliResult &r)
    {
        QSet<int> open;
        int peak = 0;
        for (const auto &v : r.json.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString kind = e.value(QStringLiteral("kind")).toString();
            const int conn = e.value(QStringLiteral("conn")).toInt();
            if (kind == QLatin1String("connect"))
                open.insert(conn);
            else if (kind == QLatin1String("close") || kind == QLatin1String("reset") ||
                     kind == QLatin1String("timeout"))
                open.remove(conn);
            peak = std::max(peak, int(open.size()));
        }
        return peak;
    }

private slots:
    void seedZeroPerdition()
    {
        // Seed 000: reset on the next command after SELECT, silence after UID FETCH.
        const Run run =
            diagnose(policy(3000, demo::IdleEnd::RstOnCommand, demo::IdleEnd::RstOnCommand,
                            demo::IdleEnd::SilentOnCommand),
                     {QStringLiteral("--idle-max"), QStringLiteral("20")});
        const CliResult &r = run.r;
        QCOMPARE(r.exitCode, 1);
        const QJsonObject t = r.findingById(QStringLiteral("idle.timeout"));
        QVERIFY2(!t.isEmpty(), r.err.constData());
        const QJsonObject d = t.value(QStringLiteral("data")).toObject();
        checkCutoff(d, 3.0);
        QCOMPARE(d.value(QStringLiteral("close")).toString(), QStringLiteral("rst"));
        QCOMPARE(d.value(QStringLiteral("method")).toString(), QStringLiteral("probed"));
        // The timer is the server's own: keepalives do not help.
        QCOMPARE(d.value(QStringLiteral("keepalive_helps")), QJsonValue(false));
        const QJsonObject dep = r.findingById(QStringLiteral("idle.state-dependent"))
                                    .value(QStringLiteral("data"))
                                    .toObject();
        QCOMPARE(dep.value(QStringLiteral("authenticated")).toString(), QStringLiteral("rst"));
        QCOMPARE(dep.value(QStringLiteral("selected")).toString(), QStringLiteral("rst"));
        QCOMPARE(dep.value(QStringLiteral("fetched")).toString(), QStringLiteral("silent"));
        const QJsonObject sd = r.findingById(QStringLiteral("idle.silent-drop"))
                                   .value(QStringLiteral("data"))
                                   .toObject();
        QCOMPARE(sd.value(QStringLiteral("state")).toString(), QStringLiteral("fetched"));
        // The server's kernel acknowledged the command; only IMAP stayed silent.
#ifdef Q_OS_LINUX
        QCOMPARE(sd.value(QStringLiteral("unacked")), QJsonValue(false));
#endif
        // Never more than --max-connections (default 8) open at once on our side.
        QVERIFY2(maxOpen(r) <= 8, qPrintable(QString::number(maxOpen(r))));
        QVERIFY(r.countEvents(QStringLiteral("reset"), QStringLiteral("RST")) >= 1);
        // Advice derived from the measurement.
        bool maxCached = false;
        for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
            maxCached = maxCached || a.toObject()
                                         .value(QStringLiteral("setting"))
                                         .toString()
                                         .contains(QStringLiteral("max_cached_connections"));
        QVERIFY(maxCached);
    }

    void passiveEndings_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bye") << int(demo::IdleEnd::Bye) << QStringLiteral("bye");
        QTest::newRow("fin") << int(demo::IdleEnd::Fin) << QStringLiteral("fin");
        QTest::newRow("rst") << int(demo::IdleEnd::Rst) << QStringLiteral("rst");
    }
    void passiveEndings()
    {
        QFETCH(int, end);
        QFETCH(QString, kind);
        const auto e = demo::IdleEnd(end);
        const Run run =
            diagnose(policy(4000, e, e, e), {QStringLiteral("--idle-max"), QStringLiteral("30")});
        const QJsonObject d = run.r.findingById(QStringLiteral("idle.timeout"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        QVERIFY2(!d.isEmpty(), run.r.out.left(3000).constData());
        QCOMPARE(d.value(QStringLiteral("close")).toString(), kind);
        QCOMPARE(d.value(QStringLiteral("method")).toString(), QStringLiteral("observed"));
        checkCutoff(d, 4.0);
        QVERIFY(!run.r.findingIds().contains(QStringLiteral("idle.state-dependent")));
        QVERIFY(!run.r.findingIds().contains(QStringLiteral("idle.silent-drop")));
    }

    void noCutoffWithinIdleMax()
    {
        const Run run =
            diagnose(policy(0, demo::IdleEnd::None, demo::IdleEnd::None, demo::IdleEnd::None),
                     {QStringLiteral("--idle-max"), QStringLiteral("4")});
        QCOMPARE(run.r.exitCode, 0);
        QCOMPARE(run.r.checkStatus(QStringLiteral("idle")), QStringLiteral("pass"));
        QVERIFY(!run.r.findingIds().contains(QStringLiteral("idle.timeout")));
    }

    void respectsMaxConnections()
    {
        const Run run =
            diagnose(policy(2500, demo::IdleEnd::Fin, demo::IdleEnd::Fin, demo::IdleEnd::Fin),
                     {QStringLiteral("--idle-max"), QStringLiteral("20"),
                      QStringLiteral("--max-connections"), QStringLiteral("2")});
        QVERIFY(!run.r.findingById(QStringLiteral("idle.timeout")).isEmpty());
        QVERIFY2(run.peak <= 2, qPrintable(QString::number(run.peak)));
        QVERIFY(maxOpen(run.r) <= 2);
    }
};

QTEST_GUILESS_MAIN(TestIdle)
#include "tst_idle.moc"
