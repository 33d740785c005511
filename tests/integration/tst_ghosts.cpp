// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Ghost messages (seed 001) and their repair, end to end through mailscope-cli:
// scripted fault servers for Exchange's behaviour, a real Dovecot for the scan's counts and for
// a repair that must remove exactly one message while another session keeps changing flags.
#include "CliRunner.h"
#include "ExchangeScript.h"
#include "TestServers.h"
#include "demo/DemoCert.h"
#include "fake/ScriptedServer.h"
#include "imap/ImapSession.h"
#include "net/Connection.h"
#include "probes/GhostScan.h"
#include "session/Transcript.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSslKey>
#include <QTemporaryDir>

using namespace mailscope;
using namespace mailscope::test;
using namespace mailscope::test::exchange;

namespace {

QString demoSha()
{
    return demoCertSha();
}

QProcessEnvironment pwEnv(const QString &pw)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("MS_PW"), pw);
    return e;
}

// A direct IMAP session from the test, through the engine's recorded connection.
struct Direct
{
    Transcript transcript;
    std::unique_ptr<Connection> conn;
    std::unique_ptr<imap::Session> imap;

    bool open(const QString &host, quint16 port, const QString &caFile, const QByteArray &user,
              const QByteArray &pw)
    {
        TlsPolicy tls;
        tls.extraCa = QSslCertificate::fromPath(caFile, QSsl::Pem);
        conn = std::make_unique<Connection>(&transcript, tls);
        if (!conn->open(host, port, true, 10000)) return false;
        imap = std::make_unique<imap::Session>(conn.get(), 10000);
        if (!imap->readGreeting().completed) return false;
        return imap->login(user, pw).ok();
    }
    imap::Result run(const QByteArray &verb, const QByteArray &args = {})
    {
        return args.isEmpty() ? imap->execute(verb) : imap->execute(verb, {imap::Arg::raw(args)});
    }
    // Appends a message of 3 bytes to INBOX (too small to be a real one: a ghost); its UID
    // from UIDPLUS's APPENDUID, or 0.
    quint32 appendTiny() { return append("x\r\n"); }
    quint32 append(const QByteArray &message)
    {
        const imap::Result r =
            imap->execute("APPEND", {imap::Arg::atom("INBOX"), imap::Arg::string(message)});
        if (!r.ok() || r.tagged.code != "APPENDUID" || r.tagged.codeArgs.size() < 2) return 0;
        return quint32(r.tagged.codeArgs[1].toNumber());
    }
    // UID -> flags, for the whole selected mailbox.
    QMap<quint32, QSet<QByteArray>> flagsByUid()
    {
        QMap<quint32, QSet<QByteArray>> out;
        const imap::Result r = run("UID FETCH", "1:* (UID FLAGS)");
        for (const auto &u : r.untagged) {
            const imap::Value *uid = u.fetchItem("UID");
            const imap::Value *flags = u.fetchItem("FLAGS");
            if (!uid || !flags) continue;
            QSet<QByteArray> f;
            for (const auto &v : flags->items)
                f.insert(v.str);
            out.insert(quint32(uid->toNumber()), f);
        }
        return out;
    }
    void close()
    {
        if (conn && conn->isOpen()) {
            imap->setSilenceMs(3000);
            imap->execute("LOGOUT");
            conn->close();
        }
    }
};

} // namespace

class TestGhosts : public QObject
{
    Q_OBJECT

    // Real Dovecot, started in its own directory.
    QTemporaryDir m_dir{QStringLiteral("/tmp/ms-ghosts-XXXXXX")};
    QMap<QString, QString> m_env;
    bool m_started = false;

