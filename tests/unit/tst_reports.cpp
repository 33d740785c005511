// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The documents for other people, from made-up reports with hostile and secret content: the
// HTML page (escaping, no script or external resource, evidence with context), the Markdown
// summary (no markup from servers), the pcapng capture (tshark reads it, follows each stream
// byte for byte, finds no TCP analysis warning on a clean session) and the PDF (pdftotext).
// Secrets are masked in all of them, also when the run recorded them.
#include "Documents.h"
#include "Secrets.h"
#include "TestServers.h"
#include "documents/PdfReport.h"
#include "fake/ScriptedServer.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownSummary.h"
#include "report/Pcapng.h"
#include "report/ScriptExport.h"
#include "report/TextReport.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscope;

namespace {

const QByteArray kUser = "fred";
const QByteArray kSecret = "Sw0rdfish-9q";
const QByteArray kHostile = "<script>alert(1)</script><img src=\"http://evil.example/x.png\">"
                            "<a href=\"https://evil.example\">x</a>\"' onload=alert(2) ";

Event ev(int conn, EventKind k, const QByteArray &data, qint64 tUs, const QString &text = {})
{
    Event e;
    e.conn = conn;
    e.kind = k;
    e.data = data;
    e.text = text;
    e.tUs = tUs;
    return e;
}

// A login as a run recorded with secrets shown holds it: the secret in data, its redacted
// form in masked.
Event revealedLogin(int conn, qint64 tUs)
{
    Event e = ev(conn, EventKind::Send, "a2 LOGIN fred \"" + kSecret + "\"\r\n", tUs);
    e.secret = true;
    e.revealed = true;
    e.masked = "a2 LOGIN fred \"<redacted>\"\r\n";
    return e;
}

// Two connections: #1 plain with a hostile greeting, STARTTLS, a revealed login and a large
// reply, closed by Mailscope; #2 implicit TLS (993 shown as 143), reset by the server.
struct Sample
{
    Report report;
    std::vector<Event> events;
};

Sample sample()
{
    Sample s;
    Report &r = s.report;
    Target::parse(QStringLiteral("imaps://fred@mail.example.test:993"), &r.target);
    r.startedAt = QStringLiteral("2024-05-01T10:00:00Z");
    r.software = QStringLiteral("dovecot");
    r.greeting = QString::fromUtf8(kHostile) + QStringLiteral("`tick` \u202Eevil\u202C \x01");
    r.capsBeforeTls = {QStringLiteral("IMAP4rev1"), QString::fromUtf8(kHostile)};
    r.secretsShown = true;
    auto &e = s.events;
    e.push_back(ev(0, EventKind::Note, {}, 10, QStringLiteral("Mailscope diagnosing")));
    e.push_back(ev(1, EventKind::Note, {}, 100, QStringLiteral("connecting to host port 143")));
    e.push_back(ev(1, EventKind::Connect, {}, 900, QStringLiteral("connected to host")));
    e.push_back(ev(1, EventKind::Receive, "* OK " + kHostile + "\x1b[31m\r\n", 1500));
    e.push_back(ev(1, EventKind::Send, "a1 STARTTLS\r\n", 2000));
    e.push_back(ev(1, EventKind::Receive, "a1 OK go\r\n", 2500));
    Event tls = ev(1, EventKind::Tls, {}, 3000, QStringLiteral("TLS established: TLSv1.3"));
    tls.fact = EventFact::TlsEstablished;
    e.push_back(tls);
    e.push_back(revealedLogin(1, 4000)); // index 7
    e.push_back(ev(1, EventKind::Receive, "a2 OK in\r\n", 5000));
    QByteArray big;
    for (int i = 0; big.size() < 100000; ++i)
        big += "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(i + 7) +
               " RFC822.SIZE 1234)\r\n";
    big += "a3 OK done\r\n";
    e.push_back(ev(1, EventKind::Send, "a3 UID FETCH 1:* (RFC822.SIZE)\r\n", 6000));
    e.push_back(ev(1, EventKind::Receive, big, 7000)); // 69 segments
    e.push_back(ev(1, EventKind::Send, "a4 LOGOUT\r\n", 8000));
    e.push_back(ev(1, EventKind::Receive, "* BYE\r\na4 OK bye\r\n", 8500));
    e.push_back(
        ev(1, EventKind::Close, {}, 9000, QStringLiteral("connection closed by Mailscope")));
    e.push_back(ev(2, EventKind::Note, {}, 10000, QStringLiteral("connecting with TLS")));
    e.push_back(ev(2, EventKind::Connect, {}, 10500, QStringLiteral("connected")));
    Event tls2 = tls;
    tls2.conn = 2;
    tls2.tUs = 11000;
    e.push_back(tls2);
    e.push_back(ev(2, EventKind::Receive, "* OK ready\r\n", 11500));
    e.push_back(revealedLogin(2, 12000));
    e.push_back(ev(2, EventKind::Receive, "a2 OK in\r\n", 12500));
    e.push_back(ev(2, EventKind::Reset, {}, 300000000, QStringLiteral("connection reset (RST)")));

    Finding f;
    f.id = QStringLiteral("idle.timeout");
    f.severity = Severity::Warning;
    f.title = QStringLiteral("Idle sessions end after 5 minutes <b>bold</b>");
    f.explanation = QString::fromUtf8(kHostile);
    f.data.insert(QStringLiteral("greeting"), QString::fromUtf8(kHostile));
    f.evidence = {20, 9999, -1};
    r.findings.append(f);
    Finding g;
    g.id = QStringLiteral("starttls.unadvertised");
    g.severity = Severity::Error;
    g.title = QStringLiteral("STARTTLS is not announced");
    g.explanation = QStringLiteral("plain words");
    g.evidence = {4};
    r.findings.append(g);
    r.advice.append({QStringLiteral("thunderbird"), QStringLiteral("Connection security"),
                     QStringLiteral("STARTTLS [x](http://evil.example) ![i](http://evil/i.png)"),
                     QString::fromUtf8(kHostile)});
    r.advice.append({QStringLiteral("server-admin"), QStringLiteral("capabilities"),
                     QStringLiteral("announce STARTTLS"), QStringLiteral("RFC 3501")});
    r.checks.append({QStringLiteral("tls"), CheckStatus::Pass, QString::fromUtf8(kHostile)});
    return s;
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void htmlCheckerCatchesWhatItLooksFor()
    {
        MAILSCOPE_REQUIRE(test::haveTool("python3"), "python3 is not installed");
        const QByteArray page = "<!DOCTYPE html><html><head><title>t</title></head><body><p>a</p>"
                                "<p>b</p><p>c</p><p>d</p><p>e</p><div>";
        QVERIFY(test::htmlProblems(page + "</div></body></html>").isEmpty());
        for (const QByteArray &bad :
             {QByteArray("<script>alert(1)</script>"), QByteArray("<img src=\"http://x/y\">"),
              QByteArray("<a href=\"https://x\">x</a>"), QByteArray("<p onclick=\"x()\">x</p>"),
              QByteArray("<style>@import 'http://x/y.css';</style>"), QByteArray("<span>")})
            QVERIFY2(!test::htmlProblems(page + bad + "</div></body></html>").isEmpty(),
                     bad.constData());
    }

    void htmlEscapesEverythingFromServers()
    {
        MAILSCOPE_REQUIRE(test::haveTool("python3"), "python3 is not installed");
        const Sample s = sample();
        const QString html = reportToHtml(s.report, s.events);
        const QStringList problems = test::htmlProblems(html.toUtf8());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (const char *never :
             {"<script", "<img", "<a href=\"http", "<b>bold", "evil.example\">"})
            QVERIFY2(!html.contains(QLatin1String(never)), never);
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        // Control characters and bidirectional overrides made visible, never passed on.
        QVERIFY(!html.contains(QChar(0x202e)));
        QVERIFY(html.contains(QStringLiteral("\\u202e")));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(html.contains(QChar(0x241b)));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
        // Plain words first: what is wrong, what to change, the provider, what passed, then
        // evidence and the transcript.
        const QStringList order{QStringLiteral("What is wrong"),
                                QStringLiteral("What to change"),
                                QStringLiteral("What to tell your provider"),
                                QStringLiteral("What passed"),
                                QStringLiteral("Evidence"),
                                QStringLiteral("The full transcript")};
        qsizetype at = -1;
        for (const QString &h : order) {
            const qsizetype next = html.indexOf(QStringLiteral(">") + h + QStringLiteral("</h2>"));
            QVERIFY2(next > at, qPrintable(h));
            at = next;
        }
        QVERIFY(html.indexOf(QStringLiteral("STARTTLS is not announced")) <
                html.indexOf(QStringLiteral("Idle sessions end")));
    }

    void htmlShowsEvidenceWithContext()
    {
        const Sample s = sample();
        HtmlOptions o;
        o.contextEvents = 1;
        const QString html = reportToHtml(s.report, s.events, o);
        const qsizetype ev = html.indexOf(QStringLiteral("<h2 id=\"evidence\""));
        const qsizetype tr = html.indexOf(QStringLiteral("<h2 id=\"transcript\""));
        QVERIFY(ev > 0 && tr > ev);
        const QString evidence = html.mid(ev, tr - ev);
        // starttls.unadvertised rests on event 4 (#1 C a1 STARTTLS): it is marked, the lines
        // of connection 1 around it are there, with their times; nothing of connection 2.
        QVERIFY2(evidence.contains(QStringLiteral("»    0.002000 #1 C </span>a1 STARTTLS")),
                 qPrintable(evidence));
        QVERIFY(evidence.contains(QStringLiteral("   0.001500 #1 S </span>* OK &lt;script")));
        QVERIFY(evidence.contains(QStringLiteral("a1 OK go")));
        QVERIFY(!evidence.contains(QStringLiteral("a2 OK in")) ||
                evidence.indexOf(QStringLiteral("a2 OK in")) >
                    evidence.indexOf(QStringLiteral("Idle sessions")));
        // idle.timeout rests on event 20 (the reset of #2) and two indexes that do not exist.
        QVERIFY(evidence.contains(QStringLiteral("»  300.000000 #2 X </span>connection reset")));
        // The full transcript has every event, each with an anchor.
        const QString transcript = html.mid(tr);
        for (int i = 0; i < int(s.events.size()); ++i)
            QVERIFY2(transcript.contains(QStringLiteral("id=\"e%1\"").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(transcript.contains(QStringLiteral("a3 OK done")));
    }

    void secretsMaskedInEveryDocument()
    {
        const Sample s = sample();
        // The JSON keeps what the run was told to reveal; documents for people never do.
        QVERIFY(!test::findSecret(s.events[7].data, kUser, kSecret).isEmpty());
        const QString html = reportToHtml(s.report, s.events);
        QVERIFY2(test::findSecret(html, kUser, kSecret).isEmpty(),
                 qPrintable(test::findSecret(html, kUser, kSecret)));
        QVERIFY(html.contains(QStringLiteral("a2 LOGIN fred &quot;&lt;redacted&gt;&quot;")));
        QVERIFY(html.contains(QStringLiteral("recorded with passwords shown")));
        HtmlOptions print;
        print.forPrint = true;
        QVERIFY(
            test::findSecret(reportToHtml(s.report, s.events, print), kUser, kSecret).isEmpty());
        QVERIFY(test::findSecret(reportToMarkdown(s.report), kUser, kSecret).isEmpty());
        const QByteArray pcap = transcriptToPcapng(s.report, s.events);
        QVERIFY2(test::findSecret(pcap, kUser, kSecret).isEmpty(),
                 qPrintable(test::findSecret(pcap, kUser, kSecret)));
        QVERIFY(pcap.contains("a2 LOGIN fred \"<redacted>\""));
    }

    // A replay script never carries a secret, also one the server sent back in a run that
    // revealed secrets (the receive side used the raw bytes).
    void scriptsNeverCarryAnEchoedSecret()
    {
        std::vector<Event> e;
        e.push_back(ev(1, EventKind::Connect, {}, 900, QStringLiteral("connected")));
        e.push_back(ev(1, EventKind::Receive, "* OK ready\r\n", 1000));
        e.push_back(revealedLogin(1, 2000));
        Event echo = ev(1, EventKind::Receive, "a2 BAD you sent \"" + kSecret + "\"\r\n", 3000);
        echo.secret = echo.revealed = true;
        echo.masked = "a2 BAD you sent \"<redacted>\"\r\n";
        e.push_back(echo);
        const QByteArray script = transcriptToScript(e);
        QVERIFY2(test::findSecret(script, kUser, kSecret).isEmpty(), script.constData());
        QVERIFY2(script.contains("S: <tag> BAD you sent \"<redacted>\""), script.constData());
    }

    // The terminal: a server's escape sequences and bidi overrides are shown, not obeyed,
    // while Mailscope's own colours stay colours (a line-wide escape broke them).
    void terminalTextKeepsOwnColoursOnly()
    {
        Event e;
        e.conn = 1;
        e.kind = EventKind::Receive;
        e.data = "* OK \x1b]0;owned\x07\x1b[2J ready \xe2\x80\xae\r\n";
        TextStyle colour;
        colour.colour = true;
        const QString line = formatEvent(e, colour);
        QVERIFY2(line.contains(QLatin1String("\x1b[32m")), qPrintable(line)); // ours
        QVERIFY2(line.contains(QLatin1String("\\u{1b}]0;owned\\u{7}\\u{1b}[2J")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("\\u{202e}")), qPrintable(line));
        QCOMPARE(line.count(QChar(0x1b)), 2); // colour on, colour off
        Report r;
        r.greeting = QStringLiteral("IMAP4rev1 \x1b[31mfake\x1b[0m");
        Finding f;
        f.id = QStringLiteral("x.y");
        f.title = QStringLiteral("title \x1b]2;t\x07");
        r.findings << f;
        const QString summary = formatSummary(r, colour);
        QVERIFY2(!summary.contains(QLatin1String("\x1b[31mfake")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\\u{1b}[31mfake")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\\u{1b}]2;t")), qPrintable(summary));
        for (qsizetype i = summary.indexOf(QChar(0x1b)); i >= 0;
             i = summary.indexOf(QChar(0x1b), i + 1))
            QCOMPARE(summary.at(i + 1), QLatin1Char('[')); // only SGR colours of our own
    }

    void markdownPastesWithoutServerMarkup()
    {
        const Sample s = sample();
        const QString md = reportToMarkdown(s.report);
        QVERIFY(md.startsWith(QStringLiteral("### Mailscope: 2 problems found on "
                                             "mail.example.test:993.")));
        QVERIFY(md.contains(QStringLiteral("- **Error** STARTTLS is not announced "
                                           "(`starttls.unadvertised`)")));
        QVERIFY(md.contains(QStringLiteral("- **Warning** Idle sessions end after 5 minutes "
                                           "\\<b>bold\\</b>")));
        // Links and images stay text; the greeting is one code span whatever it holds.
        QVERIFY(md.contains(QStringLiteral("STARTTLS \\[x\\](http://evil.example) "
                                           "!\\[i\\](http://evil/i.png)")));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("[^\\\\]\\]\\("))));
        QVERIFY(md.contains(QStringLiteral("greeting ``<script>alert(1)</script>")));
        QVERIFY(!md.contains(QChar(0x01)));
        QVERIFY(md.contains(QStringLiteral("--html report.html")));
        QCOMPARE(markdownEscape(QStringLiteral("a_b*c[d]<e>`f`|g\\h\ni")),
                 QStringLiteral("a\\_b\\*c\\[d\\]\\<e>\\`f\\`\\|g\\\\h i"));
    }

