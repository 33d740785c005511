// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli's documents end to end, from real runs against the built-in demo server:
// --html, --pdf, --pcapng and --summary-markdown open in the tools their readers use
// (html.parser, pdftotext, tshark), hold the run's findings and transcript, and never a
// secret — also when the run was recorded with --show-secrets, which only the JSON honours.
#include "CliRunner.h"
#include "Documents.h"
#include "TestServers.h"
#include "demo/DemoServer.h"
#include "report/JsonReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Outputs
{
    QTemporaryDir dir;
    test::CliResult run;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    QByteArray bytes(const char *name) const { return readAll(path(name)); }
};

std::unique_ptr<Outputs> runDemo(const QStringList &extra)
{
    auto o = std::make_unique<Outputs>();
    QStringList args{QStringLiteral("diagnose"),
                     QStringLiteral("--demo"),
                     QStringLiteral("--json"),
                     o->path("r.json"),
                     QStringLiteral("--html"),
                     o->path("r.html"),
                     QStringLiteral("--pdf"),
                     o->path("r.pdf"),
                     QStringLiteral("--pcapng"),
                     o->path("r.pcapng"),
                     QStringLiteral("--summary-markdown"),
                     o->path("r.md")};
    o->run = test::runCli(args + extra);
    return o;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(test::haveTool("python3"), "python3 is not installed");
        MAILSCOPE_REQUIRE(test::haveTool("pdftotext"),
                          "pdftotext (poppler-utils) is not installed");
        MAILSCOPE_REQUIRE(test::haveTool("tshark"), "tshark is not installed");
    }

    void demoRunWritesDocumentsThatOpen()
    {
        const auto o = runDemo({});
        QCOMPARE(o->run.exitCode, 1); // the demo misbehaves on purpose: warnings
        Report report;
        std::vector<Event> events;
        QCOMPARE(reportFromJson(o->bytes("r.json"), &report, &events), QString());
        QVERIFY(report.hasFinding(QStringLiteral("starttls.unadvertised")));
        QVERIFY(events.size() > 20);

        // HTML: well-formed enough, nothing that runs or loads, plain words then evidence.
        const QByteArray html = o->bytes("r.html");
        const QStringList problems = test::htmlProblems(html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QString page = QString::fromUtf8(html);
        for (const Finding &f : report.findings) {
            QVERIFY2(page.contains(f.title.toHtmlEscaped().replace(QLatin1Char('\''),
                                                                   QStringLiteral("&#39;"))),
                     qPrintable(f.title));
            QVERIFY(page.contains(QStringLiteral("[%1]").arg(f.id)));
        }
        QVERIFY(page.contains(QStringLiteral("#2 C </span>a3 LOGIN demo &quot;&lt;redacted&gt;"
                                             "&quot;")));
        QVERIFY(page.indexOf(QStringLiteral("What is wrong")) <
                page.indexOf(QStringLiteral("The full transcript")));

        // PDF: the same content, read back with pdftotext.
        QString err;
        const QString raw = test::pdfText(o->bytes("r.pdf"), &err);
        QVERIFY2(!raw.isEmpty(), qPrintable(err));
        const QString text = raw.simplified();
        QVERIFY(text.contains(QStringLiteral("The server can encrypt, but does not say so")));
        QVERIFY(text.contains(QStringLiteral("Appendix: the full transcript")));
        QVERIFY(text.contains(QStringLiteral("a2 STARTTLS")));

        // pcapng: tshark reads it, each connection's stream is the transcript byte for byte,
        // and a clean session raises no TCP analysis warning.
        const QString cap = o->path("r.pcapng");
        const QString readErr = test::tsharkReadError(cap);
        QVERIFY2(readErr.isEmpty(), qPrintable(readErr));
        const auto expected = test::expectedStreams(events);
        QVERIFY(expected.size() >= 2);
        int stream = 0;
        for (const auto &[conn, chunks] : expected) {
            QString ferr;
            const QList<test::Chunk> got = test::tsharkFollow(cap, stream++, &ferr);
            QVERIFY2(ferr.isEmpty(), qPrintable(ferr));
            QVERIFY2(got == chunks, qPrintable(QStringLiteral("connection %1").arg(conn)));
        }
        QCOMPARE(test::tsharkAnalysisFlags(cap), QByteArray());
        QVERIFY(test::tsharkComments(cap)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("TLS established")));

        // Markdown: the headline, one line per finding with its severity, the way to the
        // full report.
        const QString md = QString::fromUtf8(o->bytes("r.md"));
        QVERIFY(md.startsWith(QStringLiteral("### Mailscope: ")));
        QVERIFY(md.contains(QStringLiteral("**Warning** The server can encrypt, but does not say "
                                           "so (`starttls.unadvertised`)")));
        QVERIFY(md.contains(QStringLiteral("Thunderbird: ")));
        QVERIFY(md.contains(QStringLiteral("perdition")));
        QVERIFY(md.contains(QStringLiteral("--html report.html")));
        QVERIFY(md.count(QLatin1Char('\n')) < 40);

        // No secret anywhere.
        const QByteArray user = demo::DemoServer::user(), pw = demo::DemoServer::password();
        for (const char *name : {"r.json", "r.html", "r.pdf", "r.pcapng", "r.md"})
            QVERIFY2(test::findSecret(o->bytes(name), user, pw).isEmpty(), name);
        QVERIFY(test::findSecretInText(raw, user, pw).isEmpty());
        QVERIFY(test::leakedSecret(o->run, user, pw).isEmpty());
    }

    // --show-secrets is for the JSON (and the terminal transcript) of the person who asked;
    // the documents made to be sent mask all the same.
    void showSecretsReachesOnlyTheJson()
    {
        const auto o = runDemo({QStringLiteral("--show-secrets")});
        QCOMPARE(o->run.exitCode, 1);
        const QByteArray user = demo::DemoServer::user(), pw = demo::DemoServer::password();
        QVERIFY2(!test::findSecret(o->bytes("r.json"), user, pw).isEmpty(),
                 "the run was told to reveal: the JSON has the password");
        for (const char *name : {"r.html", "r.pdf", "r.pcapng", "r.md"}) {
            QVERIFY(!o->bytes(name).isEmpty());
            QVERIFY2(test::findSecret(o->bytes(name), user, pw).isEmpty(), name);
        }
        QVERIFY(test::findSecretInText(test::pdfText(o->bytes("r.pdf")), user, pw).isEmpty());
        const QString cap = o->path("r.pcapng");
        QString follow;
        for (int s = 0; s < 2; ++s)
            for (const test::Chunk &c : test::tsharkFollow(cap, s, nullptr))
                follow += QString::fromLatin1(c.bytes);
        QVERIFY(follow.contains(QStringLiteral("LOGIN demo \"<redacted>\"")));
        QVERIFY(test::findSecret(follow, user, pw).isEmpty());
        QVERIFY(test::findSecret(test::tsharkComments(cap).join(QLatin1Char('\n')), user, pw)
                    .isEmpty());
        QVERIFY(QString::fromUtf8(o->bytes("r.html"))
                    .contains(QStringLiteral("recorded with passwords shown")));
    }

    // A hostile greeting, end to end: the page shows it as text, the summary as a code span.
    void hostileGreetingStaysText()
    {
        auto s = test::serveScript(
            "R: * OK [CAPABILITY IMAP4rev1] <script>alert(1)</script><img src=x "
            "onerror=alert(2)><a href=\"http://evil.example/\">x</a> \\xe2\\x80\\xae evil\\r\\n\n"
            "X: wait-close\n");
        QVERIFY(s);
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("h.html"));
        const QString md = dir.filePath(QStringLiteral("h.md"));
        const test::CliResult r = test::runCli(
            {QStringLiteral("diagnose"), QStringLiteral("imap://fred@127.0.0.1:%1").arg(s->port()),
             QStringLiteral("--checks"), QStringLiteral("capabilities"),
             QStringLiteral("--silence"), QStringLiteral("2"), QStringLiteral("--html"), html,
             QStringLiteral("--summary-markdown"), md},
            {}, {}, 60000);
        QVERIFY2(r.exitCode >= 0, r.err.constData());
        const QByteArray page = readAll(html);
        QVERIFY(page.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"));
        const QStringList problems = test::htmlProblems(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!page.contains("\xe2\x80\xae")); // the override is shown, not applied
        const QString summary = QString::fromUtf8(readAll(md));
        // One code span, literal in every renderer, the override replaced by a space.
        QVERIFY2(summary.contains(QStringLiteral(
                     "greeting `<script>alert(1)</script><img src=x onerror=alert(2)><a "
                     "href=\"http://evil.example/\">x</a> evil`\n")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("](http")));
        QVERIFY(!summary.contains(QChar(0x202e)));
    }

    // repair writes the same documents; they say what was planned and what came of it first.
    void repairDocumentsShowPlanAndOutcome()
    {
        QProcess server;
        server.start(test::cliPath(), {QStringLiteral("demo-server")});
        QVERIFY(server.waitForStarted(10000));
        QVERIFY(server.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(server.readLine());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("imap://demo@127\\.0\\.0\\.1:(\\d+).*SHA-256 "
                                              "([0-9a-f]{64})"))
                .match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("repair.html"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QString::fromLatin1(demo::DemoServer::password()));
        const test::CliResult r = test::runCli(
            {QStringLiteral("repair"),
             QStringLiteral("imap://demo@127.0.0.1:%1").arg(m.captured(1)),
             QStringLiteral("--mailbox"), QStringLiteral("INBOX"), QStringLiteral("--expunge-uid"),
             QStringLiteral("14"), QStringLiteral("--accept-cert"), m.captured(2),
             QStringLiteral("--password-env"), QStringLiteral("MS_PW"), QStringLiteral("--html"),
             html, QStringLiteral("--summary-markdown"), QStringLiteral("-")},
            env, {}, 60000);
        server.kill();
        server.waitForFinished(5000);
        QCOMPARE(r.exitCode, 0); // without --yes: the plan, nothing changed
        const QString md = QString::fromUtf8(r.out);
        QVERIFY2(md.contains(QStringLiteral("**Plan for removing UID 14 from INBOX**")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- Not done: ")));
        QVERIFY(r.err.contains("Plan for removing UID 14 from INBOX:"));
        const QByteArray page = readAll(html);
        QVERIFY(test::htmlProblems(page).isEmpty());
        const QString text = QString::fromUtf8(page);
        QVERIFY(text.indexOf(QStringLiteral("Plan for removing UID 14 from INBOX")) <
                text.indexOf(QStringLiteral("What is wrong")));
        QVERIFY(text.contains(QStringLiteral("EXAMINE")) ||
                text.contains(QStringLiteral("SELECT")));
        const QByteArray user = demo::DemoServer::user(), pw = demo::DemoServer::password();
        QVERIFY(test::findSecret(page, user, pw).isEmpty());
        QVERIFY(test::leakedSecret(r, user, pw).isEmpty());
    }

    void markdownToStandardOutput()
    {
        const test::CliResult r =
            test::runCli({QStringLiteral("diagnose"), QStringLiteral("--demo"),
                          QStringLiteral("--summary-markdown"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("### Mailscope: "), r.out.constData());
        QVERIFY(!r.out.contains("Checks\n")); // the human summary went to standard error
        QVERIFY(r.err.contains("Mailscope report for"));
        const test::CliResult both = test::runCli(
            {QStringLiteral("diagnose"), QStringLiteral("--demo"), QStringLiteral("--json"),
             QStringLiteral("-"), QStringLiteral("--summary-markdown"), QStringLiteral("-")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("cannot both use standard output"));
        const test::CliResult dash =
            test::runCli({QStringLiteral("diagnose"), QStringLiteral("--demo"),
                          QStringLiteral("--html"), QStringLiteral("-")});
        QCOMPARE(dash.exitCode, 2);
    }

    // The CLI never shows a window: with no platform chosen and no display, --pdf still
    // works (it picks "offscreen" itself), and runs without --pdf load no platform at all.
    void pdfNeedsNoDisplay()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(v));
        const test::ToolRun r = test::runTool(
            test::cliPath(),
            {QStringLiteral("diagnose"), QStringLiteral("--demo"), QStringLiteral("--quiet"),
             QStringLiteral("--checks"), QStringLiteral("tls"), QStringLiteral("--pdf"), pdf},
            {}, 120000, env);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const test::ToolRun plain = test::runTool(
            test::cliPath(),
            {QStringLiteral("diagnose"), QStringLiteral("--demo"), QStringLiteral("--quiet"),
             QStringLiteral("--checks"), QStringLiteral("tls"), QStringLiteral("--html"),
             dir.filePath(QStringLiteral("r.html"))},
            {}, 120000, env);
        QVERIFY2(plain.exitCode == 0 || plain.exitCode == 1, plain.err.constData());
        QVERIFY(readAll(dir.filePath(QStringLiteral("r.html"))).startsWith("<!DOCTYPE html>"));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
