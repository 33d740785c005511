// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// SMTP diagnostics end to end against scripted fault servers (seed 004): the FrontBridge
// behaviour (replies lost when MAIL/RCPT/RSET/QUIT arrive pipelined, correct one by one),
// premature close, out-of-order replies, refused EHLO, failed AUTH, a test message.
#include "CliRunner.h"
#include "TestServers.h"
#include "demo/DemoCert.h"
#include "fake/ScriptedServer.h"

#include <QCryptographicHash>
#include <QSslKey>

using namespace mailscope;
using namespace mailscope::test;

namespace {
// Greeting, EHLO, STARTTLS, EHLO again: how every connection of a run starts.
QByteArray
opening(const QByteArray &banner = "DB3EHSMHS006.bigfish.com Microsoft ESMTP MAIL Service ready")
{
    return "S: 220 " + banner +
           "\n"
           "C: EHLO mailscope.invalid\n"
           "S: 250-DB3EHSMHS006.bigfish.com Hello [192.0.2.1]\n"
           "S: 250-SIZE 157286400\n"
           "S: 250-PIPELINING\n"
           "S: 250-ENHANCEDSTATUSCODES\n"
           "S: 250-STARTTLS\n"
           "S: 250-8BITMIME\n"
           "S: 250 CHUNKING\n"
           "C: STARTTLS\n"
           "S: 220 2.0.0 SMTP server ready\n"
           "X: starttls\n"
           "C: EHLO mailscope.invalid\n"
           "S: 250-DB3EHSMHS006.bigfish.com Hello [192.0.2.1]\n"
           "S: 250-SIZE 157286400\n"
           "S: 250-PIPELINING\n"
           "S: 250-ENHANCEDSTATUSCODES\n"
           "S: 250-AUTH LOGIN PLAIN\n"
           "S: 250-8BITMIME\n"
           "S: 250 CHUNKING\n";
}
const QByteArray kQuit = "C: QUIT\nS: 221 2.0.0 Service closing transmission channel\nX: close\n";
const QByteArray kLockStep = "C: MAIL FROM:<>\nS: 250 2.1.0 Sender OK\n"
                             "C: RCPT TO:<postmaster>\nS: 250 2.1.5 Recipient OK\n"
                             "C: RSET\nS: 250 2.0.0 Resetting\n" +
                             kQuit;
const QByteArray kGroupIn = "C: MAIL FROM:<>\nC: RCPT TO:<postmaster>\nC: RSET\nC: QUIT\n";
} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

    static std::unique_ptr<fake::ScriptedServer> serve(const QByteArray &script)
    {
        return serveScript(script);
    }
    static QString sha() { return demoCertSha(); }
    CliResult diagnose(quint16 port, const QStringList &extra, const QProcessEnvironment &env = {})
    {
        return runCli(
            QStringList{QStringLiteral("diagnose"), QStringLiteral("smtp://127.0.0.1:%1").arg(port),
                        QStringLiteral("--accept-cert"), sha(), QStringLiteral("--silence"),
                        QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")} +
                extra,
            env);
    }
    static QJsonObject data(const CliResult &r, const char *id)
    {
        return r.findingById(QLatin1String(id)).value(QStringLiteral("data")).toObject();
    }

private slots:
    void frontBridge()
    {
        // Connection 1: the main session; 2: lock-step; 3: the pipelined group (seed 004).
        auto s = serve(opening() + kQuit + "---\n" + opening() + kLockStep + "---\n" + opening() +
                       kGroupIn +
                       "S: 250 2.1.0 Sender OK\nS: 221 2.0.0 Service closing transmission "
                       "channel\nX: close\n");
        QVERIFY(s);
        const CliResult r =
            diagnose(s->port(), {QStringLiteral("--checks"), QStringLiteral("ehlo,pipelining")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject d = data(r, "smtp.pipelining-broken");
        QVERIFY2(!d.isEmpty(), r.out.left(4000).constData());
        QCOMPARE(d.value(QStringLiteral("expected")).toInt(), 4);
        QCOMPARE(d.value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("closed_early")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("out_of_order")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("lockstep_replies")).toArray(),
                 QJsonArray({250, 250, 250, 221}));
        QCOMPARE(d.value(QStringLiteral("pipelined_replies")).toArray(), QJsonArray({250, 221}));
        QCOMPARE(r.checkStatus(QStringLiteral("pipelining")), QStringLiteral("fail"));
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("exchange"));
        // Advice: Postfix's workaround, per destination, and a note quoting RFC 2920.
        QStringList settings;
        for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
            settings << a.toObject().value(QStringLiteral("setting")).toString() +
                            QLatin1Char('=') +
                            a.toObject().value(QStringLiteral("value")).toString() +
                            QLatin1Char(' ') +
                            a.toObject().value(QStringLiteral("reason")).toString();
        const QString all = settings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("smtp_discard_ehlo_keywords=pipelining")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("smtp_discard_ehlo_keyword_address_maps")));
        QVERIFY(all.contains(QStringLiteral("RFC 2920")));
        // Extensions explained.
        const QJsonObject ext = data(r, "smtp.extensions");
        QVERIFY(QJsonDocument(ext).toJson().contains("RFC 2920"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void smtpDemoServer()
    {
        // The built-in SMTP demo (seed 004): pipelined MAIL/RCPT/RSET/QUIT lose replies, while
        // MAIL/RCPT/DATA and "." + QUIT work, so a test message still goes through.
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), QStringLiteral("--demo-smtp"), QStringLiteral("--send-to"),
             QStringLiteral("fred@example.test"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject d = data(r, "smtp.pipelining-broken");
        QCOMPARE(d.value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("pipelined_replies")).toArray(), QJsonArray({250, 221}));
        QCOMPARE(r.checkStatus(QStringLiteral("auth")), QStringLiteral("pass"));
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.cleartext")));
        const QJsonObject m = data(r, "smtp.test-message");
        QCOMPARE(m.value(QStringLiteral("queue_id")).toString(), QStringLiteral("47111"));
        const QString leak = leakedSecret(r, "demo", "demo-password");
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    void conformantPipelining()
    {
        auto s = serve(opening() + kQuit + "---\n" + opening() + kLockStep + "---\n" + opening() +
                       kGroupIn +
                       "S: 250 2.1.0 Sender OK\nS: 250 2.1.5 Recipient OK\nS: 250 2.0.0 Resetting\n"
                       "S: 221 2.0.0 Bye\nX: close\n");
        QVERIFY(s);
        const CliResult r =
            diagnose(s->port(), {QStringLiteral("--checks"), QStringLiteral("pipelining")});
        QCOMPARE(r.checkStatus(QStringLiteral("pipelining")), QStringLiteral("pass"));
        QVERIFY(!r.findingIds().contains(QStringLiteral("smtp.pipelining-broken")));
        QCOMPARE(r.exitCode, 0);
    }

    void prematureCloseAndOutOfOrder_data()
    {
        QTest::addColumn<QByteArray>("replies");
        QTest::addColumn<int>("received");
        QTest::addColumn<bool>("closedEarly");
        QTest::addColumn<bool>("outOfOrder");
        QTest::newRow("premature close")
            << QByteArray("S: 250 2.1.0 Sender OK\nX: close\n") << 1 << true << false;
        QTest::newRow("out of order")
            << QByteArray("S: 221 2.0.0 Bye\nS: 250 2.1.0 Sender OK\nS: 250 2.1.5 Recipient OK\n"
                          "S: 250 2.0.0 Resetting\nX: close\n")
            << 4 << false << true;
        QTest::newRow("reset")
            << QByteArray("S: 250 2.1.0 Sender OK\nS: 250 2.1.5 Recipient OK\nX: reset\n") << 2
            << true << false;
    }
    void prematureCloseAndOutOfOrder()
    {
        QFETCH(QByteArray, replies);
        QFETCH(int, received);
        QFETCH(bool, closedEarly);
        QFETCH(bool, outOfOrder);
        auto s = serve(opening() + kQuit + "---\n" + opening() + kLockStep + "---\n" + opening() +
                       kGroupIn + replies);
        QVERIFY(s);
        const CliResult r =
            diagnose(s->port(), {QStringLiteral("--checks"), QStringLiteral("pipelining")});
        const QJsonObject d = data(r, "smtp.pipelining-broken");
        QVERIFY2(!d.isEmpty(), r.out.left(3000).constData());
        QCOMPARE(d.value(QStringLiteral("received")).toInt(), received);
        QCOMPARE(d.value(QStringLiteral("closed_early")).toBool(), closedEarly);
        QCOMPARE(d.value(QStringLiteral("out_of_order")).toBool(), outOfOrder);
    }

    void heloFallback()
    {
        auto s = serve("S: 220 old.example.test SMTP ready\n"
                       "C: EHLO mailscope.invalid\n"
                       "S: 500 5.5.1 Command unrecognized\n"
                       "C: HELO mailscope.invalid\n"
                       "S: 250 old.example.test\n"
                       "C: STARTTLS\n"
                       "S: 502 5.5.1 Not implemented\n" +
                       kQuit);
        QVERIFY(s);
        const CliResult r =
            diagnose(s->port(), {QStringLiteral("--checks"), QStringLiteral("ehlo,starttls")});
        QVERIFY(r.findingIds().contains(QStringLiteral("smtp.helo-only")));
        QVERIFY(r.findingIds().contains(QStringLiteral("starttls.missing")));
        QCOMPARE(r.checkStatus(QStringLiteral("ehlo")), QStringLiteral("warn"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void authFailureExplained()
    {
        auto s = serve(
            opening("mx.example.test ESMTP Postfix") +
            "C: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\n" + kQuit);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("wrong horse"));
        const CliResult r =
            runCli({QStringLiteral("diagnose"),
                    QStringLiteral("submission://fred@127.0.0.1:%1").arg(s->port()),
                    QStringLiteral("--checks"), QStringLiteral("auth"),
                    QStringLiteral("--accept-cert"), sha(), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
                   env);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.findingById(QStringLiteral("auth.failed"));
        QVERIFY2(f.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("user name or password is wrong")),
                 qPrintable(f.value(QStringLiteral("explanation")).toString()));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("AUTH")), 1);
        const QString leak = leakedSecret(r, "fred", "wrong horse");
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void testMessageOnRequest()
    {
        // Main connection (no AUTH: smtp:// without a user), then the sending connection with
        // the two pipelined groups of RFC 2920: MAIL/RCPT/DATA, then message + "." + QUIT.
        QByteArray send =
            opening("mx.example.test ESMTP Postfix") +
            "C: MAIL FROM:<>\nC: RCPT TO:<fred@example.test>\nC: DATA\n"
            "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: 354 End data with <CR><LF>.<CR><LF>\n";
        for (int i = 0; i < 11; ++i)
            send += "C: *\n"; // headers, blank line, body
        send += "C: .\nC: QUIT\nS: 250 2.0.0 Ok: queued as 4XyZ12AbC\nS: 221 2.0.0 Bye\nX: close\n";
        auto s = serve(opening("mx.example.test ESMTP Postfix") + kQuit + "---\n" + send);
        QVERIFY(s);
        const CliResult r =
            diagnose(s->port(), {QStringLiteral("--checks"), QStringLiteral("ehlo"),
                                 QStringLiteral("--send-to"), QStringLiteral("fred@example.test")});
        const QJsonObject d = data(r, "smtp.test-message");
        QVERIFY2(!d.isEmpty(), r.out.left(4000).constData());
        QCOMPARE(d.value(QStringLiteral("queue_id")).toString(), QStringLiteral("4XyZ12AbC"));
        QVERIFY(d.value(QStringLiteral("message_id"))
                    .toString()
                    .endsWith(QStringLiteral("@mailscope.invalid>")));
        QCOMPARE(d.value(QStringLiteral("pipelined")).toBool(), true);
        QCOMPARE(r.checkStatus(QStringLiteral("send")), QStringLiteral("pass"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        // Without --send-to nothing is sent.
        auto quiet = serve(opening("mx.example.test ESMTP Postfix") + kQuit);
        const CliResult q =
            diagnose(quiet->port(), {QStringLiteral("--checks"), QStringLiteral("send")});
        QCOMPARE(q.checkStatus(QStringLiteral("send")), QStringLiteral("skipped"));
        QCOMPARE(q.countEvents(QStringLiteral("send"), QStringLiteral("MAIL FROM")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