    // A report read from a file may say anything in any field: none of it becomes markup,
    // a link, an image or a different text in the ticket.
    void markdownFromAHostileReportStaysText()
    {
        Sample s = sample();
        s.report.findings[0].id = QStringLiteral(
            "x`) ![pwn](http://127.0.0.1:9/t.png) <img src=\"http://127.0.0.1:9/i\"> (`y");
        s.report.findings[1].title = QStringLiteral("entity &#x202E; here");
        s.report.target.host = QStringLiteral("%1%2host");
        s.report.target.url = QStringLiteral(
            "bogus://x\n\n![u](http://127.0.0.1:9/u.png)\n<img src=\"http://127.0.0.1:9/u2\">");
        const QString md = reportToMarkdown(s.report);
        // The id is a code span of its own (fenced past its backticks); the URL stays on one
        // line inside the command's code span.
        QVERIFY2(md.contains(QLatin1String("(``x`) ![pwn](http://127.0.0.1:9/t.png)")),
                 qPrintable(md));
        QVERIFY2(
            md.contains(QLatin1String("`mailscope-cli diagnose bogus://x ![u](http://127.0.0.1:9/"
                                      "u.png) <img src=\"http://127.0.0.1:9/u2\"> --html "
                                      "report.html`")),
            qPrintable(md));
        QVERIFY2(!md.contains(QLatin1String("\n![u]")), qPrintable(md));
        QVERIFY2(!md.contains(QLatin1String("\n<img")), qPrintable(md));
        QVERIFY2(md.contains(QLatin1String("\\&#x202E;")), qPrintable(md));
        // "%1" in the host is the host's own text, not the next argument.
        QVERIFY2(md.contains(QLatin1String("%1%2host:993 (TLS)")), qPrintable(md));
    }

