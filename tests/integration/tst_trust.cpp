// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Trust: credentials, certificates and hostile servers, end to end through mailscope-cli.
// Each test here failed on the code before the trust issue was fixed (set
// MAILSCOPE_CLI_UNDER_TEST to an older build to see it). Servers are scripted fault servers
// in this process, on 127.0.0.1 port 0, presenting this process's demo identity.
#include "CliRunner.h"
#include "TestServers.h"
#include "fake/LoopbackServer.h"
#include "fake/ScriptedServer.h"
#include "report/JsonReport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>

using namespace mailscope;
using namespace mailscope::test;

namespace {

const QByteArray kUser = QByteArrayLiteral("fred");
const QByteArray kPassword = QByteArrayLiteral("Corr3ct-h0rse \"battery\" st\\aple");

QString url(const char *scheme, quint16 port)
{
    return QStringLiteral("%1://fred@127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
}

QProcessEnvironment passwordEnv(const QByteArray &pw = kPassword)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("MS_PW"), QString::fromUtf8(pw));
    return e;
}

QStringList loginArgs()
{
    return {QStringLiteral("--password-env"), QStringLiteral("MS_PW"),
            QStringLiteral("--accept-cert"), demoCertSha()};
}

// A server that keeps talking without ever finishing a command: an untagged line every
// 100 ms after any command (or, in "prompt" mode, a "+" continuation request instead).
class ChattyServer : public fake::LoopbackServer
{
public:
    explicit ChattyServer(bool prompt) : m_prompt(prompt)
    {
        setCertificate(demo::identity().certificate, demo::identity().key);
    }
    ~ChattyServer() override { stop(); }

protected:
    void handle(fake::ServerConnection *conn) override
    {
        conn->startTls();
        conn->sendLine("* OK [CAPABILITY IMAP4rev1] chatty server ready");
        auto *tick = new QTimer(conn);
        tick->setInterval(100);
        QObject::connect(tick, &QTimer::timeout, conn, [conn, this] {
            if (conn->isOpen()) conn->sendLine(m_prompt ? "+ more please" : "* OK still working");
        });
        QObject::connect(conn, &fake::ServerConnection::lineReceived, conn,
                         [conn, tick](const QByteArray &line) {
                             const QList<QByteArray> w = line.split(' ');
                             if (w.size() >= 2 && w[1].toUpper() == "LOGOUT") {
                                 tick->stop();
                                 conn->sendLine("* BYE bye");
                                 conn->sendLine(w[0] + " OK bye");
                                 conn->closeFin();
                                 return;
                             }
                             tick->start();
                         });
    }

private:
    bool m_prompt;
};

// Counts logins, accepts the first few and refuses the rest (a password changed mid-run, a
// server that limits logins), and resets a connection that speaks after 2 s idle (seed 000),
// so the idle search has to reopen connections. Once one login was refused, every further
// LOGIN it sees is a retry Mailscope promised not to make.
class LoginCounter : public fake::LoopbackServer
{
public:
    explicit LoginCounter(int accept) : m_accept(accept)
    {
        setCertificate(demo::identity().certificate, demo::identity().key);
    }
    ~LoginCounter() override { stop(); }
    int logins() const { return m_logins.load(); }

protected:
    void handle(fake::ServerConnection *conn) override
    {
        conn->startTls();
        conn->sendLine("* OK [CAPABILITY IMAP4rev1] counting server ready");
        auto *idle = new QElapsedTimer;
        idle->start();
        QObject::connect(conn, &QObject::destroyed, [idle] { delete idle; });
        QObject::connect(conn, &fake::ServerConnection::lineReceived, conn,
                         [conn, idle, this](const QByteArray &line) {
                             if (idle->elapsed() >= 2000) {
                                 conn->closeReset();
                                 return;
                             }
                             idle->start();
                             const QList<QByteArray> w = line.split(' ');
                             if (w.size() < 2) return;
                             const QByteArray tag = w[0], verb = w[1].toUpper();
                             if (verb == "LOGIN") {
                                 const bool ok = m_logins.fetch_add(1) < m_accept;
                                 conn->sendLine(tag + (ok ? " OK [CAPABILITY IMAP4rev1] in"
                                                          : " NO [AUTHENTICATIONFAILED] no"));
                             } else if (verb == "LOGOUT") {
                                 conn->sendLine("* BYE bye");
                                 conn->sendLine(tag + " OK bye");
                                 conn->closeFin();
                             } else if (verb == "EXAMINE" || verb == "SELECT") {
                                 conn->sendLine("* 0 EXISTS");
                                 conn->sendLine(tag + " OK [READ-ONLY] done");
                             } else {
                                 conn->sendLine(tag + " OK done");
                             }
                         });
    }

private:
    int m_accept;
    std::atomic<int> m_logins{0};
};

// Presents its first certificate on the first connection and another one on every later
// connection (as something between client and server might, mid-run); counts the logins
// each certificate's connections received.
class SwitchingCertServer : public fake::LoopbackServer
{
public:
    SwitchingCertServer(QSslCertificate other, QSslKey otherKey)
        : m_other(std::move(other)), m_otherKey(std::move(otherKey))
    {
        setCertificate(demo::identity().certificate, demo::identity().key);
    }
    ~SwitchingCertServer() override { stop(); }
    int firstLogins() const { return m_logins[0].load(); }
    int otherLogins() const { return m_logins[1].load(); }

protected:
    void handle(fake::ServerConnection *conn) override
    {
        const int which = m_connections++ == 0 ? 0 : 1;
        setCertificate(m_other, m_otherKey); // for every connection after this one
        conn->startTls();
        conn->sendLine("* OK [CAPABILITY IMAP4rev1] switching server ready");
        QObject::connect(conn, &fake::ServerConnection::lineReceived, conn,
                         [conn, which, this](const QByteArray &line) {
                             const QList<QByteArray> w = line.split(' ');
                             if (w.size() < 2) return;
                             const QByteArray tag = w[0], verb = w[1].toUpper();
                             if (verb == "LOGIN") ++m_logins[which];
                             if (verb == "EXAMINE" || verb == "SELECT")
                                 conn->sendLine("* 0 EXISTS");
                             if (verb == "LOGOUT") {
                                 conn->sendLine("* BYE bye");
                                 conn->sendLine(tag + " OK bye");
                                 conn->closeFin();
                                 return;
                             }
                             conn->sendLine(tag + " OK done");
                         });
    }

private:
    QSslCertificate m_other;
    QSslKey m_otherKey;
    std::atomic<int> m_connections{0};
    std::atomic<int> m_logins[2] = {0, 0};
};