    static std::unique_ptr<fake::ScriptedServer> serve(const QByteArray &script)
    {
        return serveScript(script);
    }
    static QStringList scanArgs(quint16 port, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("diagnose"),
                           QStringLiteral("imaps://fred@127.0.0.1:%1").arg(port),
                           QStringLiteral("--accept-cert"),
                           demoSha(),
                           QStringLiteral("--password-env"),
                           QStringLiteral("MS_PW"),
                           QStringLiteral("--checks"),
                           QStringLiteral("ghosts"),
                           QStringLiteral("--json"),
                           QStringLiteral("-")} +
               extra;
    }
    static void readOnly(const CliResult &r, const fake::ScriptedServer &s)
    {
        // Every client line matched the script up to LOGOUT: no CLOSE, EXPUNGE or STORE slipped in.
        QVERIFY2(s.errors().isEmpty(), qPrintable(s.errors().join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(s.finishedAll(), 5000);
        for (const char *verb : {" CLOSE", " EXPUNGE", " STORE", " SELECT "})
            QVERIFY2(r.countEvents(QStringLiteral("send"), QLatin1String(verb)) == 0, verb);
        const int n = r.json.value(QStringLiteral("events")).toArray().size();
        for (const auto &f : r.json.value(QStringLiteral("findings")).toArray())
            for (const auto &ev : f.toObject().value(QStringLiteral("evidence")).toArray())
                QVERIFY(ev.toInt() >= 0 && ev.toInt() < n);
    }
    static QString summary(const CliResult &r, const QString &id)
    {
        for (const auto &c : r.json.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject().value(QStringLiteral("summary")).toString();
        return {};
    }

    QString cli() const { return QStringLiteral(MAILSCOPE_CLI); }
    QString dovecotUrl() const
    {
        return QStringLiteral("imaps://%1@127.0.0.2:%2")
            .arg(m_env.value(QStringLiteral("USER")), m_env.value(QStringLiteral("IMAPS_PORT")));
    }
    QStringList dovecotArgs(QStringList args) const
    {
        args << QStringLiteral("--ca-file") << m_env.value(QStringLiteral("CA_FILE"))
             << QStringLiteral("--password-env") << QStringLiteral("MS_PW");
        return args;
    }
    bool direct(Direct &d) const
    {
        return d.open(QStringLiteral("127.0.0.2"),
                      quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt()),
                      m_env.value(QStringLiteral("CA_FILE")),
                      m_env.value(QStringLiteral("USER")).toLatin1(),
                      m_env.value(QStringLiteral("PASSWORD")).toLatin1());
    }
    QProcessEnvironment dovecotPw() const { return pwEnv(m_env.value(QStringLiteral("PASSWORD"))); }

private slots:
    // --- Exchange, scripted -------------------------------------------------------------------

    void silentGhostIsFound()
    {
        auto s = serve(login() + mailbox("INBOX", 1050, 1045, Ghost::Silent, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QVERIFY2(r.exitCode == 1, r.err.constData());
        readOnly(r, *s);
        const QJsonObject f = r.findingById(QStringLiteral("imap.ghost-message"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const QJsonObject d = f.value(QStringLiteral("data")).toObject();
        QCOMPARE(d.value(QStringLiteral("mailbox")).toString(), QStringLiteral("INBOX"));
        QCOMPARE(d.value(QStringLiteral("uids")).toArray(), QJsonArray({15541}));
        QCOMPARE(d.value(QStringLiteral("sequence")).toArray(), QJsonArray({1045}));
        // No headers unless asked for: the report goes to the provider.
        QVERIFY(!d.contains(QStringLiteral("headers")));
        // The mailbox's UIDVALIDITY goes with the UID: a repair refuses once it changed.
        QCOMPARE(d.value(QStringLiteral("uidvalidity")).toInt(), 14);
        QCOMPARE(d.value(QStringLiteral("repair_command")).toString(),
                 QStringLiteral("mailscope-cli repair imaps://fred@127.0.0.1:%1 --mailbox INBOX "
                                "--expunge-uid 15541 --uidvalidity 14")
                     .arg(s->port()));
        const QString text = f.value(QStringLiteral("explanation")).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Your mail program keeps failing on message UID "
                                                "15541 in INBOX")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("--expunge-uid 15541")));
        QVERIFY(!text.contains(QStringLiteral("--yes\"")));
        // Evidence: the confirming FETCH and its empty OK.
        const QJsonArray ev = f.value(QStringLiteral("evidence")).toArray();
        QCOMPARE(ev.size(), 2);
        const QJsonArray events = r.json.value(QStringLiteral("events")).toArray();
        QVERIFY(events[ev[0].toInt()]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(
                        QStringLiteral("UID FETCH 15541 (UID RFC822.SIZE BODY.PEEK[TEXT]<0.1>)")));
        QVERIFY(events[ev[1].toInt()]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("OK FETCH completed")));
        QCOMPARE(r.checkStatus(QStringLiteral("ghosts")), QStringLiteral("fail"));
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("1 mailbox, 1,050 messages, 1 ghost"));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("BODY.PEEK[TEXT]<0.1>")), 1);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("BODY.PEEK")), 1);
    }

    void cleanMailboxHasNoFinding()
    {
        auto s = serve(login() + mailbox("INBOX", 40, 0, Ghost::None, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        readOnly(r, *s);
        QVERIFY(!r.findingIds().contains(QStringLiteral("imap.ghost-message")));
        QCOMPARE(r.checkStatus(QStringLiteral("ghosts")), QStringLiteral("pass"));
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("1 mailbox, 40 messages, no ghosts"));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("BODY.PEEK")), 0);
    }

    void scanKeepsNoBodiesAndNoHeaders()
    {
        // The mailbox-wide FETCH asks for sizes only, and the one suspect is confirmed with one
        // byte of its text: nobody's From or Subject reaches the report, not even the
        // suspect's, and no message is downloaded whole.
        auto s = serve(login() + mailbox("INBOX", 30, 12, Ghost::Recovered, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        readOnly(r, *s);
        QCOMPARE(r.checkStatus(QStringLiteral("ghosts")), QStringLiteral("pass"));
        QVERIFY(!r.findingIds().contains(QStringLiteral("imap.ghost-message")));
        const QString all = r.allEventText();
        QVERIFY(all.contains(QStringLiteral("delivered its text when asked alone")));
        QVERIFY(!all.contains(QStringLiteral("Subject:"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QStringLiteral("From:"), Qt::CaseInsensitive));
        qint64 received = 0;
        for (const auto &e : r.json.value(QStringLiteral("events")).toArray())
            if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("receive"))
                received += e.toObject().value(QStringLiteral("text")).toString().size();
        QVERIFY2(received < 4000, qPrintable(QString::number(received)));
    }

    void standInWithOrdinarySize()
    {
        // The stand-in message has a plausible size, so the size FETCH does not single it out;
        // the server's own SEARCH for its subject does, and no header text is fetched for it.
        auto s = serve(login() + mailbox("INBOX", 40, 17, Ghost::StandInSized, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        readOnly(r, *s);
        const QJsonObject f = r.findingById(QStringLiteral("imap.ghost-message"));
        QCOMPARE(f.value(QStringLiteral("data")).toObject().value(QStringLiteral("uids")).toArray(),
                 QJsonArray({17 + 14496}));
        QVERIFY(f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("stand-in text")));
        QVERIFY(!r.allEventText().contains(QStringLiteral("Subject:"), Qt::CaseInsensitive));
    }

    void tooSmallToBeAMessage()
    {
        // Size 1 in the mailbox-wide FETCH and again when asked alone, though a byte of text
        // comes: no real message is that small, and clients choke on it.
        auto s = serve(login() + mailbox("INBOX", 5, 2, Ghost::Placeholder, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        readOnly(r, *s);
        QCOMPARE(r.findingById(QStringLiteral("imap.ghost-message"))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("uids"))
                     .toArray(),
                 QJsonArray({2 + 14496}));
    }

    void absurdExistsCountIsHarmless()
    {
        // A server claiming four billion messages gets no four-billion-entry allocation; the
        // scan follows what is actually listed.
        QByteArray script = login() +
                            "C: <tag> EXAMINE INBOX\n"
                            "S: * 4294967295 EXISTS\n"
                            "S: <tag> OK [READ-ONLY] EXAMINE completed.\n"
                            "C: <tag> UID FETCH 1:* (UID)\n"
                            "S: * 1 FETCH (UID 5)\nS: * 2 FETCH (UID 6)\n"
                            "S: <tag> OK FETCH completed.\n"
                            "C: <tag> " +
                            QByteArray(kSizeFetch) +
                            "\n"
                            "S: * 1 FETCH (UID 5 RFC822.SIZE 3000)\n"
                            "S: * 2 FETCH (UID 6 RFC822.SIZE 4000)\n"
                            "S: <tag> OK FETCH completed.\n"
                            "C: <tag> " +
                            kSearch +
                            "\nS: * SEARCH\nS: <tag> OK SEARCH completed.\n"
                            "C: <tag> UNSELECT\nS: <tag> OK UNSELECT completed.\n" +
                            logout();
        auto s = serve(script);
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 0);
        readOnly(r, *s);
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("1 mailbox, 2 messages, no ghosts"));
    }

    void moreUidsThanExistsEndsTheScan()
    {
        // EXISTS 1, then a flood of UIDs: the list is cut off as a protocol fault well before
        // memory follows the flood.
        QByteArray flood = "R: ";
        for (int i = 1; i <= 100100; ++i)
            flood +=
                "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) + ")\\r\\n";
        auto s = serve(login() +
                       "C: <tag> EXAMINE INBOX\n"
                       "S: * 1 EXISTS\n"
                       "S: <tag> OK [READ-ONLY] EXAMINE completed.\n"
                       "C: <tag> UID FETCH 1:* (UID)\n" +
                       flood + "\nX: wait-close\n");
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.checkStatus(QStringLiteral("ghosts")), QStringLiteral("error"));
        QVERIFY2(summary(r, QStringLiteral("ghosts"))
                     .contains(QStringLiteral("listed more than 100,001 messages in a mailbox it "
                                              "said holds 1")),
                 qPrintable(summary(r, QStringLiteral("ghosts"))));
    }

    void exchangePlaceholder()
    {
        auto s = serve(login() + mailbox("INBOX", 1050, 1045, Ghost::Placeholder, true, true) +
                       logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
                                        QStringLiteral("--include-headers")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        readOnly(r, *s);
        const QJsonObject d = r.findingById(QStringLiteral("imap.ghost-message"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        QCOMPARE(d.value(QStringLiteral("uids")).toArray(), QJsonArray({15541}));
        QCOMPARE(d.value(QStringLiteral("sequence")).toArray(), QJsonArray({1045}));
        QVERIFY(d.value(QStringLiteral("headers"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("Retrieval using the IMAP4 protocol failed")));
        QVERIFY(r.findingById(QStringLiteral("imap.ghost-message"))
                    .value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("stand-in text")));
    }

    void unreadableMailboxNameIsNotScanned()
    {
        // A LIST line that cannot be parsed must not become a (wrong) mailbox to scan; a name
        // with "]" is legal and scanned as it is.
        auto s = serve(login() +
                       "C: <tag> LIST \"\" \"*\"\n"
                       "S: * LIST (\\HasNoChildren) \"/\" \"unterminated\n"
                       "S: * LIST (\\HasNoChildren) \"/\" foo]bar\n"
                       "S: <tag> OK LIST completed.\n" +
                       mailbox("\"foo]bar\"", 3, 0, Ghost::None, true) + logout());
        QVERIFY(s);
        const CliResult r = runCli(scanArgs(s->port()), pwEnv(QStringLiteral("pw")));
        readOnly(r, *s);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("EXAMINE")), 1);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("EXAMINE \"foo]bar\"")), 1);
        QVERIFY2(summary(r, QStringLiteral("ghosts"))
                     .contains(QStringLiteral("1 mailbox name(s) in the server's LIST answer "
                                              "could not be read")),
                 qPrintable(summary(r, QStringLiteral("ghosts"))));
    }

    // "A&AGE-" reads "Aa" (U+0061 written the long way): a repair of "Aa" would open the
    // other folder. Both are scanned; only the one whose name goes back exactly is offered.
    void ambiguousMailboxNameIsNotOffered()
    {
        auto s = serve(login() +
                       "C: <tag> LIST \"\" \"*\"\n"
                       "S: * LIST (\\HasNoChildren) \"/\" A&AGE-\n"
                       "S: * LIST (\\HasNoChildren) \"/\" Aa\n"
                       "S: <tag> OK LIST completed.\n" +
                       mailbox("A&AGE-", 5, 2, Ghost::Placeholder, true) +
                       mailbox("Aa", 5, 2, Ghost::Placeholder, true) + logout());
        QVERIFY(s);
        const CliResult r = runCli(scanArgs(s->port()), pwEnv(QStringLiteral("pw")));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        const QJsonObject d = r.findingById(QStringLiteral("imap.ghost-message"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        const QJsonArray boxes = d.value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(boxes.size(), 2);
        const QJsonObject wrong = boxes.at(0).toObject(), right = boxes.at(1).toObject();
        QCOMPARE(wrong.value(QStringLiteral("repairable")).toBool(true), false);
        QCOMPARE(wrong.value(QStringLiteral("repair_commands")).toArray(), QJsonArray{QString()});
        QVERIFY(!right.contains(QStringLiteral("repairable")));
        QVERIFY(right.value(QStringLiteral("repair_commands"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("--mailbox Aa --expunge-uid 14498")));
        // The explanation offers the repair of the folder it can be offered for.
        const QString explained = r.findingById(QStringLiteral("imap.ghost-message"))
                                      .value(QStringLiteral("explanation"))
                                      .toString();
        QVERIFY2(explained.contains(QStringLiteral("--mailbox Aa --expunge-uid 14498")),
                 qPrintable(explained));
        // What the app offers to remove: only the ghost in the folder named exactly.
        Finding f;
        f.id = QStringLiteral("imap.ghost-message");
        f.data = d;
        const auto offered = ghosts::ghostsInFinding(f);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().mailbox, QStringLiteral("Aa"));

        // Only such a folder: nothing is offered, and the explanation says why.
        auto only = serve(login() +
                          "C: <tag> LIST \"\" \"*\"\n"
                          "S: * LIST (\\HasNoChildren) \"/\" A&AGE-\n"
                          "S: <tag> OK LIST completed.\n" +
                          mailbox("A&AGE-", 5, 2, Ghost::Placeholder, true) + logout());
        QVERIFY(only);
        const CliResult r2 = runCli(scanArgs(only->port()), pwEnv(QStringLiteral("pw")));
        const QJsonObject g = r2.findingById(QStringLiteral("imap.ghost-message"));
        QVERIFY2(g.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("Mailscope does not offer to remove it")),
                 qPrintable(g.value(QStringLiteral("explanation")).toString()));
        f.data = g.value(QStringLiteral("data")).toObject();
        QVERIFY(ghosts::ghostsInFinding(f).isEmpty());
    }

    void allMailboxesWithoutUnselect()
    {
        // LIST: \Noselect and \NonExistent are skipped; without UNSELECT the next EXAMINE (or
        // LOGOUT) leaves the mailbox, never CLOSE.
        const char *caps = "IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS";
        auto s = serve(login(caps) +
                       "C: <tag> LIST \"\" \"*\"\n"
                       "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                       "S: * LIST (\\Noselect \\HasChildren) \"/\" \"[Gmail]\"\n"
                       "S: * LIST (\\HasNoChildren) \"/\" \"[Gmail]/Sent Mail\"\n"
                       "S: * LIST (\\NonExistent) \"/\" Gone\n"
                       "S: * LIST (\\HasNoChildren) \"/\" Archive\n"
                       "S: <tag> OK LIST completed.\n" +
                       mailbox("INBOX", 30, 0, Ghost::None, false) +
                       mailbox("\"[Gmail]/Sent Mail\"", 3, 0, Ghost::None, false) +
                       mailbox("Archive", 12, 7, Ghost::Silent, false) + logout());
        QVERIFY(s);
        const CliResult r = runCli(scanArgs(s->port()), pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        readOnly(r, *s);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("UNSELECT")), 0);
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("3 mailboxes, 45 messages, 1 ghost"));
        const QJsonObject d = r.findingById(QStringLiteral("imap.ghost-message"))
                                  .value(QStringLiteral("data"))
                                  .toObject();
        QCOMPARE(d.value(QStringLiteral("mailbox")).toString(), QStringLiteral("Archive"));
        QCOMPARE(d.value(QStringLiteral("uids")).toArray(), QJsonArray({7 + 14496}));
        QCOMPARE(d.value(QStringLiteral("sequence")).toArray(), QJsonArray({7}));
    }

    void mailboxOptionLimitsTheScan()
    {
        // The ghost sits in INBOX; --mailbox Archive must not even list the mailboxes.
        auto s = serve(login() + mailbox("Archive", 12, 0, Ghost::None, true) + logout());
        QVERIFY(s);
        const CliResult r =
            runCli(scanArgs(s->port(), {QStringLiteral("--mailbox"), QStringLiteral("Archive")}),
                   pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 0);
        readOnly(r, *s);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("LIST")), 0);
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("EXAMINE")), 1);
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("1 mailbox, 12 messages, no ghosts"));
    }

    // A message the server's search names Exchange's stand-in, but which downloads (a
    // forwarded stand-in matches the search too): looked at in a mail program, not removed.
    void downloadableStandInIsNotRemoved()
    {
        QByteArray script = repairSession(true);
        const int search = script.indexOf("S: * SEARCH\n");
        QVERIFY(search > 0);
        script.replace(search, 12, "S: * SEARCH 15541\n");
        const QByteArray fetch = "C: <tag> UID FETCH 15541" + QByteArray(kConfirm) + "\n";
        const int at = script.indexOf(fetch);
        QVERIFY(at > 0);
        script = script.left(at + fetch.size()) + confirmed(1045, 15541, 2345) +
                 "S: <tag> OK FETCH completed.\n"
                 "C: <tag> UNSELECT\nS: <tag> OK UNSELECT completed.\n" +
                 logout();
        auto s = serve(script);
        QVERIFY(s);
        const CliResult r = runCli(
            {QStringLiteral("repair"), QStringLiteral("imaps://fred@127.0.0.1:%1").arg(s->port()),
             QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
             QStringLiteral("--expunge-uid"), QStringLiteral("15541"),
             QStringLiteral("--uidvalidity"), QStringLiteral("14"), QStringLiteral("--yes")},
            pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Refused: UID 15541 in INBOX can be downloaded (2345 bytes): its "
                                "subject is that of Exchange's stand-in"),
                 r.out.constData());
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("STORE")), 0);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    // A UID EXPUNGE that gets no answer may still be carried out by the server after
    // Mailscope gave up: "not known", never "not removed".
    void unansweredExpungeIsAnUnknownOutcome()
    {
        QByteArray script = repairSession(true);
        script = script.left(script.indexOf("C: <tag> UID EXPUNGE 15541\n")) +
                 "C: <tag> UID EXPUNGE 15541\nX: wait-close\n";
        auto s = serve(script);
        QVERIFY(s);
        const CliResult r = runCli(
            {QStringLiteral("repair"), QStringLiteral("imaps://fred@127.0.0.1:%1").arg(s->port()),
             QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
             QStringLiteral("--expunge-uid"), QStringLiteral("15541"),
             QStringLiteral("--uidvalidity"), QStringLiteral("14"), QStringLiteral("--yes"),
             QStringLiteral("--silence"), QStringLiteral("1"), QStringLiteral("--command-timeout"),
             QStringLiteral("3")},
            pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Not done: the server did not answer UID EXPUNGE 15541 ("),
                 r.out.constData());
        QVERIFY2(r.out.contains("so whether it removed the message is not known (it may still do "
                                "so)"),
                 r.out.constData());
        QVERIFY(r.out.contains("Look at INBOX before trying again"));
        // The command's own time limit, not --silence, was what ended the wait.
        QVERIFY2(r.out.contains("UID EXPUNGE within 3 s"), r.out.constData());
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    void repairRefusedWithoutUidplus()
    {
        const char *caps = "IMAP4rev1 AUTH=PLAIN SASL-IR UNSELECT";
        auto s = serve(login(caps) +
                       "C: <tag> SELECT INBOX\n"
                       "S: * 1234 EXISTS\n"
                       "S: * OK [UIDVALIDITY 14] UIDVALIDITY value\n"
                       "S: <tag> OK [READ-WRITE] SELECT completed.\n"
                       "C: <tag> UID FETCH 15541 (UID FLAGS)\n"
                       "S: * 1045 FETCH (UID 15541 FLAGS ())\n"
                       "S: <tag> OK FETCH completed.\n"
                       "C: <tag> UNSELECT\n"
                       "S: <tag> OK UNSELECT completed.\n" +
                       logout());
        QVERIFY(s);
        const CliResult r = runCli(
            {QStringLiteral("repair"), QStringLiteral("imaps://fred@127.0.0.1:%1").arg(s->port()),
             QStringLiteral("--accept-cert"), demoSha(), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
             QStringLiteral("--expunge-uid"), QStringLiteral("15541"),
             QStringLiteral("--uidvalidity"), QStringLiteral("14"), QStringLiteral("--yes")},
            pwEnv(QStringLiteral("pw")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Refused: the server does not offer UIDPLUS"), r.out.constData());
        QVERIFY(r.out.contains("RFC 4549"));
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
    }

    // --- Dovecot, real ------------------------------------------------------------------------

    void startDovecot()
    {
        MAILSCOPE_REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
                          "Dovecot is not installed (apt-get install dovecot-imapd)");
        QVERIFY(m_dir.isValid());
        const QString err =
            startServer("dovecot.sh", {m_dir.path()},
                        {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")},
                         {QStringLiteral("SEED_COUNT"), QStringLiteral("20")}},
                        &m_env);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(m_env.contains(QStringLiteral("IMAPS_PORT")));
        m_started = true;
    }

    void dovecotScanHasNoGhosts()
    {
        if (!m_started) QSKIP("no Dovecot");
        const CliResult r = runCli(
            dovecotArgs({QStringLiteral("diagnose"), dovecotUrl(), QStringLiteral("--checks"),
                         QStringLiteral("ghosts"), QStringLiteral("--json"), QStringLiteral("-")}),
            dovecotPw());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.checkStatus(QStringLiteral("ghosts")), QStringLiteral("pass"));
        QCOMPARE(summary(r, QStringLiteral("ghosts")),
                 QStringLiteral("2 mailboxes, 25 messages, no ghosts"));
        QVERIFY(!r.findingIds().contains(QStringLiteral("imap.ghost-message")));
        QCOMPARE(r.countEvents(QStringLiteral("send"), QStringLiteral("EXAMINE")), 2);
        for (const char *verb : {" CLOSE", " EXPUNGE", " STORE", " SELECT "})
            QVERIFY2(r.countEvents(QStringLiteral("send"), QLatin1String(verb)) == 0, verb);

        const CliResult one = runCli(
            dovecotArgs({QStringLiteral("diagnose"), dovecotUrl(), QStringLiteral("--checks"),
                         QStringLiteral("ghosts"), QStringLiteral("--mailbox"),
                         QStringLiteral("Archive"), QStringLiteral("--json"), QStringLiteral("-")}),
            dovecotPw());
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(summary(one, QStringLiteral("ghosts")),
                 QStringLiteral("1 mailbox, 5 messages, no ghosts"));
    }

    // Real Dovecot holds no ghost of its own: a message of 3 bytes stands in for one (no real
    // message is that small, so the scan and the repair both take it for one).
    void dovecotRepairPlanAndRefusal()
    {
        if (!m_started) QSKIP("no Dovecot");
        Direct d;
        QVERIFY(direct(d));
        const quint32 ghost = d.appendTiny();
        QVERIFY(ghost > 0);
        // An ordinary message without a body: its text comes back empty.
        const quint32 bodiless = d.append("From: anna@example.test\r\nTo: fred@example.test\r\n"
                                          "Subject: no body\r\nDate: Tue, 1 Dec 2026 08:00:00 "
                                          "+0000\r\nMessage-ID: <bodiless@example.test>\r\n\r\n");
        QVERIFY(bodiless > 0);
        const imap::Result sel = d.run("SELECT", "INBOX");
        QVERIFY(sel.ok());
        const quint32 uv = ghosts::uidValidityOf(sel);
        QVERIFY(uv > 0);
        const auto before = d.flagsByUid();
        QCOMPARE(before.size(), 22);
        const quint32 ordinary = before.keys().at(4);
        auto repair = [this](quint32 uid, const QStringList &more) {
            return runCli(
                dovecotArgs(QStringList{QStringLiteral("repair"), dovecotUrl(),
                                        QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
                                        QStringLiteral("--expunge-uid"), QString::number(uid),
                                        QStringLiteral("--json"), QStringLiteral("-")} +
                            more),
                dovecotPw());
        };
        auto changedNothing = [&](const CliResult &r) {
            for (const char *verb : {" CLOSE", " EXPUNGE", " STORE"})
                QVERIFY2(r.countEvents(QStringLiteral("send"), QLatin1String(verb)) == 0, verb);
            QCOMPARE(d.flagsByUid(), before);
        };

        // Without --yes: the plan, read-only (EXAMINE, not even \Recent changes), and nothing
        // changes. It names the UIDVALIDITY the removal needs.
        const CliResult plan = repair(ghost, {});
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QVERIFY(
            plan.err.contains(QByteArray("Plan for removing UID " + QByteArray::number(ghost))));
        QVERIFY(plan.err.contains("UNCHANGEDSINCE"));
        QVERIFY2(plan.err.contains("still cannot be downloaded: the server gives its size as 3 "
                                   "byte(s)"),
                 plan.err.constData());
        QVERIFY2(plan.err.contains(QByteArray("Not done: nothing was changed; run again with "
                                              "--uidvalidity " +
                                              QByteArray::number(uv) + " --yes")),
                 plan.err.constData());
        QCOMPARE(plan.countEvents(QStringLiteral("send"), QStringLiteral("EXAMINE INBOX")), 1);
        QCOMPARE(plan.countEvents(QStringLiteral("send"), QStringLiteral(" SELECT ")), 0);
        changedNothing(plan);

        // An ordinary message is never removed, whatever UID is typed: refused.
        const CliResult readable = repair(ordinary, {QStringLiteral("--uidvalidity"),
                                                     QString::number(uv), QStringLiteral("--yes")});
        QCOMPARE(readable.exitCode, 1);
        QVERIFY2(readable.err.contains(QByteArray("Refused: UID " + QByteArray::number(ordinary) +
                                                  " in INBOX can be downloaded")),
                 readable.err.constData());
        changedNothing(readable);

        // Nor one without a body (its text is empty, its size ordinary): it downloads.
        const CliResult empty = repair(bodiless, {QStringLiteral("--uidvalidity"),
                                                  QString::number(uv), QStringLiteral("--yes")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QByteArray("Refused: UID " + QByteArray::number(bodiless) +
                                               " in INBOX can be downloaded")),
                 empty.err.constData());
        changedNothing(empty);

        // A mailbox rebuilt since (another UIDVALIDITY): refused, the same UID may be another
        // message now.
        const CliResult rebuilt = repair(ghost, {QStringLiteral("--uidvalidity"),
                                                 QString::number(uv + 1), QStringLiteral("--yes")});
        QCOMPARE(rebuilt.exitCode, 1);
        QVERIFY2(rebuilt.err.contains(QByteArray("INBOX was rebuilt since the message was found: "
                                                 "its UIDVALIDITY is " +
                                                 QByteArray::number(uv) + " now")),
                 rebuilt.err.constData());
        changedNothing(rebuilt);

        // --yes alone: refused, it needs the UIDVALIDITY the plan showed.
        const CliResult bare = repair(ghost, {QStringLiteral("--yes")});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY2(
            bare.err.contains(QByteArray("add --uidvalidity " + QByteArray::number(uv) + " --yes")),
            bare.err.constData());
        changedNothing(bare);

        // A UID that does not exist: refused.
        const CliResult none = repair(
            99999, {QStringLiteral("--uidvalidity"), QString::number(uv), QStringLiteral("--yes")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("Refused: there is no message with UID 99999"),
                 none.err.constData());
        changedNothing(none);
        d.close();
    }

    void dovecotRepairRemovesExactlyOne()
    {
        if (!m_started) QSKIP("no Dovecot");
        Direct a, b;
        QVERIFY(direct(a));
        QVERIFY(direct(b));
        const quint32 target = a.appendTiny(); // a ghost (see dovecotRepairPlanAndRefusal)
        QVERIFY(target > 0);
        const imap::Result sel = a.run("SELECT", "INBOX");
        QVERIFY(sel.ok());
        const quint32 uv = ghosts::uidValidityOf(sel);
        QVERIFY(b.run("SELECT", "INBOX").ok());
        const QList<quint32> uids = a.flagsByUid().keys();
        QVERIFY(uids.size() >= 16);
        const quint32 del1 = uids.at(2), del2 = uids.at(3);
        const QList<quint32> busy{uids.at(12), uids.at(13), uids.at(14), uids.at(15)};
        // Two other messages already marked \Deleted: they must survive the repair.
        QVERIFY(a.run("UID STORE", QByteArray::number(del1) + ',' + QByteArray::number(del2) +
                                       " +FLAGS (\\Deleted)")
                    .ok());
        const auto before = a.flagsByUid();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MS_PW"), m_env.value(QStringLiteral("PASSWORD")));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(cli(),
                dovecotArgs({QStringLiteral("repair"), dovecotUrl(), QStringLiteral("--mailbox"),
                             QStringLiteral("INBOX"), QStringLiteral("--expunge-uid"),
                             QString::number(target), QStringLiteral("--uidvalidity"),
                             QString::number(uv), QStringLiteral("--yes"), QStringLiteral("--json"),
                             QStringLiteral("-")}));
        QVERIFY(p.waitForStarted(10000));
        // Meanwhile another session keeps changing flags on other messages (bounded).
        const QDeadlineTimer deadline(60000);
        int changes = 0;
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired() && changes < 20000) {
            const quint32 u = busy.at(changes % busy.size());
            const QByteArray op = (changes / busy.size()) % 2 ? "-FLAGS" : "+FLAGS";
            QVERIFY(b.run("UID STORE", QByteArray::number(u) + ' ' + op + " (\\Flagged)").ok());
            ++changes;
        }
        if (p.state() != QProcess::NotRunning) QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, QByteArray(out + err).constData());
        QVERIFY2(
            err.contains(QByteArray("Done: UID " + QByteArray::number(target) + " was removed")),
            err.constData());
        QVERIFY(changes > 0);
        qInfo("flag changes by the other session while the repair ran: %d", changes);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QString sent;
        for (const auto &e : json.value(QStringLiteral("events")).toArray())
            if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("send"))
                sent += e.toObject().value(QStringLiteral("text")).toString();
        QVERIFY(sent.contains(QStringLiteral("UNCHANGEDSINCE")));
        QVERIFY(sent.contains(QStringLiteral("UID EXPUNGE %1\r\n").arg(target)));
        QVERIFY(!sent.contains(QStringLiteral(" CLOSE")));
        QVERIFY(!sent.contains(QStringLiteral(" EXPUNGE\r\n")));
        a.close();
        b.close();

        // From a fresh connection: exactly the target is gone, the rest is untouched.
        Direct c;
        QVERIFY(direct(c));
        QVERIFY(c.run("EXAMINE", "INBOX").ok());
        const auto after = c.flagsByUid();
        QSet<quint32> expected(before.keyBegin(), before.keyEnd());
        expected.remove(target);
        QCOMPARE(QSet<quint32>(after.keyBegin(), after.keyEnd()), expected);
        QVERIFY(after.value(del1).contains("\\Deleted"));
        QVERIFY(after.value(del2).contains("\\Deleted"));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (busy.contains(it.key())) continue; // \Flagged toggled by design
            QCOMPARE(it.value(), before.value(it.key()));
        }
        c.close();
    }

    void cleanupTestCase()
    {
        if (m_started) stopServer("dovecot.sh", m_dir.path());
    }
};

QTEST_GUILESS_MAIN(TestGhosts)
#include "tst_ghosts.moc"