    // `cat report.json` or `jq -r` print what a server wrote: characters that act on a
    // terminal are escaped in the file, and read back unchanged.
    void jsonFilesEscapeTerminalControls()
    {
        Sample s = sample();
        const QString hostile = QStringLiteral("csi\u009b2J del\u007f rlo\u202e lri\u2066 "
                                               "alm\u061c lsep\u2028 kept: \u00e9\u4e2d\u00a0");
        s.report.findings[0].title = hostile;
        s.events.push_back(ev(1, EventKind::Note, {}, 9000, hostile));
        const QByteArray bytes = jsonFileBytes(reportToJson(s.report, s.events));
        for (const char *raw :
             {"\xc2\x9b", "\x7f", "\xe2\x80\xae", "\xe2\x81\xa6", "\xd8\x9c", "\xe2\x80\xa8"})
            QVERIFY2(!bytes.contains(raw), raw);
        for (const char *escaped :
             {"\\u009b", "\\u007f", "\\u202e", "\\u2066", "\\u061c", "\\u2028"})
            QVERIFY2(bytes.contains(escaped), escaped);
        // Other text stays as it is (UTF-8), and the file reads back exactly.
        QVERIFY(bytes.contains(QStringLiteral("\u00e9\u4e2d\u00a0").toUtf8()));
        Report back;
        std::vector<Event> events;
        QCOMPARE(reportFromJson(bytes, &back, &events), QString());
        QCOMPARE(back.findings[0].title, hostile);
        QCOMPARE(events.back().text, hostile);
    }