// Sends every login back (as careless servers do in errors and alerts), each echo in two
// TCP writes 50 ms apart, split inside the secret: masking must not depend on one read.
class EchoServer : public fake::LoopbackServer
{
public:
    // pauseMs: between the two parts of each echo; past the client's hold (150 ms) the echo
    // is cut inside the password itself.
    explicit EchoServer(bool smtp, QByteArray caps, int pauseMs = 50)
        : m_smtp(smtp), m_caps(std::move(caps)), m_pauseMs(pauseMs)
    {
        setCertificate(demo::identity().certificate, demo::identity().key);
    }
    ~EchoServer() override { stop(); }
    int echoes() const { return m_echoes.load(); }

protected:
    void handle(fake::ServerConnection *conn) override
    {
        conn->startTls();
        conn->sendLine(m_smtp ? QByteArray("220 mx ESMTP echo")
                              : QByteArray("* OK [CAPABILITY " + m_caps + "] echo"));
        QObject::connect(
            conn, &fake::ServerConnection::lineReceived, conn,
            [conn, this](const QByteArray &line) {
                const QList<QByteArray> w = line.split(' ');
                const QByteArray verb = (m_smtp ? w[0] : w.value(1)).toUpper();
                const QByteArray tag = m_smtp ? QByteArray() : w[0] + ' ';
                auto echo = [conn, this](const QByteArray &reply) {
                    ++m_echoes;
                    const qsizetype inside = reply.indexOf("h0rse");
                    const qsizetype half =
                        m_pauseMs > 150 && inside > 0 ? inside : reply.size() * 3 / 4;
                    conn->sendRaw(reply.left(half));
                    QTimer::singleShot(m_pauseMs, conn, [conn, rest = reply.mid(half)] {
                        if (conn->isOpen()) conn->sendRaw(rest + "\r\n");
                    });
                };
                if (m_smtp) {
                    // AUTH LOGIN: the user name, then the password, each after a 334.
                    const int step = conn->property("loginStep").toInt();
                    if (step > 0) {
                        conn->setProperty("loginStep", step == 1 ? 2 : 0);
                        if (step == 1)
                            conn->sendLine("334 UGFzc3dvcmQ6");
                        else
                            echo("535 5.7.8 Unknown credentials: " + line);
                    } else if (verb == "AUTH" && line.toUpper() == "AUTH LOGIN") {
                        conn->setProperty("loginStep", 1);
                        conn->sendLine("334 VXNlcm5hbWU6");
                    } else if (verb == "EHLO")
                        conn->sendRaw("250-mx\r\n250-" + m_caps + "\r\n250 8BITMIME\r\n");
                    else if (verb == "AUTH")
                        echo("535 5.7.8 Unknown credentials: " + line);
                    else if (verb == "QUIT") {
                        conn->sendLine("221 bye");
                        conn->closeFin();
                    } else
                        conn->sendLine("250 ok");
                    return;
                }
                if (verb == "CAPABILITY") {
                    conn->sendLine("* CAPABILITY " + m_caps);
                    conn->sendLine(tag + "OK done");
                } else if (verb == "LOGIN" || verb == "AUTHENTICATE") {
                    echo("* NO [ALERT] you sent: " + line);
                    QTimer::singleShot(m_pauseMs + 50, conn, [conn, tag, line] {
                        if (conn->isOpen()) conn->sendLine(tag + "BAD Invalid command " + line);
                    });
                } else if (verb == "LOGOUT") {
                    conn->sendLine("* BYE bye");
                    conn->sendLine(tag + "OK bye");
                    conn->closeFin();
                } else {
                    conn->sendLine(tag + "OK done");
                }
            });
    }

private:
    bool m_smtp;
    QByteArray m_caps;
    int m_pauseMs;
    std::atomic<int> m_echoes{0};
};

// mailscope-cli session over SMTPS with AUTH LOGIN, the user name and the password typed.
CliResult typedAuthLogin(quint16 port)
{
    return runCli({QStringLiteral("session"), url("smtps", port), QStringLiteral("--accept-cert"),
                   demoCertSha()},
                  {}, "AUTH LOGIN\n" + kUser.toBase64() + "\n" + kPassword.toBase64() + "\n",
                  60000);
}

