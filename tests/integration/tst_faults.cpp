// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli end to end against scripted fault servers: faults that real servers will not
// produce on demand (unadvertised STARTTLS, injection, hostile input, RST/FIN at chosen points).
#include "CliRunner.h"
#include "TestServers.h"
#include "demo/DemoCert.h"
#include "fake/ScriptedServer.h"
#include "report/JsonReport.h"
#include "report/ScriptExport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslKey>
#include <QTcpServer>

using namespace mailscope;
using namespace mailscope::test;

class TestFaults : public QObject
{
    Q_OBJECT

    static std::unique_ptr<fake::ScriptedServer> serve(const QByteArray &script)
    {
        return serveScript(script);
    }
    static QString demoSha() { return demoCertSha(); }
    static QString url(const char *scheme, quint16 port, const char *user = "fred")
    {
        return QStringLiteral("%1://%2@127.0.0.1:%3")
            .arg(QLatin1String(scheme), QLatin1String(user))
            .arg(port);
    }
    static void checkSchema(const CliResult &r)
    {
        const QJsonObject j = r.json;
        QCOMPARE(j.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("mailscope.report/1"));
        const QJsonObject t = j.value(QStringLiteral("target")).toObject();
        for (const char *k : {"url", "protocol", "host", "port", "security"})
            QVERIFY2(t.contains(QLatin1String(k)), k);
        const QJsonObject caps = j.value(QStringLiteral("server"))
                                     .toObject()
                                     .value(QStringLiteral("capabilities"))
                                     .toObject();
        for (const char *k : {"before_tls", "after_tls", "after_login"})
            QVERIFY2(caps.value(QLatin1String(k)).isArray(), k);
        const int nEvents = j.value(QStringLiteral("events")).toArray().size();
        const QStringList kinds = {
            QStringLiteral("connect"), QStringLiteral("tls"),   QStringLiteral("send"),
            QStringLiteral("receive"), QStringLiteral("close"), QStringLiteral("reset"),
            QStringLiteral("timeout"), QStringLiteral("note"),  QStringLiteral("error")};
        double lastT = -1;
        for (const auto &e : j.value(QStringLiteral("events")).toArray()) {
            const QJsonObject o = e.toObject();
            QVERIFY(kinds.contains(o.value(QStringLiteral("kind")).toString()));
            const double tt = o.value(QStringLiteral("t")).toDouble();
            QVERIFY2(tt >= lastT, "event times are monotonic");
            lastT = tt;
        }
        for (const auto &f : j.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            QVERIFY(QStringList({QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("error")})
                        .contains(o.value(QStringLiteral("severity")).toString()));
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            for (const auto &ev : o.value(QStringLiteral("evidence")).toArray())
                QVERIFY2(ev.toInt() >= 0 && ev.toInt() < nEvents, "evidence points at an event");
        }
    }

private slots:
    void unadvertisedStartTls()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Fault server ready\n"
                       "C: <tag> STARTTLS\n"
                       "S: <tag> OK Begin TLS\n"
                       "X: starttls\n"
                       "C: <tag> CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                       "S: <tag> OK done\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--accept-cert"), demoSha(),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        QVERIFY2(r.findingIds().contains(QStringLiteral("starttls.unadvertised")),
                 r.out.constData());
        QCOMPARE(r.findingById(QStringLiteral("starttls.unadvertised"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
        QCOMPARE(r.checkStatus(QStringLiteral("starttls")), QStringLiteral("warn"));
        // Accepted by fingerprint: a warning, and the run went on.
        QCOMPARE(r.findingById(QStringLiteral("tls.certificate"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
        QCOMPARE(r.findingById(QStringLiteral("auth.cleartext"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
        QVERIFY(r.checkStatus(QStringLiteral("login")) == QStringLiteral("warn"));
        QVERIFY(s->errors().isEmpty());
        const QJsonObject caps = r.json.value(QStringLiteral("server"))
                                     .toObject()
                                     .value(QStringLiteral("capabilities"))
                                     .toObject();
        QVERIFY(caps.value(QStringLiteral("before_tls"))
                    .toArray()
                    .contains(QStringLiteral("AUTH=PLAIN")));
        QVERIFY(!caps.value(QStringLiteral("before_tls"))
                     .toArray()
                     .contains(QStringLiteral("STARTTLS")));
        QCOMPARE(r.json.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("security"))
                     .toString(),
                 QStringLiteral("starttls"));
    }

    void untrustedCertificateStopsTheRun()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                       "C: <tag> STARTTLS\n"
                       "S: <tag> OK Begin TLS\n"
                       "X: starttls\n"
                       "X: wait-close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        checkSchema(r);
        const QJsonObject f = r.findingById(QStringLiteral("tls.certificate"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("sha256")).toString(),
            demoSha());
        QVERIFY(r.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("TLS refused")));
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("fail"));
        // Nothing after the refused handshake: no command went over the untrusted channel.
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("CAPABILITY")), 0);
    }

    void insecureFlagContinues()
    {
        auto s = serve("X: starttls\n"
                       "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] implicit TLS ready\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imaps", s->port()),
                    QStringLiteral("--insecure"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        QCOMPARE(r.checkStatus(QStringLiteral("starttls")), QStringLiteral("skipped"));
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("warn"));
        QVERIFY(r.findingById(QStringLiteral("tls.certificate"))
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("accepted"))
                    .toBool());
        QCOMPARE(r.json.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("security"))
                     .toString(),
                 QStringLiteral("tls"));
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.cleartext")));
    }

    void injectionIsDiscarded()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                       "C: <tag> STARTTLS\n"
                       "S: <tag> OK Begin TLS\n"
                       "S: * OK [CAPABILITY IMAP4rev1 XINJECTED AUTH=PLAIN] injected\n"
                       "X: starttls\n"
                       "C: <tag> CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                       "S: <tag> OK done\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--accept-cert"), demoSha(),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        const QJsonObject f = r.findingById(QStringLiteral("starttls.injection"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(f.value(QStringLiteral("data")).toObject().value(QStringLiteral("bytes")).toInt() >
                10);
        QCOMPARE(r.checkStatus(QStringLiteral("starttls")), QStringLiteral("fail"));
        // The injected capability list was never believed.
        const QJsonObject caps = r.json.value(QStringLiteral("server"))
                                     .toObject()
                                     .value(QStringLiteral("capabilities"))
                                     .toObject();
        QVERIFY(!caps.value(QStringLiteral("after_tls"))
                     .toArray()
                     .contains(QStringLiteral("XINJECTED")));
        QVERIFY(caps.value(QStringLiteral("after_tls"))
                    .toArray()
                    .contains(QStringLiteral("AUTH=PLAIN")));
        // LOGINDISABLED was announced before TLS: no cleartext finding.
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.cleartext")));
        QVERIFY(s->errors().isEmpty());
    }

    void startTlsMissing()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain only\n"
                       "C: <tag> STARTTLS\n"
                       "S: <tag> BAD Unknown command\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        QCOMPARE(r.findingById(QStringLiteral("starttls.missing"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(r.findingById(QStringLiteral("auth.cleartext"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("fail"));
        QVERIFY(s->errors().isEmpty());
    }

    void resetOnStartTlsThenReconnect()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] resets on STARTTLS\n"
                       "C: <tag> STARTTLS\n"
                       "X: reset\n"
                       "---\n"
                       "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] second connection\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        QVERIFY(r.findingIds().contains(QStringLiteral("starttls.missing")));