    // Replayed scripts are printed: what the server or the client sent may not act on a
    // terminal (escapes, C1 controls, bidi overrides), whatever a report file holds.
    void scriptsCarryNoTerminalEscapes()
    {
        std::vector<Event> e;
        e.push_back(ev(1, EventKind::Connect, {}, 900, QStringLiteral("connected")));
        e.push_back(ev(1, EventKind::Receive,
                       "* OK \xc2\x9b"
                       "2J ready \xe2\x80\xae\r\n",
                       1000));
        e.push_back(ev(1, EventKind::Send, "a1 LOGIN x \x1b]0;title\x07\x1b[2J\r\n", 2000));
        e.push_back(ev(1, EventKind::Receive, "a1 OK fine\r\n", 3000));
        const QByteArray script = transcriptToScript(e);
        QVERIFY2(!script.contains('\x1b'), script.toPercentEncoding().constData());
        QVERIFY2(!script.contains("\xc2\x9b"), script.toPercentEncoding().constData());
        QVERIFY2(!script.contains("\xe2\x80\xae"), script.toPercentEncoding().constData());
        // Still a script that replays: the client line as a prefix, the server's bytes escaped.
        QVERIFY2(script.contains("C: <tag> LOGIN x *\n"), script.constData());
        QVERIFY2(script.contains("R: * OK \\xc2\\x9b2J"), script.constData());
        std::vector<fake::Script> sections;
        QCOMPARE(fake::parseScript(script, &sections), QString());
    }