QJsonArray events(const CliResult &r)
{
    return r.json.value(QStringLiteral("events")).toArray();
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    // --- 4: one refused login ends all logins of the run --------------------------------

    void refusedSideLoginIsNeverRetried_data()
    {
        QTest::addColumn<int>("accept");
        QTest::addColumn<QString>("status");
        // Refused right away on the first extra connection: the idle check cannot start.
        QTest::newRow("first side login refused") << 1 << QStringLiteral("error");
        // Refused on the second extra connection: no further connection logs in (not the
        // other states', not the keepalive one, not the reopening after the cutoff), and the
        // search reports what the first connection showed.
        QTest::newRow("later side login refused") << 2 << QStringLiteral("warn");
    }

    void refusedSideLoginIsNeverRetried()
    {
        QFETCH(int, accept);
        QFETCH(QString, status);
        LoginCounter server(accept);
        QVERIFY(server.start());
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), url("imaps", server.port()),
                               QStringLiteral("--checks"), QStringLiteral("login,idle"),
                               QStringLiteral("--idle-max"), QStringLiteral("20"),
                               QStringLiteral("--max-connections"), QStringLiteral("4"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                       loginArgs(),
                   passwordEnv(), {}, 60000);
        QVERIFY2(r.err != "timed out", "the run must end by itself");
        // The accepted logins and exactly one refused: it closes the gate for the run.
        QCOMPARE(server.logins(), accept + 1);
        QVERIFY2(r.checkStatus(QStringLiteral("idle")) == status,
                 QByteArray(r.err + r.out).left(3000).constData());
        // Only the keepalive connection got in: it probes, with its keepalives turned off
        // (with them a middlebox would never forget it, and its answers would bound nothing).
        bool keepalivesOff = false;
        for (const auto &e : events(r))
            keepalivesOff = keepalivesOff || e.toObject()
                                                 .value(QStringLiteral("text"))
                                                 .toString()
                                                 .contains(QStringLiteral("keepalives turned off"));
        QCOMPARE(keepalivesOff, accept == 2);
    }

    // --- 5: a stall, a close and a reset during login are not a wrong password ----------

    void loginWithoutAnswerIsNotAWrongPassword_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::addColumn<QString>("kind");
        QTest::newRow("stall") << QByteArrayLiteral("X: silent\n") << QStringLiteral("timeout");
        QTest::newRow("close") << QByteArrayLiteral("X: close\n") << QStringLiteral("closed");
        QTest::newRow("reset") << QByteArrayLiteral("X: reset\n") << QStringLiteral("reset");
    }

    void loginWithoutAnswerIsNotAWrongPassword()
    {
        QFETCH(QByteArray, ending);
        QFETCH(QString, kind);
        auto s = serveScript("X: starttls\n"
                             "S: * OK [CAPABILITY IMAP4rev1] ready\n"
                             "C: <tag> LOGIN fred *\n" +
                             ending);
        QVERIFY(s);
        const CliResult r = runCli(QStringList{QStringLiteral("diagnose"), url("imaps", s->port()),
                                               QStringLiteral("--checks"), QStringLiteral("login"),
                                               QStringLiteral("--silence"), QStringLiteral("2"),
                                               QStringLiteral("--json"), QStringLiteral("-")} +
                                       loginArgs(),
                                   passwordEnv(), {}, 60000);
        QVERIFY2(!r.findingIds().contains(QStringLiteral("auth.failed")),
                 r.out.left(3000).constData());
        const QJsonObject f = r.findingById(QStringLiteral("auth.incomplete"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        QCOMPARE(
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("ending")).toString(),
            kind);
        QVERIFY(!f.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("Check the user name and password")));
        QVERIFY(leakedSecret(r, kUser, kPassword).isEmpty());
    }

    // --- 6: chatty, prompting and flooding servers end within their deadline ------------

    void chattyServerMeetsTheCommandDeadline_data()
    {
        QTest::addColumn<bool>("prompt");
        QTest::newRow("untagged lines forever") << false;
        QTest::newRow("continuation requests forever") << true;
    }

    void chattyServerMeetsTheCommandDeadline()
    {
        QFETCH(bool, prompt);
        ChattyServer server(prompt);
        QVERIFY(server.start());
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), url("imaps", server.port()),
                               QStringLiteral("--checks"), QStringLiteral("login"),
                               QStringLiteral("--silence"), QStringLiteral("2"),
                               QStringLiteral("--command-timeout"), QStringLiteral("3"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                       loginArgs(),
                   passwordEnv(), {}, 60000);
        QVERIFY2(r.err != "timed out", "the run must end by itself");
        QVERIFY2(r.findingIds().contains(QStringLiteral("protocol.error")),
                 r.out.left(3000).constData());
        QVERIFY(!r.findingIds().contains(QStringLiteral("auth.failed")));
        QCOMPARE(r.exitCode, 1);
    }

    void floodIsCappedAndSummarised()
    {
        // 200,000 untagged lines right after the greeting (6 MB): more than a command may
        // keep, and more than the 1 MiB transcript this run allows.
        QByteArray flood;
        for (int i = 0; i < 200000; ++i)
            flood += "* OK flood line " + QByteArray::number(i).rightJustified(8, '0') + "\r\n";
        auto s = serveScript("X: starttls\nS: * OK [CAPABILITY IMAP4rev1] ready\nR: " +
                             flood.replace("\r\n", "\\r\\n") + "\nX: wait-close\n");
        QVERIFY(s);
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), url("imaps", s->port()),
                               QStringLiteral("--checks"), QStringLiteral("login"),
                               QStringLiteral("--transcript-limit"), QStringLiteral("1"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                       loginArgs(),
                   passwordEnv(), {}, 60000);
        QVERIFY2(r.findingIds().contains(QStringLiteral("protocol.error")),
                 r.err.left(2000).constData());
        qint64 stored = 0, omitted = 0;
        for (const auto &e : events(r)) {
            const QJsonObject o = e.toObject();
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (kind != QLatin1String("send") && kind != QLatin1String("receive")) continue;
            if (o.value(QStringLiteral("fact")).toString() == QLatin1String("omitted"))
                omitted += qint64(o.value(QStringLiteral("omitted_bytes")).toDouble());
            else
                stored += o.value(QStringLiteral("text")).toString().toUtf8().size();
        }
        QVERIFY2(stored <= (1 << 20), qPrintable(QString::number(stored)));
        QVERIFY2(omitted > 0, "what is over the limit is counted");
    }

    void smtpRepliesNobodyAskedForAreCapped()
    {
        QByteArray extra;
        for (int i = 0; i < 3000; ++i)
            extra += "S: 250 unasked reply " + QByteArray::number(i) + "\n";
        auto s = serveScript("S: 220 flood.example ESMTP\nC: EHLO *\nS: 250-flood.example\n"
                             "S: 250 8BITMIME\n" +
                             extra + "X: wait-close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("smtp", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("ehlo,starttls"), QStringLiteral("--silence"),
                    QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")},
                   {}, {}, 60000);
        const QJsonObject f = r.findingById(QStringLiteral("protocol.error"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        QVERIFY(f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("nobody asked for")));
    }

    // A TLS port that accepts and never answers the handshake: one timeout, not one per TLS
    // version on top (the version probes would each wait as long again).
    void silentTlsPortIsAskedOnce()
    {
        auto s = serveScript("X: wait-close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("tls"), QStringLiteral("--connect-timeout"), QStringLiteral("2"),
                    QStringLiteral("--json"), QStringLiteral("-")},
                   {}, {}, 60000);
        QCOMPARE(r.checkStatus(QStringLiteral("tls")), QStringLiteral("fail"));
        QCOMPARE(s->connectionsSeen(), 1);
    }

    // --- 8: a refused certificate is a finding in the report ----------------------------

    void refusedCertificateLeavesAFinding()
    {
        auto s = serveScript("X: starttls\nS: * OK [CAPABILITY IMAP4rev1] ready\nX: wait-close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
                    QStringLiteral("login"), QStringLiteral("--password-env"),
                    QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
                   passwordEnv(), {}, 60000);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject f = r.findingById(QStringLiteral("tls.certificate"));
        QVERIFY2(!f.isEmpty(), r.out.left(3000).constData());
        const QJsonObject d = f.value(QStringLiteral("data")).toObject();
        QCOMPARE(d.value(QStringLiteral("sha256")).toString(), demoCertSha());
        QCOMPARE(d.value(QStringLiteral("accepted")).toBool(true), false);
        QCOMPARE(d.value(QStringLiteral("port")).toInt(), int(s->port()));
        // Ended by the refusal, not by the network: it was "the server stopped answering at
        // TCP level", a timeout event.
        QCOMPARE(r.countEvents(QStringLiteral("timeout"), QString()), 0);
        QVERIFY2(r.countEvents(QStringLiteral("close"), QStringLiteral("TLS handshake failed")) > 0,
                 qPrintable(r.allEventText()));
    }

    void demoIdentityIsMadePerProcess()
    {
        // No key ships: two runs of the demo present two different certificates.
        QStringList shas;
        for (int i = 0; i < 2; ++i) {
            const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--demo"),
                                        QStringLiteral("--checks"), QStringLiteral("tls"),
                                        QStringLiteral("--json"), QStringLiteral("-")});
            shas << r.findingById(QStringLiteral("tls.certificate"))
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("sha256"))
                        .toString();
            QCOMPARE(shas.last().size(), 64);
        }
        QVERIFY(shas[0] != shas[1]);
        QVERIFY(shas[0] != demoCertSha());
    }

    // --- 2, 3: the console never sends a secret in the clear, or in a loggable form ------

    void consoleRefusesCleartextLogin()
    {
        // No STARTTLS here: .login must not send the password unless explicitly allowed.
        auto s = serveScript("S: * OK [CAPABILITY IMAP4rev1] plain only\n"
                             "C: <tag> NOOP\nS: <tag> OK noop\n"
                             "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("session"), url("imap", s->port()),
                                    QStringLiteral("--password-env"), QStringLiteral("MS_PW")},
                                   passwordEnv(), ".login\nLOGIN fred secretword\nNOOP\n", 60000);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QVERIFY2(r.out.contains("unencrypted"), r.out.constData());
        QVERIFY(leakedSecret(r, kUser, kPassword).isEmpty());
        QVERIFY(!r.out.contains("secretword"));

        // Allowed explicitly: it goes, redacted in the transcript.
        auto t = serveScript("S: * OK [CAPABILITY IMAP4rev1] plain only\n"
                             "C: <tag> LOGIN fred *\nS: <tag> OK in\n"
                             "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        const CliResult a = runCli({QStringLiteral("session"), url("imap", t->port()),
                                    QStringLiteral("--password-env"), QStringLiteral("MS_PW"),
                                    QStringLiteral("--allow-plaintext-login")},
                                   passwordEnv(), ".login\n", 60000);
        QVERIFY2(t->errors().isEmpty(), qPrintable(t->errors().join(QLatin1Char('\n'))));
        QVERIFY(a.out.contains("LOGIN fred \"<redacted>\""));
        QVERIFY(leakedSecret(a, kUser, kPassword).isEmpty());
    }

    // A login literal's content is owed data, not a command: when the LOGIN line was not sent
    // (no TLS) or the server refused the literal, the password line after it is not sent
    // either (it went out as a tagged command, unredacted, and into the history).
    void consoleNeverSendsOwedLoginData()
    {
        const QByteArray login = "LOGIN fred {" + QByteArray::number(kPassword.size()) + "}";
        const QByteArray typed = login + "\n" + kPassword + "\nNOOP\n";
        auto s = serveScript("S: * OK [CAPABILITY IMAP4rev1] plain only\n"
                             "C: <tag> NOOP\nS: <tag> OK noop\n"
                             "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        QVERIFY(s);
        const CliResult r =
            runCli({QStringLiteral("session"), url("imap", s->port())}, {}, typed, 60000);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QVERIFY2(r.out.contains("not sent: the login ended"), r.out.constData());
        QVERIFY(leakedSecret(r, kUser, kPassword).isEmpty());

        // Sent (allowed in clear), but the server refuses the literal before its content.
        auto t = serveScript("S: * OK [CAPABILITY IMAP4rev1] plain only\n"
                             "C: <tag> " +
                             login +
                             "\nS: <tag> NO no literals here\n"
                             "C: <tag> NOOP\nS: <tag> OK noop\n"
                             "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        QVERIFY(t);
        const CliResult a = runCli({QStringLiteral("session"), url("imap", t->port()),
                                    QStringLiteral("--allow-plaintext-login")},
                                   {}, typed, 60000);
        QVERIFY2(t->errors().isEmpty(), qPrintable(t->errors().join(QLatin1Char('\n'))));
        QVERIFY2(a.out.contains("not sent: the login ended"), a.out.constData());
        QVERIFY(leakedSecret(a, kUser, kPassword).isEmpty());

        // SMTP AUTH LOGIN refused after the user name: the password line typed after it.
        auto m = serveScript(
            "X: starttls\nS: 220 mx ESMTP\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " +
            kUser.toBase64() + "\nS: 535 5.7.8 no such user\nC: QUIT\nS: 221 bye\nX: close\n");
        QVERIFY(m);
        const CliResult q = typedAuthLogin(m->port());
        QVERIFY2(m->errors().isEmpty(), qPrintable(m->errors().join(QLatin1Char('\n'))));
        QVERIFY2(q.out.contains("not sent: the login ended"), q.out.constData());
        QVERIFY(leakedSecret(q, kUser, kPassword).isEmpty());
    }

    void consoleSaslContinuationsAreUntaggedAndRedacted()
    {
        const QByteArray blob =
            QByteArray(QByteArray("\0", 1) + kUser + QByteArray("\0", 1) + kPassword).toBase64();
        auto s = serveScript("X: starttls\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                             "C: <tag> AUTHENTICATE PLAIN\nS: + \n"
                             "C: " +
                             blob +
                             "\nS: <tag> OK in\n"
                             "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("session"), url("imaps", s->port()),
                                    QStringLiteral("--accept-cert"), demoCertSha()},
                                   {}, "AUTHENTICATE PLAIN\n" + blob + "\n", 60000);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        const QString leak = leakedSecret(r, kUser, kPassword);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY(r.out.contains("<redacted>"));

        // SMTP AUTH LOGIN: user and password lines after 334.
        auto m =
            serveScript("X: starttls\nS: 220 mx ESMTP\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " +
                        kUser.toBase64() + "\nS: 334 UGFzc3dvcmQ6\nC: " + kPassword.toBase64() +
                        "\nS: 235 2.7.0 ok\nC: QUIT\nS: 221 bye\nX: close\n");
        QVERIFY(m);
        const CliResult q = typedAuthLogin(m->port());
        QVERIFY2(m->errors().isEmpty(), qPrintable(m->errors().join(QLatin1Char('\n'))));
        const QString leak2 = leakedSecret(q, kUser, kPassword);
        QVERIFY2(leak2.isEmpty(), qPrintable(leak2));
    }

    // A server that sends the login back: the password, the SASL blob, whatever form, is
    // masked in the transcript, the findings, the report and the capture (it was in all).
    void echoedSecretsAreMasked_data()
    {
        QTest::addColumn<bool>("smtp");
        QTest::addColumn<QByteArray>("caps");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<int>("pauseMs");
        QTest::newRow("IMAP LOGIN, quoted")
            << false << QByteArray("IMAP4rev1") << QByteArray() << 50;
        QTest::newRow("IMAP AUTHENTICATE PLAIN, SASL-IR")
            << false << QByteArray("IMAP4rev1 AUTH=PLAIN SASL-IR") << QByteArray() << 50;
        QTest::newRow("SMTP AUTH PLAIN") << true << QByteArray("AUTH PLAIN") << QByteArray() << 50;
        QTest::newRow("SMTP AUTH LOGIN")
            << true << QByteArray("AUTH LOGIN") << QByteArray("login") << 50;
        // Cut inside the secret by a pause longer than the client holds a possible echo back.
        QTest::newRow("IMAP LOGIN, cut by a pause")
            << false << QByteArray("IMAP4rev1") << QByteArray() << 700;
        QTest::newRow("SMTP AUTH PLAIN, cut by a pause")
            << true << QByteArray("AUTH PLAIN") << QByteArray() << 700;
    }

    void echoedSecretsAreMasked()
    {
        QFETCH(bool, smtp);
        QFETCH(QByteArray, caps);
        QFETCH(QByteArray, auth);
        QFETCH(int, pauseMs);
        EchoServer server(smtp, caps, pauseMs);
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString pcap = dir.filePath(QStringLiteral("r.pcapng"));
        QStringList args{QStringLiteral("diagnose"),  url(smtp ? "smtps" : "imaps", server.port()),
                         QStringLiteral("--checks"),  QStringLiteral("login"),
                         QStringLiteral("--silence"), QStringLiteral("3"),
                         QStringLiteral("--html"),    html,
                         QStringLiteral("--pcapng"),  pcap,
                         QStringLiteral("--json"),    QStringLiteral("-")};
        if (!auth.isEmpty()) args << QStringLiteral("--auth") << QString::fromLatin1(auth);
        const CliResult r = runCli(args + loginArgs(), passwordEnv(), {}, 60000);
        QVERIFY2(server.echoes() > 0, r.err.constData());
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("fail"));
        QString leak = leakedSecret(r, kUser, kPassword);
        QByteArray all = r.out + r.err;
        for (const QString &file : {html, pcap}) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            all += f.readAll();
            if (leak.isEmpty()) leak = findSecret(all, kUser, kPassword);
        }
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // Nor either part of an echo cut in two: no 6 characters of the password or of the
        // PLAIN blob past its user name.
        const QByteArray blob = QByteArray('\0' + kUser + '\0' + kPassword).toBase64().mid(8);
        for (const QByteArray &secret : {kPassword, blob})
            for (qsizetype i = 0; i + 6 <= secret.size(); ++i)
                QVERIFY2(!all.contains(secret.mid(i, 6)), secret.mid(i, 6).constData());
        // The echo arrived, masked, and the event that carries it says so.
        bool masked = false;
        for (const auto &v : events(r)) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("receive") &&
                e.value(QStringLiteral("secret")).toBool())
                masked = true;
        }
        QVERIFY2(masked, r.out.left(4000).constData());
    }

    // --- 9: reports keep every byte -----------------------------------------------------

    void reportsAreByteExact()
    {
        // An 8-bit greeting and an 8-bit literal (not UTF-8): saved, loaded and replayed,
        // the server's bytes come back unchanged, so replay frames the literal right.
        const QByteArray literal("\xff\xfe\x00\x80\xe9t\xe9", 7);
        const QByteArray sent = "* OK [CAPABILITY IMAP4rev1] h\xe9llo \xff ready\r\n"
                                "* 1 FETCH (UID 5 BODY[] {7}\r\n" +
                                literal + ")\r\n";
        QByteArray escaped;
        for (unsigned char c : sent)
            escaped += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        auto s = serveScript("X: starttls\nR: " + escaped + "\nX: wait-close\n");
        QVERIFY(s);
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        runCli({QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
                QStringLiteral("tls"), QStringLiteral("--accept-cert"), demoCertSha(),
                QStringLiteral("--json"), json},
               {}, {}, 60000);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Report rep;
        std::vector<Event> evs;
        QCOMPARE(reportFromJson(f.readAll(), &rep, &evs), QString());
        QByteArray received;
        for (const Event &e : evs)
            if (e.kind == EventKind::Receive && e.conn == 1) received += e.data;
        QVERIFY2(received.startsWith(sent), received.toPercentEncoding().left(300).constData());
        // Replayed, the script sends exactly those bytes again.
        const CliResult replay = runCli({QStringLiteral("replay"), json});
        QCOMPARE(replay.exitCode, 0);
        QString err;
        std::vector<fake::Script> sections;
        QCOMPARE(fake::parseScript(replay.out, &sections), QString());
        QByteArray replayed;
        for (const fake::ScriptStep &st : sections.front())
            if (st.kind == fake::ScriptStep::Send) replayed += st.text;
        QVERIFY2(replayed.startsWith(sent), replayed.toPercentEncoding().left(300).constData());
    }

    // --- 11: smaller ones ---------------------------------------------------------------

    void urlWithPasswordIsNeverEchoed()
    {
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), QStringLiteral("imap://fred:hunter2@mail.example:99999")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("hunter2"));
        QVERIFY(!r.out.contains("hunter2"));
        QVERIFY(r.err.contains("fred"));
    }

    void longPasswordFromThePromptIsNotCut()
    {
        // 2,000 bytes: the old prompt kept 1,023 of them and said nothing.
        QByteArray pw(2000, 'p');
        for (int i = 0; i < pw.size(); i += 7)
            pw[i] = char('a' + i % 26);
        auto s = serveScript("X: starttls\nS: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n"
                             "C: <tag> LOGIN fred {2000+}\nC: " +
                             pw +
                             "\nS: <tag> OK [CAPABILITY IMAP4rev1] in\nC: <tag> LOGOUT\n"
                             "S: <tag> OK bye\nX: close\n");
        QVERIFY(s);
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--checks"),
             QStringLiteral("login"), QStringLiteral("--accept-cert"), demoCertSha(),
             QStringLiteral("--ask-password"), QStringLiteral("--json"), QStringLiteral("-")},
            {}, pw + "\n", 60000);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("pass"));
        // Too long is said, not cut.
        const CliResult tooLong = runCli(
            {QStringLiteral("diagnose"), url("imaps", s->port()), QStringLiteral("--ask-password")},
            {}, QByteArray(70000, 'x') + "\n", 60000);
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.err.contains("longer than"));
    }

    void ctrlCAtThePromptRestoresTheTerminal()
    {
        // Under a pseudo-terminal: the prompt turns echo off; Ctrl-C must turn it back on.
        const QString py = QStringLiteral(R"PY(
import os, pty, sys, time, termios, signal
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], 'diagnose', 'imaps://fred@127.0.0.1:1', '--ask-password'])
out = b''
deadline = time.time() + 20
while b'Password' not in out and time.time() < deadline:
    try:
        out += os.read(fd, 1024)
    except OSError:
        break