#ifdef Q_OS_LINUX
        QCOMPARE(r.countEvents(QStringLiteral("reset"), QStringLiteral("RST")), 1);
#endif
        QCOMPARE(s->connectionsSeen(), 2);
        QVERIFY(r.countEvents(QStringLiteral("receive"), QStringLiteral("second connection")) == 1);
    }

    void finDuringGreeting()
    {
        auto s = serve("X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", s->port()),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(
            r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("greeting")));
#ifdef Q_OS_LINUX
        QCOMPARE(r.countEvents(QStringLiteral("close"), QStringLiteral("FIN")), 1);
#endif
    }

    void silentServerTimesOut()
    {
        auto s = serve("X: silent\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imap", s->port()), QStringLiteral("--silence"),
                    QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.countEvents(QStringLiteral("timeout"), QStringLiteral("greeting")), 1);
    }

    // A server that goes quiet is not one that refuses, and not one that passes: quiet after
    // its greeting, it was "refused STARTTLS" (never sent) with "enable STARTTLS" advice; a
    // STARTTLS it never answered (as perdition without TLS does) was "refused"; an EHLO never
    // answered passed; a login the server accepted was "the login did not finish" when the next
    // command stalled.
    void stallsAreNotAnswers_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("checks");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("connections");
        QTest::newRow("quiet after the IMAP greeting")
            << QByteArray("S: * OK ready\nC: <tag> CAPABILITY\nX: wait-close\n")
            << QStringLiteral("imap") << QStringLiteral("tls,starttls,login")
            << QStringLiteral("starttls") << QStringLiteral("error")
            << QStringLiteral("stopped answering after its greeting") << 1;
        QTest::newRow("STARTTLS unanswered")
            << QByteArray("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                          "C: <tag> STARTTLS\nX: wait-close\n---\n"
                          "S: * OK [CAPABILITY IMAP4rev1] again\n"
                          "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n")
            << QStringLiteral("imap") << QStringLiteral("starttls") << QStringLiteral("starttls")
            << QStringLiteral("fail") << QStringLiteral("STARTTLS not answered") << 2;
        QTest::newRow("EHLO unanswered")
            << QByteArray("S: 220 mx ESMTP\nC: EHLO *\nX: wait-close\n")
            << QStringLiteral("submission") << QStringLiteral("tls,ehlo,starttls,login")
            << QStringLiteral("ehlo") << QStringLiteral("error") << QStringLiteral("EHLO failed:")
            << 1; // HELO was never sent
        QTest::newRow("login accepted, then quiet")
            << QByteArray("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                          "C: <tag> STARTTLS\nS: <tag> BAD no\n"
                          "C: <tag> LOGIN *\nS: <tag> OK logged in\n"
                          "C: <tag> CAPABILITY\nX: wait-close\n")
            << QStringLiteral("imap") << QStringLiteral("login") << QStringLiteral("login")
            << QStringLiteral("warn") << QStringLiteral("connection ended after the login") << 1;
    }

    void stallsAreNotAnswers()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, scheme);
        QFETCH(QString, checks);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, says);
        QFETCH(int, connections);
        auto s = serve(script);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("pw-for-the-stall"));
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url(scheme.toLatin1().constData(), s->port()),
                    QStringLiteral("--checks"), checks, QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--allow-plaintext-login"),
                    QStringLiteral("--silence"), QStringLiteral("2"), QStringLiteral("--json"),
                    QStringLiteral("-")},
                   env);
        checkSchema(r);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QCOMPARE(r.checkStatus(check), status);
        QString summary;
        for (const auto &c : r.json.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == check)
                summary = c.toObject().value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(says) ||
                     r.json.value(QStringLiteral("error")).toString().contains(says),
                 qPrintable(summary));
        // Only a STARTTLS that was sent and never answered leaves the port without encryption
        // as far as anyone can tell; a silence before it says nothing about that.
        if (check != QLatin1String("login"))
            QCOMPARE(r.findingIds().contains(QStringLiteral("starttls.missing")), connections == 2);
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.incomplete")));
        QCOMPARE(s->connectionsSeen(), connections);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("message");
        QTest::newRow("huge literal")
            << QByteArray(
                   "S: * OK hello\nC: <tag> CAPABILITY\nR: * CAPABILITY {99999999999}\\r\\n\n"
                   "X: wait-close\n")
            << QStringLiteral("literal");
        QTest::newRow("endless line")
            << QByteArray("R: * OK " + QByteArray(3 << 20, 'A') + "\nX: wait-close\n")
            << QStringLiteral("line longer than the limit");
        QTest::newRow("deep nesting")
            << QByteArray("S: * OK hello\nC: <tag> CAPABILITY\nS: * CAPABILITY " +
                          QByteArray(20000, '(') + "\nX: wait-close\n")
            << QStringLiteral("nested deeper");
    }
    void hostileInput()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, message);
        auto s = serve(script);
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imap", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("capabilities"), QStringLiteral("--silence"),
                    QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
        QVERIFY2(r.findingIds().contains(QStringLiteral("protocol.error")), r.out.constData());
        QVERIFY2(r.countEvents(QStringLiteral("error"), message) >= 1,
                 qPrintable(r.allEventText().left(2000)));
    }

    // Why the first CAPABILITY got no answer, by cause: a server that broke the protocol or
    // closed did not "stop answering after its greeting".
    void capabilityFailureSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("says");
        QTest::newRow("protocol error")
            << QByteArray("S: * OK hello\nC: <tag> CAPABILITY\nS: * CAPABILITY " +
                          QByteArray(20000, '(') + "\nX: wait-close\n")
            << QStringLiteral("the server's answer to CAPABILITY broke the protocol: protocol "
                              "error: lists nested deeper");
        QTest::newRow("closed") << QByteArray("S: * OK hello\nC: <tag> CAPABILITY\nX: close\n")
                                << QStringLiteral("the server ended the connection after its "
                                                  "greeting: connection closed by the server");
    }
    void capabilityFailureSaysWhy()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, says);
        auto s = serve(script);
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imap", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("capabilities"), QStringLiteral("--silence"),
                    QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")});
        const QString error = r.json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("stopped answering")), qPrintable(error));
    }

    // A reply that was waiting before STARTTLS was sent is not its answer: an extra 250 after
    // EHLO was "STARTTLS refused: 250 …" and the server's real 454 was never read.
    void smtpStaleReplyIsNotTheStartTlsAnswer()
    {
        auto s = serve("S: 220 mx.test ESMTP\n"
                       "C: EHLO *\n"
                       "S: 250-mx.test\n"
                       "S: 250 STARTTLS\n"
                       "S: 250 2.0.0 stale extra reply\n"
                       "C: STARTTLS\n"
                       "S: 454 4.7.0 TLS not available now\n"
                       "C: QUIT\n"
                       "S: 221 bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("smtp", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("starttls"), QStringLiteral("--json"), QStringLiteral("-")});
        checkSchema(r);
        QString summary;
        for (const auto &c : r.json.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("starttls"))
                summary = c.toObject().value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(QLatin1String("454 4.7.0 TLS not available now")),
                 qPrintable(summary));
        QVERIFY2(!r.out.contains("STARTTLS refused: 250"), r.out.constData());
        QCOMPARE(r.countEvents(QStringLiteral("note"),
                               QStringLiteral("the server sent a reply nobody asked for: 250 "
                                              "2.0.0 stale extra reply")),
                 1);
    }

    // A 421 in the middle of the EHLO reply is the server closing, and HELO was never tried.
    void smtpClosingInTheMiddleOfEhlo()
    {
        auto s = serve("S: 220 mx.test ESMTP\n"
                       "C: EHLO *\n"
                       "S: 250-mx.test\n"
                       "S: 250-PIPELINING\n"
                       "S: 421 4.3.2 shutting down\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("smtp", s->port()),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        checkSchema(r);
        const QString error = r.json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("EHLO failed: the server is closing the connection: "
                                              "421 4.3.2 shutting down")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("HELO failed")), qPrintable(error));
        QVERIFY2(!r.allEventText().contains(QLatin1String("changed its code")),
                 qPrintable(r.allEventText()));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void loginFailureIsNotRetriedAndSecretsStayHidden()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                       "C: <tag> STARTTLS\n"
                       "S: <tag> OK go\n"
                       "X: starttls\n"
                       "C: <tag> CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\n"
                       "S: <tag> OK done\n"
                       "C: <tag> AUTHENTICATE PLAIN *\n"
                       "S: <tag> NO [AUTHENTICATIONFAILED] Authentication failed.\n"
                       "C: <tag> LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: <tag> OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        const QByteArray pw = "Tr0ub4dor&3 \"quoted\"";
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_TEST_PW"), QString::fromLatin1(pw));
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), url("imap", s->port()), QStringLiteral("--accept-cert"),
             demoSha(), QStringLiteral("--password-env"), QStringLiteral("MS_TEST_PW"),
             QStringLiteral("--transcript"), QStringLiteral("--json"), QStringLiteral("-")},
            env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.findingIds().contains(QStringLiteral("auth.failed")));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("fail"));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("AUTHENTICATE")), 1);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        const QByteArray blob = QByteArray(QByteArray("\0fred\0", 6) + pw).toBase64();
        for (const QByteArray &out : {r.out, r.err}) {
            QVERIFY(!out.contains(pw));
            QVERIFY(!out.contains("Tr0ub4dor"));
            QVERIFY(!out.contains(blob));
        }
        QVERIFY(r.allEventText().contains(QStringLiteral("<redacted>")));
    }

    void smtpFaults()
    {
        auto s = serve("S: 220 mx.example.test ESMTP Postfix (Debian/GNU)\n"
                       "C: EHLO *\n"
                       "S: 250-mx.example.test\n"
                       "S: 250-PIPELINING\n"
                       "S: 250-SIZE 10240000\n"
                       "S: 250-AUTH PLAIN LOGIN\n"
                       "S: 250 8BITMIME\n"
                       "C: STARTTLS\n"
                       "S: 220 2.0.0 Ready to start TLS\n"
                       "X: starttls\n"
                       "C: EHLO *\n"
                       "S: 250-mx.example.test\n"
                       "S: 250-AUTH PLAIN LOGIN\n"
                       "S: 250 8BITMIME\n"
                       "C: QUIT\n"
                       "S: 221 2.0.0 Bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("submission", s->port()),
                                    QStringLiteral("--accept-cert"), demoSha(),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("postfix"));
        QCOMPARE(r.findingById(QStringLiteral("server.identified"))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("postfix"));
        QVERIFY(r.findingIds().contains(QStringLiteral("starttls.unadvertised")));
        QVERIFY(r.findingIds().contains(QStringLiteral("auth.cleartext")));
        QCOMPARE(r.json.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("protocol"))
                     .toString(),
                 QStringLiteral("smtp"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void smtpInjection()
    {
        auto s = serve("S: 220 mx.example.test ESMTP\n"
                       "C: EHLO *\n"
                       "S: 250-mx.example.test\n"
                       "S: 250 STARTTLS\n"
                       "C: STARTTLS\n"
                       "S: 220 Ready\n"
                       "S: 250-injected\n"
                       "X: starttls\n"
                       "C: EHLO *\n"
                       "S: 250 mx.example.test\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n"
                       "X: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), url("smtp", s->port()),
                                    QStringLiteral("--accept-cert"), demoSha(),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.findingIds().contains(QStringLiteral("starttls.injection")));
        QVERIFY(!r.findingIds().contains(QStringLiteral("starttls.unadvertised")));
    }

    void demoServer()
    {
        const CliResult r =
            runCli({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        checkSchema(r);
        const QStringList ids = r.findingIds();
        for (const char *id : {"starttls.unadvertised", "tls.certificate", "auth.cleartext",
                               "server.identified", "imap.untagged-during-login"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(r.json.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("perdition"));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("warn"));
        const QString leak = leakedSecret(r, "demo", "demo-password");
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY(r.countEvents(QStringLiteral("receive"),
                              QStringLiteral("Waiting for authentication")) >= 1);
    }

    void demoServerGhost()
    {
        // Seed 001 in the demo: UID 14 is listed but never delivered.
        const CliResult r =
            runCli({QStringLiteral("diagnose"), QStringLiteral("--checks"),
                    QStringLiteral("ghosts"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject d = r.findingById(QStringLiteral("imap.ghost-message"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        QCOMPARE(d.value(QStringLiteral("uids")).toArray(), QJsonArray({14}));
        QCOMPARE(d.value(QStringLiteral("mailbox")).toString(), QStringLiteral("INBOX"));
        QVERIFY(d.value(QStringLiteral("repair_command"))
                    .toString()
                    .contains(QStringLiteral("--expunge-uid 14")));
        // Read-only: nothing that could change the mailbox was sent.
        for (const char *verb : {"STORE", "EXPUNGE", "CLOSE", "SELECT "})
            QCOMPARE(r.countEvents(QStringLiteral("send"), QLatin1String(verb)), 0);
    }

    void passwordKeptOnlyWhenTheServerTookIt_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("kept");
        // No "login" check in the run: the ghost scan's login is what shows the password works.
        QTest::newRow("accepted") << QByteArray("OK AUTHENTICATE completed.") << true;
        QTest::newRow("refused") << QByteArray("NO [AUTHENTICATIONFAILED] Authentication failed.")
                                 << false;
    }

    void passwordKeptOnlyWhenTheServerTookIt()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, kept);
        QByteArray script = "X: starttls\n"
                            "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR UNSELECT] ready\n"
                            "C: <tag> AUTHENTICATE PLAIN *\n"
                            "S: <tag> " +
                            answer + "\n";
        if (kept)
            script += "C: <tag> CAPABILITY\nS: * CAPABILITY IMAP4rev1 UNSELECT\nS: <tag> OK done\n";
        if (kept)
            script += "C: <tag> EXAMINE INBOX\nS: * 0 EXISTS\nS: <tag> OK [READ-ONLY] done\n"
                      "C: <tag> UNSELECT\nS: <tag> OK done\n";
        script += "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK done\nX: close\n";
        auto s = serve(script);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("pw"));
        env.insert(QStringLiteral("MAILSCOPE_CREDENTIALS"), QStringLiteral("memory"));
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--accept-cert"),
             demoSha(), QStringLiteral("--password-env"), QStringLiteral("MS_PW"),
             QStringLiteral("--remember"), QStringLiteral("--checks"), QStringLiteral("ghosts"),
             QStringLiteral("--mailbox"), QStringLiteral("INBOX")},
            env);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QCOMPARE(r.err.contains("The password is kept in memory only"), kept);
    }

    void recordedSessionReplays()
    {
        // Record the demo, turn its transcript into a script, serve it, diagnose again:
        // the same findings come out and the script matches every command sent.
        const CliResult first =
            runCli({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(first.exitCode, 1);
        Report report;
        std::vector<Event> events;
        QCOMPARE(reportFromJson(first.out, &report, &events), QString());
        const QByteArray script = transcriptToScript(events);
        QVERIFY(script.contains("C: <tag> STARTTLS"));
        QVERIFY(script.contains("X: starttls"));
        QVERIFY(script.contains("C: <tag> AUTHENTICATE PLAIN *"));
        QVERIFY(!script.contains("demo-password"));
        auto s = serve(script);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("any password: the script takes it"));
        const CliResult again =
            runCli({QStringLiteral("diagnose"), url("imap", s->port(), "demo"),
                    QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
                   env);
        QCOMPARE(again.exitCode, first.exitCode);
        QStringList a = first.findingIds(), b = again.findingIds();
        a.sort();
        b.sort();
        QCOMPARE(b, a);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in URL")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("imap://u:pw@127.0.0.1")}
            << QStringLiteral("password in the URL");
        QTest::newRow("unknown scheme")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("pop3://127.0.0.1")}
            << QStringLiteral("unknown scheme");
        // Port 0 became 143 without a word; a query was kept in the report's URL.
        QTest::newRow("port 0") << QStringList{QStringLiteral("diagnose"),
                                               QStringLiteral("imap://127.0.0.1:0")}
                                << QStringLiteral("port 0");
        QTest::newRow("query") << QStringList{QStringLiteral("diagnose"),
                                              QStringLiteral("imap://fred@127.0.0.1:1234?hunter2")}
                               << QStringLiteral("no part after '?'");
        QTest::newRow("port 0 and a fragment")
            << QStringList{QStringLiteral("diagnose"),
                           QStringLiteral("imap://fred@127.0.0.1:0#hunter2")}
            << QStringLiteral("no part after '?'");
        QTest::newRow("unknown check")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("imap://127.0.0.1"),
                           QStringLiteral("--checks"), QStringLiteral("tls,bogus")}
            << QStringLiteral("unknown check 'bogus'");
        QTest::newRow("bad fingerprint")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("imap://127.0.0.1"),
                           QStringLiteral("--accept-cert"), QStringLiteral("abc")}
            << QStringLiteral("64 hex digits");
        QTest::newRow("unset env")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("imap://u@127.0.0.1"),
                           QStringLiteral("--password-env"), QStringLiteral("MS_NOT_SET_ANYWHERE")}
            << QStringLiteral("not set");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("missing command");
        QTest::newRow("session without URL")
            << QStringList{QStringLiteral("session")} << QStringLiteral("missing server URL");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message), r.err.constData());
        QVERIFY(!r.err.contains("hunter2"));
    }

    void unreachable()
    {
        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const CliResult r = runCli({QStringLiteral("diagnose"), url("imap", port),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("could not connect")));
    }

    // Microsoft 365 and Gmail refuse passwords by policy: the finding says to sign in with the
    // provider (OAuth2), not to check the password.
    void modernSignInRequired_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("software");
        QString backend = QStringLiteral("MN2PR01CA0056.namprd01.prod.outlook.com");
        QByteArray utf16;
        for (QChar c : backend) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        QTest::newRow("Microsoft 365 IMAP")
            << QByteArray("X: starttls\n"
                          "S: * OK The Microsoft Exchange IMAP4 service is ready. [" +
                          utf16.toBase64() +
                          "]\n"
                          "C: <tag> CAPABILITY\n"
                          "S: * CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS "
                          "MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+\n"
                          "S: <tag> OK CAPABILITY completed.\n"
                          "C: <tag> ID *\nS: * ID NIL\nS: <tag> OK ID completed.\n"
                          "C: <tag> AUTHENTICATE PLAIN *\nS: <tag> NO AUTHENTICATE failed.\n"
                          "C: <tag> LOGOUT\nS: * BYE Microsoft Exchange Server IMAP4 server "
                          "signing off.\nS: <tag> OK LOGOUT completed.\nX: close\n")
            << QStringLiteral("imaps") << QStringLiteral("microsoft")
            << QStringLiteral("exchange-online");
        QTest::newRow("Gmail IMAP")
            << QByteArray("X: starttls\n"
                          "S: * OK Gimap ready for requests from 127.0.0.1 r12mb0000000qkb\n"
                          "C: <tag> CAPABILITY\n"
                          "S: * CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST "
                          "CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN "
                          "AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH\n"
                          "S: <tag> OK Thats all she wrote! r12mb0000000qkb\n"
                          "C: <tag> ID *\n"
                          "S: * ID (\"name\" \"GImap\" \"vendor\" \"Google, Inc.\")\n"
                          "S: <tag> OK Success r12mb0000000qkb\n"
                          "C: <tag> AUTHENTICATE PLAIN *\n"
                          "S: <tag> NO [ALERT] Application-specific password required: "
                          "https://support.google.com/accounts/answer/185833 (Failure)\n"
                          "C: <tag> LOGOUT\nS: * BYE LOGOUT Requested\nS: <tag> OK 73 good day "
                          "(Success)\nX: close\n")
            << QStringLiteral("imaps") << QStringLiteral("google") << QStringLiteral("gmail");
        QTest::newRow("Gmail SMTP")
            << QByteArray("X: starttls\n"
                          "S: 220 smtp.gmail.com ESMTP a1sm123456wmb.1 - gsmtp\n"
                          "C: EHLO *\n"
                          "S: 250-smtp.gmail.com at your service, [127.0.0.1]\n"
                          "S: 250-SIZE 35882577\n"
                          "S: 250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\n"
                          "S: 250 SMTPUTF8\n"
                          "C: AUTH PLAIN *\n"
                          "S: 534-5.7.9 Application-specific password required. For more "
                          "information, go to\n"
                          "S: 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
                          "a1sm - gsmtp\n"
                          "C: QUIT\nS: 221 2.0.0 closing connection a1sm - gsmtp\nX: close\n")
            << QStringLiteral("smtps") << QStringLiteral("google") << QStringLiteral("gmail");
    }

    void modernSignInRequired()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, scheme);
        QFETCH(QString, provider);
        QFETCH(QString, software);
        auto s = serve(script);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("the-normal-password"));
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), url(scheme.toLatin1().constData(), s->port()),
             QStringLiteral("--checks"),
             scheme == QLatin1String("imaps") ? QStringLiteral("login") : QStringLiteral("auth"),
             QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
            env);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        const QJsonObject f = r.findingById(QStringLiteral("auth.modern-required"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        QCOMPARE(
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("provider")).toString(),
            provider);
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.failed")));
        QVERIFY(!f.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("Check the user name and password")));
        QCOMPARE(r.findingById(QStringLiteral("server.identified"))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 software);
        bool oauthAdvice = false;
        for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
            oauthAdvice = oauthAdvice || (a.toObject().value(QStringLiteral("for")).toString() ==
                                              QLatin1String("thunderbird") &&
                                          a.toObject().value(QStringLiteral("value")).toString() ==
                                              QLatin1String("OAuth2"));
        QVERIFY(oauthAdvice);
    }

    // Only a refusal of the credentials is "wrong password": a server that could not check the
    // login (RFC 5530 [UNAVAILABLE], [SERVERBUG], [INUSE]; SMTP 4xx, RFC 4954 454 4.7.0) or
    // rejected the command as invalid (BAD) said nothing about the password. Those were
    // auth.failed with "check the password" advice. A definite refusal stays auth.failed.
    void loginAnswersJudgedByWhatTheySay_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("quoted");
        const QString imaps = QStringLiteral("imaps"), smtps = QStringLiteral("smtps");
        const QString unavailable = QStringLiteral("auth.unavailable");
        const QString failed = QStringLiteral("auth.failed");
        const QString error = QStringLiteral("error"), fail = QStringLiteral("fail");
        QTest::newRow("IMAP NO [UNAVAILABLE]")
            << imaps
            << QByteArray("NO [UNAVAILABLE] Authentication backend temporarily unavailable")
            << unavailable << error << 2 << QStringLiteral("UNAVAILABLE")
            << QStringLiteral("Authentication backend temporarily unavailable");
        // The server quotes the password back: the finding quotes it masked.
        QTest::newRow("IMAP NO [UNAVAILABLE] quoting the password")
            << imaps << QByteArray("NO [UNAVAILABLE] backend down for fred/Hunter-2-temporary")
            << unavailable << error << 2 << QStringLiteral("UNAVAILABLE")
            << QStringLiteral("backend down for fred/");
        QTest::newRow("IMAP NO [SERVERBUG]")
            << imaps << QByteArray("NO [SERVERBUG] Internal error occurred") << unavailable << error
            << 2 << QStringLiteral("SERVERBUG") << QStringLiteral("Internal error");
        QTest::newRow("IMAP NO [INUSE]")
            << imaps << QByteArray("NO [INUSE] Mailbox is being migrated") << unavailable << error
            << 2 << QStringLiteral("INUSE") << QStringLiteral("being migrated");
        QTest::newRow("IMAP BAD") << imaps << QByteArray("BAD Error in IMAP command LOGIN")
                                  << QStringLiteral("auth.bad-command") << fail << 1 << QString()
                                  << QStringLiteral("Error in IMAP command LOGIN");
        QTest::newRow("SMTP 454 4.7.0")
            << smtps << QByteArray("454 4.7.0 Temporary authentication failure") << unavailable
            << error << 2 << QStringLiteral("454") << QStringLiteral("Temporary authentication");
        // RFC 4954: the password must be changed first; a verdict on it, not an outage.
        QTest::newRow("SMTP 432 4.7.12")
            << smtps << QByteArray("432 4.7.12 A password transition is needed") << failed << fail
            << 1 << QString() << QStringLiteral("password transition");
        QTest::newRow("SMTP 421 4.3.2")
            << smtps << QByteArray("421 4.3.2 Service shutting down\nX: close") << unavailable
            << error << 2 << QStringLiteral("421") << QStringLiteral("Service shutting down");
        // Today's behaviour for definite refusals.
        QTest::newRow("IMAP NO [AUTHENTICATIONFAILED]")
            << imaps << QByteArray("NO [AUTHENTICATIONFAILED] Authentication failed.") << failed
            << fail << 1 << QString() << QStringLiteral("Authentication failed.");
        QTest::newRow("IMAP NO without a code")
            << imaps << QByteArray("NO Login failed") << failed << fail << 1 << QString()
            << QStringLiteral("Login failed");
        QTest::newRow("SMTP 535 5.7.8")
            << smtps << QByteArray("535 5.7.8 Error: authentication failed") << failed << fail << 1
            << QString() << QStringLiteral("authentication failed");
    }

    void loginAnswersJudgedByWhatTheySay()
    {
        QFETCH(QString, scheme);
        QFETCH(QByteArray, answer);
        QFETCH(QString, finding);
        QFETCH(QString, status);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, quoted);
        const bool imap = scheme == QLatin1String("imaps");
        const QString check = imap ? QStringLiteral("login") : QStringLiteral("auth");
        QByteArray script;
        if (imap)
            script = "X: starttls\nS: * OK [CAPABILITY IMAP4rev1] ready\nC: <tag> LOGIN *\n"
                     "S: <tag> " +
                     answer + "\nC: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n";
        else
            script = "X: starttls\nS: 220 mx.example.test ESMTP\nC: EHLO *\n"
                     "S: 250-mx.example.test\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN *\nS: " +
                     answer + "\nC: QUIT\nS: 221 2.0.0 Bye\nX: close\n";
        auto s = serve(script);
        QVERIFY(s);
        const QByteArray pw = "Hunter-2-temporary";
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QString::fromLatin1(pw));
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url(scheme.toLatin1().constData(), s->port()),
                    QStringLiteral("--checks"), check, QStringLiteral("--accept-cert"), demoSha(),
                    QStringLiteral("--password-env"), QStringLiteral("MS_PW"),
                    QStringLiteral("--json"), QStringLiteral("-")},
                   env);
        checkSchema(r);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        const QJsonObject f = r.findingById(finding);
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(' '))));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const QJsonObject data = f.value(QStringLiteral("data")).toObject();
        QVERIFY2(data.value(QStringLiteral("reply")).toString().contains(quoted),
                 qPrintable(data.value(QStringLiteral("reply")).toString()));
        QVERIFY2(f.value(QStringLiteral("explanation")).toString().contains(quoted),
                 qPrintable(f.value(QStringLiteral("explanation")).toString()));
        QCOMPARE(r.checkStatus(check), status);
        QCOMPARE(r.exitCode, exitCode);
        // Tried once, never again.
        QCOMPARE(r.countEvents(QStringLiteral("send"),
                               imap ? QStringLiteral("LOGIN") : QStringLiteral("AUTH")),
                 1);
        const QString leak = leakedSecret(r, "fred", pw);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        bool passwordAdvice = false;
        for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
            passwordAdvice = passwordAdvice || a.toObject().value(QStringLiteral("setting")) ==
                                                   QLatin1String("password");
        if (finding == QLatin1String("auth.failed")) {
            QVERIFY(passwordAdvice);
            return;
        }
        // Nothing about the password: no auth.failed, no "check it" anywhere.
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.failed")));
        QVERIFY(!passwordAdvice);
        QVERIFY(!f.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("Check the user name and password")));
        QVERIFY(f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("says nothing about the password")) ||
                f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("not a verdict on the password")));
        if (!code.isEmpty()) {
            QCOMPARE(data.value(QStringLiteral("response_code")).toString(), code);
            // The administrators learn what their server said.
            bool adminAdvice = false;
            for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
                adminAdvice =
                    adminAdvice ||
                    (a.toObject().value(QStringLiteral("for")) == QLatin1String("server-admin") &&
                     a.toObject().value(QStringLiteral("reason")).toString().contains(code));
            QVERIFY(adminAdvice);
        }
        if (!imap)
            QCOMPARE(data.value(QStringLiteral("enhanced_status")).toString(),
                     QString::fromLatin1(answer.mid(4, answer.indexOf(' ', 4) - 4)));
    }

    // A login refused or unanswered on one of the idle check's extra connections (the first
    // three logins accepted, the fourth not) is the same finding as on the first connection,
    // and the check is no clean pass: it was a PASS without any finding, its summary calling
    // it "the server refused 1 connection(s)".
    void extraConnectionLoginIsAFinding_data()
    {
        QTest::addColumn<QByteArray>("fourth");
        QTest::addColumn<QString>("finding");
        QTest::newRow("refused") << QByteArray("S: <tag> NO Login failed\nX: wait-close\n")
                                 << QStringLiteral("auth.failed");
        QTest::newRow("temporary failure")
            << QByteArray("S: <tag> NO [UNAVAILABLE] Authentication backend down\nX: wait-close\n")
            << QStringLiteral("auth.unavailable");
        QTest::newRow("no answer")
            << QByteArray("X: wait-close\n") << QStringLiteral("auth.incomplete");
    }

    void extraConnectionLoginIsAFinding()
    {
        QFETCH(QByteArray, fourth);
        QFETCH(QString, finding);
        const QByteArray greetAndLogIn = "X: starttls\nS: * OK [CAPABILITY IMAP4rev1] ready\n"
                                         "C: <tag> LOGIN *\n";
        const QByteArray in = greetAndLogIn + "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n";
        // The idle connections answer whatever comes (EXAMINE, UID FETCH, NOOP probes).
        QByteArray idle = in;
        for (int i = 0; i < 12; ++i)
            idle += "C: <tag> *\nS: <tag> OK done\n";
        idle += "X: wait-close\n";
        auto s = serve(in + "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n---\n" +
                       idle + "---\n" + idle + "---\n" + greetAndLogIn + fourth);
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("pw-of-the-idle-run"));
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("idle"), QStringLiteral("--idle-max"), QStringLiteral("3"),
                    QStringLiteral("--silence"), QStringLiteral("2"),
                    QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
                   env);
        checkSchema(r);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        // The gate closed on the fourth: no login after it.
        QCOMPARE(s->connectionsSeen(), 4);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("LOGIN")), 4);
        QString summary;
        for (const auto &c : r.json.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("idle"))
                summary = c.toObject().value(QStringLiteral("summary")).toString();
        const QString status = r.checkStatus(QStringLiteral("idle"));
        // The witness answered at --idle-max, so what the search found holds: a warning.
        QVERIFY2(status == QLatin1String("warn"),
                 qPrintable(status + QStringLiteral(": ") + summary));
        QVERIFY2(!summary.contains(QStringLiteral("refused 1 connection")), qPrintable(summary));
        const QJsonObject f = r.findingById(finding);
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(' '))));
        QVERIFY(f.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("extra_connection"))
                    .toBool());
        QCOMPARE(r.exitCode, 1);
        // The same password got in three times: the refusal is no reason to doubt it.
        for (const auto &a : r.json.value(QStringLiteral("advice")).toArray())
            QVERIFY(a.toObject().value(QStringLiteral("setting")) != QLatin1String("password"));
        QVERIFY(!f.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("Check the user name and password")));
    }

    // The pipelining check's own login (LOGIN, NOOP and CAPABILITY in one write) is judged as
    // every other login: a temporary refusal there was only an error line, with no finding.
    void pipelinedLoginRefusalIsAFinding()
    {
        const QByteArray greet = "X: starttls\nS: * OK [CAPABILITY IMAP4rev1] ready\n";
        auto s = serve(greet + "C: <tag> LOGIN *\nS: <tag> OK [CAPABILITY IMAP4rev1] logged in\n" +
                       "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n---\n" + greet +
                       "C: <tag> LOGIN *\n"
                       "S: <tag> NO [UNAVAILABLE] Authentication backend down\n"
                       "C: <tag> NOOP\n"
                       "S: <tag> BAD not logged in\n"
                       "C: <tag> CAPABILITY\n"
                       "S: <tag> BAD not logged in\n"
                       "X: wait-close\n");
        QVERIFY(s);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("pw-of-the-pipelining-run"));
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("pipelining"), QStringLiteral("--silence"), QStringLiteral("2"),
                    QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
                   env);
        checkSchema(r);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QCOMPARE(r.checkStatus(QStringLiteral("pipelining")), QStringLiteral("error"));
        const QJsonObject f = r.findingById(QStringLiteral("auth.unavailable"));
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(' '))));
        QVERIFY(f.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("extra_connection"))
                    .toBool());
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("LOGIN")), 2);
    }

    void consoleRedactsAndTags()
    {
        auto s = serve("S: * OK [CAPABILITY IMAP4rev1] console test\n"
                       "C: a1 NOOP\n"
                       "S: a1 OK noop\n"
                       "C: a2 LOGIN fred \"hunter2 secret\"\n"
                       "S: a2 NO nope\n"
                       "C: a3 LOGOUT\n"
                       "S: * BYE bye\n"
                       "S: a3 OK bye\n"
                       "X: close\n");
        QVERIFY(s);
        // Typed over an unencrypted connection only because it was allowed explicitly.
        const CliResult r = runCli({QStringLiteral("session"), url("imap", s->port()),
                                    QStringLiteral("--allow-plaintext-login")},
                                   {}, "NOOP\nLOGIN fred \"hunter2 secret\"\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("C a1 NOOP"), r.out.constData());
        QVERIFY(r.out.contains("S a1 OK noop"));
        QVERIFY(r.out.contains("a2 LOGIN fred <redacted>"));
        QVERIFY(r.out.contains("a2 NO nope"));
        QVERIFY(!r.out.contains("hunter2"));
        QVERIFY(!r.err.contains("hunter2"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