    // A million notes in one gap (a crafted report) stay a capture Wireshark opens.
    void pcapngBoundsNotesPerPacket()
    {
        Sample s = sample();
        for (int i = 0; i < 50000; ++i)
            s.events.push_back(
                ev(1, EventKind::Note, {}, 90000 + i, QStringLiteral("note %1").arg(i)));
        const QByteArray pcap = transcriptToPcapng(s.report, s.events);
        QVERIFY2(pcap.size() < 8 * 1024 * 1024, QByteArray::number(pcap.size()).constData());
        QVERIFY(pcap.contains("more notes here"));
        if (!test::haveTool("tshark")) return;
        QTemporaryDir dir;
        const QString path = write(dir, "notes.pcapng", pcap);
        QVERIFY(test::tsharkReadError(path).isEmpty());
    }

    // A report file larger than any run makes is refused in words, before it is read.
    void oversizedReportFileIsRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxReportFileBytes + 1)); // sparse: nothing is written
        f.close();
        Report r;
        std::vector<Event> events;
        const QString err = reportFromFile(f.fileName(), &r, &events);
        QVERIFY2(err.contains(QLatin1String("larger than any report")), qPrintable(err));
        QVERIFY(events.empty());
    }

    void pcapngOpensAndFollowsByteForByte()
    {
        MAILSCOPE_REQUIRE(test::haveTool("tshark"), "tshark is not installed");
        const Sample s = sample();
        PcapngStats stats;
        const QByteArray pcap = transcriptToPcapng(s.report, s.events, &stats);
        QCOMPARE(stats.connections, 2);
        QTemporaryDir dir;
        const QString path = write(dir, "s.pcapng", pcap);
        QVERIFY(!path.isEmpty());
        QByteArray summary;
        const QString err = test::tsharkReadError(path, &summary);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(summary.count('\n'), stats.packets);
        // Handshakes, segments of at most 1460 bytes, the close by Mailscope (FIN) and the
        // server's reset (RST).
        const test::ToolRun fields = test::runTool(
            QStringLiteral("tshark"),
            {QStringLiteral("-n"), QStringLiteral("-r"), path, QStringLiteral("-T"),
             QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.stream"),
             QStringLiteral("-e"), QStringLiteral("tcp.flags.str"), QStringLiteral("-e"),
             QStringLiteral("tcp.len"), QStringLiteral("-e"), QStringLiteral("tcp.srcport"),
             QStringLiteral("-e"), QStringLiteral("tcp.dstport"), QStringLiteral("-e"),
             QStringLiteral("ip.src")});
        QCOMPARE(fields.exitCode, 0);
        int syn = 0, synAck = 0, fin = 0, rst = 0, maxLen = 0;
        QMap<QByteArray, QSet<QString>> serverPorts; // by stream
        for (const QByteArray &l : fields.out.trimmed().split('\n')) {
            const QList<QByteArray> f = l.split('\t');
            QCOMPARE(f.size(), 6);
            const QString flags = QString::fromUtf8(f[1]);
            const bool fromServer = f[5] == "198.51.100.1";
            if (flags.contains(QStringLiteral("S")) && !flags.contains(QStringLiteral("A"))) ++syn;
            if (flags.contains(QStringLiteral("S")) && flags.contains(QStringLiteral("A")))
                ++synAck;
            if (flags.contains(QStringLiteral("F"))) {
                ++fin;
                QVERIFY2(!fromServer && f[0] == "0", l.constData()); // Mailscope closed #1
            }
            if (flags.contains(QStringLiteral("R"))) {
                ++rst;
                QVERIFY2(fromServer && f[0] == "1", l.constData()); // the server reset #2
            }
            maxLen = qMax(maxLen, f[2].toInt());
            serverPorts[f[0]].insert(QString::fromUtf8(fromServer ? f[3] : f[4]));
        }
        QCOMPARE(syn, 2);
        QCOMPARE(synAck, 2);
        QCOMPARE(fin, 1);
        QCOMPARE(rst, 1);
        QCOMPARE(maxLen, 1460);
        // Implicit TLS on 993 (#2) is shown as its plaintext on IMAP's plain port; #1 spoke
        // plain text first (STARTTLS) and keeps its port.
        QCOMPARE(serverPorts.value("0"), QSet<QString>{QStringLiteral("993")});
        QCOMPARE(serverPorts.value("1"), QSet<QString>{QStringLiteral("143")});
        const QString comments = test::tsharkComments(path).join(QLatin1Char('\n'));
        QVERIFY(comments.contains(QStringLiteral("implicit TLS on port 993")));
        QVERIFY(comments.contains(QStringLiteral("#1 C a1 STARTTLS")));
        QVERIFY(comments.contains(QStringLiteral("decrypted plaintext")));
        QVERIFY(comments.contains(QStringLiteral("connection reset (RST)")));
        QVERIFY(comments.contains(QStringLiteral("redacted here as in the transcript")));
        QVERIFY(test::findSecret(comments, kUser, kSecret).isEmpty());

        const auto expected = test::expectedStreams(s.events);
        QCOMPARE(int(expected.size()), 2);
        int stream = 0;
        for (const auto &[conn, chunks] : expected) {
            QString ferr;
            const QList<test::Chunk> got = test::tsharkFollow(path, stream++, &ferr);
            QVERIFY2(ferr.isEmpty(), qPrintable(ferr));
            QCOMPARE(got.size(), chunks.size());
            for (int i = 0; i < chunks.size(); ++i) {
                QCOMPARE(got[i].fromClient, chunks[i].fromClient);
                QCOMPARE(got[i].bytes, chunks[i].bytes);
            }
        }
        QString aerr;
        QCOMPARE(test::tsharkAnalysisFlags(path, &aerr), QByteArray());
        QVERIFY2(aerr.isEmpty(), qPrintable(aerr));
    }

    // A crafted report (opened from a file, saved again as pcapng) names a host longer than an
    // option can hold: the capture still reads, cut rather than corrupt.
    void pcapngWithAnEndlessHostNameStillReads()
    {
        MAILSCOPE_REQUIRE(test::haveTool("tshark"), "tshark is not installed");
        Sample s = sample();
        s.report.target.host = QString(70000, QChar(0x00e9)); // two UTF-8 bytes each
        s.report.target.url = QStringLiteral("imaps://") + s.report.target.host;
        const QByteArray pcap = transcriptToPcapng(s.report, s.events);
        QTemporaryDir dir;
        const QString path = write(dir, "long.pcapng", pcap);
        QVERIFY(!path.isEmpty());
        QByteArray summary;
        const QString err = test::tsharkReadError(path, &summary);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(!summary.isEmpty());
    }

    // Bytes over the transcript limit were counted, not kept: the capture shows the hole as
    // a capture that lost them would, and the analysis check notices — so it can fail.
    void pcapngShowsOmittedBytesAsMissing()
    {
        MAILSCOPE_REQUIRE(test::haveTool("tshark"), "tshark is not installed");
        Sample s = sample();
        Event omitted = ev(1, EventKind::Receive, {}, 7500);
        omitted.fact = EventFact::Omitted;
        omitted.omittedBytes = 5000;
        s.events.insert(s.events.begin() + 11, omitted);
        QTemporaryDir dir;
        const QString path = write(dir, "o.pcapng", transcriptToPcapng(s.report, s.events));
        QVERIFY(test::tsharkReadError(path).isEmpty());
        QVERIFY(!test::tsharkAnalysisFlags(path).isEmpty());
        QVERIFY(test::tsharkComments(path)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("5000 bytes not kept")));
    }

    void pdfHasTheContentAndNoSecret()
    {
        MAILSCOPE_REQUIRE(test::haveTool("pdftotext"),
                          "pdftotext (poppler-utils) is not installed");
        const Sample s = sample();
        QString err;
        const QByteArray pdf = reportToPdf(s.report, s.events, &err);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(err));
        const QString raw = test::pdfText(pdf, &err);
        QVERIFY2(!raw.isEmpty(), qPrintable(err));
        const QString text = raw.simplified(); // phrases may wrap

        for (const char *want :
             {"Mailscope report", "What is wrong", "STARTTLS is not announced", "What to change",
              "What to tell your provider", "What passed", "Evidence",
              "Appendix: the full transcript", "a3 OK done", "<script>alert(1)</script>",
              "a2 LOGIN fred \"<redacted>\"", "connection reset (RST)"})
            QVERIFY2(text.contains(QString::fromUtf8(want)), want);
        QVERIFY(text.indexOf(QStringLiteral("What is wrong")) <
                text.indexOf(QStringLiteral("Appendix: the full transcript")));
        QVERIFY2(test::findSecretInText(raw, kUser, kSecret).isEmpty(),
                 qPrintable(test::findSecretInText(raw, kUser, kSecret)));
        QVERIFY(test::findSecret(pdf, kUser, kSecret).isEmpty());
        // The appendix is bounded; the rest is counted.
        PdfOptions small;
        small.transcriptLimit = 5;
        const QString cut =
            test::pdfText(reportToPdf(s.report, s.events, &err, small)).simplified();
        QVERIFY(cut.contains(
            QStringLiteral("%1 more events are left out").arg(int(s.events.size()) - 5)));
        QVERIFY(!cut.contains(QStringLiteral("a3 OK done")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