time.sleep(0.2)
echo_during = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
os.write(fd, b'\x03')
os.waitpid(pid, 0)
echo_after = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
print('during=%d after=%d' % (echo_during, echo_after))
)PY");
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), py, cliPath()});
        QVERIFY(p.waitForFinished(40000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("during=0"), QByteArray(out + p.readAllStandardError()).constData());
        QVERIFY2(out.contains("after=1"), out.constData());
    }

    void insecureKeepsToTheFirstCertificate()
    {
        // --insecure takes any certificate, but within a run only the first one a server
        // presents: a connection that meets another one later is not continued (and sends no
        // password), and the transcript says why.
        MAILSCOPE_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                          "openssl is not installed");
        QTemporaryDir dir;
        QProcess gen;
        gen.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("c.pem")),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=someone else")});
        QVERIFY(gen.waitForFinished(30000));
        QFile c(dir.filePath(QStringLiteral("c.pem"))), k(dir.filePath(QStringLiteral("k.pem")));
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        SwitchingCertServer server(QSslCertificate(c.readAll()), QSslKey(k.readAll(), QSsl::Ec));
        QVERIFY(server.start());
        const CliResult r =
            runCli(QStringList{QStringLiteral("diagnose"), url("imaps", server.port()),
                               QStringLiteral("--checks"), QStringLiteral("login,idle"),
                               QStringLiteral("--idle-max"), QStringLiteral("6"),
                               QStringLiteral("--max-connections"), QStringLiteral("4"),
                               QStringLiteral("--insecure"), QStringLiteral("--json"),
                               QStringLiteral("-")} +
                       loginArgs(),
                   passwordEnv(), {}, 90000);
        QVERIFY2(r.err != "timed out", "the run must end by itself");
        QCOMPARE(server.firstLogins(), 1);
        QCOMPARE(server.otherLogins(), 0);
        QVERIFY2(r.countEvents(QStringLiteral("tls"), QStringLiteral("another certificate")) > 0,
                 qPrintable(r.allEventText().left(4000)));
        // The check that needed the further connections says why it could not have them.
        QCOMPARE(r.checkStatus(QStringLiteral("idle")), QStringLiteral("error"));
        QVERIFY2(r.out.contains("presented another certificate than earlier in this run"),
                 r.out.left(3000).constData());
    }

    void noTokenIsNotAHealthyServer()
    {
        // Told to sign in with a token from the environment, and it is empty: the run must
        // not end "without warnings" (exit 0), or a monitoring script reads a healthy server.
        EchoServer server(false, "IMAP4rev1 AUTH=XOAUTH2 AUTH=OAUTHBEARER SASL-IR");
        QVERIFY(server.start());
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAILSCOPE_TEST_EMPTY_TOKEN"), QString());
        const CliResult r = runCli(
            {QStringLiteral("diagnose"), url("imaps", server.port()), QStringLiteral("--checks"),
             QStringLiteral("login"), QStringLiteral("--accept-cert"), demoCertSha(),
             QStringLiteral("--oauth2-token-env"), QStringLiteral("MAILSCOPE_TEST_EMPTY_TOKEN"),
             QStringLiteral("--json"), QStringLiteral("-")},
            env, {}, 60000);
        QVERIFY2(r.exitCode != 0, r.out.left(3000).constData());
        QCOMPARE(r.checkStatus(QStringLiteral("login")), QStringLiteral("error"));
        QVERIFY2(r.findingIds().contains(QStringLiteral("auth.no-token")),
                 qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(server.echoes(), 0); // nothing was sent as a login
    }

    // --- 12: certificate trouble in plain words (real openssl s_server, tlsbed.py) ------

    void certificateTroubleInPlainWords()
    {
        QTemporaryDir dir;
        QMap<QString, QString> bed;
        const QString err =
            startServer("tlsbed.py",
                        {dir.path(), QStringLiteral("good"), QStringLiteral("nochain"),
                         QStringLiteral("wrongname"), QStringLiteral("expiring")},
                        {}, &bed);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto stop = qScopeGuard([&dir] { stopServer("tlsbed.py", dir.path()); });
        const QString ca = bed.value(QStringLiteral("CA_FILE"));
        const auto run = [&bed](const char *variant, const QStringList &extra) {
            return runCli(
                QStringList{QStringLiteral("diagnose"),
                            QStringLiteral("imaps://fred@localhost:%1")
                                .arg(bed.value(QLatin1String(variant) + QLatin1String("_PORT"))),
                            QStringLiteral("--checks"), QStringLiteral("tls"),
                            QStringLiteral("--connect-timeout"), QStringLiteral("10")} +
                extra);
        };
        const auto json = QStringList{QStringLiteral("--json"), QStringLiteral("-")};
        // What people read: the run's error, the check lines, the findings' words, the advice.
        const auto words = [](const CliResult &r) {
            QString s = r.json.value(QStringLiteral("error")).toString();
            for (const char *list : {"checks", "findings", "advice"})
                for (const auto &v : r.json.value(QLatin1String(list)).toArray())
                    for (const char *key : {"summary", "title", "explanation", "value", "reason"})
                        s += QLatin1Char('\n') + v.toObject().value(QLatin1String(key)).toString();
            return s;
        };
        const auto advice = [](const CliResult &r, const QString &whom, const QString &setting) {
            for (const auto &v : r.json.value(QStringLiteral("advice")).toArray())
                if (v.toObject().value(QStringLiteral("for")).toString() == whom &&
                    v.toObject().value(QStringLiteral("setting")).toString() == setting)
                    return v.toObject();
            return QJsonObject();
        };
        const auto problems = [](const CliResult &r) {
            QStringList codes;
            for (const auto &v : r.findingById(QStringLiteral("tls.certificate"))
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("problems"))
                                     .toArray())
                codes << v.toObject().value(QStringLiteral("problem")).toString();
            return codes;
        };

        // Intermediate sent, root unknown here: a private CA, not an incomplete chain.
        CliResult r = run("GOOD", json);
        QVERIFY2(problems(r).contains(QStringLiteral("untrusted-root")),
                 qPrintable(problems(r).join(QLatin1Char(','))));
        QVERIFY2(!r.findingIds().contains(QStringLiteral("tls.chain-incomplete")),
                 qPrintable(words(r)));
        // A lone certificate that says where its issuer is: the chain is cut short, and the
        // provider is told what to install.
        r = run("NOCHAIN", QStringList{QStringLiteral("--ca-file"), ca} + json);
        QVERIFY(r.findingIds().contains(QStringLiteral("tls.chain-incomplete")));
        QVERIFY2(!advice(r, QStringLiteral("server-admin"), QStringLiteral("certificate chain"))
                      .isEmpty(),
                 qPrintable(words(r)));
        // Another name: said as such, never in Qt's words, never as codes.
        r = run("WRONGNAME", QStringList{QStringLiteral("--ca-file"), ca} + json);
        QString w = words(r);
        QVERIFY2(r.json.value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("made for wrong.invalid, not for localhost")),
                 qPrintable(w));
        for (const char *raw :
             {"did not match any of the valid hosts", "name-mismatch", "not trusted ("})
            QVERIFY2(!w.contains(QLatin1String(raw)), raw);
        // A certificate other than the one the user confirmed for this server: said so.
        const QString zero(64, QLatin1Char('0'));
        r = run("WRONGNAME", QStringList{QStringLiteral("--ca-file"), ca,
                                         QStringLiteral("--accept-cert"), zero} +
                                 json);
        QVERIFY2(r.json.value(QStringLiteral("error")).toString().contains(zero), qPrintable(w));
        QVERIFY(r.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("another certificate")));
        QCOMPARE(r.findingById(QStringLiteral("tls.certificate"))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("confirmed_sha256"))
                     .toArray()
                     .first()
                     .toString(),
                 zero);
        // Trusted but expiring: the provider is told to renew; nobody is asked to trust it.
        r = run("EXPIRING", QStringList{QStringLiteral("--ca-file"), ca} + json);
        QVERIFY(r.findingIds().contains(QStringLiteral("tls.certificate")));
        QVERIFY2(advice(r, QStringLiteral("user"), QStringLiteral("mailscope-cli --accept-cert"))
                     .isEmpty(),
                 qPrintable(words(r)));
        QVERIFY2(advice(r, QStringLiteral("server-admin"), QStringLiteral("TLS certificate"))
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QLatin1String("renew")),
                 qPrintable(words(r)));
        // In German throughout, the list of problems included.
        r = run("WRONGNAME",
                {QStringLiteral("--ca-file"), ca, QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(r.out.contains("wrong.invalid"), r.out.constData());
        for (const char *english : {"it is made for", "did not match", "clients warn or refuse"})
            QVERIFY2(!r.out.contains(english), english);
    }

    void caFileAddsToTheSystemRoots()
    {
        // --ca-file trusts its CAs as well as the system's, not instead of them: with a CA file
        // for the company's own servers, a server with a publicly trusted certificate (Let's
        // Encrypt, the OAuth provider's token endpoint) must still be trusted. Qt reads the
        // system's roots from fixed directories (SSL_CERT_FILE and SSL_CERT_DIR are ignored),
        // so the CLI runs in a mount namespace of its own whose /etc/ssl/certs holds only one
        // test root: the real system store is never touched (the bind mount is private to the
        // namespace and ends with it).
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        MAILSCOPE_REQUIRE(!openssl.isEmpty() && !unshare.isEmpty(),
                          "openssl or unshare is not installed");
        QTemporaryDir dir, bedRoots, otherRoots;
        QVERIFY(dir.isValid() && bedRoots.isValid() && otherRoots.isValid());
        QMap<QString, QString> bed;
        const QString err = startServer(
            "tlsbed.py", {dir.filePath(QStringLiteral("bed")), QStringLiteral("imap-starttls")}, {},
            &bed);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto stop =
            qScopeGuard([&dir] { stopServer("tlsbed.py", dir.filePath(QStringLiteral("bed"))); });
        // Another CA, which has nothing to do with the server.
        const QString otherCa = dir.filePath(QStringLiteral("other-ca.pem"));
        QProcess gen;
        gen.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other-ca.key")),
                   QStringLiteral("-out"), otherCa, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Another company CA")});
        QVERIFY(gen.waitForFinished(30000) && gen.exitCode() == 0);
        // Two stand-ins for the system's store, hashed as OpenSSL looks certificates up: the
        // test bed's root alone, and the other CA alone.
        QVERIFY(QFile::copy(bed.value(QStringLiteral("CA_FILE")),
                            bedRoots.filePath(QStringLiteral("bed-root.pem"))));
        QVERIFY(QFile::copy(otherCa, otherRoots.filePath(QStringLiteral("other-ca.pem"))));
        for (const QTemporaryDir *d : {&bedRoots, &otherRoots}) {
            QProcess rehash;
            rehash.start(openssl, {QStringLiteral("rehash"), d->path()});
            QVERIFY(rehash.waitForFinished(30000) && rehash.exitCode() == 0);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        // PROGRAM ARGS with `roots` mounted over /etc/ssl/certs. Root may make a mount
        // namespace; anyone else needs a user namespace with it.
        QStringList flags;
        const auto withSystemRoots = [&](const QString &roots, const QString &program,
                                         const QStringList &args) {
            return runTool(unshare,
                           flags +
                               QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("mount --bind \"$0\" /etc/ssl/certs "
                                                          "&& exec \"$@\""),
                                           roots, program} +
                               args,
                           {}, 60000, env);
        };
        const QStringList privateMounts{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                        QStringLiteral("private")};
        for (const QStringList &f :
             {privateMounts, privateMounts + QStringList{QStringLiteral("--map-root-user")}}) {
            flags = f;
            if (withSystemRoots(bedRoots.path(), QStringLiteral("ls"),
                                {QStringLiteral("/etc/ssl/certs")})
                    .out.contains("bed-root.pem"))
                break;
            flags.clear();
        }
        MAILSCOPE_REQUIRE(!flags.isEmpty(),
                          "no private mount namespace here (needs root or user namespaces)");
        const auto diagnose = [&](const QString &roots, const QStringList &extra) {
            const ToolRun t = withSystemRoots(
                roots, cliPath(),
                QStringList{QStringLiteral("diagnose"),
                            QStringLiteral("imap://fred@127.0.0.1:%1")
                                .arg(bed.value(QStringLiteral("IMAP_STARTTLS_PORT"))),
                            QStringLiteral("--checks"), QStringLiteral("tls"),
                            QStringLiteral("--connect-timeout"), QStringLiteral("10"),
                            QStringLiteral("--json"), QStringLiteral("-")} +
                    extra);
            CliResult r;
            r.exitCode = t.exitCode;
            r.out = t.out;
            r.err = t.err;
            r.json = QJsonDocument::fromJson(t.out).object();
            return r;
        };
        const auto said = [](const CliResult &r) {
            return QByteArray(r.json.value(QStringLiteral("error")).toString().toUtf8() + '\n' +
                              r.err + r.out.left(2000));
        };
        const QString pass = QStringLiteral("pass");

        // The server's root among the system's: trusted as it is.
        CliResult r = diagnose(bedRoots.path(), {});
        if (r.checkStatus(QStringLiteral("tls")) != pass) qWarning("%s", said(r).constData());
        MAILSCOPE_REQUIRE(r.checkStatus(QStringLiteral("tls")) == pass,
                          "Qt does not take the system's roots from /etc/ssl/certs here");
        // A CA file for other servers must not take it away (it did: "an authority this
        // computer does not trust").
        r = diagnose(bedRoots.path(), {QStringLiteral("--ca-file"), otherCa});
        QVERIFY2(r.checkStatus(QStringLiteral("tls")) == pass, said(r).constData());
        // And the CA file still counts where the system's roots do not reach.
        r = diagnose(otherRoots.path(), {});
        QVERIFY2(r.checkStatus(QStringLiteral("tls")) == QStringLiteral("fail"),
                 said(r).constData());
        r = diagnose(otherRoots.path(),
                     {QStringLiteral("--ca-file"), bed.value(QStringLiteral("CA_FILE"))});
        QVERIFY2(r.checkStatus(QStringLiteral("tls")) == pass, said(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
